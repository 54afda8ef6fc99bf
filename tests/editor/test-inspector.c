/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The inspector: each edit goes through the document, typing in a field is one undo step. */
#include <string.h>

#include "editor-test-util.h"
#include "sw-inspector-private.h"

static SwInspector *
inspector (SwWindow *window)
{
  return window->inspector;
}

static SwNode *
select_node (SwWindow   *window,
             const char *id)
{
  SwNode *node = sw_document_lookup_node (sw_window_get_document (window), id);

  g_assert_nonnull (node);
  sw_selection_select_only (sw_window_get_selection (window), node);
  editor_test_wait (window);
  return node;
}

static guint
n_steps (SwWindow *window)
{
  return sw_history_get_n_undo_steps (sw_document_get_history (sw_window_get_document (window)));
}

static const char *
title_of (SwWindow   *window,
          SwNode     *node,
          const char *language)
{
  return sw_document_get_text (sw_window_get_document (window), sw_node_get_title (node), language, NULL);
}

static char *last_message;

static void
message_cb (SwInspector *self,
            const char  *message)
{
  g_free (last_message);
  last_message = g_strdup (message);
}

/* Moves the keyboard focus out of the inspector, as a click elsewhere does. */
static void
leave_inspector (SwWindow *window)
{
  gtk_widget_grab_focus (window->search_button);
  editor_test_wait (window);
}

static void
test_shows_node (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwDocument *document = sw_window_get_document (window);
  SwNode *node;
  g_autoptr(GPtrArray) links = NULL;
  guint n_rows = 0;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (self->stack), ==, "none");
  node = select_node (window, "aa2");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (self->stack), ==, "node");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), ==,
                   "Rights-respecting digital and data governance");
  g_assert_cmpstr (gtk_label_get_text (self->kind_label), ==,
                   sw_document_get_kind_label (document, "action-area", NULL));
  g_assert_cmpstr (g_ptr_array_index (self->kind_ids, adw_combo_row_get_selected (self->kind_row)), ==,
                   "action-area");
  g_assert_cmpuint (adw_combo_row_get_selected (self->status_row), ==, SW_NODE_STATUS_ACTIVE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->owner_row)), ==,
                   "Bureau of Cyberspace and Digital Policy");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)), ==, "rights, governance");

  links = sw_document_get_node_links (document, node);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list)); row;
       row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, links->len);
  g_assert_cmpuint (n_rows, >, 3);

  /* A change made elsewhere (undo, the canvas) shows at once. */
  sw_document_set_node_owner (document, node, "Someone else");
  editor_test_wait (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->owner_row)), ==, "Someone else");

  editor_test_destroy (window);
}

/* Typing in the title is one undo step; leaving the field starts a new one. */
static void
test_title_one_step (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwNode *node = select_node (window, "aa1");
  g_autofree char *original = g_strdup (title_of (window, node, NULL));
  guint before = n_steps (window);
  g_autofree char *typed = NULL;
  int position;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), ==, original);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  for (const char *c = " for all"; *c; c++)
    {
      char text[2] = { *c, 0 };

      position = -1;
      gtk_editable_insert_text (GTK_EDITABLE (self->title_row), text, 1, &position);
      editor_test_wait (window);
    }
  typed = g_strconcat (original, " for all", NULL);
  g_assert_cmpstr (title_of (window, node, NULL), ==, typed);
  g_assert_cmpuint (n_steps (window), ==, before + 1);

  leave_inspector (window);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  position = -1;
  gtk_editable_insert_text (GTK_EDITABLE (self->title_row), "!", 1, &position);
  editor_test_wait (window);
  g_assert_cmpuint (n_steps (window), ==, before + 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor_test_wait (window);
  g_assert_cmpstr (title_of (window, node, NULL), ==, typed);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), ==, typed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor_test_wait (window);
  g_assert_cmpstr (title_of (window, node, NULL), ==, original);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  editor_test_wait (window);
  g_assert_cmpstr (title_of (window, node, NULL), ==, typed);

  editor_test_destroy (window);
}

static void
test_description_one_step (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwNode *node = select_node (window, "aa3");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *original = g_strdup (sw_document_get_text (sw_window_get_document (window),
                                                              sw_node_get_description (node), NULL, NULL));
  guint before = n_steps (window);
  GtkTextIter end;

  gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
  for (const char *c = "\nA second line."; *c; c++)
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, (char[]) { *c, 0 }, 1);
      editor_test_wait (window);
    }
  g_assert_cmpuint (n_steps (window), ==, before + 1);
  g_assert_true (g_str_has_suffix (sw_document_get_text (sw_window_get_document (window),
                                                         sw_node_get_description (node), NULL, NULL),
                                   "\nA second line."));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor_test_wait (window);
  g_assert_cmpstr (sw_document_get_text (sw_window_get_document (window), sw_node_get_description (node),
                                         NULL, NULL), ==, original);

  editor_test_destroy (window);
}

static void
choose_kind (SwInspector *self,
             const char  *kind)
{
  guint index;

  g_assert_true (g_ptr_array_find_with_equal_func (self->kind_ids, kind, g_str_equal, &index));
  adw_combo_row_set_selected (self->kind_row, index);
}

