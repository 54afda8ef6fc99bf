/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The layout copy laid out by Graphviz in-process (no `dot` process, no
 * temporary file) and read back as node centres.  Graphviz keeps global
 * state (the error handler, cgraph's prototype graph, the layout engines'
 * statics), so every call into it runs under the Graphviz lock.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <locale.h>
#include <stdlib.h>

#include "sw-layout-build-private.h"

static GMutex graphviz_lock;
static GString *graphviz_errors;

/*
 * One context for the life of the process, made on first use: it holds the
 * table of plugins read from Graphviz's configuration, and in 2.42 each
 * context keeps a copy of that file's text when freed.
 */
static GVC_t *graphviz_context;

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
  g = _sw_layout_build (graph, &disc, agnodes);
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
  int status;

  /*
   * sfdp draws its starting positions from rand() without seeding it, so
   * its result would depend on whatever used rand() before (an earlier
   * layout does).  Seed 1 is the C library's initial state: each layout
   * starts from it, as a fresh `sfdp` process does.
   */
  srand (1);
  status = gvLayout (gvc, g, engine);

  /* A Graphviz built without sfdp refuses the engine before doing anything. */
  if (status != 0 && g_str_equal (engine, "sfdp"))
    {
      g_string_truncate (graphviz_errors, 0);
      status = gvLayout (gvc, g, "neato");
    }

  return status;
}

static gboolean
run_locked (SwLayoutGraph *graph,
            double        *positions,
            GError       **error)
{
  g_autofree Agnode_t **agnodes = g_new0 (Agnode_t *, graph->nodes->len + 1);
  GVC_t *gvc = graphviz_context != NULL ? graphviz_context : (graphviz_context = gvContext ());
  Agraph_t *g = _sw_layout_build (graph, NULL, agnodes);
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

  return status == 0;
}

/**
 * _sw_layout_graph_run:
 * @positions: (out caller-allocates) (array): two doubles per node, the
 *   centre in canvas pixels (y down), before any shift
 *
 * Lays @graph out with Graphviz.  Blocks: call it from a worker thread.
 *
 * Graphviz reads numbers with strtod(), which follows LC_NUMERIC: under a
 * locale with decimal commas "3.0556" would read as 3.  The thread switches
 * to the C locale for the length of the layout, which leaves the rest of
 * the app alone.
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
