/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwSelection: the nodes a person has picked, in the order they were picked,
 * shared by the canvas, the outline and the inspector so that all three
 * always agree.  The focus is the node picked last: keyboard navigation,
 * rename and "add a linked node" start from it.
 *
 * The selection keeps the nodes alive only while they are in it, and lets go
 * of a node as soon as the document removes it (delete, undo of an add), so
 * a view never sees a node that is no longer part of the document.
 */
#define G_LOG_DOMAIN "sw-selection"

#include "config.h"

#include "sw-selection.h"

struct _SwSelection
{
  GObject     parent_instance;

  SwDocument *document;
  gulong      node_removed_id;

  /* Selection order, owning a reference to each node; the set answers
   * "is it selected?" in constant time for a canvas of thousands. */
  GPtrArray  *nodes;
  GHashTable *set;
  SwNode     *focus;
};

G_DEFINE_FINAL_TYPE (SwSelection, sw_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FOCUS,
  PROP_N_NODES,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (SwSelection *self,
              SwNode      *old_focus,
              guint        old_n_nodes)
{
  if (old_focus != self->focus)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS]);
  if (old_n_nodes != self->nodes->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NODES]);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static gboolean
add_one (SwSelection *self,
         SwNode      *node)
{
  if (g_hash_table_contains (self->set, node))
    return FALSE;
  g_hash_table_add (self->set, node);
  g_ptr_array_add (self->nodes, g_object_ref (node));
  return TRUE;
}

static gboolean
remove_one (SwSelection *self,
            SwNode      *node)
{
  if (!g_hash_table_remove (self->set, node))
    return FALSE;
  if (self->focus == node)
    self->focus = NULL;
  /* The array owns the reference; removing it may drop the last one. */
  g_ptr_array_remove (self->nodes, node);
  if (self->focus == NULL && self->nodes->len > 0)
    self->focus = g_ptr_array_index (self->nodes, self->nodes->len - 1);
  return TRUE;
}

static void
clear_all (SwSelection *self)
{
  self->focus = NULL;
  g_hash_table_remove_all (self->set);
  g_ptr_array_set_size (self->nodes, 0);
}

static void
on_node_removed (SwSelection *self,
                 SwNode      *node,
                 guint        position,
                 SwDocument  *document)
{
  SwNode *old_focus = self->focus;
  guint old_n_nodes = self->nodes->len;

  if (remove_one (self, node))
    emit_changed (self, old_focus, old_n_nodes);
}

static void
sw_selection_dispose (GObject *object)
{
  SwSelection *self = SW_SELECTION (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->node_removed_id, self->document);
  g_clear_object (&self->document);
  self->focus = NULL;
  if (self->nodes != NULL)
    g_ptr_array_set_size (self->nodes, 0);
  if (self->set != NULL)
    g_hash_table_remove_all (self->set);

  G_OBJECT_CLASS (sw_selection_parent_class)->dispose (object);
}

static void
sw_selection_finalize (GObject *object)
{
  SwSelection *self = SW_SELECTION (object);

  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->set, g_hash_table_unref);

  G_OBJECT_CLASS (sw_selection_parent_class)->finalize (object);
}

