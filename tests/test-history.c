/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Undo and redo: exact restoration, transactions, coalescing, the modified flag and notifications. */
#include "config.h"

#include "sw-document-private.h"

/*
 * Two documents built the same way with the same id seed: every operation
 * is applied to @doc, undone and redone, then applied to @twin, and the two
 * must be equal at each stage.
 */
typedef struct
{
  SwDocument *doc;
  SwDocument *twin;
} Fixture;

static void
assert_equal (SwDocument *a,
              SwDocument *b)
{
  g_autofree char *difference = NULL;

  if (!sw_document_equal (a, b, &difference))
    g_error ("documents differ: %s", difference);
}

static void
assert_invariants (SwDocument *doc)
{
  g_autoptr(GError) error = NULL;

  _sw_document_check_invariants (doc, &error);
  g_assert_no_error (error);
}

static SwNode *
add (SwDocument *doc,
     const char *kind,
     const char *title)
{
  SwNode *node = sw_document_add_node (doc, kind, title, 10, 20, NULL);

  g_assert_nonnull (node);
  return node;
}

static SwNode *
node_at (SwDocument *doc,
         guint       position)
{
  return sw_document_get_node (doc, position);
}

static SwHistory *
history (SwDocument *doc)
{
  return sw_document_get_history (doc);
}

/*
 * 0 concept, 1 principle, 2 action area, 3 objective, 4 commitment,
 * 5 partner, 6 note; French as a target language with a translated title,
 * a stale translation and a link label.
 */
