/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutlineModel: the strategy's hierarchy as a tree of SwOutlineItems, for
 * the outline sidebar and the Outline page.
 *
 * Hierarchy links make a graph, not a tree: in the 2024 strategy every
 * action area is guided by all three principles.  Each node is placed once,
 * in full, under the parent through which a breadth-first walk from the
 * roots first reaches it (the shortest way down from the concept); under
 * its other parents it appears as a reference row without children.  That
 * keeps every node in the tree exactly once with its subtree, and no cycle
 * in the links can make the tree endless.  Nodes the walk never reaches sit
 * in groups at the end: one per kind that takes no part in the hierarchy
 * (partners, notes), and "Outside the hierarchy" for the rest.
 *
 * Changes of structure (nodes, links, kinds) are gathered into one update
 * per main-loop turn, which splices only the child lists that changed, so
 * rows keep their expansion; a change of a title touches no list at all.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-outline-model.h"

#define OUTSIDE_GROUP "outside"

typedef struct
{
  SwNode   *node;
  gboolean  primary;
} Entry;

typedef struct
{
  char      *id;
  char      *label;
  GPtrArray *tops;
} Group;

struct _SwOutlineModel
{
  GObject      parent_instance;

  SwDocument  *document;
  SwSearch    *search;
  char        *language;

  GListStore  *roots;
  GtkFilter   *filter;
  GHashTable  *parent_of;   /* node → primary parent, or NULL at the top */
  GHashTable  *children_of; /* node → GArray of Entry */
  GPtrArray   *tops;        /* the hierarchy's roots */
  GPtrArray   *groups;      /* Group */
  GHashTable  *visible;     /* nodes left by the search with their ancestors; NULL: all */
  guint        update_id;
};

G_DEFINE_FINAL_TYPE (SwOutlineModel, sw_outline_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
group_free (Group *group)
{
  g_free (group->id);
  g_free (group->label);
  g_ptr_array_unref (group->tops);
  g_free (group);
}

static Group *
find_group (SwOutlineModel *self,
            const char     *id)
{
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      if (g_str_equal (group->id, id))
        return group;
    }
  return NULL;
}

/* Kinds named by a hierarchy rule; a rule without joins, or with "*", names them all. */
static GHashTable *
hierarchy_kinds (SwOutlineModel *self,
                 gboolean       *all)
{
  GHashTable *kinds = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *link_kinds = sw_document_get_link_kinds (self->document);

  *all = FALSE;
  for (guint i = 0; i < link_kinds->len; i++)
    {
      SwLinkKind *kind = g_ptr_array_index (link_kinds, i);

      if (sw_link_kind_get_parent (kind) == SW_PARENT_NONE)
        continue;
      if (!sw_link_kind_has_joins (kind))
        *all = TRUE;

      for (guint j = 0; j < sw_link_kind_get_n_joins (kind); j++)
        {
          const char *from, *to;

          sw_link_kind_get_join (kind, j, &from, &to);
          if (g_str_equal (from, SW_KIND_ANY) || g_str_equal (to, SW_KIND_ANY))
            *all = TRUE;
          g_hash_table_add (kinds, (gpointer) from);
          g_hash_table_add (kinds, (gpointer) to);
        }
    }

  return kinds;
}

/* Breadth-first from @queue[start..]: places every node reached for the first time. */
static void
walk_down (SwOutlineModel *self,
           GPtrArray      *queue,
           guint           start)
{
  for (guint i = start; i < queue->len; i++)
    {
      SwNode *node = g_ptr_array_index (queue, i);
      g_autoptr(GPtrArray) children = sw_document_get_children (self->document, node, NULL);
      GArray *entries;

      if (children->len == 0)
        continue;

      entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), children->len);
      for (guint j = 0; j < children->len; j++)
        {
          Entry entry = { g_ptr_array_index (children, j), FALSE };

          if (!g_hash_table_contains (self->parent_of, entry.node))
            {
              g_hash_table_insert (self->parent_of, entry.node, node);
              g_ptr_array_add (queue, entry.node);
              entry.primary = TRUE;
            }
          g_array_append_val (entries, entry);
        }
      g_hash_table_insert (self->children_of, node, entries);
    }
}

