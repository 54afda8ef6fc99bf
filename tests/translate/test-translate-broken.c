/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Files that must not be imported: each is refused with a message that names
 * the file (and the line, where there is one), and the document is left
 * exactly as it was, history included.
 */
#include <string.h>

#include "translate-test-util.h"

typedef struct
{
  SwDocument *document;
  SwDocument *copy;
  guint       n_steps;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = tt_load_sample ();
  fixture->copy = tt_copy (fixture->document);
  fixture->n_steps = sw_history_get_n_undo_steps (sw_document_get_history (fixture->document));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->copy);
}

/* Imports @bytes, expects @code and a message starting with @where; checks nothing changed. */
static void
assert_refused (Fixture            *fixture,
                GBytes             *bytes,
                const char         *name,
                SwTranslationError  code,
                const char         *where,
                const char         *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwTranslationReport) report = sw_translation_import (fixture->document, bytes, name, &error);

  g_assert_null (report);
  g_assert_error (error, SW_TRANSLATION_ERROR, (int) code);
  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, where))
    g_error ("“%s” does not start with “%s”", error->message, where);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);

  tt_assert_same (fixture->document, fixture->copy);
  g_assert_cmpuint (sw_history_get_n_undo_steps (sw_document_get_history (fixture->document)), ==,
                    fixture->n_steps);
}

static void
refuse_text (Fixture            *fixture,
             const char         *text,
             const char         *name,
             SwTranslationError  code,
             const char         *where,
             const char         *words)
{
  g_autoptr(GBytes) bytes = tt_bytes (text);

  assert_refused (fixture, bytes, name, code, where, words);
}

/* A valid PO file of the sample with one line replaced, so the error is that line's only. */
static GBytes *
po_with_line (SwDocument *document,
              const char *line,
              guint      *line_number)
{
  g_autoptr(GBytes) exported = sw_translation_export (document, "fr", SW_TRANSLATION_FORMAT_PO, NULL);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (exported, NULL), "\n", -1);
  g_autofree char *joined = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], "msgid \"Digital solidarity\""))
      {
        g_free (lines[i]);
        lines[i] = g_strdup (line);
        *line_number = i + 1;
        break;
      }

  joined = g_strjoinv ("\n", lines);
  return tt_bytes (joined);
}

static void
test_unterminated_po_string (Fixture       *fixture,
                             gconstpointer  data)
{
  guint line = 0;
  g_autoptr(GBytes) bytes = po_with_line (fixture->document, "msgid \"Digital solidarity", &line);
  g_autofree char *where = g_strdup_printf ("broken.po:%u: ", line);

  g_assert_cmpuint (line, >, 1);
  assert_refused (fixture, bytes, "broken.po", SW_TRANSLATION_ERROR_SYNTAX, where, "not terminated");
}

static void
test_broken_po_entries (Fixture       *fixture,
                        gconstpointer  data)
{
  guint line = 0;
  g_autoptr(GBytes) escape = po_with_line (fixture->document, "msgid \"Digital \\q solidarity\"", &line);
  g_autofree char *where = g_strdup_printf ("escape.po:%u: ", line);

  assert_refused (fixture, escape, "escape.po", SW_TRANSLATION_ERROR_SYNTAX, where, "\\q");

  refuse_text (fixture, "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"aa1.title\"\nmsgid \"x\"\n",
               "nostr.po", SW_TRANSLATION_ERROR_SYNTAX, "nostr.po:4: ", "msgstr");
  refuse_text (fixture, "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nhello world\n",
               "garbage.po", SW_TRANSLATION_ERROR_SYNTAX, "garbage.po:4: ", NULL);
  refuse_text (fixture, "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\"continued\" trailing\n",
               "trailing.po", SW_TRANSLATION_ERROR_SYNTAX, "trailing.po:3: ", NULL);
  refuse_text (fixture, "msgctxt \"aa1.title\"\nmsgid \"x\"\nmsgstr \"y\"\n",
               "noheader.po", SW_TRANSLATION_ERROR_WRONG_LANGUAGE, "noheader.po: ", "Language");
  refuse_text (fixture, "msgid \"\"\nmsgstr \"Language: fr\\nContent-Type: text/plain; charset=ISO-8859-1\\n\"\n",
               "latin1.po", SW_TRANSLATION_ERROR_UNSUPPORTED, "latin1.po:1: ", "ISO-8859-1");
  refuse_text (fixture, "", "empty.po", SW_TRANSLATION_ERROR_SYNTAX, "empty.po: ", "empty");
  refuse_text (fixture, "\xEF\xBB\xBF \n\n", "blank.xlf", SW_TRANSLATION_ERROR_SYNTAX, "blank.xlf: ", "empty");
}