static SwDocument *
build (void)
{
  SwDocument *doc = sw_document_new ("en");
  SwNode *concept, *principle, *area, *objective, *commitment, *partner;
  SwLink *link;

  _sw_document_set_random_seed (doc, 1234);
  g_assert_true (sw_document_add_language (doc, "fr", NULL));
  g_assert_true (sw_document_set_text (doc, NULL, SW_FIELD_TITLE, NULL, "Strategy", NULL));
  concept = add (doc, "concept", "Trust");
  principle = add (doc, "principle", "Solidarity");
  area = add (doc, "action-area", "Capacity");
  objective = add (doc, "objective", "Training");
  commitment = add (doc, "commitment", "Fund");
  partner = add (doc, "partner", "Ministry");
  add (doc, "note", "Remember");
  g_assert_nonnull (sw_document_add_link (doc, "guides", concept, principle, NULL));
  g_assert_nonnull (sw_document_add_link (doc, "guides", principle, area, NULL));
  g_assert_nonnull (sw_document_add_link (doc, "advances", objective, area, NULL));
  g_assert_nonnull (sw_document_add_link (doc, "advances", commitment, objective, NULL));
  link = sw_document_add_link (doc, "commits", partner, commitment, NULL);
  g_assert_true (sw_document_set_text (doc, link, SW_FIELD_LABEL, NULL, "pledges", NULL));
  g_assert_true (sw_document_set_text (doc, link, SW_FIELD_LABEL, "fr", "promet", NULL));
  g_assert_true (sw_document_set_text (doc, principle, SW_FIELD_TITLE, "fr", "Solidarité", NULL));
  g_assert_true (sw_document_set_text (doc, area, SW_FIELD_TITLE, "fr", "Capacité", NULL));
  g_assert_true (sw_document_set_text (doc, area, SW_FIELD_TITLE, NULL, "Capacity building",
                                       NULL));
  sw_document_set_node_owner (doc, objective, "Agency");
  g_assert_true (sw_document_set_node_date (doc, objective, SW_FIELD_DUE, "2025-06-30", NULL));
  sw_history_break_coalescing (history (doc));

  return doc;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->doc = build ();
  fixture->twin = build ();
  assert_equal (fixture->doc, fixture->twin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_invariants (fixture->doc);
  assert_invariants (fixture->twin);
  g_clear_object (&fixture->doc);
  g_clear_object (&fixture->twin);
}

/* Operations, each applied the same way to either document. */

typedef void (*Operation) (SwDocument *doc);

static void
op_add_node (SwDocument *doc)
{
  add (doc, "objective", "New objective");
}

static void
op_remove_node (SwDocument *doc)
{
  g_assert_true (sw_document_remove_node (doc, node_at (doc, 3)));
}

static void
op_remove_first_node (SwDocument *doc)
{
  g_assert_true (sw_document_remove_node (doc, node_at (doc, 0)));
}

static void
op_add_link (SwDocument *doc)
{
  g_assert_nonnull (sw_document_add_link (doc, "advances", node_at (doc, 4), node_at (doc, 2), NULL));
}

static void
op_remove_link (SwDocument *doc)
{
  g_assert_true (sw_document_remove_link (doc, sw_document_get_link (doc, 1)));
}

static void
op_set_source_text (SwDocument *doc)
{
  g_assert_true (sw_document_set_text (doc, node_at (doc, 1), SW_FIELD_TITLE, NULL, "Solidarity+",
                                       NULL));
}

static void
op_set_target_text (SwDocument *doc)
{
  g_assert_true (sw_document_set_text (doc, node_at (doc, 3), SW_FIELD_DESCRIPTION, "fr", "Former",
                                       NULL));
}

static void
op_remove_translation (SwDocument *doc)
{
  g_assert_true (sw_document_set_text (doc, node_at (doc, 1), SW_FIELD_TITLE, "fr", "", NULL));
}

static void
op_mark_current (SwDocument *doc)
{
  g_assert_true (sw_document_mark_translation_current (doc, node_at (doc, 2), SW_FIELD_TITLE, "fr"));
}

static void
op_document_title (SwDocument *doc)
{
  g_assert_true (sw_document_set_text (doc, NULL, SW_FIELD_SUBTITLE, "fr", "Sous-titre", NULL));
}

static void
op_kind_label (SwDocument *doc)
{
  g_assert_true (sw_document_set_text (doc, sw_document_lookup_node_kind (doc, "note"),
                                       SW_FIELD_LABEL, NULL, "Remark", NULL));
}

static void
op_link_label (SwDocument *doc)
{
  g_assert_true (sw_document_set_text (doc, sw_document_get_link (doc, 4), SW_FIELD_LABEL, NULL,
                                       NULL, NULL));
}

static void
op_kind (SwDocument *doc)
{
  g_assert_true (sw_document_set_node_kind (doc, node_at (doc, 6), "partner", NULL));
}

static void
op_owner (SwDocument *doc)
{
  sw_document_set_node_owner (doc, node_at (doc, 3), NULL);
}

static void
op_status (SwDocument *doc)
{
  sw_document_set_node_status (doc, node_at (doc, 3), SW_NODE_STATUS_DROPPED);
}

static void
op_start (SwDocument *doc)
{
  g_assert_true (sw_document_set_node_date (doc, node_at (doc, 3), SW_FIELD_START, "2024-02-29",
                                            NULL));
}

static void
op_due (SwDocument *doc)
{
  g_assert_true (sw_document_set_node_date (doc, node_at (doc, 3), SW_FIELD_DUE, NULL, NULL));
}

static void
op_indicator (SwDocument *doc)
{
  sw_document_set_node_indicator (doc, node_at (doc, 3), "People trained");
}

static void
op_tags (SwDocument *doc)
{
  const char * const tags[] = { "a", "b", NULL };

  sw_document_set_node_tags (doc, node_at (doc, 3), tags);
}

static void
op_move (SwDocument *doc)
{
  sw_document_move_node (doc, node_at (doc, 3), -40.6, 99.5);
}

static void
op_pin (SwDocument *doc)
{
  sw_document_set_node_pinned (doc, node_at (doc, 3), TRUE);
}

static void
op_edition (SwDocument *doc)
{
  sw_document_set_edition (doc, "Second edition");
}

static void
op_authors (SwDocument *doc)
{
  const char * const authors[] = { "Ada", "Grace", NULL };

  sw_document_set_authors (doc, authors);
}

static void
op_sources (SwDocument *doc)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);

  g_ptr_array_add (sources, sw_source_new ("White paper", "Ministry", "2024-01-01", NULL));
  sw_document_set_sources (doc, sources);
}

