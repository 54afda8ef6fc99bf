/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Editing several selected nodes at once: what they can share (status,
 * owner, tags).  A value they do not share shows as mixed; setting it
 * changes every node in one transaction, so one undo takes it all back.
 * Tags are edited as the set the nodes have in common: a tag removed there
 * is removed from each node, a tag added is added to each, and the tags
 * only some nodes have are kept.
 */
#define G_LOG_DOMAIN "sw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-inspector-private.h"

static GPtrArray *
selected_nodes (SwInspector *self)
{
  return sw_selection_get_nodes (self->selection);
}

static char **
common_tags (GPtrArray *nodes)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *first = sw_node_get_tags (g_ptr_array_index (nodes, 0));

  for (guint t = 0; first != NULL && first[t] != NULL; t++)
    {
      gboolean shared = TRUE;

      for (guint i = 1; shared && i < nodes->len; i++)
        shared = sw_node_has_tag (g_ptr_array_index (nodes, i), first[t]);
      if (shared)
        g_strv_builder_add (builder, first[t]);
    }
  return g_strv_builder_end (builder);
}

static void
set_multi_text (AdwEntryRow *row,
                const char  *text,
                gboolean     mixed)
{
  gboolean apply = adw_entry_row_get_show_apply_button (row);

  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_show_apply_button (row, apply);
  if (mixed)
    gtk_widget_add_css_class (GTK_WIDGET (row), "sw-mixed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "sw-mixed");
}

static gboolean
contains_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

void
_sw_inspector_show_multi (SwInspector *self)
{
  GPtrArray *nodes = selected_nodes (self);
  SwNode *first = g_ptr_array_index (nodes, 0);
  gboolean same_status = TRUE, same_owner = TRUE;
  g_auto(GStrv) tags = common_tags (nodes);
  g_autofree char *tags_text = _sw_inspector_join_tags ((const char * const *) tags);
  g_autofree char *title = NULL;

  for (guint i = 1; i < nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (nodes, i);

      same_status = same_status && sw_node_get_status (node) == sw_node_get_status (first);
      same_owner = same_owner && g_strcmp0 (sw_node_get_owner (node), sw_node_get_owner (first)) == 0;
    }

  /* Translators: the heading of the inspector when several nodes are selected */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Node Selected", "%u Nodes Selected",
                                        nodes->len), nodes->len);
  adw_preferences_group_set_title (self->multi_group, title);

  self->updating = TRUE;
  adw_combo_row_set_selected (self->multi_status_row,
                              same_status ? sw_node_get_status (first) : GTK_INVALID_LIST_POSITION);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->multi_status_row),
                               same_status ? NULL : _("Mixed"));
  /* A row being typed in keeps what is typed; it is refreshed when the selection changes. */
  if (!contains_focus (GTK_WIDGET (self->multi_owner_row)))
    set_multi_text (self->multi_owner_row, same_owner ? sw_node_get_owner (first) : NULL, !same_owner);
  if (!contains_focus (GTK_WIDGET (self->multi_tags_row)))
    set_multi_text (self->multi_tags_row, tags_text, FALSE);
  self->updating = FALSE;
}

static void
status_selected_cb (SwInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->multi_status_row);
  GPtrArray *nodes;

  if (self->updating || selected >= SW_N_NODE_STATUSES)
    return;

  nodes = selected_nodes (self);
  sw_document_begin_transaction (self->document, _("Set Status"));
  for (guint i = 0; i < nodes->len; i++)
    sw_document_set_node_status (self->document, g_ptr_array_index (nodes, i), selected);
  sw_document_commit_transaction (self->document);
}

static void
apply_owner_cb (SwInspector *self)
{
  const char *owner = gtk_editable_get_text (GTK_EDITABLE (self->multi_owner_row));
  GPtrArray *nodes = selected_nodes (self);

  sw_document_begin_transaction (self->document, _("Set Owner"));
  for (guint i = 0; i < nodes->len; i++)
    sw_document_set_node_owner (self->document, g_ptr_array_index (nodes, i), owner);
  sw_document_commit_transaction (self->document);
}

static void
apply_tags_cb (SwInspector *self)
{
  GPtrArray *nodes = selected_nodes (self);
  g_auto(GStrv) before = common_tags (nodes);
  g_auto(GStrv) after = _sw_inspector_parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->multi_tags_row)));

  sw_document_begin_transaction (self->document, _("Set Tags"));
  for (guint i = 0; i < nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (nodes, i);
      const char * const *tags = sw_node_get_tags (node);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) result = NULL;

      for (guint t = 0; tags != NULL && tags[t] != NULL; t++)
        {
          gboolean removed = g_strv_contains ((const char * const *) before, tags[t])
                             && !g_strv_contains ((const char * const *) after, tags[t]);

          if (!removed)
            g_strv_builder_add (builder, tags[t]);
        }
      for (guint t = 0; after[t] != NULL; t++)
        {
          if (!sw_node_has_tag (node, after[t]))
            g_strv_builder_add (builder, after[t]);
        }

      result = g_strv_builder_end (builder);
      sw_document_set_node_tags (self->document, node, (const char * const *) result);
    }
  sw_document_commit_transaction (self->document);
}

void
_sw_inspector_init_multi (SwInspector *self)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < SW_N_NODE_STATUSES; i++)
    gtk_string_list_append (labels, sw_node_status_get_label (i));
  self->updating = TRUE;
  adw_combo_row_set_model (self->multi_status_row, G_LIST_MODEL (labels));
  self->updating = FALSE;
  g_object_unref (labels);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->multi_owner_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->multi_tags_row), FALSE);
  g_signal_connect_swapped (self->multi_status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->multi_owner_row, "apply", G_CALLBACK (apply_owner_cb), self);
  g_signal_connect_swapped (self->multi_tags_row, "apply", G_CALLBACK (apply_tags_cb), self);
}
