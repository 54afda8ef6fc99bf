/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The minimap: the whole graph in a corner of the canvas, with the part
 * the canvas shows outlined.  A click or a drag in it moves the view.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <math.h>

#include "sw-canvas-private.h"

#define MINIMAP_WIDTH   220.0
#define MINIMAP_HEIGHT  150.0
#define MINIMAP_MARGIN  12.0

void
_sw_canvas_queue_minimap (SwCanvas *self)
{
  self->minimap_dirty = TRUE;
  if (self->show_minimap)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The minimap's frame in widget coordinates, and the scale it draws at. */
static gboolean
get_minimap_frame (SwCanvas *self,
                   SwRect   *frame,
                   SwRect   *bounds,
                   double   *scale)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!self->show_minimap || self->document == NULL
      || width < 3 * MINIMAP_WIDTH || height < 2.5 * MINIMAP_HEIGHT
      || !sw_graph_painter_get_bounds (self->painter, NULL, bounds))
    return FALSE;

  sw_rect_inflate (bounds, 60);
  *scale = MIN (MINIMAP_WIDTH / bounds->width, MINIMAP_HEIGHT / bounds->height);
  frame->width = bounds->width * *scale;
  frame->height = bounds->height * *scale;
  frame->x = width - MINIMAP_MARGIN - frame->width;
  frame->y = height - MINIMAP_MARGIN - frame->height;
  return TRUE;
}

gboolean
_sw_canvas_minimap_at (SwCanvas *self,
                       double    x,
                       double    y)
{
  SwRect frame, bounds;
  double scale;

  return get_minimap_frame (self, &frame, &bounds, &scale) && sw_rect_contains_point (&frame, x, y);
}

/* Centres the view on the document point under @x, @y in the minimap. */
void
_sw_canvas_minimap_navigate (SwCanvas *self,
                             double    x,
                             double    y)
{
  SwRect frame, bounds;
  double scale;

  if (!get_minimap_frame (self, &frame, &bounds, &scale))
    return;
  x = CLAMP (x, frame.x, frame.x + frame.width);
  y = CLAMP (y, frame.y, frame.y + frame.height);
  self->origin_x = bounds.x + (x - frame.x) / scale
                   - gtk_widget_get_width (GTK_WIDGET (self)) / self->zoom / 2;
  self->origin_y = bounds.y + (y - frame.y) / scale
                   - gtk_widget_get_height (GTK_WIDGET (self)) / self->zoom / 2;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The graph is drawn into an image once per change, not once per frame. */
static void
render_minimap (SwCanvas     *self,
                const SwRect *frame,
                const SwRect *bounds,
                double        scale)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_t *cr;

  g_clear_pointer (&self->minimap_surface, cairo_surface_destroy);
  self->minimap_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      ceil (frame->width * factor),
                                                      ceil (frame->height * factor));
  cairo_surface_set_device_scale (self->minimap_surface, factor, factor);
  cr = cairo_create (self->minimap_surface);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds->x, -bounds->y);
  sw_graph_painter_paint_background (self->painter, cr, bounds);
  sw_graph_painter_paint (self->painter, cr, bounds, scale);
  cairo_destroy (cr);
  self->minimap_dirty = FALSE;
}

void
_sw_canvas_draw_minimap (SwCanvas *self,
              cairo_t  *cr)
{
  SwRect frame, bounds, visible;
  double scale;
  gboolean dark = sw_graph_painter_get_dark (self->painter);

  if (!get_minimap_frame (self, &frame, &bounds, &scale))
    return;
  if (self->minimap_dirty || self->minimap_surface == NULL
      || fabs (cairo_image_surface_get_width (self->minimap_surface)
               - ceil (frame.width * gtk_widget_get_scale_factor (GTK_WIDGET (self)))) > 1)
    render_minimap (self, &frame, &bounds, scale);

  cairo_save (cr);
  cairo_rectangle (cr, frame.x - 1, frame.y - 1, frame.width + 2, frame.height + 2);
  cairo_set_source_rgba (cr, 0, 0, 0, dark ? 0.5 : 0.15);
  cairo_fill (cr);
  cairo_set_source_surface (cr, self->minimap_surface, frame.x, frame.y);
  cairo_paint_with_alpha (cr, 0.95);

  /* The part of the document the canvas shows. */
  sw_canvas_get_visible_rect (self, &visible);
  cairo_rectangle (cr, frame.x, frame.y, frame.width, frame.height);
  cairo_clip (cr);
  cairo_rectangle (cr, frame.x + (visible.x - bounds.x) * scale,
                   frame.y + (visible.y - bounds.y) * scale,
                   visible.width * scale, visible.height * scale);
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.15);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.9);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}
