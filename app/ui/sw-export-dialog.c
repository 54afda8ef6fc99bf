/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Export dialog: a format from the shared table, a language, what to
 * include (the whole document, the nodes the filter shows, the selection)
 * and a paper size for paged formats.  The file is written by a worker
 * thread while the dialog shows progress and can cancel; the dialog is
 * modal, so the document does not change under the worker.
 */
#define G_LOG_DOMAIN "sw-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-export-dialog.h"
#include "sw-exporter.h"
#include "sw-resources.h"

typedef enum
{
  SCOPE_DOCUMENT,
  SCOPE_FILTER,
  SCOPE_SELECTION,
} Scope;

struct _SwExportDialog
{
  AdwWindow             parent_instance;

  SwDocument           *document;
  GFile                *document_file;
  GHashTable           *selection;
  GHashTable           *filtered;
  GPtrArray            *languages;
  Scope                 scopes[3];
  guint                 n_scopes;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  guint                 progress_id;
  int                   progress;       /* thousandths, written by the worker */

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *cancel_button;
  GtkWidget            *export_button;
  GtkStack             *stack;
  AdwComboRow          *format_row;
  AdwComboRow          *language_row;
  AdwComboRow          *scope_row;
  AdwComboRow          *page_size_row;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (SwExportDialog, sw_export_dialog, ADW_TYPE_WINDOW)

enum
{
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the worker needs, copied so that it does not touch the dialog. */
typedef struct
{
  SwDocument           *document;
  const SwExportFormat *format;
  char                 *language;
  GHashTable           *nodes;
  SwPageSize            page_size;
  GFile                *file;
  int                  *progress;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->document);
  g_free (job->language);
  g_clear_pointer (&job->nodes, g_hash_table_unref);
  g_clear_object (&job->file);
  g_free (job);
}

static const SwExportFormat *
selected_format (SwExportDialog *self)
{
  guint n_formats;
  const SwExportFormat *formats = sw_export_get_formats (&n_formats);
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected < n_formats ? &formats[selected] : &formats[0];
}

static gboolean
is_paged (const SwExportFormat *format)
{
  return g_str_equal (format->name, "pdf") || g_str_equal (format->name, "html");
}

static void
format_changed_cb (SwExportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->page_size_row), is_paged (selected_format (self)));
}

static void
fill_formats (SwExportDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n_formats;
  const SwExportFormat *formats = sw_export_get_formats (&n_formats);

  for (guint i = 0; i < n_formats; i++)
    gtk_string_list_append (labels, g_dgettext (GETTEXT_PACKAGE, formats[i].label));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (labels));
}

/* The source language first, then the translations, as in the window's language menu. */
static void
fill_languages (SwExportDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *source = sw_document_get_source_language (self->document);
  const char * const *targets = sw_document_get_languages (self->document);
  g_autofree char *source_label = g_strdup_printf (_("%s (source)"), source);

  g_ptr_array_add (self->languages, g_strdup (source));
  gtk_string_list_append (labels, source_label);
  for (guint i = 0; targets[i] != NULL; i++)
    {
      g_ptr_array_add (self->languages, g_strdup (targets[i]));
      gtk_string_list_append (labels, targets[i]);
    }

  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (labels));
  gtk_widget_set_visible (GTK_WIDGET (self->language_row), targets[0] != NULL);
}

static void
fill_scopes (SwExportDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint current = adw_combo_row_get_selected (self->scope_row);
  Scope previous = current < self->n_scopes ? self->scopes[current] : SCOPE_DOCUMENT;
  guint selected = 0;

  self->n_scopes = 0;
  self->scopes[self->n_scopes++] = SCOPE_DOCUMENT;
  gtk_string_list_append (labels, _("The whole document"));

  if (self->filtered != NULL)
    {
      guint n = g_hash_table_size (self->filtered);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "The filtered part (%u element)",
                                                             "The filtered part (%u elements)", n),
                                                n);

      self->scopes[self->n_scopes++] = SCOPE_FILTER;
      gtk_string_list_append (labels, label);
    }

  if (self->selection != NULL && g_hash_table_size (self->selection) > 0)
    {
      guint n = g_hash_table_size (self->selection);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "The selection (%u element)",
                                                             "The selection (%u elements)", n),
                                                n);

      self->scopes[self->n_scopes++] = SCOPE_SELECTION;
      gtk_string_list_append (labels, label);
    }

  for (guint i = 0; i < self->n_scopes; i++)
    if (self->scopes[i] == previous)
      selected = i;

  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->scope_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->scope_row), self->n_scopes > 1);
}

