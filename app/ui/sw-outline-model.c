/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutlineModel: the strategy's hierarchy as a tree of SwOutlineItems, for
 * the outline sidebar and the Outline page.  Which node goes where is
 * worked out in sw-outline-model-tree.c; this file keeps the rows.
 *
 * Changes of structure (nodes, links, kinds) are gathered into one update
 * per main-loop turn, which splices only the child lists that changed, so
 * rows keep their expansion; a change of a title touches no list at all.
 * Child lists exist only for rows a view opened.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include "sw-outline-model-private.h"

G_DEFINE_FINAL_TYPE (SwOutlineModel, sw_outline_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_children (SwOutlineModel *self,
              SwNode         *node)
{
  return g_hash_table_contains (self->children_of, node);
}

static GPtrArray *
node_children_items (SwOutlineModel *self,
                     SwNode         *node)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GArray *entries = g_hash_table_lookup (self->children_of, node);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      SwOutlineEntry *entry = &g_array_index (entries, SwOutlineEntry, i);

      if (entry->primary)
        g_ptr_array_add (items, sw_outline_item_new_node (entry->node, has_children (self, entry->node)));
      else
        g_ptr_array_add (items, sw_outline_item_new_reference (entry->node));
    }

  return items;
}

static GPtrArray *
group_items (SwOutlineModel *self,
             SwOutlineGroup          *group)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < group->tops->len; i++)
    {
      SwNode *node = g_ptr_array_index (group->tops, i);

      g_ptr_array_add (items, sw_outline_item_new_node (node, has_children (self, node)));
    }
  return items;
}

static GPtrArray *
root_items (SwOutlineModel *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->tops != NULL && i < self->tops->len; i++)
    {
      SwNode *node = g_ptr_array_index (self->tops, i);

      g_ptr_array_add (items, sw_outline_item_new_node (node, has_children (self, node)));
    }
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      SwOutlineGroup *group = g_ptr_array_index (self->groups, i);

      SwOutlineItem *item = sw_outline_item_new_group (group->id, group->label);

      sw_outline_item_set_count (item, _sw_outline_model_group_size (self, group));
      g_ptr_array_add (items, item);
    }

  return items;
}

static GPtrArray *
children_items (SwOutlineModel *self,
                SwOutlineItem  *item)
{
  if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_GROUP)
    {
      SwOutlineGroup *group = _sw_outline_model_find_group (self, sw_outline_item_get_group_id (item));

      return group ? group_items (self, group) : g_ptr_array_new_with_free_func (g_object_unref);
    }
  return node_children_items (self, sw_outline_item_get_node (item));
}

/* Items taken from the old list for reuse leave a NULL behind. */
static void
unref_unused (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void sync_store (SwOutlineModel *self,
                        GListStore     *store,
                        GPtrArray      *wanted);

/* Children stores exist only for rows that were opened; only those need keeping current. */
static void
sync_children (SwOutlineModel *self,
               SwOutlineItem  *item)
{
  GListStore *children = sw_outline_item_peek_children (item);

  if (children != NULL)
    {
      g_autoptr(GPtrArray) wanted = children_items (self, item);

      sync_store (self, children, wanted);
    }
}

/*
 * Makes @store hold items in the places of @wanted, keeping the items that
 * already stand for the same rows: the unchanged ends are left alone and the
 * middle is replaced in one splice, reusing what it can.
 */
static void
sync_store (SwOutlineModel *self,
            GListStore     *store,
            GPtrArray      *wanted)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint prefix = 0, suffix = 0;
  g_autoptr(GPtrArray) middle = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) old_middle = g_ptr_array_new_with_free_func (unref_unused);
  guint n;

  while (prefix < n_old && prefix < wanted->len)
    {
      g_autoptr(SwOutlineItem) old = g_list_model_get_item (G_LIST_MODEL (store), prefix);

      if (!sw_outline_item_same_place (old, g_ptr_array_index (wanted, prefix)))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < wanted->len - prefix)
    {
      g_autoptr(SwOutlineItem) old = g_list_model_get_item (G_LIST_MODEL (store), n_old - 1 - suffix);

      if (!sw_outline_item_same_place (old, g_ptr_array_index (wanted, wanted->len - 1 - suffix)))
        break;
      suffix++;
    }

  if (prefix + suffix < n_old || prefix + suffix < wanted->len)
    {
      for (guint i = prefix; i < n_old - suffix; i++)
        g_ptr_array_add (old_middle, g_list_model_get_item (G_LIST_MODEL (store), i));

      for (guint i = prefix; i < wanted->len - suffix; i++)
        {
          SwOutlineItem *item = g_ptr_array_index (wanted, i);

          for (guint j = 0; j < old_middle->len; j++)
            {
              SwOutlineItem *old = g_ptr_array_index (old_middle, j);

              if (old != NULL && sw_outline_item_same_place (old, item))
                {
                  item = old;
                  old_middle->pdata[j] = NULL;
                  break;
                }
            }
          g_ptr_array_add (middle, g_object_ref (item));
          if (item != g_ptr_array_index (wanted, i))
            g_object_unref (item);
        }

      g_list_store_splice (store, prefix, n_old - prefix - suffix, middle->pdata, middle->len);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwOutlineItem) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_GROUP)
        {
          SwOutlineItem *fresh = g_ptr_array_index (wanted, i);

          sw_outline_item_set_label (item, sw_outline_item_get_label (fresh));
          sw_outline_item_set_count (item, sw_outline_item_get_count (fresh));
        }
      sync_children (self, item);
    }
}

