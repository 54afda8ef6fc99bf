/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The canvas's popovers: the context menu, the choice of a link kind, and
 * the text field that renames a card in place.  They are children of the
 * canvas, placed by it in size_allocate, and point at the card concerned.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-canvas-private.h"
#include "sw-kind-swatch.h"

static void
unparent_popover (GtkWidget **popover)
{
  if (*popover != NULL)
    {
      gtk_widget_unparent (*popover);
      *popover = NULL;
    }
}

void
_sw_canvas_dispose_popovers (SwCanvas *self)
{
  unparent_popover (&self->context_menu);
  unparent_popover (&self->link_menu);
  unparent_popover (&self->rename_popover);
  self->rename_entry = NULL;
  self->rename_node = NULL;
  g_clear_pointer (&self->link_options, g_array_unref);
}

static void
point_at_node (SwCanvas   *self,
               GtkPopover *popover,
               SwNode     *node)
{
  GdkRectangle rect;

  _sw_canvas_get_node_widget_rect (self, node, &rect);
  gtk_popover_set_pointing_to (popover, &rect);
}

/* The name of a link option as the popover shows it: "guides → Objective". */
static char *
option_label (SwCanvas           *self,
              const SwLinkOption *option,
              SwNode             *anchor)
{
  SwLinkKind *kind = sw_document_lookup_link_kind (self->document, option->kind);
  const char *label = sw_document_get_text (self->document, sw_link_kind_get_label (kind),
                                            self->language, NULL);
  SwNode *other = option->from == anchor ? option->to : option->from;
  const char *title = sw_document_get_node_title (self->document, other, self->language);

  if (option->from == anchor)
    /* Translators: a link choice: the link kind, then the node it goes to */
    return g_strdup_printf (_("%s → %s"), label, title);
  /* Translators: a link choice: the link kind, then the node it comes from */
  return g_strdup_printf (_("%s ← %s"), label, title);
}

static void
link_chosen_cb (GtkListBox    *list,
                GtkListBoxRow *row,
                SwCanvas      *self)
{
  guint index = gtk_list_box_row_get_index (row);

  gtk_popover_popdown (GTK_POPOVER (self->link_menu));
  gtk_widget_activate_action (GTK_WIDGET (self), "canvas.choose-link", "u", index);
}

/* A choice of the popover: the kind's colour, as its lines have on the canvas, then its name. */
static GtkWidget *
option_row (SwCanvas           *self,
            const SwLinkOption *option,
            SwNode             *anchor)
{
  SwLinkKind *kind = sw_document_lookup_link_kind (self->document, option->kind);
  g_autofree char *text = option_label (self, option, anchor);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), sw_kind_swatch_new (kind != NULL ? sw_link_kind_get_color (kind) : NULL));
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/**
 * _sw_canvas_offer_links:
 * @options: (transfer full): what to choose from
 * @anchor: the node the popover points at
 *
 * Lets the person choose the kind of a new link; "canvas.choose-link"
 * creates it.  A list rather than a menu, since menu items carry no colour.
 */
void
_sw_canvas_offer_links (SwCanvas *self,
                        GArray   *options,
                        SwNode   *anchor)
{
  GtkWidget *list = gtk_list_box_new ();

  g_clear_pointer (&self->link_options, g_array_unref);
  self->link_options = options;
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "sw-link-choices");
  for (guint i = 0; i < options->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         option_row (self, &g_array_index (options, SwLinkOption, i), anchor));
  g_signal_connect (list, "row-activated", G_CALLBACK (link_chosen_cb), self);

  unparent_popover (&self->link_menu);
  self->link_menu = gtk_popover_new ();
  gtk_widget_add_css_class (self->link_menu, "menu");
  gtk_popover_set_child (GTK_POPOVER (self->link_menu), list);
  gtk_widget_set_parent (self->link_menu, GTK_WIDGET (self));
  point_at_node (self, GTK_POPOVER (self->link_menu), anchor);
  gtk_popover_popup (GTK_POPOVER (self->link_menu));
}

