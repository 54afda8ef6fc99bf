/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Keyboard use of the canvas, complete enough to build a strategy without a
 * mouse:
 *
 *   Tab, Shift+Tab           the next or previous node, in document order;
 *                            past the last one, focus leaves the canvas
 *   Alt+Up, Alt+Down         the node's parent, its first child
 *   Alt+Left, Alt+Right      the previous or next sibling
 *   arrows (Shift: further)  move the selection; with nothing selected,
 *                            scroll the view
 *   Ctrl+arrows              scroll the view
 *   Enter, F2                rename the focused node (while linking: link)
 *   Ctrl+L                   link the focused node: choose the other end
 *                            with Tab or Alt+arrows, then Enter
 *   Delete, BackSpace        delete the selection
 *   Menu, Shift+F10          the context menu (add, link, rename, pin, delete)
 *   Ctrl+A, Escape           select all, select none (or cancel linking)
 *   +, -, 0, F               zoom in, zoom out, 100 %, zoom to fit
 *
 * Alt keeps following links apart from moving, so neither needs a mode.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-canvas-private.h"

typedef enum
{
  TOWARDS_PARENT,
  TOWARDS_CHILD,
  TOWARDS_PREVIOUS,
  TOWARDS_NEXT,
} Towards;

static SwNode *
current_node (SwCanvas *self)
{
  if (self->keyboard_linking)
    return self->link_target != NULL ? self->link_target : self->link_from;
  return sw_selection_get_focus (self->selection);
}

/*
 * Moves the keyboard focus to @node: selects it, or while linking makes it
 * the other end of the link.
 */
void
_sw_canvas_focus_node (SwCanvas *self,
                       SwNode   *node)
{
  if (self->keyboard_linking)
    {
      g_autoptr(GPtrArray) kinds = NULL;

      self->link_target = node != self->link_from ? node : NULL;
      if (self->link_target != NULL)
        kinds = sw_document_get_allowed_link_kinds (self->document, self->link_from, node);
      self->link_accepted = kinds != NULL && kinds->len > 0;
      sw_graph_painter_set_hover_node (self->painter, self->link_target);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    {
      sw_selection_select_only (self->selection, node);
    }
  _sw_canvas_scroll_to_node (self, node);
}

gboolean
_sw_canvas_focus (GtkWidget        *widget,
                  GtkDirectionType  direction)
{
  SwCanvas *self = SW_CANVAS (widget);
  SwNode *current;
  guint n_nodes, position;
  gboolean forward;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->focus (widget, direction);

  if (!gtk_widget_has_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      return TRUE;
    }

  n_nodes = self->document != NULL ? sw_document_get_n_nodes (self->document) : 0;
  if (n_nodes == 0)
    return FALSE;

  forward = direction == GTK_DIR_TAB_FORWARD;
  current = current_node (self);
  if (current == NULL)
    position = forward ? 0 : n_nodes - 1;
  else
    {
      position = sw_document_get_node_position (self->document, current);
      if (forward ? position + 1 >= n_nodes : position == 0)
        return FALSE;
      position = forward ? position + 1 : position - 1;
    }

  _sw_canvas_focus_node (self, sw_document_get_node (self->document, position));
  return TRUE;
}

/* The nearest node whose centre lies in @towards from @node, roughly in line. */
static SwNode *
nearest_in_direction (SwCanvas *self,
                      SwNode   *node,
                      Towards   towards)
{
  SwNode *best = NULL;
  double best_distance = G_MAXDOUBLE;
  double x, y;

  sw_graph_painter_get_drawn_position (self->painter, node, &x, &y);
  for (guint i = 0; i < sw_document_get_n_nodes (self->document); i++)
    {
      SwNode *other = sw_document_get_node (self->document, i);
      double ox, oy, along, across, distance;

      if (other == node)
        continue;
      sw_graph_painter_get_drawn_position (self->painter, other, &ox, &oy);
      switch (towards)
        {
        case TOWARDS_PARENT: along = y - oy; across = fabs (ox - x); break;
        case TOWARDS_CHILD: along = oy - y; across = fabs (ox - x); break;
        case TOWARDS_PREVIOUS: along = x - ox; across = fabs (oy - y); break;
        case TOWARDS_NEXT: default: along = ox - x; across = fabs (oy - y); break;
        }
      if (along <= 1 || across > along * 2)
        continue;
      distance = along + 2 * across;
      if (distance < best_distance)
        {
          best = other;
          best_distance = distance;
        }
    }

  return best;
}

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  double xa = sw_node_get_x (*(SwNode **) a), xb = sw_node_get_x (*(SwNode **) b);

  return (xa > xb) - (xa < xb);
}

