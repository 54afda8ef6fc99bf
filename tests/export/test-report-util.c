/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Documents for the report tests, and running the independent readers that check the output. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sw-json-reader.h"
#include "test-report-util.h"

/*
 * Reports take their words from the compiled catalogs, which the build puts
 * in its po/ directory in the layout of an installed locale directory.
 * Sets SW_LOCALEDIR there, for this process and the commands it runs,
 * unless the test environment already names one.
 */
void
report_test_use_build_catalogs (void)
{
  g_autofree char *dir = NULL;

  if (g_getenv ("SW_LOCALEDIR") != NULL)
    return;

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  g_setenv ("SW_LOCALEDIR", dir, TRUE);
}

SwDocument *
report_test_load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static SwNode *
add (SwDocument *document,
     const char *kind,
     const char *title,
     const char *description,
     double      x,
     double      y)
{
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_add_node (document, kind, title, x, y, &error);

  g_assert_no_error (error);
  if (description != NULL)
    {
      sw_document_set_text (document, node, SW_FIELD_DESCRIPTION, NULL, description, &error);
      g_assert_no_error (error);
    }
  return node;
}

static void
join (SwDocument *document,
      const char *kind,
      SwNode     *from,
      SwNode     *to)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (sw_document_add_link (document, kind, from, to, &error));
  g_assert_no_error (error);
}

static void
translate (SwDocument *document,
           gpointer    target,
           SwField     field,
           const char *language,
           const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_document_set_text (document, target, field, language, text, &error));
  g_assert_no_error (error);
}

/* Every field a writer puts out carries syntax of HTML, Markdown or CSV. */
SwDocument *
report_test_hostile_document (void)
{
  SwDocument *document = sw_document_new ("en");
  const char * const tags[] = { "a|b", "<b>", "x,y", NULL };
  SwNode *concept, *area, *objective, *commitment, *partner;

  translate (document, NULL, SW_FIELD_TITLE, NULL, HOSTILE_TITLE);
  translate (document, NULL, SW_FIELD_SUBTITLE, NULL, "\" onload=\"x");
  concept = add (document, "concept", HOSTILE_TITLE, HOSTILE_DESCRIPTION, 0, 0);
  area = add (document, "action-area", "<b>Area</b>", HOSTILE_DESCRIPTION, 0, 200);
  objective = add (document, "objective", "</h2><script>alert(3)</script>",
                   "Line one\nline two, \"three\"", 0, 400);
  commitment = add (document, "commitment", "=SUM(A1) \"c\", d", "- not a list\r\n+ nor this", 0,
                    600);
  partner = add (document, "partner", "Partner <i>x</i>", NULL, 300, 600);
  sw_document_set_node_owner (document, commitment, "<script>alert(4)</script>");
  sw_document_set_node_indicator (document, commitment, "\" onmouseover=\"alert(5)");
  sw_document_set_node_tags (document, commitment, tags);
  join (document, "guides", concept, area);
  join (document, "advances", objective, area);
  join (document, "advances", commitment, objective);
  join (document, "commits", partner, commitment);
  return document;
}

/* A strategy translated into Arabic and Chinese, with one text left untranslated. */
SwDocument *
report_test_world_document (void)
{
  SwDocument *document = sw_document_new ("en");
  g_autoptr(GError) error = NULL;
  SwNode *concept, *area, *objective, *commitment, *note;

  g_assert_true (sw_document_add_language (document, "ar", &error));
  g_assert_true (sw_document_add_language (document, "zh", &error));
  translate (document, NULL, SW_FIELD_TITLE, NULL, "International Cyberspace Strategy");
  translate (document, NULL, SW_FIELD_TITLE, "ar", "الاستراتيجية الدولية للفضاء الإلكتروني");
  translate (document, NULL, SW_FIELD_TITLE, "zh", "国际网络空间战略");

  concept = add (document, "concept", "Digital solidarity", "Working together with partners.",
                 0, 0);
  translate (document, concept, SW_FIELD_TITLE, "ar", "التضامن الرقمي");
  translate (document, concept, SW_FIELD_TITLE, "zh", "数字团结");
  translate (document, concept, SW_FIELD_DESCRIPTION, "ar",
             "العمل مع الشركاء نحو أهداف مشتركة وبناء قدراتهم الرقمية.");
  translate (document, concept, SW_FIELD_DESCRIPTION, "zh", "与伙伴共同努力实现共同目标，帮助他们建设数字能力。");

  area = add (document, "action-area", "An open and secure digital ecosystem", NULL, 0, 200);
  translate (document, area, SW_FIELD_TITLE, "ar", "نظام رقمي مفتوح وآمن");
  translate (document, area, SW_FIELD_TITLE, "zh", "开放、安全的数字生态系统");
  objective = add (document, "objective", "Secure undersea cables", NULL, 0, 400);
  translate (document, objective, SW_FIELD_TITLE, "ar", "كابلات بحرية آمنة");
  translate (document, objective, SW_FIELD_TITLE, "zh", "安全的海底电缆");
  commitment = add (document, "commitment", "Undersea cable principles", NULL, 0, 600);
  translate (document, commitment, SW_FIELD_TITLE, "ar", "مبادئ الكابلات البحرية");
  translate (document, commitment, SW_FIELD_TITLE, "zh", "海底电缆原则");
  note = add (document, "note", "Untranslated note", NULL, 300, 600);

  join (document, "guides", concept, area);
  join (document, "advances", objective, area);
  join (document, "advances", commitment, objective);
  join (document, "relates-to", note, commitment);
  return document;
}

