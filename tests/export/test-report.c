/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report's structure, which every report writer follows: chapters, gaps, tables, scope. */
#include "config.h"

#include "sw-report.h"
#include "test-report-util.h"
#include "sw-validate.h"

static GPtrArray *
headings (SwReport *report,
          guint     level)
{
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < report->blocks->len; i++)
    {
      SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->type == SW_REPORT_BLOCK_HEADING && block->level == level)
        g_ptr_array_add (result, block);
    }
  return result;
}

static SwReport *
build (SwDocument *document,
       const char *language,
       GHashTable *nodes)
{
  SwExportOptions options;

  sw_export_options_init (&options);
  options.language = language;
  options.nodes = nodes;
  return sw_report_new (document, &options);
}

/* The block after the level-2 heading @title, of @type, before the next heading of that level. */
static SwReportBlock *
find_after (SwReport          *report,
            guint              level,
            const char        *title,
            SwReportBlockType  type)
{
  gboolean inside = FALSE;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->type == SW_REPORT_BLOCK_HEADING && block->level <= level)
        inside = g_str_equal (block->text, title);
      else if (inside && block->type == type)
        return block;
    }
  return NULL;
}

static void
test_chapters (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, NULL, NULL);
  g_autoptr(GPtrArray) chapters = headings (report, 1);
  g_autoptr(GPtrArray) objectives = sw_document_get_nodes_of_kind (document, "objective");
  g_autoptr(GPtrArray) commitments = sw_document_get_nodes_of_kind (document, "commitment");
  g_autoptr(GPtrArray) sections = headings (report, 2);
  g_autoptr(GPtrArray) items = headings (report, 3);
  static const char * const expected[] = {
    "The strategy at a glance", "Digital solidarity",
    "An affirmative vision grounded in international law",
    "Integrating security, development and innovation", "A comprehensive policy approach",
    "Open, inclusive, secure and resilient digital ecosystem",
    "Rights-respecting digital and data governance",
    "Responsible state behavior and countering threats",
    "Partner digital policy and cyber capacity",
    "Commitments by partner", "Status of the work", "Gaps",
  };

  g_assert_cmpuint (chapters->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < chapters->len; i++)
    g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, i))->text, ==, expected[i]);

  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, 3))->eyebrow, ==,
                   "Guiding principle 2");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, 7))->eyebrow, ==,
                   "Action area 3");
  g_assert_cmpstr (report->title, ==, "United States International Cyberspace & Digital Policy Strategy");
  g_assert_cmpstr (report->edition, ==, "2024");
  g_assert_cmpuint (report->sources->len, ==, 2);

  /* Every objective is a section and every commitment an item, once each. */
  g_assert_cmpuint (items->len, ==, commitments->len);
  for (guint i = 0; i < objectives->len; i++)
    {
      const char *title = sw_document_get_node_title (document, g_ptr_array_index (objectives, i),
                                                      NULL);
      guint found = 0;

      for (guint j = 0; j < sections->len; j++)
        found += g_str_equal (((SwReportBlock *) g_ptr_array_index (sections, j))->text, title);
      g_assert_cmpuint (found, ==, 1);
    }
}

static void
test_anchors_unique (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->type != SW_REPORT_BLOCK_HEADING)
        continue;
      g_assert_true (g_hash_table_add (seen, block->anchor));
      for (const char *p = block->anchor; *p != '\0'; p++)
        g_assert_true (g_ascii_isalnum (*p) || *p == '-');
    }
}

static void
test_commitment_fields (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, NULL, NULL);
  SwReportBlock *fields = find_after (report, 3, "International Counter Ransomware Initiative",
                                      SW_REPORT_BLOCK_FIELDS);
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_nonnull (fields);
  for (guint i = 0; i < fields->cells->len; i++)
    g_string_append_printf (joined, "%s|", (char *) g_ptr_array_index (fields->cells, i));
  g_assert_cmpstr (joined->str, ==,
                   "Owner|Not assigned|Status|Active|Dates|from 2021-10-01|"
                   "Indicator|Number of members (50 in November 2023)|"
                   "Partners|Counter Ransomware Initiative members|");
}

static char *
list_text (SwReport   *report,
           const char *heading)
{
  SwReportBlock *list = find_after (report, 2, heading, SW_REPORT_BLOCK_LIST);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  if (list == NULL)
    return g_strdup ("");
  for (guint i = 0; i < list->cells->len; i++)
    g_ptr_array_add (items, g_ptr_array_index (list->cells, i));
  g_ptr_array_add (items, NULL);
  return g_strjoinv ("; ", (char **) items->pdata);
}