/* Siblings share the node's first parent; they are ordered as drawn, left to right. */
static SwNode *
sibling (SwCanvas *self,
         SwNode   *node,
         gboolean  next)
{
  g_autoptr(GPtrArray) parents = sw_document_get_parents (self->document, node, NULL);
  g_autoptr(GPtrArray) siblings = NULL;
  guint index;

  if (parents->len == 0)
    return NULL;
  siblings = sw_document_get_children (self->document, g_ptr_array_index (parents, 0), NULL);
  g_ptr_array_sort (siblings, compare_x);
  if (!g_ptr_array_find (siblings, node, &index))
    return NULL;
  if (next)
    return index + 1 < siblings->len ? g_ptr_array_index (siblings, index + 1) : NULL;
  return index > 0 ? g_ptr_array_index (siblings, index - 1) : NULL;
}

/* Follows links from the focused node; where the hierarchy has nothing in
 * that direction (partners, notes), the nearest card that way. */
static SwNode *
related_node (SwCanvas *self,
              SwNode   *node,
              Towards   towards)
{
  g_autoptr(GPtrArray) relatives = NULL;
  SwNode *found = NULL;

  switch (towards)
    {
    case TOWARDS_PARENT:
      relatives = sw_document_get_parents (self->document, node, NULL);
      break;
    case TOWARDS_CHILD:
      relatives = sw_document_get_children (self->document, node, NULL);
      g_ptr_array_sort (relatives, compare_x);
      break;
    case TOWARDS_PREVIOUS:
    case TOWARDS_NEXT:
    default:
      found = sibling (self, node, towards == TOWARDS_NEXT);
      break;
    }
  if (relatives != NULL && relatives->len > 0)
    found = g_ptr_array_index (relatives, 0);

  return found != NULL ? found : nearest_in_direction (self, node, towards);
}

static void
focus_related_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  const char *direction = g_variant_get_string (parameter, NULL);
  Towards towards = g_str_equal (direction, "parent") ? TOWARDS_PARENT
                    : g_str_equal (direction, "child") ? TOWARDS_CHILD
                    : g_str_equal (direction, "previous") ? TOWARDS_PREVIOUS : TOWARDS_NEXT;
  SwNode *node, *found;

  if (self->document == NULL || sw_document_get_n_nodes (self->document) == 0)
    return;
  node = current_node (self);
  if (node == NULL)
    {
      _sw_canvas_focus_node (self, sw_document_get_node (self->document, 0));
      return;
    }
  found = related_node (self, node, towards);
  if (found != NULL)
    _sw_canvas_focus_node (self, found);
  else
    gtk_widget_error_bell (widget);
}

/*
 * Moves every selected node by @dx, @dy document units as one undo step;
 * with nothing selected the arrows scroll the view instead.
 */
void
_sw_canvas_move_selection (SwCanvas *self,
                           double    dx,
                           double    dy)
{
  g_autoptr(GPtrArray) nodes = NULL;

  if (self->document == NULL)
    return;
  if (sw_selection_get_n_nodes (self->selection) == 0)
    {
      _sw_canvas_pan (self, dx * 4 * self->zoom, dy * 4 * self->zoom);
      return;
    }

  nodes = _sw_canvas_copy_selection (self);
  self->own_move = TRUE;
  sw_document_begin_transaction (self->document,
                                 nodes->len == 1 ? _("Move Node") : _("Move Nodes"));
  for (guint i = 0; i < nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (nodes, i);

      sw_document_move_node (self->document, node, rint (sw_node_get_x (node) + dx),
                             rint (sw_node_get_y (node) + dy));
    }
  sw_document_commit_transaction (self->document);
  self->own_move = FALSE;

  _sw_canvas_scroll_to_node (self, sw_selection_get_focus (self->selection));
}

static void
move_selection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  _sw_canvas_move_selection (SW_CANVAS (widget), dx, dy);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  _sw_canvas_pan (SW_CANVAS (widget), dx, dy);
}

