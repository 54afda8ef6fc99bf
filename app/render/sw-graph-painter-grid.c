/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where things are: a spatial grid of the cards, so that drawing and hit
 * testing touch only the nodes near the visible area or the pointer, which
 * keeps a document of thousands of nodes as quick as a small one.
 *
 * The grid holds the document's positions and is rebuilt lazily after nodes
 * are added, removed or moved.  Nodes with a drawn position (being dragged
 * or gliding) are few and are checked one by one instead.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <math.h>

#include "sw-graph-painter-private.h"

/* About two cards wide: a card touches at most four cells. */
#define CELL_SIZE 512.0

static gint64
cell_key (gint64 column,
          gint64 row)
{
  /* Shift as unsigned: shifting a negative column is undefined behaviour. */
  return (gint64) (((guint64) column << 32) ^ ((guint64) row & 0xffffffff));
}

static void
grid_add (GHashTable *grid,
          gint64      column,
          gint64      row,
          SwNodeInfo *info)
{
  gint64 key = cell_key (column, row);
  GPtrArray *cell = g_hash_table_lookup (grid, &key);

  if (cell == NULL)
    {
      cell = g_ptr_array_new ();
      g_hash_table_insert (grid, g_memdup2 (&key, sizeof key), cell);
    }
  g_ptr_array_add (cell, info);
}

void
_sw_graph_painter_grid_invalidate (SwGraphPainter *self)
{
  self->grid_dirty = TRUE;
}

static void
ensure_grid (SwGraphPainter *self)
{
  guint n_nodes;

  if (!self->grid_dirty)
    return;

  if (self->grid == NULL)
    self->grid = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  g_hash_table_remove_all (self->grid);

  n_nodes = self->document != NULL ? sw_document_get_n_nodes (self->document) : 0;
  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (self->document, i);
      SwNodeInfo *info = _sw_graph_painter_get_info (self, node);
      SwRect rect;

      info->order = i;
      sw_rect_init_card (&rect, sw_node_get_x (node), sw_node_get_y (node));
      for (gint64 column = floor (rect.x / CELL_SIZE);
           column <= floor ((rect.x + rect.width) / CELL_SIZE); column++)
        for (gint64 row = floor (rect.y / CELL_SIZE);
             row <= floor ((rect.y + rect.height) / CELL_SIZE); row++)
          grid_add (self->grid, column, row, info);
    }

  self->grid_dirty = FALSE;
}

/* How many grid cells @rect spans. */
static double
grid_cells (const SwRect *rect)
{
  return (floor ((rect->x + rect->width) / CELL_SIZE) - floor (rect->x / CELL_SIZE) + 1)
         * (floor ((rect->y + rect->height) / CELL_SIZE) - floor (rect->y / CELL_SIZE) + 1);
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const SwNodeInfo *info_a = *(SwNodeInfo **) a;
  const SwNodeInfo *info_b = *(SwNodeInfo **) b;

  return (info_a->order > info_b->order) - (info_a->order < info_b->order);
}

static void
add_if_visible (SwGraphPainter *self,
                GPtrArray      *result,
                SwNodeInfo     *info,
                const SwRect   *visible)
{
  SwRect rect;
  double x, y;

  if (info->stamp == self->stamp || !_sw_graph_painter_is_shown (self, info->node))
    return;
  info->stamp = self->stamp;
  _sw_graph_painter_get_position (self, info->node, &x, &y);
  sw_rect_init_card (&rect, x, y);
  if (visible == NULL || sw_rect_intersects (&rect, visible))
    g_ptr_array_add (result, info);
}

/*
 * The nodes whose cards meet @visible (all if %NULL), in drawing order:
 * document order, with nodes at a drawn position last, so that what is
 * being dragged stays on top.
 */