static void
on_rename_activate (SwCanvas *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->rename_entry));
  g_autofree char *title = g_strstrip (g_strdup (text));
  SwNode *node = self->rename_node;

  self->rename_node = NULL;
  gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
  if (node == NULL || title[0] == '\0'
      || g_strcmp0 (title, sw_document_get_node_title (self->document, node, self->language)) == 0)
    return;
  if (!sw_document_set_text (self->document, node, SW_FIELD_TITLE, self->language, title, &error))
    _sw_canvas_emit_message (self, error->message);
  sw_history_break_coalescing (sw_document_get_history (self->document));
}

static void
on_rename_closed (SwCanvas *self)
{
  self->rename_node = NULL;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
ensure_rename_popover (SwCanvas *self)
{
  if (self->rename_popover != NULL)
    return;

  self->rename_entry = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->rename_entry), 28);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  g_signal_connect_swapped (self->rename_entry, "activate", G_CALLBACK (on_rename_activate), self);

  self->rename_popover = gtk_popover_new ();
  gtk_widget_add_css_class (self->rename_popover, "sw-canvas-rename");
  gtk_popover_set_child (GTK_POPOVER (self->rename_popover), self->rename_entry);
  gtk_popover_set_position (GTK_POPOVER (self->rename_popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (self->rename_popover, GTK_WIDGET (self));
  g_signal_connect_swapped (self->rename_popover, "closed", G_CALLBACK (on_rename_closed), self);
}

/**
 * sw_canvas_start_rename:
 *
 * Opens a text field on the focused node's card; Enter sets the title in
 * the canvas's language, Escape leaves it as it was.
 */
void
sw_canvas_start_rename (SwCanvas *self)
{
  SwNode *node;
  const char *title;

  g_return_if_fail (SW_IS_CANVAS (self));

  node = self->selection != NULL ? sw_selection_get_focus (self->selection) : NULL;
  if (node == NULL || self->document == NULL)
    return;

  _sw_canvas_scroll_to_node (self, node);
  ensure_rename_popover (self);
  self->rename_node = node;
  title = sw_document_get_node_title (self->document, node, self->language);
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), title != NULL ? title : "");
  point_at_node (self, GTK_POPOVER (self->rename_popover), node);
  gtk_popover_popup (GTK_POPOVER (self->rename_popover));
  gtk_widget_grab_focus (self->rename_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

static GMenuModel *
build_context_menu (SwCanvas *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();
  GPtrArray *kinds = sw_document_get_node_kinds (self->document);
  GPtrArray *selected = sw_selection_get_nodes (self->selection);
  gboolean all_pinned = selected->len > 0;

  for (guint i = 0; i < kinds->len; i++)
    {
      SwNodeKind *kind = g_ptr_array_index (kinds, i);
      const char *label = sw_document_get_text (self->document, sw_node_kind_get_label (kind),
                                                self->language, NULL);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "canvas.add-node", "s", sw_node_kind_get_id (kind));
      g_menu_append_item (add, item);
    }
  g_menu_append_submenu (menu, _("_Add"), G_MENU_MODEL (add));

  for (guint i = 0; i < selected->len; i++)
    all_pinned &= sw_node_get_pinned (g_ptr_array_index (selected, i));
  g_menu_append (edit, _("_Rename"), "canvas.rename");
  g_menu_append (edit, _("_Link To…"), "canvas.link");
  g_menu_append (edit, all_pinned ? _("_Unpin") : _("_Pin in Place"), "canvas.toggle-pin");
  g_menu_append (edit, _("_Delete"), "canvas.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  g_menu_append (view, _("Select _All"), "canvas.select-all");
  g_menu_append (view, _("Zoom to _Fit"), "canvas.zoom-fit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));

  return G_MENU_MODEL (menu);
}

/* Opens the context menu at @widget_x, @widget_y; on empty space, nodes
 * added from it go there. */
void
_sw_canvas_show_context_menu (SwCanvas *self,
                              double    widget_x,
                              double    widget_y)
{
  g_autoptr(GMenuModel) model = NULL;
  GdkRectangle rect = { widget_x, widget_y, 1, 1 };

  if (self->document == NULL)
    return;

  self->add_at_point = sw_selection_get_n_nodes (self->selection) == 0;
  _sw_canvas_widget_to_document (self, widget_x, widget_y, &self->add_x, &self->add_y);

  model = build_context_menu (self);
  unparent_popover (&self->context_menu);
  self->context_menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}
