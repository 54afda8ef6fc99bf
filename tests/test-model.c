/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document model: kinds, nodes, links, text, fields, languages, signals and comparison. */
#include "config.h"

#include <string.h>

#include "sw-document-private.h"
#include "sw-validate.h"

typedef struct
{
  SwDocument *doc;
  GString    *log;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->doc = sw_document_new ("en");
  _sw_document_set_random_seed (fixture->doc, 42);
  fixture->log = g_string_new (NULL);
}

static void
assert_invariants (SwDocument *doc)
{
  g_autoptr(GError) error = NULL;

  _sw_document_check_invariants (doc, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_invariants (fixture->doc);
  g_signal_handlers_disconnect_by_data (fixture->doc, fixture);
  g_clear_object (&fixture->doc);
  g_string_free (fixture->log, TRUE);
}

static SwNode *
add (SwDocument *doc,
     const char *kind,
     const char *title)
{
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_add_node (doc, kind, title, 0, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static SwLink *
join (SwDocument *doc,
      const char *kind,
      SwNode     *from,
      SwNode     *to)
{
  g_autoptr(GError) error = NULL;
  SwLink *link = sw_document_add_link (doc, kind, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (link);
  return link;
}

static guint
n_steps (SwDocument *doc)
{
  return sw_history_get_n_undo_steps (sw_document_get_history (doc));
}

static const char *
title_of (SwNode *node)
{
  return sw_text_get (sw_node_get_title (node), "en");
}

/* Kinds */

static void
test_new_document (Fixture       *fixture,
                   gconstpointer  data)
{
  SwDocument *doc = fixture->doc;

  g_assert_cmpstr (sw_document_get_source_language (doc), ==, "en");
  g_assert_null (sw_document_get_languages (doc)[0]);
  g_assert_null (sw_document_get_authors (doc)[0]);
  g_assert_cmpuint (sw_document_get_sources (doc)->len, ==, 0);
  g_assert_true (sw_text_is_empty (sw_document_get_title (doc)));
  g_assert_cmpuint (sw_document_get_n_nodes (doc), ==, 0);
  g_assert_cmpuint (sw_document_get_n_links (doc), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sw_document_get_nodes (doc)), ==, 0);
  g_assert_false (sw_document_get_modified (doc));
  g_assert_false (sw_history_get_can_undo (sw_document_get_history (doc)));
  g_assert_true (sw_document_has_language (doc, "en"));
  g_assert_false (sw_document_has_language (doc, "fr"));
  g_assert_false (sw_document_has_language (doc, NULL));
}

static void
test_node_kinds (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const ids[] = {
    "concept", "principle", "action-area", "objective", "partner", "commitment", "note",
  };
  static const char * const labels[] = {
    "Concept", "Guiding principle", "Action area", "Objective", "Partner", "Commitment", "Note",
  };
  GPtrArray *kinds = sw_document_get_node_kinds (fixture->doc);

  g_assert_cmpuint (kinds->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < kinds->len; i++)
    {
      SwNodeKind *kind = g_ptr_array_index (kinds, i);

      g_assert_cmpstr (sw_node_kind_get_id (kind), ==, ids[i]);
      g_assert_true (sw_document_lookup_node_kind (fixture->doc, ids[i]) == kind);
      /* Labels are document text in the source language. */
      g_assert_cmpstr (sw_text_get (sw_node_kind_get_label (kind), "en"), ==, labels[i]);
      g_assert_cmpstr (sw_document_get_kind_label (fixture->doc, ids[i], NULL), ==, labels[i]);
      g_assert_true (sw_color_is_valid (sw_node_kind_get_color (kind)));
      g_assert_nonnull (sw_node_kind_get_icon (kind));
    }

  g_assert_null (sw_document_lookup_node_kind (fixture->doc, "goal"));
  g_assert_null (sw_document_lookup_node_kind (fixture->doc, NULL));
  g_assert_cmpstr (sw_document_get_kind_label (fixture->doc, "goal", NULL), ==, "goal");
}

typedef struct
{
  const char  *id;
  SwLinkStyle  style;
  SwParentEnd  parent;
  const char  *allowed; /* every allowed "from>to" pair, or "*" for any */
} LinkKindRules;

static const LinkKindRules link_rules[] = {
  { "guides", SW_LINK_STYLE_SOLID, SW_PARENT_FROM,
    " concept>principle principle>action-area concept>action-area " },
  { "advances", SW_LINK_STYLE_SOLID, SW_PARENT_TO,
    " objective>action-area commitment>objective commitment>action-area " },
  { "commits", SW_LINK_STYLE_SOLID, SW_PARENT_NONE, " partner>commitment " },
  { "depends-on", SW_LINK_STYLE_DASHED, SW_PARENT_NONE, "*" },
  { "relates-to", SW_LINK_STYLE_DOTTED, SW_PARENT_NONE, "*" },
};

static void
test_link_kinds (Fixture       *fixture,
                 gconstpointer  data)
{
  GPtrArray *kinds = sw_document_get_link_kinds (fixture->doc);
  GPtrArray *node_kinds = sw_document_get_node_kinds (fixture->doc);

  g_assert_cmpuint (kinds->len, ==, G_N_ELEMENTS (link_rules));
  for (guint i = 0; i < kinds->len; i++)
    {
      SwLinkKind *kind = g_ptr_array_index (kinds, i);
      const LinkKindRules *rules = &link_rules[i];

      g_assert_cmpstr (sw_link_kind_get_id (kind), ==, rules->id);
      g_assert_true (sw_document_lookup_link_kind (fixture->doc, rules->id) == kind);
      g_assert_cmpint (sw_link_kind_get_style (kind), ==, rules->style);
      g_assert_cmpint (sw_link_kind_get_parent (kind), ==, rules->parent);
      g_assert_true (sw_color_is_valid (sw_link_kind_get_color (kind)));
      g_assert_false (sw_text_is_empty (sw_link_kind_get_label (kind)));

      /* Every pair of node kinds, against the rules. */
      for (guint f = 0; f < node_kinds->len; f++)
        for (guint t = 0; t < node_kinds->len; t++)
          {
            const char *from = sw_node_kind_get_id (g_ptr_array_index (node_kinds, f));
            const char *to = sw_node_kind_get_id (g_ptr_array_index (node_kinds, t));
            g_autofree char *pair = g_strdup_printf (" %s>%s ", from, to);
            gboolean expected = g_str_equal (rules->allowed, "*")
                             || strstr (rules->allowed, pair) != NULL;

            if (sw_link_kind_allows (kind, from, to) != expected)
              g_error ("%s from %s to %s: expected %s", rules->id, from, to,
                       expected ? "allowed" : "refused");
          }
    }

  g_assert_cmpstr (sw_document_get_kind_label (fixture->doc, "commits", NULL), ==, "commits to");
}

static void
test_allowed_link_kinds (Fixture       *fixture,
                         gconstpointer  data)
{
  SwNode *concept = add (fixture->doc, "concept", "Concept");
  SwNode *principle = add (fixture->doc, "principle", "Principle");
  SwNode *partner = add (fixture->doc, "partner", "Partner");
  g_autoptr(GPtrArray) down = sw_document_get_allowed_link_kinds (fixture->doc, concept, principle);
  g_autoptr(GPtrArray) up = sw_document_get_allowed_link_kinds (fixture->doc, principle, concept);
  g_autoptr(GPtrArray) other = sw_document_get_allowed_link_kinds (fixture->doc, partner, concept);

  /* In table order. */
  g_assert_cmpuint (down->len, ==, 3);
  g_assert_cmpstr (sw_link_kind_get_id (g_ptr_array_index (down, 0)), ==, "guides");
  g_assert_cmpstr (sw_link_kind_get_id (g_ptr_array_index (down, 1)), ==, "depends-on");
  g_assert_cmpstr (sw_link_kind_get_id (g_ptr_array_index (down, 2)), ==, "relates-to");
  g_assert_cmpuint (up->len, ==, 2);
  g_assert_cmpuint (other->len, ==, 2);
}

/* Nodes */

static void
test_add_node (Fixture       *fixture,
               gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  SwNode *node;

  node = sw_document_add_node (doc, "objective", "Open markets", 10.4, -20.6, NULL);
  g_assert_nonnull (node);
  g_assert_cmpstr (sw_node_get_kind (node), ==, "objective");
  g_assert_cmpstr (title_of (node), ==, "Open markets");
  g_assert_cmpuint (sw_text_get_n_languages (sw_node_get_title (node)), ==, 1);
  g_assert_true (sw_text_is_empty (sw_node_get_description (node)));
  g_assert_cmpfloat (sw_node_get_x (node), ==, 10);
  g_assert_cmpfloat (sw_node_get_y (node), ==, -21);
  g_assert_cmpint (sw_node_get_status (node), ==, SW_NODE_STATUS_PROPOSED);
  g_assert_false (sw_node_get_pinned (node));
  g_assert_null (sw_node_get_owner (node));
  g_assert_null (sw_node_get_tags (node)[0]);
  g_assert_true (g_str_has_prefix (sw_node_get_id (node), "objective-"));
  g_assert_true (sw_id_is_valid (sw_node_get_id (node)));
  g_assert_true (sw_document_lookup_node (doc, sw_node_get_id (node)) == node);
  g_assert_true (sw_document_get_node (doc, 0) == node);
  g_assert_cmpuint (sw_document_get_node_position (doc, node), ==, 0);
  g_assert_cmpuint (n_steps (doc), ==, 1);
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Add Node");

  /* A NULL title is an empty source text. */
  node = add (doc, "note", NULL);
  g_assert_cmpstr (title_of (node), ==, "");

  /* Fresh, unique ids, appended in order. */
  for (guint i = 0; i < 200; i++)
    add (doc, "note", "Note");
  for (guint i = 0; i < sw_document_get_n_nodes (doc); i++)
    {
      node = sw_document_get_node (doc, i);
      g_assert_true (g_hash_table_add (ids, (gpointer) sw_node_get_id (node)));
      g_assert_cmpuint (sw_document_get_node_position (doc, node), ==, i);
    }
}

static void
test_add_node_deterministic (void)
{
  g_autoptr(SwDocument) a = sw_document_new ("en");
  g_autoptr(SwDocument) b = sw_document_new ("en");
  SwNode *na, *nb;

  _sw_document_set_random_seed (a, 7);
  _sw_document_set_random_seed (b, 7);
  na = add (a, "principle", "Security");
  nb = add (b, "principle", "Security");
  g_assert_cmpstr (sw_node_get_id (na), ==, sw_node_get_id (nb));
  g_assert_true (sw_document_equal (a, b, NULL));
}

static void
test_add_node_unknown_kind (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (sw_document_add_node (fixture->doc, "goal", "Goal", 0, 0, &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“goal”"));
  g_clear_error (&error);

  g_assert_null (sw_document_add_node (fixture->doc, NULL, "Goal", 0, 0, &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND);

  g_assert_cmpuint (sw_document_get_n_nodes (fixture->doc), ==, 0);
  g_assert_cmpuint (n_steps (fixture->doc), ==, 0);
  g_assert_false (sw_document_get_modified (fixture->doc));
}

/* Links */

static void
test_add_link (Fixture       *fixture,
               gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *concept = add (doc, "concept", "Concept");
  SwNode *principle = add (doc, "principle", "Principle");
  SwNode *area = add (doc, "action-area", "Area");
  SwNode *objective = add (doc, "objective", "Objective");
  SwLink *guides, *advances;
  g_autoptr(GPtrArray) links = NULL;

  guides = join (doc, "guides", concept, principle);
  g_assert_cmpstr (sw_link_get_kind (guides), ==, "guides");
  g_assert_true (sw_link_get_from (guides) == concept);
  g_assert_true (sw_link_get_to (guides) == principle);
  g_assert_true (g_str_has_prefix (sw_link_get_id (guides), "link-"));
  g_assert_true (sw_document_lookup_link (doc, sw_link_get_id (guides)) == guides);
  g_assert_null (sw_document_lookup_node (doc, sw_link_get_id (guides)));
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Add Link");

  join (doc, "guides", principle, area);
  advances = join (doc, "advances", objective, area);
  join (doc, "relates-to", objective, principle);
  g_assert_cmpuint (sw_document_get_n_links (doc), ==, 4);
  g_assert_true (sw_document_get_link (doc, 2) == advances);
  g_assert_cmpuint (sw_document_get_link_position (doc, advances), ==, 2);

  /* The links of a node, both ways, in document order. */
  links = sw_document_get_node_links (doc, principle);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_true (g_ptr_array_index (links, 0) == guides);
  g_assert_true (g_ptr_array_index (links, 1) == sw_document_get_link (doc, 1));
  g_assert_true (g_ptr_array_index (links, 2) == sw_document_get_link (doc, 3));
}

static void
assert_link_refused (SwDocument *doc,
                     const char *kind,
                     SwNode     *from,
                     SwNode     *to,
                     int         code,
                     const char *const *words)
{
  g_autoptr(GError) error = NULL;
  guint n_links = sw_document_get_n_links (doc);
  guint steps = n_steps (doc);

  g_assert_null (sw_document_add_link (doc, kind, from, to, &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, code);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (strstr (error->message, words[i]) == NULL)
      g_error ("“%s” does not say “%s”", error->message, words[i]);
  g_assert_cmpuint (sw_document_get_n_links (doc), ==, n_links);
  g_assert_cmpuint (n_steps (doc), ==, steps);
}

static void
test_add_link_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *concept = add (doc, "concept", "Concept");
  SwNode *principle = add (doc, "principle", "Principle");
  SwNode *objective = add (doc, "objective", "Objective");
  SwNode *partner = add (doc, "partner", "Partner");
  SwNode *gone = add (doc, "note", "Gone");
  G_GNUC_UNUSED g_autoptr(SwNode) held = g_object_ref (gone);

  /* The message names the link kind and both node kinds, as a person reads them. */
  assert_link_refused (doc, "guides", objective, partner, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                       (const char *[]) { "guides", "Objective", "Partner", NULL });
  /* Rules have a direction. */
  assert_link_refused (doc, "guides", principle, concept, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                       (const char *[]) { "guides", "Guiding principle", "Concept", NULL });
  assert_link_refused (doc, "commits", concept, principle, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                       (const char *[]) { "commits to", NULL });

  /* Self-links, even of a kind that joins anything. */
  assert_link_refused (doc, "relates-to", objective, objective, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                       (const char *[]) { "itself", NULL });

  assert_link_refused (doc, "cites", objective, principle, SW_DOCUMENT_ERROR_NOT_FOUND,
                       (const char *[]) { "“cites”", NULL });
  assert_link_refused (doc, NULL, objective, principle, SW_DOCUMENT_ERROR_NOT_FOUND, NULL);

  /* Duplicates: the same kind, the same ends, the same direction. */
  join (doc, "guides", concept, principle);
  join (doc, "relates-to", objective, principle);
  assert_link_refused (doc, "guides", concept, principle, SW_DOCUMENT_ERROR_DUPLICATE,
                       (const char *[]) { "guides", NULL });
  assert_link_refused (doc, "relates-to", objective, principle, SW_DOCUMENT_ERROR_DUPLICATE,
                       NULL);
  /* Another kind or the other direction is a different link. */
  join (doc, "depends-on", objective, principle);
  join (doc, "relates-to", principle, objective);

  /* A node no longer in the document. */
  g_assert_true (sw_document_remove_node (doc, gone));
  assert_link_refused (doc, "relates-to", objective, gone, SW_DOCUMENT_ERROR_NOT_FOUND, NULL);
  assert_link_refused (doc, "relates-to", gone, objective, SW_DOCUMENT_ERROR_NOT_FOUND, NULL);
}

static void
test_remove_node (Fixture       *fixture,
                  gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *concept = add (doc, "concept", "Concept");
  SwNode *principle = add (doc, "principle", "Principle");
  SwNode *area = add (doc, "action-area", "Area");
  SwNode *note = add (doc, "note", "Note");
  SwLink *keep1, *keep2;
  G_GNUC_UNUSED g_autoptr(SwNode) held = g_object_ref (principle);
  g_autoptr(GPtrArray) links = NULL;

  join (doc, "guides", concept, principle);
  keep1 = join (doc, "guides", concept, area);
  join (doc, "guides", principle, area);
  keep2 = join (doc, "relates-to", note, area);
  join (doc, "relates-to", note, principle);
  g_assert_cmpuint (n_steps (doc), ==, 9);

  g_assert_true (sw_document_remove_node (doc, principle));
  g_assert_cmpuint (sw_document_get_n_nodes (doc), ==, 3);
  g_assert_null (sw_document_lookup_node (doc, sw_node_get_id (principle)));
  g_assert_cmpuint (sw_document_get_node_position (doc, principle), ==, G_MAXUINT);
  g_assert_true (sw_document_get_node (doc, 1) == area);

  /* Its links went with it; the others stay, in order. */
  g_assert_cmpuint (sw_document_get_n_links (doc), ==, 2);
  g_assert_true (sw_document_get_link (doc, 0) == keep1);
  g_assert_true (sw_document_get_link (doc, 1) == keep2);
  links = sw_document_get_node_links (doc, concept);
  g_assert_cmpuint (links->len, ==, 1);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = sw_document_get_node_links (doc, area);
  g_assert_cmpuint (links->len, ==, 2);

  /* One step for the node and its links. */
  g_assert_cmpuint (n_steps (doc), ==, 10);
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Delete Node");

  /* Removing it again does nothing. */
  g_assert_false (sw_document_remove_node (doc, principle));
  g_assert_cmpuint (n_steps (doc), ==, 10);
}

static void
test_remove_link (Fixture       *fixture,
                  gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *a = add (doc, "note", "A");
  SwNode *b = add (doc, "note", "B");
  SwLink *link = join (doc, "relates-to", a, b);
  G_GNUC_UNUSED g_autoptr(SwLink) held = g_object_ref (link);
  g_autoptr(GPtrArray) links = NULL;

  g_assert_true (sw_document_remove_link (doc, link));
  g_assert_cmpuint (sw_document_get_n_links (doc), ==, 0);
  g_assert_null (sw_document_lookup_link (doc, sw_link_get_id (link)));
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Delete Link");
  links = sw_document_get_node_links (doc, a);
  g_assert_cmpuint (links->len, ==, 0);
  g_assert_false (sw_document_remove_link (doc, link));

  /* The same pair may be joined again. */
  join (doc, "relates-to", a, b);
}

/* Text */

static void
test_set_text (Fixture       *fixture,
               gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  g_autoptr(GError) error = NULL;
  SwNode *node = add (doc, "principle", "Digital solidarity");
  const SwText *title = sw_node_get_title (node);

  g_assert_true (sw_document_add_language (doc, "fr", &error));
  g_assert_no_error (error);

  /* Source language: no fingerprint.  NULL language means the source. */
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_DESCRIPTION, NULL, "Help others", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sw_text_get (sw_node_get_description (node), "en"), ==, "Help others");
  g_assert_null (sw_text_get_fingerprint (sw_node_get_description (node), "en"));

  /* Target language: the fingerprint of the source text is recorded. */
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "Solidarité numérique",
                                       &error));
  g_assert_cmpstr (sw_text_get (title, "fr"), ==, "Solidarité numérique");
  g_assert_cmpstr (sw_text_get_fingerprint (title, "fr"), ==, "8a2e9922900d");

  /* An unknown language is refused, saying which. */
  g_assert_false (sw_document_set_text (doc, node, SW_FIELD_TITLE, "de", "Digitale Solidarität",
                                        &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“de”"));
  g_clear_error (&error);
  g_assert_null (sw_text_get (title, "de"));

  /* A field that is not translatable for this target. */
  g_assert_false (sw_document_set_text (doc, node, SW_FIELD_OWNER, NULL, "Ministry", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sw_document_set_text (doc, node, SW_FIELD_SUBTITLE, NULL, "Sub", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  /* Empty target text removes the translation; empty source text stays as empty. */
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "", &error));
  g_assert_null (sw_text_get (title, "fr"));
  g_assert_cmpuint (sw_text_get_n_languages (title), ==, 1);
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "Solidarité", &error));
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", NULL, &error));
  g_assert_null (sw_text_get (title, "fr"));
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "en", NULL, &error));
  g_assert_cmpstr (sw_text_get (title, "en"), ==, "");
  g_assert_no_error (error);
}

static void
test_set_text_targets (Fixture       *fixture,
                       gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *a = add (doc, "note", "A");
  SwNode *b = add (doc, "note", "B");
  SwLink *link = join (doc, "relates-to", a, b);
  SwNodeKind *kind = sw_document_lookup_node_kind (doc, "note");
  SwLinkKind *link_kind = sw_document_lookup_link_kind (doc, "relates-to");
  g_autoptr(GError) error = NULL;

  /* The document itself, as NULL or as itself. */
  g_assert_true (sw_document_set_text (doc, NULL, SW_FIELD_TITLE, NULL, "Strategy", &error));
  g_assert_true (sw_document_set_text (doc, doc, SW_FIELD_SUBTITLE, NULL, "2024", &error));
  g_assert_cmpstr (sw_text_get (sw_document_get_title (doc), "en"), ==, "Strategy");
  g_assert_cmpstr (sw_text_get (sw_document_get_subtitle (doc), "en"), ==, "2024");
  g_assert_false (sw_document_set_text (doc, NULL, SW_FIELD_DESCRIPTION, NULL, "x", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sw_document_set_text (doc, link, SW_FIELD_LABEL, NULL, "see also", &error));
  g_assert_cmpstr (sw_text_get (sw_link_get_label (link), "en"), ==, "see also");
  g_assert_false (sw_document_set_text (doc, link, SW_FIELD_TITLE, NULL, "x", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sw_document_set_text (doc, kind, SW_FIELD_LABEL, NULL, "Remark", &error));
  g_assert_cmpstr (sw_document_get_kind_label (doc, "note", NULL), ==, "Remark");
  g_assert_true (sw_document_set_text (doc, link_kind, SW_FIELD_LABEL, NULL, "is near", &error));
  g_assert_cmpstr (sw_document_get_kind_label (doc, "relates-to", NULL), ==, "is near");
  g_assert_no_error (error);

  /* Setting the same text again records nothing. */
  sw_history_break_coalescing (sw_document_get_history (doc));
  {
    guint steps = n_steps (doc);

    g_assert_true (sw_document_set_text (doc, kind, SW_FIELD_LABEL, NULL, "Remark", &error));
    g_assert_cmpuint (n_steps (doc), ==, steps);
  }
}

static void
test_mark_translation_current (Fixture       *fixture,
                               gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *node = add (doc, "objective", "Trust");
  const SwText *title = sw_node_get_title (node);
  guint steps;

  g_assert_true (sw_document_add_language (doc, "fr", NULL));

  /* Nothing to confirm: no translation, or the source language itself. */
  g_assert_false (sw_document_mark_translation_current (doc, node, SW_FIELD_TITLE, "fr"));
  g_assert_false (sw_document_mark_translation_current (doc, node, SW_FIELD_TITLE, "en"));
  g_assert_false (sw_document_mark_translation_current (doc, node, SW_FIELD_OWNER, "fr"));

  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "Confiance", NULL));
  steps = n_steps (doc);
  /* Already current: nothing recorded. */
  g_assert_true (sw_document_mark_translation_current (doc, node, SW_FIELD_TITLE, "fr"));
  g_assert_cmpuint (n_steps (doc), ==, steps);

  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "en", "Mutual trust", NULL));
  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_STALE);
  steps = n_steps (doc);
  g_assert_true (sw_document_mark_translation_current (doc, node, SW_FIELD_TITLE, "fr"));
  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_TRANSLATED);
  g_assert_cmpstr (sw_text_get (title, "fr"), ==, "Confiance");
  g_assert_cmpuint (n_steps (doc), ==, steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==,
                   "Confirm Translation");
}