/* A kind the links refuse is not set, and the inspector says why; an allowed one is one step. */
static void
test_kind (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwDocument *document = sw_window_get_document (window);
  SwNode *node = select_node (window, "aa2");
  SwNode *loose;
  guint before = n_steps (window);

  g_signal_connect (self, "message", G_CALLBACK (message_cb), NULL);
  g_clear_pointer (&last_message, g_free);
  choose_kind (self, "partner");
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_kind (node), ==, "action-area");
  g_assert_nonnull (last_message);
  g_assert_cmpstr (g_ptr_array_index (self->kind_ids, adw_combo_row_get_selected (self->kind_row)), ==,
                   "action-area");
  g_assert_cmpuint (n_steps (window), ==, before);

  loose = sw_document_add_node (document, "note", "Loose", 0, 0, NULL);
  sw_selection_select_only (sw_window_get_selection (window), loose);
  editor_test_wait (window);
  before = n_steps (window);
  choose_kind (self, "objective");
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_kind (loose), ==, "objective");
  g_assert_cmpuint (n_steps (window), ==, before + 1);

  editor_test_destroy (window);
}

static void
type_and_apply (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

/* Dates: a wrong one is refused with a reason and stays to be corrected; the calendar sets one. */
static void
test_dates (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwNode *node = select_node (window, "aa1-1");
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 15, 12, 0, 0);
  guint before;

  g_signal_connect (self, "message", G_CALLBACK (message_cb), NULL);
  g_clear_pointer (&last_message, g_free);
  type_and_apply (self->due_row, "2024-13-40");
  editor_test_wait (window);
  g_assert_null (sw_node_get_due (node));
  g_assert_nonnull (last_message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (self->due_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->due_row)), ==, "2024-13-40");

  before = n_steps (window);
  type_and_apply (self->due_row, "2025-06-30");
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_due (node), ==, "2025-06-30");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (self->due_row), "error"));
  g_assert_cmpuint (n_steps (window), ==, before + 1);

  /* The calendar: picking a day sets the start date. */
  gtk_menu_button_popup (self->start_button);
  editor_test_wait (window);
  gtk_calendar_select_day (self->start_calendar, day);
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_start (node), ==, "2026-03-15");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->start_row)), ==, "2026-03-15");

  g_signal_emit_by_name (self->start_clear, "clicked");
  editor_test_wait (window);
  g_assert_null (sw_node_get_start (node));

  editor_test_destroy (window);
}

static void
test_fields (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwNode *node = select_node (window, "aa1-2");
  const char * const expected[] = { "a", "b", "c", NULL };
  guint before = n_steps (window);

  type_and_apply (self->owner_row, "Office of the Special Envoy");
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_owner (node), ==, "Office of the Special Envoy");
  g_assert_cmpuint (n_steps (window), ==, before + 1);

  type_and_apply (self->tags_row, " a, b,a , ,c");
  editor_test_wait (window);
  g_assert_true (g_strv_equal (sw_node_get_tags (node), expected));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)), ==, "a, b, c");

  type_and_apply (self->indicator_row, "Number of partners");
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_indicator (node), ==, "Number of partners");

  adw_combo_row_set_selected (self->status_row, SW_NODE_STATUS_AT_RISK);
  editor_test_wait (window);
  g_assert_cmpint (sw_node_get_status (node), ==, SW_NODE_STATUS_AT_RISK);

  gtk_switch_set_active (self->pinned_switch, TRUE);
  editor_test_wait (window);
  g_assert_true (sw_node_get_pinned (node));

  /* A typed owner is kept when the field is left without Enter. */
  gtk_widget_grab_focus (GTK_WIDGET (self->owner_row));
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), "Left without Enter");
  leave_inspector (window);
  g_assert_cmpstr (sw_node_get_owner (node), ==, "Left without Enter");

  g_assert_cmpuint (n_steps (window), ==, before + 6);

  editor_test_destroy (window);
}

/* A link row jumps to the node at its other end. */
static void
test_links (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwSelection *selection = sw_window_get_selection (window);
  GtkWidget *row;
  SwNode *other;

  select_node (window, "c-budapest");
  row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list));
  g_assert_nonnull (row);
  other = g_object_get_data (G_OBJECT (row), "sw-node");
  g_assert_nonnull (other);
  g_signal_emit_by_name (row, "activated");
  editor_test_wait (window);
  g_assert_cmpuint (sw_selection_get_n_nodes (selection), ==, 1);
  g_assert_true (sw_selection_get_focus (selection) == other);
  g_assert_cmpstr (sw_node_get_id (other), !=, "c-budapest");

  editor_test_destroy (window);
}

