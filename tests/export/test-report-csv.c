/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The two CSV files, read back by Python's csv module: the column layout of
 * spreadsheet mapping tools, RFC 4180 quoting (quotes, commas and line
 * breaks inside fields survive), CRLF line ends, UTF-8 without a mark.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-import.h"
#include "test-report-util.h"

static const char *
python (void)
{
  return g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3"
                                                                     : "python3";
}

/* The rows Python reads from the export of @document in @format, as a JSON array of arrays. */
static JsonArray *
read_rows (SwDocument            *document,
           const char            *format_name,
           const SwExportOptions *options,
           GBytes               **bytes_out)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "export", "test-report-csv.py",
                                                   NULL);
  const SwExportFormat *format = sw_export_find_format (format_name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = format->export (document, options, NULL, &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_no_error (error);
  path = report_test_save (bytes, "export.csv");
  out = REPORT_RUN (&status, python (), script, path);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  if (bytes_out != NULL)
    *bytes_out = g_bytes_ref (bytes);
  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static const char *
field (JsonArray *rows,
       guint      row,
       guint      column)
{
  return json_array_get_string_element (json_array_get_array_element (rows, row), column);
}

/* The row whose column @column is @value. */
static guint
find_row (JsonArray  *rows,
          guint       column,
          const char *value)
{
  for (guint i = 1; i < json_array_get_length (rows); i++)
    if (g_str_equal (field (rows, i, column), value))
      return i;
  g_assert_not_reached ();
}

static void
options_init (SwExportOptions *options,
              const char      *language)
{
  sw_export_options_init (options);
  options->language = language;
}

static void
test_elements (void)
{
  static const char * const header[] = {
    "Label", "Type", "Description", "Tags", "ID", "Kind", "Status", "Owner", "Start", "Due",
    "Indicator", "X", "Y",
  };
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SwExportOptions options;
  const char *data;
  gsize size;
  guint row;

  options_init (&options, NULL);
  rows = read_rows (document, "csv", &options, &bytes);
  g_assert_cmpuint (json_array_get_length (rows), ==, 1 + sw_document_get_n_nodes (document));
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    g_assert_cmpstr (field (rows, 0, i), ==, header[i]);

  row = find_row (rows, 4, "c-cri");
  g_assert_cmpstr (field (rows, row, 0), ==, "International Counter Ransomware Initiative");
  g_assert_cmpstr (field (rows, row, 1), ==, "Commitment");
  g_assert_cmpstr (field (rows, row, 3), ==, "security|ransomware");
  g_assert_cmpstr (field (rows, row, 5), ==, "commitment");
  g_assert_cmpstr (field (rows, row, 6), ==, "active");
  g_assert_cmpstr (field (rows, row, 7), ==, "");
  g_assert_cmpstr (field (rows, row, 8), ==, "2021-10-01");
  g_assert_cmpstr (field (rows, row, 10), ==, "Number of members (50 in November 2023)");
  g_assert_true (g_ascii_isdigit (field (rows, row, 11)[0]));

  /* RFC 4180: CRLF after every record; UTF-8 without a byte order mark. */
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_str_has_prefix (data, "Label,Type,"));
  g_assert_true (size > 2 && data[size - 2] == '\r' && data[size - 1] == '\n');
}

static void
test_links (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(JsonArray) rows = NULL;
  SwExportOptions options;
  guint row;

  options_init (&options, NULL);
  rows = read_rows (document, "csv-links", &options, NULL);
  g_assert_cmpuint (json_array_get_length (rows), ==, 1 + sw_document_get_n_links (document));
  g_assert_cmpstr (field (rows, 0, 0), ==, "From");
  g_assert_cmpstr (field (rows, 0, 1), ==, "To");
  g_assert_cmpstr (field (rows, 0, 2), ==, "Type");
  g_assert_cmpstr (field (rows, 0, 3), ==, "Label");

  row = find_row (rows, 4, "l1");
  g_assert_cmpstr (field (rows, row, 0), ==, "digital-solidarity");
  g_assert_cmpstr (field (rows, row, 1), ==, "principle-1");
  g_assert_cmpstr (field (rows, row, 2), ==, "guides");
  g_assert_cmpstr (field (rows, row, 5), ==, "guides");
}

/* Quotes, commas and line breaks come back exactly as they went in. */
static void
test_quoting (void)
{
  g_autoptr(SwDocument) document = report_test_hostile_document ();
  g_autoptr(JsonArray) rows = NULL;
  SwExportOptions options;
  guint row;

  options_init (&options, NULL);
  rows = read_rows (document, "csv", &options, NULL);
  row = find_row (rows, 5, "commitment");
  g_assert_cmpstr (field (rows, row, 0), ==, "=SUM(A1) \"c\", d");
  g_assert_cmpstr (field (rows, row, 2), ==, "- not a list\r\n+ nor this");
  g_assert_cmpstr (field (rows, row, 3), ==, "a|b|<b>|x,y");
  g_assert_cmpstr (field (rows, row, 7), ==, "<script>alert(4)</script>");
  g_assert_cmpstr (field (rows, row, 10), ==, "\" onmouseover=\"alert(5)");

  row = find_row (rows, 5, "concept");
  g_assert_cmpstr (field (rows, row, 0), ==, HOSTILE_TITLE);
  g_assert_cmpstr (field (rows, row, 2), ==, HOSTILE_DESCRIPTION);
}

static void
test_language_and_scope (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GHashTable) nodes = g_hash_table_new (NULL, NULL);
  g_autoptr(JsonArray) elements = NULL;
  g_autoptr(JsonArray) links = NULL;
  SwExportOptions options;

  g_hash_table_add (nodes, sw_document_lookup_node (document, "digital-solidarity"));
  g_hash_table_add (nodes, sw_document_lookup_node (document, "principle-1"));
  g_hash_table_add (nodes, sw_document_lookup_node (document, "aa1-1"));
  options_init (&options, "fr");
  options.nodes = nodes;

  elements = read_rows (document, "csv", &options, NULL);
  links = read_rows (document, "csv-links", &options, NULL);
  g_assert_cmpuint (json_array_get_length (elements), ==, 1 + 3);
  g_assert_cmpstr (field (elements, find_row (elements, 4, "digital-solidarity"), 0), ==,
                   "Solidarité numérique");
  /* No French title: the English one. */
  g_assert_cmpstr (field (elements, find_row (elements, 4, "aa1-1"), 0), ==,
                   "Open and secure telecommunication networks");
  /* Only the link whose ends are both in the scope. */
  g_assert_cmpuint (json_array_get_length (links), ==, 1 + 1);
  g_assert_cmpstr (field (links, 1, 4), ==, "l1");
}

