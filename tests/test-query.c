/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Queries of the hierarchy: children, parents, kinds, paths up, roots and orphans. */
#include "config.h"

#include "sw-document-private.h"

/*
 * A small strategy, added in this order:
 *
 *   C  concept
 *   P1, P2  principles guided by C
 *   A1, A2  action areas guided by P1; A3 guided by P2 and by C directly
 *   O1, O2  objectives advancing A1 (O2 also A3); O3 advancing A3
 *   K1, K2  commitments advancing O1; K3 advancing A2 directly
 *   R  a partner committing to K1
 *   N  a note linked to nothing; M a note relating to P2
 *   L  an objective linked to nothing
 *
 * Links are made in an order unlike the nodes' so that document order shows.
 */
typedef struct
{
  SwDocument *doc;
  SwNode *c, *p1, *p2, *a1, *a2, *a3, *o1, *o2, *o3, *k1, *k2, *k3, *r, *n, *m, *l;
} Fixture;

static SwNode *
add (SwDocument *doc,
     const char *kind,
     const char *title)
{
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_add_node (doc, kind, title, 0, 0, &error);

  g_assert_no_error (error);
  return node;
}

static void
join (SwDocument *doc,
      const char *kind,
      SwNode     *from,
      SwNode     *to)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (sw_document_add_link (doc, kind, from, to, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SwDocument *doc = f->doc = sw_document_new ("en");

  _sw_document_set_random_seed (doc, 99);
  f->c = add (doc, "concept", "C");
  f->p1 = add (doc, "principle", "P1");
  f->p2 = add (doc, "principle", "P2");
  f->a1 = add (doc, "action-area", "A1");
  f->a2 = add (doc, "action-area", "A2");
  f->a3 = add (doc, "action-area", "A3");
  f->o1 = add (doc, "objective", "O1");
  f->o2 = add (doc, "objective", "O2");
  f->o3 = add (doc, "objective", "O3");
  f->k1 = add (doc, "commitment", "K1");
  f->k2 = add (doc, "commitment", "K2");
  f->k3 = add (doc, "commitment", "K3");
  f->r = add (doc, "partner", "R");
  f->n = add (doc, "note", "N");
  f->m = add (doc, "note", "M");
  f->l = add (doc, "objective", "L");

  join (doc, "guides", f->c, f->p2);
  join (doc, "guides", f->c, f->p1);
  join (doc, "guides", f->p2, f->a3);
  join (doc, "guides", f->p1, f->a2);
  join (doc, "guides", f->p1, f->a1);
  join (doc, "guides", f->c, f->a3);
  join (doc, "advances", f->o3, f->a3);
  join (doc, "advances", f->o2, f->a3);
  join (doc, "advances", f->o2, f->a1);
  join (doc, "advances", f->o1, f->a1);
  join (doc, "advances", f->k2, f->o1);
  join (doc, "advances", f->k1, f->o1);
  join (doc, "advances", f->k3, f->a2);
  join (doc, "commits", f->r, f->k1);
  join (doc, "relates-to", f->m, f->p2);
  /* Links outside the hierarchy, even in a loop, change none of it. */
  join (doc, "relates-to", f->o2, f->p1);
  join (doc, "depends-on", f->o1, f->o3);
  join (doc, "depends-on", f->o3, f->o1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->doc);
}

/* Checks @nodes, and frees them, by their titles in order, e.g. "K1 O1 A1". */
static void
assert_titles (GPtrArray  *nodes,
               const char *expected)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < nodes->len; i++)
    {
      if (i > 0)
        g_string_append_c (titles, ' ');
      g_string_append (titles, sw_text_get (sw_node_get_title (g_ptr_array_index (nodes, i)), "en"));
    }
  g_ptr_array_unref (nodes);

  g_assert_cmpstr (titles->str, ==, expected);
}

static void
test_children (Fixture       *f,
               gconstpointer  data)
{
  SwDocument *doc = f->doc;

  /* In document order, whatever order the links were made in. */
  assert_titles (sw_document_get_children (doc, f->c, NULL), "P1 P2 A3");
  assert_titles (sw_document_get_children (doc, f->c, "guides"), "P1 P2 A3");
  assert_titles (sw_document_get_children (doc, f->c, "advances"), "");
  assert_titles (sw_document_get_children (doc, f->p1, NULL), "A1 A2");
  assert_titles (sw_document_get_children (doc, f->a1, NULL), "O1 O2");
  assert_titles (sw_document_get_children (doc, f->a1, "advances"), "O1 O2");
  assert_titles (sw_document_get_children (doc, f->a1, "guides"), "");
  assert_titles (sw_document_get_children (doc, f->a2, NULL), "K3");
  assert_titles (sw_document_get_children (doc, f->a3, NULL), "O2 O3");
  assert_titles (sw_document_get_children (doc, f->o1, NULL), "K1 K2");
  assert_titles (sw_document_get_children (doc, f->k1, NULL), "");

  /* Links that are not hierarchy links make no children. */
  assert_titles (sw_document_get_children (doc, f->r, NULL), "");
  assert_titles (sw_document_get_children (doc, f->r, "commits"), "");
  assert_titles (sw_document_get_children (doc, f->p2, "relates-to"), "");
  assert_titles (sw_document_get_children (doc, f->o3, NULL), "");
}

