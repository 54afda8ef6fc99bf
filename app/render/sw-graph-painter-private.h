/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "sw-graph-painter.h"
#include "sw-graph-palette.h"
#include "sw-pen.h"

G_BEGIN_DECLS

/* What the painter keeps per node: its cached title and where it sits in
 * the grid and the drawing order. */
typedef struct
{
  SwNode      *node;
  PangoLayout *title;
  gboolean     title_fallback;
  gboolean     rtl;
  guint        order;
  guint        stamp;
} SwNodeInfo;

/* A kind's colours for the current palette, its label's layout, and its
 * cards' looks as bitmaps at one scale (see sw-graph-painter-stamps.c).
 * Kinds are drawn in the order of their rank, the order they were first
 * met in, which is the document's: never in the order of their addresses,
 * which changes from run to run. */
typedef struct
{
  SwColor      color;
  SwColor      text;
  SwColor      fill;
  SwLinkStyle  style;
  guint        rank;
  PangoLayout *label;
  PangoLayout *short_label;
  GHashTable  *stamps;
  double       stamp_scale;
} SwKindStyle;

struct _SwGraphPainter
{
  GObject       parent_instance;

  SwDocument   *document;
  char         *language;
  gboolean      dark;
  char         *font_family;
  SwLinkLabels  link_labels;
  double        raster_scale;
  GHashTable   *restriction;

  GHashTable   *selected;
  SwNode       *focus;
  gboolean      focus_visible;
  GHashTable   *dimmed;
  SwNode       *hover_node;
  SwNode       *handle_node;
  SwLink       *hover_link;
  GHashTable   *selected_links;
  GHashTable   *drawn_positions;
  gboolean      lift_drawn;
  SwGraphPainterLabels labels;
  gpointer      labels_data;

  PangoContext *pango;
  GHashTable   *infos;
  GHashTable   *node_kinds;
  GHashTable   *link_kinds;
  PangoLayout  *status_layouts[SW_N_NODE_STATUSES];

  GHashTable   *grid;
  gboolean      grid_dirty;
  guint         stamp;

  guint         n_drawn_nodes;
  guint         n_drawn_links;
};

/* Cards faded this much when a filter leaves them out. */
#define SW_DIMMED_ALPHA 0.22

/* The handle for drawing links: a circle on the card's trailing edge. */
#define SW_HANDLE_RADIUS 6.5

void               _sw_graph_painter_emit_changed     (SwGraphPainter *self);
SwNodeInfo        *_sw_graph_painter_get_info         (SwGraphPainter *self,
                                                       SwNode         *node);
const char        *_sw_graph_painter_get_language     (SwGraphPainter *self);
void               _sw_graph_painter_set_text         (PangoLayout    *layout,
                                                       const char     *text);
PangoLayout       *_sw_graph_painter_get_title        (SwGraphPainter *self,
                                                       SwNodeInfo     *info);
SwKindStyle       *_sw_graph_painter_get_node_kind    (SwGraphPainter *self,
                                                       const char     *kind);
const SwKindStyle *_sw_graph_painter_get_link_kind    (SwGraphPainter *self,
                                                       const char     *kind);
PangoLayout       *_sw_graph_painter_get_status       (SwGraphPainter *self,
                                                       SwNodeStatus    status);
PangoLayout       *_sw_graph_painter_new_layout       (SwGraphPainter *self,
                                                       double          size,
                                                       PangoWeight     weight);
gboolean           _sw_graph_painter_is_shown         (SwGraphPainter *self,
                                                       SwNode         *node);
void               _sw_graph_painter_get_position     (SwGraphPainter *self,
                                                       SwNode         *node,
                                                       double         *x,
                                                       double         *y);
gboolean           _sw_graph_painter_get_link_curve   (SwGraphPainter *self,
                                                       SwLink         *link,
                                                       SwCurve        *curve);

/* sw-graph-painter-grid.c */
void               _sw_graph_painter_grid_invalidate  (SwGraphPainter *self);
GPtrArray         *_sw_graph_painter_visible_nodes    (SwGraphPainter *self,
                                                       const SwRect   *visible);

/* sw-graph-painter-stamps.c */
void               _sw_graph_painter_drop_stamps      (SwGraphPainter *self);
guint              _sw_graph_painter_count_stamps     (SwGraphPainter *self,
                                                       double         *scale);

/* sw-graph-painter-draw.c */
void               _sw_graph_painter_draw             (SwGraphPainter *self,
                                                       SwPen          *pen,
                                                       const SwRect   *visible,
                                                       double          zoom);

G_END_DECLS
