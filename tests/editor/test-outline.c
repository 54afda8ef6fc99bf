/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The outline sidebar and the search: the hierarchy, its counts, the shared selection and filtering. */
#include <string.h>

#include "editor-test-util.h"
#include "sw-outline-row.h"

static SwOutlineSelection *
rows (SwWindow *window)
{
  return sw_outline_get_rows (window->outline);
}

static GtkTreeListModel *
tree (SwWindow *window)
{
  return sw_outline_selection_get_tree (rows (window));
}

/* Returns: (transfer full): the item of the row at @position. */
static SwOutlineItem *
item_at (SwWindow *window,
         guint     position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree (window), position);

  g_assert_nonnull (row);
  return gtk_tree_list_row_get_item (row);
}

static guint
n_rows (SwWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tree (window)));
}

static void
expand_all (SwWindow *window)
{
  for (guint i = 0; i < n_rows (window); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree (window), i);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* The position of @node's own row (not a reference), or G_MAXUINT. */
static guint
position_of (SwWindow   *window,
             const char *id)
{
  for (guint i = 0; i < n_rows (window); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree (window), i);
      g_autoptr(SwOutlineItem) item = gtk_tree_list_row_get_item (row);

      if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_NODE
          && g_str_equal (sw_node_get_id (sw_outline_item_get_node (item)), id))
        return i;
    }
  return G_MAXUINT;
}

/* The ids of the rows directly under the row at @position, with "~" before a reference. */
static char *
children_of (SwWindow *window,
             guint     position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree (window), position);
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *children;

  gtk_tree_list_row_set_expanded (row, TRUE);
  children = gtk_tree_list_row_get_children (row);
  g_assert_nonnull (children);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SwOutlineItem) item = g_list_model_get_item (children, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_REFERENCE)
        g_string_append_c (out, '~');
      if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_GROUP)
        g_string_append (out, sw_outline_item_get_group_id (item));
      else
        g_string_append (out, sw_node_get_id (sw_outline_item_get_node (item)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
top_level (SwWindow *window)
{
  GListModel *roots = gtk_tree_list_model_get_model (tree (window));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
    {
      g_autoptr(SwOutlineItem) item = g_list_model_get_item (roots, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_GROUP)
        g_string_append_printf (out, "%s(%u)", sw_outline_item_get_group_id (item),
                                sw_outline_item_get_count (item));
      else
        g_string_append (out, sw_node_get_id (sw_outline_item_get_node (item)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count_own_rows (SwWindow *window)
{
  guint count = 0;

  for (guint i = 0; i < n_rows (window); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree (window), i);
      g_autoptr(SwOutlineItem) item = gtk_tree_list_row_get_item (row);

      if (sw_outline_item_get_item_type (item) == SW_OUTLINE_ITEM_NODE)
        count++;
    }
  return count;
}

/*
 * The 2024 strategy: the concept, its three principles, the four action
 * areas in full under the first principle (and as references under the
 * others), their objectives and the commitments that advance them; the
 * partners in a group of their own.  Every node has exactly one row of its
 * own, and the counts per kind are right.
 */
static void
test_hierarchy (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  g_autofree char *top = top_level (window);
  g_autofree char *concept = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *area = NULL;
  g_autofree char *objective = NULL;

  g_assert_cmpstr (top, ==, "digital-solidarity kind:partner(6)");
  concept = children_of (window, position_of (window, "digital-solidarity"));
  g_assert_cmpstr (concept, ==, "principle-1 principle-2 principle-3");
  first = children_of (window, position_of (window, "principle-1"));
  g_assert_cmpstr (first, ==, "aa1 aa2 aa3 aa4");
  second = children_of (window, position_of (window, "principle-2"));
  g_assert_cmpstr (second, ==, "~aa1 ~aa2 ~aa3 ~aa4");
  area = children_of (window, position_of (window, "aa1"));
  g_assert_cmpstr (area, ==, "aa1-1 aa1-2 aa1-3 aa1-4 aa1-5");
  g_free (children_of (window, position_of (window, "aa4")));
  objective = children_of (window, position_of (window, "aa4-2"));
  g_assert_cmpstr (objective, ==, "c-dccp c-budapest");

  expand_all (window);
  g_assert_cmpuint (count_own_rows (window), ==, sw_document_get_n_nodes (document));

  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "concept"), ==, 1);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "principle"), ==, 3);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "action-area"), ==, 4);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "objective"), ==, 19);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "partner"), ==, 6);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "commitment"), ==, 13);

  editor_test_destroy (window);
}