static void
sw_selection_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SwSelection *self = SW_SELECTION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_FOCUS:
      g_value_set_object (value, self->focus);
      break;
    case PROP_N_NODES:
      g_value_set_uint (value, self->nodes->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_selection_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SwSelection *self = SW_SELECTION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sw_selection_set_document (self, g_value_get_object (value));
      break;
    case PROP_FOCUS:
      sw_selection_set_focus (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_selection_class_init (SwSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_selection_dispose;
  object_class->finalize = sw_selection_finalize;
  object_class->get_property = sw_selection_get_property;
  object_class->set_property = sw_selection_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS] =
    g_param_spec_object ("focus", NULL, NULL, SW_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_NODES] =
    g_param_spec_uint ("n-nodes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwSelection::changed:
   *
   * Emitted once after every change of the set of nodes or of the focus.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_selection_init (SwSelection *self)
{
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  self->set = g_hash_table_new (NULL, NULL);
}

/**
 * sw_selection_new:
 * @document: (nullable): the document whose nodes are selected
 *
 * Returns: (transfer full): an empty selection
 */
SwSelection *
sw_selection_new (SwDocument *document)
{
  g_return_val_if_fail (document == NULL || SW_IS_DOCUMENT (document), NULL);

  return g_object_new (SW_TYPE_SELECTION, "document", document, NULL);
}

/**
 * sw_selection_get_document:
 *
 * Returns: (transfer none) (nullable): the document
 */
SwDocument *
sw_selection_get_document (SwSelection *self)
{
  g_return_val_if_fail (SW_IS_SELECTION (self), NULL);

  return self->document;
}

/**
 * sw_selection_set_document:
 * @document: (nullable): the new document
 *
 * Changing the document empties the selection.
 */
void
sw_selection_set_document (SwSelection *self,
                           SwDocument  *document)
{
  g_return_if_fail (SW_IS_SELECTION (self));
  g_return_if_fail (document == NULL || SW_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_clear_signal_handler (&self->node_removed_id, self->document);
  g_set_object (&self->document, document);
  if (document != NULL)
    self->node_removed_id = g_signal_connect_swapped (document, "node-removed",
                                                      G_CALLBACK (on_node_removed), self);
  sw_selection_clear (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * sw_selection_add:
 *
 * Adds @node (if not yet selected) and makes it the focus.
 *
 * Returns: whether anything changed
 */
gboolean
sw_selection_add (SwSelection *self,
                  SwNode      *node)
{
  SwNode *old_focus;
  guint old_n_nodes;

  g_return_val_if_fail (SW_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (SW_IS_NODE (node), FALSE);

  old_focus = self->focus;
  old_n_nodes = self->nodes->len;
  add_one (self, node);
  self->focus = node;
  if (old_focus == self->focus && old_n_nodes == self->nodes->len)
    return FALSE;
  emit_changed (self, old_focus, old_n_nodes);
  return TRUE;
}

/**
 * sw_selection_remove:
 *
 * Removes @node; if it was the focus, the node selected last before it
 * becomes the focus.
 *
 * Returns: whether @node was selected
 */
gboolean
sw_selection_remove (SwSelection *self,
                     SwNode      *node)
{
  SwNode *old_focus;
  guint old_n_nodes;

  g_return_val_if_fail (SW_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (SW_IS_NODE (node), FALSE);

  old_focus = self->focus;
  old_n_nodes = self->nodes->len;
  if (!remove_one (self, node))
    return FALSE;
  emit_changed (self, old_focus, old_n_nodes);
  return TRUE;
}

/* Shift-click: adds an unselected node (as the focus), removes a selected one. */
void
sw_selection_toggle (SwSelection *self,
                     SwNode      *node)
{
  g_return_if_fail (SW_IS_SELECTION (self));
  g_return_if_fail (SW_IS_NODE (node));

  if (g_hash_table_contains (self->set, node))
    sw_selection_remove (self, node);
  else
    sw_selection_add (self, node);
}

/**
 * sw_selection_set:
 * @nodes: (element-type SwNode) (nullable): the new selection, in order
 *
 * Replaces the selection; the last node becomes the focus.  Duplicates are
 * ignored.  Emits "changed" once, and only if something changed.
 */
void
sw_selection_set (SwSelection *self,
                  GPtrArray   *nodes)
{
  SwNode *old_focus;
  guint old_n_nodes;
  gboolean same;

  g_return_if_fail (SW_IS_SELECTION (self));

  old_focus = self->focus;
  old_n_nodes = self->nodes->len;

  same = nodes != NULL ? nodes->len == self->nodes->len : self->nodes->len == 0;
  for (guint i = 0; same && nodes != NULL && i < nodes->len; i++)
    same = g_ptr_array_index (nodes, i) == g_ptr_array_index (self->nodes, i);
  if (same)
    return;

  /* Keep the old nodes alive until the new ones hold their references:
   * the caller's array may be the only other owner. */
  {
    G_GNUC_UNUSED g_autoptr(GPtrArray) old = g_steal_pointer (&self->nodes);

    self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
    g_hash_table_remove_all (self->set);
    self->focus = NULL;
    for (guint i = 0; nodes != NULL && i < nodes->len; i++)
      {
        SwNode *node = g_ptr_array_index (nodes, i);

        g_return_if_fail (SW_IS_NODE (node));
        add_one (self, node);
        self->focus = node;
      }
  }
  emit_changed (self, old_focus, old_n_nodes);
}

/* A plain click: only @node is selected, and it is the focus. */
void
sw_selection_select_only (SwSelection *self,
                          SwNode      *node)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  g_return_if_fail (SW_IS_SELECTION (self));
  g_return_if_fail (SW_IS_NODE (node));

  g_ptr_array_add (nodes, node);
  sw_selection_set (self, nodes);
}

void
sw_selection_clear (SwSelection *self)
{
  SwNode *old_focus;
  guint old_n_nodes;

  g_return_if_fail (SW_IS_SELECTION (self));

  if (self->nodes->len == 0)
    return;
  old_focus = self->focus;
  old_n_nodes = self->nodes->len;
  clear_all (self);
  emit_changed (self, old_focus, old_n_nodes);
}

gboolean
sw_selection_contains (SwSelection *self,
                       SwNode      *node)
{
  g_return_val_if_fail (SW_IS_SELECTION (self), FALSE);

  return node != NULL && g_hash_table_contains (self->set, node);
}

/**
 * sw_selection_get_nodes:
 *
 * Returns: (transfer none) (element-type SwNode): the selected nodes in the
 *   order they were selected; valid until the selection changes
 */
GPtrArray *
sw_selection_get_nodes (SwSelection *self)
{
  g_return_val_if_fail (SW_IS_SELECTION (self), NULL);

  return self->nodes;
}

guint
sw_selection_get_n_nodes (SwSelection *self)
{
  g_return_val_if_fail (SW_IS_SELECTION (self), 0);

  return self->nodes->len;
}

/**
 * sw_selection_get_focus:
 *
 * Returns: (transfer none) (nullable): the node selected last, or %NULL
 *   when nothing is selected
 */
SwNode *
sw_selection_get_focus (SwSelection *self)
{
  g_return_val_if_fail (SW_IS_SELECTION (self), NULL);

  return self->focus;
}

/**
 * sw_selection_set_focus:
 * @node: (nullable): a node
 *
 * Makes @node the focus, adding it to the selection if needed; %NULL keeps
 * the selection and leaves it without a focus.
 */
void
sw_selection_set_focus (SwSelection *self,
                        SwNode      *node)
{
  SwNode *old_focus;
  guint old_n_nodes;

  g_return_if_fail (SW_IS_SELECTION (self));
  g_return_if_fail (node == NULL || SW_IS_NODE (node));

  if (node != NULL)
    {
      sw_selection_add (self, node);
      return;
    }
  if (self->focus == NULL)
    return;
  old_focus = self->focus;
  old_n_nodes = self->nodes->len;
  self->focus = NULL;
  emit_changed (self, old_focus, old_n_nodes);
}
