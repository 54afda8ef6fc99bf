/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-document.h"
#include "sw-graph-painter.h"
#include "sw-selection.h"

G_BEGIN_DECLS

#define SW_TYPE_CANVAS (sw_canvas_get_type ())

/* Zoom limits; 1 draws cards at their natural size. */
#define SW_CANVAS_MIN_ZOOM 0.02
#define SW_CANVAS_MAX_ZOOM 4.0

G_DECLARE_FINAL_TYPE (SwCanvas, sw_canvas, SW, CANVAS, GtkWidget)

GtkWidget      *sw_canvas_new               (void);

SwDocument     *sw_canvas_get_document      (SwCanvas    *self);
void            sw_canvas_set_document      (SwCanvas    *self,
                                             SwDocument  *document);
SwSelection    *sw_canvas_get_selection     (SwCanvas    *self);
void            sw_canvas_set_selection     (SwCanvas    *self,
                                             SwSelection *selection);
const char     *sw_canvas_get_language      (SwCanvas    *self);
void            sw_canvas_set_language      (SwCanvas    *self,
                                             const char  *language);
void            sw_canvas_set_dimmed        (SwCanvas    *self,
                                             GHashTable  *nodes);
gboolean        sw_canvas_get_show_minimap  (SwCanvas    *self);
void            sw_canvas_set_show_minimap  (SwCanvas    *self,
                                             gboolean     show_minimap);
SwGraphPainter *sw_canvas_get_painter       (SwCanvas    *self);

/* The view */
double          sw_canvas_get_zoom          (SwCanvas    *self);
void            sw_canvas_set_zoom          (SwCanvas    *self,
                                             double       zoom);
void            sw_canvas_zoom_in           (SwCanvas    *self);
void            sw_canvas_zoom_out          (SwCanvas    *self);
void            sw_canvas_zoom_reset        (SwCanvas    *self);
void            sw_canvas_zoom_fit          (SwCanvas    *self);
void            sw_canvas_center_on_node    (SwCanvas    *self,
                                             SwNode      *node);
void            sw_canvas_get_visible_rect  (SwCanvas    *self,
                                             SwRect      *rect);

/* Editing, as the pointer and keyboard gestures do it */
SwNode         *sw_canvas_add_node          (SwCanvas    *self,
                                             const char  *kind,
                                             gboolean     near_focus,
                                             double       x,
                                             double       y);
gboolean        sw_canvas_link_nodes        (SwCanvas    *self,
                                             SwNode      *from,
                                             SwNode      *to);
void            sw_canvas_start_rename      (SwCanvas    *self);

G_END_DECLS