/* Fields */

static void
test_node_fields (Fixture       *fixture,
                  gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *node = add (doc, "commitment", "Fund");
  g_autoptr(GError) error = NULL;
  const char * const tags[] = { "funding", "2025", NULL };
  const char * const empty[] = { NULL };
  guint steps;

  sw_document_set_node_owner (doc, node, "Ministry");
  g_assert_cmpstr (sw_node_get_owner (node), ==, "Ministry");
  sw_document_set_node_owner (doc, node, "");
  g_assert_null (sw_node_get_owner (node));

  sw_document_set_node_status (doc, node, SW_NODE_STATUS_AT_RISK);
  g_assert_cmpint (sw_node_get_status (node), ==, SW_NODE_STATUS_AT_RISK);

  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_START, "2024-02-29", &error));
  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_DUE, "2025-12-31", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sw_node_get_start (node), ==, "2024-02-29");
  g_assert_cmpstr (sw_node_get_due (node), ==, "2025-12-31");

  /* A bad date is refused and changes nothing. */
  steps = n_steps (doc);
  g_assert_false (sw_document_set_node_date (doc, node, SW_FIELD_DUE, "2025-02-29", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2025-02-29"));
  g_clear_error (&error);
  g_assert_false (sw_document_set_node_date (doc, node, SW_FIELD_START, "31/12/2025", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (sw_node_get_due (node), ==, "2025-12-31");
  g_assert_cmpuint (n_steps (doc), ==, steps);

  /* NULL or empty clears. */
  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_START, NULL, &error));
  g_assert_null (sw_node_get_start (node));
  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_DUE, "", &error));
  g_assert_null (sw_node_get_due (node));

  sw_document_set_node_indicator (doc, node, "Funds disbursed");
  g_assert_cmpstr (sw_node_get_indicator (node), ==, "Funds disbursed");

  sw_document_set_node_tags (doc, node, tags);
  g_assert_true (g_strv_equal (sw_node_get_tags (node), tags));
  g_assert_true (sw_node_has_tag (node, "2025"));
  g_assert_false (sw_node_has_tag (node, "2024"));
  sw_document_set_node_tags (doc, node, empty);
  g_assert_null (sw_node_get_tags (node)[0]);
  g_assert_false (sw_node_has_tag (node, "2025"));

  /* Whole pixels, as round() rounds. */
  sw_document_move_node (doc, node, 100.5, -0.4);
  g_assert_cmpfloat (sw_node_get_x (node), ==, 101);
  g_assert_cmpfloat (sw_node_get_y (node), ==, 0);
  sw_document_move_node (doc, node, -7.5, 3.49);
  g_assert_cmpfloat (sw_node_get_x (node), ==, -8);
  g_assert_cmpfloat (sw_node_get_y (node), ==, 3);

  sw_document_set_node_pinned (doc, node, TRUE);
  g_assert_true (sw_node_get_pinned (node));
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Pin Node");

  /* Setting what is already there records nothing. */
  steps = n_steps (doc);
  sw_document_set_node_owner (doc, node, NULL);
  sw_document_set_node_status (doc, node, SW_NODE_STATUS_AT_RISK);
  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_START, "", &error));
  sw_document_set_node_indicator (doc, node, "Funds disbursed");
  sw_document_set_node_tags (doc, node, NULL);
  sw_document_move_node (doc, node, -8.2, 2.9);
  sw_document_set_node_pinned (doc, node, 2);
  g_assert_cmpuint (n_steps (doc), ==, steps);
}

