/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Printing the report: GtkPrintOperation drives the same page renderer as
 * the PDF writer, set for the paper the person chooses.  The operation
 * works in points over the full sheet, as a PDF page does, so the report's
 * own margins, header and page numbers land where they do in the PDF.
 */
#define G_LOG_DOMAIN "sw-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-print.h"
#include "sw-report-layout.h"

typedef struct
{
  SwDocument     *document;
  char           *language;
  GHashTable     *nodes;
  SwReport       *report;
  SwReportLayout *layout;
} PrintJob;

/* Kept while the app runs, so the second print starts from the first one's choices. */
static GtkPrintSettings *last_settings;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->layout, sw_report_layout_free);
  g_clear_pointer (&job->report, sw_report_free);
  g_clear_pointer (&job->nodes, g_hash_table_unref);
  g_clear_object (&job->document);
  g_free (job->language);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  SwExportOptions options;

  sw_export_options_init (&options);
  options.language = job->language;
  options.nodes = job->nodes;

  g_clear_pointer (&job->layout, sw_report_layout_free);
  g_clear_pointer (&job->report, sw_report_free);
  job->report = sw_report_new (job->document, &options);
  job->layout = sw_report_layout_new (job->report, gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context), NULL, NULL, NULL,
                                      NULL);
  gtk_print_operation_set_n_pages (operation, sw_report_layout_get_n_pages (job->layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  sw_report_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      g_warning ("Could not print: %s", error ? error->message : "");
    }
}

static GtkPrintOperation *
new_operation (SwDocument *document,
               const char *language,
               GHashTable *nodes)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  const char *title = sw_document_get_text (document, sw_document_get_title (document), language,
                                            NULL);

  job->document = g_object_ref (document);
  job->language = g_strdup (language);
  job->nodes = nodes ? g_hash_table_ref (nodes) : NULL;

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, title[0] != '\0' ? title : _("Strategy"));
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  g_object_set_data_full (G_OBJECT (operation), "sw-print-job", job,
                          (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  return operation;
}

/**
 * sw_print_report:
 * @parent: (nullable): the window the print dialog belongs to
 * @language: (nullable): the report's language; %NULL for the source language
 * @nodes: (nullable): the nodes to include; %NULL for the whole document
 *
 * Shows the print dialog and prints the report of @document.
 */
void
sw_print_report (GtkWindow  *parent,
                 SwDocument *document,
                 const char *language,
                 GHashTable *nodes)
{
  g_autoptr(GtkPrintOperation) operation = new_operation (document, language, nodes);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), parent);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Could not print: %s", error->message);
}

/**
 * sw_print_report_to_file:
 * @page_setup: (nullable): the paper; %NULL for the default one
 *
 * Prints the report of @document to a PDF file through the print system,
 * without a dialog, as “Print to File” does.
 *
 * Returns: %FALSE on error
 */
gboolean
sw_print_report_to_file (SwDocument    *document,
                         const char    *language,
                         GHashTable    *nodes,
                         GtkPageSetup  *page_setup,
                         const char    *path,
                         GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = new_operation (document, language, nodes);

  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
