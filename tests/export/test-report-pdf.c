/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The PDF report, read back with poppler's pdfinfo, pdftotext and pdffonts:
 * page size and count, the title page, contents whose page numbers lead to
 * the chapters, text in other languages and scripts, and the command line.
 */
#include "config.h"

#include <string.h>

#include "sw-report-layout-private.h"
#include "sw-report.h"
#include "test-report-util.h"

static char *
export_pdf (SwDocument *document,
            const char *language,
            SwPageSize  page_size)
{
  g_autoptr(GBytes) bytes = report_test_export (document, "pdf", language, page_size);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  return report_test_save (bytes, "report.pdf");
}

static char *
pdf_info (const char *path)
{
  int status;
  char *info = REPORT_RUN (&status, "pdfinfo", "-enc", "UTF-8", path);

  g_assert_cmpint (status, ==, 0);
  return info;
}

static guint
page_count (const char *info)
{
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* Poppler marks right-to-left runs with embedding controls; they are not part of the text. */
static char *
strip_bidi_controls (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c >= 0x202a && c <= 0x202e) && c != 0x200e && c != 0x200f)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_sample (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *title_page = NULL;

  if (!report_test_require ("pdfinfo") || !report_test_require ("pdftotext"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  path = export_pdf (document, NULL, SW_PAGE_SIZE_A4);
  info = pdf_info (path);
  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info,
                            "Title:           United States International Cyberspace & Digital "
                            "Policy Strategy\n"));
  g_assert_nonnull (strstr (info, "Author:          U.S. Department of State\n"));
  g_assert_cmpuint (page_count (info), >=, 12);

  raw = report_test_pdf_text (path, 1, 1, FALSE);
  title_page = report_test_squeeze (raw);
  g_assert_nonnull (strstr (title_page,
                            "United States International Cyberspace & Digital Policy Strategy"));
  g_assert_nonnull (strstr (title_page, "Towards an Innovative, Secure, and Rights-Respecting "
                                        "Digital Future"));
  g_assert_nonnull (strstr (title_page, "EDITION 2024"));
  g_assert_nonnull (strstr (title_page, "U.S. Department of State"));
  g_assert_nonnull (strstr (title_page, "National Cybersecurity Strategy, The White House, "
                                        "2023-03-02"));
}

static void
test_letter (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;

  if (!report_test_require ("pdfinfo"))
    return;

  document = report_test_load_sample ("strategy-2011.json");
  path = export_pdf (document, NULL, SW_PAGE_SIZE_LETTER);
  info = pdf_info (path);
  g_assert_nonnull (strstr (info, "Page size:       612 x 792 pts (letter)"));
}

/* The chapter's heading as pdftotext reads it: the eyebrow in capitals, then the title. */
static char *
heading_marker (SwReportBlock *block)
{
  g_autofree char *upper = block->eyebrow ? g_utf8_strup (block->eyebrow, -1) : NULL;
  g_autofree char *marker = upper ? g_strdup_printf ("%s %s", upper, block->text)
                                  : g_strdup (block->text);

  return report_test_squeeze (marker);
}

/* The number after @marker in the contents, or 0. */
static guint
contents_page_of (const char *contents,
                  const char *marker)
{
  const char *found = strstr (contents, marker);
  const char *p;

  if (found == NULL)
    return 0;
  for (p = found + strlen (marker); *p == ' '; p++)
    ;
  return (guint) g_ascii_strtoull (p, NULL, 10);
}

/*
 * Each entry of the contents names the page where its chapter's heading is,
 * and no page before it (after the contents) has that heading.
 */