static void
test_document_fields (Fixture       *fixture,
                      gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  const char * const authors[] = { "Ada", "Grace", NULL };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  guint steps;

  sw_document_set_edition (doc, "2024");
  g_assert_cmpstr (sw_document_get_edition (doc), ==, "2024");
  sw_document_set_authors (doc, authors);
  g_assert_true (g_strv_equal (sw_document_get_authors (doc), authors));

  g_ptr_array_add (sources, sw_source_new ("Strategy", "Ministry", "2024-05-06", NULL));
  sw_document_set_sources (doc, sources);
  g_assert_cmpuint (sw_document_get_sources (doc)->len, ==, 1);
  g_assert_cmpstr (sw_source_get_publisher (g_ptr_array_index (sw_document_get_sources (doc), 0)),
                   ==, "Ministry");

  steps = n_steps (doc);
  sw_document_set_edition (doc, "2024");
  sw_document_set_authors (doc, authors);
  g_ptr_array_set_size (sources, 0);
  g_ptr_array_add (sources, sw_source_new ("Strategy", "Ministry", "2024-05-06", ""));
  sw_document_set_sources (doc, sources);
  g_assert_cmpuint (n_steps (doc), ==, steps);

  sw_document_set_edition (doc, "");
  g_assert_null (sw_document_get_edition (doc));
  sw_document_set_authors (doc, NULL);
  g_assert_null (sw_document_get_authors (doc)[0]);
}

