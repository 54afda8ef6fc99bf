/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Translate page and the Languages dialog under a real (virtual)
 * display: the list, filters and search, Enter and Ctrl+Enter in the editor,
 * right-to-left editing, and removing a language with its confirmation and
 * undo.
 */
#include <adwaita.h>

#include "sw-json-reader.h"
#include "sw-languages-dialog.h"
#include "sw-translate-view-private.h"

typedef struct
{
  GtkWindow       *window;
  SwTranslateView *view;
  SwDocument      *document;
} Fixture;

static void
wait_idle (void)
{
  /* Bounded: a frame clock may keep the loop busy. */
  for (guint i = 0; i < 300 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->document = sw_json_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->view = SW_TRANSLATE_VIEW (sw_translate_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  sw_translate_view_set_document (fixture->view, fixture->document);
  gtk_window_present (fixture->window);
  wait_idle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  wait_idle ();
  g_clear_object (&fixture->document);
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->view->filtered));
}

static SwTranslationUnit *
selected (Fixture *fixture)
{
  return gtk_single_selection_get_selected_item (fixture->view->selection);
}

static void
select_id (Fixture    *fixture,
           const char *id)
{
  for (guint i = 0; i < n_rows (fixture); i++)
    {
      g_autoptr(SwTranslationUnit) unit = g_list_model_get_item (G_LIST_MODEL (fixture->view->filtered), i);

      if (g_str_equal (sw_translation_unit_get_id (unit), id))
        {
          gtk_single_selection_set_selected (fixture->view->selection, i);
          wait_idle ();
          return;
        }
    }

  g_error ("“%s” is not in the list", id);
}

/* Presses a key in the translation editor, through its own key handler. */
static gboolean
press_in_editor (Fixture         *fixture,
                 guint            keyval,
                 GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view->target_view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
          if (handled)
            break;
        }
    }

  wait_idle ();
  return handled;
}

static void
type_translation (Fixture    *fixture,
                  const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (fixture->view->target_view);

  gtk_text_buffer_set_text (buffer, text, -1);
}

static const char *
stored (Fixture    *fixture,
        const char *id,
        const char *language)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->view->units));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwTranslationUnit) unit = g_list_model_get_item (G_LIST_MODEL (fixture->view->units), i);

      if (g_str_equal (sw_translation_unit_get_id (unit), id))
        return sw_text_get (sw_translation_unit_get_text (unit, fixture->document), language);
    }

  g_error ("No unit “%s”", id);
}

static void
test_lists_units (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) units = sw_translation_units_collect (fixture->document);
  g_autoptr(SwTranslationStatus) status = sw_translation_status_new (fixture->document, units);
  const SwTranslationCounts *fr = sw_translation_status_get_counts (status, "fr");
  const SwTranslationCounts *es = sw_translation_status_get_counts (status, "es");

  /* The first target language, texts that need work first. */
  g_assert_cmpstr (sw_translate_view_get_language (fixture->view), ==, "fr");
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->view->state_dropdown), ==, SW_STATE_FILTER_TO_DO);
  g_assert_cmpuint (n_rows (fixture), ==, fr->missing + fr->stale);
  g_assert_nonnull (selected (fixture));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->view->editor_stack), ==, "editor");

  gtk_drop_down_set_selected (fixture->view->state_dropdown, SW_STATE_FILTER_ALL);
  wait_idle ();
  g_assert_cmpuint (n_rows (fixture), ==, units->len);

  sw_translate_view_set_language (fixture->view, "es");
  wait_idle ();
  g_assert_cmpstr (sw_translate_view_get_language (fixture->view), ==, "es");
  gtk_drop_down_set_selected (fixture->view->state_dropdown, SW_STATE_FILTER_STALE);
  wait_idle ();
  g_assert_cmpuint (n_rows (fixture), ==, es->stale);
  g_assert_cmpstr (sw_translation_unit_get_id (selected (fixture)), ==, "principle-2.title");

  /* The source language is no choice here: the view stays on its target language. */
  sw_translate_view_set_language (fixture->view, "en");
  g_assert_cmpstr (sw_translate_view_get_language (fixture->view), ==, "es");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  gtk_drop_down_set_selected (fixture->view->state_dropdown, SW_STATE_FILTER_ALL);
  gtk_editable_set_text (GTK_EDITABLE (fixture->view->search_entry), "SOLIDARITÉ");
  g_signal_emit_by_name (fixture->view->search_entry, "search-changed");
  wait_idle ();

  /* Found in the French translation, whatever the case. */
  g_assert_cmpuint (n_rows (fixture), ==, 1);
  g_assert_cmpstr (sw_translation_unit_get_id (selected (fixture)), ==, "digital-solidarity.title");

  gtk_editable_set_text (GTK_EDITABLE (fixture->view->search_entry), "undersea");
  g_signal_emit_by_name (fixture->view->search_entry, "search-changed");
  wait_idle ();
  g_assert_cmpuint (n_rows (fixture), >=, 2);

  gtk_editable_set_text (GTK_EDITABLE (fixture->view->search_entry), "no such words anywhere");
  g_signal_emit_by_name (fixture->view->search_entry, "search-changed");
  wait_idle ();
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->view->list_stack), ==, "no-match");
}

