/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Markdown report, read back by cmark, the CommonMark reference
 * implementation: its syntax tree (cmark -t xml, queried with xmllint) has
 * the report's heading structure, and document text that looks like
 * Markdown or HTML stays text.
 */
#include "config.h"

#include <string.h>

#include "test-report-util.h"

/* The CommonMark syntax tree of the Markdown file at @path, as an XML file. */
static char *
tree_of (const char *path)
{
  g_autoptr(GBytes) tree_bytes = NULL;
  g_autofree char *tree = NULL;
  gsize length;
  int status;

  tree = REPORT_RUN (&status, "cmark", "--to", "xml", path);
  g_assert_cmpint (status, ==, 0);
  /* Measured first: the order arguments are evaluated in is the compiler's. */
  length = strlen (tree);
  tree_bytes = g_bytes_new_take (g_steal_pointer (&tree), length);
  return report_test_save (tree_bytes, "report.xml");
}

/* The CommonMark syntax tree of @document's report, as an XML file. */
static char *
export_tree (SwDocument *document,
             const char *language)
{
  g_autoptr(GBytes) bytes = report_test_export (document, "markdown", language, SW_PAGE_SIZE_A4);
  g_autofree char *path = report_test_save (bytes, "report.md");

  return tree_of (path);
}

static char *
xpath (const char *tree,
       const char *expression)
{
  g_autofree char *full = g_strdup_printf ("normalize-space(%s)", expression);
  int status;
  char *out = REPORT_RUN (&status, "xmllint", "--nonet", "--xpath", full, tree);

  g_assert_cmpint (status, ==, 0);
  /* xmllint ends what it prints with a newline. */
  return g_strchomp (out);
}

static guint
count (const char *tree,
       const char *expression)
{
  g_autofree char *full = g_strdup_printf ("count(%s)", expression);
  int status;
  g_autofree char *out = REPORT_RUN (&status, "xmllint", "--nonet", "--xpath", full, tree);

  g_assert_cmpint (status, ==, 0);
  return (guint) g_ascii_strtoull (out, NULL, 10);
}

#define NODE(name) "//*[local-name()='" name "']"

static void
test_headings (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *tree = NULL;
  g_autofree char *title = NULL;
  g_autofree char *chapter = NULL;
  g_autofree char *destination = NULL;

  if (!report_test_require ("cmark") || !report_test_require ("xmllint"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  tree = export_tree (document, NULL);

  g_assert_cmpuint (count (tree, NODE ("heading") "[@level='1']"), ==, 1);
  /* Contents and twelve chapters; nineteen objectives, four parts of the summary chapters,
   * one group of commitments to an action area; thirteen commitments. */
  g_assert_cmpuint (count (tree, NODE ("heading") "[@level='2']"), ==, 13);
  g_assert_cmpuint (count (tree, NODE ("heading") "[@level='3']"), ==, 19 + 5 + 1);
  g_assert_cmpuint (count (tree, NODE ("heading") "[@level='4']"), ==, 13);

  title = xpath (tree, NODE ("heading") "[@level='1']");
  g_assert_cmpstr (title, ==, "United States International Cyberspace & Digital Policy Strategy");
  chapter = xpath (tree, "(" NODE ("heading") "[@level='2'])[7]");
  g_assert_cmpstr (chapter, ==, "Action area 1: Open, inclusive, secure and resilient digital "
                                "ecosystem");

  /* The contents: one link per chapter, to a heading's identifier. */
  g_assert_cmpuint (count (tree, NODE ("link")), ==, 12);
  destination = xpath (tree, "(" NODE ("link") ")[6]/@destination");
  g_assert_cmpstr (destination, ==,
                   "#action-area-1-open-inclusive-secure-and-resilient-digital-ecosystem");

  /* Pipe tables are not CommonMark: cmark reads them as paragraphs, never as anything else. */
  g_assert_cmpuint (count (tree, NODE ("html_block") "|" NODE ("html_inline")), ==, 0);
}

static void
test_escaping (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *tree = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  if (!report_test_require ("cmark") || !report_test_require ("xmllint"))
    return;

  document = report_test_hostile_document ();
  tree = export_tree (document, NULL);

  g_assert_cmpuint (count (tree, NODE ("html_block") "|" NODE ("html_inline")), ==, 0);
  g_assert_cmpuint (count (tree, NODE ("link") "[not(starts-with(@destination, '#'))]"), ==, 0);
  g_assert_cmpuint (count (tree, NODE ("emph") "[contains(., 'not bold')]"), ==, 0);
  g_assert_cmpuint (count (tree, NODE ("heading") "[contains(., 'Not a heading')]"), ==, 0);
  g_assert_cmpuint (count (tree, NODE ("item") "[contains(., 'Not a list')]"), ==, 0);
  g_assert_cmpuint (count (tree, NODE ("item") "[contains(., 'not a list')]"), ==, 0);
  g_assert_cmpuint (count (tree, NODE ("heading") "[@level='1']"), ==, 1);

  title = xpath (tree, NODE ("heading") "[@level='1']");
  g_assert_cmpstr (title, ==, HOSTILE_TITLE);
  text = xpath (tree, "/");
  g_assert_nonnull (strstr (text, "1. Not a list | cell &amp; $math$ @cite"));
  g_assert_nonnull (strstr (text, "</h2><script>alert(3)</script>"));
}

/* The report's own words follow the report's language, in this process and from the command. */
static void
test_french_words (void)
{
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *in_process = NULL;
  g_autofree char *command = NULL;

  if (!report_test_require ("cmark") || !report_test_require ("xmllint"))
    return;

  document = report_test_load_sample ("strategy-2024.json");
  in_process = export_tree (document, "fr");
  command = report_test_export_sample_command ("markdown", "fr", "report.md");
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *tree = i == 0 ? g_strdup (in_process) : tree_of (command);
      g_autofree char *text = xpath (tree, "/");

      report_test_assert_french_words (text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  report_test_use_build_catalogs ();

  g_test_add_func ("/report/markdown/headings", test_headings);
  g_test_add_func ("/report/markdown/escaping", test_escaping);

  g_test_add_func ("/report/markdown/french-words", test_french_words);

  return g_test_run ();
}
