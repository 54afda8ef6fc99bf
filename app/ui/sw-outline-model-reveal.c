/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Finding a node's row in an outline view's tree: opening the rows above
 * its place, so that a node selected on the canvas shows in the outline.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include "sw-outline-model-private.h"

static SwOutlineGroup *
group_of_top (SwOutlineModel *self,
              SwNode         *top)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      SwOutlineGroup *group = g_ptr_array_index (self->groups, i);

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
  SwOutlineGroup *group = NULL;
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
