/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The editor's window, driven through its actions: layout, views, languages and shortcuts. */
#include <glib/gstdio.h>
#include <string.h>

#include "editor-test-util.h"
#include "sw-canvas-private.h"
#include "sw-graph-painter-private.h"
#include "sw-inspector-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"

static void
test_welcome_and_sample (void)
{
  SwWindow *window = editor_test_new_window ();

  editor_test_wait (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "welcome");
  g_assert_false (gtk_widget_get_visible (window->search_button));
  g_assert_false (editor_test_action_enabled (window, "win.save"));
  g_assert_false (editor_test_action_enabled (window, "win.search"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2024"));
  editor_test_wait (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "document");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "graph");
  g_assert_true (gtk_widget_get_visible (window->search_button));
  g_assert_true (editor_test_action_enabled (window, "win.save"));
  g_assert_true (editor_test_action_enabled (window, "win.search"));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "Not saved");

  /* Another sample from a window with a document opens in a new window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2011"));
  editor_test_wait (window);
  g_assert_nonnull (strstr (adw_window_title_get_title (window->window_title), "Digital Policy"));

  editor_test_destroy (window);
  for (GList *l = gtk_application_get_windows (editor_test_application ()); l;
       l = gtk_application_get_windows (editor_test_application ()))
    editor_test_destroy (l->data);
}

/* The sidebars fold and unfold with their toggles and shortcuts' actions. */
static void
test_sidebars (void)
{
  SwWindow *window = editor_test_open_sample ("2024");

  g_assert_true (adw_flap_get_reveal_flap (window->outline_flap));
  g_assert_true (adw_flap_get_reveal_flap (window->inspector_flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-outline", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
  editor_test_wait (window);
  g_assert_false (adw_flap_get_reveal_flap (window->outline_flap));
  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->outline_button)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-outline", NULL));
  editor_test_wait (window);
  g_assert_true (adw_flap_get_reveal_flap (window->outline_flap));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->outline_button)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "outline"));
  editor_test_wait (window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "outline");

  editor_test_destroy (window);
}

/*
 * The sidebars belong to the graph: away from it they close and their
 * toggles go; back on it they are as they were.
 */
static void
test_sidebars_follow_page (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  const char * const pages[] = { "translate", "outline" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (adw_flap_get_reveal_flap (window->inspector_flap));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", pages[i]));
      editor_test_wait (window);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, pages[i]);
      g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
      g_assert_false (gtk_widget_get_visible (window->inspector_button));
      g_assert_false (gtk_widget_get_visible (window->outline_button));
      g_assert_false (editor_test_action_enabled (window, "win.show-inspector"));
      g_assert_false (editor_test_action_enabled (window, "win.show-outline"));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "graph"));
      editor_test_wait (window);
      g_assert_true (adw_flap_get_reveal_flap (window->inspector_flap));
      g_assert_true (gtk_widget_get_visible (window->inspector_button));
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->inspector_button)));
      g_assert_true (editor_test_action_enabled (window, "win.show-inspector"));
    }

  /* Closed on the graph, it stays closed when the person comes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
  editor_test_wait (window);
  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "translate"));
  editor_test_wait (window);
  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "graph"));
  editor_test_wait (window);
  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->inspector_button)));

  /* Showing a node from the Translate page brings the inspector back with the graph. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "translate"));
  editor_test_wait (window);
  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  g_signal_emit_by_name (window->translate_view, "node-activated",
                         sw_document_lookup_node (sw_window_get_document (window), "aa2"));
  editor_test_wait (window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "graph");
  g_assert_true (adw_flap_get_reveal_flap (window->inspector_flap));

  editor_test_destroy (window);
}

static gboolean
is_wide (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) >= 1200;
}

static gboolean
is_narrow (gpointer data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (data));

  return width > 0 && width < 600;
}

/* Narrow: the view switcher moves to the bottom, the sidebars fold over the graph. */
static void
test_narrow (void)
{
  SwWindow *window = editor_test_open_sample ("2024");

  editor_test_wait_until (is_wide, window);
  editor_test_wait (window);
  g_assert_true (gtk_widget_get_visible (window->view_switcher));
  g_assert_false (adw_view_switcher_bar_get_reveal (window->switcher_bar));
  g_assert_false (adw_flap_get_folded (window->outline_flap));
  g_assert_false (adw_flap_get_folded (window->inspector_flap));

  editor_test_destroy (window);

  /* The size is the one a window gets at its start: X has no window manager here to resize it. */
  window = sw_window_new (editor_test_application ());
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2024"));
  editor_test_wait_until (is_narrow, window);
  editor_test_wait (window);
  g_assert_false (gtk_widget_get_visible (window->view_switcher));
  g_assert_true (adw_view_switcher_bar_get_reveal (window->switcher_bar));
  g_assert_true (adw_flap_get_folded (window->outline_flap));
  g_assert_true (adw_flap_get_folded (window->inspector_flap));
  /* Folded sidebars are hidden at first, and open over the graph when asked. */
  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
  editor_test_wait (window);
  g_assert_true (adw_flap_get_reveal_flap (window->inspector_flap));

  editor_test_destroy (window);
}