static void
test_malformed_xml (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GBytes) exported = sw_translation_export (fixture->document, "fr", SW_TRANSLATION_FORMAT_XLIFF,
                                                      NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  char *close = strstr (text, "</source>");
  guint line = 1;
  g_autofree char *where = NULL;

  /* An end tag that does not match its start tag. */
  memcpy (close, "</sourcX>", strlen ("</sourcX>"));
  for (const char *p = text; p < close; p++)
    if (*p == '\n')
      line++;
  where = g_strdup_printf ("broken.xlf:%u: ", line);
  refuse_text (fixture, text, "broken.xlf", SW_TRANSLATION_ERROR_SYNTAX, where, "not well-formed");

  /* Cut in the middle. */
  g_free (text);
  text = g_strndup (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported) / 2);
  refuse_text (fixture, text, "cut.xlf", SW_TRANSLATION_ERROR_SYNTAX, "cut.xlf:", "not well-formed");

  /* An entity declared in a DTD is never expanded. */
  refuse_text (fixture,
               "<?xml version='1.0'?>\n<!DOCTYPE xliff [<!ENTITY boom 'aaaaaaaaaa'>]>\n"
               "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='en' trgLang='fr'>\n"
               "<file id='f'><unit id='aa1.title'><segment state='translated'><source>x</source>"
               "<target>&boom;</target></segment></unit></file></xliff>\n",
               "entity.xlf", SW_TRANSLATION_ERROR_SYNTAX, "entity.xlf:4: ", "boom");
}

static void
test_random_bytes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240506);
  guint8 noise[4096];
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_rand_int_range (rand, 0, 256);
  bytes = g_bytes_new (noise, sizeof noise);

  assert_refused (fixture, bytes, "noise.bin", SW_TRANSLATION_ERROR_NOT_TEXT, "noise.bin:", "not a text file");
}

static void
test_xliff_12 (Fixture       *fixture,
               gconstpointer  data)
{
  refuse_text (fixture,
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
               "  <file original=\"strategy\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\">\n"
               "    <body>\n"
               "      <trans-unit id=\"aa1.title\"><source>x</source><target>y</target></trans-unit>\n"
               "    </body>\n"
               "  </file>\n"
               "</xliff>\n",
               "old.xlf", SW_TRANSLATION_ERROR_UNSUPPORTED, "old.xlf:2: ", "XLIFF 1.2");

  refuse_text (fixture, "<?xml version='1.0'?>\n<html><body/></html>\n",
               "page.xlf", SW_TRANSLATION_ERROR_UNSUPPORTED, "page.xlf:2: ", "<html>");
}

/* A file exported from another strategy, even one with the same ids. */
static void
test_other_document (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) exported = sw_translation_export (fixture->document, "fr", SW_TRANSLATION_FORMAT_PO,
                                                      NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  char *created = strstr (text, "X-Strategy-Document: 2024");

  memcpy (created, "X-Strategy-Document: 2019", strlen ("X-Strategy-Document: 2019"));
  refuse_text (fixture, text, "other.po", SW_TRANSLATION_ERROR_OTHER_DOCUMENT, "other.po: ",
               "United States International Cyberspace & Digital Policy Strategy");

  /* Without an identity, a file none of whose ids the document has. */
  refuse_text (fixture,
               "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='en' trgLang='fr'>\n"
               "<file id='f'>\n"
               "<unit id='n1.title'><segment state='translated'><source>x</source><target>y</target></segment></unit>\n"
               "<unit id='n2.title'><segment state='translated'><source>x</source><target>y</target></segment></unit>\n"
               "</file></xliff>\n",
               "foreign.xlf", SW_TRANSLATION_ERROR_OTHER_DOCUMENT, "foreign.xlf: ", "none of its 2 units");
}

static void
test_wrong_language (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) exported = sw_translation_export (fixture->document, "fr", SW_TRANSLATION_FORMAT_XLIFF,
                                                      NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  g_autoptr(GError) error = NULL;

  memcpy (strstr (text, "trgLang=\"fr\""), "trgLang=\"de\"", strlen ("trgLang=\"de\""));
  refuse_text (fixture, text, "de.xlf", SW_TRANSLATION_ERROR_WRONG_LANGUAGE, "de.xlf:2: ", "“de”");

  /* The source language is no target language. */
  memcpy (strstr (text, "trgLang=\"de\""), "trgLang=\"en\"", strlen ("trgLang=\"en\""));
  refuse_text (fixture, text, "en.xlf", SW_TRANSLATION_ERROR_WRONG_LANGUAGE, "en.xlf:2: ", "“en”");

  refuse_text (fixture, "msgid \"\"\nmsgstr \"Language: it\\n\"\n", "it.po",
               SW_TRANSLATION_ERROR_WRONG_LANGUAGE, "it.po:1: ", "fr, es");

  /* Exporting a language the document does not have fails too. */
  g_assert_null (sw_translation_export (fixture->document, "de", SW_TRANSLATION_FORMAT_PO, &error));
  g_assert_error (error, SW_TRANSLATION_ERROR, SW_TRANSLATION_ERROR_WRONG_LANGUAGE);
}

static void
test_duplicate_unit (Fixture       *fixture,
                     gconstpointer  data)
{
  refuse_text (fixture,
               "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n"
               "msgctxt \"aa1.title\"\nmsgid \"x\"\nmsgstr \"a\"\n\n"
               "msgctxt \"aa1.title\"\nmsgid \"x\"\nmsgstr \"b\"\n",
               "twice.po", SW_TRANSLATION_ERROR_DUPLICATE, "twice.po:8: ", "line 4");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/translate/broken/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("unterminated-po-string", test_unterminated_po_string);
  ADD ("po-entries", test_broken_po_entries);
  ADD ("malformed-xml", test_malformed_xml);
  ADD ("random-bytes", test_random_bytes);
  ADD ("xliff-1.2", test_xliff_12);
  ADD ("other-document", test_other_document);
  ADD ("wrong-language", test_wrong_language);
  ADD ("duplicate-unit", test_duplicate_unit);

  return g_test_run ();
}
