/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The PDF report as a tagged PDF, read back with poppler's pdfinfo: its
 * structure tree and the text each element holds (-struct-text).
 */
#include "config.h"

#include <string.h>

#include "sw-report.h"
#include "test-report-util.h"

/*
 * One element of the structure tree, as pdfinfo -struct-text prints it:
 * two spaces a level, then the name, or one line of text in quotes for
 * each run of drawing the element holds (one a page).
 */
typedef struct
{
  guint    depth;
  char    *name;
  GString *text;
  guint    n_runs;
} Element;

static void
element_clear (gpointer data)
{
  Element *element = data;

  g_free (element->name);
  g_string_free (element->text, TRUE);
}

/*
 * The elements in document order; link annotations ("Object N 0") are left
 * out.  Poppler stops reading a run's text at the first span inside it,
 * which cairo makes where a glyph stands for other characters (a ligature,
 * a space at a line's end), so only text without those is read whole.
 */
static GArray *
read_structure (const char *path)
{
  GArray *elements = g_array_new (FALSE, TRUE, sizeof (Element));
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  g_array_set_clear_func (elements, element_clear);
  out = REPORT_RUN (&status, "pdfinfo", "-enc", "UTF-8", "-struct-text", path);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint depth = strspn (line, " ") / 2;
      const char *content = line + 2 * depth;
      Element element;

      if (content[0] == '"' && elements->len > 0)
        {
          Element *last = &g_array_index (elements, Element, elements->len - 1);

          g_string_append_len (last->text, content + 1, strlen (content) - 2);
          last->n_runs++;
          continue;
        }
      if (line[0] == '\0' || g_str_has_prefix (content, "Object "))
        continue;
      element.depth = depth;
      /* "H1 (block)": the name, without how it flows. */
      element.name = g_strndup (content, strcspn (content, " "));
      element.text = g_string_new (NULL);
      element.n_runs = 0;
      g_array_append_val (elements, element);
    }
  return elements;
}

static const Element *
element_at (GArray *elements,
            guint   i)
{
  return &g_array_index (elements, Element, i);
}

static guint
count_elements (GArray     *elements,
                const char *name)
{
  guint n = 0;

  for (guint i = 0; i < elements->len; i++)
    n += g_str_equal (element_at (elements, i)->name, name);
  return n;
}

/* The indices of the children of element @parent, in order. */
static GArray *
children_of (GArray *elements,
             guint   parent)
{
  GArray *children = g_array_new (FALSE, FALSE, sizeof (guint));
  guint depth = element_at (elements, parent)->depth;

  for (guint i = parent + 1; i < elements->len && element_at (elements, i)->depth > depth; i++)
    if (element_at (elements, i)->depth == depth + 1)
      g_array_append_val (children, i);
  return children;
}

static guint
child (GArray *children,
       guint   i)
{
  return g_array_index (children, guint, i);
}

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

static guint
count_blocks (SwReport          *report,
              SwReportBlockType  type,
              guint              level)
{
  guint n = 0;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      /* Tables without rows and lists without items are not drawn. */
      if (block->type == type && (type != SW_REPORT_BLOCK_HEADING || block->level == level)
          && (block->cells == NULL
              || block->cells->len > (type == SW_REPORT_BLOCK_TABLE ? block->n_columns : 0)))
        n++;
    }
  return n;
}

/* Each table holds its rows, each row its cells; the first row and the first column are headers. */
static void
check_table (GArray              *elements,
             guint                table,
             const SwReportBlock *block)
{
  g_autoptr(GArray) rows = children_of (elements, table);

  g_assert_cmpuint (rows->len, ==, block->cells->len / block->n_columns);
  for (guint r = 0; r < rows->len; r++)
    {
      g_autoptr(GArray) cells = children_of (elements, child (rows, r));

      g_assert_cmpstr (element_at (elements, child (rows, r))->name, ==, "TR");
      g_assert_cmpuint (cells->len, ==, block->n_columns);
      for (guint c = 0; c < cells->len; c++)
        g_assert_cmpstr (element_at (elements, child (cells, c))->name, ==,
                         r == 0 || c == 0 ? "TH" : "TD");
    }
}

/*
 * The report is a tagged PDF whose structure follows its blocks: a heading
 * of the level of each heading, each in a section of its own; the partner
 * table with its rows; the figure and its caption; the field lists as
 * lists of labelled items; the contents as one entry, a link, per chapter.
 */
