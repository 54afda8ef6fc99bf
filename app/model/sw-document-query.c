/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The questions views and reports ask of a document: the hierarchy that
 * parent-child link kinds make (concept, principles, action areas,
 * objectives, commitments), and what falls outside it.
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include "sw-document-private.h"
#include "sw-node-private.h"

static int
compare_node_positions (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  SwDocument *self = user_data;
  guint pa = sw_document_get_node_position (self, *(SwNode **) a);
  guint pb = sw_document_get_node_position (self, *(SwNode **) b);

  return pa < pb ? -1 : pa > pb;
}

/* Adds the other end of each hierarchy link of @node that has @node at @end. */
static void
collect_relatives (SwDocument *self,
                   SwNode     *node,
                   const char *link_kind,
                   gboolean    parents,
                   GPtrArray  *result)
{
  GPtrArray *lists[2] = { _sw_node_get_links_out (node), _sw_node_get_links_in (node) };

  for (guint l = 0; l < 2; l++)
    {
      gboolean node_is_from = l == 0;

      for (guint i = 0; i < lists[l]->len; i++)
        {
          SwLink *link = g_ptr_array_index (lists[l], i);
          SwLinkKind *kind = sw_document_lookup_link_kind (self, sw_link_get_kind (link));
          SwParentEnd parent = kind ? sw_link_kind_get_parent (kind) : SW_PARENT_NONE;
          SwNode *other = node_is_from ? sw_link_get_to (link) : sw_link_get_from (link);
          gboolean other_is_parent;

          if (parent == SW_PARENT_NONE)
            continue;
          if (link_kind != NULL && !g_str_equal (link_kind, sw_link_get_kind (link)))
            continue;

          other_is_parent = (parent == SW_PARENT_FROM) != node_is_from;
          if (other_is_parent == parents && !g_ptr_array_find (result, other, NULL))
            g_ptr_array_add (result, other);
        }
    }

  g_ptr_array_sort_with_data (result, compare_node_positions, self);
}

/**
 * sw_document_get_children:
 * @link_kind: (nullable): a hierarchy link kind, or %NULL for all of them
 *
 * Returns: (transfer container) (element-type SwNode): the children of @node
 *   in document order.
 */
GPtrArray *
sw_document_get_children (SwDocument *self,
                          SwNode     *node,
                          const char *link_kind)
{
  GPtrArray *result = g_ptr_array_new ();

  collect_relatives (self, node, link_kind, FALSE, result);
  return result;
}

/**
 * sw_document_get_parents:
 * @link_kind: (nullable): a hierarchy link kind, or %NULL for all of them
 *
 * Returns: (transfer container) (element-type SwNode): the parents of @node
 *   in document order.
 */
GPtrArray *
sw_document_get_parents (SwDocument *self,
                         SwNode     *node,
                         const char *link_kind)
{
  GPtrArray *result = g_ptr_array_new ();

  collect_relatives (self, node, link_kind, TRUE, result);
  return result;
}

/**
 * sw_document_get_nodes_of_kind:
 *
 * Returns: (transfer container) (element-type SwNode): the nodes of @kind in
 *   document order.
 */
GPtrArray *
sw_document_get_nodes_of_kind (SwDocument *self,
                               const char *kind)
{
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < self->nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (self->nodes, i);

      if (g_strcmp0 (sw_node_get_kind (node), kind) == 0)
        g_ptr_array_add (result, node);
    }

  return result;
}

/**
 * sw_document_get_path_up:
 * @stop_kind: (nullable): stop at the first node of this kind (e.g. "principle");
 *   %NULL to climb to a node without parents
 *
 * Climbs from @node through its first parent (in document order) at each
 * level.  A cycle in the links ends the climb instead of looping.
 *
 * Returns: (transfer container) (element-type SwNode): @node, then each
 *   ancestor in turn.
 */
GPtrArray *
sw_document_get_path_up (SwDocument *self,
                         SwNode     *node,
                         const char *stop_kind)
{
  GPtrArray *path = g_ptr_array_new ();

  while (node != NULL && !g_ptr_array_find (path, node, NULL))
    {
      g_autoptr(GPtrArray) parents = NULL;

      g_ptr_array_add (path, node);
      if (stop_kind != NULL && g_str_equal (sw_node_get_kind (node), stop_kind))
        break;

      parents = sw_document_get_parents (self, node, NULL);
      node = parents->len > 0 ? g_ptr_array_index (parents, 0) : NULL;
    }

  return path;
}

/*
 * A root kind is one that the hierarchy rules name as a parent and never as
 * a child: with the built-in table, only "concept".  A kind table whose
 * rules allow any child ("*") has no root kind; then any parentless node
 * with children is a root.
 */