static void
test_parents (Fixture       *f,
              gconstpointer  data)
{
  SwDocument *doc = f->doc;

  assert_titles (sw_document_get_parents (doc, f->c, NULL), "");
  assert_titles (sw_document_get_parents (doc, f->p1, NULL), "C");
  assert_titles (sw_document_get_parents (doc, f->a1, NULL), "P1");
  assert_titles (sw_document_get_parents (doc, f->a3, NULL), "C P2");
  assert_titles (sw_document_get_parents (doc, f->a3, "guides"), "C P2");
  assert_titles (sw_document_get_parents (doc, f->o2, NULL), "A1 A3");
  assert_titles (sw_document_get_parents (doc, f->o2, "advances"), "A1 A3");
  assert_titles (sw_document_get_parents (doc, f->o2, "guides"), "");
  assert_titles (sw_document_get_parents (doc, f->k1, NULL), "O1");
  assert_titles (sw_document_get_parents (doc, f->k3, NULL), "A2");

  assert_titles (sw_document_get_parents (doc, f->k1, "commits"), "");
  assert_titles (sw_document_get_parents (doc, f->r, NULL), "");
  assert_titles (sw_document_get_parents (doc, f->p1, "relates-to"), "");
  assert_titles (sw_document_get_parents (doc, f->o1, NULL), "A1");
}

static void
test_nodes_of_kind (Fixture       *f,
                    gconstpointer  data)
{
  SwDocument *doc = f->doc;

  assert_titles (sw_document_get_nodes_of_kind (doc, "objective"), "O1 O2 O3 L");
  assert_titles (sw_document_get_nodes_of_kind (doc, "concept"), "C");
  assert_titles (sw_document_get_nodes_of_kind (doc, "note"), "N M");
  assert_titles (sw_document_get_nodes_of_kind (doc, "goal"), "");
  assert_titles (sw_document_get_nodes_of_kind (doc, NULL), "");

  /* A kind change moves a node between the lists, where it stands in the document. */
  g_assert_true (sw_document_set_node_kind (doc, f->n, "objective", NULL));
  assert_titles (sw_document_get_nodes_of_kind (doc, "objective"), "O1 O2 O3 N L");
}

static void
test_path_up (Fixture       *f,
              gconstpointer  data)
{
  SwDocument *doc = f->doc;

  assert_titles (sw_document_get_path_up (doc, f->k1, "principle"), "K1 O1 A1 P1");
  assert_titles (sw_document_get_path_up (doc, f->k1, NULL), "K1 O1 A1 P1 C");
  assert_titles (sw_document_get_path_up (doc, f->k3, "principle"), "K3 A2 P1");
  assert_titles (sw_document_get_path_up (doc, f->k1, "objective"), "K1 O1");
  /* A node of the stop kind is its own path. */
  assert_titles (sw_document_get_path_up (doc, f->p2, "principle"), "P2");
  assert_titles (sw_document_get_path_up (doc, f->c, NULL), "C");

  /* The first parent in document order: A3 hangs from C before P2. */
  assert_titles (sw_document_get_path_up (doc, f->o3, NULL), "O3 A3 C");
  assert_titles (sw_document_get_path_up (doc, f->o2, NULL), "O2 A1 P1 C");

  /* Partners and notes are outside the hierarchy; a kind never met climbs to the top. */
  assert_titles (sw_document_get_path_up (doc, f->r, NULL), "R");
  assert_titles (sw_document_get_path_up (doc, f->l, "principle"), "L");
  assert_titles (sw_document_get_path_up (doc, f->k2, "partner"), "K2 O1 A1 P1 C");
}

static void
test_roots (Fixture       *f,
            gconstpointer  data)
{
  SwDocument *doc = f->doc;
  SwNode *second;

  assert_titles (sw_document_get_roots (doc), "C");

  /* The concept is the root kind: another concept is a root even before it has children. */
  second = add (doc, "concept", "C2");
  assert_titles (sw_document_get_roots (doc), "C C2");
  g_assert_true (sw_document_remove_node (doc, f->c));
  assert_titles (sw_document_get_roots (doc), "C2");
  g_assert_true (sw_document_remove_node (doc, second));
  assert_titles (sw_document_get_roots (doc), "");
}