/* The language menu lists the translations; choosing one shows every view in it. */
static void
test_language (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  GListModel *languages;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->language_dropdown)));
  languages = gtk_drop_down_get_model (window->language_dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (languages), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (languages), 1), ==, "fr");

  gtk_drop_down_set_selected (window->language_dropdown, 1);
  editor_test_wait (window);
  g_assert_cmpstr (window->language, ==, "fr");
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==,
                   sw_document_get_text (sw_window_get_document (window),
                                         sw_document_get_title (sw_window_get_document (window)), "fr", NULL));

  gtk_drop_down_set_selected (window->language_dropdown, 0);
  editor_test_wait (window);
  g_assert_null (window->language);

  /* A document without translations has no language menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  editor_test_destroy (window);
  for (GList *l = gtk_application_get_windows (editor_test_application ()); l;
       l = gtk_application_get_windows (editor_test_application ()))
    {
      SwWindow *other = l->data;

      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (other->language_dropdown)));
      editor_test_destroy (other);
    }
}

/* Every action with a shortcut in the app is in the shortcuts window. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/strategyworkbench/Workbench/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (editor_test_application ());
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l; l = l->next)
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        {
          g_autofree char *action = NULL;

          g_object_get (l->data, "action-name", &action, NULL);
          if (action != NULL)
            g_hash_table_add (listed, g_steal_pointer (&action));
        }
    }
  g_slist_free (objects);

  g_assert_cmpuint (g_strv_length (actions), >, 10);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *name = NULL;

      /* A detailed action ("win.view::graph") is listed by its detailed name. */
      if (!g_hash_table_contains (listed, actions[i]))
        g_error ("The shortcuts window does not list %s", actions[i]);
      (void) name;
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
}

static SwCanvas *
canvas_of (SwWindow *window)
{
  return SW_CANVAS (window->canvas);
}

static void
canvas_action (SwWindow   *window,
               const char *action,
               GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (window->canvas, action, parameter));
  editor_test_wait (window);
}

static void
window_action (SwWindow   *window,
               const char *action,
               GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  editor_test_wait (window);
}

/* The document as the app saves it: two states are the same when these bytes are. */
static GBytes *
snapshot (SwWindow *window)
{
  return sw_json_write (sw_window_get_document (window));
}

static void
assert_state (SwWindow *window,
              GBytes   *expected)
{
  g_autoptr(GBytes) now = snapshot (window);

  if (!g_bytes_equal (now, expected))
    g_error ("The document is not in the state expected after an undo or a redo");
}

static gboolean
linked (SwDocument *document,
        SwNode     *from,
        SwNode     *to,
        const char *kind)
{
  g_autoptr(GPtrArray) links = sw_document_get_node_links (document, from);

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);

      if (sw_link_get_from (link) == from && sw_link_get_to (link) == to
          && (kind == NULL || g_str_equal (sw_link_get_kind (link), kind)))
        return TRUE;
    }
  return FALSE;
}

/* The newest node: what Add just made. */
static SwNode *
last_node (SwWindow *window)
{
  SwDocument *document = sw_window_get_document (window);

  return sw_document_get_node (document, sw_document_get_n_nodes (document) - 1);
}

static gboolean
arranged (gpointer data)
{
  return SW_WINDOW (data)->arrange_cancellable == NULL;
}

/*
 * The day's work through the window's actions: open a strategy, select, add
 * a node, link it, move it, rename it, delete it, arrange; every step undone
 * and redone back to the same document; saved, reopened and compared.
 */
