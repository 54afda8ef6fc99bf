/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The outcome of Arrange: a new centre for each node that moves, made in a
 * worker thread from plain data and applied on the main thread.  Nodes are
 * named by id, not held, so a result stays valid whatever happens to the
 * document meanwhile.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-layout-private.h"

typedef struct
{
  char   *id;
  double  x;
  double  y;
} Entry;

struct _SwLayoutResult
{
  gatomicrefcount  ref_count;
  SwLayoutMode     mode;
  GArray          *entries;   /* Entry, in document order */
  GHashTable      *by_id;     /* id → index + 1 */
};

G_DEFINE_BOXED_TYPE (SwLayoutResult, sw_layout_result, sw_layout_result_ref, sw_layout_result_unref)

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->id);
}

SwLayoutResult *
_sw_layout_result_new (SwLayoutMode mode)
{
  SwLayoutResult *self = g_new0 (SwLayoutResult, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->mode = mode;
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

void
_sw_layout_result_add (SwLayoutResult *self,
                       const char     *node_id,
                       double          x,
                       double          y)
{
  Entry entry = { g_strdup (node_id), x, y };

  g_array_append_val (self->entries, entry);
  g_hash_table_insert (self->by_id, entry.id, GUINT_TO_POINTER (self->entries->len));
}

SwLayoutResult *
sw_layout_result_ref (SwLayoutResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sw_layout_result_unref (SwLayoutResult *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_free (self);
}

SwLayoutMode
sw_layout_result_get_mode (SwLayoutResult *self)
{
  g_return_val_if_fail (self != NULL, SW_LAYOUT_MODE_LAYERED);

  return self->mode;
}

/**
 * sw_layout_result_get_n_nodes:
 *
 * Returns: how many nodes the result places (pinned nodes are never among them).
 */
guint
sw_layout_result_get_n_nodes (SwLayoutResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

/**
 * sw_layout_result_get_node_id:
 * @x: (out) (optional): the node's new centre
 * @y: (out) (optional)
 *
 * Returns: the id of the @index-th node placed, in document order.
 */
const char *
sw_layout_result_get_node_id (SwLayoutResult *self,
                              guint           index,
                              double         *x,
                              double         *y)
{
  const Entry *entry;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  entry = &g_array_index (self->entries, Entry, index);
  if (x != NULL)
    *x = entry->x;
  if (y != NULL)
    *y = entry->y;

  return entry->id;
}

/**
 * sw_layout_result_lookup:
 * @x: (out) (optional): the node's new centre
 * @y: (out) (optional)
 *
 * Returns: %TRUE if the result places the node with id @node_id.
 */
gboolean
sw_layout_result_lookup (SwLayoutResult *self,
                         const char     *node_id,
                         double         *x,
                         double         *y)
{
  guint position;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (node_id != NULL, FALSE);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, node_id));
  if (position == 0)
    return FALSE;

  sw_layout_result_get_node_id (self, position - 1, x, y);

  return TRUE;
}

/**
 * sw_layout_result_apply:
 *
 * Moves the nodes to their new places in one undo step, "Arrange".  Nodes
 * removed since the layout started are skipped, and so are nodes pinned
 * meanwhile: a pin is a promise that the node stays.
 *
 * Returns: %TRUE if this call recorded an undo step: %FALSE when nothing
 *   moved, or inside a transaction the caller opened (which then holds the moves).
 */
gboolean
sw_layout_result_apply (SwLayoutResult *self,
                        SwDocument     *document)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SW_IS_DOCUMENT (document), FALSE);

  sw_document_begin_transaction (document, _("Arrange"));
  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      SwNode *node = sw_document_lookup_node (document, entry->id);

      if (node != NULL && !sw_node_get_pinned (node))
        sw_document_move_node (document, node, entry->x, entry->y);
    }

  return sw_document_commit_transaction (document);
}
