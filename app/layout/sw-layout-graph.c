/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The copy of the document a layout works on: the nodes to arrange with
 * their band, place and pin, the links between them as layout edges, and
 * where the other cards are.
 * Made on the main thread; afterwards the worker reads only this.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include "sw-layout-private.h"

/*
 * The strategy reads from the top down: the concept, the principles it
 * sets, the action areas they guide, the objectives that advance those,
 * and the commitments that deliver the objectives.
 *
 * Partners get a band of their own just below the commitments, each one
 * hanging under the commitment it makes (see link_to_edge()).  Putting them
 * in the commitments' band would make the widest band wider still, and
 * Graphviz lays out links within one band as flat edges that it keeps
 * short by reordering the band, which scatters the commitments away from
 * their objectives.  One band down, a partner sits right under its
 * commitment, which is how the published strategies draw them.
 */
static const char * const band_kinds[] = {
  "concept", "principle", "action-area", "objective", "commitment", "partner",
};

#define PARTNER_BAND    5
#define COMMITMENT_BAND 4

G_STATIC_ASSERT (G_N_ELEMENTS (band_kinds) == SW_LAYOUT_LAST_BAND + 1);

static int
band_for_kind (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (band_kinds); i++)
    {
      if (g_strcmp0 (kind, band_kinds[i]) == 0)
        return i;
    }

  return SW_LAYOUT_NO_BAND;
}

static void
layout_node_clear (gpointer data)
{
  SwLayoutNode *node = data;

  g_free (node->id);
}

static gboolean
is_partner_and_commitment (const SwLayoutNode *a,
                           const SwLayoutNode *b)
{
  return (a->band == PARTNER_BAND && b->band == COMMITMENT_BAND)
         || (a->band == COMMITMENT_BAND && b->band == PARTNER_BAND);
}

/*
 * In layered mode an edge runs from parent to child, so that `dot` puts the
 * parent above.  Links without a parent end (depends-on, relates-to) do not
 * constrain the ranks; they only pull their ends together.  The one
 * exception is a partner's link to a commitment, which has no parent end
 * in the kind table but decides where the partner hangs.
 */
static void
link_to_edge (SwDocument   *document,
              SwLink       *link,
              SwLayoutGraph *graph,
              guint         from,
              guint         to)
{
  SwLinkKind *kind = sw_document_lookup_link_kind (document, sw_link_get_kind (link));
  SwParentEnd parent = kind != NULL ? sw_link_kind_get_parent (kind) : SW_PARENT_NONE;
  const SwLayoutNode *from_node = &g_array_index (graph->nodes, SwLayoutNode, from);
  const SwLayoutNode *to_node = &g_array_index (graph->nodes, SwLayoutNode, to);
  SwLayoutEdge edge = { from, to, TRUE };

  if (graph->mode == SW_LAYOUT_MODE_LAYERED)
    {
      if (parent == SW_PARENT_TO)
        {
          edge.tail = to;
          edge.head = from;
        }
      else if (parent == SW_PARENT_NONE && is_partner_and_commitment (from_node, to_node))
        {
          edge.tail = from_node->band == COMMITMENT_BAND ? from : to;
          edge.head = from_node->band == COMMITMENT_BAND ? to : from;
        }
      else if (parent == SW_PARENT_NONE)
        {
          edge.constraint = FALSE;
        }
    }

  g_array_append_val (graph->edges, edge);
}

static void
add_node (SwLayoutGraph *graph,
          GHashTable    *indices,
          SwNode        *node)
{
  SwLayoutNode copy;

  if (g_hash_table_contains (indices, node))
    return;

  copy.id = g_strdup (sw_node_get_id (node));
  copy.band = band_for_kind (sw_node_get_kind (node));
  copy.x = sw_node_get_x (node);
  copy.y = sw_node_get_y (node);
  copy.pinned = sw_node_get_pinned (node);
  g_hash_table_insert (indices, node, GUINT_TO_POINTER (graph->nodes->len));
  g_array_append_val (graph->nodes, copy);
}

/*
 * Nodes come in document order whatever the order of @nodes, so the same
 * document and the same set of nodes always give Graphviz the same input.
 */
static gboolean
should_arrange (GHashTable *selected,
                SwNode     *node)
{
  return selected == NULL || g_hash_table_contains (selected, node);
}

/**
 * _sw_layout_graph_new:
 * @nodes: (nullable) (element-type SwNode): the nodes to arrange, %NULL for all
 *
 * Returns: (transfer full): the copy a layout works on.
 */
SwLayoutGraph *
_sw_layout_graph_new (SwDocument   *document,
                      SwLayoutMode  mode,
                      GPtrArray    *nodes)
{
  g_autoptr(SwLayoutGraph) graph = g_new0 (SwLayoutGraph, 1);
  g_autoptr(GHashTable) indices = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) selected = NULL;
  guint n_nodes = sw_document_get_n_nodes (document);
  guint n_links = sw_document_get_n_links (document);

  graph->mode = mode;
  graph->whole_document = nodes == NULL;
  graph->nodes = g_array_new (FALSE, FALSE, sizeof (SwLayoutNode));
  graph->edges = g_array_new (FALSE, FALSE, sizeof (SwLayoutEdge));
  graph->others = g_array_new (FALSE, FALSE, sizeof (SwLayoutCard));
  g_array_set_clear_func (graph->nodes, layout_node_clear);

  if (nodes != NULL)
    {
      selected = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < nodes->len; i++)
        g_hash_table_add (selected, g_ptr_array_index (nodes, i));
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      if (should_arrange (selected, node))
        {
          add_node (graph, indices, node);
        }
      else
        {
          SwLayoutCard card = { sw_node_get_x (node), sw_node_get_y (node) };

          g_array_append_val (graph->others, card);
        }
    }

  for (guint i = 0; i < n_links; i++)
    {
      SwLink *link = sw_document_get_link (document, i);
      gpointer from, to;

      /* A loop says nothing about where its node goes. */
      if (sw_link_get_from (link) == sw_link_get_to (link)
          || !g_hash_table_lookup_extended (indices, sw_link_get_from (link), NULL, &from)
          || !g_hash_table_lookup_extended (indices, sw_link_get_to (link), NULL, &to))
        continue;

      link_to_edge (document, link, graph, GPOINTER_TO_UINT (from), GPOINTER_TO_UINT (to));
    }

  return g_steal_pointer (&graph);
}

void
_sw_layout_graph_free (SwLayoutGraph *graph)
{
  if (graph == NULL)
    return;

  g_clear_pointer (&graph->nodes, g_array_unref);
  g_clear_pointer (&graph->edges, g_array_unref);
  g_clear_pointer (&graph->others, g_array_unref);
  g_free (graph);
}

guint
_sw_layout_graph_n_pinned (SwLayoutGraph *graph)
{
  guint n_pinned = 0;

  for (guint i = 0; i < graph->nodes->len; i++)
    n_pinned += g_array_index (graph->nodes, SwLayoutNode, i).pinned;

  return n_pinned;
}