static void
add_to_group (SwOutlineModel *self,
              GHashTable     *kinds,
              gboolean        all_kinds,
              SwNode         *node)
{
  const char *kind = sw_node_get_kind (node);
  g_autofree char *id = NULL;
  Group *group;

  if (all_kinds || g_hash_table_contains (kinds, kind))
    id = g_strdup (OUTSIDE_GROUP);
  else
    id = g_strconcat ("kind:", kind, NULL);

  group = find_group (self, id);
  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->id = g_steal_pointer (&id);
      group->tops = g_ptr_array_new ();
      g_ptr_array_add (self->groups, group);
    }
  g_ptr_array_add (group->tops, node);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SwOutlineModel *self = user_data;
  const Group *ga = *(const Group **) a;
  const Group *gb = *(const Group **) b;
  GPtrArray *kinds = sw_document_get_node_kinds (self->document);
  guint ia = G_MAXUINT, ib = G_MAXUINT;

  for (guint i = 0; i < kinds->len; i++)
    {
      const char *id = sw_node_kind_get_id (g_ptr_array_index (kinds, i));

      if (g_str_has_prefix (ga->id, "kind:") && g_str_equal (ga->id + 5, id))
        ia = i;
      if (g_str_has_prefix (gb->id, "kind:") && g_str_equal (gb->id + 5, id))
        ib = i;
    }
  return ia < ib ? -1 : ia > ib;
}

static void
label_groups (SwOutlineModel *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      g_free (group->label);
      if (g_str_equal (group->id, OUTSIDE_GROUP))
        group->label = g_strdup (_("Outside the hierarchy"));
      else
        group->label = g_strdup (sw_document_get_kind_label (self->document, group->id + 5,
                                                             self->language));
    }
}

static void
clear_tree (SwOutlineModel *self)
{
  g_hash_table_remove_all (self->parent_of);
  g_hash_table_remove_all (self->children_of);
  g_clear_pointer (&self->tops, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
}

static void
compute_tree (SwOutlineModel *self)
{
  g_autoptr(GPtrArray) queue = NULL;
  g_autoptr(GHashTable) kinds = NULL;
  gboolean all_kinds;
  guint n;

  clear_tree (self);
  if (self->document == NULL)
    return;

  self->tops = sw_document_get_roots (self->document);
  queue = g_ptr_array_copy (self->tops, NULL, NULL);
  for (guint i = 0; i < queue->len; i++)
    g_hash_table_insert (self->parent_of, g_ptr_array_index (queue, i), NULL);
  walk_down (self, queue, 0);

  /* What the roots do not reach: first the tops of detached branches, then what a cycle hides. */
  kinds = hierarchy_kinds (self, &all_kinds);
  n = sw_document_get_n_nodes (self->document);
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          SwNode *node = sw_document_get_node (self->document, i);
          guint start = queue->len;

          if (g_hash_table_contains (self->parent_of, node))
            continue;
          if (pass == 0)
            {
              g_autoptr(GPtrArray) parents = sw_document_get_parents (self->document, node, NULL);

              if (parents->len > 0)
                continue;
            }

          g_hash_table_insert (self->parent_of, node, NULL);
          g_ptr_array_add (queue, node);
          walk_down (self, queue, start);
          add_to_group (self, kinds, all_kinds, node);
        }
    }

  g_ptr_array_sort_with_data (self->groups, compare_groups, self);
  label_groups (self);
}

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
      Entry *entry = &g_array_index (entries, Entry, i);

      if (entry->primary)
        g_ptr_array_add (items, sw_outline_item_new_node (entry->node, has_children (self, entry->node)));
      else
        g_ptr_array_add (items, sw_outline_item_new_reference (entry->node));
    }

  return items;
}

static GPtrArray *
group_items (SwOutlineModel *self,
             Group          *group)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < group->tops->len; i++)
    {
      SwNode *node = g_ptr_array_index (group->tops, i);

      g_ptr_array_add (items, sw_outline_item_new_node (node, has_children (self, node)));
    }
  return items;
}