/*
 * One of each gap: an objective without commitments ("Bare objective"), a
 * commitment without an owner ("Unowned commitment"), a note linked to
 * nothing ("Stray note"); and one of each that is not a gap.
 */
SwDocument *
report_test_gaps_document (void)
{
  SwDocument *document = sw_document_new ("en");
  SwNode *concept = add (document, "concept", "Concept", NULL, 0, 0);
  SwNode *area = add (document, "action-area", "Area", NULL, 0, 200);
  SwNode *bare = add (document, "objective", "Bare objective", NULL, 0, 400);
  SwNode *full = add (document, "objective", "Full objective", NULL, 300, 400);
  SwNode *owned = add (document, "commitment", "Owned commitment", NULL, 300, 600);
  SwNode *unowned = add (document, "commitment", "Unowned commitment", NULL, 600, 600);

  add (document, "note", "Stray note", NULL, 900, 0);
  sw_document_set_node_owner (document, owned, "Ministry");
  join (document, "guides", concept, area);
  join (document, "advances", bare, area);
  join (document, "advances", full, area);
  join (document, "advances", owned, full);
  join (document, "advances", unowned, full);
  return document;
}

GBytes *
report_test_export (SwDocument *document,
                    const char *format_name,
                    const char *language,
                    SwPageSize  page_size)
{
  const SwExportFormat *format = sw_export_find_format (format_name);
  g_autoptr(GError) error = NULL;
  SwExportOptions options;
  GBytes *bytes;

  g_assert_nonnull (format);
  sw_export_options_init (&options);
  options.language = language;
  options.page_size = page_size;
  bytes = format->export (document, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* Writes @bytes to a new file named @name in a fresh temporary directory. */
char *
report_test_save (GBytes     *bytes,
                  const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-report-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  return path;
}

/*
 * Exports the 2024 sample with the command line, in the C locale, to a new
 * file named @name in a fresh temporary directory, and returns its path.
 */
char *
report_test_export_sample_command (const char *format,
                                   const char *language,
                                   const char *name)
{
  g_autofree char *sample = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json",
                                              NULL);
  g_autofree char *dir = g_dir_make_tmp ("sw-report-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL;
  int status;

  out = REPORT_RUN (&status, g_getenv ("SW_BINARY"), "export", "--format", format, "--lang",
                    language, "--output", path, sample);
  g_assert_cmpint (status, ==, 0);
  return path;
}

/* Skips the test when a reader is missing; build-aux/setup installs them all. */
gboolean
report_test_require (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", program);

      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

/* Runs @argv and returns what it wrote to standard output; standard error is passed through. */
char *
report_test_run (const char * const *argv,
                 int                *status)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  return out;
}

/* The text of pages @first_page to @last_page (from 1) as poppler reads it. */
char *
report_test_pdf_text (const char *path,
                      int         first_page,
                      int         last_page,
                      gboolean    layout)
{
  g_autofree char *first = g_strdup_printf ("%d", first_page);
  g_autofree char *last = g_strdup_printf ("%d", last_page);
  int status;
  char *text = layout ? REPORT_RUN (&status, "pdftotext", "-layout", "-enc", "UTF-8", "-f", first,
                                    "-l", last, path, "-")
                      : REPORT_RUN (&status, "pdftotext", "-enc", "UTF-8", "-f", first, "-l", last,
                                    path, "-");

  g_assert_cmpint (status, ==, 0);
  return text;
}

/* @text with every run of white space made one space, for matching across line breaks. */
char *
report_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/*
 * @text, the text of the 2024 sample's report in French, has the report's
 * own words (headings, labels, statuses, chapter names) in French and none
 * of them in English.  The figure is left out of the English words that
 * must be absent: its cards show the document's kind labels, which the file
 * has in English only.
 */
void
report_test_assert_french_words (const char *text)
{
  static const char * const french[] = {
    "Sommaire", "La stratégie en un coup d’œil", "Responsable", "Statut", "Actif",
    "Engagements par partenaire", "Objectifs par statut", "Lacunes", "29 novembre 2026",
  };
  static const char * const english[] = {
    "Contents", "The strategy at a glance", "Owner", "Status", "Commitments by partner",
    "Objectives by status", "Gaps", "Action area 1", "Guiding principle 1",
  };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *eyebrow = g_utf8_casefold ("Domaine d’action 1", -1);
  g_autofree char *english_eyebrow = g_utf8_casefold ("Action area 1", -1);

  for (guint i = 0; i < G_N_ELEMENTS (french); i++)
    if (strstr (text, french[i]) == NULL)
      g_error ("“%s” is missing from the French report", french[i]);
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    if (strstr (text, english[i]) != NULL)
      g_error ("“%s” is in the French report", english[i]);

  /* Eyebrows are capitalised by some writers, as small caps on paper. */
  g_assert_nonnull (strstr (folded, eyebrow));
  g_assert_null (strstr (folded, english_eyebrow));
}
