/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SwSelection: order, focus, the "changed" signal, and nodes the document drops. */
#include "config.h"

#include "sw-selection.h"

typedef struct
{
  SwDocument  *doc;
  SwSelection *selection;
  SwNode      *a, *b, *c;
  guint        n_changed;
} Fixture;

static void
on_changed (Fixture *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->doc = sw_document_new ("en");
  f->a = sw_document_add_node (f->doc, "principle", "A", 0, 0, NULL);
  f->b = sw_document_add_node (f->doc, "principle", "B", 300, 0, NULL);
  f->c = sw_document_add_node (f->doc, "principle", "C", 600, 0, NULL);
  f->selection = sw_selection_new (f->doc);
  g_signal_connect_swapped (f->selection, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->selection);
  g_clear_object (&f->doc);
}

static void
test_order_and_focus (Fixture       *f,
                      gconstpointer  data)
{
  GPtrArray *nodes;

  g_assert_null (sw_selection_get_focus (f->selection));
  g_assert_true (sw_selection_add (f->selection, f->b));
  g_assert_true (sw_selection_add (f->selection, f->a));
  g_assert_cmpuint (f->n_changed, ==, 2);

  nodes = sw_selection_get_nodes (f->selection);
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_true (g_ptr_array_index (nodes, 0) == f->b);
  g_assert_true (g_ptr_array_index (nodes, 1) == f->a);
  g_assert_true (sw_selection_get_focus (f->selection) == f->a);

  /* Adding a selected node only moves the focus. */
  g_assert_true (sw_selection_add (f->selection, f->b));
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 2);
  g_assert_true (sw_selection_get_focus (f->selection) == f->b);
  g_assert_false (sw_selection_add (f->selection, f->b));
  g_assert_cmpuint (f->n_changed, ==, 3);

  /* Removing the focus hands it to the node selected last before. */
  g_assert_true (sw_selection_remove (f->selection, f->b));
  g_assert_true (sw_selection_get_focus (f->selection) == f->a);
  g_assert_false (sw_selection_remove (f->selection, f->b));
  g_assert_false (sw_selection_contains (f->selection, f->b));
  g_assert_true (sw_selection_contains (f->selection, f->a));
}

static void
test_toggle_set_clear (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  sw_selection_toggle (f->selection, f->a);
  g_assert_true (sw_selection_contains (f->selection, f->a));
  sw_selection_toggle (f->selection, f->a);
  g_assert_false (sw_selection_contains (f->selection, f->a));
  g_assert_cmpuint (f->n_changed, ==, 2);

  g_ptr_array_add (nodes, f->c);
  g_ptr_array_add (nodes, f->a);
  g_ptr_array_add (nodes, f->c);
  sw_selection_set (f->selection, nodes);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 2);
  g_assert_true (sw_selection_get_focus (f->selection) == f->c);
  g_assert_cmpuint (f->n_changed, ==, 3);

  /* The same nodes in the same order change nothing. */
  g_ptr_array_set_size (nodes, 2);
  sw_selection_set (f->selection, nodes);
  sw_selection_set (f->selection, sw_selection_get_nodes (f->selection));
  g_assert_cmpuint (f->n_changed, ==, 3);

  sw_selection_select_only (f->selection, f->b);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 1);
  g_assert_true (sw_selection_get_focus (f->selection) == f->b);

  sw_selection_clear (f->selection);
  sw_selection_clear (f->selection);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
  g_assert_null (sw_selection_get_focus (f->selection));
  g_assert_cmpuint (f->n_changed, ==, 5);
}

/* Deleting a node, or undoing its creation, takes it out of the selection. */
static void
test_drops_removed_nodes (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SwNode) kept = g_object_ref (f->b);

  sw_selection_add (f->selection, f->a);
  sw_selection_add (f->selection, f->b);
  f->n_changed = 0;
  sw_document_remove_node (f->doc, f->b);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_false (sw_selection_contains (f->selection, kept));
  g_assert_true (sw_selection_get_focus (f->selection) == f->a);

  /* Undo brings the node back, not its selection. */
  sw_document_undo (f->doc);
  g_assert_false (sw_selection_contains (f->selection, kept));

  sw_document_undo (f->doc);
  sw_document_undo (f->doc);
  sw_document_undo (f->doc);
  g_assert_cmpuint (sw_document_get_n_nodes (f->doc), ==, 0);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
}

static void
test_document_change_clears (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SwDocument) other = sw_document_new ("en");

  sw_selection_add (f->selection, f->a);
  sw_selection_set_document (f->selection, other);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
  g_assert_true (sw_selection_get_document (f->selection) == other);

  /* The old document's removals no longer reach it. */
  sw_selection_add (f->selection, f->c);
  sw_document_remove_node (f->doc, f->c);
  g_assert_true (sw_selection_contains (f->selection, f->c));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/selection/order-and-focus", Fixture, NULL, fixture_set_up, test_order_and_focus,
              fixture_tear_down);
  g_test_add ("/selection/toggle-set-clear", Fixture, NULL, fixture_set_up,
              test_toggle_set_clear, fixture_tear_down);
  g_test_add ("/selection/drops-removed-nodes", Fixture, NULL, fixture_set_up,
              test_drops_removed_nodes, fixture_tear_down);
  g_test_add ("/selection/document-change-clears", Fixture, NULL, fixture_set_up,
              test_document_change_clears, fixture_tear_down);

  return g_test_run ();
}