static void
add_with_ancestors (SwOutlineModel *self,
                    SwNode         *node)
{
  while (node != NULL && g_hash_table_add (self->visible, node))
    node = g_hash_table_lookup (self->parent_of, node);
}

static void
update_visible (SwOutlineModel *self)
{
  g_clear_pointer (&self->visible, g_hash_table_unref);

  if (self->document != NULL && sw_search_get_active (self->search))
    {
      guint n = sw_document_get_n_nodes (self->document);

      self->visible = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n; i++)
        {
          SwNode *node = sw_document_get_node (self->document, i);

          if (sw_search_matches (self->search, node))
            add_with_ancestors (self, node);
        }
    }

  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
item_visible (gpointer item,
              gpointer user_data)
{
  SwOutlineModel *self = user_data;
  SwOutlineGroup *group;

  if (self->visible == NULL)
    return TRUE;

  switch (sw_outline_item_get_item_type (item))
    {
    case SW_OUTLINE_ITEM_NODE:
      return g_hash_table_contains (self->visible, sw_outline_item_get_node (item));

    case SW_OUTLINE_ITEM_REFERENCE:
      return sw_search_matches (self->search, sw_outline_item_get_node (item));

    case SW_OUTLINE_ITEM_GROUP:
      group = _sw_outline_model_find_group (self, sw_outline_item_get_group_id (item));
      for (guint i = 0; group != NULL && i < group->tops->len; i++)
        {
          if (g_hash_table_contains (self->visible, g_ptr_array_index (group->tops, i)))
            return TRUE;
        }
      return FALSE;

    default:
      g_assert_not_reached ();
    }
}

static void
update_now (SwOutlineModel *self)
{
  g_autoptr(GPtrArray) wanted = NULL;

  g_clear_handle_id (&self->update_id, g_source_remove);
  _sw_outline_model_compute_tree (self);
  wanted = root_items (self);
  sync_store (self, self->roots, wanted);
  update_visible (self);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  SwOutlineModel *self = user_data;

  self->update_id = 0;
  update_now (self);
  return G_SOURCE_REMOVE;
}

static void
structure_changed_cb (SwOutlineModel *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle_cb, self, NULL);
}

static void
link_changed_cb (SwOutlineModel *self,
                 SwLink         *link,
                 SwField         field)
{
  if (field == SW_FIELD_KIND)
    structure_changed_cb (self);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  SwOutlineModel *self = user_data;
  GListStore *children;

  if (!sw_outline_item_get_expandable (item))
    return NULL;

  if (sw_outline_item_peek_children (item) == NULL)
    {
      g_autoptr(GPtrArray) wanted = children_items (self, item);

      children = sw_outline_item_get_children (item);
      g_list_store_splice (children, 0, 0, wanted->pdata, wanted->len);
    }
  children = sw_outline_item_get_children (item);

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (children)),
                                                  g_object_ref (self->filter)));
}

static void
disconnect_document (SwOutlineModel *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
}

static void
sw_outline_model_dispose (GObject *object)
{
  SwOutlineModel *self = SW_OUTLINE_MODEL (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  disconnect_document (self);
  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->document);
  g_clear_object (&self->search);
  g_clear_object (&self->roots);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (sw_outline_model_parent_class)->dispose (object);
}

