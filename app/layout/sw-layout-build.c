/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The layout copy as a cgraph graph: cards as fixed-size boxes, bands as
 * rank=same subgraphs, links as edges.  Built with cgraph's API, so there
 * is no DOT text to write and parse on the way to the layout.
 *
 * Nodes and edges are made in the order in which DOT text written from the
 * graph lists them, so that the `dot` command reading that text builds
 * exactly this graph and computes exactly this layout: the benchmark checks
 * the one against the other.  Call with the Graphviz lock held.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sw-graph-geometry.h"
#include "sw-layout-build-private.h"

/* Graphviz sizes are in inches of 72 points; a canvas pixel is one point. */
#define POINTS_IN_AN_INCH 72.0

/* Room between cards: beside each other in a band, and between bands. */
#define NODE_SEPARATION 30.0
#define RANK_SEPARATION 90.0
/* Extra margin, in points, around each card when the organic layout removes overlaps. */
#define ORGANIC_MARGIN  "+20"

/* The layout must see the cards the canvas draws. */
G_STATIC_ASSERT (SW_LAYOUT_CARD_WIDTH == (int) SW_CARD_WIDTH);
G_STATIC_ASSERT (SW_LAYOUT_CARD_HEIGHT == (int) SW_CARD_HEIGHT);

typedef struct
{
  SwLayoutGraph  *graph;
  Agraph_t       *g;
  Agnode_t      **agnodes;
  guint          *created;    /* node indices in the order they were made */
  guint           n_created;
} Builder;

/* Graphviz 2.42 takes `char *` where it only reads; these keep the casts in one place. */
static Agsym_t *
set_default (Agraph_t   *g,
             int         kind,
             const char *name,
             const char *value)
{
  return agattr (g, kind, (char *) name, (char *) value);
}

static void
set_attribute (void       *object,
               const char *name,
               const char *value)
{
  agsafeset (object, (char *) name, (char *) value, (char *) "");
}

static char *
inches (double points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", points / POINTS_IN_AN_INCH));
}

static void
set_graph_attributes (Agraph_t      *g,
                      SwLayoutGraph *graph)
{
  g_autofree char *width = inches (SW_LAYOUT_CARD_WIDTH);
  g_autofree char *height = inches (SW_LAYOUT_CARD_HEIGHT);
  Agsym_t *label;

  /* Edges are drawn by the canvas: routing them here would be wasted work. */
  set_default (g, AGRAPH, "splines", "none");
  set_default (g, AGNODE, "shape", "box");
  set_default (g, AGNODE, "fixedsize", "true");
  set_default (g, AGNODE, "width", width);
  set_default (g, AGNODE, "height", height);
  /* No text to measure; an empty default is not written out unless marked. */
  label = set_default (g, AGNODE, "label", "");
  label->print = TRUE;

  if (graph->mode == SW_LAYOUT_MODE_LAYERED)
    {
      g_autofree char *nodesep = inches (NODE_SEPARATION);
      g_autofree char *ranksep = inches (RANK_SEPARATION);

      set_default (g, AGRAPH, "rankdir", "TB");
      set_default (g, AGRAPH, "nodesep", nodesep);
      set_default (g, AGRAPH, "ranksep", ranksep);
      set_default (g, AGEDGE, "constraint", "true");
    }
  else
    {
      /*
       * Overlaps are removed by Graphviz's prism, with a margin.  Pinned
       * positions are read in points, as written.  A fixed seed makes the
       * random start, and so the result, the same on every run.
       */
      set_default (g, AGRAPH, "overlap", "prism");
      set_default (g, AGRAPH, "sep", ORGANIC_MARGIN);
      set_default (g, AGRAPH, "inputscale", "72");
      set_default (g, AGRAPH, "start", "random1");
    }
}

static void
pin_node (Agnode_t           *n,
          const SwLayoutNode *node)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE];
  char y[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *pos = NULL;

  /* Graphviz's y axis points up, the canvas's down. */
  g_ascii_formatd (x, sizeof x, "%.0f", node->x);
  g_ascii_formatd (y, sizeof y, "%.0f", -node->y);
  pos = g_strconcat (x, ",", y, "!", NULL);
  set_attribute (n, "pos", pos);
  set_attribute (n, "pin", "true");
}

static void
add_node (Builder  *builder,
          Agraph_t *parent,
          guint     index)
{
  const SwLayoutNode *node = &g_array_index (builder->graph->nodes, SwLayoutNode, index);
  char name[32];

  g_snprintf (name, sizeof name, "n%u", index);
  builder->agnodes[index] = agnode (parent, name, TRUE);
  builder->created[builder->n_created++] = index;
  if (builder->graph->mode == SW_LAYOUT_MODE_ORGANIC && node->pinned)
    pin_node (builder->agnodes[index], node);
}

/*
 * Bands as `rank=same` subgraphs.  Those only keep a band on one rank; the
 * order of the bands comes from a chain of invisible anchors, one per band,
 * so that a principle no link ties to the concept still sits below it.  The
 * chain has no weight: it orders ranks and does not pull anything sideways.
 *
 * The subgraphs are anonymous: cgraph orders named subgraphs by the address
 * of their interned name, which would make the order Graphviz visits them
 * in, and so the layout, vary from run to run.
 */
