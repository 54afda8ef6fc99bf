/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Saving safety in the window: autosave to a recovery file and when it goes
 * away, recovery offered on the welcome page, the watch on the file on disk,
 * recent files and dropped files.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "editor-test-util.h"
#include "sw-json-reader.h"

static gboolean
recovery_written (gpointer data)
{
  SwWindow *window = data;

  return window->recovery != NULL && sw_recovery_exists (window->recovery)
         && !sw_recovery_get_busy (window->recovery) && window->autosave_id == 0;
}

static gboolean
recovery_gone (gpointer data)
{
  SwWindow *window = data;

  return window->recovery == NULL
         || (!sw_recovery_exists (window->recovery) && !sw_recovery_get_busy (window->recovery));
}

static SwWindow *
open_copy (const char  *edition,
           char       **dir,
           char       **path,
           GFile      **file)
{
  SwWindow *window = editor_test_new_window ();

  *path = editor_test_copy_sample (edition, dir);
  *file = g_file_new_for_path (*path);
  sw_window_load_file (window, *file);
  editor_test_wait (window);
  g_assert_nonnull (sw_window_get_document (window));
  return window;
}

/*
 * A change is written to the window's recovery file a moment later, with the
 * file it belongs to; the person's file is not touched; saving removes the
 * recovery file.
 */
static void
test_autosave_and_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *difference = NULL;
  g_autoptr(SwRecovery) recovered = NULL;
  g_autoptr(GError) error = NULL;
  SwWindow *window = open_copy ("2011", &dir, &path, &file);
  SwDocument *document = sw_window_get_document (window);
  g_autofree char *recovery_dir = sw_recovery_get_directory ();

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_false (recovery_written (window));

  sw_document_set_edition (document, "2011, revised");
  sw_document_add_node (document, "objective", "An objective added before a crash", 5, 5, NULL);
  editor_test_wait_until (recovery_written, window);

  g_assert_true (g_str_has_prefix (sw_recovery_get_path (window->recovery), recovery_dir));
  recovered = sw_recovery_load (sw_recovery_get_path (window->recovery), &error);
  g_assert_no_error (error);
  if (!sw_document_equal (document, sw_recovery_get_document (recovered), &difference))
    g_error ("The recovery file differs: %s", difference);
  g_assert_true (g_file_equal (sw_recovery_get_original (recovered), file));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  editor_test_wait (window);
  g_assert_false (sw_window_get_modified (window));
  editor_test_wait_until (recovery_gone, window);

  editor_test_destroy (window);
  editor_test_remove_tree (dir);
}

/* Undo back to the saved state needs no recovery; Discard when closing removes it too. */
static void
test_autosave_undo_and_discard (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  AdwMessageDialog *dialog;

  sw_document_set_edition (document, "2028");
  editor_test_wait_until (recovery_written, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor_test_wait_until (recovery_gone, window);

  sw_document_set_edition (document, "2029");
  editor_test_wait_until (recovery_written, window);
  {
    g_autofree char *path = g_strdup (sw_recovery_get_path (window->recovery));

    gtk_window_close (GTK_WINDOW (window));
    editor_test_wait (window);
    dialog = editor_test_find_dialog (window);
    g_assert_nonnull (dialog);
    g_object_ref (window);
    adw_message_dialog_response (dialog, "discard");
    editor_test_wait (NULL);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    g_object_unref (window);
  }
}

/* Makes a recovery file as a crashed window would have left it: written by a process now gone. */
static char *
leave_recovery (SwDocument *document,
                GFile      *original)
{
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();
  g_autoptr(GBytes) contents = sw_recovery_serialize (document, original, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("\"pid\" : [0-9]+", 0, 0, NULL);
  g_autofree char *orphaned = NULL;

  g_assert_true (sw_recovery_write (recovery, contents, NULL));
  g_assert_true (g_file_get_contents (sw_recovery_get_path (recovery), &text, NULL, NULL));
  orphaned = g_regex_replace_literal (regex, text, -1, 0, "\"pid\" : 0", 0, NULL);
  g_assert_true (g_file_set_contents (sw_recovery_get_path (recovery), orphaned, -1, NULL));
  return g_strdup (sw_recovery_get_path (recovery));
}

/* The button under @widget whose label or, for an icon button, tooltip is @text. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_BUTTON (widget)
      && (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0
          || g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/*
 * The welcome page offers what a crash left; recovering opens it modified,
 * for its own file, and saving writes that file and removes the recovery.
 */
static void
test_recover_from_welcome (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = editor_test_copy_sample ("2011", &dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwDocument) edited = sw_json_load_file (file, NULL, NULL, NULL, NULL);
  g_autofree char *recovery_path = NULL;
  g_autoptr(SwDocument) saved = NULL;
  g_autofree char *difference = NULL;
  SwWindow *window;
  GtkWidget *recover;

  sw_document_set_edition (edited, "Edited before the crash");
  recovery_path = leave_recovery (edited, file);

  window = editor_test_new_window ();
  editor_test_wait (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->recovery_group)));
  recover = find_button (GTK_WIDGET (window->recovery_list), "_Recover");
  g_assert_nonnull (recover);
  g_signal_emit_by_name (recover, "clicked");
  editor_test_wait (window);

  g_assert_nonnull (sw_window_get_document (window));
  g_assert_cmpstr (sw_document_get_edition (sw_window_get_document (window)), ==, "Edited before the crash");
  g_assert_true (sw_window_has_file (window, file));
  g_assert_true (sw_window_get_modified (window));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (window->window_title), "(modified)"));
  g_assert_cmpstr (sw_recovery_get_path (window->recovery), ==, recovery_path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  editor_test_wait (window);
  g_assert_null (sw_window_get_last_error (window));
  g_assert_false (sw_window_get_modified (window));
  editor_test_wait_until (recovery_gone, window);
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  saved = sw_json_load_file (file, NULL, NULL, NULL, NULL);
  if (!sw_document_equal (saved, sw_window_get_document (window), &difference))
    g_error ("The saved file differs: %s", difference);

  editor_test_destroy (window);
  editor_test_remove_tree (dir);
}

