/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The canvas's actions.  Every edit is one call or one transaction on the
 * document, so one gesture is one undo step.  The popovers some of them
 * open are in sw-canvas-popovers.c.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-canvas-private.h"

/* How far a new node is placed from the node it joins, centre to centre. */
#define NEW_NODE_GAP_X (SW_CARD_WIDTH + 30)
#define NEW_NODE_GAP_Y (SW_CARD_HEIGHT + 70)

void
_sw_canvas_link_option_clear (gpointer data)
{
  SwLinkOption *option = data;

  g_clear_pointer (&option->kind, g_free);
}

static GArray *
new_options (void)
{
  GArray *options = g_array_new (FALSE, TRUE, sizeof (SwLinkOption));

  g_array_set_clear_func (options, _sw_canvas_link_option_clear);
  return options;
}

static void
add_option (GArray     *options,
            const char *kind,
            SwNode     *from,
            SwNode     *to)
{
  SwLinkOption option = { g_strdup (kind), from, to };

  g_array_append_val (options, option);
}

static gboolean
link_exists (SwDocument *document,
             const char *kind,
             SwNode     *from,
             SwNode     *to)
{
  g_autoptr(GPtrArray) links = sw_document_get_node_links (document, from);

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);

      if (sw_link_get_from (link) == from && sw_link_get_to (link) == to
          && g_str_equal (sw_link_get_kind (link), kind))
        return TRUE;
    }

  return FALSE;
}

/**
 * sw_canvas_link_nodes:
 *
 * Links @from to @to as a person asked by dragging or with the keyboard:
 * directly if the document's rules allow one kind, through a popover if
 * they allow several, and not at all, with a "message" saying why, if they
 * allow none.
 *
 * Returns: %TRUE if a link was made or offered
 */
gboolean
sw_canvas_link_nodes (SwCanvas *self,
                      SwNode   *from,
                      SwNode   *to)
{
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GArray) options = new_options ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SW_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (SW_IS_NODE (from) && SW_IS_NODE (to), FALSE);

  if (from == to)
    {
      _sw_canvas_emit_message (self, _("A node cannot be linked to itself"));
      return FALSE;
    }

  kinds = sw_document_get_allowed_link_kinds (self->document, from, to);
  for (guint i = 0; i < kinds->len; i++)
    {
      const char *kind = sw_link_kind_get_id (g_ptr_array_index (kinds, i));

      if (!link_exists (self->document, kind, from, to))
        add_option (options, kind, from, to);
    }

  if (kinds->len == 0)
    {
      g_autofree char *message = NULL;

      /* Translators: why a link was refused; the two kinds of node, e.g. "Partner", "Concept" */
      message = g_strdup_printf (_("The rules of this strategy allow no link from a “%s” to a “%s”"),
                                 sw_document_get_kind_label (self->document, sw_node_get_kind (from),
                                                             self->language),
                                 sw_document_get_kind_label (self->document, sw_node_get_kind (to),
                                                             self->language));
      _sw_canvas_emit_message (self, message);
      return FALSE;
    }
  if (options->len == 0)
    {
      _sw_canvas_emit_message (self, _("These nodes are already linked in every way the rules "
                                       "allow"));
      return FALSE;
    }
  if (options->len == 1)
    {
      SwLinkOption *option = &g_array_index (options, SwLinkOption, 0);

      if (sw_document_add_link (self->document, option->kind, from, to, &error) == NULL)
        {
          _sw_canvas_emit_message (self, error->message);
          return FALSE;
        }
      return TRUE;
    }

  _sw_canvas_offer_links (self, g_steal_pointer (&options), to);
  return TRUE;
}

static void
choose_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GError) error = NULL;
  SwLinkOption *option;

  if (self->link_options == NULL || index >= self->link_options->len)
    return;
  option = &g_array_index (self->link_options, SwLinkOption, index);
  if (sw_document_add_link (self->document, option->kind, option->from, option->to, &error) == NULL)
    _sw_canvas_emit_message (self, error->message);
  g_clear_pointer (&self->link_options, g_array_unref);
}

/*
 * The links a new node of @kind could make with @anchor without asking:
 * only kinds with join rules count, since kinds allowed between any two
 * nodes (such as "relates to") are never what a new node is made for.
 */