GPtrArray *
_sw_graph_painter_visible_nodes (SwGraphPainter *self,
                                 const SwRect   *visible)
{
  GPtrArray *result = g_ptr_array_new ();
  GHashTableIter iter;
  SwNode *node;
  guint n_moving;
  gboolean sorted = FALSE;

  ensure_grid (self);
  self->stamp++;

  /* Moving nodes are taken first, so the grid's stale entries for them are
   * skipped by their stamp. */
  g_hash_table_iter_init (&iter, self->drawn_positions);
  while (g_hash_table_iter_next (&iter, (gpointer *) &node, NULL))
    add_if_visible (self, result, _sw_graph_painter_get_info (self, node), visible);
  n_moving = result->len;

  if (visible == NULL || grid_cells (visible) > g_hash_table_size (self->grid))
    {
      /* Most of the document is in view: walking it in order is quicker
       * than walking the grid, and needs no sorting. */
      for (guint i = 0; i < sw_document_get_n_nodes (self->document); i++)
        add_if_visible (self, result,
                        _sw_graph_painter_get_info (self, sw_document_get_node (self->document, i)),
                        visible);
      sorted = TRUE;
    }
  else
    {
      gint64 first_column = floor (visible->x / CELL_SIZE);
      gint64 last_column = floor ((visible->x + visible->width) / CELL_SIZE);
      gint64 first_row = floor (visible->y / CELL_SIZE);
      gint64 last_row = floor ((visible->y + visible->height) / CELL_SIZE);

      for (gint64 column = first_column; column <= last_column; column++)
        for (gint64 row = first_row; row <= last_row; row++)
          {
            gint64 key = cell_key (column, row);
            GPtrArray *cell = g_hash_table_lookup (self->grid, &key);

            for (guint i = 0; cell != NULL && i < cell->len; i++)
              add_if_visible (self, result, g_ptr_array_index (cell, i), visible);
          }
    }

  /* Moving nodes go last: move them behind the others, each part in order. */
  if (n_moving > 0)
    {
      g_autoptr(GPtrArray) moving = g_ptr_array_new ();

      for (guint i = 0; i < n_moving; i++)
        g_ptr_array_add (moving, g_ptr_array_index (result, i));
      g_ptr_array_remove_range (result, 0, n_moving);
      if (!sorted)
        g_ptr_array_sort (result, compare_order);
      g_ptr_array_sort (moving, compare_order);
      g_ptr_array_extend (result, moving, NULL, NULL);
    }
  else if (!sorted)
    {
      g_ptr_array_sort (result, compare_order);
    }

  return result;
}

/**
 * sw_graph_painter_get_node_rect:
 * @rect: (out): the card of @node where it is drawn, in document coordinates
 */
void
sw_graph_painter_get_node_rect (SwGraphPainter *self,
                                SwNode         *node,
                                SwRect         *rect)
{
  double x, y;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (SW_IS_NODE (node));

  _sw_graph_painter_get_position (self, node, &x, &y);
  sw_rect_init_card (rect, x, y);
}

/**
 * sw_graph_painter_get_bounds:
 * @nodes: (nullable) (element-type SwNode): the nodes to bound; %NULL for
 *   all the nodes drawn
 * @bounds: (out): the smallest rectangle holding their cards
 *
 * Returns: %FALSE if there is nothing to bound
 */
gboolean
sw_graph_painter_get_bounds (SwGraphPainter *self,
                             GPtrArray      *nodes,
                             SwRect         *bounds)
{
  guint n;

  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  *bounds = (SwRect) { 0, 0, 0, 0 };
  if (self->document == NULL)
    return FALSE;

  n = nodes != NULL ? nodes->len : sw_document_get_n_nodes (self->document);
  for (guint i = 0; i < n; i++)
    {
      SwNode *node = nodes != NULL ? g_ptr_array_index (nodes, i)
                                   : sw_document_get_node (self->document, i);
      SwRect rect;

      if (nodes == NULL && !_sw_graph_painter_is_shown (self, node))
        continue;
      sw_graph_painter_get_node_rect (self, node, &rect);
      sw_rect_union (bounds, &rect);
    }

  return !sw_rect_is_empty (bounds);
}

/**
 * sw_graph_painter_node_at:
 *
 * Returns: (transfer none) (nullable): the topmost node drawn at @x, @y
 */
