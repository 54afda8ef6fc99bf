/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writing the native file: the exact layout, round trips in both
 * directions, unknown keys written back, escaping, and the bundled samples
 * stored exactly as the app saves them.
 */
#include "config.h"

#include "sw-document-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"

static SwDocument *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_bytes (bytes, "test.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
write_string (SwDocument *document)
{
  g_autoptr(GBytes) bytes = sw_json_write (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static SwDocument *
reload (SwDocument *document)
{
  g_autofree char *json = write_string (document);

  return load_string (json);
}

/* load(save(doc)) == doc, and save(load(save(doc))) == save(doc), byte for byte. */
static void
assert_round_trip (SwDocument *document)
{
  g_autofree char *first = write_string (document);
  g_autoptr(SwDocument) again = load_string (first);
  g_autofree char *second = write_string (again);
  g_autofree char *difference = NULL;

  if (!sw_document_equal (document, again, &difference))
    g_error ("the document changed on a round trip: %s\n%s", difference, first);
  g_assert_cmpstr (second, ==, first);
}

/* Keys in any order, texts in any language order: written in the one order of the format. */
static void
test_exact_layout (void)
{
  const char *input =
    "{\"nodes\": [{\"y\": 20, \"x\": 10.0, \"title\": {\"fr\": \"Un\", \"en\": \"One\"},"
    " \"kind\": \"concept\", \"id\": \"n1\", \"tags\": [\"a\", \"b\"], \"pinned\": true,"
    " \"status\": \"done\", \"fingerprints\": {\"title\": {\"fr\": \"8b12507783d5\"}}},"
    " {\"id\": \"n2\", \"kind\": \"principle\", \"title\": {\"en\": \"Two\"}, \"pinned\": false,"
    " \"owner\": \"\", \"description\": {}}],"
    " \"links\": [{\"to\": \"n2\", \"from\": \"n1\", \"kind\": \"guides\", \"id\": \"l1\"}],"
    " \"sourceLanguage\": \"en\", \"languages\": [\"fr\"], \"title\": {\"fr\": \"Titre\", \"en\": \"Title\"},"
    " \"version\": 1, \"format\": \"strategy-workbench\","
    " \"kinds\": {\"links\": [{\"id\": \"guides\", \"label\": {\"en\": \"guides\"}, \"color\": \"#1c71d8\","
    " \"style\": \"solid\", \"parent\": \"from\", \"joins\": [{\"to\": \"principle\", \"from\": \"concept\"}]}],"
    " \"nodes\": [{\"color\": \"#9141ac\", \"label\": {\"en\": \"Concept\"}, \"id\": \"concept\"},"
    " {\"id\": \"principle\", \"label\": {\"en\": \"Principle\"}, \"color\": \"#1c71d8\","
    " \"icon\": \"compass-symbolic\"}]}}";
  const char *expected =
    "{\n"
    "  \"format\": \"strategy-workbench\",\n"
    "  \"version\": 1,\n"
    "  \"title\": {\"en\": \"Title\", \"fr\": \"Titre\"},\n"
    "  \"sourceLanguage\": \"en\",\n"
    "  \"languages\": [\"fr\"],\n"
    "  \"kinds\": {\n"
    "    \"nodes\": [\n"
    "      {\n"
    "        \"id\": \"concept\",\n"
    "        \"label\": {\"en\": \"Concept\"},\n"
    "        \"color\": \"#9141ac\"\n"
    "      },\n"
    "      {\n"
    "        \"id\": \"principle\",\n"
    "        \"label\": {\"en\": \"Principle\"},\n"
    "        \"color\": \"#1c71d8\",\n"
    "        \"icon\": \"compass-symbolic\"\n"
    "      }\n"
    "    ],\n"
    "    \"links\": [\n"
    "      {\n"
    "        \"id\": \"guides\",\n"
    "        \"label\": {\"en\": \"guides\"},\n"
    "        \"color\": \"#1c71d8\",\n"
    "        \"style\": \"solid\",\n"
    "        \"parent\": \"from\",\n"
    "        \"joins\": [\n"
    "          {\"from\": \"concept\", \"to\": \"principle\"}\n"
    "        ]\n"
    "      }\n"
    "    ]\n"
    "  },\n"
    "  \"nodes\": [\n"
    "    {\n"
    "      \"id\": \"n1\",\n"
    "      \"kind\": \"concept\",\n"
    "      \"title\": {\"en\": \"One\", \"fr\": \"Un\"},\n"
    "      \"status\": \"done\",\n"
    "      \"tags\": [\"a\", \"b\"],\n"
    "      \"x\": 10,\n"
    "      \"y\": 20,\n"
    "      \"pinned\": true,\n"
    "      \"fingerprints\": {\n"
    "        \"title\": {\"fr\": \"8b12507783d5\"}\n"
    "      }\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"n2\",\n"
    "      \"kind\": \"principle\",\n"
    "      \"title\": {\"en\": \"Two\"},\n"
    "      \"status\": \"proposed\",\n"
    "      \"x\": 0,\n"
    "      \"y\": 0\n"
    "    }\n"
    "  ],\n"
    "  \"links\": [\n"
    "    {\n"
    "      \"id\": \"l1\",\n"
    "      \"kind\": \"guides\",\n"
    "      \"from\": \"n1\",\n"
    "      \"to\": \"n2\"\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(SwDocument) document = load_string (input);
  g_autofree char *output = write_string (document);

  g_assert_cmpstr (output, ==, expected);
  assert_round_trip (document);
}

/* Past 100 columns, a text has one language a line and a list one item a line. */
static void
test_long_lines (void)
{
  g_autoptr(GString) input = g_string_new (
    "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"en\": \"T\"},"
    " \"sourceLanguage\": \"en\", \"nodes\": [{\"id\": \"a\", \"kind\": \"note\",");
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *output = NULL;
  const char *long_text = "A description long enough that the one-line form of its text object "
                          "does not fit in a hundred columns.";

  g_string_append_printf (input, " \"title\": {\"en\": \"%s\"},", long_text);
  g_string_append (input, " \"tags\": [\"one tag\", \"two tags\", \"three tags\", \"four tags\","
                          " \"five tags\", \"six tags\", \"seven tags\", \"eight tags\"]}]}");
  document = load_string (input->str);
  output = write_string (document);

  g_assert_nonnull (strstr (output, "      \"title\": {\n"
                                    "        \"en\": \"A description long enough"));
  g_assert_nonnull (strstr (output, "columns.\"\n      },\n"));
  g_assert_nonnull (strstr (output, "      \"tags\": [\n"
                                    "        \"one tag\",\n"
                                    "        \"two tags\",\n"));
  g_assert_nonnull (strstr (output, "        \"eight tags\"\n      ],\n"));
  assert_round_trip (document);
}

/* Unknown keys come back after the known ones, in their order, wherever they were. */
static void
test_unknown_keys (void)
{
  const char *input =
    "{\"zeta\": {\"b\": [1, 2.5, \"x\", true, null], \"a\": {}}, \"format\": \"strategy-workbench\","
    " \"version\": 1, \"title\": {\"en\": \"T\"}, \"sourceLanguage\": \"en\", \"alpha\": [],"
    " \"sources\": [{\"isbn\": \"978-0\", \"title\": \"S\"}],"
    " \"kinds\": {\"views\": [{\"name\": \"v\"}], \"nodes\": [{\"id\": \"c\", \"label\": {\"en\": \"C\"},"
    " \"color\": \"#000000\", \"shape\": \"round\"}], \"links\": [{\"id\": \"g\", \"label\": {\"en\": \"g\"},"
    " \"color\": \"#000000\", \"style\": \"dotted\", \"weight\": 0.1, \"joins\": [{\"from\": \"c\","
    " \"to\": \"*\", \"why\": {\"k\": [1]}}]}]},"
    " \"nodes\": [{\"id\": \"a\", \"kind\": \"c\", \"title\": {\"en\": \"A\"}, \"n\": -0.0, \"big\": 1e300,"
    " \"int\": 12345678901234, \"third\": 0.3333333333333333, \"list\": [\"aaaaaaaaaaaaaaaaaaaaaaaaa\","
    " \"bbbbbbbbbbbbbbbbbbbbbbbbb\", \"ccccccccccccccccccccccccc\", \"ddddddddddddddddddddd\"],"
    " \"objects\": [{\"k\": 1}, []]},"
    " {\"id\": \"b\", \"kind\": \"c\", \"title\": {\"en\": \"B\"}}],"
    " \"links\": [{\"id\": \"l\", \"kind\": \"g\", \"from\": \"a\", \"to\": \"b\", \"w\": 3.0}]}";
  const char *expected =
    "{\n"
    "  \"format\": \"strategy-workbench\",\n"
    "  \"version\": 1,\n"
    "  \"title\": {\"en\": \"T\"},\n"
    "  \"sourceLanguage\": \"en\",\n"
    "  \"sources\": [\n"
    "    {\n"
    "      \"title\": \"S\",\n"
    "      \"isbn\": \"978-0\"\n"
    "    }\n"
    "  ],\n"
    "  \"kinds\": {\n"
    "    \"nodes\": [\n"
    "      {\n"
    "        \"id\": \"c\",\n"
    "        \"label\": {\"en\": \"C\"},\n"
    "        \"color\": \"#000000\",\n"
    "        \"shape\": \"round\"\n"
    "      }\n"
    "    ],\n"
    "    \"links\": [\n"
    "      {\n"
    "        \"id\": \"g\",\n"
    "        \"label\": {\"en\": \"g\"},\n"
    "        \"color\": \"#000000\",\n"
    "        \"style\": \"dotted\",\n"
    "        \"joins\": [\n"
    "          {\"from\": \"c\", \"to\": \"*\", \"why\": {\"k\": [1]}}\n"
    "        ],\n"
    "        \"weight\": 0.1\n"
    "      }\n"
    "    ],\n"
    "    \"views\": [\n"
    "      {\n"
    "        \"name\": \"v\"\n"
    "      }\n"
    "    ]\n"
    "  },\n"
    "  \"nodes\": [\n"
    "    {\n"
    "      \"id\": \"a\",\n"
    "      \"kind\": \"c\",\n"
    "      \"title\": {\"en\": \"A\"},\n"
    "      \"status\": \"proposed\",\n"
    "      \"x\": 0,\n"
    "      \"y\": 0,\n"
    "      \"n\": -0.0,\n"
    "      \"big\": 1e+300,\n"
    "      \"int\": 12345678901234,\n"
    "      \"third\": 0.3333333333333333,\n"
    "      \"list\": [\n"
    "        \"aaaaaaaaaaaaaaaaaaaaaaaaa\",\n"
    "        \"bbbbbbbbbbbbbbbbbbbbbbbbb\",\n"
    "        \"ccccccccccccccccccccccccc\",\n"
    "        \"ddddddddddddddddddddd\"\n"
    "      ],\n"
    "      \"objects\": [\n"
    "        {\n"
    "          \"k\": 1\n"
    "        },\n"
    "        []\n"
    "      ]\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"b\",\n"
    "      \"kind\": \"c\",\n"
    "      \"title\": {\"en\": \"B\"},\n"
    "      \"status\": \"proposed\",\n"
    "      \"x\": 0,\n"
    "      \"y\": 0\n"
    "    }\n"
    "  ],\n"
    "  \"links\": [\n"
    "    {\n"
    "      \"id\": \"l\",\n"
    "      \"kind\": \"g\",\n"
    "      \"from\": \"a\",\n"
    "      \"to\": \"b\",\n"
    "      \"w\": 3.0\n"
    "    }\n"
    "  ],\n"
    "  \"zeta\": {\n"
    "    \"b\": [1, 2.5, \"x\", true, null],\n"
    "    \"a\": {}\n"
    "  },\n"
    "  \"alpha\": []\n"
    "}\n";
  g_autoptr(SwDocument) document = load_string (input);
  g_autofree char *output = write_string (document);

  g_assert_cmpstr (output, ==, expected);
  assert_round_trip (document);
}

/* RFC 8259 escapes, plus U+2028 and U+2029; everything else stays UTF-8 as it is. */
static void
test_escaping (void)
{
  const char *title = "He said \"hi\" \\ back\n\ttab\r\b\f\x01\x1f\x7f \u2028 \u2029 😀 é / <";
  const char *escaped =
    "\"title\": {\"en\": \"He said \\\"hi\\\" \\\\ back\\n\\ttab\\r\\b\\f\\u0001\\u001f\x7f "
    "\\u2028 \\u2029 😀 é / <\"}";
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autoptr(SwDocument) again = NULL;

  sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, title, &error);
  g_assert_no_error (error);
  sw_document_add_node (document, "concept", "\u2028\u2029\u2027\u202a", 0, 0, &error);
  g_assert_no_error (error);

  output = write_string (document);
  g_assert_nonnull (strstr (output, escaped));
  g_assert_nonnull (strstr (output, "\"title\": {\"en\": \"\\u2028\\u2029\u2027\u202a\"}"));

  again = reload (document);
  g_assert_cmpstr (sw_text_get (sw_document_get_title (again), "en"), ==, title);
  assert_round_trip (document);
}

/* A document made through the editing API, with every field, survives a round trip. */
static void
test_edited_document (void)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  const char * const authors[] = { "U.S. Department of State", "Partners", NULL };
  const char * const tags[] = { "solidarity", "capacity", NULL };
  g_autoptr(GError) error = NULL;
  SwNode *concept, *principle;
  SwLink *link;

  sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, "Strategy", &error);
  sw_document_set_text (document, NULL, SW_FIELD_SUBTITLE, NULL, "Subtitle", &error);
  sw_document_add_language (document, "fr", &error);
  sw_document_add_language (document, "es", &error);
  sw_document_set_text (document, NULL, SW_FIELD_TITLE, "fr", "Stratégie", &error);
  sw_document_set_edition (document, "2024");
  sw_document_set_authors (document, authors);
  g_ptr_array_add (sources, sw_source_new ("Source", "Publisher", "2024-05-06", "https://example.org/"));
  g_ptr_array_add (sources, sw_source_new ("Other", NULL, NULL, NULL));
  sw_document_set_sources (document, sources);

  concept = sw_document_add_node (document, "concept", "Digital solidarity", 10.4, -20.6, &error);
  principle = sw_document_add_node (document, "principle", "Rights", 300, 200, &error);
  g_assert_no_error (error);
  sw_document_set_text (document, concept, SW_FIELD_TITLE, "fr", "Solidarité numérique", &error);
  sw_document_set_text (document, concept, SW_FIELD_TITLE, "es", "Solidaridad digital", &error);
  sw_document_set_text (document, concept, SW_FIELD_DESCRIPTION, NULL, "Working together.", &error);
  sw_document_set_node_owner (document, concept, "State");
  sw_document_set_node_status (document, concept, SW_NODE_STATUS_AT_RISK);
  sw_document_set_node_date (document, concept, SW_FIELD_START, "2024-05-06", &error);
  sw_document_set_node_date (document, concept, SW_FIELD_DUE, "2026-12-31", &error);
  sw_document_set_node_indicator (document, concept, "Partners reached");
  sw_document_set_node_tags (document, concept, tags);
  sw_document_set_node_pinned (document, concept, TRUE);
  link = sw_document_add_link (document, "guides", concept, principle, &error);
  g_assert_no_error (error);
  sw_document_set_text (document, link, SW_FIELD_LABEL, NULL, "grounds", &error);
  sw_document_set_text (document, link, SW_FIELD_LABEL, "fr", "fonde", &error);
  g_assert_no_error (error);

  assert_round_trip (document);

  {
    g_autofree char *output = write_string (document);

    /* 101 columns on one line: one language a line. */
    g_assert_nonnull (strstr (output, "      \"title\": {\n"
                                      "        \"en\": \"Digital solidarity\",\n"
                                      "        \"fr\": \"Solidarité numérique\",\n"
                                      "        \"es\": \"Solidaridad digital\"\n"
                                      "      },\n"));
    g_assert_nonnull (strstr (output, "      \"label\": {\"en\": \"grounds\", \"fr\": \"fonde\"},\n"));
    g_assert_nonnull (strstr (output, "\"title\": {\"fr\": \"8a2e9922900d\", "
                                      "\"es\": \"8a2e9922900d\"}"));
    g_assert_nonnull (strstr (output, "\"x\": 10,\n      \"y\": -21,\n      \"pinned\": true,"));
    /* The built-in kinds are written out, icons and all. */
    g_assert_nonnull (strstr (output, "\"icon\": \"starred-symbolic\""));
  }
}

