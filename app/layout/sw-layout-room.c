/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Room for an arranged selection among the cards around it.  The layout
 * places the selection's cards as a block where the selection was, with no
 * regard to the other cards, so the block may cover some.  It is then
 * moved, as one piece so the layout keeps its shape, by the shortest shift
 * after which none of its cards comes closer to another card than the gap.
 *
 * A shift t is refused when some arranged card a and other card o overlap,
 * |a.x + t.x - o.x| < W and |a.y + t.y - o.y| < H (W and H a card's size
 * with the gap), so the refused shifts are a union of open rectangles, one
 * per pair of cards.  The nearest allowed shift lies on the edge of one of
 * them or is no shift at all: its x is 0 or a rectangle's left or right
 * side (else it could come closer to 0 along x and stay allowed).  So each
 * of those x is tried, and along each the y nearest 0 outside the
 * rectangles it crosses is found by merging their spans.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include <math.h>

#include "sw-layout-private.h"

/* Two cards whose centres are closer than both of these come within the gap of each other. */
#define SPACING_X (SW_LAYOUT_CARD_WIDTH + SW_LAYOUT_GAP)
#define SPACING_Y (SW_LAYOUT_CARD_HEIGHT + SW_LAYOUT_GAP)

/* The centre of a rectangle of refused shifts; it reaches SPACING_X and SPACING_Y either side. */
typedef struct
{
  double x;
  double y;
} Refused;

typedef struct
{
  double start;
  double end;
} Span;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = fabs (*(const double *) a);
  double db = fabs (*(const double *) b);

  return da < db ? -1 : da > db;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  double sa = ((const Span *) a)->start;
  double sb = ((const Span *) b)->start;

  return sa < sb ? -1 : sa > sb;
}

/*
 * The y nearest 0 outside the open @spans.  Spans that overlap make one;
 * spans that only touch leave their common end allowed.
 */
static double
nearest_free_y (GArray *spans)
{
  double start, end;

  g_array_sort (spans, compare_spans);
  for (guint i = 0; i < spans->len;)
    {
      start = g_array_index (spans, Span, i).start;
      end = g_array_index (spans, Span, i).end;
      for (i++; i < spans->len && g_array_index (spans, Span, i).start < end; i++)
        end = MAX (end, g_array_index (spans, Span, i).end);

      if (start < 0 && 0 < end)
        return -start < end ? start : end;
    }

  return 0;
}

/*
 * A shift that is always allowed: the whole block beside every other card,
 * on whichever of the four sides is nearest.  It bounds the search.
 */
static double
shift_bound (SwLayoutGraph *graph,
             const double  *x,
             const double  *y)
{
  double block_min_x = INFINITY, block_max_x = -INFINITY, block_min_y = INFINITY, block_max_y = -INFINITY;
  double other_min_x = INFINITY, other_max_x = -INFINITY, other_min_y = INFINITY, other_max_y = -INFINITY;
  guint n_nodes = graph->nodes->len;

  for (guint i = 0; i < n_nodes; i++)
    {
      block_min_x = MIN (block_min_x, x[i]);
      block_max_x = MAX (block_max_x, x[i]);
      block_min_y = MIN (block_min_y, y[i]);
      block_max_y = MAX (block_max_y, y[i]);
    }
  for (guint i = 0; i < graph->others->len; i++)
    {
      other_min_x = MIN (other_min_x, x[n_nodes + i]);
      other_max_x = MAX (other_max_x, x[n_nodes + i]);
      other_min_y = MIN (other_min_y, y[n_nodes + i]);
      other_max_y = MAX (other_max_y, y[n_nodes + i]);
    }

  return MIN (MIN (fabs (other_max_x + SPACING_X - block_min_x), fabs (block_max_x + SPACING_X - other_min_x)),
              MIN (fabs (other_max_y + SPACING_Y - block_min_y), fabs (block_max_y + SPACING_Y - other_min_y)));
}

/*
 * The rectangles of refused shifts within @bound of no shift: pairs of
 * cards further apart than that can never meet on the way.
 */
static GArray *
refused_shifts (SwLayoutGraph *graph,
                const double  *x,
                const double  *y,
                double         bound)
{
  GArray *refused = g_array_new (FALSE, FALSE, sizeof (Refused));
  guint n_nodes = graph->nodes->len;

  for (guint i = 0; i < n_nodes; i++)
    {
      for (guint j = n_nodes; j < n_nodes + graph->others->len; j++)
        {
          Refused shift = { x[j] - x[i], y[j] - y[i] };

          if (fabs (shift.x) - SPACING_X <= bound && fabs (shift.y) - SPACING_Y <= bound)
            g_array_append_val (refused, shift);
        }
    }

  return refused;
}

/**
 * _sw_layout_find_room:
 * @x: (array): the centres of the arranged nodes, whole pixels, then those
 *   of the other cards; the first ones move
 * @y: (array): likewise
 *
 * Moves the arranged nodes, all by the same shift and as little as
 * possible, so that none covers another card.
 */
void
_sw_layout_find_room (SwLayoutGraph *graph,
                      double        *x,
                      double        *y)
{
  double bound = shift_bound (graph, x, y);
  g_autoptr(GArray) refused = refused_shifts (graph, x, y, bound);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  double best_x = 0, best_y = 0, best = INFINITY;
  double zero = 0;

  g_array_append_val (columns, zero);
  for (guint i = 0; i < refused->len; i++)
    {
      const Refused *shift = &g_array_index (refused, Refused, i);
      double left = shift->x - SPACING_X;
      double right = shift->x + SPACING_X;

      g_array_append_val (columns, left);
      g_array_append_val (columns, right);
    }
  g_array_sort (columns, compare_doubles);

  /* Nearest columns first: once a column is further than the best shift, none can beat it. */
  for (guint c = 0; c < columns->len; c++)
    {
      double column = g_array_index (columns, double, c);
      double row;

      if (fabs (column) >= best)
        break;

      g_array_set_size (spans, 0);
      for (guint i = 0; i < refused->len; i++)
        {
          const Refused *shift = &g_array_index (refused, Refused, i);

          if (fabs (column - shift->x) < SPACING_X)
            {
              Span span = { shift->y - SPACING_Y, shift->y + SPACING_Y };

              g_array_append_val (spans, span);
            }
        }

      row = nearest_free_y (spans);
      if (hypot (column, row) < best)
        {
          best = hypot (column, row);
          best_x = column;
          best_y = row;
        }
    }

  /* Within the bound, some shift was allowed: at worst the one the bound names. */
  g_return_if_fail (best <= bound + 1);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      x[i] += best_x;
      y[i] += best_y;
    }
}