static void
test_gaps (void)
{
  g_autoptr(SwDocument) document = report_test_gaps_document ();
  g_autoptr(SwReport) report = build (document, NULL, NULL);
  g_autofree char *bare = list_text (report, "Objectives without commitments");
  g_autofree char *unowned = list_text (report, "Commitments without an owner");
  g_autofree char *outside = list_text (report, "Parts outside the hierarchy");

  g_assert_cmpstr (bare, ==, "Bare objective (Area)");
  g_assert_cmpstr (unowned, ==, "Unowned commitment (Full objective)");
  g_assert_cmpstr (outside, ==, "Stray note (Note)");
}

static void
test_no_gaps (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, NULL, NULL);
  SwReportBlock *none = find_after (report, 2, "Parts outside the hierarchy",
                                    SW_REPORT_BLOCK_PARAGRAPH);

  g_assert_nonnull (none);
  g_assert_cmpint (none->style, ==, SW_REPORT_TEXT_NOTE);
  g_assert_null (find_after (report, 2, "Parts outside the hierarchy", SW_REPORT_BLOCK_LIST));
}

static const char *
cell (SwReportBlock *table,
      guint          row,
      guint          column)
{
  return g_ptr_array_index (table->cells, row * table->n_columns + column);
}

static void
test_tables (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, NULL, NULL);
  SwReportBlock *partners = find_after (report, 1, "Commitments by partner", SW_REPORT_BLOCK_TABLE);
  SwReportBlock *status = find_after (report, 2, "Commitments by status", SW_REPORT_BLOCK_TABLE);
  guint n_rows, last;

  g_assert_nonnull (partners);
  g_assert_cmpuint (partners->n_columns, ==, 4);
  /* Header, 6 commitments with a partner, 7 without. */
  g_assert_cmpuint (partners->cells->len / partners->n_columns, ==, 1 + 13);
  g_assert_cmpstr (cell (partners, 1, 0), ==, "Internet Governance Forum community");
  g_assert_cmpstr (cell (partners, 1, 1), ==, "Support the Internet Governance Forum");
  g_assert_cmpstr (cell (partners, 7, 0), ==, "No partner named");
  g_assert_cmpstr (cell (partners, 8, 0), ==, "");

  g_assert_nonnull (status);
  n_rows = status->cells->len / status->n_columns;
  last = n_rows - 1;
  g_assert_cmpuint (n_rows, ==, 1 + 4 + 1);
  g_assert_cmpstr (cell (status, 0, 2), ==, "Active");
  g_assert_cmpstr (cell (status, last, 0), ==, "All action areas");
  /* 13 commitments: 4 proposed, 8 active, 1 done. */
  g_assert_cmpstr (cell (status, last, 1), ==, "4");
  g_assert_cmpstr (cell (status, last, 2), ==, "8");
  g_assert_cmpstr (cell (status, last, 3), ==, "1");
  g_assert_cmpstr (cell (status, last, 6), ==, "13");
}

static void
test_language_fallback (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, "fr", NULL);
  g_autoptr(GPtrArray) chapters = headings (report, 1);
  g_autoptr(GPtrArray) sections = headings (report, 2);
  SwReportBlock *concept = g_ptr_array_index (chapters, 1);
  SwReportBlock *objective = g_ptr_array_index (sections, 0);

  g_assert_cmpstr (report->language, ==, "fr");
  g_assert_false (report->rtl);
  g_assert_cmpstr (concept->text, ==, "Solidarité numérique");
  g_assert_cmpstr (concept->language, ==, "fr");
  /* No French for the objectives: the English text, marked as English. */
  g_assert_cmpstr (objective->text, ==, "Open and secure telecommunication networks");
  g_assert_cmpstr (objective->language, ==, "en");
}

static void
test_unknown_language (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) report = build (document, "de", NULL);

  g_assert_cmpstr (report->language, ==, "en");
}

static void
test_scope (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GHashTable) nodes = g_hash_table_new (NULL, NULL);
  g_autoptr(SwReport) report = NULL;
  g_autoptr(GPtrArray) chapters = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_hash_table_add (nodes, sw_document_lookup_node (document, "c-cri"));
  report = build (document, NULL, nodes);
  chapters = headings (report, 1);
  sections = headings (report, 2);
  items = headings (report, 3);

  /* The commitment, with the objective, action area, principles and concept above it. */
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (items, 0))->text, ==,
                   "International Counter Ransomware Initiative");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, 5))->text, ==,
                   "Responsible state behavior and countering threats");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, 6))->text, ==,
                   "Commitments by partner");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (sections, 0))->text, ==,
                   "Counter criminal and ransomware actors");
}

/* The value of the field @label in @fields, or %NULL. */
static const char *
field (SwReportBlock *fields,
       const char    *label)
{
  for (guint i = 0; i + 1 < fields->cells->len; i += 2)
    if (g_str_equal (g_ptr_array_index (fields->cells, i), label))
      return g_ptr_array_index (fields->cells, i + 1);
  return NULL;
}