static void
op_add_language (SwDocument *doc)
{
  g_assert_true (sw_document_add_language (doc, "de", NULL));
}

static void
op_remove_language (SwDocument *doc)
{
  g_assert_true (sw_document_remove_language (doc, "fr"));
}

static void
op_transaction (SwDocument *doc)
{
  sw_document_begin_transaction (doc, "Rework");
  add (doc, "commitment", "Second fund");
  g_assert_nonnull (sw_document_add_link (doc, "advances", node_at (doc, 7), node_at (doc, 3), NULL));
  sw_document_move_node (doc, node_at (doc, 0), 500, 500);
  g_assert_true (sw_document_remove_node (doc, node_at (doc, 3)));
  g_assert_true (sw_document_set_text (doc, node_at (doc, 0), SW_FIELD_TITLE, "fr", "Confiance", NULL));
  g_assert_true (sw_document_commit_transaction (doc));
}

static const struct
{
  const char *name;
  Operation   func;
} operations[] = {
  { "add-node", op_add_node },
  { "remove-node", op_remove_node },
  { "remove-first-node", op_remove_first_node },
  { "add-link", op_add_link },
  { "remove-link", op_remove_link },
  { "set-source-text", op_set_source_text },
  { "set-target-text", op_set_target_text },
  { "remove-translation", op_remove_translation },
  { "mark-translation-current", op_mark_current },
  { "document-subtitle", op_document_title },
  { "kind-label", op_kind_label },
  { "link-label", op_link_label },
  { "kind", op_kind },
  { "owner", op_owner },
  { "status", op_status },
  { "start", op_start },
  { "due", op_due },
  { "indicator", op_indicator },
  { "tags", op_tags },
  { "move", op_move },
  { "pin", op_pin },
  { "edition", op_edition },
  { "authors", op_authors },
  { "sources", op_sources },
  { "add-language", op_add_language },
  { "remove-language", op_remove_language },
  { "transaction", op_transaction },
};

static void
test_undo_redo_operation (Fixture       *fixture,
                          gconstpointer  data)
{
  Operation op = (Operation) data;
  SwDocument *doc = fixture->doc;
  guint steps = sw_history_get_n_undo_steps (history (doc));
  g_autofree char *difference = NULL;

  op (doc);
  assert_invariants (doc);
  g_assert_false (sw_document_equal (doc, fixture->twin, &difference));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history (doc)), ==, steps + 1);

  g_assert_true (sw_document_undo (doc));
  assert_invariants (doc);
  assert_equal (doc, fixture->twin);

  g_assert_true (sw_document_redo (doc));
  assert_invariants (doc);
  op (fixture->twin);
  assert_equal (doc, fixture->twin);

  /* And once more, both ways, to catch state a first pass leaves behind. */
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_undo (fixture->twin));
  assert_equal (doc, fixture->twin);
  g_assert_true (sw_document_redo (doc));
  g_assert_true (sw_document_redo (fixture->twin));
  assert_equal (doc, fixture->twin);
}

/* A sequence in which each operation still finds what it works on. */
static const Operation sequence[] = {
  op_set_source_text, op_set_target_text, op_remove_translation, op_mark_current,
  op_document_title, op_kind_label, op_link_label, op_kind, op_owner, op_status, op_start, op_due,
  op_indicator, op_tags, op_move, op_pin, op_edition, op_authors, op_sources, op_add_link,
  op_remove_link, op_remove_language, op_add_language, op_remove_node, op_add_node,
};

