/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The layout copy as a Graphviz graph, built with cgraph's API (no DOT text
 * to parse, no `dot` process, no temporary file), laid out in-process, and
 * read back as node centres.  Graphviz keeps global state (the error
 * handler, cgraph's prototype graph, the layout engines' statics), so every
 * function here runs under the Graphviz lock.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <locale.h>

#include "sw-layout-private.h"

/* Graphviz sizes are in inches of 72 points; a canvas pixel is one point. */
#define POINTS_IN_AN_INCH 72.0

/* Room between cards: beside each other in a band, and between bands. */
#define NODE_SEPARATION 30.0
#define RANK_SEPARATION 90.0
/* Extra margin around each card when the organic layout removes overlaps. */
#define ORGANIC_MARGIN  "+20"

static GMutex graphviz_lock;
static GString *graphviz_errors;

void
sw_layout_graphviz_lock (void)
{
  g_mutex_lock (&graphviz_lock);
}

void
sw_layout_graphviz_unlock (void)
{
  g_mutex_unlock (&graphviz_lock);
}

/* Graphviz's messages would go to stderr, or below the threshold to a temporary file. */
static int
collect_error (char *message)
{
  g_debug ("Graphviz: %s", message);
  if (graphviz_errors != NULL)
    g_string_append (graphviz_errors, message);

  return 0;
}

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

  /* Edges are drawn by the canvas: routing them here would be wasted work. */
  set_default (g, AGRAPH, "splines", "none");
  set_default (g, AGNODE, "shape", "box");
  set_default (g, AGNODE, "fixedsize", "true");
  set_default (g, AGNODE, "width", width);
  set_default (g, AGNODE, "height", height);
  set_default (g, AGNODE, "label", "");

  if (graph->mode == SW_LAYOUT_MODE_LAYERED)
    {
      g_autofree char *nodesep = inches (NODE_SEPARATION);
      g_autofree char *ranksep = inches (RANK_SEPARATION);

      set_default (g, AGRAPH, "rankdir", "TB");
      set_default (g, AGRAPH, "nodesep", nodesep);
      set_default (g, AGRAPH, "ranksep", ranksep);
      set_default (g, AGEDGE, "constraint", "true");
      set_default (g, AGEDGE, "weight", "1");
    }
  else
    {
      /*
       * Overlaps are removed by Graphviz's prism, with a margin.  Pinned
       * positions are read in points, as written.  A fixed seed makes
       * the random start, and so the result, the same on every run.
       */
      set_default (g, AGRAPH, "overlap", "prism");
      set_default (g, AGRAPH, "sep", ORGANIC_MARGIN);
      set_default (g, AGRAPH, "inputscale", "72");
      set_default (g, AGRAPH, "start", "random1");
      set_default (g, AGNODE, "pin", "false");
      set_default (g, AGNODE, "pos", "");
    }
}

/*
 * Bands as `rank=same` subgraphs.  Those only keep a band on one rank; the
 * order of the bands comes from a chain of invisible anchors, one per band,
 * so that a principle no link ties to the concept still sits below it.  The
 * chain has no weight: it orders ranks and does not pull anything sideways.
 */
static void
add_bands (Agraph_t      *g,
           SwLayoutGraph *graph,
           Agnode_t     **agnodes)
{
  Agraph_t *bands[6] = { NULL, };
  Agnode_t *previous = NULL;

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      int band = g_array_index (graph->nodes, SwLayoutNode, i).band;

      if (band < 0 || band >= (int) G_N_ELEMENTS (bands))
        continue;
      if (bands[band] == NULL)
        {
          char name[32];

          g_snprintf (name, sizeof name, "band%d", band);
          bands[band] = agsubg (g, name, TRUE);
          set_attribute (bands[band], "rank", "same");
        }
      agsubnode (bands[band], agnodes[i], TRUE);
    }

  for (guint band = 0; band < G_N_ELEMENTS (bands); band++)
    {
      Agnode_t *anchor;
      char name[32];

      if (bands[band] == NULL)
        continue;

      g_snprintf (name, sizeof name, "anchor%u", band);
      anchor = agnode (bands[band], name, TRUE);
      set_attribute (anchor, "width", "0");
      set_attribute (anchor, "height", "0");
      set_attribute (anchor, "style", "invis");
      if (previous != NULL)
        set_attribute (agedge (g, previous, anchor, NULL, TRUE), "weight", "0");
      previous = anchor;
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

static Agraph_t *
build (SwLayoutGraph *graph,
       Agdisc_t      *disc,
       Agnode_t     **agnodes)
{
  gboolean layered = graph->mode == SW_LAYOUT_MODE_LAYERED;
  Agraph_t *g = agopen ((char *) "strategy", layered ? Agdirected : Agundirected, disc);
  Agsym_t *constraint;

  set_graph_attributes (g, graph);
  /* A NULL value looks the declaration up (NULL in organic mode, which has none). */
  constraint = set_default (g, AGEDGE, "constraint", NULL);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);
      char name[32];

      g_snprintf (name, sizeof name, "n%u", i);
      agnodes[i] = agnode (g, name, TRUE);
      if (!layered && node->pinned)
        pin_node (agnodes[i], node);
    }

  if (layered)
    add_bands (g, graph, agnodes);

  for (guint i = 0; i < graph->edges->len; i++)
    {
      const SwLayoutEdge *edge = &g_array_index (graph->edges, SwLayoutEdge, i);
      Agedge_t *e = agedge (g, agnodes[edge->tail], agnodes[edge->head], NULL, TRUE);

      if (layered && !edge->constraint)
        agxset (e, constraint, (char *) "false");
    }

  return g;
}

