/* SPDX-License-Identifier: GPL-3.0-or-later */
/* File > Import in a window under a real (virtual) display. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "interchange-util.h"
#include "sw-window-import.h"
#include "sw-window-private.h"

/* The message dialog shown over @window, if any. */
static AdwMessageDialog *
find_dialog (SwWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel)
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* The first label under @widget whose text is a list of the report's lines. */
static GtkWidget *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "• "))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Runs the main loop until a document or a dialog shows up. */
static void
wait_for_result (SwWindow *window)
{
  for (guint i = 0; i < 5000 && sw_window_get_document (window) == NULL
                    && find_dialog (window) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static void
test_import (void)
{
  SwWindow *window = sw_window_new (NULL);
  g_autofree char *path = sw_test_data_path ("obsidian.canvas");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  SwDocument *document;

  gtk_window_present (GTK_WINDOW (window));
  _sw_window_import_files (window, &file, 1);
  wait_for_result (window);

  /* A new document, never saved, with nothing to undo; the report in a dialog. */
  document = sw_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 7);
  g_assert_null (sw_window_get_file (window));
  g_assert_false (sw_history_get_can_undo (sw_document_get_history (document)));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Imported 7 nodes and 3 links"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_label (GTK_WIDGET (dialog)))),
                            "• 1 file node became a note"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_broken (void)
{
  SwWindow *window = sw_window_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("sw-window-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.graphml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "<graphml>\n<graph>\n<node id=\"a\"></graph>", -1,
                                      NULL));
  gtk_window_present (GTK_WINDOW (window));
  _sw_window_import_files (window, &file, 1);
  wait_for_result (window);

  /* Nothing changes, and the message names the file and the place. */
  g_assert_null (sw_window_get_document (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken.graphml"));
  g_assert_nonnull (strstr (sw_window_get_last_error (window), "broken.graphml:3:"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("sw-window-import-data-XXXXXX", NULL);

  /* Recovery files of the windows tested go to a folder of their own. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/window-import/import", test_import);
  g_test_add_func ("/window-import/broken", test_import_broken);

  return g_test_run ();
}
