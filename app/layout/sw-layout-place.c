/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * From the positions Graphviz computed to the places the nodes take on the
 * canvas: one shift for the whole result, pins and other cards kept clear,
 * then whole pixels.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include <math.h>

#include "sw-layout-private.h"

typedef struct
{
  double min_x, min_y, max_x, max_y;
} Bounds;

static void
bounds_init (Bounds *bounds)
{
  bounds->min_x = bounds->min_y = INFINITY;
  bounds->max_x = bounds->max_y = -INFINITY;
}

static void
bounds_add (Bounds *bounds,
            double  x,
            double  y)
{
  bounds->min_x = MIN (bounds->min_x, x);
  bounds->min_y = MIN (bounds->min_y, y);
  bounds->max_x = MAX (bounds->max_x, x);
  bounds->max_y = MAX (bounds->max_y, y);
}

/*
 * Pinned nodes stay where they are, so the result is shifted to sit around
 * them.  `neato` honours pins itself, but moves the whole drawing about
 * (and prism's overlap removal spreads it), and `dot` cannot pin at all:
 * it ranks and orders every node by itself.  So pinned nodes take part in
 * the layout like the others, then return to their places, and the rest is
 * shifted by the mean of the pinned nodes' offsets, the shift that moves
 * them least on average (least squares).  With one pinned node the layout
 * is built around it exactly; with several in places that disagree with
 * the layout, they keep their places and the layout sits between them.
 */
static void
shift_to_pins (SwLayoutGraph *graph,
               const double  *positions,
               double        *dx,
               double        *dy)
{
  guint n_pinned = 0;

  *dx = *dy = 0;
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);

      if (!node->pinned)
        continue;
      *dx += node->x - positions[2 * i];
      *dy += node->y - positions[2 * i + 1];
      n_pinned++;
    }

  *dx /= n_pinned;
  *dy /= n_pinned;
}

/*
 * Without pins, an arranged document keeps its top left corner, so that a
 * second Arrange changes nothing and the view does not jump far; an
 * arranged selection takes the place of the selection, its centroid where
 * the selection's was (and then moves aside if it covers other cards, see
 * sw-layout-room.c).
 */
static void
shift_to_old_bounds (SwLayoutGraph *graph,
                     const double  *positions,
                     double        *dx,
                     double        *dy)
{
  guint n_nodes = graph->nodes->len;
  Bounds old, new;

  bounds_init (&old);
  bounds_init (&new);
  *dx = *dy = 0;
  for (guint i = 0; i < n_nodes; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);

      bounds_add (&old, node->x, node->y);
      bounds_add (&new, positions[2 * i], positions[2 * i + 1]);
      *dx += node->x - positions[2 * i];
      *dy += node->y - positions[2 * i + 1];
    }

  if (graph->whole_document)
    {
      *dx = old.min_x - new.min_x;
      *dy = old.min_y - new.min_y;
    }
  else
    {
      /* The mean offset moves the new centroid onto the old one. */
      *dx /= n_nodes;
      *dy /= n_nodes;
    }
}

/* Pushes spread by at most one card per round; a band of thousands needs no more. */
#define MAX_ROUNDS 500

typedef struct
{
  SwLayoutGraph  *graph;
  double         *x;
  double         *y;
  const gboolean *fixed;
  guint          *by_x;
} Separation;

