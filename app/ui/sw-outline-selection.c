/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutlineSelection: keeps the rows selected in an outline view and the
 * window's SwSelection the same, in both directions.
 *
 * The rows stand for nodes, and a node can have several rows (its place and
 * its references), so the selection is translated through the nodes, never
 * by position.  Rows that appear later (a row opened, a search cleared)
 * take the state of their node.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include "sw-outline-selection.h"

struct _SwOutlineSelection
{
  GObject            parent_instance;

  SwOutlineModel    *model;
  GtkTreeListModel  *tree;
  GtkMultiSelection *rows;
  SwSelection       *selection;
  gboolean           syncing;
  guint              sync_id;
};

G_DEFINE_FINAL_TYPE (SwOutlineSelection, sw_outline_selection, G_TYPE_OBJECT)

enum {
  SIGNAL_REVEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sync_rows (SwOutlineSelection *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, n);

  g_clear_handle_id (&self->sync_id, g_source_remove);

  for (guint i = 0; self->selection != NULL && i < n; i++)
    {
      SwNode *node = sw_outline_selection_get_node (self, i);

      if (node != NULL && sw_selection_contains (self->selection, node))
        gtk_bitset_add (selected, i);
    }

  self->syncing = TRUE;
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->rows), selected, mask);
  self->syncing = FALSE;
}

static gboolean
sync_idle_cb (gpointer user_data)
{
  SwOutlineSelection *self = user_data;

  self->sync_id = 0;
  sync_rows (self);
  return G_SOURCE_REMOVE;
}

static void
rows_changed_cb (SwOutlineSelection *self)
{
  if (self->sync_id == 0 && self->selection != NULL && sw_selection_get_n_nodes (self->selection) > 0)
    self->sync_id = g_idle_add (sync_idle_cb, self);
}

/* The nodes already selected keep their order, so the focus moves only to what was added. */
static void
rows_selection_changed_cb (SwOutlineSelection *self)
{
  g_autoptr(GtkBitset) bits = NULL;
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  GPtrArray *current;
  GtkBitsetIter iter;
  guint position;

  if (self->syncing || self->selection == NULL)
    return;

  bits = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->rows));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, bits, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      SwNode *node = sw_outline_selection_get_node (self, position);

      if (node != NULL)
        g_hash_table_add (chosen, node);
    }

  current = sw_selection_get_nodes (self->selection);
  for (guint i = 0; i < current->len; i++)
    {
      if (g_hash_table_remove (chosen, g_ptr_array_index (current, i)))
        g_ptr_array_add (nodes, g_ptr_array_index (current, i));
    }
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, bits, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      SwNode *node = sw_outline_selection_get_node (self, position);

      if (node != NULL && g_hash_table_remove (chosen, node))
        g_ptr_array_add (nodes, node);
    }

  self->syncing = TRUE;
  sw_selection_set (self->selection, nodes);
  self->syncing = FALSE;
  /* Other rows of the same nodes follow. */
  sync_rows (self);
}

static void
selection_changed_cb (SwOutlineSelection *self)
{
  SwNode *focus;
  guint position;

  if (self->syncing)
    return;

  focus = sw_selection_get_focus (self->selection);
  if (focus != NULL && sw_outline_selection_reveal (self, focus, &position))
    {
      sync_rows (self);
      g_signal_emit (self, signals[SIGNAL_REVEAL], 0, position);
    }
  else
    sync_rows (self);
}

static void
sw_outline_selection_dispose (GObject *object)
{
  SwOutlineSelection *self = SW_OUTLINE_SELECTION (object);

  g_clear_handle_id (&self->sync_id, g_source_remove);
  sw_outline_selection_set_selection (self, NULL);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  g_clear_object (&self->rows);
  g_clear_object (&self->tree);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (sw_outline_selection_parent_class)->dispose (object);
}

static void
sw_outline_selection_class_init (SwOutlineSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_outline_selection_dispose;

  /**
   * SwOutlineSelection::reveal:
   * @position: the row to scroll to
   *
   * The focus of the selection changed elsewhere and its row was opened.
   */
  signals[SIGNAL_REVEAL] =
    g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
sw_outline_selection_init (SwOutlineSelection *self)
{
}

/**
 * sw_outline_selection_new:
 *
 * Returns: (transfer full): a tree of @model's rows with a selection of its own.
 */
SwOutlineSelection *
sw_outline_selection_new (SwOutlineModel *model)
{
  SwOutlineSelection *self = g_object_new (SW_TYPE_OUTLINE_SELECTION, NULL);

  self->model = g_object_ref (model);
  self->tree = sw_outline_model_create_tree (model);
  self->rows = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  g_signal_connect_swapped (self->rows, "selection-changed", G_CALLBACK (rows_selection_changed_cb), self);
  g_signal_connect_swapped (self->rows, "items-changed", G_CALLBACK (rows_changed_cb), self);
  return self;
}

/**
 * sw_outline_selection_get_rows:
 *
 * Returns: (transfer none): the selection model for the view.
 */
GtkSelectionModel *
sw_outline_selection_get_rows (SwOutlineSelection *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_SELECTION (self), NULL);

  return GTK_SELECTION_MODEL (self->rows);
}

/**
 * sw_outline_selection_get_tree:
 *
 * Returns: (transfer none): the tree under the rows.
 */
GtkTreeListModel *
sw_outline_selection_get_tree (SwOutlineSelection *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_SELECTION (self), NULL);

  return self->tree;
}

/* @selection: (nullable): the window's selection to follow and to drive. */
void
sw_outline_selection_set_selection (SwOutlineSelection *self,
                                    SwSelection        *selection)
{
  g_return_if_fail (SW_IS_OUTLINE_SELECTION (self));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_swapped (selection, "changed", G_CALLBACK (selection_changed_cb), self);
      sync_rows (self);
    }
}

/**
 * sw_outline_selection_get_node:
 *
 * Returns: (transfer none) (nullable): the node of the row at @position, or
 *   %NULL for a group.
 */
SwNode *
sw_outline_selection_get_node (SwOutlineSelection *self,
                               guint               position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, position);
  g_autoptr(SwOutlineItem) item = NULL;

  if (row == NULL)
    return NULL;
  item = gtk_tree_list_row_get_item (row);
  return item ? sw_outline_item_get_node (item) : NULL;
}

/**
 * sw_outline_selection_reveal:
 * @position: (out) (optional): @node's row
 *
 * Opens the rows above @node's place.
 *
 * Returns: whether @node has a visible row.
 */
gboolean
sw_outline_selection_reveal (SwOutlineSelection *self,
                             SwNode             *node,
                             guint              *position)
{
  gboolean found;

  g_return_val_if_fail (SW_IS_OUTLINE_SELECTION (self), FALSE);

  /* Opening rows must not read as the person changing the selection. */
  self->syncing = TRUE;
  found = sw_outline_model_reveal (self->model, self->tree, node, position);
  self->syncing = FALSE;
  return found;
}