static void
test_set_node_kind (Fixture       *fixture,
                    gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *area = add (doc, "action-area", "Area");
  SwNode *objective = add (doc, "objective", "Open markets");
  SwNode *commitment = add (doc, "commitment", "Fund");
  SwNode *note = add (doc, "note", "Note");
  g_autoptr(GError) error = NULL;
  guint steps;

  join (doc, "advances", objective, area);
  join (doc, "advances", commitment, objective);
  join (doc, "relates-to", note, objective);
  steps = n_steps (doc);

  /* A commitment cannot advance a commitment: the link would break. */
  g_assert_false (sw_document_set_node_kind (doc, objective, "commitment", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "Commitment"));
  g_assert_nonnull (strstr (error->message, "advances"));
  g_clear_error (&error);
  g_assert_cmpstr (sw_node_get_kind (objective), ==, "objective");
  g_assert_cmpuint (n_steps (doc), ==, steps);

  g_assert_false (sw_document_set_node_kind (doc, objective, "goal", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Same kind: nothing to do. */
  g_assert_true (sw_document_set_node_kind (doc, objective, "objective", &error));
  g_assert_cmpuint (n_steps (doc), ==, steps);

  /* A note relates to anything, and a commitment may advance an action area. */
  g_assert_true (sw_document_set_node_kind (doc, note, "partner", &error));
  g_assert_cmpstr (sw_node_get_kind (note), ==, "partner");
  g_assert_false (sw_document_set_node_kind (doc, objective, "action-area", &error));
  g_clear_error (&error);
  g_assert_false (sw_document_set_node_kind (doc, area, "objective", &error));
  g_clear_error (&error);
  g_assert_true (sw_document_remove_link (doc, sw_document_get_link (doc, 0)));
  g_assert_true (sw_document_set_node_kind (doc, objective, "action-area", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sw_node_get_kind (objective), ==, "action-area");
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Change Kind");
  /* The id keeps its old prefix: ids never change. */
  g_assert_true (g_str_has_prefix (sw_node_get_id (objective), "objective-"));
}

/* Languages */

static void
test_add_language (Fixture       *fixture,
                   gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_document_add_language (doc, "fr", &error));
  g_assert_true (sw_document_add_language (doc, "es-419", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_languages (doc)[0], ==, "fr");
  g_assert_cmpstr (sw_document_get_languages (doc)[1], ==, "es-419");
  g_assert_null (sw_document_get_languages (doc)[2]);
  g_assert_true (sw_document_has_language (doc, "es-419"));
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==, "Add Language");

  g_assert_false (sw_document_add_language (doc, "english", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "english"));
  g_clear_error (&error);
  g_assert_false (sw_document_add_language (doc, "xx", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sw_document_add_language (doc, NULL, &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (sw_document_add_language (doc, "fr", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (sw_document_add_language (doc, "en", &error));
  g_assert_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_null (sw_document_get_languages (doc)[2]);
  g_assert_cmpuint (n_steps (doc), ==, 2);
}

static void
test_remove_language (Fixture       *fixture,
                      gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *a = add (doc, "note", "A");
  SwNode *b = add (doc, "note", "B");
  SwLink *link = join (doc, "relates-to", a, b);
  SwNodeKind *kind = sw_document_lookup_node_kind (doc, "note");
  SwLinkKind *link_kind = sw_document_lookup_link_kind (doc, "relates-to");
  gpointer targets[] = { NULL, NULL, a, a, link, kind, link_kind };
  SwField fields[] = { SW_FIELD_TITLE, SW_FIELD_SUBTITLE, SW_FIELD_TITLE, SW_FIELD_DESCRIPTION,
                       SW_FIELD_LABEL, SW_FIELD_LABEL, SW_FIELD_LABEL };

  g_assert_true (sw_document_add_language (doc, "fr", NULL));
  g_assert_true (sw_document_add_language (doc, "de", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_assert_true (sw_document_set_text (doc, targets[i], fields[i], "en", "text", NULL));
      g_assert_true (sw_document_set_text (doc, targets[i], fields[i], "fr", "texte", NULL));
      g_assert_true (sw_document_set_text (doc, targets[i], fields[i], "de", "Text", NULL));
    }

  g_assert_false (sw_document_remove_language (doc, "es"));
  g_assert_false (sw_document_remove_language (doc, "en"));
  g_assert_false (sw_document_remove_language (doc, NULL));

  g_assert_true (sw_document_remove_language (doc, "fr"));
  g_assert_false (sw_document_has_language (doc, "fr"));
  g_assert_cmpstr (sw_document_get_languages (doc)[0], ==, "de");
  g_assert_null (sw_document_get_languages (doc)[1]);
  g_assert_cmpstr (sw_history_get_undo_label (sw_document_get_history (doc)), ==,
                   "Remove Language");
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      SwText *text = _sw_document_get_text_mut (doc, targets[i], fields[i]);

      g_assert_null (sw_text_get (text, "fr"));
      g_assert_cmpstr (sw_text_get (text, "de"), ==, "Text");
      g_assert_cmpstr (sw_text_get (text, "en"), ==, "text");
    }

  /* One step brings everything back. */
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_has_language (doc, "fr"));
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      SwText *text = _sw_document_get_text_mut (doc, targets[i], fields[i]);

      g_assert_cmpstr (sw_text_get (text, "fr"), ==, "texte");
      g_assert_cmpint (sw_text_get_state (text, "fr", "en"), ==, SW_TRANSLATION_TRANSLATED);
    }

  /* Without target languages the list is empty, not NULL. */
  g_assert_true (sw_document_remove_language (doc, "fr"));
  g_assert_true (sw_document_remove_language (doc, "de"));
  g_assert_nonnull (sw_document_get_languages (doc));
  g_assert_null (sw_document_get_languages (doc)[0]);
}

/* Signals */

static void
node_added_cb (SwDocument *doc,
               SwNode     *node,
               guint       position,
               Fixture    *fixture)
{
  g_assert_true (sw_document_get_node (doc, position) == node);
  g_string_append_printf (fixture->log, "+%s@%u ", title_of (node), position);
}

static void
node_removed_cb (SwDocument *doc,
                 SwNode     *node,
                 guint       position,
                 Fixture    *fixture)
{
  g_assert_cmpuint (sw_document_get_node_position (doc, node), ==, G_MAXUINT);
  g_string_append_printf (fixture->log, "-%s@%u ", title_of (node), position);
}

static void
link_added_cb (SwDocument *doc,
               SwLink     *link,
               guint       position,
               Fixture    *fixture)
{
  g_assert_true (sw_document_get_link (doc, position) == link);
  g_string_append_printf (fixture->log, "+%s>%s@%u ", title_of (sw_link_get_from (link)),
                          title_of (sw_link_get_to (link)), position);
}

static void
link_removed_cb (SwDocument *doc,
                 SwLink     *link,
                 guint       position,
                 Fixture    *fixture)
{
  g_assert_cmpuint (sw_document_get_link_position (doc, link), ==, G_MAXUINT);
  g_string_append_printf (fixture->log, "-%s>%s@%u ", title_of (sw_link_get_from (link)),
                          title_of (sw_link_get_to (link)), position);
}

static void
changed_cb (SwDocument *doc,
            Fixture    *fixture)
{
  g_string_append (fixture->log, "changed ");
}

static void
assert_log (Fixture    *fixture,
            const char *expected)
{
  g_assert_cmpstr (fixture->log->str, ==, expected);
  g_string_truncate (fixture->log, 0);
}

static void
test_signals_nodes_links (Fixture       *fixture,
                          gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *a, *b, *c;

  g_signal_connect (doc, "node-added", G_CALLBACK (node_added_cb), fixture);
  g_signal_connect (doc, "node-removed", G_CALLBACK (node_removed_cb), fixture);
  g_signal_connect (doc, "link-added", G_CALLBACK (link_added_cb), fixture);
  g_signal_connect (doc, "link-removed", G_CALLBACK (link_removed_cb), fixture);
  g_signal_connect (doc, "changed", G_CALLBACK (changed_cb), fixture);

  a = add (doc, "note", "A");
  b = add (doc, "note", "B");
  c = add (doc, "note", "C");
  assert_log (fixture, "+A@0 changed +B@1 changed +C@2 changed ");

  join (doc, "relates-to", a, c);
  join (doc, "relates-to", a, b);
  join (doc, "relates-to", b, c);
  assert_log (fixture, "+A>C@0 changed +A>B@1 changed +B>C@2 changed ");

  /* Links go first, the last one first, then the node; one "changed" for the step. */
  g_assert_true (sw_document_remove_node (doc, b));
  assert_log (fixture, "-B>C@2 -A>B@1 -B@1 changed ");

  /* Undo puts them back where they were, the node first. */
  g_assert_true (sw_document_undo (doc));
  assert_log (fixture, "+B@1 +A>B@1 +B>C@2 changed ");
  g_assert_true (sw_document_redo (doc));
  assert_log (fixture, "-B>C@2 -A>B@1 -B@1 changed ");

  g_assert_true (sw_document_remove_link (doc, sw_document_get_link (doc, 0)));
  assert_log (fixture, "-A>C@0 changed ");
  g_assert_true (sw_document_remove_node (doc, a));
  assert_log (fixture, "-A@0 changed ");
}

static void
node_changed_cb (SwDocument *doc,
                 SwNode     *node,
                 SwField     field,
                 Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "%s.%s ", title_of (node), sw_field_to_string (field));
}

static void
title_changed_cb (SwDocument *doc,
                  SwNode     *node,
                  SwField     field,
                  Fixture    *fixture)
{
  g_assert_cmpint (field, ==, SW_FIELD_TITLE);
  g_string_append_printf (fixture->log, "title:%s ", title_of (node));
}

static void
test_signals_node_changed (Fixture       *fixture,
                           gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *node = add (doc, "objective", "A");
  const char * const tags[] = { "t", NULL };

  g_assert_true (sw_document_add_language (doc, "fr", NULL));
  g_signal_connect (doc, "node-changed", G_CALLBACK (node_changed_cb), fixture);
  g_signal_connect (doc, "node-changed::title", G_CALLBACK (title_changed_cb), fixture);

  sw_document_set_node_owner (doc, node, "Ministry");
  sw_document_set_node_status (doc, node, SW_NODE_STATUS_DONE);
  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_START, "2024-01-01", NULL));
  g_assert_true (sw_document_set_node_date (doc, node, SW_FIELD_DUE, "2024-12-31", NULL));
  sw_document_set_node_indicator (doc, node, "i");
  sw_document_set_node_tags (doc, node, tags);
  sw_document_move_node (doc, node, 5, 5);
  sw_document_set_node_pinned (doc, node, TRUE);
  g_assert_true (sw_document_set_node_kind (doc, node, "note", NULL));
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_DESCRIPTION, NULL, "d", NULL));
  assert_log (fixture, "A.owner A.status A.start A.due A.indicator A.tags A.position A.pinned "
                       "A.kind A.description ");

  /* Only title changes reach the detailed handler, in any language. */
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, NULL, "B", NULL));
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "Bé", NULL));
  assert_log (fixture, "B.title title:B B.title title:B ");

  /* Undo announces the same way. */
  g_assert_true (sw_document_undo (doc));
  assert_log (fixture, "B.title title:B ");
  g_assert_true (sw_document_undo (doc));
  assert_log (fixture, "A.title title:A ");
  g_assert_true (sw_document_undo (doc));
  assert_log (fixture, "A.description ");

  /* A no-op announces nothing. */
  sw_document_set_node_owner (doc, node, "Ministry");
  assert_log (fixture, "");
}

