/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Gliding: when a step moves nodes the person did not drag themselves
 * (Arrange, undo or redo of a move, an edit elsewhere), the canvas draws them
 * travelling from where they were to where they are over a quarter second,
 * so the eye can follow what changed.  The document already holds the new
 * places; only the drawing lags, through the painter's drawn positions.
 * With animations turned off in the settings, nodes jump.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include "sw-canvas-private.h"

#define GLIDE_DURATION_US (250 * G_TIME_SPAN_MILLISECOND)

static void
remember (SwCanvas *self,
          SwNode   *node)
{
  SwPoint *point = g_hash_table_lookup (self->known_positions, node);

  if (point == NULL)
    {
      point = g_new (SwPoint, 1);
      g_hash_table_insert (self->known_positions, node, point);
    }
  point->x = sw_node_get_x (node);
  point->y = sw_node_get_y (node);
}

void
_sw_canvas_remember_positions (SwCanvas *self)
{
  g_hash_table_remove_all (self->known_positions);
  for (guint i = 0; self->document != NULL && i < sw_document_get_n_nodes (self->document); i++)
    remember (self, sw_document_get_node (self->document, i));
}

/* Called for every position change: notes where the node is drawn now, as
 * the start of its glide. */
void
_sw_canvas_note_moved (SwCanvas *self,
                       SwNode   *node)
{
  SwPoint *known = g_hash_table_lookup (self->known_positions, node);

  if (!self->own_move && known != NULL && !g_hash_table_contains (self->glide_from, node))
    {
      SwPoint *from = g_new (SwPoint, 1);

      /* A node still gliding starts again from where it is drawn. */
      if (self->glide_tick_id != 0)
        sw_graph_painter_get_drawn_position (self->painter, node, &from->x, &from->y);
      else
        *from = *known;
      g_hash_table_insert (self->glide_from, node, from);
    }
  remember (self, node);
}

static gboolean
animations_enabled (SwCanvas *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled && gtk_widget_get_mapped (GTK_WIDGET (self));
}

static double
ease_out_cubic (double t)
{
  double u = 1 - t;

  return 1 - u * u * u;
}

static gboolean
glide_tick (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  SwCanvas *self = SW_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double t = (double) (now - self->glide_start_time) / GLIDE_DURATION_US;
  GHashTableIter iter;
  SwNode *node;
  SwPoint *from;
  double eased;

  if (t >= 1)
    {
      self->glide_tick_id = 0;
      g_hash_table_remove_all (self->glide_from);
      sw_graph_painter_clear_drawn_positions (self->painter);
      return G_SOURCE_REMOVE;
    }

  eased = ease_out_cubic (MAX (t, 0));
  g_hash_table_iter_init (&iter, self->glide_from);
  while (g_hash_table_iter_next (&iter, (gpointer *) &node, (gpointer *) &from))
    sw_graph_painter_set_drawn_position (self->painter, node,
                                         from->x + (sw_node_get_x (node) - from->x) * eased,
                                         from->y + (sw_node_get_y (node) - from->y) * eased);

  return G_SOURCE_CONTINUE;
}

/* At the end of a step: glide the nodes it moved, if any. */
void
_sw_canvas_start_glide (SwCanvas *self)
{
  GHashTableIter iter;
  SwNode *node;
  SwPoint *from;

  if (g_hash_table_size (self->glide_from) == 0)
    return;

  if (!animations_enabled (self) || self->drag_mode == SW_DRAG_MOVE)
    {
      _sw_canvas_stop_glide (self);
      return;
    }

  g_hash_table_iter_init (&iter, self->glide_from);
  while (g_hash_table_iter_next (&iter, (gpointer *) &node, (gpointer *) &from))
    sw_graph_painter_set_drawn_position (self->painter, node, from->x, from->y);

  self->glide_start_time = gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  if (self->glide_tick_id == 0)
    self->glide_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), glide_tick, NULL, NULL);
}

/* Ends any glide at once, with every node where the document has it. */
void
_sw_canvas_stop_glide (SwCanvas *self)
{
  if (self->glide_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->glide_tick_id);
      self->glide_tick_id = 0;
      sw_graph_painter_clear_drawn_positions (self->painter);
    }
  if (self->glide_from != NULL)
    g_hash_table_remove_all (self->glide_from);
}
