/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's Import action: a JSON Canvas, GraphML or spreadsheet file
 * (or a spreadsheet's elements and connections, chosen together) becomes a
 * new, unsaved document, in this window when it is empty, else in a new
 * one.  The import runs in a worker thread; what could not be carried over
 * is then listed in a dialog, and a file that cannot be imported changes
 * nothing and says why.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-import.h"
#include "sw-window-import.h"
#include "sw-window-private.h"

typedef struct
{
  SwWindow *window;
  char     *name;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->window);
  g_free (data->name);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportData, import_data_free)

/* What could not be carried over as it was, one line each, in a list that scrolls when long. */
static void
show_report (SwWindow       *window,
             SwImportReport *report)
{
  g_auto(GStrv) lines = sw_import_report_get_lines (report);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *nodes = NULL;
  g_autofree char *links = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *scroller, *label;
  guint n_nodes = sw_import_report_get_n_nodes (report);
  guint n_links = sw_import_report_get_n_links (report);

  /* Everything came over as it was: the new document says enough. */
  if (lines[0] == NULL)
    return;

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (list, "%s• %s", i > 0 ? "\n" : "", lines[i]);

  nodes = g_strdup_printf (ngettext ("%u node", "%u nodes", n_nodes), n_nodes);
  links = g_strdup_printf (ngettext ("%u link", "%u links", n_links), n_links);
  /* Translators: the first %s is "46 nodes", the second "56 links" */
  body = g_strdup_printf (_("Imported %s and %s. Some things could not be carried over as they "
                            "were:"), nodes, links);

  label = gtk_label_new (list->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Imported with Changes"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_ready_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ImportData) data = user_data;
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = sw_import_files_finish (result, &report, &error);
  SwWindow *window = data->window;

  if (document == NULL)
    {
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), data->name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_error (window, heading, error->message);
      return;
    }

  /* A window with a document keeps it; the import opens beside it. */
  if (sw_window_get_document (window) != NULL)
    {
      window = sw_window_new (gtk_window_get_application (GTK_WINDOW (window)));
      gtk_window_present (GTK_WINDOW (window));
    }

  sw_window_set_document (window, document, NULL, NULL);
  show_report (window, report);
}

/**
 * _sw_window_import_files:
 * @files: (array length=n_files): one file, or a spreadsheet's elements and connections
 *
 * Imports in the background, the format told from the first file's name.
 */
void
_sw_window_import_files (SwWindow  *self,
                         GFile    **files,
                         guint      n_files)
{
  ImportData *data;
  g_autofree char *first = g_file_get_parse_name (files[0]);
  const SwImportFormat *format = sw_import_guess_format (first);

  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (n_files > 0);

  if (format == NULL)
    {
      g_autofree char *name = g_file_get_basename (files[0]);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      _sw_window_show_error (self, heading,
                             _("Only JSON Canvas (.canvas), GraphML (.graphml) and spreadsheet "
                               "(.csv) files can be imported."));
      return;
    }

  data = g_new0 (ImportData, 1);
  data->window = g_object_ref (self);
  data->name = g_file_get_basename (files[0]);
  sw_import_files_async (format, files, n_files, NULL, import_ready_cb, data);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  SwWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
      if (files->len > 0)
        _sw_window_import_files (self, (GFile **) files->pdata, files->len);
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

/* One filter for every format, then one per format, from the importers' table. */
static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  guint n_formats;
  const SwImportFormat *formats = sw_import_get_formats (&n_formats);

  gtk_file_filter_set_name (all, _("All Supported Files"));
  gtk_file_chooser_add_filter (chooser, all);

  for (guint i = 0; i < n_formats; i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_auto(GStrv) extensions = g_strsplit (formats[i].extensions, ";", -1);

      gtk_file_filter_set_name (filter, _(formats[i].label));
      for (guint j = 0; extensions[j] != NULL; j++)
        {
          gtk_file_filter_add_suffix (filter, extensions[j]);
          gtk_file_filter_add_suffix (all, extensions[j]);
        }
      gtk_file_chooser_add_filter (chooser, filter);
    }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser));
  /* A spreadsheet's elements and connections are two files, chosen together. */
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_sw_window_class_add_import_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}
