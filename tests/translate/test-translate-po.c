/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * gettext PO: the export checked and compiled by msgfmt, read back through
 * msgunfmt and msgcat, counted by translate-toolkit's pocount, filled by the
 * gettext tools and imported; and PO as editors and msgmerge shape it.
 */
#include <stdlib.h>
#include <string.h>

#include "sw-validate.h"
#include "translate-test-util.h"

static GBytes *
export (SwDocument *document,
        const char *language)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = sw_translation_export (document, language, SW_TRANSLATION_FORMAT_PO, &error);

  g_assert_no_error (error);
  return bytes;
}

static SwTranslationReport *
import (SwDocument *document,
        GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  SwTranslationReport *report = sw_translation_import (document, bytes, "es.po", &error);

  g_assert_no_error (error);
  return report;
}

static const char *
text_of (SwDocument *document,
         const char *id,
         const char *language)
{
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, id);

  return sw_text_get (sw_translation_unit_get_text (unit, document), language);
}

static SwTranslationState
state_of (SwDocument *document,
          const char *id,
          const char *language)
{
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, id);

  return sw_translation_unit_get_state (unit, document, language);
}

/* msgfmt --check accepts the file and counts what the document counts. */
static void
test_msgfmt (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) bytes = export (document, "es");
  g_autofree char *path = tt_write_temp ("es.po", bytes);
  g_autofree char *mo = tt_temp_path ("es.mo");
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  SwTranslationCounts counts = tt_counts (document, "es");
  const char *msgfmt[] = { "msgfmt", "--check", "--statistics", "-o", mo, path, NULL };
  const char *msgunfmt[] = { "msgunfmt", mo, NULL };

  g_assert_cmpint (tt_run (msgfmt, NULL, &err), ==, 0);
  expected = g_strdup_printf ("%u translated messages, %u fuzzy translation, %u untranslated messages.",
                              counts.translated, counts.stale, counts.missing);
  g_assert_cmpstr (g_strstrip (err), ==, expected);

  /* The compiled catalog holds the current translations, keyed by unit id; not the stale one. */
  g_assert_cmpint (tt_run (msgunfmt, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "msgctxt \"digital-solidarity.title\"\n"
                                 "msgid \"Digital solidarity\"\n"
                                 "msgstr \"Solidaridad digital\"\n"));
  g_assert_null (strstr (out, "Integrar la ciberseguridad"));
  g_assert_nonnull (strstr (out, "Language: es\\n"));
}

static void
test_pocount (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) bytes = export (document, "es");
  g_autofree char *path = tt_write_temp ("count.po", bytes);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  SwTranslationCounts counts = tt_counts (document, "es");
  const char *argv[] = { "pocount", "--csv", path, NULL };

  if (!tt_have_program ("pocount"))
    {
      g_test_skip ("translate-toolkit is not installed");
      return;
    }

  g_assert_cmpint (tt_run (argv, &out, NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  /* File, translated, words, words, fuzzy, words, untranslated, … */
  fields = g_strsplit (lines[1], ",", -1);
  g_assert_cmpuint (g_strv_length (fields), >=, 7);
  g_assert_cmpint (atoi (fields[1]), ==, counts.translated);
  g_assert_cmpint (atoi (fields[4]), ==, counts.stale);
  g_assert_cmpint (atoi (fields[6]), ==, counts.missing);
}

/* msgcat rewraps every string; reading its output back changes nothing. */
static void
test_msgcat_round_trip (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwDocument) copy = tt_copy (document);
  g_autoptr(GBytes) bytes = export (document, "es");
  g_autofree char *path = tt_write_temp ("cat-in.po", bytes);
  g_autofree char *out_path = tt_temp_path ("cat-out.po");
  g_autoptr(GBytes) rewrapped = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  SwTranslationCounts counts = tt_counts (document, "es");
  const char *argv[] = { "msgcat", "--width=30", "-o", out_path, path, NULL };

  g_assert_cmpint (tt_run (argv, NULL, NULL), ==, 0);
  rewrapped = tt_read (out_path);
  g_assert_nonnull (strstr (g_bytes_get_data (rewrapped, NULL), "msgid \"\"\n\""));

  report = import (document, rewrapped);
  g_assert_cmpuint (report->n_updated, ==, 0);
  g_assert_cmpuint (report->n_unchanged, ==, counts.translated + counts.stale);
  g_assert_cmpuint (report->n_untranslated, ==, counts.missing);
  tt_assert_same (document, copy);
}

/* The gettext tools play the translator; the import makes Spanish complete. */
static void
test_fill_round_trip (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) exported = export (document, "es");
  g_autoptr(GBytes) filled = tt_fill_targets (exported, "es.po", "ES:");
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(GPtrArray) units = sw_translation_units_collect (document);
  SwHistory *history = sw_document_get_history (document);
  guint n_steps = sw_history_get_n_undo_steps (history);

  report = import (document, filled);
  g_assert_cmpuint (report->n_updated, ==, units->len);
  tt_assert_counts (document, "es", units->len, 0, 0);
  g_assert_cmpstr (text_of (document, "principle-2.title", "es"), ==,
                   "ES:Integrating security, development and innovation");
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);
}

