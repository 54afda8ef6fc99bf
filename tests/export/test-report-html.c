/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The HTML report, read back with xmllint (as XML and with its HTML parser)
 * and with Python's HTML tokenizer: well-formed, one self-contained file,
 * headings and contents that link, language and direction, and document
 * text that never becomes markup, script or an event handler.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "test-report-util.h"

static char *
export_html (SwDocument *document,
             const char *language)
{
  g_autoptr(GBytes) bytes = report_test_export (document, "html", language, SW_PAGE_SIZE_A4);

  return report_test_save (bytes, "report.html");
}

static const char *
python (void)
{
  return g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3"
                                                                     : "python3";
}

/* What Python's HTML tokenizer finds in the file; see test-report-html.py. */
static JsonObject *
read_html (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "export", "test-report-html.py",
                                                   NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  out = REPORT_RUN (&status, python (), script, path);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static guint
tag_count (JsonObject *html,
           const char *tag)
{
  JsonObject *tags = json_object_get_object_member (html, "tags");

  return json_object_has_member (tags, tag) ? json_object_get_int_member (tags, tag) : 0;
}

static void
check_well_formed (const char *path)
{
  g_autofree char *out = NULL;
  int status;

  /* As XML: every element closed, every entity known. */
  out = REPORT_RUN (&status, "xmllint", "--noout", "--nonet", path);
  g_assert_cmpint (status, ==, 0);
}

static void
test_sample (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(JsonObject) html = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  JsonArray *headings, *hrefs, *ids;
  guint n_h1 = 0, n_h2 = 0;

  if (!report_test_require ("xmllint"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  path = export_html (document, NULL);
  check_well_formed (path);
  html = read_html (path);

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (html, "root"),
                                                  "lang"), ==, "en");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (html, "root"),
                                                  "dir"), ==, "ltr");

  headings = json_object_get_array_member (html, "headings");
  for (guint i = 0; i < json_array_get_length (headings); i++)
    {
      JsonArray *heading = json_array_get_array_element (headings, i);
      gint64 level = json_array_get_int_element (heading, 0);

      n_h1 += level == 1;
      n_h2 += level == 2;
      if (i == 0)
        {
          g_assert_cmpint (level, ==, 1);
          g_assert_cmpstr (json_array_get_string_element (heading, 1), ==,
                           "United States International Cyberspace & Digital Policy Strategy");
        }
    }
  g_assert_cmpuint (n_h1, ==, 1);
  /* Sources, Contents and the twelve chapters. */
  g_assert_cmpuint (n_h2, ==, 14);

  /* Every link of the contents leads to a section, and nothing is fetched from elsewhere. */
  hrefs = json_object_get_array_member (html, "hrefs");
  ids = json_object_get_array_member (html, "ids");
  g_assert_cmpuint (json_array_get_length (hrefs), ==, 12);
  for (guint i = 0; i < json_array_get_length (hrefs); i++)
    {
      const char *href = json_array_get_string_element (hrefs, i);

      g_assert_true (href[0] == '#');
      g_assert_true (array_has_string (ids, href + 1));
    }
  g_assert_cmpuint (tag_count (html, "link"), ==, 0);
  g_assert_cmpuint (tag_count (html, "img"), ==, 0);
  g_assert_cmpuint (tag_count (html, "script"), ==, 0);
  /* The page's style sheet and the figure's own, as the SVG export writes it. */
  g_assert_cmpuint (tag_count (html, "style"), ==, 2);
  g_assert_cmpuint (tag_count (html, "svg"), ==, 1);
  g_assert_cmpuint (tag_count (html, "nav"), ==, 1);
  g_assert_cmpuint (tag_count (html, "main"), ==, 1);

  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_nonnull (strstr (contents, "<meta name=\"viewport\""));
  g_assert_nonnull (strstr (contents, "@media print"));
  g_assert_nonnull (strstr (contents, "@media (max-width"));
  g_assert_nonnull (strstr (contents, "size: A4;"));
}

/* Nothing a document says becomes an element, an attribute or a script. */
static void
test_escaping (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(JsonObject) html = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  const char *text;

  if (!report_test_require ("xmllint"))
    return;

  document = report_test_hostile_document ();
  path = export_html (document, NULL);
  check_well_formed (path);
  html = read_html (path);

  g_assert_cmpuint (tag_count (html, "script"), ==, 0);
  g_assert_cmpuint (tag_count (html, "img"), ==, 0);
  g_assert_cmpuint (tag_count (html, "i"), ==, 0);
  g_assert_cmpuint (tag_count (html, "b"), ==, 0);
  g_assert_cmpuint (tag_count (html, "h1"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (html,
                                                                         "event_attributes")),
                    ==, 0);

  /* The same characters are there, as text. */
  text = json_object_get_string_member (html, "text");
  g_assert_nonnull (strstr (text, HOSTILE_TITLE));
  g_assert_nonnull (strstr (text, "\" onload=\"x\" <img src=x onerror=alert(2)>"));
  g_assert_nonnull (strstr (text, "</h2><script>alert(3)</script>"));
  g_assert_nonnull (strstr (text, "<script>alert(4)</script>"));
  g_assert_nonnull (strstr (text, "\" onmouseover=\"alert(5)"));

  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_null (strstr (contents, "<script"));
  g_assert_null (strstr (contents, "onload=\""));
}

static gboolean
has_language (JsonObject *html,
              const char *tag,
              const char *language)
{
  JsonArray *languages = json_object_get_array_member (html, "languages");

  for (guint i = 0; i < json_array_get_length (languages); i++)
    {
      JsonArray *entry = json_array_get_array_element (languages, i);

      if (g_str_equal (json_array_get_string_element (entry, 0), tag)
          && g_str_equal (json_array_get_string_element (entry, 1), language))
        return TRUE;
    }
  return FALSE;
}