static GBytes *
export_bytes (SwDocument *document,
              const char *format_name)
{
  const SwExportFormat *format = sw_export_find_format (format_name);
  g_autoptr(GError) error = NULL;
  SwExportOptions options;
  GBytes *bytes;

  sw_export_options_init (&options);
  bytes = format->export (document, &options, NULL, &error);
  g_assert_no_error (error);
  return bytes;
}

/* The spreadsheet importer reads both files back into the same nodes, links, kinds and fields. */
static void
test_round_trip (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) elements = export_bytes (document, "csv");
  g_autoptr(GBytes) links = export_bytes (document, "csv-links");
  const SwImportFormat *format = sw_import_find_format ("csv");
  SwImportInput inputs[] = { { links, "links.csv" }, { elements, "elements.csv" } };
  g_autoptr(SwImportReport) report = sw_import_report_new ();
  g_autoptr(SwDocument) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (format);
  copy = format->import (inputs, G_N_ELEMENTS (inputs), report, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_document_get_n_nodes (copy), ==, sw_document_get_n_nodes (document));
  g_assert_cmpuint (sw_document_get_n_links (copy), ==, sw_document_get_n_links (document));

  for (guint i = 0; i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      SwNode *back = sw_document_lookup_node (copy, sw_node_get_id (node));
      g_autofree char *tags = g_strjoinv ("|", (char **) sw_node_get_tags (node));
      g_autofree char *back_tags = NULL;

      g_assert_nonnull (back);
      back_tags = g_strjoinv ("|", (char **) sw_node_get_tags (back));
      g_assert_cmpstr (sw_node_get_kind (back), ==, sw_node_get_kind (node));
      g_assert_cmpstr (sw_document_get_node_title (copy, back, NULL), ==,
                       sw_document_get_node_title (document, node, NULL));
      g_assert_cmpint (sw_node_get_status (back), ==, sw_node_get_status (node));
      g_assert_cmpstr (sw_node_get_owner (back), ==, sw_node_get_owner (node));
      g_assert_cmpstr (sw_node_get_start (back), ==, sw_node_get_start (node));
      g_assert_cmpstr (back_tags, ==, tags);
      g_assert_cmpfloat (sw_node_get_x (back), ==, sw_node_get_x (node));
      g_assert_cmpfloat (sw_node_get_y (back), ==, sw_node_get_y (node));
    }

  for (guint i = 0; i < sw_document_get_n_links (document); i++)
    {
      SwLink *link = sw_document_get_link (document, i);
      SwLink *back = sw_document_get_link (copy, i);

      g_assert_cmpstr (sw_link_get_kind (back), ==, sw_link_get_kind (link));
      g_assert_cmpstr (sw_node_get_id (sw_link_get_from (back)), ==,
                       sw_node_get_id (sw_link_get_from (link)));
      g_assert_cmpstr (sw_node_get_id (sw_link_get_to (back)), ==,
                       sw_node_get_id (sw_link_get_to (link)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/csv/elements", test_elements);
  g_test_add_func ("/report/csv/links", test_links);
  g_test_add_func ("/report/csv/quoting", test_quoting);
  g_test_add_func ("/report/csv/language-and-scope", test_language_and_scope);
  g_test_add_func ("/report/csv/round-trip", test_round_trip);

  return g_test_run ();
}
