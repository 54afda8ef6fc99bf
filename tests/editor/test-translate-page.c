/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Translate page in the window, narrow and wide: folded, the editor
 * opens over the list when a text is chosen and goes back with the back
 * button or Escape; Enter and Ctrl+Enter work the same either way.
 */
#include "editor-test-util.h"
#include "sw-translate-view-private.h"
#include "sw-translation.h"

static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* A window of @width with the 2024 sample on its Translate page; X has no window manager to resize it later. */
static SwWindow *
open_translate_page (int width)
{
  SwWindow *window = sw_window_new (editor_test_application ());

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2024"));
  editor_test_wait (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "translate"));
  editor_test_wait_until (has_width, window->translate_view);
  editor_test_wait (window);
  return window;
}

static SwTranslationUnit *
shown (SwWindow *window)
{
  return window->translate_view->shown;
}

static const char *
stored (SwWindow          *window,
        SwTranslationUnit *unit)
{
  return sw_text_get (sw_translation_unit_get_text (unit, sw_window_get_document (window)), "fr");
}

static void
type_translation (SwWindow   *window,
                  const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (window->translate_view->target_view), text, -1);
}

static gboolean
showing_editor (SwWindow *window)
{
  SwTranslateView *view = window->translate_view;

  return adw_leaflet_get_visible_child (view->leaflet) == view->editor_pane;
}

static gboolean
editor_has_focus (SwWindow *window)
{
  return gtk_widget_has_focus (GTK_WIDGET (window->translate_view->target_view));
}

/* The back button follows its action, translate.back, which Escape also activates. */
static gboolean
back_enabled (SwWindow *window)
{
  return gtk_widget_get_sensitive (window->translate_view->back_button);
}

/* The first cell of the list's second row, to click. */
static GtkWidget *
second_row_cell (SwTranslateView *view)
{
  GtkWidget *list = NULL;
  GtkWidget *row;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view->column_view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list = child;
  g_assert_nonnull (list);

  row = gtk_widget_get_first_child (list);
  g_assert_nonnull (row);
  row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  return gtk_widget_get_first_child (row);
}

static void
test_folded (void)
{
  SwWindow *window = open_translate_page (560);
  SwTranslateView *view = window->translate_view;
  g_autoptr(SwTranslationUnit) first = NULL;
  g_autoptr(SwTranslationUnit) second = NULL;
  g_autoptr(SwTranslationUnit) third = NULL;
  GListModel *columns = gtk_column_view_get_columns (view->column_view);
  g_autoptr(GtkColumnViewColumn) translation_column = g_list_model_get_item (columns, 2);

  /* Too narrow for both: the list alone, without the column the editor shows. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <, 581);
  g_assert_true (adw_leaflet_get_folded (view->leaflet));
  g_assert_false (showing_editor (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->column_view)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view->target_view)));
  g_assert_false (gtk_column_view_column_get_visible (translation_column));
  g_assert_true (gtk_column_view_get_single_click_activate (view->column_view));
  g_assert_false (back_enabled (window));

  /* Choosing a text (one click) opens it in the editor, which takes the whole page. */
  first = g_list_model_get_item (G_LIST_MODEL (view->filtered), 1);
  if (!editor_test_click (second_row_cell (view)))
    {
      /* What the click does, without XTest. */
      gtk_single_selection_set_selected (view->selection, 1);
      g_signal_emit_by_name (view->column_view, "activate", 1);
    }
  editor_test_wait (window);
  g_assert_true (showing_editor (window));
  g_assert_true (shown (window) == first);
  g_assert_true (back_enabled (window));
  editor_test_wait (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->target_view)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view->column_view)));
  g_assert_true (gtk_widget_get_mapped (view->back_bar));
  g_assert_true (editor_has_focus (window));

  if (!editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Return, 0))
    {
      g_test_skip ("No XTest to type keys");
      editor_test_destroy (window);
      return;
    }
  /* Enter with nothing typed moves on; Enter after typing saves and moves on, in the editor still. */
  g_assert_true (shown (window) != first);
  second = g_object_ref (shown (window));
  type_translation (window, "Deuxième");
  g_assert_true (editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Return, 0));
  g_assert_cmpstr (stored (window, second), ==, "Deuxième");
  g_assert_true (showing_editor (window));
  g_assert_true (editor_has_focus (window));
  third = g_object_ref (shown (window));
  g_assert_true (third != second);

  /* Ctrl+Enter keeps the translation as it stands and moves on, folded too. */
  type_translation (window, "Troisième");
  g_assert_true (editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_cmpstr (stored (window, third), ==, "Troisième");
  g_assert_true (shown (window) != third);
  g_assert_true (showing_editor (window));

  /* Escape goes back to the list, saving what was typed, as leaving a text does. */
  type_translation (window, "Quatrième");
  g_clear_object (&third);
  third = g_object_ref (shown (window));
  g_assert_true (editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  g_assert_false (showing_editor (window));
  g_assert_cmpstr (stored (window, third), ==, "Quatrième");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->column_view)));

  /* Enter on a row of the list opens it again; the back button returns. */
  g_assert_true (editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Return, 0));
  g_assert_true (showing_editor (window));
  g_signal_emit_by_name (view->back_button, "clicked");
  editor_test_wait (window);
  g_assert_false (showing_editor (window));

  /* On the list, Escape is not the page's to take. */
  g_assert_false (back_enabled (window));

  editor_test_destroy (window);
}

/* Wide, the list and the editor side by side: the editor is always there, nothing goes back. */
static void
test_unfolded (void)
{
  SwWindow *window = open_translate_page (1400);
  SwTranslateView *view = window->translate_view;
  GListModel *columns = gtk_column_view_get_columns (view->column_view);
  g_autoptr(GtkColumnViewColumn) translation_column = g_list_model_get_item (columns, 2);
  g_autoptr(SwTranslationUnit) unit = NULL;

  g_assert_false (adw_leaflet_get_folded (view->leaflet));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->column_view)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->target_view)));
  g_assert_false (gtk_widget_get_mapped (view->back_bar));
  g_assert_true (gtk_column_view_column_get_visible (translation_column));
  g_assert_false (gtk_column_view_get_single_click_activate (view->column_view));

  gtk_single_selection_set_selected (view->selection, 2);
  g_signal_emit_by_name (view->column_view, "activate", 2);
  editor_test_wait (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->column_view)));
  g_assert_true (editor_has_focus (window));
  g_assert_false (back_enabled (window));

  if (!editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Return, 0))
    {
      g_test_skip ("No XTest to type keys");
      editor_test_destroy (window);
      return;
    }
  unit = g_object_ref (shown (window));
  type_translation (window, "Côte à côte");
  g_assert_true (editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Return, 0));
  g_assert_cmpstr (stored (window, unit), ==, "Côte à côte");
  g_assert_true (editor_test_send_key (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->target_view)));

  editor_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!editor_test_init (&argc, &argv))
    {
      g_test_skip ("No display");
      return 0;
    }

  /* Pages slide in at once, so what is shown can be checked right away. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/translate-page/folded", test_folded);
  g_test_add_func ("/translate-page/unfolded", test_unfolded);
  return g_test_run ();
}