static void
test_undo_all (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SwDocument) fresh = sw_document_new ("en");
  SwDocument *doc = fixture->doc;
  guint steps = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sequence); i++)
    {
      sequence[i] (doc);
      assert_invariants (doc);
    }

  /* Back past the building steps to the empty document... */
  while (sw_document_undo (doc))
    {
      assert_invariants (doc);
      steps++;
    }
  assert_equal (doc, fresh);
  g_assert_false (sw_document_get_modified (doc));

  /* ...and forward to where the twin gets by the same edits. */
  for (guint i = 0; i < steps; i++)
    {
      g_assert_true (sw_document_redo (doc));
      assert_invariants (doc);
    }
  g_assert_false (sw_document_redo (doc));
  for (guint i = 0; i < G_N_ELEMENTS (sequence); i++)
    sequence[i] (fixture->twin);
  assert_equal (doc, fixture->twin);
}

static void
test_remove_node_identity (Fixture       *fixture,
                           gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *objective = node_at (doc, 3);
  g_autofree char *id = g_strdup (sw_node_get_id (objective));
  g_autoptr(GPtrArray) before = sw_document_get_node_links (doc, objective);
  guint positions[8];

  g_assert_cmpuint (before->len, ==, 2);
  for (guint i = 0; i < before->len; i++)
    positions[i] = sw_document_get_link_position (doc, g_ptr_array_index (before, i));

  g_assert_true (sw_document_remove_node (doc, objective));
  g_assert_true (sw_document_undo (doc));

  /* The very same object, id and place, and the very same links where they were. */
  g_assert_true (node_at (doc, 3) == objective);
  g_assert_cmpstr (sw_node_get_id (objective), ==, id);
  g_assert_true (sw_document_lookup_node (doc, id) == objective);
  for (guint i = 0; i < before->len; i++)
    {
      SwLink *link = g_ptr_array_index (before, i);

      g_assert_true (sw_document_get_link (doc, positions[i]) == link);
      g_assert_true (sw_document_lookup_link (doc, sw_link_get_id (link)) == link);
    }
  assert_equal (doc, fixture->twin);
}

/* Transactions */

static void
test_transaction (Fixture       *fixture,
                  gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  guint steps = sw_history_get_n_undo_steps (h);

  sw_document_begin_transaction (doc, "Arrange");
  g_assert_true (sw_history_in_transaction (h));
  sw_document_move_node (doc, node_at (doc, 0), 1, 1);
  sw_document_move_node (doc, node_at (doc, 1), 2, 2);
  sw_document_set_node_owner (doc, node_at (doc, 1), "Someone");
  /* Undo waits for the transaction to close. */
  g_assert_false (sw_history_get_can_undo (h));
  g_assert_false (sw_document_undo (doc));
  g_assert_true (sw_document_commit_transaction (doc));
  g_assert_false (sw_history_in_transaction (h));

  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Arrange");
  g_assert_true (sw_document_undo (doc));
  assert_equal (doc, fixture->twin);
  g_assert_cmpstr (sw_history_get_redo_label (h), ==, "Arrange");
}

static void
test_transaction_nested (Fixture       *fixture,
                         gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  guint steps = sw_history_get_n_undo_steps (h);

  sw_document_begin_transaction (doc, "Outer");
  sw_document_move_node (doc, node_at (doc, 0), 1, 1);
  sw_document_begin_transaction (doc, "Inner");
  sw_document_move_node (doc, node_at (doc, 1), 2, 2);
  /* remove_node opens a transaction of its own inside ours. */
  g_assert_true (sw_document_remove_node (doc, node_at (doc, 2)));
  g_assert_false (sw_document_commit_transaction (doc));
  g_assert_true (sw_history_in_transaction (h));
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps);
  sw_document_set_edition (doc, "3");
  g_assert_true (sw_document_commit_transaction (doc));

  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Outer");
  g_assert_true (sw_document_undo (doc));
  assert_equal (doc, fixture->twin);
}