static void
sw_outline_model_finalize (GObject *object)
{
  SwOutlineModel *self = SW_OUTLINE_MODEL (object);

  g_clear_pointer (&self->parent_of, g_hash_table_unref);
  g_clear_pointer (&self->children_of, g_hash_table_unref);
  g_clear_pointer (&self->tops, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->visible, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (sw_outline_model_parent_class)->finalize (object);
}

static void
sw_outline_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwOutlineModel *self = SW_OUTLINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_outline_model_class_init (SwOutlineModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_outline_model_dispose;
  object_class->finalize = sw_outline_model_finalize;
  object_class->get_property = sw_outline_model_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_outline_model_init (SwOutlineModel *self)
{
  self->roots = g_list_store_new (SW_TYPE_OUTLINE_ITEM);
  self->filter = GTK_FILTER (gtk_custom_filter_new (item_visible, self, NULL));
  self->parent_of = g_hash_table_new (NULL, NULL);
  self->children_of = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) _sw_outline_group_free);
}

/**
 * sw_outline_model_new:
 * @search: the window's search, whose non-matching nodes the tree hides
 *
 * Returns: (transfer full): an empty outline.
 */
SwOutlineModel *
sw_outline_model_new (SwSearch *search)
{
  SwOutlineModel *self = g_object_new (SW_TYPE_OUTLINE_MODEL, NULL);

  self->search = g_object_ref (search);
  g_signal_connect_swapped (search, "changed", G_CALLBACK (update_visible), self);
  return self;
}

/**
 * sw_outline_model_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown.
 */
SwDocument *
sw_outline_model_get_document (SwOutlineModel *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_MODEL (self), NULL);

  return self->document;
}

void
sw_outline_model_set_document (SwOutlineModel *self,
                               SwDocument     *document)
{
  g_return_if_fail (SW_IS_OUTLINE_MODEL (self));

  if (self->document == document)
    return;

  disconnect_document (self);
  g_set_object (&self->document, document);
  /* A new document is a new tree: no row of the old one stands for a row of it. */
  g_list_store_remove_all (self->roots);

  if (document != NULL)
    {
      g_signal_connect_swapped (document, "node-added", G_CALLBACK (structure_changed_cb), self);
      g_signal_connect_swapped (document, "node-removed", G_CALLBACK (structure_changed_cb), self);
      g_signal_connect_swapped (document, "link-added", G_CALLBACK (structure_changed_cb), self);
      g_signal_connect_swapped (document, "link-removed", G_CALLBACK (structure_changed_cb), self);
      g_signal_connect_swapped (document, "node-changed::kind", G_CALLBACK (structure_changed_cb), self);
      g_signal_connect_swapped (document, "kind-changed", G_CALLBACK (structure_changed_cb), self);
      g_signal_connect_swapped (document, "link-changed", G_CALLBACK (link_changed_cb), self);
    }

  update_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* @language: (nullable): the display language of group labels. */
void
sw_outline_model_set_language (SwOutlineModel *self,
                               const char     *language)
{
  g_return_if_fail (SW_IS_OUTLINE_MODEL (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  if (self->document != NULL)
    update_now (self);
}

/**
 * sw_outline_model_create_tree:
 *
 * Each view gets a tree of its own, so each keeps its own rows open.
 *
 * Returns: (transfer full): a tree over the outline's top-level rows, with
 *   the search's filter applied at every level.
 */
GtkTreeListModel *
sw_outline_model_create_tree (SwOutlineModel *self)
{
  GtkFilterListModel *roots;

  g_return_val_if_fail (SW_IS_OUTLINE_MODEL (self), NULL);

  roots = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)),
                                     g_object_ref (self->filter));
  return gtk_tree_list_model_new (G_LIST_MODEL (roots), FALSE, FALSE, create_children_cb,
                                  g_object_ref (self), g_object_unref);
}

/**
 * sw_outline_model_get_primary_parent:
 *
 * Returns: (transfer none) (nullable): the parent under which @node has its
 *   place in the outline, or %NULL for a node at the top of the tree or of
 *   a group.
 */
SwNode *
sw_outline_model_get_primary_parent (SwOutlineModel *self,
                                     SwNode         *node)
{
  g_return_val_if_fail (SW_IS_OUTLINE_MODEL (self), NULL);

  return g_hash_table_lookup (self->parent_of, node);
}

/* Applies a pending update now, for code that must see the tree as the document is. */
void
sw_outline_model_flush (SwOutlineModel *self)
{
  g_return_if_fail (SW_IS_OUTLINE_MODEL (self));

  if (self->update_id != 0)
    update_now (self);
}