static GArray *
structural_options (SwCanvas   *self,
                    SwNode     *anchor,
                    const char *kind,
                    gboolean   *new_is_parent)
{
  GArray *options = new_options ();
  GPtrArray *link_kinds = sw_document_get_link_kinds (self->document);
  const char *anchor_kind = sw_node_get_kind (anchor);

  *new_is_parent = FALSE;
  for (guint i = 0; i < link_kinds->len; i++)
    {
      SwLinkKind *link_kind = g_ptr_array_index (link_kinds, i);
      SwParentEnd parent = sw_link_kind_get_parent (link_kind);

      if (!sw_link_kind_has_joins (link_kind))
        continue;
      /* The new node's end is filled in once it exists. */
      if (sw_link_kind_allows (link_kind, anchor_kind, kind))
        {
          add_option (options, sw_link_kind_get_id (link_kind), anchor, NULL);
          *new_is_parent |= parent == SW_PARENT_TO;
        }
      if (sw_link_kind_allows (link_kind, kind, anchor_kind))
        {
          add_option (options, sw_link_kind_get_id (link_kind), NULL, anchor);
          *new_is_parent |= parent == SW_PARENT_FROM;
        }
    }

  return options;
}

static gboolean
place_is_free (SwCanvas *self,
               double    x,
               double    y)
{
  g_autoptr(GPtrArray) nodes = NULL;
  SwRect rect;

  sw_rect_init_card (&rect, x, y);
  sw_rect_inflate (&rect, 12);
  nodes = sw_graph_painter_nodes_in_rect (self->painter, &rect);
  return nodes->len == 0;
}

/* Below a node for a child, above for a parent, beside it otherwise; then
 * along that row to the first free place. */
static void
place_near (SwCanvas *self,
            SwNode   *anchor,
            gboolean  linked,
            gboolean  above,
            double   *x,
            double   *y)
{
  double ax = sw_node_get_x (anchor), ay = sw_node_get_y (anchor);

  if (!linked)
    {
      for (guint i = 1; i < 40; i++)
        {
          *x = ax + i * NEW_NODE_GAP_X;
          *y = ay;
          if (place_is_free (self, *x, *y))
            return;
        }
      return;
    }

  *y = ay + (above ? -NEW_NODE_GAP_Y : NEW_NODE_GAP_Y);
  for (guint i = 0; i < 40; i++)
    {
      /* 0, +1, -1, +2, -2, ... cards along the row */
      int step = (i + 1) / 2 * (i % 2 == 1 ? 1 : -1);

      *x = ax + step * NEW_NODE_GAP_X;
      if (place_is_free (self, *x, *y))
        return;
    }
  *x = ax;
}

/**
 * sw_canvas_add_node:
 * @kind: the id of a node kind
 * @near_focus: place the node near the focused node and link it to it
 * @x: where to place it otherwise, in document coordinates
 * @y:
 *
 * Adds a node, selects it and brings it into view.  Near the focused node,
 * the new node is linked to it if the rules allow exactly one structural
 * link kind between the two, in one undo step with the node; if they allow
 * several, a popover offers them.
 *
 * Returns: (transfer none) (nullable): the new node
 */