static void
test_transaction_rollback (Fixture       *fixture,
                           gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  guint steps = sw_history_get_n_undo_steps (h);
  g_autofree char *label = g_strdup (sw_history_get_undo_label (h));

  sw_document_begin_transaction (doc, "Abandoned");
  add (doc, "note", "Draft");
  g_assert_true (sw_document_remove_node (doc, node_at (doc, 3)));
  sw_document_move_node (doc, node_at (doc, 0), 9, 9);
  g_assert_true (sw_document_add_language (doc, "de", NULL));
  g_assert_true (sw_document_set_text (doc, node_at (doc, 0), SW_FIELD_TITLE, "de", "Vertrauen",
                                       NULL));
  sw_document_rollback_transaction (doc);

  g_assert_false (sw_history_in_transaction (h));
  assert_equal (doc, fixture->twin);
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps);
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, label);
  g_assert_true (sw_history_get_can_undo (h));

  /* A rollback from deep inside undoes the whole transaction so far but closes only its own
   * level: the outer caller still commits, without a warning, and nothing is recorded. */
  sw_document_begin_transaction (doc, "Outer");
  sw_document_move_node (doc, node_at (doc, 0), 9, 9);
  sw_document_begin_transaction (doc, "Inner");
  sw_document_move_node (doc, node_at (doc, 1), 9, 9);
  sw_document_rollback_transaction (doc);
  g_assert_true (sw_history_in_transaction (h));
  assert_equal (doc, fixture->twin);
  g_assert_false (sw_document_commit_transaction (doc));
  g_assert_false (sw_history_in_transaction (h));
  assert_equal (doc, fixture->twin);
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps);
}

static void
test_transaction_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  guint steps;

  g_assert_true (sw_document_undo (doc));
  steps = sw_history_get_n_undo_steps (h);

  sw_document_begin_transaction (doc, "Nothing");
  /* Refusals and no-ops inside record nothing either. */
  g_assert_null (sw_document_add_node (doc, "goal", "x", 0, 0, NULL));
  sw_document_move_node (doc, node_at (doc, 0), 10, 20);
  g_assert_false (sw_document_commit_transaction (doc));

  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps);
  g_assert_cmpstr (sw_history_get_undo_label (h), !=, "Nothing");
  /* Nor does it cost the redo stack. */
  g_assert_cmpuint (sw_history_get_n_redo_steps (h), ==, 1);
  g_assert_true (sw_document_redo (doc));
  assert_equal (doc, fixture->twin);
}

/* Coalescing */

static const char *
title_of (SwNode *node)
{
  return sw_text_get (sw_node_get_title (node), "en");
}

static void
type (SwDocument *doc,
      SwNode     *node,
      SwField     field,
      const char *language,
      const char *text)
{
  g_assert_true (sw_document_set_text (doc, node, field, language, text, NULL));
}

static void
test_coalesce (Fixture       *fixture,
               gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  SwNode *node = node_at (doc, 6);
  guint steps = sw_history_get_n_undo_steps (h);

  type (doc, node, SW_FIELD_TITLE, NULL, "R");
  type (doc, node, SW_FIELD_TITLE, NULL, "Re");
  type (doc, node, SW_FIELD_TITLE, "en", "Rem");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Edit Text");
  g_assert_true (sw_document_undo (doc));
  g_assert_cmpstr (title_of (node), ==, "Remember");
  g_assert_true (sw_document_redo (doc));
  g_assert_cmpstr (title_of (node), ==, "Rem");
  g_assert_true (sw_document_undo (doc));
  assert_equal (doc, fixture->twin);
}

