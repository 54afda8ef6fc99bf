/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Finding one's way in the PDF report: its named destinations, read back
 * with poppler's pdfinfo (-dests), and the links of the contents and the
 * bookmarks that lead to them, read from the file's objects, which cairo
 * writes uncompressed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sw-report-layout-private.h"
#include "sw-report.h"
#include "test-report-util.h"

static char *
export_sample (SwReport **report)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = report_test_export (document, "pdf", NULL, SW_PAGE_SIZE_A4);
  SwExportOptions options;

  sw_export_options_init (&options);
  *report = sw_report_new (document, &options);
  return report_test_save (bytes, "report.pdf");
}

/* The objects of the PDF at @path that are dictionaries, by number; streams are left out. */
static GHashTable *
read_objects (const char *path)
{
  GHashTable *objects = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(GRegex) regex = g_regex_new ("(\\d+) 0 obj\n(<<.*?)\n(stream|endobj)",
                                         G_REGEX_RAW | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_regex_match_full (regex, contents, length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);

      g_hash_table_insert (objects, GUINT_TO_POINTER (atoi (number)),
                           g_match_info_fetch (match, 2));
    }
  return objects;
}

static const char *
object (GHashTable *objects,
        guint       number)
{
  const char *dictionary = g_hash_table_lookup (objects, GUINT_TO_POINTER (number));

  g_assert_nonnull (dictionary);
  return dictionary;
}

/* The numbers of the objects referred to in the array that follows @key in @dictionary. */
static GArray *
references (const char *dictionary,
            const char *key)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GRegex) regex = g_regex_new ("(\\d+) 0 R", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *start = strstr (dictionary, key);
  g_autofree char *array = NULL;

  if (start == NULL)
    return numbers;
  start = strchr (start, '[');
  g_assert_nonnull (start);
  array = g_strndup (start, strcspn (start, "]"));
  for (g_regex_match (regex, array, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      guint value = atoi (number);

      g_array_append_val (numbers, value);
    }
  return numbers;
}

/* The named destination a link or a bookmark goes to, or NULL. */
static char *
destination_of (const char *dictionary)
{
  const char *p = strstr (dictionary, "/Dest (");

  return p ? g_strndup (p + strlen ("/Dest ("), strcspn (p + strlen ("/Dest ("), ")")) : NULL;
}

/* pdfinfo -dests: name -> page. */
static GHashTable *
read_destinations (const char *path)
{
  GHashTable *destinations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  out = REPORT_RUN (&status, "pdfinfo", "-dests", path);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      const char *name = strchr (lines[i], '"');
      guint page = (guint) g_ascii_strtoull (lines[i], NULL, 10);

      if (name == NULL)
        continue;
      g_hash_table_insert (destinations, g_strndup (name + 1, strcspn (name + 1, "\"")),
                           GUINT_TO_POINTER (page));
    }
  return destinations;
}

/*
 * Every chapter and section heading is a named destination on the page the
 * contents give for it; the contents page has one link per entry, to its
 * chapter's destination, in order; the bookmarks go to the same ones.
 */
static void
test_contents_links (void)
{
  g_autoptr(SwReport) report = NULL;
  g_autoptr(SwReportLayout) layout = NULL;
  g_autoptr(GHashTable) destinations = NULL;
  g_autoptr(GHashTable) objects = NULL;
  g_autoptr(GArray) pages = NULL;
  g_autoptr(GArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GHashTableIter iter;
  gpointer value;
  double width, height;
  guint chapter = 0, n_bookmarks = 0;

  if (!report_test_require ("pdfinfo"))
    return;

  path = export_sample (&report);
  sw_report_page_size (SW_PAGE_SIZE_A4, &width, &height);
  layout = sw_report_layout_new (report, width, height, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  destinations = read_destinations (path);
  objects = read_objects (path);

  g_hash_table_iter_init (&iter, objects);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (strstr (value, "/Type /Pages") != NULL)
      pages = references (value, "/Kids");
  g_assert_nonnull (pages);
  g_assert_cmpuint (pages->len, ==, sw_report_layout_get_n_pages (layout));
  annotations = references (object (objects, g_array_index (pages, guint, 1)), "/Annots");

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);
      guint page;

      if (block->type != SW_REPORT_BLOCK_HEADING || block->level > 2)
        continue;

      page = GPOINTER_TO_UINT (g_hash_table_lookup (destinations, block->anchor));
      g_assert_cmpuint (page, ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (layout->anchor_pages,
                                                               block->anchor)));
      if (block->level == 1)
        {
          const char *annotation;
          g_autofree char *target = NULL;

          g_assert_cmpuint (chapter, <, annotations->len);
          annotation = object (objects, g_array_index (annotations, guint, chapter++));
          target = destination_of (annotation);
          g_assert_nonnull (strstr (annotation, "/Subtype /Link"));
          g_assert_cmpstr (target, ==, block->anchor);
        }
    }
  g_assert_cmpuint (chapter, ==, 12);
  g_assert_cmpuint (annotations->len, ==, chapter);

  g_hash_table_iter_init (&iter, objects);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (strstr (value, "/Title ") != NULL && strstr (value, "/Parent ") != NULL)
      {
        g_autofree char *target = destination_of (value);

        g_assert_nonnull (target);
        g_assert_true (g_hash_table_contains (destinations, target));
        n_bookmarks++;
      }
  g_assert_cmpuint (n_bookmarks, >=, chapter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/pdf/contents-links", test_contents_links);

  return g_test_run ();
}