/* Nodes outside the hierarchy: a kind that takes no part in it gets a group of its own. */
static void
test_outside (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwNode *note, *objective, *commitment;
  g_autofree char *top = NULL;
  g_autofree char *outside = NULL;

  note = sw_document_add_node (document, "note", "A note", 0, 0, NULL);
  objective = sw_document_add_node (document, "objective", "A loose objective", 0, 0, NULL);
  commitment = sw_document_add_node (document, "commitment", "Under the loose objective", 0, 0, NULL);
  g_assert_nonnull (sw_document_add_link (document, "advances", commitment, objective, NULL));
  editor_test_wait (window);

  top = top_level (window);
  g_assert_cmpstr (top, ==, "digital-solidarity kind:partner(6) kind:note(1) outside(2)");
  outside = children_of (window, n_rows (window) - 1);
  g_assert_cmpstr (outside, ==, sw_node_get_id (objective));
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "note"), ==, 1);

  /* Linking the objective into the hierarchy moves it, with its commitment, under its area. */
  g_assert_nonnull (sw_document_add_link (document, "advances", objective,
                                          sw_document_lookup_node (document, "aa2"), NULL));
  editor_test_wait (window);
  g_clear_pointer (&top, g_free);
  top = top_level (window);
  g_assert_cmpstr (top, ==, "digital-solidarity kind:partner(6) kind:note(1)");
  (void) note;

  editor_test_destroy (window);
}

static guint items_changed;

static void
count_items_changed (void)
{
  items_changed++;
}

/*
 * Changes reach the tree without rebuilding it: a rename changes no list,
 * the row shows the new title, and an added child keeps open rows open.
 */
static void
test_updates (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwNode *area = sw_document_lookup_node (document, "aa3");
  SwNode *objective;
  guint position;
  g_autofree char *children = NULL;

  g_assert_true (sw_outline_selection_reveal (rows (window), area, &position));
  g_assert_cmpuint (position, ==, position_of (window, "aa3"));
  g_free (children_of (window, position));
  g_signal_connect (tree (window), "items-changed", G_CALLBACK (count_items_changed), NULL);

  items_changed = 0;
  for (guint i = 1; i <= strlen ("Typed"); i++)
    {
      g_autofree char *title = g_strndup ("Typed", i);

      sw_document_set_text (document, area, SW_FIELD_TITLE, NULL, title, NULL);
      editor_test_wait (window);
    }
  g_assert_cmpuint (items_changed, ==, 0);

  objective = sw_document_add_node (document, "objective", "New objective", 0, 0, NULL);
  sw_document_add_link (document, "advances", objective, area, NULL);
  editor_test_wait (window);
  g_assert_cmpuint (items_changed, >, 0);
  position = position_of (window, "aa3");
  children = children_of (window, position);
  g_assert_true (g_str_has_suffix (children, sw_node_get_id (objective)));
  {
    g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree (window), position);

    g_assert_true (gtk_tree_list_row_get_expanded (row));
  }

  /* Undo takes it out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  editor_test_wait (window);
  g_assert_cmpuint (position_of (window, sw_node_get_id (objective)), ==, G_MAXUINT);

  editor_test_destroy (window);
}

/* Selecting a row selects its node for every view; a selection made elsewhere opens and selects its row. */
static void
test_selection (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwSelection *selection = sw_window_get_selection (window);
  GtkSelectionModel *model = sw_outline_selection_get_rows (rows (window));
  SwNode *deep = sw_document_lookup_node (document, "c-budapest");
  guint position;

  position = position_of (window, "principle-2");
  gtk_selection_model_select_item (model, position, TRUE);
  editor_test_wait (window);
  g_assert_cmpuint (sw_selection_get_n_nodes (selection), ==, 1);
  g_assert_cmpstr (sw_node_get_id (sw_selection_get_focus (selection)), ==, "principle-2");

  /* As the canvas would: the row of a node three levels down is opened and selected. */
  g_assert_cmpuint (position_of (window, "c-budapest"), ==, G_MAXUINT);
  sw_selection_select_only (selection, deep);
  editor_test_wait (window);
  position = position_of (window, "c-budapest");
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_true (gtk_selection_model_is_selected (model, position));
  g_assert_false (gtk_selection_model_is_selected (model, position_of (window, "principle-2")));

  /* A node with references: all its rows show it selected. */
  sw_selection_select_only (selection, sw_document_lookup_node (document, "aa2"));
  editor_test_wait (window);
  g_free (children_of (window, position_of (window, "principle-3")));
  editor_test_wait (window);
  {
    guint selected = 0;

    for (guint i = 0; i < n_rows (window); i++)
      {
        g_autoptr(SwOutlineItem) item = item_at (window, i);

        if (gtk_selection_model_is_selected (model, i))
          {
            g_assert_cmpstr (sw_node_get_id (sw_outline_item_get_node (item)), ==, "aa2");
            selected++;
          }
      }
    g_assert_cmpuint (selected, ==, 2);
  }

  /* Adding a row to the selection adds its node, the focus moving to it. */
  gtk_selection_model_select_item (model, position_of (window, "principle-1"), FALSE);
  editor_test_wait (window);
  g_assert_cmpuint (sw_selection_get_n_nodes (selection), ==, 2);
  g_assert_cmpstr (sw_node_get_id (sw_selection_get_focus (selection)), ==, "principle-1");

  editor_test_destroy (window);
}

