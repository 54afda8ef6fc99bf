/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's Export and Print actions.  Both hand the document to code
 * outside the window (the Export dialog, the print operation) with what the
 * person is looking at: the language shown, the nodes the filter shows and
 * the selection.  A finished export offers to open the file in a toast.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-export-dialog.h"
#include "sw-print.h"
#include "sw-window-private.h"

static GHashTable *
selected_nodes (SwWindow *self)
{
  GPtrArray *nodes;
  GHashTable *set;

  if (self->selection == NULL || sw_selection_get_n_nodes (self->selection) == 0)
    return NULL;

  nodes = sw_selection_get_nodes (self->selection);
  set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_add (set, g_ptr_array_index (nodes, i));
  return set;
}

/* The nodes a filter (kinds, statuses, a tag, a partner) shows; %NULL without one. */
static GHashTable *
filtered_nodes (SwWindow *self)
{
  GHashTable *set;
  guint n;

  if (self->search == NULL || !sw_search_get_filtering (self->search))
    return NULL;

  set = g_hash_table_new (NULL, NULL);
  n = sw_document_get_n_nodes (self->document);
  for (guint i = 0; i < n; i++)
    {
      SwNode *node = sw_document_get_node (self->document, i);

      if (sw_search_matches (self->search, node))
        g_hash_table_add (set, node);
    }
  return set;
}

static void
exported_cb (SwExportDialog *dialog,
             GFile          *file,
             SwWindow       *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  g_autoptr(GHashTable) selection = NULL;
  g_autoptr(GHashTable) filtered = NULL;
  SwExportDialog *dialog;

  if (self->document == NULL)
    return;

  selection = selected_nodes (self);
  filtered = filtered_nodes (self);
  dialog = sw_export_dialog_new (GTK_WINDOW (self), self->document, self->file);
  sw_export_dialog_set_language (dialog, self->language);
  sw_export_dialog_set_selection (dialog, selection);
  sw_export_dialog_set_filtered (dialog, filtered);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The report of what is shown: the filtered part when a filter is on, in the language shown. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  g_autoptr(GHashTable) filtered = NULL;

  if (self->document == NULL)
    return;

  filtered = filtered_nodes (self);
  sw_print_report (GTK_WINDOW (self), self->document, self->language, filtered);
}

static void
launch_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SwWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the file: %s"),
                                                  error->message);

      _sw_window_show_toast (self, message);
    }
}

/* GtkFileLauncher is newer than GTK 4.8: GIO opens the file in the person's default app. */
static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL),
                                           G_APP_LAUNCH_CONTEXT (context), NULL, launch_ready_cb,
                                           g_object_ref (widget));
}

void
_sw_window_class_add_export_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);
}

void
_sw_window_update_export_action (SwWindow *self)
{
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_document);
}
