/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sw-document.h"
#include "sw-graph-geometry.h"

G_BEGIN_DECLS

#define SW_TYPE_GRAPH_PAINTER (sw_graph_painter_get_type ())
#define SW_TYPE_LINK_LABELS   (sw_link_labels_get_type ())

/* When link labels are drawn. */
typedef enum
{
  SW_LINK_LABELS_NONE,
  SW_LINK_LABELS_HIGHLIGHTED,   /* hovered or selected links */
  SW_LINK_LABELS_ALL,
} SwLinkLabels;

GType sw_link_labels_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (SwGraphPainter, sw_graph_painter, SW, GRAPH_PAINTER, GObject)

SwGraphPainter *sw_graph_painter_new                 (SwDocument      *document);

/* What is drawn and how */
SwDocument     *sw_graph_painter_get_document        (SwGraphPainter  *self);
void            sw_graph_painter_set_document        (SwGraphPainter  *self,
                                                      SwDocument      *document);
const char     *sw_graph_painter_get_language        (SwGraphPainter  *self);
void            sw_graph_painter_set_language        (SwGraphPainter  *self,
                                                      const char      *language);
gboolean        sw_graph_painter_get_dark            (SwGraphPainter  *self);
void            sw_graph_painter_set_dark            (SwGraphPainter  *self,
                                                      gboolean         dark);
const char     *sw_graph_painter_get_font_family     (SwGraphPainter  *self);
void            sw_graph_painter_set_font_family     (SwGraphPainter  *self,
                                                      const char      *family);
SwLinkLabels    sw_graph_painter_get_link_labels     (SwGraphPainter  *self);
void            sw_graph_painter_set_link_labels     (SwGraphPainter  *self,
                                                      SwLinkLabels     link_labels);
double          sw_graph_painter_get_raster_scale    (SwGraphPainter  *self);
void            sw_graph_painter_set_raster_scale    (SwGraphPainter  *self,
                                                      double           scale);
void            sw_graph_painter_set_restriction     (SwGraphPainter  *self,
                                                      GPtrArray       *nodes);

/* State shown on the cards: selection, focus, hover, filters */
void            sw_graph_painter_set_selection       (SwGraphPainter  *self,
                                                      GPtrArray       *nodes,
                                                      SwNode          *focus);
void            sw_graph_painter_set_focus_visible   (SwGraphPainter  *self,
                                                      gboolean         focus_visible);
void            sw_graph_painter_set_dimmed          (SwGraphPainter  *self,
                                                      GHashTable      *nodes);
void            sw_graph_painter_set_hover_node      (SwGraphPainter  *self,
                                                      SwNode          *node);
void            sw_graph_painter_set_handle_node     (SwGraphPainter  *self,
                                                      SwNode          *node);
void            sw_graph_painter_set_hover_link      (SwGraphPainter  *self,
                                                      SwLink          *link);
void            sw_graph_painter_set_selected_link   (SwGraphPainter  *self,
                                                      SwLink          *link);
void            sw_graph_painter_set_selected_links  (SwGraphPainter  *self,
                                                      GPtrArray       *links);

/**
 * SwGraphPainterLabels:
 * @kind_label: (nullable): the words for the node kind @kind on its cards,
 *   or %NULL for the document's label in the painter's language
 * @status_label: (nullable): the name of @status on badges, or %NULL for the
 *   interface's
 *
 * Words the painter writes on cards besides the document's text, for
 * drawings in another language than the interface's, such as a report's.
 * Either function may be %NULL.
 */
typedef struct
{
  const char *(*kind_label)   (const char    *kind,
                               gpointer       user_data);
  const char *(*status_label) (SwNodeStatus   status,
                               gpointer       user_data);
} SwGraphPainterLabels;

void            sw_graph_painter_set_labels          (SwGraphPainter  *self,
                                                      const SwGraphPainterLabels *labels,
                                                      gpointer         user_data);

/* Positions drawn instead of the document's, while dragging or gliding */
void            sw_graph_painter_set_drawn_position  (SwGraphPainter  *self,
                                                      SwNode          *node,
                                                      double           x,
                                                      double           y);
void            sw_graph_painter_clear_drawn_positions (SwGraphPainter *self);
void            sw_graph_painter_set_lift_drawn      (SwGraphPainter  *self,
                                                      gboolean         lift);
void            sw_graph_painter_get_drawn_position  (SwGraphPainter  *self,
                                                      SwNode          *node,
                                                      double          *x,
                                                      double          *y);

/* Drawing */
void            sw_graph_painter_paint_background    (SwGraphPainter  *self,
                                                      cairo_t         *cr,
                                                      const SwRect    *area);
void            sw_graph_painter_paint               (SwGraphPainter  *self,
                                                      cairo_t         *cr,
                                                      const SwRect    *visible,
                                                      double           zoom);
void            sw_graph_painter_paint_svg           (SwGraphPainter  *self,
                                                      GString         *out,
                                                      const SwRect    *area);
void            sw_graph_painter_paint_pending_link  (SwGraphPainter  *self,
                                                      cairo_t         *cr,
                                                      SwNode          *from,
                                                      double           x,
                                                      double           y,
                                                      gboolean         accepted,
                                                      double           zoom);
void            sw_graph_painter_paint_rubber_band   (SwGraphPainter  *self,
                                                      cairo_t         *cr,
                                                      const SwRect    *rect,
                                                      double           zoom);

/* Geometry and hit testing, in document coordinates */
void            sw_graph_painter_get_node_rect       (SwGraphPainter  *self,
                                                      SwNode          *node,
                                                      SwRect          *rect);
gboolean        sw_graph_painter_get_bounds          (SwGraphPainter  *self,
                                                      GPtrArray       *nodes,
                                                      SwRect          *bounds);
SwNode         *sw_graph_painter_node_at             (SwGraphPainter  *self,
                                                      double           x,
                                                      double           y);
SwLink         *sw_graph_painter_link_at             (SwGraphPainter  *self,
                                                      double           x,
                                                      double           y,
                                                      double           tolerance);
gboolean        sw_graph_painter_handle_at           (SwGraphPainter  *self,
                                                      SwNode          *node,
                                                      double           x,
                                                      double           y,
                                                      double           zoom);
void            sw_graph_painter_get_handle_position (SwGraphPainter  *self,
                                                      SwNode          *node,
                                                      double          *x,
                                                      double          *y);
GPtrArray      *sw_graph_painter_nodes_in_rect       (SwGraphPainter  *self,
                                                      const SwRect    *rect);

/* How much the last paint drew, for tests and measurements */
guint           sw_graph_painter_get_n_drawn_nodes   (SwGraphPainter  *self);
guint           sw_graph_painter_get_n_drawn_links   (SwGraphPainter  *self);

G_END_DECLS