/* Activating a row shows its node: the Graph page, the node alone selected. */
static void
test_activate (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwSelection *selection = sw_window_get_selection (window);
  GtkWidget *list = NULL;

  adw_view_stack_set_visible_child_name (window->view_stack, "outline");
  g_signal_emit_by_name (window->outline, "node-activated",
                         sw_document_lookup_node (sw_window_get_document (window), "aa4"));
  editor_test_wait (window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "graph");
  g_assert_cmpstr (sw_node_get_id (sw_selection_get_focus (selection)), ==, "aa4");
  g_assert_cmpuint (sw_selection_get_n_nodes (selection), ==, 1);

  /* The list view's own activation goes the same way. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (window->outline)); w; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_STACK (w))
      list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_stack_get_child_by_name (GTK_STACK (w), "list")));
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_signal_emit_by_name (list, "activate", position_of (window, "principle-3"));
  editor_test_wait (window);
  g_assert_cmpstr (sw_node_get_id (sw_selection_get_focus (selection)), ==, "principle-3");

  editor_test_destroy (window);
}

/* What is visible in the outline: own rows only. */
static char *
visible_ids (SwWindow *window)
{
  g_autoptr(GString) out = g_string_new (NULL);

  expand_all (window);
  for (guint i = 0; i < n_rows (window); i++)
    {
      g_autoptr(SwOutlineItem) item = item_at (window, i);

      if (sw_outline_item_get_item_type (item) != SW_OUTLINE_ITEM_NODE)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, sw_node_get_id (sw_outline_item_get_node (item)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/*
 * A search over titles and descriptions hides what does not match, keeping
 * the rows that lead to a match; the counts say how many match; clearing it
 * brings everything back.
 */
static void
test_search_text (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  g_autofree char *visible = NULL;
  g_autofree char *all = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  editor_test_wait (window);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));

  sw_search_set_text (window->search, "RANSOMWARE");
  editor_test_wait (window);
  visible = visible_ids (window);
  /* The match is in c-cri's title, and in aa3-6's and c-jrtf's descriptions or titles. */
  g_assert_nonnull (strstr (visible, "c-cri"));
  g_assert_nonnull (strstr (visible, "digital-solidarity"));
  g_assert_null (strstr (visible, "aa1-1"));
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "objective"), <, 19);
  g_assert_cmpuint (sw_search_get_n_matches (window->search), >, 0);
  g_assert_nonnull (strstr (gtk_label_get_text (window->match_label), "match"));

  /* Accents and case do not matter: "reseau" finds nothing here, "Réseaux" neither. */
  sw_search_set_text (window->search, "nothing-like-this");
  editor_test_wait (window);
  g_assert_cmpuint (sw_search_get_n_matches (window->search), ==, 0);

  /* Closing the search bar clears it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  editor_test_wait (window);
  g_assert_false (sw_search_get_active (window->search));
  all = visible_ids (window);
  g_assert_cmpuint (count_own_rows (window), ==, 46);

  editor_test_destroy (window);
}

/* Filters by kind, status, tag and partner, and the search in a translation. */
static void
test_filters (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwSearch *search = window->search;
  GPtrArray *kinds = sw_document_get_node_kinds (document);
  g_autoptr(GPtrArray) unmatched = NULL;
  SwNode *coe = sw_document_lookup_node (document, "p-coe");

  /* Only commitments. */
  for (guint i = 0; i < kinds->len; i++)
    {
      const char *id = sw_node_kind_get_id (g_ptr_array_index (kinds, i));

      sw_search_set_kind_shown (search, id, g_str_equal (id, "commitment"));
    }
  editor_test_wait (window);
  g_assert_cmpuint (sw_search_get_n_matches (search), ==, 13);
  unmatched = sw_search_get_unmatched (search);
  g_assert_cmpuint (unmatched->len, ==, 46 - 13);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "commitment"), ==, 13);
  g_assert_cmpuint (sw_outline_get_kind_count (window->outline, "objective"), ==, 0);
  sw_search_reset (search);

  /* A status. */
  for (guint i = 0; i < SW_N_NODE_STATUSES; i++)
    sw_search_set_status_shown (search, i, i == SW_NODE_STATUS_ACTIVE);
  editor_test_wait (window);
  for (guint i = 0; i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      g_assert_cmpint (sw_search_matches (search, node), ==,
                       sw_node_get_status (node) == SW_NODE_STATUS_ACTIVE);
    }
  sw_search_reset (search);

  /* A tag. */
  sw_search_set_tag (search, "governance");
  editor_test_wait (window);
  for (guint i = 0; i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      g_assert_cmpint (sw_search_matches (search, node), ==, sw_node_has_tag (node, "governance"));
    }
  sw_search_reset (search);

  /* A partner: the partner, its commitment and what that serves, up to the concept. */
  sw_search_set_partner (search, coe);
  editor_test_wait (window);
  g_assert_true (sw_search_matches (search, coe));
  g_assert_true (sw_search_matches (search, sw_document_lookup_node (document, "c-budapest")));
  g_assert_true (sw_search_matches (search, sw_document_lookup_node (document, "aa4-2")));
  g_assert_true (sw_search_matches (search, sw_document_lookup_node (document, "digital-solidarity")));
  g_assert_false (sw_search_matches (search, sw_document_lookup_node (document, "p-igf")));
  g_assert_false (sw_search_matches (search, sw_document_lookup_node (document, "aa1-1")));
  sw_search_reset (search);

  /* In French, the French titles are searched. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  sw_search_set_text (search, "gouvernance du numerique");
  editor_test_wait (window);
  g_assert_false (sw_search_matches (search, sw_document_lookup_node (document, "aa2")));
  g_object_set (window, "language", "fr", NULL);
  editor_test_wait (window);
  g_assert_true (sw_search_matches (search, sw_document_lookup_node (document, "aa2")));

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

  g_test_add_func ("/outline/hierarchy", test_hierarchy);
  g_test_add_func ("/outline/outside", test_outside);
  g_test_add_func ("/outline/updates", test_updates);
  g_test_add_func ("/outline/selection", test_selection);
  g_test_add_func ("/outline/activate", test_activate);
  g_test_add_func ("/search/text", test_search_text);
  g_test_add_func ("/search/filters", test_filters);

  return g_test_run ();
}