void
_sw_canvas_start_keyboard_link (SwCanvas *self)
{
  SwNode *focus = sw_selection_get_focus (self->selection);

  if (focus == NULL)
    return;
  self->keyboard_linking = TRUE;
  self->link_from = focus;
  self->link_target = NULL;
  self->link_accepted = FALSE;
  sw_graph_painter_get_drawn_position (self->painter, focus, &self->pointer_x, &self->pointer_y);
  self->pointer_x += SW_CARD_WIDTH;
  _sw_canvas_emit_message (self, _("Choose the node to link to with Tab or Alt and the arrow "
                                   "keys, then press Enter"));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Ends keyboard linking; with @create, links the two chosen nodes. */
void
_sw_canvas_end_keyboard_link (SwCanvas *self,
                              gboolean  create)
{
  SwNode *from = self->link_from, *to = self->link_target;

  self->keyboard_linking = FALSE;
  self->link_from = self->link_target = NULL;
  sw_graph_painter_set_hover_node (self->painter, self->hover_node);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (create && from != NULL && to != NULL)
    sw_canvas_link_nodes (self, from, to);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);

  if (self->keyboard_linking)
    _sw_canvas_end_keyboard_link (self, TRUE);
  else
    sw_canvas_start_rename (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);

  if (self->keyboard_linking)
    _sw_canvas_end_keyboard_link (self, FALSE);
  else if (self->selected_links->len > 0)
    _sw_canvas_select_link (self, NULL);
  else
    sw_selection_clear (self->selection);
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  SwNode *focus = sw_selection_get_focus (self->selection);
  GdkRectangle rect;

  if (focus != NULL)
    {
      _sw_canvas_scroll_to_node (self, focus);
      _sw_canvas_get_node_widget_rect (self, focus, &rect);
      _sw_canvas_show_context_menu (self, rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
    }
  else
    {
      _sw_canvas_show_context_menu (self, gtk_widget_get_width (widget) / 2.0,
                                    gtk_widget_get_height (widget) / 2.0);
    }
}

static void
bind_arrows (GtkWidgetClass  *widget_class,
             GdkModifierType  modifiers,
             const char      *action,
             double           step)
{
  static const struct { guint key, keypad; double dx, dy; } arrows[] = {
    { GDK_KEY_Left, GDK_KEY_KP_Left, -1, 0 },
    { GDK_KEY_Right, GDK_KEY_KP_Right, 1, 0 },
    { GDK_KEY_Up, GDK_KEY_KP_Up, 0, -1 },
    { GDK_KEY_Down, GDK_KEY_KP_Down, 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, arrows[i].key, modifiers, action, "(dd)",
                                           arrows[i].dx * step, arrows[i].dy * step);
      gtk_widget_class_add_binding_action (widget_class, arrows[i].keypad, modifiers, action,
                                           "(dd)", arrows[i].dx * step, arrows[i].dy * step);
    }
}

void
_sw_canvas_class_setup_keyboard (GtkWidgetClass *widget_class)
{
  static const struct { guint key; const char *direction; } related[] = {
    { GDK_KEY_Up, "parent" }, { GDK_KEY_Down, "child" },
    { GDK_KEY_Left, "previous" }, { GDK_KEY_Right, "next" },
  };

  gtk_widget_class_install_action (widget_class, "canvas.move-selection", "(dd)",
                                   move_selection_action);
  gtk_widget_class_install_action (widget_class, "canvas.pan", "(dd)", pan_action);
  gtk_widget_class_install_action (widget_class, "canvas.focus-related", "s",
                                   focus_related_action);
  gtk_widget_class_install_action (widget_class, "canvas.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "canvas.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "canvas.context-menu", NULL,
                                   context_menu_action);

  bind_arrows (widget_class, 0, "canvas.move-selection", SW_CANVAS_KEY_STEP);
  bind_arrows (widget_class, GDK_SHIFT_MASK, "canvas.move-selection", SW_CANVAS_KEY_STEP_LARGE);
  bind_arrows (widget_class, GDK_CONTROL_MASK, "canvas.pan", 80);
  for (guint i = 0; i < G_N_ELEMENTS (related); i++)
    gtk_widget_class_add_binding_action (widget_class, related[i].key, GDK_ALT_MASK,
                                         "canvas.focus-related", "s", related[i].direction);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "canvas.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK,
                                       "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "canvas.link",
                                       NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "canvas.zoom-out",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "canvas.zoom-fit", NULL);
}
