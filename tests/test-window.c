/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first window, driven through its actions under a real (virtual) display. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sw-window-private.h"

static void
wait_idle (SwWindow *window)
{
  while (sw_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  /* Let idle rebuilds and redraws run; bounded, since a frame clock may keep ticking. */
  for (guint i = 0; i < 200 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static AdwWindowTitle *
window_title (SwWindow *window)
{
  return window->window_title;
}

static const char *
visible_page (SwWindow *window)
{
  return gtk_stack_get_visible_child_name (window->stack);
}

/* How many nodes the outline's counts add up to. */
static guint
outline_total (SwWindow *window)
{
  GPtrArray *kinds = sw_document_get_node_kinds (sw_window_get_document (window));
  guint total = 0;

  for (guint i = 0; i < kinds->len; i++)
    total += sw_outline_get_kind_count (window->outline, sw_node_kind_get_id (g_ptr_array_index (kinds, i)));
  return total;
}

/* The message dialog shown over @window, if any. */
static AdwMessageDialog *
find_dialog (SwWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* The first button bound to @action under @widget. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_ACTIONABLE (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* GTK 4.8 has no public query of a widget action's state; the button bound to it shows it. */
static gboolean
action_enabled (SwWindow   *window,
                const char *name)
{
  GtkWidget *button = find_button (GTK_WIDGET (window), name);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static char *
copy_sample (const char *edition,
             char      **dir)
{
  g_autofree char *name = g_strdup_printf ("strategy-%s.json", edition);
  g_autofree char *sample = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  char *path;

  *dir = g_dir_make_tmp ("sw-window-XXXXXX", NULL);
  path = g_build_filename (*dir, name, NULL);
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

static SwWindow *
new_window (void)
{
  SwWindow *window = sw_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
destroy_window (SwWindow *window)
{
  AdwMessageDialog *dialog;

  while ((dialog = find_dialog (window)) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  if (sw_window_get_document (window) != NULL)
    sw_document_mark_saved (sw_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welcome (void)
{
  SwWindow *window = new_window ();

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_null (sw_window_get_document (window));
  g_assert_cmpstr (adw_window_title_get_title (window_title (window)), ==, "Strategy Workbench");
  /* Nothing to save or undo yet: the actions are disabled and refuse to run. */
  g_assert_false (action_enabled (window, "win.save"));

  destroy_window (window);
}

static void
test_open_sample (void)
{
  SwWindow *window = new_window ();
  SwDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2024");
  wait_idle (window);

  document = sw_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_cmpstr (visible_page (window), ==, "document");
  g_assert_null (sw_window_get_file (window));
  g_assert_nonnull (strstr (adw_window_title_get_title (window_title (window)), "Cyberspace"));
  g_assert_cmpstr (adw_window_title_get_subtitle (window_title (window)), ==, "Not saved");
  g_assert_cmpuint (outline_total (window), ==, sw_document_get_n_nodes (document));
  g_assert_false (sw_document_get_modified (document));
  g_assert_true (action_enabled (window, "win.save"));

  destroy_window (window);
}

static void
test_edit_undo_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_sample ("2011", &dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  SwWindow *window = new_window ();
  SwDocument *document;
  SwNode *node;

  sw_window_load_file (window, file);
  wait_idle (window);
  document = sw_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (sw_window_has_file (window, file));
  g_assert_cmpstr (adw_window_title_get_subtitle (window_title (window)), ==, "strategy-2011.json");

  node = sw_document_get_node (document, 0);
  g_assert_true (sw_document_set_text (document, node, SW_FIELD_TITLE, NULL, "A renamed concept", NULL));
  wait_idle (window);
  g_assert_true (sw_document_get_modified (document));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (window_title (window)), "(modified)"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_idle (window);
  g_assert_false (sw_document_get_modified (document));
  g_assert_cmpstr (adw_window_title_get_subtitle (window_title (window)), ==, "strategy-2011.json");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_idle (window);
  g_assert_null (sw_window_get_last_error (window));
  g_assert_false (sw_document_get_modified (document));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "A renamed concept"));

  destroy_window (window);
}

static void
test_open_broken_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  SwWindow *window = new_window ();
  const char *broken = "{\n  \"format\": \"strategy-workbench\",\n  ]\n";

  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  sw_window_load_file (window, file);
  wait_idle (window);

  g_assert_null (sw_window_get_document (window));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_nonnull (sw_window_get_last_error (window));
  g_assert_nonnull (strstr (sw_window_get_last_error (window), "broken.json:2:"));
  g_assert_nonnull (find_dialog (window));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, broken);

  destroy_window (window);
}

/* A file changed by someone else is never overwritten without asking. */
static void
test_changed_on_disk (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_sample ("2011", &dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  SwWindow *window = new_window ();
  SwDocument *document;

  sw_window_load_file (window, file);
  wait_idle (window);
  document = sw_window_get_document (window);
  sw_document_set_edition (document, "2011 revised");

  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "someone else's text", -1, NULL));
  sw_window_save_to (window, file);
  wait_idle (window);

  g_assert_nonnull (find_dialog (window));
  g_assert_true (sw_document_get_modified (document));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "someone else's text");

  destroy_window (window);
}

static void
test_save_failure_keeps_document (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "out.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwWindow *window = new_window ();
  SwDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2011");
  document = sw_window_get_document (window);
  sw_document_set_edition (document, "changed");
  sw_window_save_to (window, file);
  wait_idle (window);

  g_assert_nonnull (sw_window_get_last_error (window));
  g_assert_true (sw_document_get_modified (document));
  g_assert_null (sw_window_get_file (window));
  g_assert_nonnull (find_dialog (window));

  destroy_window (window);
}

static void
test_close_asks_about_unsaved_changes (void)
{
  SwWindow *window = new_window ();
  SwDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2024");
  document = sw_window_get_document (window);
  sw_document_set_edition (document, "2028");

  gtk_window_close (GTK_WINDOW (window));
  wait_idle (window);
  g_assert_nonnull (find_dialog (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  destroy_window (window);
}

static void
test_new_document (void)
{
  SwWindow *window = new_window ();
  SwDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  document = sw_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 1);
  g_assert_cmpstr (sw_node_get_kind (sw_document_get_node (document, 0)), ==, "concept");
  g_assert_false (sw_document_get_modified (document));
  g_assert_false (sw_history_get_can_undo (sw_document_get_history (document)));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("sw-window-data-XXXXXX", NULL);

  /* Recovery files of the windows tested go to a folder of their own, not the person's. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/open-sample", test_open_sample);
  g_test_add_func ("/window/edit-undo-save", test_edit_undo_save);
  g_test_add_func ("/window/open-broken-file", test_open_broken_file);
  g_test_add_func ("/window/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window/save-failure", test_save_failure_keeps_document);
  g_test_add_func ("/window/close-unsaved", test_close_asks_about_unsaved_changes);
  g_test_add_func ("/window/new", test_new_document);

  return g_test_run ();
}