/* Several nodes: status, owner and shared tags change for all, in one undo step each. */
static void
test_multiple (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwDocument *document = sw_window_get_document (window);
  SwSelection *selection = sw_window_get_selection (window);
  const char *ids[] = { "aa2-1", "aa2-2", "aa2-3" };
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  guint before;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (nodes, sw_document_lookup_node (document, ids[i]));
  sw_document_begin_transaction (document, "Set up tags");
  sw_document_set_node_tags (document, nodes->pdata[0], (const char *[]) { "shared", "one", NULL });
  sw_document_set_node_tags (document, nodes->pdata[1], (const char *[]) { "shared", NULL });
  sw_document_set_node_tags (document, nodes->pdata[2], (const char *[]) { "three", "shared", NULL });
  sw_document_commit_transaction (document);
  sw_selection_set (selection, nodes);
  editor_test_wait (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (self->stack), ==, "multiple");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->multi_tags_row)), ==, "shared");

  before = n_steps (window);
  adw_combo_row_set_selected (self->multi_status_row, SW_NODE_STATUS_DONE);
  editor_test_wait (window);
  for (guint i = 0; i < nodes->len; i++)
    g_assert_cmpint (sw_node_get_status (nodes->pdata[i]), ==, SW_NODE_STATUS_DONE);
  g_assert_cmpuint (n_steps (window), ==, before + 1);

  type_and_apply (self->multi_owner_row, "Joint team");
  editor_test_wait (window);
  for (guint i = 0; i < nodes->len; i++)
    g_assert_cmpstr (sw_node_get_owner (nodes->pdata[i]), ==, "Joint team");
  g_assert_cmpuint (n_steps (window), ==, before + 2);

  /* "shared" removed from all, "new" added to all; "one" and "three" stay where they were. */
  type_and_apply (self->multi_tags_row, "new");
  editor_test_wait (window);
  g_assert_true (g_strv_equal (sw_node_get_tags (nodes->pdata[0]), (const char *[]) { "one", "new", NULL }));
  g_assert_true (g_strv_equal (sw_node_get_tags (nodes->pdata[1]), (const char *[]) { "new", NULL }));
  g_assert_true (g_strv_equal (sw_node_get_tags (nodes->pdata[2]), (const char *[]) { "three", "new", NULL }));
  g_assert_cmpuint (n_steps (window), ==, before + 3);

  /* One undo takes the tags back on every node. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor_test_wait (window);
  g_assert_true (sw_node_has_tag (nodes->pdata[1], "shared"));
  g_assert_true (sw_node_has_tag (nodes->pdata[2], "shared"));
  g_assert_false (sw_node_has_tag (nodes->pdata[0], "new"));

  editor_test_destroy (window);
}

/* In a target language, the texts shown and edited are the translation. */
static void
test_language (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwNode *node = select_node (window, "aa2");
  int position = -1;

  g_object_set (window, "language", "fr", NULL);
  editor_test_wait (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), ==,
                   "Une gouvernance du numérique et des données respectueuse des droits");
  gtk_editable_insert_text (GTK_EDITABLE (self->title_row), " !", -1, &position);
  editor_test_wait (window);
  g_assert_cmpstr (title_of (window, node, "fr"), ==,
                   "Une gouvernance du numérique et des données respectueuse des droits !");
  g_assert_cmpstr (title_of (window, node, NULL), ==, "Rights-respecting digital and data governance");

  /* A language without a translation shows an empty field, not the source text. */
  g_object_set (window, "language", "es", NULL);
  editor_test_wait (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), ==, "");

  editor_test_destroy (window);
}

/*
 * Ctrl+Z typed while a text field has the focus undoes the document's last
 * step, not only the field's own text: the window's shortcut wins.
 */
static void
test_undo_key_in_field (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwInspector *self = inspector (window);
  SwNode *node = select_node (window, "aa4");
  g_autofree char *original = g_strdup (title_of (window, node, NULL));
  GtkWidget *text = editor_test_find_text (GTK_WIDGET (self->title_row));

  gtk_widget_grab_focus (text);
  editor_test_wait (window);
  if (!editor_test_send_key (text, GDK_KEY_x, 0))
    {
      g_test_skip ("Keys cannot be typed through the display server here");
      editor_test_destroy (window);
      return;
    }
  editor_test_send_key (text, GDK_KEY_y, 0);
  g_assert_true (g_str_has_suffix (title_of (window, node, NULL), "xy"));
  g_assert_true (gtk_widget_has_focus (text));

  editor_test_send_key (text, GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_cmpstr (title_of (window, node, NULL), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), ==, original);

  editor_test_send_key (text, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_true (g_str_has_suffix (title_of (window, node, NULL), "xy"));

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

  g_test_add_func ("/inspector/shows-node", test_shows_node);
  g_test_add_func ("/inspector/title-one-step", test_title_one_step);
  g_test_add_func ("/inspector/description-one-step", test_description_one_step);
  g_test_add_func ("/inspector/kind", test_kind);
  g_test_add_func ("/inspector/dates", test_dates);
  g_test_add_func ("/inspector/fields", test_fields);
  g_test_add_func ("/inspector/links", test_links);
  g_test_add_func ("/inspector/multiple", test_multiple);
  g_test_add_func ("/inspector/language", test_language);
  g_test_add_func ("/inspector/undo-key-in-field", test_undo_key_in_field);

  return g_test_run ();
}
