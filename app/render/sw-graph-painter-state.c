/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the painter shows besides the document: the selection, the focus,
 * hover, filters, a restriction to some nodes, and positions drawn instead of
 * the document's while a drag or a glide is under way.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include "sw-graph-painter-private.h"

static GHashTable *
node_set_from_array (GPtrArray *nodes)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; nodes != NULL && i < nodes->len; i++)
    g_hash_table_add (set, g_ptr_array_index (nodes, i));

  return set;
}

#define DEFINE_POINTER_SETTER(name, type, field)                 \
  void                                                           \
  sw_graph_painter_set_##name (SwGraphPainter *self,             \
                               type           *value)            \
  {                                                              \
    g_return_if_fail (SW_IS_GRAPH_PAINTER (self));               \
                                                                 \
    if (self->field == value)                                    \
      return;                                                    \
    self->field = value;                                         \
    _sw_graph_painter_emit_changed (self);                       \
  }

DEFINE_POINTER_SETTER (hover_node, SwNode, hover_node)
DEFINE_POINTER_SETTER (handle_node, SwNode, handle_node)
DEFINE_POINTER_SETTER (hover_link, SwLink, hover_link)

/**
 * sw_graph_painter_set_selected_links:
 * @links: (nullable) (element-type SwLink): the selected links
 *
 * Selected links are drawn with a halo and, when asked, their label.
 */
void
sw_graph_painter_set_selected_links (SwGraphPainter *self,
                                     GPtrArray      *links)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  g_hash_table_remove_all (self->selected_links);
  for (guint i = 0; links != NULL && i < links->len; i++)
    g_hash_table_add (self->selected_links, g_ptr_array_index (links, i));
  _sw_graph_painter_emit_changed (self);
}

/* Selects @link alone, or no link if %NULL. */
void
sw_graph_painter_set_selected_link (SwGraphPainter *self,
                                    SwLink         *link)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new ();

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  if (link != NULL)
    g_ptr_array_add (links, link);
  sw_graph_painter_set_selected_links (self, links);
}

/**
 * sw_graph_painter_set_restriction:
 * @nodes: (nullable) (element-type SwNode): the only nodes to draw, or %NULL
 *
 * Restricts drawing, bounds and hit testing to @nodes and the links between
 * them, as when exporting a selection.
 */
void
sw_graph_painter_set_restriction (SwGraphPainter *self,
                                  GPtrArray      *nodes)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  g_clear_pointer (&self->restriction, g_hash_table_unref);
  if (nodes != NULL)
    self->restriction = node_set_from_array (nodes);
  _sw_graph_painter_emit_changed (self);
}

/**
 * sw_graph_painter_set_selection:
 * @nodes: (nullable) (element-type SwNode): the selected nodes
 * @focus: (nullable): the focused node, which gets the focus ring
 */
void
sw_graph_painter_set_selection (SwGraphPainter *self,
                                GPtrArray      *nodes,
                                SwNode         *focus)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  g_hash_table_remove_all (self->selected);
  for (guint i = 0; nodes != NULL && i < nodes->len; i++)
    g_hash_table_add (self->selected, g_ptr_array_index (nodes, i));
  self->focus = focus;
  _sw_graph_painter_emit_changed (self);
}

/* Whether the focus ring is drawn: only while the canvas has the keyboard
 * focus, as GTK draws focus rings. */
void
sw_graph_painter_set_focus_visible (SwGraphPainter *self,
                                    gboolean        focus_visible)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  focus_visible = !!focus_visible;
  if (self->focus_visible == focus_visible)
    return;
  self->focus_visible = focus_visible;
  _sw_graph_painter_emit_changed (self);
}

/**
 * sw_graph_painter_set_dimmed:
 * @nodes: (nullable): a set of #SwNode to fade (keys), or %NULL for none
 *
 * Fades the nodes a filter leaves out, and the links that touch them.
 */
void
sw_graph_painter_set_dimmed (SwGraphPainter *self,
                             GHashTable     *nodes)
{
  GHashTableIter iter;
  gpointer node;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  g_hash_table_remove_all (self->dimmed);
  if (nodes != NULL)
    {
      g_hash_table_iter_init (&iter, nodes);
      while (g_hash_table_iter_next (&iter, &node, NULL))
        g_hash_table_add (self->dimmed, node);
    }
  _sw_graph_painter_emit_changed (self);
}

/*
 * Drawn positions stand in for the document's while a drag is under way
 * (the document is only told on release, as one undo step) and while nodes
 * glide to places the document already holds.
 */
void
sw_graph_painter_set_drawn_position (SwGraphPainter *self,
                                     SwNode         *node,
                                     double          x,
                                     double          y)
{
  SwPoint *point;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (SW_IS_NODE (node));

  point = g_hash_table_lookup (self->drawn_positions, node);
  if (point == NULL)
    {
      point = g_new (SwPoint, 1);
      g_hash_table_insert (self->drawn_positions, node, point);
    }
  point->x = x;
  point->y = y;
  _sw_graph_painter_emit_changed (self);
}

void
sw_graph_painter_clear_drawn_positions (SwGraphPainter *self)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  if (g_hash_table_size (self->drawn_positions) == 0)
    return;
  g_hash_table_remove_all (self->drawn_positions);
  _sw_graph_painter_emit_changed (self);
}

/**
 * sw_graph_painter_set_lift_drawn:
 * @lift: whether cards at drawn positions look lifted
 *
 * Cards at drawn positions are being dragged or are gliding: by default
 * they are drawn on top with a deeper shadow.  A drawing that uses drawn
 * positions to lay the graph out afresh, as a report's figure does, turns
 * that off.
 */
void
sw_graph_painter_set_lift_drawn (SwGraphPainter *self,
                                 gboolean        lift)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  lift = !!lift;
  if (self->lift_drawn == lift)
    return;
  self->lift_drawn = lift;
  _sw_graph_painter_emit_changed (self);
}

/* Where @node is drawn: its drawn position if it has one, else the document's. */
void
sw_graph_painter_get_drawn_position (SwGraphPainter *self,
                                     SwNode         *node,
                                     double         *x,
                                     double         *y)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (SW_IS_NODE (node));

  _sw_graph_painter_get_position (self, node, x, y);
}

void
_sw_graph_painter_get_position (SwGraphPainter *self,
                                SwNode         *node,
                                double         *x,
                                double         *y)
{
  SwPoint *point = NULL;

  if (g_hash_table_size (self->drawn_positions) > 0)
    point = g_hash_table_lookup (self->drawn_positions, node);
  *x = point != NULL ? point->x : sw_node_get_x (node);
  *y = point != NULL ? point->y : sw_node_get_y (node);
}

gboolean
_sw_graph_painter_is_shown (SwGraphPainter *self,
                            SwNode         *node)
{
  return self->restriction == NULL || g_hash_table_contains (self->restriction, node);
}

/* FALSE for a link the restriction leaves out. */
gboolean
_sw_graph_painter_get_link_curve (SwGraphPainter *self,
                                  SwLink         *link,
                                  SwCurve        *curve)
{
  SwNode *from = sw_link_get_from (link);
  SwNode *to = sw_link_get_to (link);
  double fx, fy, tx, ty;

  if (!_sw_graph_painter_is_shown (self, from) || !_sw_graph_painter_is_shown (self, to))
    return FALSE;
  _sw_graph_painter_get_position (self, from, &fx, &fy);
  _sw_graph_painter_get_position (self, to, &tx, &ty);
  sw_curve_between_cards (curve, fx, fy, tx, ty);
  return TRUE;
}
