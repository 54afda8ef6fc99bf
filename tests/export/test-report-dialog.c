/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Export dialog under a real (virtual) display: writing a file, cancelling, what it offers. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sw-export-dialog.h"
#include "sw-print.h"
#include "sw-window-private.h"
#include "test-report-util.h"

typedef struct
{
  GFile    *exported;
  gboolean  destroyed;
} Outcome;

static void
exported_cb (SwExportDialog *dialog,
             GFile          *file,
             Outcome        *outcome)
{
  g_set_object (&outcome->exported, file);
}

static void
destroyed_cb (GtkWidget *widget,
              Outcome   *outcome)
{
  outcome->destroyed = TRUE;
}

static SwExportDialog *
new_dialog (SwDocument *document,
            Outcome    *outcome)
{
  SwExportDialog *dialog = sw_export_dialog_new (NULL, document, NULL);

  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), outcome);
  g_signal_connect (dialog, "destroy", G_CALLBACK (destroyed_cb), outcome);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Runs the main loop until the dialog is gone; a minute at most, so that a stuck export fails. */
static void
wait_for_destroyed (Outcome *outcome)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!outcome->destroyed && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (outcome->destroyed);
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-report-dialog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_new_for_path (path);
}

/* The first widget of @type under @widget whose accessible title contains @title. */
static AdwComboRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_COMBO_ROW (widget)
      && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) != NULL)
    return ADW_COMBO_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_export_markdown (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GFile) file = temp_file ("report.md");
  g_autofree char *contents = NULL;
  Outcome outcome = { 0 };
  SwExportDialog *dialog = new_dialog (document, &outcome);

  g_assert_true (sw_export_dialog_set_format (dialog, "markdown"));
  sw_export_dialog_set_language (dialog, "fr");
  sw_export_dialog_export_to (dialog, file);
  wait_for_destroyed (&outcome);

  g_assert_nonnull (outcome.exported);
  g_assert_true (g_file_equal (outcome.exported, file));
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# United States"));
  g_assert_nonnull (strstr (contents, "Solidarité numérique"));
  g_clear_object (&outcome.exported);
}

/* Escape stops a running export: no file, no “exported”, the dialog goes away. */
static void
test_cancel (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GFile) file = temp_file ("report.pdf");
  Outcome outcome = { 0 };
  SwExportDialog *dialog = new_dialog (document, &outcome);

  g_assert_true (sw_export_dialog_set_format (dialog, "pdf"));
  sw_export_dialog_export_to (dialog, file);
  gtk_window_close (GTK_WINDOW (dialog));
  wait_for_destroyed (&outcome);

  g_assert_null (outcome.exported);
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
test_scopes (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GHashTable) selection = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) filtered = g_hash_table_new (NULL, NULL);
  Outcome outcome = { 0 };
  SwExportDialog *dialog = new_dialog (document, &outcome);
  AdwComboRow *scope = find_row (GTK_WIDGET (dialog), "Include");
  AdwComboRow *language = find_row (GTK_WIDGET (dialog), "Language");
  AdwComboRow *paper = find_row (GTK_WIDGET (dialog), "Paper");

  g_assert_nonnull (scope);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (scope)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (scope)), ==, 1);

  g_hash_table_add (selection, sw_document_get_node (document, 0));
  g_hash_table_add (selection, sw_document_get_node (document, 1));
  sw_export_dialog_set_selection (dialog, selection);
  sw_export_dialog_set_filtered (dialog, filtered);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (scope)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (scope)), ==, 3);

  /* The source language and the two translations of the sample. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (language)), ==, 3);

  /* The paper size matters only to paged formats. */
  g_assert_true (sw_export_dialog_set_format (dialog, "pdf"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (paper)));
  g_assert_true (sw_export_dialog_set_format (dialog, "csv"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (paper)));
  g_assert_false (sw_export_dialog_set_format (dialog, "no-such-format"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (outcome.destroyed);
}

static SwExportDialog *
find_export_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (SW_IS_EXPORT_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return SW_EXPORT_DIALOG (toplevel);
    }
  return NULL;
}

/* The window's Export action opens the dialog with the window's selection on offer. */
static void
test_window_action (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  SwWindow *window = sw_window_new (NULL);
  SwExportDialog *dialog;
  AdwComboRow *scope;

  sw_window_set_document (window, document, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  sw_selection_add (window->selection, sw_document_get_node (document, 0));
  sw_selection_add (window->selection, sw_document_get_node (document, 1));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_export_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  scope = find_row (GTK_WIDGET (dialog), "Include");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (scope)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The text of a PDF, one line per page, so that pages must break alike to compare equal. */
static char *
pdf_text (const char *path)
{
  g_autofree char *raw = report_test_pdf_text (path, 1, 999, FALSE);
  g_auto(GStrv) pages = g_strsplit (raw, "\f", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autofree char *page = report_test_squeeze (pages[i]);

      g_string_append_printf (text, "%s\n", page);
    }
  return g_string_free (text, FALSE);
}

/* Printing draws the PDF's pages: on the same paper, the same pages with the same text. */
static void
test_print_matches_pdf (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = report_test_export (document, "pdf", "fr", SW_PAGE_SIZE_A4);
  g_autofree char *exported = report_test_save (bytes, "exported.pdf");
  g_autofree char *dir = g_dir_make_tmp ("sw-report-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported_text = NULL;
  g_autofree char *printed_text = NULL;

  if (!report_test_require ("pdftotext"))
    return;

  gtk_page_setup_set_paper_size (setup, a4);
  g_assert_true (sw_print_report_to_file (document, "fr", NULL, setup, printed, &error));
  g_assert_no_error (error);

  exported_text = pdf_text (exported);
  printed_text = pdf_text (printed);
  g_assert_nonnull (strstr (printed_text, "Solidarité numérique"));
  g_assert_cmpuint (strlen (printed_text), >, 1000);
  g_assert_cmpstr (printed_text, ==, exported_text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/report/dialog/export-markdown", test_export_markdown);
  g_test_add_func ("/report/dialog/cancel", test_cancel);
  g_test_add_func ("/report/dialog/scopes", test_scopes);
  g_test_add_func ("/report/dialog/window-action", test_window_action);
  g_test_add_func ("/report/print/matches-pdf", test_print_matches_pdf);

  return g_test_run ();
}
