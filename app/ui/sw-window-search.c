/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's search bar and filter popover.  They set the criteria of the
 * window's SwSearch; the outline hides what does not match and the canvas
 * dims it.  Closing the search bar clears the search, so nothing stays
 * hidden without a visible reason.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-window-private.h"

static void
update_match_label (SwWindow *self)
{
  g_autofree char *text = NULL;

  if (self->document != NULL && sw_search_get_active (self->search))
    {
      guint n = sw_search_get_n_matches (self->search);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
    }
  gtk_label_set_text (self->match_label, text);

  if (sw_search_get_filtering (self->search))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
search_changed_cb (SwWindow *self)
{
  update_match_label (self);
}

static void
entry_changed_cb (SwWindow *self)
{
  sw_search_set_text (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_mode_cb (SwWindow *self)
{
  if (!self->search_mode)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      sw_search_reset (self->search);
    }
}

static void
kind_toggled_cb (GtkCheckButton *check,
                 SwWindow       *self)
{
  sw_search_set_kind_shown (self->search, gtk_widget_get_name (GTK_WIDGET (check)),
                            gtk_check_button_get_active (check));
}

static void
status_toggled_cb (GtkCheckButton *check,
                   SwWindow       *self)
{
  SwNodeStatus status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "sw-status"));

  sw_search_set_status_shown (self->search, status, gtk_check_button_get_active (check));
}

static void
tag_selected_cb (GtkDropDown *dropdown,
                 GParamSpec  *pspec,
                 SwWindow    *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GtkStringList *tags = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));

  sw_search_set_tag (self->search, selected == 0 ? NULL : gtk_string_list_get_string (tags, selected));
}

static void
partner_selected_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     SwWindow    *self)
{
  GPtrArray *partners = g_object_get_data (G_OBJECT (dropdown), "sw-partners");
  guint selected = gtk_drop_down_get_selected (dropdown);

  sw_search_set_partner (self->search, selected == 0 || selected > partners->len
                                       ? NULL : g_ptr_array_index (partners, selected - 1));
}

static void
clear_filters_cb (SwWindow *self)
{
  g_autofree char *text = g_strdup (sw_search_get_text (self->search));

  sw_search_reset (self->search);
  sw_search_set_text (self->search, text);
  gtk_popover_popdown (self->filter_popover);
}

static GtkWidget *
section_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
kinds_section (SwWindow *self)
{
  GtkWidget *flow = gtk_flow_box_new ();
  GPtrArray *kinds = sw_document_get_node_kinds (self->document);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  for (guint i = 0; i < kinds->len; i++)
    {
      const char *id = sw_node_kind_get_id (g_ptr_array_index (kinds, i));
      GtkWidget *check = gtk_check_button_new_with_label (sw_document_get_kind_label (self->document, id,
                                                                                      self->language));

      gtk_widget_set_name (check, id);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), sw_search_get_kind_shown (self->search, id));
      g_signal_connect (check, "toggled", G_CALLBACK (kind_toggled_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
    }
  return flow;
}

static GtkWidget *
statuses_section (SwWindow *self)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  for (guint i = 0; i < SW_N_NODE_STATUSES; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (sw_node_status_get_label (i));

      g_object_set_data (G_OBJECT (check), "sw-status", GUINT_TO_POINTER (i));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), sw_search_get_status_shown (self->search, i));
      g_signal_connect (check, "toggled", G_CALLBACK (status_toggled_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
    }
  return flow;
}

static GtkWidget *
tag_dropdown (SwWindow *self)
{
  g_auto(GStrv) tags = sw_search_list_tags (self->document);
  GtkStringList *list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  guint selected = 0;

  gtk_string_list_append (list, _("Any tag"));
  for (guint i = 0; tags[i] != NULL; i++)
    {
      gtk_string_list_append (list, tags[i]);
      if (g_strcmp0 (tags[i], sw_search_get_tag (self->search)) == 0)
        selected = i + 1;
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (tag_selected_cb), self);
  return dropdown;
}

/* Partners are the nodes of the kind named "partner", if the document's kind table has it. */
static GtkWidget *
partner_dropdown (SwWindow *self)
{
  GPtrArray *partners = sw_document_get_nodes_of_kind (self->document, "partner");
  GtkStringList *list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  guint selected = 0;

  gtk_string_list_append (list, _("Any partner"));
  for (guint i = 0; i < partners->len; i++)
    {
      SwNode *partner = g_ptr_array_index (partners, i);

      gtk_string_list_append (list, sw_document_get_node_title (self->document, partner, self->language));
      if (partner == sw_search_get_partner (self->search))
        selected = i + 1;
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  g_ptr_array_set_free_func (partners, NULL);
  g_object_set_data_full (G_OBJECT (dropdown), "sw-partners", partners, (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_sensitive (dropdown, partners->len > 0);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (partner_selected_cb), self);
  return dropdown;
}

/* The popover is rebuilt each time it opens: kinds, tags and partners change with the document. */
static void
filter_popover_show_cb (SwWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *clear;

  if (self->document == NULL)
    return;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_box_append (GTK_BOX (box), section_label (_("Kinds")));
  gtk_box_append (GTK_BOX (box), kinds_section (self));
  gtk_box_append (GTK_BOX (box), section_label (_("Statuses")));
  gtk_box_append (GTK_BOX (box), statuses_section (self));
  gtk_box_append (GTK_BOX (box), section_label (_("Tag")));
  gtk_box_append (GTK_BOX (box), tag_dropdown (self));
  gtk_box_append (GTK_BOX (box), section_label (_("Partner")));
  gtk_box_append (GTK_BOX (box), partner_dropdown (self));

  clear = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  gtk_widget_set_margin_top (clear, 6);
  gtk_widget_set_sensitive (clear, sw_search_get_filtering (self->search));
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_filters_cb), self);
  gtk_box_append (GTK_BOX (box), clear);

  gtk_popover_set_child (self->filter_popover, box);
}

void
_sw_window_init_search (SwWindow *self)
{
  self->filter_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filter_popover));
  g_signal_connect_swapped (self->filter_popover, "show", G_CALLBACK (filter_popover_show_cb), self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_object_bind_property (self, "search-mode", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect (self, "notify::search-mode", G_CALLBACK (search_mode_cb), NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (self->search, "changed", G_CALLBACK (search_changed_cb), self);
}
