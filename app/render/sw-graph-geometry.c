/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The geometry of cards and links, shared by the painter, hit testing and
 * anything that needs to know where the canvas draws (exports, the layout).
 */
#include "config.h"

#include <math.h>

#include "sw-graph-geometry.h"

/* Segments a curve is cut into for hit testing: fine enough that the error
 * stays under a pixel for links a few hundred units long. */
#define CURVE_SAMPLES 24

void
sw_rect_init_card (SwRect *rect,
                   double  x,
                   double  y)
{
  rect->x = x - SW_CARD_WIDTH / 2;
  rect->y = y - SW_CARD_HEIGHT / 2;
  rect->width = SW_CARD_WIDTH;
  rect->height = SW_CARD_HEIGHT;
}

gboolean
sw_rect_intersects (const SwRect *a,
                    const SwRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
sw_rect_contains_point (const SwRect *rect,
                        double        x,
                        double        y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

gboolean
sw_rect_is_empty (const SwRect *rect)
{
  return rect->width <= 0 || rect->height <= 0;
}

/* An empty @dest takes @other as it is, so a union can start from zeros. */
void
sw_rect_union (SwRect       *dest,
               const SwRect *other)
{
  double x1, y1, x2, y2;

  if (sw_rect_is_empty (other))
    return;
  if (sw_rect_is_empty (dest))
    {
      *dest = *other;
      return;
    }
  x1 = MIN (dest->x, other->x);
  y1 = MIN (dest->y, other->y);
  x2 = MAX (dest->x + dest->width, other->x + other->width);
  y2 = MAX (dest->y + dest->height, other->y + other->height);
  dest->x = x1;
  dest->y = y1;
  dest->width = x2 - x1;
  dest->height = y2 - y1;
}

void
sw_rect_inflate (SwRect *rect,
                 double  amount)
{
  rect->x -= amount;
  rect->y -= amount;
  rect->width += 2 * amount;
  rect->height += 2 * amount;
}

/*
 * Links leave and enter cards through the sides facing each other: top and
 * bottom when the cards are further apart vertically (a hierarchy drawn in
 * bands), left and right otherwise.  Ends slide along the side towards the
 * other card so that several links meeting one card fan out instead of
 * piling up on one point.
 */
void
sw_curve_between_cards (SwCurve *curve,
                        double   from_x,
                        double   from_y,
                        double   to_x,
                        double   to_y)
{
  double dx = to_x - from_x;
  double dy = to_y - from_y;
  double gap_x = fabs (dx) - SW_CARD_WIDTH;
  double gap_y = fabs (dy) - SW_CARD_HEIGHT;

  if (gap_y >= 0 && gap_y * 2.5 >= gap_x)
    {
      double sy = dy > 0 ? 1 : -1;
      double slide = CLAMP (dx * 0.15, -SW_CARD_WIDTH / 3, SW_CARD_WIDTH / 3);
      double bend;

      curve->p0.x = from_x + slide;
      curve->p0.y = from_y + sy * SW_CARD_HEIGHT / 2;
      curve->tip.x = to_x - slide;
      curve->tip.y = to_y - sy * SW_CARD_HEIGHT / 2;
      curve->p3.x = curve->tip.x;
      curve->p3.y = curve->tip.y - sy * SW_ARROW_LENGTH;
      bend = MAX (24, fabs (curve->p3.y - curve->p0.y) * 0.5);
      curve->p1.x = curve->p0.x;
      curve->p1.y = curve->p0.y + sy * bend;
      curve->p2.x = curve->p3.x;
      curve->p2.y = curve->p3.y - sy * bend;
    }
  else
    {
      double sx = dx >= 0 ? 1 : -1;
      double slide = CLAMP (dy * 0.15, -SW_CARD_HEIGHT / 3, SW_CARD_HEIGHT / 3);
      double bend;

      curve->p0.x = from_x + sx * SW_CARD_WIDTH / 2;
      curve->p0.y = from_y + slide;
      curve->tip.x = to_x - sx * SW_CARD_WIDTH / 2;
      curve->tip.y = to_y - slide;
      curve->p3.x = curve->tip.x - sx * SW_ARROW_LENGTH;
      curve->p3.y = curve->tip.y;
      bend = MAX (24, fabs (curve->p3.x - curve->p0.x) * 0.5);
      curve->p1.x = curve->p0.x + sx * bend;
      curve->p1.y = curve->p0.y;
      curve->p2.x = curve->p3.x - sx * bend;
      curve->p2.y = curve->p3.y;
    }
}

/* A link being drawn by hand: from a card's edge to the pointer. */
void
sw_curve_to_point (SwCurve *curve,
                   double   from_x,
                   double   from_y,
                   double   to_x,
                   double   to_y)
{
  double dx = to_x - from_x;
  double dy = to_y - from_y;
  double length = hypot (dx, dy);
  double ux = length > 0 ? dx / length : 1;
  double uy = length > 0 ? dy / length : 0;
  double sx = dx >= 0 ? 1 : -1;
  double sy = dy >= 0 ? 1 : -1;

  /* Leave through the side the pointer is beyond. */
  if (fabs (dy) * SW_CARD_WIDTH > fabs (dx) * SW_CARD_HEIGHT)
    {
      curve->p0.x = from_x;
      curve->p0.y = from_y + sy * SW_CARD_HEIGHT / 2;
      curve->p1.x = curve->p0.x;
      curve->p1.y = curve->p0.y + sy * MAX (24, fabs (dy) * 0.4);
    }
  else
    {
      curve->p0.x = from_x + sx * SW_CARD_WIDTH / 2;
      curve->p0.y = from_y;
      curve->p1.x = curve->p0.x + sx * MAX (24, fabs (dx) * 0.4);
      curve->p1.y = curve->p0.y;
    }
  curve->tip.x = to_x;
  curve->tip.y = to_y;
  curve->p3.x = to_x - ux * SW_ARROW_LENGTH;
  curve->p3.y = to_y - uy * SW_ARROW_LENGTH;
  curve->p2.x = (curve->p1.x + curve->p3.x) / 2;
  curve->p2.y = (curve->p1.y + curve->p3.y) / 2;
}

void
sw_curve_point_at (const SwCurve *curve,
                   double         t,
                   SwPoint       *point)
{
  double u = 1 - t;
  double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;

  point->x = a * curve->p0.x + b * curve->p1.x + c * curve->p2.x + d * curve->p3.x;
  point->y = a * curve->p0.y + b * curve->p1.y + c * curve->p2.y + d * curve->p3.y;
}

/* The box of the control points holds the whole curve (a Bézier stays
 * inside their convex hull), which is all culling needs. */
void
sw_curve_get_bounds (const SwCurve *curve,
                     SwRect        *bounds)
{
  const SwPoint *points[] = { &curve->p0, &curve->p1, &curve->p2, &curve->p3, &curve->tip };
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      x1 = MIN (x1, points[i]->x);
      y1 = MIN (y1, points[i]->y);
      x2 = MAX (x2, points[i]->x);
      y2 = MAX (y2, points[i]->y);
    }
  bounds->x = x1;
  bounds->y = y1;
  /* A straight horizontal or vertical link still has an area to hit. */
  bounds->width = MAX (x2 - x1, 1);
  bounds->height = MAX (y2 - y1, 1);
}

static double
segment_distance (const SwPoint *a,
                  const SwPoint *b,
                  double         x,
                  double         y)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((x - a->x) * dx + (y - a->y) * dy) / length2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (x - (a->x + t * dx), y - (a->y + t * dy));
}

double
sw_curve_distance (const SwCurve *curve,
                   double         x,
                   double         y)
{
  SwPoint previous = curve->p0;
  double best = segment_distance (&curve->p3, &curve->tip, x, y);

  for (guint i = 1; i <= CURVE_SAMPLES; i++)
    {
      SwPoint point;

      sw_curve_point_at (curve, (double) i / CURVE_SAMPLES, &point);
      best = MIN (best, segment_distance (&previous, &point, x, y));
      previous = point;
    }

  return best;
}