/* A group counts every node in it, not only the tops of its branches. */
static guint
group_size (SwOutlineModel *self,
            Group          *group)
{
  guint size = 0;
  GHashTableIter iter;
  gpointer node, parent;
  g_autoptr(GHashTable) members = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < group->tops->len; i++)
    g_hash_table_add (members, g_ptr_array_index (group->tops, i));

  g_hash_table_iter_init (&iter, self->parent_of);
  while (g_hash_table_iter_next (&iter, &node, &parent))
    {
      SwNode *top = node;

      while (g_hash_table_lookup (self->parent_of, top) != NULL)
        top = g_hash_table_lookup (self->parent_of, top);
      if (g_hash_table_contains (members, top))
        size++;
    }

  return size;
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
      Group *group = g_ptr_array_index (self->groups, i);

      SwOutlineItem *item = sw_outline_item_new_group (group->id, group->label);

      sw_outline_item_set_count (item, group_size (self, group));
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
      Group *group = find_group (self, sw_outline_item_get_group_id (item));

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
  Group *group;

  if (self->visible == NULL)
    return TRUE;

  switch (sw_outline_item_get_item_type (item))
    {
    case SW_OUTLINE_ITEM_NODE:
      return g_hash_table_contains (self->visible, sw_outline_item_get_node (item));

    case SW_OUTLINE_ITEM_REFERENCE:
      return sw_search_matches (self->search, sw_outline_item_get_node (item));

    case SW_OUTLINE_ITEM_GROUP:
      group = find_group (self, sw_outline_item_get_group_id (item));
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
  compute_tree (self);
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
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
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

static Group *
group_of_top (SwOutlineModel *self,
              SwNode         *top)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      if (g_ptr_array_find (group->tops, top, NULL))
        return group;
    }
  return NULL;
}

/* The index in @model (a filtered child list) of the item that places @node or names @group_id. */
static gboolean
find_in_model (GListModel *model,
               SwNode     *node,
               const char *group_id,
               guint      *index)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwOutlineItem) item = g_list_model_get_item (model, i);
      SwOutlineItemType type = sw_outline_item_get_item_type (item);

      if ((node != NULL && type == SW_OUTLINE_ITEM_NODE && sw_outline_item_get_node (item) == node)
          || (group_id != NULL && type == SW_OUTLINE_ITEM_GROUP
              && g_str_equal (sw_outline_item_get_group_id (item), group_id)))
        {
          *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

static GListModel *
root_model (GtkTreeListModel *tree)
{
  return gtk_tree_list_model_get_model (tree);
}

/**
 * sw_outline_model_reveal:
 * @position: (out) (optional): the row of @node in @tree
 *
 * Opens the rows above @node's place in @tree.
 *
 * Returns: whether @node has a visible row.
 */
gboolean
sw_outline_model_reveal (SwOutlineModel   *self,
                         GtkTreeListModel *tree,
                         SwNode           *node,
                         guint            *position)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autoptr(GtkTreeListRow) row = NULL;
  Group *group = NULL;
  guint index;

  g_return_val_if_fail (SW_IS_OUTLINE_MODEL (self), FALSE);

  sw_outline_model_flush (self);
  if (!g_hash_table_contains (self->parent_of, node))
    return FALSE;

  for (SwNode *n = node; n != NULL; n = g_hash_table_lookup (self->parent_of, n))
    g_ptr_array_insert (path, 0, n);

  if (self->tops == NULL || !g_ptr_array_find (self->tops, path->pdata[0], NULL))
    group = group_of_top (self, path->pdata[0]);

  if (group != NULL)
    {
      if (!find_in_model (root_model (tree), NULL, group->id, &index))
        return FALSE;
      row = gtk_tree_list_model_get_child_row (tree, index);
    }
  else
    {
      if (!find_in_model (root_model (tree), path->pdata[0], NULL, &index))
        return FALSE;
      row = gtk_tree_list_model_get_child_row (tree, index);
      g_ptr_array_remove_index (path, 0);
    }

  for (guint i = 0; i < path->len && row != NULL; i++)
    {
      GtkTreeListRow *child;
      GListModel *children;

      gtk_tree_list_row_set_expanded (row, TRUE);
      children = gtk_tree_list_row_get_children (row);
      if (children == NULL || !find_in_model (children, path->pdata[i], NULL, &index))
        return FALSE;
      child = gtk_tree_list_row_get_child_row (row, index);
      g_object_unref (row);
      row = child;
    }

  if (row == NULL)
    return FALSE;
  if (position != NULL)
    *position = gtk_tree_list_row_get_position (row);
  return TRUE;
}

/* Opens every visible row down to @max_depth (0 opens the top level). */
void
sw_outline_model_expand_visible (SwOutlineModel   *self,
                                 GtkTreeListModel *tree,
                                 guint             max_depth)
{
  g_return_if_fail (SW_IS_OUTLINE_MODEL (self));

  /* Opening a row inserts its children after it, so the loop reaches them too. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, i);

      if (row != NULL && gtk_tree_list_row_get_depth (row) <= max_depth)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* Applies a pending update now, for code that must see the tree as the document is. */
void
sw_outline_model_flush (SwOutlineModel *self)
{
  g_return_if_fail (SW_IS_OUTLINE_MODEL (self));

  if (self->update_id != 0)
    update_now (self);
}
