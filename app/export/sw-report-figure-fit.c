/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The figure arranged afresh to suit the page.  A strategy laid out in
 * bands is as wide as its widest band: nineteen objectives side by side
 * make a graph six times wider than tall, which on a page is a thin strip
 * of unreadable cards, upright or turned.  Here each band keeps its place
 * and its order, but one that is too wide is folded onto several lines,
 * as many as make the whole figure fill the page best.  Only the figure
 * moves: the document keeps its positions.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <math.h>

#include "sw-graph-painter.h"
#include "sw-report-figure.h"

/* Folding must make the figure at least this much larger, or the document's own picture stays. */
#define WORTH_FOLDING 1.25

typedef struct
{
  SwNode *node;
  double  x;
  double  y;
} Card;

static int
compare_by_y (gconstpointer a,
              gconstpointer b)
{
  const Card *ca = a, *cb = b;

  if (ca->y != cb->y)
    return ca->y < cb->y ? -1 : 1;
  return ca->x < cb->x ? -1 : ca->x > cb->x;
}

static int
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const Card *ca = a, *cb = b;

  return ca->x < cb->x ? -1 : ca->x > cb->x;
}

/* The size of the figure with every band folded onto lines of at most @per_line cards. */
static void
folded_size (GArray *bands,
             guint   per_line,
             double  pitch_x,
             double  card_height,
             double  line_gap,
             double  band_gap,
             double *width,
             double *height)
{
  guint widest = 0;

  *height = 0;
  for (guint b = 0; b < bands->len; b++)
    {
      guint n = g_array_index (bands, guint, b);
      guint lines = (n + per_line - 1) / per_line;

      /* The cards are spread evenly over the lines: 19 on 2 lines are 10 and 9. */
      widest = MAX (widest, (n + lines - 1) / lines);
      *height += lines * card_height + (lines - 1) * line_gap + (b > 0 ? band_gap : 0);
    }
  *width = widest * pitch_x;
}

/**
 * _sw_report_figure_fit:
 * @box_width: the room for the figure on the page, in points
 * @box_height:
 *
 * Folds the figure's wide bands so that it fills a box of this shape best.
 *
 * Returns: (transfer full) (nullable): where to draw each node (SwNode → SwPoint),
 *   or %NULL when the document's own positions fill the box as well
 */
GHashTable *
_sw_report_figure_fit (SwReport *report,
                       double    box_width,
                       double    box_height)
{
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (Card));
  g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (guint));
  SwDocument *document = report->document;
  double width, height, card_width = 0, card_height = 0, pitch_x, line_gap, band_gap;
  double best_scale, own_scale, y;
  guint best = 0, widest = 0, first;
  GHashTable *positions;

  if (!_sw_report_figure_get_size (report, NULL, &width, &height))
    return NULL;
  own_scale = MIN (box_width / width, box_height / height);

  for (guint i = 0; i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      Card card = { node, sw_node_get_x (node), sw_node_get_y (node) };

      if (report->scope == NULL || g_hash_table_contains (report->scope, node))
        g_array_append_val (cards, card);
    }
  _sw_report_figure_card_size (report, &card_width, &card_height);
  if (cards->len < 2 || card_width <= 0 || card_height <= 0)
    return NULL;

  /* Bands: cards whose centres are less than half a card apart in height. */
  g_array_sort (cards, compare_by_y);
  first = 0;
  for (guint i = 1; i <= cards->len; i++)
    if (i == cards->len
        || g_array_index (cards, Card, i).y - g_array_index (cards, Card, first).y
           > card_height / 2)
      {
        guint n = i - first;

        g_array_append_val (bands, n);
        widest = MAX (widest, n);
        first = i;
      }

  pitch_x = card_width * 1.15;
  line_gap = card_height * 0.5;
  band_gap = card_height * 1.1;

  best_scale = 0;
  for (guint per_line = 1; per_line <= widest; per_line++)
    {
      double scale;

      folded_size (bands, per_line, pitch_x, card_height, line_gap, band_gap, &width, &height);
      scale = MIN (box_width / (width + 2 * SW_REPORT_FIGURE_MARGIN),
                   box_height / (height + 2 * SW_REPORT_FIGURE_MARGIN));
      if (scale > best_scale)
        {
          best_scale = scale;
          best = per_line;
        }
    }

  if (best == 0 || best >= widest || best_scale < WORTH_FOLDING * own_scale)
    return NULL;

  positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  y = card_height / 2;
  first = 0;
  for (guint b = 0; b < bands->len; b++)
    {
      guint n = g_array_index (bands, guint, b);
      guint lines = (n + best - 1) / best;
      guint per_line = (n + lines - 1) / lines;
      Card *band = &g_array_index (cards, Card, first);

      /* Left to right as in the document, line after line. */
      qsort (band, n, sizeof (Card), compare_by_x);
      for (guint i = 0; i < n; i++)
        {
          guint line = i / per_line;
          guint on_line = MIN (per_line, n - line * per_line);
          SwPoint *point = g_new (SwPoint, 1);

          /* Whole pixels, as the document keeps them. */
          point->x = round (((i % per_line) - (on_line - 1) / 2.0) * pitch_x);
          point->y = round (y + line * (card_height + line_gap));
          g_hash_table_insert (positions, band[i].node, point);
        }
      y += lines * card_height + (lines - 1) * line_gap + band_gap;
      first += n;
    }

  return positions;
}
