/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Translation units: their ids, their states and counts, and the context they carry. */
#include "sw-json-reader.h"
#include "translate-test-util.h"

static SwDocument *
load_odd_ids (void)
{
  g_autofree char *path = tt_script ("odd-ids.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* NameChar of XML 1.0, fifth edition. */
static gboolean
is_name_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '-' || c == '.' || c == '_' || c == ':';

  return c == 0xB7 || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6)
      || (c >= 0xF8 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || c == 0x200C || c == 0x200D
      || c == 0x203F || c == 0x2040 || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF)
      || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
      || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

static void
test_ids_are_unique_nmtokens (void)
{
  g_autoptr(SwDocument) document = load_odd_ids ();
  g_autoptr(GPtrArray) units = sw_translation_units_collect (document);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* Title, 12 kind labels, 7 node titles and one link label; the empty description is no unit. */
  g_assert_cmpuint (units->len, ==, 1 + 12 + 7 + 1);

  for (guint i = 0; i < units->len; i++)
    {
      const char *id = sw_translation_unit_get_id (units->pdata[i]);

      g_assert_true (g_utf8_validate (id, -1, NULL));
      for (const char *p = id; *p; p = g_utf8_next_char (p))
        g_assert_true (is_name_char (g_utf8_get_char (p)));
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
    }

  /* The node called "document" does not take the document title's id, nor "kind" the kinds'. */
  g_assert_true (g_hash_table_contains (seen, "document.title"));
  g_assert_true (g_hash_table_contains (seen, "_64ocument.title"));
  g_assert_true (g_hash_table_contains (seen, "_6Bind.title"));
  /* A dot in an id, and an id that looks like its escape, stay apart. */
  g_assert_true (g_hash_table_contains (seen, "a_2Eb.title"));
  g_assert_true (g_hash_table_contains (seen, "a_5F2Eb.title"));
  g_assert_true (g_hash_table_contains (seen, "été.title"));
  g_assert_true (g_hash_table_contains (seen, "l_3A1.label"));
  g_assert_true (g_hash_table_contains (seen, "kind.node.principle.label"));
  g_assert_true (g_hash_table_contains (seen, "kind.link.guides.label"));
}

static void
test_sample_states (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwTranslationStatus) status = sw_translation_status_new (document, NULL);
  g_autoptr(SwTranslationUnit) stale = tt_find_unit (document, "principle-2.title");
  g_autoptr(SwTranslationUnit) translated = tt_find_unit (document, "digital-solidarity.title");
  GPtrArray *groups;
  guint n_units = sw_translation_status_get_n_units (status);

  g_assert_cmpuint (sw_translation_status_get_n_languages (status), ==, 2);
  g_assert_cmpstr (sw_translation_status_get_language (status, 0), ==, "fr");
  g_assert_cmpstr (sw_translation_status_get_language (status, 1), ==, "es");
  g_assert_null (sw_translation_status_get_counts (status, "en"));

  /* The sample shows every state: French in part, Spanish less, one Spanish text stale. */
  tt_assert_counts (document, "fr", 9, 0, n_units - 9);
  tt_assert_counts (document, "es", 2, 1, n_units - 3);
  g_assert_cmpint (sw_translation_unit_get_state (stale, document, "es"), ==, SW_TRANSLATION_STALE);
  g_assert_cmpint (sw_translation_unit_get_state (stale, document, "fr"), ==,
                   SW_TRANSLATION_TRANSLATED);
  g_assert_cmpint (sw_translation_unit_get_state (translated, document, "es"), ==,
                   SW_TRANSLATION_TRANSLATED);

  /* Per group, the counts add up to the language's. */
  groups = sw_translation_status_get_groups (status, "es");
  {
    SwTranslationCounts sum = { 0 };

    for (guint i = 0; i < groups->len; i++)
      {
        SwTranslationGroupStatus *group = groups->pdata[i];

        sum.translated += group->counts.translated;
        sum.stale += group->counts.stale;
        sum.missing += group->counts.missing;
        if (g_str_equal (group->group, "node:principle"))
          {
            g_assert_cmpstr (group->label, ==, "Guiding principle");
            g_assert_cmpuint (group->counts.stale, ==, 1);
          }
      }
    g_assert_cmpuint (sum.translated, ==, 2);
    g_assert_cmpuint (sum.stale, ==, 1);
    g_assert_cmpuint (sum.missing, ==, n_units - 3);
  }
}

static void
test_source_edit_makes_stale (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, "digital-solidarity.title");
  g_autoptr(GError) error = NULL;
  SwTranslationCounts before = tt_counts (document, "fr");

  sw_document_set_text (document, sw_translation_unit_get_target (unit), SW_FIELD_TITLE, NULL,
                        "Digital solidarity, revised", &error);
  g_assert_no_error (error);

  /* Both languages had it translated: each has exactly one more stale text. */
  tt_assert_counts (document, "fr", before.translated - 1, before.stale + 1, before.missing);
  g_assert_cmpint (sw_translation_unit_get_state (unit, document, "fr"), ==, SW_TRANSLATION_STALE);

  sw_document_mark_translation_current (document, sw_translation_unit_get_target (unit),
                                        SW_FIELD_TITLE, "fr");
  tt_assert_counts (document, "fr", before.translated, before.stale, before.missing);
}

static gboolean
contains (GPtrArray  *strings,
          const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

static void
test_context (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwTranslationUnit) principle = tt_find_unit (document, "principle-1.description");
  g_autoptr(SwTranslationUnit) concept = tt_find_unit (document, "digital-solidarity.title");
  g_autoptr(SwTranslationUnit) kind = tt_find_unit (document, "kind.node.principle.label");
  g_autoptr(SwUnitContext) context = sw_translation_unit_get_context (principle, document, NULL);
  g_autoptr(SwUnitContext) french = sw_translation_unit_get_context (principle, document, "fr");
  g_autoptr(SwUnitContext) top = sw_translation_unit_get_context (concept, document, NULL);
  g_autoptr(SwUnitContext) kind_context = sw_translation_unit_get_context (kind, document, NULL);
  g_autofree char *label = sw_translation_unit_get_label (principle, document, NULL);
  g_autofree char *group = sw_translation_unit_get_group (principle);

  g_assert_cmpstr (context->kind, ==, "Guiding principle");
  /* A description is shown with the title it describes. */
  g_assert_cmpstr (context->title, ==, "An affirmative vision grounded in international law");
  g_assert_cmpuint (context->parents->len, ==, 1);
  g_assert_cmpstr (context->parents->pdata[0], ==, "Digital solidarity");
  g_assert_cmpuint (context->children->len, >, 0);
  g_assert_cmpstr (french->parents->pdata[0], ==, "Solidarité numérique");

  g_assert_null (top->title);
  g_assert_cmpuint (top->parents->len, ==, 0);
  g_assert_true (contains (top->children, "An affirmative vision grounded in international law"));

  g_assert_cmpstr (label, ==, "An affirmative vision grounded in international law");
  g_assert_cmpstr (group, ==, "node:principle");
  g_assert_cmpstr (sw_translation_unit_get_field_label (principle), ==, "Description");
  g_assert_cmpstr (kind_context->kind, ==, "Name of a node kind");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translate/units/ids", test_ids_are_unique_nmtokens);
  g_test_add_func ("/translate/units/sample-states", test_sample_states);
  g_test_add_func ("/translate/units/source-edit", test_source_edit_makes_stale);
  g_test_add_func ("/translate/units/context", test_context);

  return g_test_run ();
}
