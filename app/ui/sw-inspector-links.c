/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The inspector's list of the shown node's links, incoming and outgoing.
 * Each row names the node at the other end and the kind of link, with the
 * kind's colour; choosing it selects that node and shows it on the canvas,
 * so a strategy can be walked from the keyboard.
 */
#define G_LOG_DOMAIN "sw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-inspector-private.h"
#include "sw-kind-swatch.h"

static void
row_activated_cb (AdwActionRow *row,
                  SwInspector  *self)
{
  SwNode *other = g_object_get_data (G_OBJECT (row), "sw-node");

  if (other != NULL)
    g_signal_emit_by_name (self, "node-activated", other);
}

static GtkWidget *
link_row (SwInspector *self,
          SwLink      *link)
{
  SwLinkKind *link_kind = sw_document_lookup_link_kind (self->document, sw_link_get_kind (link));
  gboolean outgoing = sw_link_get_from (link) == self->node;
  SwNode *other = outgoing ? sw_link_get_to (link) : sw_link_get_from (link);
  const char *kind = sw_document_get_kind_label (self->document, sw_link_get_kind (link), self->language);
  const char *title = sw_document_get_node_title (self->document, other, self->language);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;

  if (outgoing)
    /* Translators: a link from the shown node to another, e.g. "→ advances" */
    subtitle = g_strdup_printf (_("→ %s"), kind);
  else
    /* Translators: a link from another node to the shown one, e.g. "← advances" */
    subtitle = g_strdup_printf (_("← %s"), kind);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] ? title : _("Untitled"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, outgoing ? _("Go to the node this links to")
                                             : _("Go to the node that links here"));

  /* The kind's colour, as the link's line has on the canvas. */
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             sw_kind_swatch_new (link_kind != NULL ? sw_link_kind_get_color (link_kind) : NULL));

  icon = gtk_image_new_from_icon_name ("go-next-symbolic");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  g_object_set_data_full (G_OBJECT (row), "sw-node", g_object_ref (other), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  return row;
}

void
_sw_inspector_show_links (SwInspector *self)
{
  g_autoptr(GPtrArray) links = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->links_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_list))) != NULL)
    gtk_list_box_remove (self->links_list, child);

  if (self->node == NULL || self->document == NULL)
    return;

  links = sw_document_get_node_links (self->document, self->node);
  for (guint i = 0; i < links->len; i++)
    gtk_list_box_append (self->links_list, link_row (self, g_ptr_array_index (links, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->links_group), links->len > 0);
}

static gboolean
links_idle_cb (gpointer user_data)
{
  SwInspector *self = user_data;

  self->links_id = 0;
  _sw_inspector_show_links (self);
  return G_SOURCE_REMOVE;
}

/* Links change in bursts (a node deleted with its links): one rebuild per main-loop turn. */
void
_sw_inspector_queue_links (SwInspector *self)
{
  if (self->node != NULL && self->links_id == 0)
    self->links_id = g_idle_add (links_idle_cb, self);
}