/**
 * _sw_layout_graph_get_engine:
 *
 * `sfdp` cannot pin nodes (Graphviz 2.42 ignores "pin" there), so an
 * organic layout with pinned nodes uses `neato`, which can.
 *
 * Returns: the Graphviz layout engine for @graph.
 */
const char *
_sw_layout_graph_get_engine (SwLayoutGraph *graph)
{
  if (graph->mode == SW_LAYOUT_MODE_LAYERED)
    return "dot";

  return _sw_layout_graph_n_pinned (graph) > 0 ? "neato" : "sfdp";
}

static int
write_to_string (void       *channel,
                 const char *text)
{
  g_string_append (channel, text);

  return 0;
}

static int
flush_nothing (void *channel)
{
  return 0;
}

/**
 * _sw_layout_graph_to_dot:
 *
 * The graph exactly as the layout gives it to Graphviz, as DOT text, so
 * that the benchmark can run the `dot` command on the same input.
 *
 * Returns: (transfer full): DOT text.
 */
char *
_sw_layout_graph_to_dot (SwLayoutGraph *graph)
{
  Agiodisc_t io = { AgIoDisc.afread, write_to_string, flush_nothing };
  Agdisc_t disc = { &AgMemDisc, &AgIdDisc, &io };
  g_autofree Agnode_t **agnodes = g_new0 (Agnode_t *, graph->nodes->len + 1);
  GString *text = g_string_new (NULL);
  Agraph_t *g;

  sw_layout_graphviz_lock ();
  g = build (graph, &disc, agnodes);
  agwrite (g, text);
  agclose (g);
  sw_layout_graphviz_unlock ();

  return g_string_free (text, FALSE);
}

static int
layout (GVC_t         *gvc,
        Agraph_t      *g,
        SwLayoutGraph *graph)
{
  const char *engine = _sw_layout_graph_get_engine (graph);
  int status = gvLayout (gvc, g, engine);

  /* A Graphviz built without sfdp refuses the engine before doing anything. */
  if (status != 0 && g_str_equal (engine, "sfdp"))
    {
      g_string_truncate (graphviz_errors, 0);
      status = gvLayout (gvc, g, "neato");
    }

  return status;
}

/*
 * Graphviz reads numbers with strtod(), which follows LC_NUMERIC: under a
 * locale with decimal commas "3.0556" would read as 3.  The worker thread
 * switches to the C locale for the length of the layout, which leaves the
 * rest of the app alone.
 */
static gboolean
run_locked (SwLayoutGraph *graph,
            double        *positions,
            GError       **error)
{
  g_autofree Agnode_t **agnodes = g_new0 (Agnode_t *, graph->nodes->len + 1);
  GVC_t *gvc = gvContext ();
  Agraph_t *g = build (graph, NULL, agnodes);
  int status = layout (gvc, g, graph);

  if (status == 0)
    {
      for (guint i = 0; i < graph->nodes->len; i++)
        {
          positions[2 * i] = ND_coord (agnodes[i]).x;
          positions[2 * i + 1] = -ND_coord (agnodes[i]).y;
        }
      gvFreeLayout (gvc, g);
    }
  else
    {
      g_strchomp (graphviz_errors->str);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The layout could not be computed: %s"),
                   graphviz_errors->len > 0 ? graphviz_errors->str : _("unknown error"));
    }

  agclose (g);
  gvFreeContext (gvc);

  return status == 0;
}

/**
 * _sw_layout_graph_run:
 * @positions: (out caller-allocates) (array): two doubles per node, the
 *   centre in canvas pixels (y down), before any shift
 *
 * Lays @graph out with Graphviz.  Blocks: call it from a worker thread.
 */
gboolean
_sw_layout_graph_run (SwLayoutGraph *graph,
                      double        *positions,
                      GError       **error)
{
  locale_t c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  locale_t old_locale = uselocale (c_locale);
  agusererrf old_handler;
  gboolean ok;

  sw_layout_graphviz_lock ();
  graphviz_errors = g_string_new (NULL);
  old_handler = agseterrf (collect_error);
  ok = run_locked (graph, positions, error);
  agseterrf (old_handler);
  g_string_free (g_steal_pointer (&graphviz_errors), TRUE);
  sw_layout_graphviz_unlock ();

  uselocale (old_locale);
  freelocale (c_locale);

  return ok;
}
