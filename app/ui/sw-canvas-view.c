/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The canvas's view of the document: which part shows, at what zoom, and
 * the conversions between widget and document coordinates.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <math.h>

#include "sw-canvas-private.h"

/* Zoom in and out by this factor per step. */
#define ZOOM_STEP       1.25
/* Space left around the graph by Zoom to Fit, in pixels. */
#define FIT_MARGIN      48.0

void
_sw_canvas_widget_to_document (SwCanvas *self,
                               double    x,
                               double    y,
                               double   *doc_x,
                               double   *doc_y)
{
  *doc_x = self->origin_x + x / self->zoom;
  *doc_y = self->origin_y + y / self->zoom;
}

void
sw_canvas_get_visible_rect (SwCanvas *self,
                            SwRect   *rect)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  rect->x = self->origin_x;
  rect->y = self->origin_y;
  rect->width = gtk_widget_get_width (GTK_WIDGET (self)) / self->zoom;
  rect->height = gtk_widget_get_height (GTK_WIDGET (self)) / self->zoom;
}

void
_sw_canvas_get_node_widget_rect (SwCanvas     *self,
                                 SwNode       *node,
                                 GdkRectangle *rect)
{
  SwRect card;

  sw_graph_painter_get_node_rect (self->painter, node, &card);
  rect->x = floor ((card.x - self->origin_x) * self->zoom);
  rect->y = floor ((card.y - self->origin_y) * self->zoom);
  rect->width = ceil (card.width * self->zoom);
  rect->height = ceil (card.height * self->zoom);
}

double
sw_canvas_get_zoom (SwCanvas *self)
{
  g_return_val_if_fail (SW_IS_CANVAS (self), 1);

  return self->zoom;
}

/* Zooms keeping the document point under @widget_x, @widget_y in place. */
void
_sw_canvas_zoom_at (SwCanvas *self,
                    double    zoom,
                    double    widget_x,
                    double    widget_y)
{
  double doc_x, doc_y;

  zoom = CLAMP (zoom, SW_CANVAS_MIN_ZOOM, SW_CANVAS_MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  _sw_canvas_widget_to_document (self, widget_x, widget_y, &doc_x, &doc_y);
  self->zoom = zoom;
  self->origin_x = doc_x - widget_x / zoom;
  self->origin_y = doc_y - widget_y / zoom;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _sw_canvas_notify_zoom (self);
}

/* Scrolls by @dx, @dy widget pixels. */
void
_sw_canvas_pan (SwCanvas *self,
                double    dx,
                double    dy)
{
  self->origin_x += dx / self->zoom;
  self->origin_y += dy / self->zoom;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zooms about the centre of the canvas. */
void
sw_canvas_set_zoom (SwCanvas *self,
                    double    zoom)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  _sw_canvas_zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                      gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
sw_canvas_zoom_in (SwCanvas *self)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  sw_canvas_set_zoom (self, self->zoom * ZOOM_STEP);
}

void
sw_canvas_zoom_out (SwCanvas *self)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  sw_canvas_set_zoom (self, self->zoom / ZOOM_STEP);
}

void
sw_canvas_zoom_reset (SwCanvas *self)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  sw_canvas_set_zoom (self, 1);
}

/* Shows the whole graph, never larger than its natural size. */
void
sw_canvas_zoom_fit (SwCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double zoom;
  SwRect bounds;

  g_return_if_fail (SW_IS_CANVAS (self));

  if (width <= 0 || height <= 0)
    {
      self->fit_pending = TRUE;
      return;
    }
  if (!sw_graph_painter_get_bounds (self->painter, NULL, &bounds))
    bounds = (SwRect) { -width / 2.0, -height / 2.0, width, height };

  zoom = MIN ((width - 2 * FIT_MARGIN) / bounds.width, (height - 2 * FIT_MARGIN) / bounds.height);
  zoom = CLAMP (zoom, SW_CANVAS_MIN_ZOOM, 1);
  self->origin_x = bounds.x + bounds.width / 2 - width / zoom / 2;
  self->origin_y = bounds.y + bounds.height / 2 - height / zoom / 2;
  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      _sw_canvas_notify_zoom (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * sw_canvas_center_on_node:
 *
 * Scrolls so that @node is in the middle, zooming in first if cards are
 * too small to read.
 */
void
sw_canvas_center_on_node (SwCanvas *self,
                          SwNode   *node)
{
  double x, y;

  g_return_if_fail (SW_IS_CANVAS (self));
  g_return_if_fail (SW_IS_NODE (node));

  if (self->zoom < SW_ZOOM_SIMPLE)
    {
      self->zoom = 1;
      _sw_canvas_notify_zoom (self);
    }
  sw_graph_painter_get_drawn_position (self->painter, node, &x, &y);
  self->origin_x = x - gtk_widget_get_width (GTK_WIDGET (self)) / self->zoom / 2;
  self->origin_y = y - gtk_widget_get_height (GTK_WIDGET (self)) / self->zoom / 2;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Brings @node into view if any of its card is outside it. */
void
_sw_canvas_scroll_to_node (SwCanvas *self,
                           SwNode   *node)
{
  SwRect visible, card;

  sw_canvas_get_visible_rect (self, &visible);
  sw_graph_painter_get_node_rect (self->painter, node, &card);
  if (card.x < visible.x || card.y < visible.y || card.x + card.width > visible.x + visible.width
      || card.y + card.height > visible.y + visible.height)
    sw_canvas_center_on_node (self, node);
}