static void
metadata_changed_cb (SwDocument *doc,
                     SwField     field,
                     Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "%s ", sw_field_to_string (field));
}

static void
languages_changed_cb (SwDocument *doc,
                      SwField     field,
                      Fixture    *fixture)
{
  g_string_append (fixture->log, "(languages) ");
}

static void
kind_changed_cb (SwDocument *doc,
                 GObject    *kind,
                 SwField     field,
                 Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "kind.%s ", sw_field_to_string (field));
}

static void
link_changed_cb (SwDocument *doc,
                 SwLink     *link,
                 SwField     field,
                 Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "link.%s ", sw_field_to_string (field));
}

static void
test_signals_metadata (Fixture       *fixture,
                       gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  const char * const authors[] = { "Ada", NULL };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  SwNode *a = add (doc, "note", "A");
  SwNode *b = add (doc, "note", "B");
  SwLink *link = join (doc, "relates-to", a, b);

  g_signal_connect (doc, "metadata-changed", G_CALLBACK (metadata_changed_cb), fixture);
  g_signal_connect (doc, "metadata-changed::languages", G_CALLBACK (languages_changed_cb), fixture);
  g_signal_connect (doc, "kind-changed", G_CALLBACK (kind_changed_cb), fixture);
  g_signal_connect (doc, "link-changed", G_CALLBACK (link_changed_cb), fixture);
  g_signal_connect (doc, "changed", G_CALLBACK (changed_cb), fixture);

  g_assert_true (sw_document_set_text (doc, NULL, SW_FIELD_TITLE, NULL, "T", NULL));
  g_assert_true (sw_document_set_text (doc, NULL, SW_FIELD_SUBTITLE, NULL, "S", NULL));
  sw_document_set_edition (doc, "1");
  sw_document_set_authors (doc, authors);
  g_ptr_array_add (sources, sw_source_new ("Src", NULL, NULL, NULL));
  sw_document_set_sources (doc, sources);
  assert_log (fixture, "title changed subtitle changed edition changed authors changed "
                       "sources changed ");

  g_assert_true (sw_document_add_language (doc, "fr", NULL));
  assert_log (fixture, "languages (languages) changed ");

  g_assert_true (sw_document_set_text (doc, link, SW_FIELD_LABEL, NULL, "L", NULL));
  g_assert_true (sw_document_set_text (doc, sw_document_lookup_node_kind (doc, "note"),
                                       SW_FIELD_LABEL, "fr", "Remarque", NULL));
  assert_log (fixture, "link.label changed kind.label changed ");

  /* Removing a language: its texts, then the list, then one "changed". */
  g_assert_true (sw_document_remove_language (doc, "fr"));
  assert_log (fixture, "kind.label languages (languages) changed ");
}