static const char edited_po[] =
  "# A file as an editor leaves it\r\n"
  "msgid \"\"\r\n"
  "msgstr \"\"\r\n"
  "\"Project-Id-Version: whatever\\n\"\r\n"
  "\"Language: ES\\n\"\r\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\r\n"
  "\r\n"
  "#. kind: Concept\r\n"
  "#: no/such/file.c:12\r\n"
  "#| msgid \"Digital  solidarity\"\r\n"
  "msgctxt \"digital-solidarity.description\"\r\n"
  "msgid \"Working alongside partners\"\r\n"
  "msgstr \"\"\r\n"
  "\"Trabajar \\\"junto\\\" a los socios:\\n\"\r\n"
  "\"\\tmetas \\\\ compartidas\"\r\n"
  "\r\n"
  "#, fuzzy, c-format\r\n"
  "msgctxt \"principle-1.description\"\r\n"
  "msgid \"Pursue a positive picture\"\r\n"
  "msgstr \"Perseguir una imagen positiva\"\r\n"
  "\r\n"
  "msgid \"An entry of someone else's\"\r\n"
  "msgstr \"Otra cosa\"\r\n"
  "\r\n"
  "msgctxt \"aa1.title\"\r\n"
  "msgid \"One\"\r\n"
  "msgid_plural \"Many\"\r\n"
  "msgstr[0] \"Uno\"\r\n"
  "msgstr[1] \"Muchos\"\r\n"
  "\r\n"
  "#~ msgctxt \"aa2.title\"\r\n"
  "#~ msgid \"Obsolete\"\r\n"
  "#~ msgstr \"Obsoleto\"\r\n";

/* What Poedit and msgmerge leave: CRLF, other comments, previous msgids, plurals, obsolete entries. */
static void
test_editor_files (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) bytes = tt_bytes (edited_po);
  g_autoptr(SwTranslationReport) report = import (document, bytes);
  g_autofree char *report_text = sw_translation_report_to_string (report);

  g_assert_cmpstr (report->language, ==, "es");
  g_assert_cmpuint (report->n_updated, ==, 2);
  /* The entry without msgctxt and the plural entry are no units of the strategy. */
  g_assert_cmpuint (report->n_unknown, ==, 2);
  g_assert_null (text_of (document, "aa2.title", "es"));
  g_assert_null (text_of (document, "aa1.title", "es"));

  /* Continuation lines and escapes, read as msgfmt reads them. */
  g_assert_cmpstr (text_of (document, "digital-solidarity.description", "es"), ==,
                   "Trabajar \"junto\" a los socios:\n\tmetas \\ compartidas");
  /* The file had no fingerprint and a shortened source: the translation is kept, stale. */
  g_assert_cmpint (state_of (document, "digital-solidarity.description", "es"), ==,
                   SW_TRANSLATION_STALE);
  g_assert_cmpuint (report->n_source_changed, ==, 2);
  /* A fuzzy entry is imported to review: stale. */
  g_assert_cmpstr (text_of (document, "principle-1.description", "es"), ==,
                   "Perseguir una imagen positiva");
  g_assert_cmpint (state_of (document, "principle-1.description", "es"), ==, SW_TRANSLATION_STALE);

  g_assert_nonnull (strstr (report_text, "Updated: 2\n"));
  g_assert_nonnull (strstr (report_text, "Unknown ids, ignored: 2"));
}

/* Fuzzy means "to review" even when the source did not change: the text comes in stale. */
static void
test_fuzzy_is_stale (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, "digital-solidarity.title");
  g_autofree char *fingerprint = sw_fingerprint_compute ("Digital solidarity");
  g_autofree char *text = g_strdup_printf ("msgid \"\"\nmsgstr \"Language: es\\n\"\n\n"
                                           "#. fingerprint: %s\n#, fuzzy\n"
                                           "msgctxt \"digital-solidarity.title\"\n"
                                           "msgid \"Digital solidarity\"\n"
                                           "msgstr \"Solidaridad digital (borrador)\"\n", fingerprint);
  g_autoptr(GBytes) bytes = tt_bytes (text);
  g_autoptr(SwTranslationReport) report = NULL;

  g_assert_cmpint (sw_translation_unit_get_state (unit, document, "es"), ==, SW_TRANSLATION_TRANSLATED);
  report = import (document, bytes);
  g_assert_cmpuint (report->n_updated, ==, 1);
  g_assert_cmpuint (report->n_source_changed, ==, 0);
  g_assert_cmpint (sw_translation_unit_get_state (unit, document, "es"), ==, SW_TRANSLATION_STALE);
}

/* A PO file names its language pt_BR where the document says pt-BR. */
static void
test_language_spelling (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(GError) error = NULL;

  sw_document_add_language (document, "pt-BR", &error);
  g_assert_no_error (error);
  exported = export (document, "pt-BR");
  g_assert_nonnull (strstr (g_bytes_get_data (exported, NULL), "\"Language: pt_BR\\n\"\n"));
  g_assert_nonnull (strstr (g_bytes_get_data (exported, NULL), "nplurals=2; plural=(n > 1);"));

  bytes = tt_bytes ("msgid \"\"\nmsgstr \"Language: pt_BR\\n\"\n\n"
                    "msgctxt \"aa1.title\"\nmsgid \"x\"\nmsgstr \"Cooperação\"\n");
  report = import (document, bytes);
  g_assert_cmpstr (report->language, ==, "pt-BR");
  g_assert_cmpstr (text_of (document, "aa1.title", "pt-BR"), ==, "Cooperação");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translate/po/msgfmt", test_msgfmt);
  g_test_add_func ("/translate/po/pocount", test_pocount);
  g_test_add_func ("/translate/po/msgcat", test_msgcat_round_trip);
  g_test_add_func ("/translate/po/fill", test_fill_round_trip);
  g_test_add_func ("/translate/po/editor-files", test_editor_files);
  g_test_add_func ("/translate/po/fuzzy", test_fuzzy_is_stale);
  g_test_add_func ("/translate/po/language-spelling", test_language_spelling);

  return g_test_run ();
}