static void
test_structure (void)
{
  g_autoptr(SwReport) report = NULL;
  g_autoptr(GArray) elements = NULL;
  g_autoptr(GArray) toc_entries = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  guint n_chapters, n_tables = 0, n_figures = 0;
  int status;

  if (!report_test_require ("pdfinfo"))
    return;

  path = export_sample (&report);
  info = REPORT_RUN (&status, "pdfinfo", path);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (info, "\nTagged:          yes\n"));

  elements = read_structure (path);
  g_assert_cmpuint (elements->len, >, 100);
  g_assert_cmpstr (element_at (elements, 0)->name, ==, "Document");
  for (guint i = 1; i < elements->len; i++)
    g_assert_cmpuint (element_at (elements, i)->depth, >, 0);

  /* The title page's title and the contents are headings of the first level too. */
  n_chapters = count_blocks (report, SW_REPORT_BLOCK_HEADING, 1);
  g_assert_cmpuint (n_chapters, ==, 12);
  g_assert_cmpuint (count_elements (elements, "H1"), ==, n_chapters + 2);
  /* The title page's "Sources" is one of the second level. */
  g_assert_cmpuint (count_elements (elements, "H2"), ==,
                    count_blocks (report, SW_REPORT_BLOCK_HEADING, 2) + 1);
  g_assert_cmpuint (count_elements (elements, "H3"), ==,
                    count_blocks (report, SW_REPORT_BLOCK_HEADING, 3));
  g_assert_cmpuint (count_elements (elements, "Sect"), ==,
                    n_chapters + count_blocks (report, SW_REPORT_BLOCK_HEADING, 2)
                    + count_blocks (report, SW_REPORT_BLOCK_HEADING, 3));
  g_assert_cmpuint (count_elements (elements, "P"), >=,
                    count_blocks (report, SW_REPORT_BLOCK_PARAGRAPH, 0));
  g_assert_cmpuint (count_elements (elements, "L"), ==,
                    count_blocks (report, SW_REPORT_BLOCK_FIELDS, 0)
                    + count_blocks (report, SW_REPORT_BLOCK_LIST, 0));

  for (guint i = 0, b = 0; i < elements->len; i++)
    {
      const char *name = element_at (elements, i)->name;

      if (g_str_equal (name, "Table"))
        {
          const SwReportBlock *block = NULL;

          while (block == NULL || block->type != SW_REPORT_BLOCK_TABLE)
            block = g_ptr_array_index (report->blocks, b++);
          check_table (elements, i, block);
          n_tables++;
        }
      else if (g_str_equal (name, "Figure"))
        {
          /* The caption follows the figure, at its level. */
          g_assert_cmpuint (i + 1, <, elements->len);
          g_assert_cmpstr (element_at (elements, i + 1)->name, ==, "Caption");
          g_assert_cmpuint (element_at (elements, i + 1)->depth, ==,
                            element_at (elements, i)->depth);
          n_figures++;
        }
      else if (g_str_equal (name, "LI"))
        {
          g_autoptr(GArray) parts = children_of (elements, i);

          g_assert_cmpuint (parts->len, ==, 2);
          g_assert_cmpstr (element_at (elements, child (parts, 0))->name, ==, "Lbl");
          g_assert_cmpstr (element_at (elements, child (parts, 1))->name, ==, "LBody");
        }
      else if (g_str_equal (name, "TOC"))
        {
          g_assert_null (toc_entries);
          toc_entries = children_of (elements, i);
        }
    }
  g_assert_cmpuint (n_tables, ==, count_blocks (report, SW_REPORT_BLOCK_TABLE, 0));
  g_assert_cmpuint (n_tables, >=, 1);
  g_assert_cmpuint (n_figures, ==, 1);

  g_assert_nonnull (toc_entries);
  g_assert_cmpuint (toc_entries->len, ==, n_chapters);
  for (guint i = 0; i < toc_entries->len; i++)
    {
      g_autoptr(GArray) link = children_of (elements, child (toc_entries, i));

      g_assert_cmpstr (element_at (elements, child (toc_entries, i))->name, ==, "TOCI");
      g_assert_cmpuint (link->len, ==, 1);
      g_assert_cmpstr (element_at (elements, child (link, 0))->name, ==, "Link");
    }
}

/* A strategy whose concept has a long description in Chinese, whose lines break without spaces. */
static SwDocument *
long_paragraph_document (guint  n_sentences,
                         char **description)
{
  SwDocument *document = sw_document_new ("zh");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SwNode *concept;

  for (guint i = 0; i < n_sentences; i++)
    g_string_append (text, "与伙伴共同努力实现共同目标帮助他们建设数字能力");
  g_assert_true (sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL,
                                       "国际网络空间战略", &error));
  concept = sw_document_add_node (document, "concept", "数字团结", 0, 0, &error);
  g_assert_no_error (error);
  g_assert_true (sw_document_set_text (document, concept, SW_FIELD_DESCRIPTION, NULL, text->str,
                                       &error));
  *description = g_string_free (g_steal_pointer (&text), FALSE);
  return document;
}

/* The paragraphs that hold the description, and how many runs (pages) they take. */
static guint
description_paragraphs (guint  n_sentences,
                        guint *n_runs)
{
  g_autofree char *description = NULL;
  g_autoptr(SwDocument) document = long_paragraph_document (n_sentences, &description);
  g_autoptr(GBytes) bytes = report_test_export (document, "pdf", NULL, SW_PAGE_SIZE_A4);
  g_autofree char *path = report_test_save (bytes, "report.pdf");
  g_autoptr(GArray) elements = read_structure (path);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_paragraphs = 0;

  *n_runs = 0;
  for (guint i = 0; i < elements->len; i++)
    {
      const Element *element = element_at (elements, i);

      if (g_str_equal (element->name, "P") && element->text->len > 0
          && strstr (description, element->text->str) != NULL)
        {
          g_string_append (text, element->text->str);
          *n_runs += element->n_runs;
          n_paragraphs++;
        }
    }
  /* All of it, and nothing else: not the running header nor a page number. */
  g_assert_cmpstr (text->str, ==, description);
  return n_paragraphs;
}

/*
 * A paragraph that goes on over a page is one element, with a run of text
 * on each page; the page's running header and number are not part of it.
 * One longer than a page is cut where its middle page begins, so that the
 * header and number of that page are outside it too.
 */
static void
test_paragraph_over_pages (void)
{
  guint n_runs;

  if (!report_test_require ("pdfinfo"))
    return;

  g_assert_cmpuint (description_paragraphs (100, &n_runs), ==, 1);
  g_assert_cmpuint (n_runs, ==, 2);
  g_assert_cmpuint (description_paragraphs (160, &n_runs), ==, 2);
  g_assert_cmpuint (n_runs, >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/pdf/structure", test_structure);
  g_test_add_func ("/report/pdf/paragraph-over-pages", test_paragraph_over_pages);

  return g_test_run ();
}
