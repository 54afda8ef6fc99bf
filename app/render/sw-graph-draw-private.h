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

/* What every drawing function needs for one paint. */
typedef struct
{
  SwGraphPainter  *self;
  SwPen           *pen;
  const SwPalette *palette;
  double           zoom;
  double           pixel;
  SwDetail         detail;
  /* What is drawn, with a margin; NULL when everything is. */
  const SwRect    *clip;
} SwDrawContext;

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

G_END_DECLS