static void
test_coalesce_breaks (Fixture       *fixture,
                      gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  SwNode *node = node_at (doc, 6);
  SwNode *other = node_at (doc, 5);
  guint steps = sw_history_get_n_undo_steps (h);

  type (doc, node, SW_FIELD_TITLE, NULL, "a");
  type (doc, node, SW_FIELD_DESCRIPTION, NULL, "b");        /* another field */
  type (doc, node, SW_FIELD_DESCRIPTION, "fr", "c");        /* another language */
  type (doc, other, SW_FIELD_DESCRIPTION, "fr", "d");       /* another node */
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 4);

  type (doc, other, SW_FIELD_DESCRIPTION, "fr", "de");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 4);
  sw_history_break_coalescing (h);
  type (doc, other, SW_FIELD_DESCRIPTION, "fr", "def");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 5);

  /* Any other edit in between. */
  sw_document_move_node (doc, other, 0, 0);
  type (doc, other, SW_FIELD_DESCRIPTION, "fr", "defg");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 7);

  /* A transaction, even of one text change. */
  sw_document_begin_transaction (doc, "One");
  type (doc, other, SW_FIELD_DESCRIPTION, "fr", "defgh");
  g_assert_true (sw_document_commit_transaction (doc));
  type (doc, other, SW_FIELD_DESCRIPTION, "fr", "defghi");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 9);

  while (sw_history_get_n_undo_steps (h) > steps)
    g_assert_true (sw_document_undo (doc));
  assert_equal (doc, fixture->twin);
}

static void
test_coalesce_undo_breaks (Fixture       *fixture,
                           gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  SwNode *node = node_at (doc, 6);
  guint steps = sw_history_get_n_undo_steps (h);

  type (doc, node, SW_FIELD_TITLE, NULL, "a");
  type (doc, node, SW_FIELD_TITLE, NULL, "ab");
  g_assert_true (sw_document_undo (doc));
  type (doc, node, SW_FIELD_TITLE, NULL, "x");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 1);
  g_assert_true (sw_document_undo (doc));
  g_assert_cmpstr (title_of (node), ==, "Remember");

  /* After redo the next keystroke is a step of its own, so undo goes back to the redone text. */
  g_assert_true (sw_document_redo (doc));
  type (doc, node, SW_FIELD_TITLE, NULL, "xy");
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 2);
  g_assert_true (sw_document_undo (doc));
  g_assert_cmpstr (title_of (node), ==, "x");
}

static void
test_coalesce_save_breaks (Fixture       *fixture,
                           gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwHistory *h = history (doc);
  SwNode *node = node_at (doc, 6);
  guint steps = sw_history_get_n_undo_steps (h);

  type (doc, node, SW_FIELD_TITLE, NULL, "a");
  sw_document_mark_saved (doc);
  g_assert_false (sw_document_get_modified (doc));

  /* Typing on after a save must make the document modified, and undo must reach the saved text. */
  type (doc, node, SW_FIELD_TITLE, NULL, "ab");
  g_assert_true (sw_document_get_modified (doc));
  g_assert_cmpuint (sw_history_get_n_undo_steps (h), ==, steps + 2);
  g_assert_true (sw_document_undo (doc));
  g_assert_cmpstr (title_of (node), ==, "a");
  g_assert_false (sw_document_get_modified (doc));
}

/* The modified flag */

static void
test_modified (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");
  SwNode *node;

  g_assert_false (sw_document_get_modified (doc));

  node = add (doc, "note", "A");
  g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_undo (doc));
  g_assert_false (sw_document_get_modified (doc));
  g_assert_true (sw_document_redo (doc));
  g_assert_true (sw_document_get_modified (doc));

  sw_document_mark_saved (doc);
  g_assert_false (sw_document_get_modified (doc));
  sw_document_set_node_owner (doc, node, "x");
  g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_undo (doc));
  g_assert_false (sw_document_get_modified (doc));
  /* Before the save point is as modified as after it. */
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_redo (doc));
  g_assert_false (sw_document_get_modified (doc));
  g_assert_true (sw_document_redo (doc));
  g_assert_true (sw_document_get_modified (doc));

  /* Saving with steps to redo, then redoing. */
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_undo (doc));
  sw_document_mark_saved (doc);
  g_assert_false (sw_document_get_modified (doc));
  g_assert_true (sw_document_redo (doc));
  g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_undo (doc));
  g_assert_false (sw_document_get_modified (doc));
}