static void
test_languages (void)
{
  g_autoptr(SwDocument) sample = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) world = report_test_world_document ();
  g_autofree char *french = export_html (sample, "fr");
  g_autofree char *arabic = export_html (world, "ar");
  g_autoptr(JsonObject) french_html = read_html (french);
  g_autoptr(JsonObject) arabic_html = read_html (arabic);
  JsonObject *root = json_object_get_object_member (arabic_html, "root");

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (french_html,
                                                                                 "root"),
                                                  "lang"), ==, "fr");
  g_assert_nonnull (strstr (json_object_get_string_member (french_html, "text"),
                            "Solidarité numérique"));
  /* A title left in English says so, so that screen readers and hyphenation follow. */
  g_assert_true (has_language (french_html, "h3", "en"));

  g_assert_cmpstr (json_object_get_string_member (root, "lang"), ==, "ar");
  g_assert_cmpstr (json_object_get_string_member (root, "dir"), ==, "rtl");
  g_assert_nonnull (strstr (json_object_get_string_member (arabic_html, "text"),
                            "التضامن الرقمي"));
}

static void
test_letter_print (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2011.json");
  g_autoptr(GBytes) bytes = report_test_export (document, "html", NULL, SW_PAGE_SIZE_LETTER);

  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "size: letter;"));
}

/* The report's own words follow the report's language, in this process and from the command. */
static void
test_french_words (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *in_process = NULL;
  g_autofree char *command = NULL;

  document = report_test_load_sample ("strategy-2024.json");
  in_process = export_html (document, "fr");
  command = report_test_export_sample_command ("html", "fr", "report.html");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(JsonObject) html = read_html (i == 0 ? in_process : command);

      report_test_assert_french_words (json_object_get_string_member (html, "text"));
    }
}

/* The inline <svg> figure of the HTML report at @path. */
static char *
figure_of (const char *path)
{
  g_autofree char *contents = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  start = strstr (contents, "<svg");
  end = start ? strstr (start, "</svg>") : NULL;
  g_assert_nonnull (end);
  return g_strndup (start, end + strlen ("</svg>") - start);
}

static guint
count_of (const char *haystack,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/*
 * The figure is drawn by the painter's SVG pen, as the SVG export draws
 * it: cards' titles are <text>, escaped, not glyph outlines.
 */
static void
test_figure_text (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) hostile = report_test_hostile_document ();
  g_autoptr(GBytes) export_bytes = report_test_export (document, "svg", NULL, SW_PAGE_SIZE_A4);
  g_autofree char *exported = g_strndup (g_bytes_get_data (export_bytes, NULL),
                                         g_bytes_get_size (export_bytes));
  g_autofree char *path = export_html (document, NULL);
  g_autofree char *figure = figure_of (path);
  g_autofree char *hostile_path = export_html (hostile, NULL);
  g_autofree char *hostile_figure = figure_of (hostile_path);
  guint n_texts = 0;

  g_assert_cmpuint (count_of (figure, "<text"), >=, sw_document_get_n_nodes (document));
  /* No glyph outlines, which is how cairo writes text. */
  g_assert_null (strstr (figure, "<symbol"));
  g_assert_nonnull (strstr (figure, ">Digital solidarity</text>"));
  g_assert_nonnull (strstr (figure, "<title>Digital solidarity</title>"));

  /* Every line of text in the figure is one the SVG export writes too. */
  for (const char *p = strstr (figure, "<text"); p != NULL; p = strstr (p + 1, "<text"))
    {
      const char *open_end = strchr (p, '>');
      const char *close = strstr (p, "</text>");
      g_autofree char *line = g_strndup (open_end, close - open_end + strlen ("</text>"));

      g_assert_nonnull (strstr (exported, line));
      n_texts++;
    }
  g_assert_cmpuint (n_texts, >=, sw_document_get_n_nodes (document));

  g_assert_null (strstr (hostile_figure, "<script"));
  g_assert_null (strstr (hostile_figure, "<i>"));
  g_assert_nonnull (strstr (hostile_figure, "<title>&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (hostile_figure, ">Partner &lt;i&gt;x&lt;/i&gt;</text>"));
}

/*
 * A wide strategy is folded to the column's shape, as in the PDF: drawn as
 * it lies, the 2024 sample's 19 objectives side by side made a strip about
 * seven times wider than tall, too thin to read.
 */
static void
test_figure_folded (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autofree char *path = export_html (document, NULL);
  g_autofree char *figure = figure_of (path);
  const char *view_box = strstr (figure, "viewBox=\"");
  double x, y, width, height;

  g_assert_nonnull (view_box);
  g_assert_cmpint (sscanf (view_box, "viewBox=\"%lf %lf %lf %lf\"", &x, &y, &width, &height), ==,
                   4);
  g_test_message ("figure %.0f × %.0f", width, height);
  g_assert_cmpfloat (height / width, >, 0.6);
  g_assert_cmpfloat (height / width, <, 2.0);
  /* Every card is still there, once. */
  g_assert_cmpuint (count_of (figure, "<title>"), ==, sw_document_get_n_nodes (document));
  g_assert_false (sw_document_get_modified (document));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/html/sample", test_sample);
  g_test_add_func ("/report/html/escaping", test_escaping);
  g_test_add_func ("/report/html/languages", test_languages);
  g_test_add_func ("/report/html/letter-print", test_letter_print);

  g_test_add_func ("/report/html/french-words", test_french_words);
  g_test_add_func ("/report/html/figure-text", test_figure_text);
  g_test_add_func ("/report/html/figure-folded", test_figure_folded);

  return g_test_run ();
}