static gboolean
kind_can_be_child (SwDocument *self,
                   const char *kind,
                   gboolean   *any_parent_rule)
{
  gboolean is_parent = FALSE;

  for (guint i = 0; i < self->link_kinds->len; i++)
    {
      SwLinkKind *link_kind = g_ptr_array_index (self->link_kinds, i);
      SwParentEnd parent = sw_link_kind_get_parent (link_kind);

      if (parent == SW_PARENT_NONE)
        continue;
      if (!sw_link_kind_has_joins (link_kind))
        return TRUE;

      for (guint j = 0; j < sw_link_kind_get_n_joins (link_kind); j++)
        {
          const char *from, *to;
          const char *parent_kind, *child_kind;

          sw_link_kind_get_join (link_kind, j, &from, &to);
          parent_kind = parent == SW_PARENT_FROM ? from : to;
          child_kind = parent == SW_PARENT_FROM ? to : from;
          if (g_str_equal (child_kind, SW_KIND_ANY) || g_str_equal (child_kind, kind))
            return TRUE;
          if (g_str_equal (parent_kind, SW_KIND_ANY) || g_str_equal (parent_kind, kind))
            is_parent = TRUE;
        }
    }

  *any_parent_rule = is_parent;
  return FALSE;
}

/**
 * sw_document_get_roots:
 *
 * Returns: (transfer container) (element-type SwNode): the tops of the
 *   hierarchy (for a strategy, its concept), in document order.
 */
GPtrArray *
sw_document_get_roots (SwDocument *self)
{
  GPtrArray *roots = g_ptr_array_new ();
  g_autoptr(GHashTable) root_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean has_root_kinds = FALSE;

  for (guint i = 0; i < self->node_kinds->len; i++)
    {
      const char *kind = sw_node_kind_get_id (g_ptr_array_index (self->node_kinds, i));
      gboolean is_parent = FALSE;

      if (!kind_can_be_child (self, kind, &is_parent) && is_parent)
        {
          g_hash_table_add (root_kinds, (gpointer) kind);
          has_root_kinds = TRUE;
        }
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (self->nodes, i);
      g_autoptr(GPtrArray) parents = NULL;
      g_autoptr(GPtrArray) children = NULL;

      if (has_root_kinds)
        {
          if (g_hash_table_contains (root_kinds, sw_node_get_kind (node)))
            g_ptr_array_add (roots, node);
          continue;
        }

      parents = sw_document_get_parents (self, node, NULL);
      children = sw_document_get_children (self, node, NULL);
      if (parents->len == 0 && children->len > 0)
        g_ptr_array_add (roots, node);
    }

  return roots;
}

/**
 * sw_document_get_orphans:
 *
 * A node belongs to the hierarchy when it is a root or hangs below one
 * through hierarchy links; a node outside it that has any link to a node in
 * it (a partner committing to a commitment) is attached, not orphaned.
 *
 * Returns: (transfer container) (element-type SwNode): the nodes with no link
 *   to the hierarchy, in document order.
 */
GPtrArray *
sw_document_get_orphans (SwDocument *self)
{
  g_autoptr(GHashTable) in_hierarchy = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) queue = sw_document_get_roots (self);
  GPtrArray *orphans = g_ptr_array_new ();

  for (guint i = 0; i < queue->len; i++)
    g_hash_table_add (in_hierarchy, g_ptr_array_index (queue, i));

  /* Breadth-first down the hierarchy; the queue grows as it is walked. */
  for (guint i = 0; i < queue->len; i++)
    {
      g_autoptr(GPtrArray) children = sw_document_get_children (self, g_ptr_array_index (queue, i), NULL);

      for (guint j = 0; j < children->len; j++)
        if (g_hash_table_add (in_hierarchy, g_ptr_array_index (children, j)))
          g_ptr_array_add (queue, g_ptr_array_index (children, j));
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (self->nodes, i);
      GPtrArray *lists[2] = { _sw_node_get_links_out (node), _sw_node_get_links_in (node) };
      gboolean attached = g_hash_table_contains (in_hierarchy, node);

      for (guint l = 0; l < 2 && !attached; l++)
        for (guint j = 0; j < lists[l]->len && !attached; j++)
          {
            SwLink *link = g_ptr_array_index (lists[l], j);
            SwNode *other = l == 0 ? sw_link_get_to (link) : sw_link_get_from (link);

            attached = g_hash_table_contains (in_hierarchy, other);
          }

      if (!attached)
        g_ptr_array_add (orphans, node);
    }

  return orphans;
}
