/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the PDF report adds to cairo's tagged PDF for readers who cannot see
 * it: the document's language and the figure's alternate text, read back
 * with qpdf, which also checks the whole file's structure, in files laid
 * out as cairo 1.16 and as later versions write them.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sw-report-pdf-private.h"
#include "test-report-util.h"

/* The PDF's objects as qpdf reads them (JSON version 2: text strings as "u:…"). */
static JsonObject *
read_objects (const char *path,
              JsonParser *parser)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *qpdf;
  int status;

  json = REPORT_RUN (&status, "qpdf", "--json=2", "--json-key=qpdf", path);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  qpdf = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "qpdf");
  return json_array_get_object_element (qpdf, 1);
}

/* The first object whose @key is @value. */
static JsonObject *
find_object (JsonObject *objects,
             const char *key,
             const char *value)
{
  g_autoptr(GList) members = json_object_get_members (objects);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *object = json_object_get_object_member (objects, l->data);
      JsonNode *inner = object != NULL ? json_object_get_member (object, "value") : NULL;
      JsonObject *dict;

      if (inner == NULL || !JSON_NODE_HOLDS_OBJECT (inner))
        continue;
      dict = json_node_get_object (inner);
      if (json_object_has_member (dict, key)
          && JSON_NODE_HOLDS_VALUE (json_object_get_member (dict, key))
          && g_strcmp0 (json_object_get_string_member (dict, key), value) == 0)
        return dict;
    }

  return NULL;
}

static void
check_report (const char *language,
              const char *lang_value,
              const char *caption_start)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = report_test_export (document, "pdf", language, SW_PAGE_SIZE_A4);
  g_autofree char *path = report_test_save (bytes, "report.pdf");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *check = NULL;
  JsonObject *objects, *catalog, *figure;
  int status;

  check = REPORT_RUN (&status, "qpdf", "--check", path);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors"));

  objects = read_objects (path, parser);
  catalog = find_object (objects, "/Type", "/Catalog");
  g_assert_nonnull (catalog);
  g_assert_cmpstr (json_object_get_string_member (catalog, "/Lang"), ==, lang_value);
  /* cairo's tagging is all still there. */
  g_assert_true (json_object_has_member (catalog, "/StructTreeRoot"));
  g_assert_true (json_object_has_member (catalog, "/Outlines"));

  figure = find_object (objects, "/S", "/Figure");
  g_assert_nonnull (figure);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (figure, "/Alt"), caption_start));
}

/* In the report's language, whichever the interface's. */
static void
test_language_and_alt (void)
{
  if (!report_test_require ("qpdf"))
    return;

  check_report (NULL, "u:en", "u:The strategy as a graph");
  check_report ("fr", "u:fr", "u:La stratégie sous forme de graphe");
}

/* A file not laid out as cairo writes PDF, or an odd language, is left alone. */
static void
test_update_refuses (void)
{
  const char *garbage = "%PDF-1.5\nnot a real file\n";
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2011.json");
  g_autoptr(GBytes) bytes = report_test_export (document, "pdf", NULL, SW_PAGE_SIZE_A4);
  g_autoptr(GByteArray) real = NULL;
  gsize length;

  g_byte_array_append (pdf, (const guint8 *) garbage, strlen (garbage));
  g_assert_false (_sw_report_pdf_add_language (pdf, "en", "A figure"));
  g_assert_cmpmem (pdf->data, pdf->len, garbage, strlen (garbage));

  /* The report already has its update: a second one finds /Lang and stops. */
  real = g_byte_array_new ();
  length = g_bytes_get_size (bytes);
  g_byte_array_append (real, g_bytes_get_data (bytes, NULL), length);
  g_assert_false (_sw_report_pdf_add_language (real, "en", NULL));
  g_assert_cmpuint (real->len, ==, length);

  /* Nothing from a language tag may reach the file but a tag's characters. */
  g_assert_false (_sw_report_pdf_add_language (real, "en) /OpenAction (", NULL));
  g_assert_false (_sw_report_pdf_add_language (real, "", NULL));
  g_assert_cmpuint (real->len, ==, length);
}

/* Whether @needle is in @data, which may hold zero bytes. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* A small tagged PDF as cairo writes it, with a figure, saved at @path. */
static void
write_tagged_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 200, 200);
  cairo_t *cr = cairo_create (surface);

  cairo_tag_begin (cr, "Document", NULL);
  cairo_tag_begin (cr, "P", NULL);
  cairo_move_to (cr, 10, 20);
  cairo_show_text (cr, "A paragraph");
  cairo_tag_end (cr, "P");
  cairo_tag_begin (cr, "Figure", NULL);
  cairo_rectangle (cr, 10, 50, 100, 100);
  cairo_fill (cr);
  cairo_tag_end (cr, "Figure");
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
check_update (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GByteArray) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *updated = g_strconcat (path, ".updated.pdf", NULL);
  g_autofree char *check = NULL;
  JsonObject *objects, *catalog, *figure;
  gsize length;
  int status;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  pdf = g_byte_array_new_take ((guint8 *) g_steal_pointer (&contents), length);
  g_assert_true (_sw_report_pdf_add_language (pdf, "fr-CA", "Un graphe, « é »"));
  g_assert_cmpuint (pdf->len, >, length);
  g_assert_true (g_file_set_contents (updated, (const char *) pdf->data, pdf->len, &error));

  check = REPORT_RUN (&status, "qpdf", "--check", updated);
  g_assert_cmpint (status, ==, 0);
  objects = read_objects (updated, parser);
  catalog = find_object (objects, "/Type", "/Catalog");
  g_assert_nonnull (catalog);
  g_assert_cmpstr (json_object_get_string_member (catalog, "/Lang"), ==, "u:fr-CA");
  figure = find_object (objects, "/S", "/Figure");
  g_assert_nonnull (figure);
  g_assert_cmpstr (json_object_get_string_member (figure, "/Alt"), ==, "u:Un graphe, « é »");
}

/*
 * cairo 1.16 writes plain objects and a cross-reference table; cairo 1.17.6
 * and later pack objects into compressed object streams listed by a
 * cross-reference stream.  qpdf rewrites cairo's file that way, and the
 * update must read and extend both.
 */
static void
test_update_both_layouts (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *packed = NULL;
  g_autofree char *out = NULL;
  g_autofree char *packed_text = NULL;
  gsize packed_length = 0;
  int status;

  if (!report_test_require ("qpdf"))
    return;

  dir = g_dir_make_tmp ("sw-pdf-update-XXXXXX", NULL);
  plain = g_build_filename (dir, "plain.pdf", NULL);
  packed = g_build_filename (dir, "packed.pdf", NULL);
  write_tagged_pdf (plain);
  out = REPORT_RUN (&status, "qpdf", "--object-streams=generate", plain, packed);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (packed, &packed_text, &packed_length, NULL));
  g_assert_true (contains (packed_text, packed_length, "/Type /ObjStm"));
  g_assert_true (contains (packed_text, packed_length, "/Type /XRef"));
  g_assert_false (contains (packed_text, packed_length, "trailer"));

  check_update (plain);
  check_update (packed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/pdf/language-and-alt", test_language_and_alt);
  g_test_add_func ("/report/pdf/update-refuses", test_update_refuses);
  g_test_add_func ("/report/pdf/update-both-layouts", test_update_both_layouts);

  return g_test_run ();
}
