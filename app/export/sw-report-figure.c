/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report's figure: the graph drawn by the same painter as the canvas.
 * Cards keep their text as vectors a reader can zoom into whenever that
 * text becomes legible at a zoom readers offer (about 8×); a graph so large
 * that it would not is drawn as the canvas draws it from afar, which is
 * also many times faster.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <string.h>

#include "sw-graph-painter.h"
#include "sw-report-figure.h"

/* The width of the HTML report's text column, in CSS pixels (40rem). */
#define HTML_COLUMN_WIDTH 640.0

/* Below this scale a card's title stays too small to read even zoomed in eightfold. */
#define LEGIBLE_SCALE 0.05

static const char *
figure_kind_label (const char *kind,
                   gpointer    report)
{
  return sw_report_kind_label (report, kind);
}

static const char *
figure_status_label (SwNodeStatus status,
                     gpointer     report)
{
  return sw_report_status_label (report, status);
}

/* Cards name kinds and statuses in the report's language, as its text does. */
static const SwGraphPainterLabels figure_labels = {
  figure_kind_label,
  figure_status_label,
};

static SwGraphPainter *
figure_painter (SwReport   *report,
                GHashTable *positions,
                SwRect     *bounds)
{
  g_autoptr(SwGraphPainter) painter = sw_graph_painter_new (report->document);

  sw_graph_painter_set_language (painter, report->language);
  sw_graph_painter_set_labels (painter, &figure_labels, report);
  sw_graph_painter_set_link_labels (painter, SW_LINK_LABELS_NONE);
  if (report->scope != NULL)
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer node;

      g_hash_table_iter_init (&iter, report->scope);
      while (g_hash_table_iter_next (&iter, &node, NULL))
        g_ptr_array_add (nodes, node);
      sw_graph_painter_set_restriction (painter, nodes);
    }
  if (positions != NULL)
    {
      GHashTableIter iter;
      gpointer node, point;

      /* A layout for the page, not a drag: the cards lie flat. */
      sw_graph_painter_set_lift_drawn (painter, FALSE);
      g_hash_table_iter_init (&iter, positions);
      while (g_hash_table_iter_next (&iter, &node, &point))
        sw_graph_painter_set_drawn_position (painter, node, ((SwPoint *) point)->x,
                                             ((SwPoint *) point)->y);
    }

  if (!sw_graph_painter_get_bounds (painter, NULL, bounds))
    return NULL;

  bounds->x -= SW_REPORT_FIGURE_MARGIN;
  bounds->y -= SW_REPORT_FIGURE_MARGIN;
  bounds->width += 2 * SW_REPORT_FIGURE_MARGIN;
  bounds->height += 2 * SW_REPORT_FIGURE_MARGIN;
  return g_steal_pointer (&painter);
}

/* The size of the whole graph in document units; %FALSE when there is nothing to draw. */
gboolean
_sw_report_figure_get_size (SwReport   *report,
                            GHashTable *positions,
                            double     *width,
                            double     *height)
{
  SwRect bounds;
  g_autoptr(SwGraphPainter) painter = figure_painter (report, positions, &bounds);

  *width = bounds.width;
  *height = bounds.height;
  return painter != NULL;
}

/* The largest card of the figure, in document units. */
void
_sw_report_figure_card_size (SwReport *report,
                             double   *width,
                             double   *height)
{
  SwRect bounds;
  g_autoptr(SwGraphPainter) painter = figure_painter (report, NULL, &bounds);
  SwDocument *document = report->document;

  *width = *height = 0;
  for (guint i = 0; painter != NULL && i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      SwRect rect;

      if (report->scope != NULL && !g_hash_table_contains (report->scope, node))
        continue;
      sw_graph_painter_get_node_rect (painter, node, &rect);
      *width = MAX (*width, rect.width);
      *height = MAX (*height, rect.height);
    }
}

/*
 * Draws the graph scaled to fit @width × @height, centred, from the current
 * origin of @cr.  @seen_scale is how large one unit of @cr is when read (1
 * for a PDF in points), which decides how much detail is worth drawing.
 */
void
_sw_report_figure_draw (SwReport   *report,
                        GHashTable *positions,
                        cairo_t    *cr,
                        double      width,
                        double      height,
                        double      seen_scale)
{
  SwRect bounds;
  g_autoptr(SwGraphPainter) painter = figure_painter (report, positions, &bounds);
  double scale;

  if (painter == NULL)
    return;

  scale = MIN (width / bounds.width, height / bounds.height);
  cairo_save (cr);
  cairo_translate (cr, (width - bounds.width * scale) / 2, (height - bounds.height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds.x, -bounds.y);
  cairo_rectangle (cr, bounds.x, bounds.y, bounds.width, bounds.height);
  cairo_clip (cr);
  sw_graph_painter_paint_background (painter, cr, &bounds);
  /* Zoom 1 asks for full detail: the page is small but a reader zooms in. */
  sw_graph_painter_paint (painter, cr, NULL,
                          scale * seen_scale >= LEGIBLE_SCALE ? 1.0 : scale * seen_scale);
  cairo_restore (cr);
}

/**
 * _sw_report_figure_svg:
 *
 * The graph as the SVG export draws it, through the painter's own SVG pen:
 * cards' text stays text that can be selected, searched and read aloud,
 * and the file is far smaller than cairo's glyph outlines.  Wide bands are
 * folded to fit a column, as in the PDF.
 *
 * Returns: (transfer full) (nullable): the graph as an <svg> element to put
 *   inside HTML, without the XML declaration; %NULL when there is nothing to draw
 */
char *
_sw_report_figure_svg (SwReport *report)
{
  /* Folded to the shape of a text column, as the PDF's is to its page: a
   * wide strategy drawn as it lies would be a strip too thin to read. */
  g_autoptr(GHashTable) positions = _sw_report_figure_fit (report, HTML_COLUMN_WIDTH,
                                                           HTML_COLUMN_WIDTH * 1.25);
  SwRect bounds;
  g_autoptr(SwGraphPainter) painter = figure_painter (report, positions, &bounds);
  GString *svg;

  if (painter == NULL)
    return NULL;

  svg = g_string_new (NULL);
  sw_graph_painter_paint_svg (painter, svg, &bounds);
  g_assert (g_str_has_prefix (svg->str, "<svg"));
  g_string_insert (svg, strlen ("<svg"), " role=\"img\"");
  return g_string_free (svg, FALSE);
}