static void
test_edit_flow (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = editor_test_copy_sample ("2024", &dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(SwDocument) reopened = NULL;
  g_autofree char *difference = NULL;
  SwWindow *window = editor_test_new_window ();
  SwDocument *document;
  SwSelection *selection;
  SwCanvas *canvas;
  SwNode *area, *other, *added;
  double x, y;
  guint index = G_MAXUINT;

  sw_window_load_file (window, file);
  editor_test_wait (window);
  document = sw_window_get_document (window);
  selection = sw_window_get_selection (window);
  canvas = canvas_of (window);
  area = sw_document_lookup_node (document, "aa2");
  other = sw_document_lookup_node (document, "aa3");
  g_ptr_array_add (states, snapshot (window));

  /* Select, as a click does; the inspector and the outline follow. */
  sw_selection_select_only (selection, area);
  editor_test_wait (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->inspector->stack), ==, "node");

  /* Add an objective near the selected area: linked to it by the one kind the rules allow. */
  canvas_action (window, "canvas.add-node", g_variant_new_string ("objective"));
  added = last_node (window);
  g_assert_cmpstr (sw_node_get_kind (added), ==, "objective");
  g_assert_true (linked (document, added, area, "advances"));
  g_assert_true (canvas->rename_node == added);
  g_ptr_array_add (states, snapshot (window));
  gtk_editable_set_text (GTK_EDITABLE (canvas->rename_entry), "A new objective");
  g_signal_emit_by_name (canvas->rename_entry, "activate");
  editor_test_wait (window);
  g_assert_cmpstr (sw_document_get_node_title (document, added, NULL), ==, "A new objective");
  g_ptr_array_add (states, snapshot (window));

  /* Link it to a second area: several kinds are allowed, so the canvas asks. */
  {
    g_autoptr(GPtrArray) pair = g_ptr_array_new ();

    g_ptr_array_add (pair, added);
    g_ptr_array_add (pair, other);
    sw_selection_set (selection, pair);
    editor_test_wait (window);
  }
  canvas_action (window, "canvas.link", NULL);
  g_assert_nonnull (canvas->link_options);
  for (guint i = 0; i < canvas->link_options->len; i++)
    if (g_str_equal (g_array_index (canvas->link_options, SwLinkOption, i).kind, "advances"))
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);
  canvas_action (window, "canvas.choose-link", g_variant_new_uint32 (index));
  /* Chosen from its menu, the menu closes by itself; activated here, it is closed here. */
  gtk_popover_popdown (GTK_POPOVER (canvas->link_menu));
  g_assert_true (linked (document, added, other, "advances"));
  g_ptr_array_add (states, snapshot (window));

  /* Move it with the keyboard's step. */
  sw_selection_select_only (selection, added);
  x = sw_node_get_x (added);
  y = sw_node_get_y (added);
  canvas_action (window, "canvas.move-selection", g_variant_new ("(dd)", SW_CANVAS_KEY_STEP, 0.0));
  g_assert_cmpfloat (sw_node_get_x (added), ==, x + SW_CANVAS_KEY_STEP);
  g_assert_cmpfloat (sw_node_get_y (added), ==, y);
  g_ptr_array_add (states, snapshot (window));

  /* Rename it. */
  canvas_action (window, "canvas.rename", NULL);
  gtk_editable_set_text (GTK_EDITABLE (canvas->rename_entry), "A renamed objective");
  g_signal_emit_by_name (canvas->rename_entry, "activate");
  editor_test_wait (window);
  g_assert_cmpstr (sw_document_get_node_title (document, added, NULL), ==, "A renamed objective");
  g_ptr_array_add (states, snapshot (window));

  /* Delete it: its links go with it. */
  canvas_action (window, "canvas.delete", NULL);
  g_assert_cmpuint (sw_document_get_node_position (document, added), ==, G_MAXUINT);
  g_ptr_array_add (states, snapshot (window));

  /* Arrange the whole strategy: one step, off the main thread. */
  window_action (window, "win.arrange", g_variant_new_string ("layered"));
  editor_test_wait_until (arranged, window);
  editor_test_wait (window);
  g_ptr_array_add (states, snapshot (window));
  g_assert_false (g_bytes_equal (states->pdata[states->len - 1], states->pdata[states->len - 2]));

  /* Every step undone, then redone, lands on the same documents. */
  for (guint i = states->len - 1; i > 0; i--)
    {
      g_test_message ("undo to state %u", i - 1);
      assert_state (window, states->pdata[i]);
      window_action (window, "win.undo", NULL);
    }
  assert_state (window, states->pdata[0]);
  g_assert_false (sw_window_get_modified (window));
  for (guint i = 1; i < states->len; i++)
    {
      g_test_message ("redo to state %u", i);
      window_action (window, "win.redo", NULL);
      assert_state (window, states->pdata[i]);
    }

  /* Saved and read again: the same document. */
  window_action (window, "win.save", NULL);
  g_assert_null (sw_window_get_last_error (window));
  g_assert_false (sw_window_get_modified (window));
  reopened = sw_json_load_file (file, NULL, NULL, NULL, NULL);
  g_assert_nonnull (reopened);
  if (!sw_document_equal (reopened, document, &difference))
    g_error ("The reopened file differs: %s", difference);

  editor_test_destroy (window);
  editor_test_remove_tree (dir);
}

/* Types @text into the focused widget, through the display server when it can. */
static void
type_text (SwWindow   *window,
           GtkWidget  *entry,
           const char *text)
{
  if (!editor_test_send_key (entry, GDK_KEY_a, GDK_CONTROL_MASK))
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      return;
    }
  for (const char *c = text; *c; c++)
    editor_test_send_key (entry, *c == ' ' ? GDK_KEY_space : gdk_unicode_to_keyval (*c), 0);
}