static void
test_enter_saves_and_advances (Fixture       *fixture,
                               gconstpointer  data)
{
  SwHistory *history = sw_document_get_history (fixture->document);
  guint n_steps = sw_history_get_n_undo_steps (history);
  guint n_before = n_rows (fixture);
  g_autofree char *first = NULL;

  select_id (fixture, "principle-1.description");
  first = g_strdup (sw_translation_unit_get_id (selected (fixture)));
  type_translation (fixture, "Poursuivre une vision positive");
  g_assert_true (press_in_editor (fixture, GDK_KEY_Return, 0));

  /* Saved through the document, as one undo step. */
  g_assert_cmpstr (stored (fixture, first, "fr"), ==, "Poursuivre une vision positive");
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);

  /* On to the next text that needs work; the translated one stays in the list until the filter changes. */
  g_assert_cmpstr (sw_translation_unit_get_id (selected (fixture)), ==, "principle-2.description");
  g_assert_cmpuint (n_rows (fixture), ==, n_before);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->view->target_view)));
  g_assert_true (g_str_equal (stored (fixture, "principle-2.description", "fr") ?: "", ""));

  /* Enter without typing saves nothing and moves on. */
  g_assert_true (press_in_editor (fixture, GDK_KEY_Return, 0));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);
  g_assert_cmpstr (sw_translation_unit_get_id (selected (fixture)), ==, "principle-3.description");

  /* Shift+Enter is a line break, left to the text view: nothing saved, no move. */
  press_in_editor (fixture, GDK_KEY_Return, GDK_SHIFT_MASK);
  g_assert_cmpstr (sw_translation_unit_get_id (selected (fixture)), ==, "principle-3.description");
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);

  /* Moving to another text saves the one being typed. */
  type_translation (fixture, "Mobiliser les bons outils");
  select_id (fixture, "aa1.description");
  g_assert_cmpstr (stored (fixture, "principle-3.description", "fr"), ==, "Mobiliser les bons outils");
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 2);

  /* Undo brings the document back; the view follows. */
  g_assert_true (sw_document_undo (fixture->document));
  g_assert_true (sw_document_undo (fixture->document));
  wait_idle ();
  g_assert_null (stored (fixture, first, "fr"));
}