SwNode *
sw_graph_painter_node_at (SwGraphPainter *self,
                          double          x,
                          double          y)
{
  g_autoptr(GPtrArray) nodes = NULL;
  SwRect point = { x, y, 1e-6, 1e-6 };

  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), NULL);

  if (self->document == NULL)
    return NULL;

  nodes = _sw_graph_painter_visible_nodes (self, &point);
  for (guint i = nodes->len; i > 0; i--)
    {
      SwNodeInfo *info = g_ptr_array_index (nodes, i - 1);
      SwRect rect;

      sw_graph_painter_get_node_rect (self, info->node, &rect);
      if (sw_rect_contains_point (&rect, x, y))
        return info->node;
    }

  return NULL;
}

/**
 * sw_graph_painter_link_at:
 * @tolerance: how far from the curve still counts, in document units
 *
 * Returns: (transfer none) (nullable): the link drawn nearest to @x, @y
 *   within @tolerance
 */
SwLink *
sw_graph_painter_link_at (SwGraphPainter *self,
                          double          x,
                          double          y,
                          double          tolerance)
{
  SwLink *best = NULL;
  double best_distance = tolerance;

  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), NULL);

  if (self->document == NULL)
    return NULL;

  for (guint i = 0; i < sw_document_get_n_links (self->document); i++)
    {
      SwLink *link = sw_document_get_link (self->document, i);
      SwCurve curve;
      SwRect bounds;
      double distance;

      if (!_sw_graph_painter_get_link_curve (self, link, &curve))
        continue;
      sw_curve_get_bounds (&curve, &bounds);
      sw_rect_inflate (&bounds, tolerance);
      if (!sw_rect_contains_point (&bounds, x, y))
        continue;
      distance = sw_curve_distance (&curve, x, y);
      if (distance <= best_distance)
        {
          best = link;
          best_distance = distance;
        }
    }

  return best;
}

/**
 * sw_graph_painter_get_handle_position:
 * @x: (out): the centre of @node's link handle
 * @y: (out):
 *
 * The handle sits on the card's trailing edge: the right one, or the left
 * one for a right-to-left title.
 */
void
sw_graph_painter_get_handle_position (SwGraphPainter *self,
                                      SwNode         *node,
                                      double         *x,
                                      double         *y)
{
  SwNodeInfo *info;
  double cx, cy;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (SW_IS_NODE (node));

  info = _sw_graph_painter_get_info (self, node);
  _sw_graph_painter_get_title (self, info);
  _sw_graph_painter_get_position (self, node, &cx, &cy);
  *x = cx + (info->rtl ? -1 : 1) * SW_CARD_WIDTH / 2;
  *y = cy;
}

/* The handle keeps a comfortable size on screen at any zoom. */
gboolean
sw_graph_painter_handle_at (SwGraphPainter *self,
                            SwNode         *node,
                            double          x,
                            double          y,
                            double          zoom)
{
  double hx, hy;
  double radius = MAX (SW_HANDLE_RADIUS + 3, 10 / zoom);

  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), FALSE);
  g_return_val_if_fail (SW_IS_NODE (node), FALSE);

  sw_graph_painter_get_handle_position (self, node, &hx, &hy);
  return hypot (x - hx, y - hy) <= radius;
}

/**
 * sw_graph_painter_nodes_in_rect:
 *
 * Returns: (transfer container) (element-type SwNode): the nodes whose
 *   cards meet @rect, in document order
 */
GPtrArray *
sw_graph_painter_nodes_in_rect (SwGraphPainter *self,
                                const SwRect   *rect)
{
  g_autoptr(GPtrArray) infos = NULL;
  GPtrArray *nodes = g_ptr_array_new ();

  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), nodes);
  g_return_val_if_fail (rect != NULL, nodes);

  if (self->document == NULL)
    return nodes;

  infos = _sw_graph_painter_visible_nodes (self, rect);
  g_ptr_array_sort (infos, compare_order);
  for (guint i = 0; i < infos->len; i++)
    g_ptr_array_add (nodes, ((SwNodeInfo *) g_ptr_array_index (infos, i))->node);

  return nodes;
}