static int
compare_by_x (const void *a,
              const void *b,
              void       *user_data)
{
  const Separation *sep = user_data;
  double xa = sep->x[*(const guint *) a];
  double xb = sep->x[*(const guint *) b];

  if (xa != xb)
    return xa < xb ? -1 : 1;

  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static gboolean
is_pinned (Separation *sep,
           guint       i)
{
  return sep->fixed[i];
}

/*
 * Moves @a and @b apart if their cards (with the gap) overlap: only
 * sideways in layered mode, so bands stay bands, else along the shorter
 * way out.  A pinned card, or one that is not arranged, does not move;
 * two cards that are not pinned share the move.
 */
static gboolean
push_apart (Separation *sep,
            guint       a,
            guint       b)
{
  double dx = sep->x[b] - sep->x[a];
  double dy = sep->y[b] - sep->y[a];
  double over_x = SW_LAYOUT_CARD_WIDTH + SW_LAYOUT_GAP - fabs (dx);
  double over_y = SW_LAYOUT_CARD_HEIGHT + SW_LAYOUT_GAP - fabs (dy);
  gboolean sideways = sep->graph->mode == SW_LAYOUT_MODE_LAYERED || over_x <= over_y;
  double *coords = sideways ? sep->x : sep->y;
  double over = sideways ? over_x : over_y;
  double direction = (sideways ? dx : dy) >= 0 ? 1 : -1;
  double share_a = is_pinned (sep, a) ? 0 : is_pinned (sep, b) ? 1 : 0.5;

  if (over_x <= 0 || over_y <= 0 || (is_pinned (sep, a) && is_pinned (sep, b)))
    return FALSE;

  coords[a] -= direction * over * share_a;
  coords[b] += direction * over * (1 - share_a);

  return TRUE;
}

/*
 * The layout keeps its cards apart, but pinned cards return to their own
 * places after it and may land on others.  Those are pushed off, and the
 * cards they land on in turn, round after round, until nothing overlaps.
 * An arranged selection cannot move aside as a block when pins hold it,
 * so its cards are pushed off the cards around it the same way: @x and @y
 * hold the arranged nodes, then (@n_cards of them) the others, which stay.
 * Each round sorts by x and compares only cards less than a card apart.
 */
static void
separate_from_pins (SwLayoutGraph *graph,
                    double        *x,
                    double        *y,
                    guint          n_cards)
{
  guint n_nodes = graph->nodes->len;
  g_autofree guint *by_x = g_new (guint, n_cards);
  g_autofree gboolean *fixed = g_new (gboolean, n_cards);
  Separation sep = { graph, x, y, fixed, by_x };

  for (guint i = 0; i < n_cards; i++)
    {
      by_x[i] = i;
      fixed[i] = i >= n_nodes || g_array_index (graph->nodes, SwLayoutNode, i).pinned;
    }

  for (guint round = 0; round < MAX_ROUNDS; round++)
    {
      gboolean moved = FALSE;

      g_qsort_with_data (by_x, n_cards, sizeof by_x[0], compare_by_x, &sep);
      for (guint i = 0; i < n_cards; i++)
        {
          for (guint j = i + 1; j < n_cards; j++)
            {
              if (x[by_x[j]] - x[by_x[i]] >= SW_LAYOUT_CARD_WIDTH + SW_LAYOUT_GAP)
                break;
              moved |= push_apart (&sep, by_x[i], by_x[j]);
            }
        }
      if (!moved)
        return;
    }
}

/**
 * _sw_layout_place:
 * @positions: two doubles per node of @graph, as _sw_layout_graph_run() gave them
 *
 * Returns: (transfer full): the new centres of the nodes that are not pinned.
 */
SwLayoutResult *
_sw_layout_place (SwLayoutGraph *graph,
                  const double  *positions)
{
  SwLayoutResult *result = _sw_layout_result_new (graph->mode);
  guint n_cards = graph->nodes->len + graph->others->len;
  g_autofree double *x = g_new (double, n_cards + 1);
  g_autofree double *y = g_new (double, n_cards + 1);
  gboolean pinned = _sw_layout_graph_n_pinned (graph) > 0;
  double dx, dy;

  if (graph->nodes->len == 0)
    return result;

  if (pinned)
    shift_to_pins (graph, positions, &dx, &dy);
  else
    shift_to_old_bounds (graph, positions, &dx, &dy);

  /* One whole-pixel shift keeps the distances Graphviz chose between cards. */
  dx = round (dx);
  dy = round (dy);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);

      x[i] = node->pinned ? node->x : positions[2 * i] + dx;
      y[i] = node->pinned ? node->y : positions[2 * i + 1] + dy;
    }
  for (guint i = 0; i < graph->others->len; i++)
    {
      x[graph->nodes->len + i] = g_array_index (graph->others, SwLayoutCard, i).x;
      y[graph->nodes->len + i] = g_array_index (graph->others, SwLayoutCard, i).y;
    }

  if (pinned)
    separate_from_pins (graph, x, y, n_cards);
  else if (graph->others->len > 0)
    {
      /* Whole pixels first, so that the shift found keeps the gap to the pixel. */
      for (guint i = 0; i < graph->nodes->len; i++)
        {
          x[i] = round (x[i]);
          y[i] = round (y[i]);
        }
      _sw_layout_find_room (graph, x, y);
    }

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);

      if (!node->pinned)
        _sw_layout_result_add (result, node->id, round (x[i]), round (y[i]));
    }

  return result;
}
