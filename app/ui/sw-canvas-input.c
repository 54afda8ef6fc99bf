/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Pointer and touch input of the canvas.
 *
 * A primary-button drag does what its starting point suggests: from a
 * node's handle it draws a link, from a node it moves the selection, from
 * empty space it scrolls the view, or, with Shift or Ctrl held, draws a
 * rubber band that adds to the selection.  Moves are drawn at a temporary
 * position and told to the document once, on release, as one undo step.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-canvas-private.h"

/* How far the pointer must travel before a press becomes a drag, in pixels. */
#define DRAG_THRESHOLD 3.0
/* How close to a link the pointer must be to hit it, in pixels. */
#define LINK_TOLERANCE 6.0
/* Pixels scrolled per wheel click. */
#define WHEEL_STEP     60.0

static gboolean
extends_selection (GtkEventController *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (controller);

  return (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0;
}

/* The node whose handle is shown: the hovered one, or a lone focused one. */
static SwNode *
handle_node (SwCanvas *self)
{
  if (self->hover_node != NULL)
    return self->hover_node;
  if (sw_selection_get_n_nodes (self->selection) == 1)
    return sw_selection_get_focus (self->selection);
  return NULL;
}

static void
begin_on_node (SwCanvas *self,
               SwNode   *node,
               gboolean  extend)
{
  self->press_node = node;
  if (extend)
    {
      sw_selection_toggle (self->selection, node);
      self->drag_mode = sw_selection_contains (self->selection, node) ? SW_DRAG_MOVE
                                                                      : SW_DRAG_NONE;
      return;
    }
  if (!sw_selection_contains (self->selection, node))
    sw_selection_select_only (self->selection, node);
  else
    sw_selection_set_focus (self->selection, node);
  self->drag_mode = SW_DRAG_MOVE;
}

/*
 * A primary press at @x, @y in widget coordinates; @extend when Shift or
 * Ctrl is held.  The gesture handlers below only translate events into
 * these calls, which the tests make directly.
 */
void
_sw_canvas_press (SwCanvas *self,
                  double    x,
                  double    y,
                  gboolean  extend)
{
  double doc_x, doc_y;
  SwNode *node, *handle;
  SwLink *link;

  /* The second press of a double-click may already have opened the rename
   * field (the click gesture can run first): leave it the focus. */
  if (self->rename_popover == NULL || !gtk_widget_get_visible (self->rename_popover))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  _sw_canvas_stop_glide (self);
  _sw_canvas_widget_to_document (self, x, y, &doc_x, &doc_y);
  self->press_x = self->pointer_x = doc_x;
  self->press_y = self->pointer_y = doc_y;
  self->press_widget_x = x;
  self->press_widget_y = y;
  self->drag_moved = FALSE;
  self->drag_mode = SW_DRAG_NONE;
  self->press_node = NULL;

  if (_sw_canvas_minimap_at (self, x, y))
    {
      self->drag_mode = SW_DRAG_MINIMAP;
      _sw_canvas_minimap_navigate (self, x, y);
      return;
    }
  if (self->document == NULL)
    return;
  if (self->keyboard_linking)
    _sw_canvas_end_keyboard_link (self, FALSE);

  handle = handle_node (self);
  if (handle != NULL
      && sw_graph_painter_handle_at (self->painter, handle, doc_x, doc_y, self->zoom))
    {
      self->drag_mode = SW_DRAG_LINK;
      self->link_from = handle;
      self->link_target = NULL;
      self->link_accepted = FALSE;
      return;
    }

  node = sw_graph_painter_node_at (self->painter, doc_x, doc_y);
  if (node != NULL)
    {
      begin_on_node (self, node, extend);
      return;
    }

  /* A click selects a link alone; Shift or Ctrl adds it to the selected
   * links or takes it out.  Nodes and links are not selected together. */
  link = sw_graph_painter_link_at (self->painter, doc_x, doc_y, LINK_TOLERANCE / self->zoom);
  if (link != NULL)
    {
      sw_selection_clear (self->selection);
      if (extend)
        _sw_canvas_toggle_link (self, link);
      else
        _sw_canvas_select_link (self, link);
      return;
    }

  if (extend)
    {
      self->drag_mode = SW_DRAG_RUBBER_BAND;
      g_clear_pointer (&self->band_base, g_ptr_array_unref);
      self->band_base = _sw_canvas_copy_selection (self);
      self->band = (SwRect) { doc_x, doc_y, 0, 0 };
    }
  else
    {
      self->drag_mode = SW_DRAG_PAN;
      self->pan_origin_x = self->origin_x;
      self->pan_origin_y = self->origin_y;
    }
}

static void
update_move (SwCanvas *self,
             double    dx,
             double    dy)
{
  GPtrArray *nodes = sw_selection_get_nodes (self->selection);

  for (guint i = 0; i < nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (nodes, i);

      sw_graph_painter_set_drawn_position (self->painter, node, sw_node_get_x (node) + dx,
                                           sw_node_get_y (node) + dy);
    }
}

static void
update_rubber_band (SwCanvas *self)
{
  g_autoptr(GPtrArray) inside = NULL;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  /* Not a copy of band_base, which would take its free function along. */
  g_ptr_array_extend (nodes, self->band_base, NULL, NULL);

  self->band.x = MIN (self->press_x, self->pointer_x);
  self->band.y = MIN (self->press_y, self->pointer_y);
  self->band.width = fabs (self->pointer_x - self->press_x);
  self->band.height = fabs (self->pointer_y - self->press_y);

  inside = sw_graph_painter_nodes_in_rect (self->painter, &self->band);
  for (guint i = 0; i < inside->len; i++)
    if (!g_ptr_array_find (nodes, g_ptr_array_index (inside, i), NULL))
      g_ptr_array_add (nodes, g_ptr_array_index (inside, i));
  sw_selection_set (self->selection, nodes);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_link (SwCanvas *self)
{
  SwNode *target = sw_graph_painter_node_at (self->painter, self->pointer_x, self->pointer_y);

  if (target == self->link_from)
    target = NULL;
  if (target != self->link_target)
    {
      g_autoptr(GPtrArray) kinds = NULL;

      self->link_target = target;
      if (target != NULL)
        kinds = sw_document_get_allowed_link_kinds (self->document, self->link_from, target);
      self->link_accepted = kinds != NULL && kinds->len > 0;
      sw_graph_painter_set_hover_node (self->painter, target);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The pointer, still pressed, is @offset_x, @offset_y pixels from the press. */
void
_sw_canvas_drag_to (SwCanvas *self,
                    double    offset_x,
                    double    offset_y)
{
  if (!self->drag_moved && hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;
  self->drag_moved = TRUE;
  self->pointer_x = self->press_x + offset_x / self->zoom;
  self->pointer_y = self->press_y + offset_y / self->zoom;

  switch (self->drag_mode)
    {
    case SW_DRAG_MOVE:
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      update_move (self, rint (offset_x / self->zoom), rint (offset_y / self->zoom));
      break;
    case SW_DRAG_PAN:
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      self->origin_x = self->pan_origin_x - offset_x / self->zoom;
      self->origin_y = self->pan_origin_y - offset_y / self->zoom;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case SW_DRAG_RUBBER_BAND:
      update_rubber_band (self);
      break;
    case SW_DRAG_LINK:
      update_link (self);
      break;
    case SW_DRAG_MINIMAP:
      _sw_canvas_minimap_navigate (self, self->press_widget_x + offset_x,
                                   self->press_widget_y + offset_y);
      break;
    case SW_DRAG_NONE:
    default:
      break;
    }
}

/* The drawn positions become the document's, in one undo step. */
static void
commit_move (SwCanvas *self)
{
  g_autoptr(GPtrArray) moving = _sw_canvas_copy_selection (self);

  self->own_move = TRUE;
  sw_document_begin_transaction (self->document,
                                 moving->len == 1 ? _("Move Node") : _("Move Nodes"));
  for (guint i = 0; i < moving->len; i++)
    {
      SwNode *node = g_ptr_array_index (moving, i);
      double x, y;

      sw_graph_painter_get_drawn_position (self->painter, node, &x, &y);
      sw_document_move_node (self->document, node, rint (x), rint (y));
    }
  sw_document_commit_transaction (self->document);
  self->own_move = FALSE;
  sw_graph_painter_clear_drawn_positions (self->painter);
}

/* The press ends; @extend as for _sw_canvas_press(). */
void
_sw_canvas_release (SwCanvas *self,
                    gboolean  extend)
{
  switch (self->drag_mode)
    {
    case SW_DRAG_MOVE:
      if (self->drag_moved)
        commit_move (self);
      else if (!extend && self->press_node != NULL)
        sw_selection_select_only (self->selection, self->press_node);
      break;
    case SW_DRAG_PAN:
      if (!self->drag_moved)
        {
          sw_selection_clear (self->selection);
          _sw_canvas_select_link (self, NULL);
        }
      break;
    case SW_DRAG_LINK:
      {
        SwNode *from = self->link_from, *to = self->link_target;

        self->link_from = self->link_target = NULL;
        sw_graph_painter_set_hover_node (self->painter, self->hover_node);
        if (from != NULL && to != NULL)
          sw_canvas_link_nodes (self, from, to);
      }
      break;
    case SW_DRAG_RUBBER_BAND:
    case SW_DRAG_MINIMAP:
    case SW_DRAG_NONE:
    default:
      break;
    }

  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  self->drag_mode = SW_DRAG_NONE;
  self->press_node = NULL;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SwCanvas       *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _sw_canvas_press (self, x, y, extends_selection (GTK_EVENT_CONTROLLER (gesture)));
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                SwCanvas       *self)
{
  _sw_canvas_drag_to (self, offset_x, offset_y);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             SwCanvas       *self)
{
  _sw_canvas_release (self, extends_selection (GTK_EVENT_CONTROLLER (gesture)));
}

/* A drag taken away (by a grab, or a pinch starting) leaves nothing behind. */
static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                SwCanvas         *self)
{
  if (self->drag_mode == SW_DRAG_MOVE)
    sw_graph_painter_clear_drawn_positions (self->painter);
  self->link_from = self->link_target = NULL;
  self->drag_mode = SW_DRAG_NONE;
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A double-click renames a card, or makes a new node on empty space. */
static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  SwCanvas        *self)
{
  double doc_x, doc_y;
  SwNode *node;

  if (n_press != 2 || self->document == NULL || _sw_canvas_minimap_at (self, x, y))
    return;

  _sw_canvas_widget_to_document (self, x, y, &doc_x, &doc_y);
  node = sw_graph_painter_node_at (self->painter, doc_x, doc_y);
  if (node != NULL)
    {
      sw_selection_select_only (self->selection, node);
      sw_canvas_start_rename (self);
    }
  else if (sw_graph_painter_link_at (self->painter, doc_x, doc_y,
                                     LINK_TOLERANCE / self->zoom) == NULL)
    {
      /* Copied: adding the node changes last_kind. */
      g_autofree char *kind = g_strdup (self->last_kind);

      if (kind == NULL || sw_document_lookup_node_kind (self->document, kind) == NULL)
        {
          GPtrArray *kinds = sw_document_get_node_kinds (self->document);

          g_free (kind);
          kind = g_strdup (sw_document_lookup_node_kind (self->document, "note") != NULL
                           ? "note"
                           : kinds->len > 0 ? sw_node_kind_get_id (g_ptr_array_index (kinds, 0))
                                            : NULL);
        }
      if (kind != NULL && sw_canvas_add_node (self, kind, FALSE, rint (doc_x), rint (doc_y)))
        sw_canvas_start_rename (self);
    }
}

static void
on_secondary_pressed (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      SwCanvas        *self)
{
  double doc_x, doc_y;
  SwNode *node;

  if (self->document == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _sw_canvas_widget_to_document (self, x, y, &doc_x, &doc_y);
  node = sw_graph_painter_node_at (self->painter, doc_x, doc_y);
  if (node != NULL && !sw_selection_contains (self->selection, node))
    sw_selection_select_only (self->selection, node);
  else if (node == NULL)
    sw_selection_clear (self->selection);
  _sw_canvas_show_context_menu (self, x, y);
}

static void
on_middle_drag_begin (GtkGestureDrag *gesture,
                      double          x,
                      double          y,
                      SwCanvas       *self)
{
  self->pan_origin_x = self->origin_x;
  self->pan_origin_y = self->origin_y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_middle_drag_update (GtkGestureDrag *gesture,
                       double          offset_x,
                       double          offset_y,
                       SwCanvas       *self)
{
  self->origin_x = self->pan_origin_x - offset_x / self->zoom;
  self->origin_y = self->pan_origin_y - offset_y / self->zoom;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_middle_drag_end (GtkGestureDrag *gesture,
                    double          offset_x,
                    double          offset_y,
                    SwCanvas       *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SwCanvas                 *self)
{
  double doc_x, doc_y;
  SwNode *node = NULL;
  SwLink *link = NULL;
  SwNode *handle;

  self->last_widget_x = x;
  self->last_widget_y = y;
  if (self->document == NULL || self->drag_mode != SW_DRAG_NONE)
    return;

  _sw_canvas_widget_to_document (self, x, y, &doc_x, &doc_y);
  if (!_sw_canvas_minimap_at (self, x, y))
    {
      node = sw_graph_painter_node_at (self->painter, doc_x, doc_y);
      if (node == NULL)
        link = sw_graph_painter_link_at (self->painter, doc_x, doc_y, LINK_TOLERANCE / self->zoom);
    }

  /* Keep the handle while the pointer leaves the card towards it. */
  handle = self->hover_node != NULL ? self->hover_node : handle_node (self);
  if (node == NULL && handle != NULL
      && sw_graph_painter_handle_at (self->painter, handle, doc_x, doc_y, self->zoom))
    node = handle;

  if (node != self->hover_node || link != NULL)
    _sw_canvas_set_hover (self, node, link);

  handle = handle_node (self);
  if (handle != NULL && sw_graph_painter_handle_at (self->painter, handle, doc_x, doc_y, self->zoom))
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  else if (node != NULL || link != NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  else
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
on_leave (GtkEventControllerMotion *controller,
          SwCanvas                 *self)
{
  if (self->drag_mode == SW_DRAG_NONE)
    _sw_canvas_set_hover (self, NULL, NULL);
}

/* Scrolling pans; with Ctrl held it zooms about the pointer. */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           SwCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (state & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (1.2, -dy) : exp (-dy * 0.01);

      _sw_canvas_zoom_at (self, self->zoom * factor, self->last_widget_x, self->last_widget_y);
      return GDK_EVENT_STOP;
    }

  if (wheel)
    {
      dx *= WHEEL_STEP;
      dy *= WHEEL_STEP;
    }
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  _sw_canvas_pan (self, dx, dy);
  return GDK_EVENT_STOP;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               SwCanvas         *self)
{
  self->zoom_gesture_start = self->zoom;
  gtk_gesture_get_bounding_box_center (gesture, &self->zoom_anchor_x, &self->zoom_anchor_y);
}

static void
on_zoom_scale_changed (GtkGestureZoom *gesture,
                       double          scale,
                       SwCanvas       *self)
{
  _sw_canvas_zoom_at (self, self->zoom_gesture_start * scale, self->zoom_anchor_x,
                      self->zoom_anchor_y);
}

void
_sw_canvas_setup_input (SwCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag, *click, *secondary, *middle, *zoom;
  GtkEventController *motion, *scroll;

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  /* Grouped with the drag so that both see every press. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  gtk_gesture_group (click, drag);

  secondary = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_secondary_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (secondary));

  middle = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (middle), GDK_BUTTON_MIDDLE);
  g_signal_connect (middle, "drag-begin", G_CALLBACK (on_middle_drag_begin), self);
  g_signal_connect (middle, "drag-update", G_CALLBACK (on_middle_drag_update), self);
  g_signal_connect (middle, "drag-end", G_CALLBACK (on_middle_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (middle));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, scroll);
}