static void
test_signals_changed (Fixture       *fixture,
                      gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  SwNode *a, *b;

  g_signal_connect (doc, "changed", G_CALLBACK (changed_cb), fixture);

  a = add (doc, "note", "A");
  b = add (doc, "note", "B");
  assert_log (fixture, "changed changed ");

  /* Coalesced typing still announces every keystroke. */
  g_assert_true (sw_document_set_text (doc, a, SW_FIELD_TITLE, NULL, "Ab", NULL));
  g_assert_true (sw_document_set_text (doc, a, SW_FIELD_TITLE, NULL, "Abc", NULL));
  assert_log (fixture, "changed changed ");

  /* A transaction announces once, when it closes. */
  sw_document_begin_transaction (doc, "Arrange");
  sw_document_move_node (doc, a, 10, 10);
  sw_document_move_node (doc, b, 20, 20);
  join (doc, "relates-to", a, b);
  assert_log (fixture, "");
  g_assert_true (sw_document_commit_transaction (doc));
  assert_log (fixture, "changed ");

  /* Nothing done, nothing announced: refusals, no-ops and empty transactions. */
  g_assert_null (sw_document_add_link (doc, "relates-to", a, a, NULL));
  sw_document_move_node (doc, a, 10, 10);
  sw_document_begin_transaction (doc, "Nothing");
  g_assert_false (sw_document_commit_transaction (doc));
  assert_log (fixture, "");

  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_redo (doc));
  assert_log (fixture, "changed changed ");
  g_assert_false (sw_document_redo (doc));
  assert_log (fixture, "");
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "%u-%u+%u ", position, removed, added);
}