static void
test_modified_unreachable (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");
  SwNode *node = add (doc, "note", "A");

  sw_document_set_node_owner (doc, node, "x");
  sw_document_mark_saved (doc);
  g_assert_false (sw_document_get_modified (doc));

  /* Undo past the save point and branch off: the saved state is gone for good. */
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_undo (doc));
  node = add (doc, "note", "B");
  sw_document_set_node_owner (doc, node, "y");
  g_assert_true (sw_document_get_modified (doc));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history (doc)), ==, 2);

  while (sw_document_undo (doc))
    g_assert_true (sw_document_get_modified (doc));
  while (sw_document_redo (doc))
    g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_get_modified (doc));

  sw_document_mark_saved (doc);
  g_assert_false (sw_document_get_modified (doc));
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_redo (doc));
  g_assert_false (sw_document_get_modified (doc));
}

static void
test_modified_initial_save_point (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");

  /* The empty start is the save point: branching from it keeps it reachable. */
  add (doc, "note", "A");
  g_assert_true (sw_document_undo (doc));
  add (doc, "note", "B");
  g_assert_true (sw_document_get_modified (doc));
  g_assert_true (sw_document_undo (doc));
  g_assert_false (sw_document_get_modified (doc));
}

/* Notifications */

typedef struct
{
  SwHistory *history;
  gboolean   can_undo;
  gboolean   can_redo;
  gboolean   modified;
  guint      n_can_undo;
  guint      n_can_redo;
  guint      n_modified;
} Watch;

static void
notify_cb (SwHistory  *h,
           GParamSpec *pspec,
           Watch      *watch)
{
  gboolean value;

  g_object_get (h, pspec->name, &value, NULL);
  if (g_str_equal (pspec->name, "can-undo"))
    {
      /* A notification must announce a change. */
      g_assert_cmpint (value, !=, watch->can_undo);
      watch->can_undo = value;
      watch->n_can_undo++;
    }
  else if (g_str_equal (pspec->name, "can-redo"))
    {
      g_assert_cmpint (value, !=, watch->can_redo);
      watch->can_redo = value;
      watch->n_can_redo++;
    }
  else if (g_str_equal (pspec->name, "modified"))
    {
      g_assert_cmpint (value, !=, watch->modified);
      watch->modified = value;
      watch->n_modified++;
    }
}

/* Every change was announced: the last values heard are the current ones. */
static void
assert_heard (Watch *watch,
              guint  n_can_undo,
              guint  n_can_redo,
              guint  n_modified)
{
  g_assert_cmpint (watch->can_undo, ==, sw_history_get_can_undo (watch->history));
  g_assert_cmpint (watch->can_redo, ==, sw_history_get_can_redo (watch->history));
  g_assert_cmpint (watch->modified, ==, sw_history_get_modified (watch->history));
  g_assert_cmpuint (watch->n_can_undo, ==, n_can_undo);
  g_assert_cmpuint (watch->n_can_redo, ==, n_can_redo);
  g_assert_cmpuint (watch->n_modified, ==, n_modified);
}