SwNode *
sw_canvas_add_node (SwCanvas   *self,
                    const char *kind,
                    gboolean    near_focus,
                    double      x,
                    double      y)
{
  g_autoptr(GArray) options = NULL;
  g_autoptr(GError) error = NULL;
  SwNode *anchor = NULL, *node;
  gboolean new_is_parent = FALSE;

  g_return_val_if_fail (SW_IS_CANVAS (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if (self->document == NULL)
    return NULL;
  if (near_focus)
    anchor = sw_selection_get_focus (self->selection);
  if (anchor != NULL)
    {
      options = structural_options (self, anchor, kind, &new_is_parent);
      place_near (self, anchor, options->len > 0, options->len == 1 && new_is_parent, &x, &y);
    }

  sw_document_begin_transaction (self->document, _("Add Node"));
  node = sw_document_add_node (self->document, kind, _("Untitled"), rint (x), rint (y), &error);
  if (node != NULL && options != NULL && options->len == 1)
    {
      SwLinkOption *option = &g_array_index (options, SwLinkOption, 0);

      sw_document_add_link (self->document, option->kind, option->from ? option->from : node,
                            option->to ? option->to : node, NULL);
    }
  sw_document_commit_transaction (self->document);

  if (node == NULL)
    {
      _sw_canvas_emit_message (self, error->message);
      return NULL;
    }

  /* @kind may be last_kind itself. */
  if (kind != self->last_kind)
    {
      g_free (self->last_kind);
      self->last_kind = g_strdup (kind);
    }
  sw_selection_select_only (self->selection, node);
  _sw_canvas_scroll_to_node (self, node);

  if (options != NULL && options->len > 1)
    {
      for (guint i = 0; i < options->len; i++)
        {
          SwLinkOption *option = &g_array_index (options, SwLinkOption, i);

          if (option->from == NULL)
            option->from = node;
          if (option->to == NULL)
            option->to = node;
        }
      _sw_canvas_offer_links (self, g_steal_pointer (&options), anchor);
    }

  return node;
}

static void
add_node_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  SwRect visible;
  double x, y;

  if (self->document == NULL || sw_document_lookup_node_kind (self->document, kind) == NULL)
    return;

  sw_canvas_get_visible_rect (self, &visible);
  x = self->add_at_point ? self->add_x : visible.x + visible.width / 2;
  y = self->add_at_point ? self->add_y : visible.y + visible.height / 2;
  self->add_at_point = FALSE;
  if (sw_canvas_add_node (self, kind, sw_selection_get_focus (self->selection) != NULL, x, y))
    sw_canvas_start_rename (self);
}

/* Deletes the selected nodes and their links, or else the selected link, in one step. */
void
_sw_canvas_delete_selection (SwCanvas *self)
{
  g_autoptr(GPtrArray) nodes = NULL;

  if (self->document == NULL)
    return;

  if (sw_selection_get_n_nodes (self->selection) == 0)
    {
      g_autoptr(GPtrArray) links = g_ptr_array_copy (self->selected_links, NULL, NULL);
      guint n_removed = 0;

      if (links->len == 0)
        return;
      /* Removing a link takes it out of the selection: work on a copy. */
      sw_document_begin_transaction (self->document,
                                     links->len == 1 ? _("Delete Link") : _("Delete Links"));
      for (guint i = 0; i < links->len; i++)
        n_removed += sw_document_remove_link (self->document, g_ptr_array_index (links, i));
      sw_document_commit_transaction (self->document);
      if (n_removed > 0)
        _sw_canvas_emit_deleted (self, 0);
      return;
    }

  nodes = _sw_canvas_copy_selection (self);
  sw_document_begin_transaction (self->document,
                                 nodes->len == 1 ? _("Delete Node") : _("Delete Nodes"));
  for (guint i = 0; i < nodes->len; i++)
    sw_document_remove_node (self->document, g_ptr_array_index (nodes, i));
  sw_document_commit_transaction (self->document);
  _sw_canvas_emit_deleted (self, nodes->len);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _sw_canvas_delete_selection (SW_CANVAS (widget));
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  if (self->document == NULL)
    return;
  for (guint i = 0; i < sw_document_get_n_nodes (self->document); i++)
    g_ptr_array_add (nodes, sw_document_get_node (self->document, i));
  sw_selection_set (self->selection, nodes);
}

/* Two selected nodes are linked from the first to the second; one starts
 * choosing the other end with the keyboard. */
static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  GPtrArray *nodes = sw_selection_get_nodes (self->selection);

  if (nodes->len == 2)
    sw_canvas_link_nodes (self, g_ptr_array_index (nodes, 0), g_ptr_array_index (nodes, 1));
  else
    _sw_canvas_start_keyboard_link (self);
}

/* Pins every selected node, or unpins them all if they all are. */
static void
toggle_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);
  GPtrArray *nodes = sw_selection_get_nodes (self->selection);
  gboolean all_pinned = TRUE;

  for (guint i = 0; i < nodes->len; i++)
    all_pinned &= sw_node_get_pinned (g_ptr_array_index (nodes, i));

  sw_document_begin_transaction (self->document, all_pinned ? _("Unpin") : _("Pin"));
  for (guint i = 0; i < nodes->len; i++)
    sw_document_set_node_pinned (self->document, g_ptr_array_index (nodes, i), !all_pinned);
  sw_document_commit_transaction (self->document);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sw_canvas_start_rename (SW_CANVAS (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwCanvas *self = SW_CANVAS (widget);

  if (g_str_equal (action_name, "canvas.zoom-in"))
    sw_canvas_zoom_in (self);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    sw_canvas_zoom_out (self);
  else if (g_str_equal (action_name, "canvas.zoom-reset"))
    sw_canvas_zoom_reset (self);
  else
    sw_canvas_zoom_fit (self);
}

/* Actions are enabled only when they can do something. */
void
_sw_canvas_update_actions (SwCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;
  guint n_selected = has_document && self->selection != NULL
                     ? sw_selection_get_n_nodes (self->selection) : 0;
  gboolean has_nodes = has_document && sw_document_get_n_nodes (self->document) > 0;

  gtk_widget_action_set_enabled (widget, "canvas.add-node", has_document);
  gtk_widget_action_set_enabled (widget, "canvas.select-all", has_nodes);
  gtk_widget_action_set_enabled (widget, "canvas.delete",
                                 n_selected > 0 || self->selected_links->len > 0);
  gtk_widget_action_set_enabled (widget, "canvas.rename", n_selected > 0);
  gtk_widget_action_set_enabled (widget, "canvas.link", n_selected > 0 && n_selected <= 2);
  gtk_widget_action_set_enabled (widget, "canvas.toggle-pin", n_selected > 0);
  gtk_widget_action_set_enabled (widget, "canvas.zoom-fit", has_nodes);
}

void
_sw_canvas_class_setup_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.add-node", "s", add_node_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "canvas.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "canvas.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "canvas.toggle-pin", NULL, toggle_pin_action);
  gtk_widget_class_install_action (widget_class, "canvas.choose-link", "u", choose_link_action);
}