static void
test_ctrl_enter_confirms_stale (Fixture       *fixture,
                                gconstpointer  data)
{
  SwHistory *history = sw_document_get_history (fixture->document);
  SwTranslationUnit *unit;
  guint n_steps = sw_history_get_n_undo_steps (history);

  sw_translate_view_set_language (fixture->view, "es");
  wait_idle ();
  select_id (fixture, "principle-2.title");
  unit = selected (fixture);
  g_object_ref (unit);
  g_assert_cmpint (sw_translation_unit_get_state (unit, fixture->document, "es"), ==, SW_TRANSLATION_STALE);
  g_assert_true (gtk_widget_get_visible (fixture->view->confirm_button));

  g_assert_true (press_in_editor (fixture, GDK_KEY_Return, GDK_CONTROL_MASK));

  /* The same text, now current; one step, and the editor went on. */
  g_assert_cmpint (sw_translation_unit_get_state (unit, fixture->document, "es"), ==,
                   SW_TRANSLATION_TRANSLATED);
  g_assert_cmpstr (stored (fixture, "principle-2.title", "es"), ==,
                   "Integrar la ciberseguridad, el desarrollo y la innovación");
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (history), ==, "Confirm Translation");
  g_assert_true (selected (fixture) != unit);

  g_assert_true (sw_document_undo (fixture->document));
  g_assert_cmpint (sw_translation_unit_get_state (unit, fixture->document, "es"), ==, SW_TRANSLATION_STALE);
  g_object_unref (unit);
}

static void
test_right_to_left (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->view->target_view)), ==, GTK_TEXT_DIR_LTR);
  sw_document_add_language (fixture->document, "ar", &error);
  g_assert_no_error (error);
  wait_idle ();
  sw_translate_view_set_language (fixture->view, "ar");
  wait_idle ();

  g_assert_cmpstr (sw_translate_view_get_language (fixture->view), ==, "ar");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->view->target_view)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->view->source_label)), ==, GTK_TEXT_DIR_LTR);

  type_translation (fixture, "التضامن الرقمي");
  g_assert_true (press_in_editor (fixture, GDK_KEY_Return, 0));
  g_assert_cmpstr (stored (fixture, "document.title", "ar"), ==, "التضامن الرقمي");
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_languages_dialog (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWindow *dialog = sw_languages_dialog_present (fixture->window, fixture->document);
  AdwMessageDialog *question;
  SwHistory *history = sw_document_get_history (fixture->document);
  guint n_steps = sw_history_get_n_undo_steps (history);
  g_autoptr(GPtrArray) units = sw_translation_units_collect (fixture->document);

  wait_idle ();
  g_assert_cmpstr (sw_language_get_name ("fr"), ==, "French");

  /* Adding: one step. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "languages.add", "s", "de");
  g_assert_true (sw_document_has_language (fixture->document, "de"));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);

  /* Removing asks first; cancelling keeps the language. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "languages.remove", "s", "es");
  wait_idle ();
  question = find_message_dialog (dialog);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "cancel");
  wait_idle ();
  g_assert_true (sw_document_has_language (fixture->document, "es"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "languages.remove", "s", "es");
  wait_idle ();
  question = find_message_dialog (dialog);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "remove");
  wait_idle ();
  g_assert_false (sw_document_has_language (fixture->document, "es"));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 2);
  g_assert_null (stored (fixture, "digital-solidarity.title", "es"));

  /* The view lost the language too; undo brings language and texts back. */
  g_assert_cmpuint (fixture->view->languages->len, ==, 2);
  g_assert_true (sw_document_undo (fixture->document));
  wait_idle ();
  g_assert_true (sw_document_has_language (fixture->document, "es"));
  g_assert_cmpstr (stored (fixture, "digital-solidarity.title", "es"), ==, "Solidaridad digital");
  g_assert_cmpuint (units->len, >, 0);

  gtk_window_destroy (dialog);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/translate/view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("lists-units", test_lists_units);
  ADD ("search", test_search);
  ADD ("enter-saves-and-advances", test_enter_saves_and_advances);
  ADD ("ctrl-enter-confirms-stale", test_ctrl_enter_confirms_stale);
  ADD ("right-to-left", test_right_to_left);
  ADD ("languages-dialog", test_languages_dialog);

  return g_test_run ();
}
