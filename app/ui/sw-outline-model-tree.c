/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where each node goes in the outline.
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
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-outline-model-private.h"

#define OUTSIDE_GROUP "outside"

void
_sw_outline_group_free (SwOutlineGroup *group)
{
  g_free (group->id);
  g_free (group->label);
  g_ptr_array_unref (group->tops);
  g_free (group);
}

SwOutlineGroup *
_sw_outline_model_find_group (SwOutlineModel *self,
            const char     *id)
{
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      SwOutlineGroup *group = g_ptr_array_index (self->groups, i);

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

      entries = g_array_sized_new (FALSE, FALSE, sizeof (SwOutlineEntry), children->len);
      for (guint j = 0; j < children->len; j++)
        {
          SwOutlineEntry entry = { g_ptr_array_index (children, j), FALSE };

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
  SwOutlineGroup *group;

  if (all_kinds || g_hash_table_contains (kinds, kind))
    id = g_strdup (OUTSIDE_GROUP);
  else
    id = g_strconcat ("kind:", kind, NULL);

  group = _sw_outline_model_find_group (self, id);
  if (group == NULL)
    {
      group = g_new0 (SwOutlineGroup, 1);
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
  const SwOutlineGroup *ga = *(const SwOutlineGroup **) a;
  const SwOutlineGroup *gb = *(const SwOutlineGroup **) b;
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
      SwOutlineGroup *group = g_ptr_array_index (self->groups, i);

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
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) _sw_outline_group_free);
}

void
_sw_outline_model_compute_tree (SwOutlineModel *self)
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

/* A group counts every node in it, not only the tops of its branches. */
guint
_sw_outline_model_group_size (SwOutlineModel *self,
            SwOutlineGroup          *group)
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