static void
test_discard_from_welcome (void)
{
  g_autoptr(SwDocument) edited = sw_document_new ("en");
  g_autofree char *recovery_path = NULL;
  SwWindow *window;
  GtkWidget *discard;
  AdwMessageDialog *dialog;

  sw_document_add_node (edited, "concept", "Never saved", 0, 0, NULL);
  recovery_path = leave_recovery (edited, NULL);
  window = editor_test_new_window ();
  editor_test_wait (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->recovery_group)));

  /* The row's trash button asks first. */
  discard = find_button (GTK_WIDGET (window->recovery_list), "Discard");
  g_assert_nonnull (discard);
  g_signal_emit_by_name (discard, "clicked");
  editor_test_wait (window);
  dialog = editor_test_find_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  editor_test_wait (window);
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->recovery_group)));

  editor_test_destroy (window);
}

static gboolean
bar_shown (gpointer data)
{
  SwWindow *window = data;

  return gtk_revealer_get_reveal_child (window->disk_revealer);
}

/* Another program changes the file: a bar offers to reload it; reloading shows its new content. */
static void
test_changed_on_disk (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) changed = NULL;
  SwWindow *window = open_copy ("2011", &dir, &path, &file);

  /* Our own save raises no bar. */
  sw_document_set_edition (sw_window_get_document (window), "Saved here");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  editor_test_wait (window);
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (50000);
      editor_test_wait (window);
    }
  g_assert_false (bar_shown (window));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  changed = g_string_new (contents);
  g_string_replace (changed, "\"Saved here\"", "\"Changed elsewhere\"", 1);
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, changed->str, -1, NULL));
  editor_test_wait_until (bar_shown, window);
  g_assert_true (gtk_widget_get_visible (window->disk_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  editor_test_wait (window);
  g_assert_cmpstr (sw_document_get_edition (sw_window_get_document (window)), ==, "Changed elsewhere");
  g_assert_false (bar_shown (window));

  /* Removed: the bar says so, and there is nothing to reload. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  editor_test_wait_until (bar_shown, window);
  g_assert_false (gtk_widget_get_visible (window->disk_button));

  editor_test_destroy (window);
  editor_test_remove_tree (dir);
}

static gboolean
recent_has (gpointer data)
{
  SwWindow *window = ((gpointer *) data)[0];
  const char *uri = ((gpointer *) data)[1];
  GMenuModel *menu = G_MENU_MODEL (window->recent_menu);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                         G_VARIANT_TYPE_STRING);

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
        return TRUE;
    }
  return FALSE;
}

/* A file opened is listed under the Open button, and choosing it there opens it. */
static void
test_recent (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  SwWindow *window = open_copy ("2024", &dir, &path, &file);
  g_autofree char *uri = g_file_get_uri (file);
  gpointer data[2] = { window, uri };
  SwWindow *other;

  editor_test_wait_until (recent_has, data);

  other = editor_test_new_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.open-recent", "s", uri));
  editor_test_wait (other);
  /* Already open in a window: that window is brought forward instead. */
  g_assert_null (sw_window_get_document (other));
  editor_test_destroy (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.open-recent", "s", uri));
  editor_test_wait (other);
  g_assert_true (sw_window_has_file (other, file));

  editor_test_destroy (other);
  editor_test_remove_tree (dir);
}

/* A strategy dropped on an empty window opens in it. */
static void
test_drop (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = editor_test_copy_sample ("2011", &dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwWindow *window = editor_test_new_window ();
  GtkDropTarget *target = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GdkFileList *list = gdk_file_list_new_from_array (&file, 1);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  editor_test_wait (window);
  g_assert_true (sw_window_has_file (window, file));

  editor_test_destroy (window);
  editor_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Autosave soon after a change, so the tests need not wait long. */
  g_setenv ("SW_AUTOSAVE_DELAY", "50", TRUE);

  if (!editor_test_init (&argc, &argv))
    {
      g_test_skip ("No display");
      return g_test_run ();
    }

  g_test_add_func ("/saving-safety/autosave-and-save", test_autosave_and_save);
  g_test_add_func ("/saving-safety/autosave-undo-and-discard", test_autosave_undo_and_discard);
  g_test_add_func ("/saving-safety/recover-from-welcome", test_recover_from_welcome);
  g_test_add_func ("/saving-safety/discard-from-welcome", test_discard_from_welcome);
  g_test_add_func ("/saving-safety/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window/recent", test_recent);
  g_test_add_func ("/window/drop", test_drop);

  return g_test_run ();
}
