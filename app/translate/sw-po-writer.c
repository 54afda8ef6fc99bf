/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writing gettext PO for one target language, for Poedit, GNOME Translation
 * Editor and Weblate.
 *
 * msgctxt holds the unit id, so two equal titles stay two entries and the
 * import finds each unit again.  Context for the translator and the
 * fingerprint of the source text go in extracted comments ("#."), which
 * editors show and keep; a stale translation is marked fuzzy.  The header
 * names the source language and the document with fields of our own, which
 * gettext tools carry along.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <string.h>

#include "sw-translation-file-private.h"
#include "sw-validate.h"

/*
 * Plural-Forms for the languages strategies are most often translated into;
 * the texts have no plurals, but editors and msgfmt want the header right.
 */
static const struct
{
  const char *language;
  const char *forms;
} plural_forms[] = {
  { "ar", "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
          "n%100>=11 ? 4 : 5);" },
  { "cs", "nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);" },
  { "fr", "nplurals=2; plural=(n > 1);" },
  { "id", "nplurals=1; plural=0;" },
  { "ja", "nplurals=1; plural=0;" },
  { "ko", "nplurals=1; plural=0;" },
  { "pl", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
  { "pt-br", "nplurals=2; plural=(n > 1);" },
  { "ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);" },
  { "sk", "nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);" },
  { "th", "nplurals=1; plural=0;" },
  { "tr", "nplurals=2; plural=(n != 1);" },
  { "uk", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);" },
  { "vi", "nplurals=1; plural=0;" },
  { "zh", "nplurals=1; plural=0;" },
};

static const char *
get_plural_forms (const char *language)
{
  g_autofree char *lower = g_ascii_strdown (language, -1);
  g_autofree char *primary = g_strndup (lower, strcspn (lower, "-_"));

  for (guint i = 0; i < G_N_ELEMENTS (plural_forms); i++)
    if (g_str_equal (plural_forms[i].language, lower))
      return plural_forms[i].forms;
  for (guint i = 0; i < G_N_ELEMENTS (plural_forms); i++)
    if (g_str_equal (plural_forms[i].language, primary))
      return plural_forms[i].forms;

  return "nplurals=2; plural=(n != 1);";
}

/* Appends @text as the body of a C string, as gettext writes it. */
static void
append_c_string (GString    *out,
                 const char *text,
                 gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\%03o", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
}

/* A text with inner line breaks goes on several lines, one per line of text, like msgcat writes it. */
static void
append_keyword (GString    *out,
                const char *keyword,
                const char *text)
{
  const char *newline = strchr (text, '\n');

  g_string_append (out, keyword);
  if (newline == NULL || newline[1] == '\0')
    {
      g_string_append (out, " \"");
      append_c_string (out, text, strlen (text));
      g_string_append (out, "\"\n");
      return;
    }

  g_string_append (out, " \"\"\n");
  while (*text != '\0')
    {
      const char *end = strchr (text, '\n');
      gsize length = end ? (gsize) (end - text) + 1 : strlen (text);

      g_string_append_c (out, '"');
      append_c_string (out, text, length);
      g_string_append (out, "\"\n");
      text += length;
    }
}

static void
append_header_field (GString    *header,
                     const char *name,
                     const char *value)
{
  g_autofree char *line = g_strdelimit (g_strdup (value ? value : ""), "\r\n", ' ');

  g_string_append_printf (header, "%s: %s\n", name, line);
}

static void
write_header (GString    *out,
              SwDocument *document,
              const char *language)
{
  const char *source_language = sw_document_get_source_language (document);
  const char *title = sw_text_get (sw_document_get_title (document), source_language);
  const char *edition = sw_document_get_edition (document);
  g_autofree char *document_id = _sw_translation_document_id (document);
  g_autofree char *timestamp = _sw_translation_timestamp (document);
  g_autofree char *po_language = g_strdelimit (g_strdup (language), "-", '_');
  g_autofree char *project = NULL;
  g_autofree char *comment = NULL;
  g_autoptr(GString) header = g_string_new (NULL);

  if (title == NULL || title[0] == '\0')
    title = "Strategy";
  project = edition ? g_strdup_printf ("%s %s", title, edition) : g_strdup (title);

  comment = g_strdelimit (g_strdup (project), "\r\n", ' ');
  g_string_append_printf (out, "# %s\n# Exported by Strategy Workbench " PACKAGE_VERSION
                               "; import the translated file into the same strategy.\n#\n", comment);

  append_header_field (header, "Project-Id-Version", project);
  append_header_field (header, "POT-Creation-Date", timestamp);
  append_header_field (header, "PO-Revision-Date", timestamp);
  append_header_field (header, "Last-Translator", "");
  append_header_field (header, "Language-Team", "");
  append_header_field (header, "Language", po_language);
  append_header_field (header, "MIME-Version", "1.0");
  append_header_field (header, "Content-Type", "text/plain; charset=UTF-8");
  append_header_field (header, "Content-Transfer-Encoding", "8bit");
  append_header_field (header, "Plural-Forms", get_plural_forms (language));
  append_header_field (header, "X-Generator", "Strategy Workbench " PACKAGE_VERSION);
  append_header_field (header, SW_PO_SOURCE_LANGUAGE, source_language);
  if (document_id != NULL)
    append_header_field (header, SW_PO_DOCUMENT, document_id);

  append_keyword (out, "msgid", "");
  append_keyword (out, "msgstr", header->str);
}

static void
write_entry (GString           *out,
             SwDocument        *document,
             SwTranslationUnit *unit,
             const char        *language)
{
  const SwText *text = sw_translation_unit_get_text (unit, document);
  const char *source = sw_translation_unit_get_source (unit, document);
  const char *target = sw_text_get (text, language);
  g_autofree char *fingerprint = sw_fingerprint_compute (source);
  g_autoptr(GPtrArray) notes = _sw_translation_unit_notes (unit, document);

  g_string_append_c (out, '\n');
  for (guint i = 0; i < notes->len; i++)
    {
      SwTranslationNote *note = notes->pdata[i];

      g_string_append_printf (out, "#. %s: %s\n", note->category, note->text);
    }
  g_string_append_printf (out, "#. " SW_PO_FINGERPRINT "%s\n", fingerprint);
  if (sw_text_get_state (text, language, sw_document_get_source_language (document))
      == SW_TRANSLATION_STALE)
    g_string_append (out, "#, fuzzy\n");

  append_keyword (out, "msgctxt", sw_translation_unit_get_id (unit));
  append_keyword (out, "msgid", source);
  append_keyword (out, "msgstr", target ? target : "");
}

GBytes *
_sw_po_write (SwDocument *document,
              GPtrArray  *units,
              const char *language)
{
  GString *out = g_string_sized_new (4096 + units->len * 400);

  write_header (out, document, language);
  for (guint i = 0; i < units->len; i++)
    write_entry (out, document, units->pdata[i], language);

  return g_string_free_to_bytes (out);
}