static void
test_notify (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");
  Watch watch = { sw_document_get_history (doc), FALSE, FALSE, FALSE, 0, 0, 0 };
  SwNode *node;

  g_signal_connect (watch.history, "notify", G_CALLBACK (notify_cb), &watch);

  node = add (doc, "note", "A");
  assert_heard (&watch, 1, 0, 1);
  sw_document_set_node_owner (doc, node, "x");
  type (doc, node, SW_FIELD_TITLE, NULL, "B");
  type (doc, node, SW_FIELD_TITLE, NULL, "BC");
  assert_heard (&watch, 1, 0, 1);

  /* Refusals and no-ops change nothing. */
  g_assert_null (sw_document_add_node (doc, "goal", "x", 0, 0, NULL));
  sw_document_set_node_owner (doc, node, "x");
  assert_heard (&watch, 1, 0, 1);

  g_assert_true (sw_document_undo (doc));
  assert_heard (&watch, 1, 1, 1);
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_undo (doc));
  assert_heard (&watch, 2, 1, 2);
  g_assert_false (sw_document_undo (doc));
  assert_heard (&watch, 2, 1, 2);
  g_assert_true (sw_document_redo (doc));
  assert_heard (&watch, 3, 1, 3);

  /* A new action drops the redo stack. */
  sw_document_set_edition (doc, "2");
  g_assert_cmpuint (sw_history_get_n_redo_steps (watch.history), ==, 0);
  g_assert_false (sw_history_get_can_redo (watch.history));
  assert_heard (&watch, 3, 2, 3);

  sw_document_mark_saved (doc);
  assert_heard (&watch, 3, 2, 4);
  sw_document_mark_saved (doc);
  assert_heard (&watch, 3, 2, 4);

  /* While a transaction is open there is nothing to undo, and listeners hear so. */
  sw_document_begin_transaction (doc, "Group");
  assert_heard (&watch, 4, 2, 4);
  sw_document_set_edition (doc, "3");
  g_assert_true (sw_document_commit_transaction (doc));
  assert_heard (&watch, 5, 2, 5);

  sw_document_begin_transaction (doc, "Empty");
  g_assert_false (sw_document_commit_transaction (doc));
  assert_heard (&watch, 7, 2, 5);

  sw_document_begin_transaction (doc, "Abandoned");
  sw_document_set_edition (doc, "4");
  sw_document_rollback_transaction (doc);
  assert_heard (&watch, 9, 2, 5);

  g_signal_handlers_disconnect_by_data (watch.history, &watch);
}

static void
test_labels (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");
  SwHistory *h = sw_document_get_history (doc);
  SwNode *a, *b;

  g_assert_null (sw_history_get_undo_label (h));
  g_assert_null (sw_history_get_redo_label (h));

  a = add (doc, "note", "A");
  b = add (doc, "note", "B");
  g_assert_nonnull (sw_document_add_link (doc, "relates-to", a, b, NULL));
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Add Link");
  sw_document_move_node (doc, a, 3, 3);
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Move Node");
  sw_document_set_node_pinned (doc, a, TRUE);
  sw_document_set_node_pinned (doc, a, FALSE);
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Unpin Node");

  g_assert_true (sw_document_undo (doc));
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Pin Node");
  g_assert_cmpstr (sw_history_get_redo_label (h), ==, "Unpin Node");
  g_assert_true (sw_document_undo (doc));
  g_assert_cmpstr (sw_history_get_redo_label (h), ==, "Pin Node");

  g_assert_true (sw_document_remove_node (doc, b));
  g_assert_cmpstr (sw_history_get_undo_label (h), ==, "Delete Node");
  g_assert_null (sw_history_get_redo_label (h));

  while (sw_document_undo (doc))
    ;
  g_assert_null (sw_history_get_undo_label (h));
  g_assert_cmpstr (sw_history_get_redo_label (h), ==, "Add Node");
}

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/history/undo-redo/%s", operations[i].name);

      ADD (path, test_undo_redo_operation, operations[i].func);
    }
  ADD ("/history/undo-all", test_undo_all, NULL);
  ADD ("/history/remove-node-identity", test_remove_node_identity, NULL);
  ADD ("/history/transaction", test_transaction, NULL);
  ADD ("/history/transaction/nested", test_transaction_nested, NULL);
  ADD ("/history/transaction/rollback", test_transaction_rollback, NULL);
  ADD ("/history/transaction/empty", test_transaction_empty, NULL);
  ADD ("/history/coalesce", test_coalesce, NULL);
  ADD ("/history/coalesce/breaks", test_coalesce_breaks, NULL);
  ADD ("/history/coalesce/undo-breaks", test_coalesce_undo_breaks, NULL);
  ADD ("/history/coalesce/save-breaks", test_coalesce_save_breaks, NULL);
  g_test_add_func ("/history/modified", test_modified);
  g_test_add_func ("/history/modified/unreachable", test_modified_unreachable);
  g_test_add_func ("/history/modified/initial-save-point", test_modified_initial_save_point);
  g_test_add_func ("/history/notify", test_notify);
  g_test_add_func ("/history/labels", test_labels);

  return g_test_run ();
}
