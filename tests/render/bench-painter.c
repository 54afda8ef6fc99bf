/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How long the canvas takes to draw a frame of a 5,000-node strategy: the
 * painter draws into a 1600×1000 image, as the canvas's cairo node does
 * (with cards stamped from bitmaps), at full view (zoomed to fit), at an
 * overview zoom and at 100 %, then while zooming, where each frame has a
 * new scale and so draws its stamps afresh, and at 100 % drawing every
 * card's shapes, as vector outputs do, for comparison.  Prints
 * the median and 95th percentile of 50 frames each against the 16 ms a
 * frame may take at 60 frames per second, in wall-clock time and in the
 * processor time of the drawing thread: on a machine shared with other
 * work the second is the steadier measure of what drawing costs.
 */
#include "config.h"

#include <math.h>
#include <time.h>

#include "sw-graph-painter.h"

#define N_NODES  5000
#define N_FRAMES 50
#define WIDTH    1600
#define HEIGHT   1000
#define BUDGET_MS 16.0

/*
 * Rows cycle down the hierarchy, principle to partner, so that each node's
 * parent kind is in the row above, as in a layered layout of many small
 * subtrees side by side.
 */
static const char *const row_kinds[] = {
  "principle", "action-area", "objective", "commitment", "partner",
};

/* Links @node to @parent with the structural kind the rules allow; every
 * tenth link is a dashed dependency and every twenty-fifth a dotted
 * relation instead, as in real strategies. */
static void
link_to_parent (SwDocument *doc,
                SwNode     *node,
                SwNode     *parent,
                guint       index)
{
  g_autoptr(GPtrArray) down = sw_document_get_allowed_link_kinds (doc, parent, node);
  g_autoptr(GPtrArray) up = sw_document_get_allowed_link_kinds (doc, node, parent);

  if (index % 25 == 0)
    sw_document_add_link (doc, "relates-to", node, parent, NULL);
  else if (index % 10 == 0)
    sw_document_add_link (doc, "depends-on", node, parent, NULL);
  else if (down->len > 2)
    sw_document_add_link (doc, sw_link_kind_get_id (g_ptr_array_index (down, 0)), parent, node,
                          NULL);
  else
    sw_document_add_link (doc, sw_link_kind_get_id (g_ptr_array_index (up, 0)), node, parent,
                          NULL);
}

/*
 * The same document on every run: 100 columns of cards, each linked to a
 * node one to three columns away in the row above, except in the first row
 * of each cycle, which starts new subtrees.
 */
static SwDocument *
build_document (void)
{
  SwDocument *doc = sw_document_new ("en");
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  const guint columns = 100;

  sw_document_begin_transaction (doc, "Generate");
  for (guint i = 0; i < N_NODES; i++)
    {
      guint row = i / columns, column = i % columns;
      guint cycle = row % G_N_ELEMENTS (row_kinds);
      g_autofree char *title = g_strdup_printf ("Node %u: a title long enough to wrap on a card",
                                                i);
      SwNode *node = sw_document_add_node (doc, row_kinds[cycle], title,
                                           column * 260.0 + (row % 2) * 60, row * 170.0, NULL);

      g_ptr_array_add (nodes, node);
      if (cycle > 0)
        {
          int offset = g_rand_int_range (rand, -3, 4);
          guint above = (row - 1) * columns + CLAMP ((int) column + offset, 0, (int) columns - 1);

          link_to_parent (doc, node, g_ptr_array_index (nodes, above), i);
        }
    }
  sw_document_commit_transaction (doc);

  return doc;
}

static double
thread_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(double *) a, db = *(double *) b;

  return (da > db) - (da < db);
}

/* @zoom_step: how much the zoom grows from frame to frame */
static void
measure (SwGraphPainter *painter,
         const char     *name,
         double          cx,
         double          cy,
         double          zoom,
         double          zoom_step)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  SwRect visible;
  double times[N_FRAMES], cpu_times[N_FRAMES];
  double first = 0, median, p95, cpu_median, cpu_p95;

  /* One frame more than measured: the first lays out every visible title. */
  for (int i = -1; i < N_FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      double frame_zoom = zoom + MAX (i, 0) * zoom_step;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = thread_ms ();
      double ms, cpu_ms;

      visible = (SwRect) { cx - WIDTH / frame_zoom / 2, cy - HEIGHT / frame_zoom / 2,
                           WIDTH / frame_zoom, HEIGHT / frame_zoom };
      cairo_scale (cr, frame_zoom, frame_zoom);
      cairo_translate (cr, -visible.x, -visible.y);
      sw_graph_painter_paint_background (painter, cr, &visible);
      sw_graph_painter_paint (painter, cr, &visible, frame_zoom);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      cpu_ms = thread_ms () - cpu_start;
      if (i < 0)
        first = ms;
      else
        {
          times[i] = ms;
          cpu_times[i] = cpu_ms;
        }
    }
  cairo_surface_destroy (surface);

  qsort (times, N_FRAMES, sizeof (double), compare_doubles);
  qsort (cpu_times, N_FRAMES, sizeof (double), compare_doubles);
  median = (times[N_FRAMES / 2 - 1] + times[N_FRAMES / 2]) / 2;
  p95 = times[(int) ceil (0.95 * N_FRAMES) - 1];
  cpu_median = (cpu_times[N_FRAMES / 2 - 1] + cpu_times[N_FRAMES / 2]) / 2;
  cpu_p95 = cpu_times[(int) ceil (0.95 * N_FRAMES) - 1];
  g_print ("%-18s zoom %5.3f %5u nodes %5u links | first %6.1f | wall median %6.1f p95 %6.1f "
           "| cpu median %6.1f p95 %6.1f ms | cpu p95 / 16 ms: %.2f\n",
           name, zoom, sw_graph_painter_get_n_drawn_nodes (painter),
           sw_graph_painter_get_n_drawn_links (painter), first, median, p95, cpu_median, cpu_p95,
           cpu_p95 / BUDGET_MS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwDocument) doc = NULL;
  g_autoptr(SwGraphPainter) painter = NULL;
  gint64 start = g_get_monotonic_time ();
  SwRect bounds;
  double fit, cx, cy;

  doc = build_document ();
  g_print ("Drawing %u nodes and %u links into a %dx%d image (document built in %.0f ms)\n",
           sw_document_get_n_nodes (doc), sw_document_get_n_links (doc), WIDTH, HEIGHT,
           (g_get_monotonic_time () - start) / 1000.0);

  painter = sw_graph_painter_new (doc);
  sw_graph_painter_set_raster_scale (painter, 1);
  sw_graph_painter_get_bounds (painter, NULL, &bounds);
  fit = MIN (WIDTH / (bounds.width + 96), HEIGHT / (bounds.height + 96));
  cx = bounds.x + bounds.width / 2;
  cy = bounds.y + bounds.height / 2;

  measure (painter, "full view (fit)", cx, cy, fit, 0);
  measure (painter, "overview", cx, cy, 0.3, 0);
  measure (painter, "100 %", cx, cy, 1, 0);
  measure (painter, "zooming 0.9-1.1", cx, cy, 0.9, 0.2 / N_FRAMES);
  sw_graph_painter_set_dark (painter, TRUE);
  measure (painter, "100 %, dark", cx, cy, 1, 0);
  sw_graph_painter_set_dark (painter, FALSE);
  sw_graph_painter_set_raster_scale (painter, 0);
  measure (painter, "100 %, shapes", cx, cy, 1, 0);

  return 0;
}
