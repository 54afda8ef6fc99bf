/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Cards stamped from bitmaps.  Most of a card's look (its shadow, body,
 * kind label and status badge) is the same for every card of one kind and
 * status at one zoom, yet filling those antialiased rounded shapes card by
 * card took more than half of a frame of a large document.  When the
 * painter draws to pixels (sw_graph_painter_set_raster_scale()), it draws
 * each look once into a small image at the output's resolution and stamps
 * it at whole pixels, which cairo turns into a plain copy.  Vector outputs
 * (SVG, PDF, printing) keep drawing the shapes.
 *
 * Each kind's style keeps its stamps, so they go with it whenever its
 * colours or its label change (language, palette, font, the kinds
 * themselves); they are redrawn when the scale changes.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <math.h>

#include "sw-graph-draw-private.h"

/* Around the card: its shadow reaches 3 units out and 7 below. */
#define STAMP_MARGIN 8.0

/* Beyond this scale few cards fit in view, and stamps would grow large. */
#define MAX_STAMP_SCALE 2.5

/*
 * Decides whether this paint draws pixels: the pen draws with cairo, on a
 * painter told it draws to pixels, to a surface that is not a vector one.
 * Then whether cards can be stamped: through a transform that only scales
 * (uniformly) and moves, at a detail that draws cards.  Records where the
 * output's pixel grid lies in document units.
 */
void
_sw_draw_prepare_raster (SwDrawContext *ctx)
{
  SwGraphPainter *self = ctx->self;
  cairo_t *cr = sw_pen_get_cairo (ctx->pen);
  cairo_surface_t *target;
  cairo_matrix_t matrix;
  double device_x, device_y, offset_x, offset_y;

  ctx->raster = FALSE;
  ctx->grid.scale = 0;
  if (cr == NULL || self->raster_scale <= 0)
    return;

  target = cairo_get_group_target (cr);
  switch (cairo_surface_get_type (target))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return;
    default:
      break;
    }
  ctx->raster = TRUE;

  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_device_scale (target, &device_x, &device_y);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  if (ctx->detail == SW_DETAIL_FILLS || matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0
      || fabs (matrix.xx - matrix.yy) > 1e-9 * matrix.xx || device_x != device_y)
    return;

  ctx->grid.scale = matrix.xx * device_x * self->raster_scale;
  ctx->grid.x0 = (matrix.x0 * device_x + offset_x) * self->raster_scale;
  ctx->grid.y0 = (matrix.y0 * device_y + offset_y) * self->raster_scale;
  if (ctx->grid.scale > MAX_STAMP_SCALE)
    ctx->grid.scale = 0;
}

/* Moves @rect's corner to the nearest output pixel. */
void
_sw_draw_snap_to_pixels (const SwDrawContext *ctx,
                         SwRect              *rect)
{
  const SwPixelGrid *grid = &ctx->grid;

  rect->x = (round (rect->x * grid->scale + grid->x0) - grid->x0) / grid->scale;
  rect->y = (round (rect->y * grid->scale + grid->y0) - grid->y0) / grid->scale;
}

static cairo_surface_t *
make_stamp (SwDrawContext  *ctx,
            SwDrawLookFunc  draw,
            gconstpointer   look)
{
  double scale = ctx->grid.scale;
  int margin = ceil (STAMP_MARGIN * scale);
  cairo_surface_t *stamp = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                       ceil (SW_CARD_WIDTH * scale) + 2 * margin,
                                                       ceil (SW_CARD_HEIGHT * scale) + 2 * margin);
  cairo_t *cr = cairo_create (stamp);
  SwCairoPen pen;
  SwDrawContext stamp_ctx = *ctx;

  cairo_translate (cr, margin, margin);
  cairo_scale (cr, scale, scale);
  sw_cairo_pen_init (&pen, cr);
  stamp_ctx.pen = &pen.parent;
  stamp_ctx.clip = NULL;
  stamp_ctx.grid.scale = 0;
  draw (&stamp_ctx, look, &(SwRect) { 0, 0, SW_CARD_WIDTH, SW_CARD_HEIGHT });
  cairo_destroy (cr);

  /* One unit of the stamp is as many pixels as one of the output. */
  cairo_surface_set_device_scale (stamp, scale, scale);

  return stamp;
}

/*
 * Draws a card's look at @card (already on the pixel grid) from the stamp
 * @style keeps under @key, drawing the stamp first if needed.
 */
void
_sw_draw_stamp (SwDrawContext  *ctx,
                SwKindStyle    *style,
                guint           key,
                const SwRect   *card,
                SwDrawLookFunc  draw,
                gconstpointer   look)
{
  cairo_t *cr = sw_pen_get_cairo (ctx->pen);
  double scale = ctx->grid.scale;
  double margin = ceil (STAMP_MARGIN * scale) / scale;
  cairo_surface_t *stamp;

  if (style->stamps == NULL)
    style->stamps = g_hash_table_new_full (NULL, NULL, NULL,
                                           (GDestroyNotify) cairo_surface_destroy);
  if (style->stamp_scale != scale)
    {
      g_hash_table_remove_all (style->stamps);
      style->stamp_scale = scale;
    }

  stamp = g_hash_table_lookup (style->stamps, GUINT_TO_POINTER (key));
  if (stamp == NULL)
    {
      stamp = make_stamp (ctx, draw, look);
      g_hash_table_insert (style->stamps, GUINT_TO_POINTER (key), stamp);
    }

  cairo_save (cr);
  cairo_set_source_surface (cr, stamp, card->x - margin, card->y - margin);
  cairo_rectangle (cr, card->x - margin, card->y - margin,
                   cairo_image_surface_get_width (stamp) / scale,
                   cairo_image_surface_get_height (stamp) / scale);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Frees every stamp, when the painter no longer draws at their scale. */
void
_sw_graph_painter_drop_stamps (SwGraphPainter *self)
{
  GHashTableIter iter;
  SwKindStyle *style;

  g_hash_table_iter_init (&iter, self->node_kinds);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &style))
    g_clear_pointer (&style->stamps, g_hash_table_unref);
}

/* How many stamps the painter keeps, for tests. */
guint
_sw_graph_painter_count_stamps (SwGraphPainter *self,
                                double         *scale)
{
  GHashTableIter iter;
  SwKindStyle *style;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->node_kinds);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &style))
    if (style->stamps != NULL && g_hash_table_size (style->stamps) > 0)
      {
        n += g_hash_table_size (style->stamps);
        if (scale != NULL)
          *scale = style->stamp_scale;
      }

  return n;
}