static void
test_orphans (Fixture       *f,
              gconstpointer  data)
{
  SwDocument *doc = f->doc;

  /*
   * Not R, which commits to K1 below the concept; not M, which relates to
   * P2; nothing hanging below the concept.
   */
  assert_titles (sw_document_get_orphans (doc), "N L");

  /* Linking the lone objective into the hierarchy adopts it. */
  join (doc, "advances", f->l, f->a2);
  assert_titles (sw_document_get_orphans (doc), "N");

  /*
   * Cutting O1 off orphans what hangs below it and the partner committing
   * there; O1 itself stays attached by depending on O3.
   */
  g_assert_true (sw_document_remove_link (doc, sw_document_get_link (doc, 9)));
  assert_titles (sw_document_get_children (doc, f->a1, NULL), "O2");
  assert_titles (sw_document_get_orphans (doc), "K1 K2 R N");

  /* Undo mends it. */
  g_assert_true (sw_document_undo (doc));
  assert_titles (sw_document_get_orphans (doc), "N");

  /* Without a concept, everything is an orphan. */
  g_assert_true (sw_document_remove_node (doc, f->c));
  assert_titles (sw_document_get_orphans (doc), "P1 P2 A1 A2 A3 O1 O2 O3 K1 K2 K3 R N M L");
}

/* A kind table whose one hierarchy link kind joins anything, so the links may loop. */
static SwDocument *
new_free_document (void)
{
  SwDocument *doc = sw_document_new ("en");
  g_autoptr(GPtrArray) node_kinds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) link_kinds = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (node_kinds, sw_node_kind_new ("item", "#000000"));
  g_ptr_array_add (link_kinds, sw_link_kind_new ("part-of", "#000000", SW_LINK_STYLE_SOLID,
                                                 SW_PARENT_TO));
  _sw_document_set_kinds (doc, node_kinds, link_kinds);
  _sw_document_set_random_seed (doc, 5);

  return doc;
}

static void
test_path_up_cycle (void)
{
  g_autoptr(SwDocument) doc = new_free_document ();
  SwNode *a = add (doc, "item", "A");
  SwNode *b = add (doc, "item", "B");
  SwNode *c = add (doc, "item", "C");
  SwNode *d = add (doc, "item", "D");

  join (doc, "part-of", a, b);
  join (doc, "part-of", b, c);
  join (doc, "part-of", c, a);
  join (doc, "part-of", d, a);

  /* The climb stops where it would come round again. */
  assert_titles (sw_document_get_path_up (doc, a, NULL), "A B C");
  assert_titles (sw_document_get_path_up (doc, c, NULL), "C A B");
  assert_titles (sw_document_get_path_up (doc, d, NULL), "D A B C");
  assert_titles (sw_document_get_path_up (doc, d, "other"), "D A B C");
  assert_titles (sw_document_get_children (doc, a, NULL), "C D");
  assert_titles (sw_document_get_parents (doc, a, NULL), "B");

  /* No kind is a root kind here: roots are the parentless nodes with children, and a loop has none. */
  assert_titles (sw_document_get_roots (doc), "");
  g_assert_true (sw_document_remove_link (doc, sw_document_get_link (doc, 1)));
  assert_titles (sw_document_get_roots (doc), "B");
  assert_titles (sw_document_get_orphans (doc), "");
}

static void
test_path_up_long_chain (void)
{
  g_autoptr(SwDocument) doc = new_free_document ();
  g_autoptr(GPtrArray) path = NULL;
  SwNode *top = add (doc, "item", "top");
  SwNode *middle = NULL;
  SwNode *node = top;

  /* A chain far deeper than any strategy, each node part of the one before. */
  for (guint i = 0; i < 2000; i++)
    {
      SwNode *below = add (doc, "item", "x");

      join (doc, "part-of", below, node);
      node = below;
      if (i == 999)
        middle = node;
    }

  path = sw_document_get_path_up (doc, node, NULL);
  g_assert_cmpuint (path->len, ==, 2001);
  g_assert_true (g_ptr_array_index (path, 0) == node);
  g_assert_true (g_ptr_array_index (path, 1000) == middle);
  g_assert_true (g_ptr_array_index (path, 2000) == top);
  g_clear_pointer (&path, g_ptr_array_unref);
  assert_titles (sw_document_get_roots (doc), "top");

  /* Closing it into a loop halfway still ends the climb, after every node of the loop. */
  join (doc, "part-of", top, middle);
  path = sw_document_get_path_up (doc, node, NULL);
  g_assert_cmpuint (path->len, ==, 2001);
  g_assert_true (g_ptr_array_index (path, 2000) == top);
  assert_titles (sw_document_get_roots (doc), "");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/query/children", test_children);
  ADD ("/query/parents", test_parents);
  ADD ("/query/nodes-of-kind", test_nodes_of_kind);
  ADD ("/query/path-up", test_path_up);
  ADD ("/query/roots", test_roots);
  ADD ("/query/orphans", test_orphans);
  g_test_add_func ("/query/path-up/cycle", test_path_up_cycle);
  g_test_add_func ("/query/path-up/long-chain", test_path_up_long_chain);

  return g_test_run ();
}
