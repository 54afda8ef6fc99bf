/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every card has the same size in document units (pixels at zoom 1); a
 * node's x/y is the centre of its card. */
#define SW_CARD_WIDTH   220.0
#define SW_CARD_HEIGHT   90.0
#define SW_CARD_RADIUS   12.0

/* Below these zoom levels the painter draws less (see sw-graph-painter.c). */
#define SW_ZOOM_SIMPLE  0.45
#define SW_ZOOM_FILLS   0.2

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SwRect;

typedef struct
{
  double x;
  double y;
} SwPoint;

/* The length of a link's arrowhead, in document units. */
#define SW_ARROW_LENGTH 11.0

/* A link's curve: a cubic Bézier from p0 to p3, then the arrowhead from p3
 * (its base) to tip, on the edge of the target card. */
typedef struct
{
  SwPoint p0;
  SwPoint p1;
  SwPoint p2;
  SwPoint p3;
  SwPoint tip;
} SwCurve;

void      sw_rect_init_card       (SwRect        *rect,
                                   double         x,
                                   double         y);
gboolean  sw_rect_intersects      (const SwRect  *a,
                                   const SwRect  *b);
gboolean  sw_rect_contains_point  (const SwRect  *rect,
                                   double         x,
                                   double         y);
void      sw_rect_union           (SwRect        *dest,
                                   const SwRect  *other);
void      sw_rect_inflate         (SwRect        *rect,
                                   double         amount);
gboolean  sw_rect_is_empty        (const SwRect  *rect);

void      sw_curve_between_cards  (SwCurve       *curve,
                                   double         from_x,
                                   double         from_y,
                                   double         to_x,
                                   double         to_y);
void      sw_curve_to_point       (SwCurve       *curve,
                                   double         from_x,
                                   double         from_y,
                                   double         to_x,
                                   double         to_y);
void      sw_curve_point_at       (const SwCurve *curve,
                                   double         t,
                                   SwPoint       *point);
void      sw_curve_get_bounds     (const SwCurve *curve,
                                   SwRect        *bounds);
double    sw_curve_distance       (const SwCurve *curve,
                                   double         x,
                                   double         y);

G_END_DECLS