static GHashTable *
selected_nodes (SwExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->scope_row);
  Scope scope = selected < self->n_scopes ? self->scopes[selected] : SCOPE_DOCUMENT;

  if (scope == SCOPE_FILTER && self->filtered != NULL)
    return g_hash_table_ref (self->filtered);
  if (scope == SCOPE_SELECTION && self->selection != NULL)
    return g_hash_table_ref (self->selection);
  return NULL;
}

static void
set_busy (SwExportDialog *self,
          gboolean        busy)
{
  gtk_stack_set_visible_child_name (self->stack, busy ? "progress" : "options");
  gtk_widget_set_sensitive (self->export_button, !busy);
  if (!busy)
    g_clear_handle_id (&self->progress_id, g_source_remove);
}

/* Called in the worker thread: only an atomic store, read by the timeout below. */
static void
job_progress (double   fraction,
              gpointer user_data)
{
  g_atomic_int_set ((int *) user_data, (int) (CLAMP (fraction, 0, 1) * 1000));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  SwExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SwExportOptions options;

  sw_export_options_init (&options);
  options.language = job->language;
  options.nodes = job->nodes;
  options.page_size = job->page_size;
  options.progress = job_progress;
  options.progress_data = job->progress;

  bytes = job->format->export (job->document, &options, cancellable, &error);
  if (bytes == NULL
      || !g_file_replace_contents (job->file, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), NULL, FALSE,
                                   G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  SwExportDialog *self = SW_EXPORT_DIALOG (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Closed while writing: the dialog was only hidden until the worker stopped. */
      if (!gtk_widget_get_visible (GTK_WIDGET (self)))
        gtk_window_destroy (GTK_WINDOW (self));
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
        }
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, job->file);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * sw_export_dialog_export_to:
 *
 * Exports with the chosen options to @file, as after choosing it in the
 * file chooser; emits #SwExportDialog::exported and closes when done.
 */
void
sw_export_dialog_export_to (SwExportDialog *self,
                            GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);
  guint language = adw_combo_row_get_selected (self->language_row);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = g_strdup_printf (_("Exporting to “%s”…"), name);

  g_return_if_fail (SW_IS_EXPORT_DIALOG (self));
  g_return_if_fail (self->cancellable == NULL);

  job->document = g_object_ref (self->document);
  job->format = selected_format (self);
  job->language = g_strdup (language < self->languages->len
                            ? g_ptr_array_index (self->languages, language) : NULL);
  job->nodes = selected_nodes (self);
  job->page_size = adw_combo_row_get_selected (self->page_size_row) == 1 ? SW_PAGE_SIZE_LETTER
                                                                          : SW_PAGE_SIZE_A4;
  job->file = g_object_ref (file);
  job->progress = &self->progress;

  g_atomic_int_set (&self->progress, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_text (self->progress_label, message);
  set_busy (self, TRUE);
  self->progress_id = g_timeout_add (100, update_progress_cb, self);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, sw_export_dialog_export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static char *
suggested_name (SwExportDialog       *self,
                const SwExportFormat *format)
{
  g_autofree char *base = NULL;
  const char *suffix = g_str_equal (format->name, "csv-links") ? "-links" : "";

  if (self->document_file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->document_file);
      char *dot = strrchr (name, '.');

      if (dot != NULL && dot != name)
        *dot = '\0';
      base = g_steal_pointer (&name);
    }
  else
    base = g_strdup (_("Strategy"));

  return g_strdup_printf ("%s%s.%s", base, suffix, format->extension);
}

static void
chooser_response_cb (SwExportDialog *self,
                     int             response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    sw_export_dialog_export_to (self, file);
}

static void
export_clicked_cb (SwExportDialog *self)
{
  const SwExportFormat *format = selected_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self, format);
  g_autofree char *pattern = g_strdup_printf ("*.%s", format->extension);

  gtk_file_filter_set_name (filter, g_dgettext (GETTEXT_PACKAGE, format->label));
  gtk_file_filter_add_mime_type (filter, format->mime_type);
  gtk_file_filter_add_pattern (filter, pattern);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (self->document_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->document_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Cancel stops a running export and keeps the dialog; otherwise it closes it. */
static void
cancel_clicked_cb (SwExportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  gtk_window_close (GTK_WINDOW (widget));
  return TRUE;
}

static gboolean
close_request_cb (SwExportDialog *self)
{
  /* Closing while a file is written cancels it; the dialog goes once the worker has stopped. */
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
sw_export_dialog_dispose (GObject *object)
{
  SwExportDialog *self = SW_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_object (&self->document_file);
  g_clear_pointer (&self->selection, g_hash_table_unref);
  g_clear_pointer (&self->filtered, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (sw_export_dialog_parent_class)->dispose (object);
}

static void
sw_export_dialog_finalize (GObject *object)
{
  SwExportDialog *self = SW_EXPORT_DIALOG (object);

  g_clear_pointer (&self->languages, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_export_dialog_parent_class)->finalize (object);
}

static void
sw_export_dialog_class_init (SwExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_export_dialog_dispose;
  object_class->finalize = sw_export_dialog_finalize;

  /**
   * SwExportDialog::exported:
   * @file: the file written
   *
   * Emitted when a file has been written, just before the dialog closes.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  /* Naming the resources makes the linker keep them from the static library. */
  (void) sw_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/"
                                               "sw-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SwExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
sw_export_dialog_init (SwExportDialog *self)
{
  self->languages = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

/**
 * sw_export_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @document_file: (nullable): where @document is saved, for the name and folder offered
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
SwExportDialog *
sw_export_dialog_new (GtkWindow  *parent,
                      SwDocument *document,
                      GFile      *document_file)
{
  SwExportDialog *self;
  const char *paper = gtk_paper_size_get_default ();

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  self = g_object_new (SW_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  g_set_object (&self->document_file, document_file);
  fill_formats (self);
  fill_languages (self);
  fill_scopes (self);
  /* Letter where the locale uses it, A4 elsewhere. */
  adw_combo_row_set_selected (self->page_size_row,
                              g_str_equal (paper, GTK_PAPER_NAME_LETTER) ? 1 : 0);
  format_changed_cb (self);
  return self;
}

/* @language: (nullable): the language to offer first, e.g. the one the window shows */
void
sw_export_dialog_set_language (SwExportDialog *self,
                               const char     *language)
{
  guint index;

  g_return_if_fail (SW_IS_EXPORT_DIALOG (self));

  if (language != NULL
      && g_ptr_array_find_with_equal_func (self->languages, language, g_str_equal, &index))
    adw_combo_row_set_selected (self->language_row, index);
}

/* @nodes: (nullable): the selected nodes, offered as a scope when there are any */
void
sw_export_dialog_set_selection (SwExportDialog *self,
                                GHashTable     *nodes)
{
  g_return_if_fail (SW_IS_EXPORT_DIALOG (self));

  g_clear_pointer (&self->selection, g_hash_table_unref);
  self->selection = nodes ? g_hash_table_ref (nodes) : NULL;
  fill_scopes (self);
}

/* @nodes: (nullable): the nodes a filter shows, or %NULL when no filter is on */
void
sw_export_dialog_set_filtered (SwExportDialog *self,
                               GHashTable     *nodes)
{
  g_return_if_fail (SW_IS_EXPORT_DIALOG (self));

  g_clear_pointer (&self->filtered, g_hash_table_unref);
  self->filtered = nodes ? g_hash_table_ref (nodes) : NULL;
  fill_scopes (self);
}

/* Returns: %FALSE if no format is called @name */
gboolean
sw_export_dialog_set_format (SwExportDialog *self,
                             const char     *name)
{
  guint n_formats;
  const SwExportFormat *formats = sw_export_get_formats (&n_formats);

  g_return_val_if_fail (SW_IS_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < n_formats; i++)
    if (g_str_equal (formats[i].name, name))
      {
        adw_combo_row_set_selected (self->format_row, i);
        return TRUE;
      }
  return FALSE;
}