static void
add_bands (Builder *builder)
{
  SwLayoutGraph *graph = builder->graph;
  Agnode_t *previous = NULL;

  for (int band = 0; band <= SW_LAYOUT_LAST_BAND; band++)
    {
      Agraph_t *subgraph = NULL;
      Agnode_t *anchor;
      char name[32];

      for (guint i = 0; i < graph->nodes->len; i++)
        {
          if (g_array_index (graph->nodes, SwLayoutNode, i).band != band)
            continue;
          if (subgraph == NULL)
            {
              subgraph = agsubg (builder->g, NULL, TRUE);
              set_attribute (subgraph, "rank", "same");
            }
          add_node (builder, subgraph, i);
        }

      if (subgraph == NULL)
        continue;

      g_snprintf (name, sizeof name, "anchor%d", band);
      anchor = agnode (subgraph, name, TRUE);
      set_attribute (anchor, "shape", "point");
      set_attribute (anchor, "width", "0");
      set_attribute (anchor, "style", "invis");
      if (previous != NULL)
        set_attribute (agedge (builder->g, previous, anchor, NULL, TRUE), "weight", "0");
      previous = anchor;
    }
}

/* Edge indices grouped by tail, in edge order: @first[i] .. @first[i + 1] for node i. */
static guint *
edges_by_tail (SwLayoutGraph  *graph,
               guint         **first)
{
  guint n_nodes = graph->nodes->len;
  guint *by_tail = g_new (guint, graph->edges->len + 1);
  g_autofree guint *next = g_new0 (guint, n_nodes + 1);

  *first = g_new0 (guint, n_nodes + 1);
  for (guint e = 0; e < graph->edges->len; e++)
    (*first)[g_array_index (graph->edges, SwLayoutEdge, e).tail + 1]++;
  for (guint i = 0; i < n_nodes; i++)
    (*first)[i + 1] += (*first)[i];
  memcpy (next, *first, n_nodes * sizeof (guint));
  for (guint e = 0; e < graph->edges->len; e++)
    by_tail[next[g_array_index (graph->edges, SwLayoutEdge, e).tail]++] = e;

  return by_tail;
}

/*
 * DOT text names a node that has no attributes of its own only where an
 * edge first mentions it, and lists edges under their tails in the order
 * the tails were made.  The nodes still to make are made in that order:
 * the heads of each made node's edges in turn, and a node no edge reaches
 * when its turn comes.
 */
static void
add_remaining_nodes (Builder *builder)
{
  SwLayoutGraph *graph = builder->graph;
  g_autofree guint *first = NULL;
  g_autofree guint *by_tail = edges_by_tail (graph, &first);
  guint next_unmade = 0;

  for (guint k = 0; builder->n_created < graph->nodes->len; k++)
    {
      guint tail;

      if (k == builder->n_created)
        {
          while (builder->agnodes[next_unmade] != NULL)
            next_unmade++;
          add_node (builder, builder->g, next_unmade);
        }

      tail = builder->created[k];
      for (guint j = first[tail]; j < first[tail + 1]; j++)
        {
          guint head = g_array_index (graph->edges, SwLayoutEdge, by_tail[j]).head;

          if (builder->agnodes[head] == NULL)
            add_node (builder, builder->g, head);
        }
    }
}

static int
compare_edge_order (const void *a,
                    const void *b)
{
  const guint64 *ea = a;
  const guint64 *eb = b;

  return *ea < *eb ? -1 : *ea > *eb;
}

/* Edges grouped by tail, tails in the order they were made, each tail's edges in link order. */
static void
add_edges (Builder *builder)
{
  SwLayoutGraph *graph = builder->graph;
  g_autofree guint64 *order = g_new (guint64, graph->edges->len + 1);
  Agsym_t *constraint = agattr (builder->g, AGEDGE, (char *) "constraint", NULL);

  for (guint i = 0; i < graph->edges->len; i++)
    {
      const SwLayoutEdge *edge = &g_array_index (graph->edges, SwLayoutEdge, i);

      order[i] = ((guint64) AGSEQ (builder->agnodes[edge->tail]) << 32) | i;
    }
  qsort (order, graph->edges->len, sizeof order[0], compare_edge_order);

  for (guint i = 0; i < graph->edges->len; i++)
    {
      const SwLayoutEdge *edge = &g_array_index (graph->edges, SwLayoutEdge,
                                                 (guint) (order[i] & G_MAXUINT32));
      Agedge_t *e = agedge (builder->g, builder->agnodes[edge->tail],
                            builder->agnodes[edge->head], NULL, TRUE);

      if (constraint != NULL && !edge->constraint)
        agxset (e, constraint, (char *) "false");
    }
}

/**
 * _sw_layout_build:
 * @disc: (nullable): cgraph's discipline, %NULL for the default
 * @agnodes: (out caller-allocates) (array): one slot per node of @graph
 *
 * Returns: (transfer full): the graph to lay out; free with agclose().
 */
Agraph_t *
_sw_layout_build (SwLayoutGraph *graph,
                  Agdisc_t      *disc,
                  Agnode_t     **agnodes)
{
  gboolean layered = graph->mode == SW_LAYOUT_MODE_LAYERED;
  g_autofree guint *created = g_new (guint, graph->nodes->len + 1);
  Builder builder = { graph, NULL, agnodes, created, 0 };

  memset (agnodes, 0, graph->nodes->len * sizeof (Agnode_t *));
  builder.g = agopen ((char *) "strategy", layered ? Agdirected : Agundirected, disc);
  set_graph_attributes (builder.g, graph);
  if (layered)
    add_bands (&builder);
  add_remaining_nodes (&builder);
  add_edges (&builder);

  return builder.g;
}