static void
test_contents_pages (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  SwExportOptions options;
  guint first_chapter_page = 0, previous = 0, n_pages, n_chapters = 0;

  if (!report_test_require ("pdftotext") || !report_test_require ("pdfinfo"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  sw_export_options_init (&options);
  report = sw_report_new (document, &options);
  path = export_pdf (document, NULL, SW_PAGE_SIZE_A4);
  {
    g_autofree char *info = pdf_info (path);

    n_pages = page_count (info);
  }

  raw = report_test_pdf_text (path, 2, 2, TRUE);
  contents = report_test_squeeze (raw);
  g_assert_true (g_str_has_prefix (contents, "Contents "));

  g_ptr_array_add (pages, NULL);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = report_test_pdf_text (path, p, p, FALSE);

      g_ptr_array_add (pages, report_test_squeeze (text));
    }

  for (guint i = 0; i < report->blocks->len; i++)
    {
      SwReportBlock *block = g_ptr_array_index (report->blocks, i);
      g_autofree char *marker = NULL;
      guint page;

      if (block->type != SW_REPORT_BLOCK_HEADING || block->level != 1)
        continue;

      marker = heading_marker (block);
      page = contents_page_of (contents, marker);
      g_test_message ("%s: page %u", marker, page);
      g_assert_cmpuint (page, >, 2);
      g_assert_cmpuint (page, <=, n_pages);
      g_assert_cmpuint (page, >=, previous);
      if (first_chapter_page == 0)
        first_chapter_page = page;

      g_assert_nonnull (strstr (g_ptr_array_index (pages, page), marker));
      for (guint p = first_chapter_page; p < page; p++)
        g_assert_null (strstr (g_ptr_array_index (pages, p), marker));

      previous = page;
      n_chapters++;
    }

  g_assert_cmpuint (n_chapters, ==, 12);
}

static void
test_french (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (!report_test_require ("pdftotext"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  path = export_pdf (document, "fr", SW_PAGE_SIZE_A4);
  raw = report_test_pdf_text (path, 1, 99, FALSE);
  text = report_test_squeeze (raw);

  g_assert_nonnull (strstr (text, "Solidarité numérique"));
  /* An objective without a French title keeps its English one. */
  g_assert_nonnull (strstr (text, "Open and secure telecommunication networks"));
  g_assert_null (strstr (text, "Digital solidarity "));
}

/*
 * The report's own words are in French too, whether the report is made in
 * this process or by the command in the C locale.
 */
static void
test_french_words (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *in_process = NULL;
  g_autofree char *command = NULL;

  if (!report_test_require ("pdftotext"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  in_process = export_pdf (document, "fr", SW_PAGE_SIZE_A4);
  command = report_test_export_sample_command ("pdf", "fr", "report.pdf");
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *raw = report_test_pdf_text (i == 0 ? in_process : command, 1, 99, FALSE);
      g_autofree char *text = report_test_squeeze (raw);

      report_test_assert_french_words (text);
    }
}

/* The figure's cards name kinds and statuses in the report's language too. */
static void
test_french_figure (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *path = NULL;
  gboolean found = FALSE;

  if (!report_test_require ("pdftotext"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  path = export_pdf (document, "fr", SW_PAGE_SIZE_A4);
  for (int page = 1; page <= 6 && !found; page++)
    {
      g_autofree char *raw = report_test_pdf_text (path, page, page, FALSE);
      g_autofree char *text = report_test_squeeze (raw);

      /* The chapter's page, not the contents that name it. */
      if (strstr (text, "La stratégie en un coup d’œil") == NULL || strstr (text, "Sommaire"))
        continue;
      found = TRUE;
      g_assert_nonnull (strstr (text, "Principe directeur"));
      g_assert_nonnull (strstr (text, "Domaine d’action"));
      g_assert_nonnull (strstr (text, "Actif"));
      g_assert_null (strstr (text, "Guiding principle"));
      g_assert_null (strstr (text, "Action area"));
      g_assert_null (strstr (text, "Active"));
    }
  g_assert_true (found);
}

static void
check_script (const char *language,
              const char *font,
              const char *title,
              const char *heading)
{
  g_autoptr(SwDocument) document = report_test_world_document ();
  g_autofree char *path = export_pdf (document, language, SW_PAGE_SIZE_A4);
  g_autofree char *raw = report_test_pdf_text (path, 1, 99, FALSE);
  g_autofree char *plain = strip_bidi_controls (raw);
  g_autofree char *text = report_test_squeeze (plain);
  g_autofree char *fonts = NULL;
  int status;

  fonts = REPORT_RUN (&status, "pdffonts", path);
  g_assert_cmpint (status, ==, 0);
  /* Shaped with a font for the script, not boxes from a font without it. */
  g_assert_nonnull (strstr (fonts, font));
  g_assert_nonnull (strstr (text, title));
  g_assert_nonnull (strstr (text, heading));
  /* The note has no translation and appears in English. */
  g_assert_nonnull (strstr (text, "Untranslated note"));
}

static void
test_arabic (void)
{
  if (!report_test_require ("pdftotext") || !report_test_require ("pdffonts"))
    return;

  check_script ("ar", "Arabic", "للفضاء", "التضامن الرقمي");
}

static void
test_chinese (void)
{
  if (!report_test_require ("pdftotext") || !report_test_require ("pdffonts"))
    return;

  check_script ("zh", "CJKsc", "国际网络空间战略", "数字团结");
}

/* Text in titles is text, even when it looks like Pango markup. */
static void
test_markup_is_text (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (!report_test_require ("pdftotext"))
    return;

  document = report_test_hostile_document ();
  path = export_pdf (document, NULL, SW_PAGE_SIZE_A4);
  raw = report_test_pdf_text (path, 1, 99, FALSE);
  text = report_test_squeeze (raw);
  g_assert_nonnull (strstr (text, "<script>alert(1)</script> *not bold*"));
  g_assert_nonnull (strstr (text, "</h2><script>alert(3)</script>"));
  g_assert_nonnull (strstr (text, "Partner <i>x</i>"));
}

/* A table that goes on over pages repeats its header, and names the group a page continues. */
static void
test_table_over_pages (void)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  SwNode *partner = sw_document_add_node (document, "partner", "Loyal partner", 0, 0, &error);
  guint n_table_pages = 0;

  if (!report_test_require ("pdftotext") || !report_test_require ("pdfinfo"))
    return;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *title = g_strdup_printf ("Commitment number %u", i);
      SwNode *commitment = sw_document_add_node (document, "commitment", title, i, 100, &error);

      g_assert_no_error (error);
      g_assert_nonnull (sw_document_add_link (document, "commits", partner, commitment, &error));
    }

  path = export_pdf (document, NULL, SW_PAGE_SIZE_A4);
  info = pdf_info (path);
  for (guint p = 3; p <= page_count (info); p++)
    {
      g_autofree char *raw = report_test_pdf_text (path, p, p, TRUE);
      g_autofree char *text = report_test_squeeze (raw);

      if (strstr (text, "Partner Commitment Advances Status") == NULL)
        continue;
      n_table_pages++;
      g_assert_nonnull (strstr (text, "Loyal partner"));
    }
  g_assert_cmpuint (n_table_pages, >=, 3);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_progress (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SwExportOptions options;

  sw_export_options_init (&options);
  options.progress = record_progress;
  options.progress_data = fractions;
  bytes = sw_report_write_pdf (document, &options, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (fractions->len, >, 5);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat_with_epsilon (g_array_index (fractions, double, fractions->len - 1), 1.0,
                                  1e-9);
}

static void
test_cancelled (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  SwExportOptions options;
  GBytes *bytes;

  sw_export_options_init (&options);
  g_cancellable_cancel (cancellable);
  bytes = sw_report_write_pdf (document, &options, cancellable, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_command_line (void)
{
  g_autofree char *sample = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json",
                                              NULL);
  g_autofree char *dir = g_dir_make_tmp ("sw-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  int status;

  if (!report_test_require ("pdfinfo") || !report_test_require ("pdftotext"))
    return;

  out = REPORT_RUN (&status, g_getenv ("SW_BINARY"), "export", "--format", "pdf", "--lang", "fr",
                    "--output", path, sample);
  g_assert_cmpint (status, ==, 0);
  info = pdf_info (path);
  g_assert_cmpuint (page_count (info), >=, 12);
  text = report_test_pdf_text (path, 1, 99, FALSE);
  g_assert_nonnull (strstr (text, "Solidarité numérique"));
}

/*
 * The same document makes the same file, run after run: nothing in it may
 * follow the order of addresses in memory, which differs between processes
 * (links of several kinds, for one, cross in the figure).
 */
static void
test_same_file (void)
{
  g_autofree char *first_path = report_test_export_sample_command ("pdf", "fr", "a.pdf");
  g_autofree char *first = NULL;
  gsize first_length = 0;

  g_assert_true (g_file_get_contents (first_path, &first, &first_length, NULL));
  for (guint run = 0; run < 3; run++)
    {
      g_autofree char *path = report_test_export_sample_command ("pdf", "fr", "b.pdf");
      g_autofree char *again = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &again, &length, NULL));
      g_assert_cmpmem (again, length, first, first_length);
    }
}

/* The figure's box in the paged layout, which the graph is scaled to fill; the page's area. */
static SwOp *
find_figure (SwReportLayout *layout)
{
  for (guint p = 0; p < layout->pages->len; p++)
    {
      SwPage *page = g_ptr_array_index (layout->pages, p);

      for (guint i = 0; i < page->ops->len; i++)
        if (((SwOp *) g_ptr_array_index (page->ops, i))->type == SW_OP_FIGURE)
          return g_ptr_array_index (page->ops, i);
    }
  return NULL;
}

static double
figure_share (SwDocument *document,
              SwPageSize  size,
              gboolean   *folded)
{
  g_autoptr(SwReport) report = NULL;
  g_autoptr(SwReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  SwExportOptions options;
  double width, height;
  SwOp *figure;

  sw_export_options_init (&options);
  options.language = "fr";
  report = sw_report_new (document, &options);
  sw_report_page_size (size, &width, &height);
  layout = sw_report_layout_new (report, width, height, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  figure = find_figure (layout);
  g_assert_nonnull (figure);
  *folded = figure->positions != NULL;
  return figure->width * figure->height / (width * height);
}

/*
 * The 2024 strategy is six times wider than tall, nineteen objectives side
 * by side; its figure still fills most of a page, and the document keeps
 * its positions.  A graph that already suits the page is drawn as it is.
 */
static void
test_figure_fills_page (void)
{
  g_autoptr(SwDocument) document = report_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) small = report_test_gaps_document ();
  SwNode *objective = sw_document_get_node (document, 20);
  double x = sw_node_get_x (objective), y = sw_node_get_y (objective);
  gboolean folded = FALSE;

  g_assert_cmpfloat (figure_share (document, SW_PAGE_SIZE_A4, &folded), >, 0.35);
  g_assert_true (folded);
  g_assert_cmpfloat (figure_share (document, SW_PAGE_SIZE_LETTER, &folded), >, 0.35);
  g_assert_true (folded);
  g_assert_cmpfloat (sw_node_get_x (objective), ==, x);
  g_assert_cmpfloat (sw_node_get_y (objective), ==, y);
  g_assert_false (sw_document_get_modified (document));

  figure_share (small, SW_PAGE_SIZE_A4, &folded);
  g_assert_false (folded);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/pdf/sample", test_sample);
  g_test_add_func ("/report/pdf/letter", test_letter);
  g_test_add_func ("/report/pdf/contents-pages", test_contents_pages);
  g_test_add_func ("/report/pdf/french", test_french);
  g_test_add_func ("/report/pdf/french-words", test_french_words);
  g_test_add_func ("/report/pdf/french-figure", test_french_figure);
  g_test_add_func ("/report/pdf/arabic", test_arabic);
  g_test_add_func ("/report/pdf/chinese", test_chinese);
  g_test_add_func ("/report/pdf/markup-is-text", test_markup_is_text);
  g_test_add_func ("/report/pdf/table-over-pages", test_table_over_pages);
  g_test_add_func ("/report/pdf/progress", test_progress);
  g_test_add_func ("/report/pdf/cancelled", test_cancelled);
  g_test_add_func ("/report/pdf/command-line", test_command_line);
  g_test_add_func ("/report/pdf/same-file", test_same_file);
  g_test_add_func ("/report/pdf/figure-fills-page", test_figure_fills_page);

  return g_test_run ();
}
