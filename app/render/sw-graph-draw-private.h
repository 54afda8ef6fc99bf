/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-graph-painter-private.h"
#include "sw-pen.h"

G_BEGIN_DECLS

/* The three levels of detail, from the lowest (see sw-graph-painter-draw.c). */
typedef enum
{
  SW_DETAIL_FILLS,
  SW_DETAIL_SIMPLE,
  SW_DETAIL_FULL,
} SwDetail;

/* Where the output's pixels lie: pixel = document unit * scale + x0. */
typedef struct
{
  /* Pixels per document unit; 0 when cards are drawn as shapes. */
  double scale;
  double x0;
  double y0;
} SwPixelGrid;

/* What every drawing function needs for one paint. */
typedef struct _SwDrawContext SwDrawContext;
struct _SwDrawContext
{
  SwGraphPainter  *self;
  SwPen           *pen;
  const SwPalette *palette;
  double           zoom;
  double           pixel;
  SwDetail         detail;
  /* What is drawn, with a margin; NULL when everything is. */
  const SwRect    *clip;
  /* Whether the output is pixels (not shapes), and where cards may be
   * stamped from bitmaps; see sw-graph-painter-stamps.c. */
  gboolean         raster;
  SwPixelGrid      grid;
};

/* Draws a card's look, described by @look, at @card. */
typedef void (*SwDrawLookFunc) (SwDrawContext *ctx,
                                gconstpointer  look,
                                const SwRect  *card);

/* A link in the visible area, with its curve and how to draw it. */
typedef struct
{
  SwLink            *link;
  SwCurve            curve;
  const SwKindStyle *style;
  gboolean           dimmed;
  gboolean           highlighted;
} SwVisibleLink;

GArray  *_sw_draw_collect_links     (SwDrawContext *ctx,
                                     const SwRect  *visible);
void     _sw_draw_link_batches      (SwDrawContext *ctx,
                                     GArray        *links);
void     _sw_draw_highlighted_links (SwDrawContext *ctx,
                                     GArray        *links);
void     _sw_draw_link_labels       (SwDrawContext *ctx,
                                     GArray        *links);

void     _sw_draw_prepare_raster    (SwDrawContext *ctx);
void     _sw_draw_snap_to_pixels    (const SwDrawContext *ctx,
                                     SwRect        *rect);
void     _sw_draw_stamp             (SwDrawContext  *ctx,
                                     SwKindStyle    *style,
                                     guint           key,
                                     const SwRect   *card,
                                     SwDrawLookFunc  draw,
                                     gconstpointer   look);

G_END_DECLS
