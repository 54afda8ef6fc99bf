/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph as a picture: SVG and PNG, drawn by the canvas's own painter,
 * so the file shows exactly the cards and links the window shows.  PNG is
 * drawn on a cairo image surface; SVG is written by the painter's SVG pen,
 * with text as <text> that can be selected and searched (cairo's SVG
 * surface would write every glyph as an outline: many times larger and
 * slower).  All text in the SVG is escaped.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sw-graph-files.h"
#include "sw-graph-painter.h"

/* Room around the cards, in document units, so that shadows and arrowheads are not cut. */
#define MARGIN 24.0

/* The largest PNG drawn: cairo's limit per side, and a bound on memory (4 bytes a pixel). */
#define MAX_PNG_SIDE   32767.0
#define MAX_PNG_PIXELS (256.0 * 1024 * 1024)

/* The painter set up as for the canvas, limited to @options' nodes, and what it covers. */
static SwGraphPainter *
make_painter (SwDocument            *document,
              const SwExportOptions *options,
              SwRect                *bounds)
{
  g_autoptr(SwGraphPainter) painter = sw_graph_painter_new (document);

  if (options != NULL)
    sw_graph_painter_set_language (painter, options->language);

  if (options != NULL && options->nodes != NULL)
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer node;

      g_hash_table_iter_init (&iter, options->nodes);
      while (g_hash_table_iter_next (&iter, &node, NULL))
        g_ptr_array_add (nodes, node);
      sw_graph_painter_set_restriction (painter, nodes);
    }

  /* Nothing to draw still makes a picture: an empty one. */
  if (!sw_graph_painter_get_bounds (painter, NULL, bounds))
    *bounds = (SwRect) { 0, 0, 0, 0 };

  bounds->x -= MARGIN;
  bounds->y -= MARGIN;
  bounds->width += 2 * MARGIN;
  bounds->height += 2 * MARGIN;

  return g_steal_pointer (&painter);
}

static void
paint (SwGraphPainter *painter,
       cairo_t        *cr,
       const SwRect   *bounds,
       double          zoom)
{
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -bounds->x, -bounds->y);
  sw_graph_painter_paint_background (painter, cr, bounds);
  /* An image: cards may be stamped, as on the canvas. */
  sw_graph_painter_set_raster_scale (painter, 1);
  sw_graph_painter_paint (painter, cr, NULL, zoom);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The picture could not be drawn: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

/**
 * sw_export_svg:
 *
 * Returns: (transfer full) (nullable): the graph as SVG, sized in pixels
 *   at zoom 1, or %NULL with @error set.
 */
GBytes *
sw_export_svg (SwDocument             *document,
               const SwExportOptions  *options,
               GCancellable           *cancellable,
               GError                **error)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(SwGraphPainter) painter = NULL;
  SwRect bounds;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  painter = make_painter (document, options, &bounds);
  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  sw_graph_painter_paint_svg (painter, out, &bounds);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * sw_export_png:
 *
 * Draws at @options->scale pixels per document pixel (1 when 0).
 *
 * Returns: (transfer full) (nullable): the graph as PNG, or %NULL with
 *   @error set, also when the picture would be too large to draw.
 */
GBytes *
sw_export_png (SwDocument             *document,
               const SwExportOptions  *options,
               GCancellable           *cancellable,
               GError                **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(SwGraphPainter) painter = NULL;
  double scale = options != NULL && options->scale > 0 ? options->scale : 1.0;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;
  SwRect bounds;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  painter = make_painter (document, options, &bounds);
  width = ceil (bounds.width * scale);
  height = ceil (bounds.height * scale);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE || width * height > MAX_PNG_PIXELS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("The picture would be %.0f × %.0f pixels, too large for PNG; choose a "
                     "smaller scale or export SVG"),
                   width, height);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  paint (painter, cr, &bounds, scale);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes, out);
  cairo_surface_destroy (surface);

  if (!check_status (status, error) || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