/* A new document has no title and no nodes: it is still written as valid JSON. */
static void
test_new_document (void)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autofree char *output = write_string (document);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (output, "{\n  \"format\": \"strategy-workbench\",\n"
                                           "  \"version\": 1,\n  \"title\": {},\n"
                                           "  \"sourceLanguage\": \"en\",\n"));
  g_assert_true (g_str_has_suffix (output, "  \"nodes\": []\n}\n"));
  json_parser_load_from_data (parser, output, -1, &error);
  g_assert_no_error (error);
}

/* The samples are stored exactly as the app writes them. */
static void
test_samples (void)
{
  const char *dir = g_getenv ("SW_SAMPLES_DIR");
  const char *names[] = { "strategy-2024.json", "strategy-2011.json" };

  if (dir == NULL)
    {
      g_test_skip ("SW_SAMPLES_DIR is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) document = sw_json_load_file (file, NULL, NULL, NULL, &error);
      g_autofree char *on_disk = NULL;
      g_autofree char *written = NULL;

      g_assert_no_error (error);
      g_file_get_contents (path, &on_disk, NULL, &error);
      g_assert_no_error (error);
      written = write_string (document);
      if (g_strcmp0 (on_disk, written) != 0)
        g_error ("%s is not stored as the app saves it; re-save it with sw_json_write", path);

      assert_round_trip (document);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/exact-layout", test_exact_layout);
  g_test_add_func ("/json-writer/long-lines", test_long_lines);
  g_test_add_func ("/json-writer/unknown-keys", test_unknown_keys);
  g_test_add_func ("/json-writer/escaping", test_escaping);
  g_test_add_func ("/json-writer/edited-document", test_edited_document);
  g_test_add_func ("/json-writer/new-document", test_new_document);
  g_test_add_func ("/json-writer/samples", test_samples);

  return g_test_run ();
}