static void
test_list_models (Fixture       *fixture,
                  gconstpointer  data)
{
  SwDocument *doc = fixture->doc;
  GListModel *nodes = sw_document_get_nodes (doc);
  GListModel *links = sw_document_get_links (doc);
  SwNode *a, *b, *c;
  g_autoptr(SwNode) item = NULL;

  g_assert_true (g_list_model_get_item_type (nodes) == SW_TYPE_NODE);
  g_assert_true (g_list_model_get_item_type (links) == SW_TYPE_LINK);
  g_signal_connect (nodes, "items-changed", G_CALLBACK (items_changed_cb), fixture);

  a = add (doc, "note", "A");
  b = add (doc, "note", "B");
  c = add (doc, "note", "C");
  assert_log (fixture, "0-0+1 1-0+1 2-0+1 ");
  g_assert_cmpuint (g_list_model_get_n_items (nodes), ==, 3);
  item = g_list_model_get_item (nodes, 1);
  g_assert_true (item == b);
  g_assert_null (g_list_model_get_item (nodes, 3));

  join (doc, "relates-to", a, c);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  assert_log (fixture, "");

  g_assert_true (sw_document_remove_node (doc, b));
  assert_log (fixture, "1-1+0 ");
  g_assert_true (sw_document_undo (doc));
  assert_log (fixture, "1-0+1 ");
  g_assert_true (sw_document_remove_node (doc, a));
  assert_log (fixture, "0-1+0 ");
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 0);

  g_signal_handlers_disconnect_by_data (nodes, fixture);
}

/* Comparison */

typedef struct
{
  SwNode *node;
  SwNode *other;
  SwLink *link;
} Built;

static Built
build_sample (SwDocument *doc)
{
  const char * const tags[] = { "x", NULL };
  const char * const authors[] = { "Ada", NULL };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  Built built;

  _sw_document_set_random_seed (doc, 3);
  g_assert_true (sw_document_add_language (doc, "fr", NULL));
  g_assert_true (sw_document_set_text (doc, NULL, SW_FIELD_TITLE, NULL, "Strategy", NULL));
  sw_document_set_edition (doc, "2024");
  sw_document_set_authors (doc, authors);
  g_ptr_array_add (sources, sw_source_new ("Src", "Pub", NULL, NULL));
  sw_document_set_sources (doc, sources);
  built.node = add (doc, "objective", "Objective");
  built.other = add (doc, "action-area", "Area");
  built.link = join (doc, "advances", built.node, built.other);
  g_assert_true (sw_document_set_text (doc, built.node, SW_FIELD_TITLE, "fr", "Objectif", NULL));
  sw_document_set_node_tags (doc, built.node, tags);
  sw_history_break_coalescing (sw_document_get_history (doc));
  return built;
}

static void
assert_differs (SwDocument *a,
                SwDocument *b,
                const char *what)
{
  g_autofree char *difference = NULL;

  g_assert_false (sw_document_equal (a, b, &difference));
  g_assert_false (sw_document_equal (b, a, NULL));
  g_assert_nonnull (difference);
  if (strstr (difference, what) == NULL)
    g_error ("the difference “%s” does not mention “%s”", difference, what);

  /* Undoing the change makes them equal again. */
  g_assert_true (sw_document_undo (b));
  g_assert_true (sw_document_equal (a, b, &difference));
}

