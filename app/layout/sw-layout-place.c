/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * From the positions Graphviz computed to the places the nodes take on the
 * canvas: one shift for the whole result, then whole pixels.
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
 * arranged selection takes the place of the selection, centred where its
 * bounding box was.
 */
static void
shift_to_old_bounds (SwLayoutGraph *graph,
                     const double  *positions,
                     double        *dx,
                     double        *dy)
{
  Bounds old, new;

  bounds_init (&old);
  bounds_init (&new);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);

      bounds_add (&old, node->x, node->y);
      bounds_add (&new, positions[2 * i], positions[2 * i + 1]);
    }

  if (graph->whole_document)
    {
      *dx = old.min_x - new.min_x;
      *dy = old.min_y - new.min_y;
    }
  else
    {
      *dx = (old.min_x + old.max_x) / 2 - (new.min_x + new.max_x) / 2;
      *dy = (old.min_y + old.max_y) / 2 - (new.min_y + new.max_y) / 2;
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
  double dx, dy;

  if (graph->nodes->len == 0)
    return result;

  if (_sw_layout_graph_n_pinned (graph) > 0)
    shift_to_pins (graph, positions, &dx, &dy);
  else
    shift_to_old_bounds (graph, positions, &dx, &dy);

  /* One whole-pixel shift keeps the distances Graphviz chose between cards. */
  dx = round (dx);
  dy = round (dy);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const SwLayoutNode *node = &g_array_index (graph->nodes, SwLayoutNode, i);

      if (!node->pinned)
        _sw_layout_result_add (result, node->id,
                               round (positions[2 * i] + dx), round (positions[2 * i + 1] + dy));
    }

  return result;
}