/* The report's own words follow its language, whatever the process's locale is. */
static void
test_words_follow_language (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwReport) french = build (document, "fr", NULL);
  g_autoptr(SwReport) spanish = build (document, "es", NULL);
  g_autoptr(SwReport) english = build (document, "en", NULL);
  g_autoptr(GPtrArray) chapters = headings (french, 1);
  g_autoptr(GPtrArray) english_chapters = headings (english, 1);
  SwReportBlock *area = g_ptr_array_index (chapters, 5);
  SwReportBlock *fields = find_after (french, 1, area->text, SW_REPORT_BLOCK_FIELDS);

  g_assert_nonnull (french->catalog);
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, 0))->text, ==,
                   "La stratégie en un coup d’œil");
  /* The built-in kinds have English labels only in the file: the app's words. */
  g_assert_cmpstr (area->eyebrow, ==, "Domaine d’action 1");
  g_assert_nonnull (fields);
  g_assert_cmpstr (field (fields, "Statut"), ==, "Actif");
  g_assert_null (field (fields, "Status"));
  g_assert_cmpstr (french->date, ==, "29 novembre 2026");

  g_assert_cmpstr (sw_report_gettext (spanish, "Contents"), ==, "Índice");
  g_assert_cmpstr (spanish->date, ==, "29 de noviembre de 2026");

  g_assert_null (english->catalog);
  g_assert_cmpstr (sw_report_gettext (english, "Contents"), ==, "Contents");
  g_assert_cmpstr (english->date, ==, "29 November 2026");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (english_chapters, 0))->text, ==,
                   "The strategy at a glance");
}

/* A regional tag takes its base language's words; a language without a catalog, English. */
static void
test_words_fallback (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SwReport) canadian = NULL;
  g_autoptr(SwReport) german = NULL;
  g_autoptr(GPtrArray) german_chapters = NULL;

  g_assert_true (sw_document_add_language (document, "fr-CA", &error));
  g_assert_no_error (error);
  g_assert_true (sw_document_add_language (document, "de", &error));
  g_assert_no_error (error);

  canadian = build (document, "fr-CA", NULL);
  german = build (document, "de", NULL);
  german_chapters = headings (german, 1);
  g_assert_cmpstr (canadian->language, ==, "fr-CA");
  g_assert_cmpstr (sw_report_gettext (canadian, "Contents"), ==, "Sommaire");
  g_assert_cmpstr (german->language, ==, "de");
  g_assert_null (german->catalog);
  g_assert_cmpstr (sw_report_gettext (german, "Contents"), ==, "Contents");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (german_chapters, 0))->text, ==,
                   "The strategy at a glance");
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (german_chapters, 5))->eyebrow, ==,
                   "Action area 1");
}

/* A label the drafter wrote in the report's language stays as written. */
static void
test_kind_label_kept (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  SwNodeKind *kind = sw_document_lookup_node_kind (document, "action-area");
  g_autoptr(GError) error = NULL;
  g_autoptr(SwReport) report = NULL;
  g_autoptr(GPtrArray) chapters = NULL;

  g_assert_true (sw_document_set_text (document, kind, SW_FIELD_LABEL, "fr", "Chantier", &error));
  g_assert_no_error (error);
  report = build (document, "fr", NULL);
  chapters = headings (report, 1);
  g_assert_cmpstr (((SwReportBlock *) g_ptr_array_index (chapters, 5))->eyebrow, ==, "Chantier 1");
}

static void
test_rtl_languages (void)
{
  g_assert_true (sw_language_tag_is_rtl ("ar"));
  g_assert_true (sw_language_tag_is_rtl ("ar-EG"));
  g_assert_true (sw_language_tag_is_rtl ("he"));
  g_assert_true (sw_language_tag_is_rtl ("fa"));
  g_assert_true (sw_language_tag_is_rtl ("az-Arab"));
  g_assert_false (sw_language_tag_is_rtl ("en"));
  g_assert_false (sw_language_tag_is_rtl ("zh-Hant"));
  g_assert_false (sw_language_tag_is_rtl ("ku-Latn"));
  g_assert_false (sw_language_tag_is_rtl (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/chapters", test_chapters);
  g_test_add_func ("/report/anchors-unique", test_anchors_unique);
  g_test_add_func ("/report/commitment-fields", test_commitment_fields);
  g_test_add_func ("/report/gaps", test_gaps);
  g_test_add_func ("/report/no-gaps", test_no_gaps);
  g_test_add_func ("/report/tables", test_tables);
  g_test_add_func ("/report/language-fallback", test_language_fallback);
  g_test_add_func ("/report/unknown-language", test_unknown_language);
  g_test_add_func ("/report/scope", test_scope);
  g_test_add_func ("/report/rtl-languages", test_rtl_languages);
  g_test_add_func ("/report/words-follow-language", test_words_follow_language);
  g_test_add_func ("/report/words-fallback", test_words_fallback);
  g_test_add_func ("/report/kind-label-kept", test_kind_label_kept);

  return g_test_run ();
}