static void
press (SwWindow *window,
       guint     keyval)
{
  GtkRoot *root = gtk_widget_get_root (window->canvas);

  if (!editor_test_send_key (GTK_WIDGET (gtk_root_get_focus (root)), keyval, 0))
    {
      /* Without a way to type, the key's binding is what runs. */
      if (keyval == GDK_KEY_Return)
        g_signal_emit_by_name (gtk_root_get_focus (root), "activate");
    }
}

/*
 * Without a mouse: Tab to the concept, add a principle under it, name it,
 * add an action area under that, then an objective that advances it.  The
 * kind menu is the canvas's context menu (Menu key); the test calls the
 * action its items run.
 */
static void
test_keyboard_only (void)
{
  SwWindow *window = editor_test_new_window ();
  SwDocument *document;
  SwSelection *selection;
  SwCanvas *canvas;
  SwNode *concept, *principle, *area, *objective;
  const struct { const char *kind; const char *title; } steps[] = {
    { "principle", "openness" }, { "action-area", "open trade" }, { "objective", "open ports" },
  };
  SwNode *made[3];

  window_action (window, "win.new", NULL);
  document = sw_window_get_document (window);
  selection = sw_window_get_selection (window);
  canvas = canvas_of (window);
  concept = sw_document_get_node (document, 0);

  gtk_widget_grab_focus (window->canvas);
  editor_test_wait (window);
  if (editor_test_send_key (window->canvas, GDK_KEY_Tab, 0))
    g_assert_true (sw_selection_get_focus (selection) == concept);
  else
    sw_selection_select_only (selection, concept);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      canvas_action (window, "canvas.add-node", g_variant_new_string (steps[i].kind));
      made[i] = last_node (window);
      g_assert_cmpstr (sw_node_get_kind (made[i]), ==, steps[i].kind);
      g_assert_true (canvas->rename_node == made[i]);
      g_assert_true (gtk_widget_has_focus (editor_test_find_text (canvas->rename_entry))
                     || gtk_widget_has_focus (canvas->rename_entry));
      type_text (window, canvas->rename_entry, steps[i].title);
      press (window, GDK_KEY_Return);
      g_assert_cmpstr (sw_document_get_node_title (document, made[i], NULL), ==, steps[i].title);
      /* The new node is the selection's focus: the next one goes under it. */
      g_assert_true (sw_selection_get_focus (selection) == made[i]);
      gtk_widget_grab_focus (window->canvas);
      editor_test_wait (window);
    }

  principle = made[0];
  area = made[1];
  objective = made[2];
  g_assert_true (linked (document, concept, principle, "guides"));
  g_assert_true (linked (document, principle, area, "guides"));
  g_assert_true (linked (document, objective, area, "advances"));
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 4);
  g_assert_cmpuint (sw_document_get_n_links (document), ==, 3);

  /* The outline shows the new hierarchy. */
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "objective"), ==, 1);
  g_assert_true (sw_outline_selection_reveal (sw_outline_get_rows (window->outline), objective, NULL));

  editor_test_destroy (window);
}

/* A search fades on the canvas the nodes it leaves out; closing it brings them back. */
static void
test_search_dims_canvas (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwGraphPainter *painter = sw_canvas_get_painter (canvas_of (window));

  g_assert_cmpuint (g_hash_table_size (painter->dimmed), ==, 0);
  window_action (window, "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "ransomware");
  /* The search entry waits a moment after typing before it searches. */
  sw_search_set_text (window->search, "ransomware");
  editor_test_wait (window);
  g_assert_cmpuint (g_hash_table_size (painter->dimmed), ==,
                    sw_document_get_n_nodes (document) - sw_search_get_n_matches (window->search));
  g_assert_true (g_hash_table_contains (painter->dimmed, sw_document_lookup_node (document, "aa1")));
  g_assert_false (g_hash_table_contains (painter->dimmed, sw_document_lookup_node (document, "c-cri")));

  window_action (window, "win.search", NULL);
  g_assert_cmpuint (g_hash_table_size (painter->dimmed), ==, 0);

  editor_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!editor_test_init (&argc, &argv))
    {
      g_test_skip ("No display");
      return g_test_run ();
    }

  g_test_add_func ("/editor/welcome-and-sample", test_welcome_and_sample);
  g_test_add_func ("/editor/sidebars", test_sidebars);
  g_test_add_func ("/editor/sidebars-follow-page", test_sidebars_follow_page);
  g_test_add_func ("/editor/narrow", test_narrow);
  g_test_add_func ("/editor/language", test_language);
  g_test_add_func ("/editor/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/editor/edit-flow", test_edit_flow);
  g_test_add_func ("/editor/keyboard-only", test_keyboard_only);
  g_test_add_func ("/editor/search-dims-canvas", test_search_dims_canvas);

  return g_test_run ();
}