static void
test_equal (void)
{
  g_autoptr(SwDocument) a = sw_document_new ("en");
  g_autoptr(SwDocument) b = sw_document_new ("en");
  g_autoptr(SwDocument) c = sw_document_new ("fr");
  const char * const tags[] = { "y", NULL };
  const char * const authors[] = { "Grace", NULL };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  g_autofree char *difference = NULL;
  Built built;

  build_sample (a);
  built = build_sample (b);
  g_assert_true (sw_document_equal (a, b, &difference));
  g_assert_null (difference);
  g_assert_true (sw_document_equal (a, a, NULL));
  /* The history is not part of the value. */
  g_assert_true (sw_document_undo (b));
  g_assert_true (sw_document_redo (b));
  g_assert_true (sw_document_equal (a, b, NULL));

  g_assert_false (sw_document_equal (a, c, &difference));
  g_clear_pointer (&difference, g_free);

  g_assert_true (sw_document_set_text (b, NULL, SW_FIELD_TITLE, NULL, "Other", NULL));
  assert_differs (a, b, "title");
  g_assert_true (sw_document_set_text (b, NULL, SW_FIELD_SUBTITLE, "fr", "Sous-titre", NULL));
  assert_differs (a, b, "subtitle");
  sw_document_set_edition (b, "2025");
  assert_differs (a, b, "edition");
  g_assert_true (sw_document_add_language (b, "de", NULL));
  assert_differs (a, b, "languages");
  sw_document_set_authors (b, authors);
  assert_differs (a, b, "authors");
  g_ptr_array_add (sources, sw_source_new ("Src", "Other", NULL, NULL));
  sw_document_set_sources (b, sources);
  assert_differs (a, b, "source");
  g_assert_true (sw_document_set_text (b, sw_document_lookup_node_kind (b, "note"),
                                       SW_FIELD_LABEL, NULL, "Remark", NULL));
  assert_differs (a, b, "node kind");
  g_assert_true (sw_document_set_text (b, sw_document_lookup_link_kind (b, "guides"),
                                       SW_FIELD_LABEL, NULL, "steers", NULL));
  assert_differs (a, b, "link kind");

  add (b, "note", "More");
  assert_differs (a, b, "number of nodes");
  g_assert_true (sw_document_set_text (b, built.node, SW_FIELD_TITLE, "fr", "But", NULL));
  assert_differs (a, b, "node 0");
  g_assert_true (sw_document_set_text (b, built.node, SW_FIELD_DESCRIPTION, NULL, "D", NULL));
  assert_differs (a, b, "node 0");
  sw_document_set_node_owner (b, built.node, "O");
  assert_differs (a, b, "node 0");
  sw_document_set_node_status (b, built.node, SW_NODE_STATUS_DONE);
  assert_differs (a, b, "node 0");
  g_assert_true (sw_document_set_node_date (b, built.node, SW_FIELD_START, "2024-01-01", NULL));
  assert_differs (a, b, "node 0");
  g_assert_true (sw_document_set_node_date (b, built.node, SW_FIELD_DUE, "2024-01-01", NULL));
  assert_differs (a, b, "node 0");
  sw_document_set_node_indicator (b, built.node, "I");
  assert_differs (a, b, "node 0");
  sw_document_set_node_tags (b, built.node, tags);
  assert_differs (a, b, "node 0");
  sw_document_move_node (b, built.node, 1, 0);
  assert_differs (a, b, "node 0");
  sw_document_move_node (b, built.node, 0, 1);
  assert_differs (a, b, "node 0");
  sw_document_set_node_pinned (b, built.node, TRUE);
  assert_differs (a, b, "node 0");
  g_assert_true (sw_document_set_node_kind (b, built.node, "commitment", NULL));
  assert_differs (a, b, "node 0");

  g_assert_true (sw_document_set_text (b, built.link, SW_FIELD_LABEL, NULL, "L", NULL));
  assert_differs (a, b, "link 0");
  g_assert_true (sw_document_remove_link (b, built.link));
  assert_differs (a, b, "number of links");
  /* The same link with another id. */
  g_assert_true (sw_document_remove_link (b, built.link));
  join (b, "advances", built.node, built.other);
  g_assert_false (sw_document_equal (a, b, &difference));
  g_assert_true (sw_document_undo (b));
  g_assert_true (sw_document_undo (b));
  g_assert_true (sw_document_equal (a, b, NULL));

  /* A removed node comes back where it was, so the documents are equal again. */
  g_assert_true (sw_document_remove_node (b, built.node));
  g_assert_true (sw_document_undo (b));
  g_assert_true (sw_document_equal (a, b, NULL));
}

static void
test_finalize (void)
{
  SwDocument *doc = sw_document_new ("en");
  SwNode *a = add (doc, "note", "A");
  SwNode *b = add (doc, "note", "B");
  SwLink *link = join (doc, "relates-to", a, b);
  gpointer weak_doc = doc, weak_a = a, weak_link = link;

  /* Removed objects live on in the history; all of it goes with the document. */
  g_assert_true (sw_document_remove_node (doc, a));
  g_object_add_weak_pointer (G_OBJECT (doc), &weak_doc);
  g_object_add_weak_pointer (G_OBJECT (a), &weak_a);
  g_object_add_weak_pointer (G_OBJECT (link), &weak_link);
  g_object_unref (doc);
  g_assert_null (weak_doc);
  g_assert_null (weak_a);
  g_assert_null (weak_link);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/model/new", test_new_document);
  ADD ("/model/kinds/node", test_node_kinds);
  ADD ("/model/kinds/link", test_link_kinds);
  ADD ("/model/kinds/allowed", test_allowed_link_kinds);
  ADD ("/model/node/add", test_add_node);
  g_test_add_func ("/model/node/add-deterministic", test_add_node_deterministic);
  ADD ("/model/node/add-unknown-kind", test_add_node_unknown_kind);
  ADD ("/model/node/remove", test_remove_node);
  ADD ("/model/node/fields", test_node_fields);
  ADD ("/model/node/kind", test_set_node_kind);
  ADD ("/model/link/add", test_add_link);
  ADD ("/model/link/refused", test_add_link_refused);
  ADD ("/model/link/remove", test_remove_link);
  ADD ("/model/text/set", test_set_text);
  ADD ("/model/text/targets", test_set_text_targets);
  ADD ("/model/text/mark-current", test_mark_translation_current);
  ADD ("/model/document/fields", test_document_fields);
  ADD ("/model/language/add", test_add_language);
  ADD ("/model/language/remove", test_remove_language);
  ADD ("/model/signals/nodes-links", test_signals_nodes_links);
  ADD ("/model/signals/node-changed", test_signals_node_changed);
  ADD ("/model/signals/metadata", test_signals_metadata);
  ADD ("/model/signals/changed", test_signals_changed);
  ADD ("/model/list-models", test_list_models);
  g_test_add_func ("/model/equal", test_equal);
  g_test_add_func ("/model/finalize", test_finalize);

  return g_test_run ();
}
