/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writing XLIFF 2.0 (OASIS, 2014) for one target language.
 *
 * Each unit carries its context as notes and the fingerprint of its source
 * text in the Metadata module (<mda:metadata>), which XLIFF 2 tools must keep
 * untouched; the import reads it back to tell whether the source changed
 * since the export.  The document's identity sits in the same module on
 * <file>.  A stale translation goes out as state="initial" with its old
 * target, so the translator sees it and revises it.
 *
 * The file is built in a GString rather than with an XML library: its shape
 * is fixed and small, and the escaping below does what XML 1.0 needs and
 * g_markup_escape_text does not (carriage returns and control characters).
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <string.h>

#include "sw-translation-file-private.h"
#include "sw-validate.h"

/*
 * Appends @text escaped for XML 1.0 content or attribute values.  A
 * carriage return would be read back as a line feed, and tabs and line feeds
 * in attributes as spaces, so they become character references.  Control
 * characters XML 1.0 cannot hold at all become U+FFFD.
 */
static void
append_escaped (GString    *out,
                const char *text)
{
  const char *run = text;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *replacement;

      switch (c)
        {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = "&quot;"; break;
        case '\r': replacement = "&#13;"; break;
        case '\n': replacement = "&#10;"; break;
        case '\t': replacement = "&#9;"; break;
        default:
          replacement = c < 0x20 ? "\xEF\xBF\xBD" : NULL;
          break;
        }

      if (replacement == NULL)
        continue;

      g_string_append_len (out, run, p - run);
      g_string_append (out, replacement);
      run = p + 1;
    }

  g_string_append_len (out, run, p - run);
}

/* Text content keeps line feeds and tabs as they are, so the file stays readable. */
static void
append_text (GString    *out,
             const char *text)
{
  const char *line = text;
  const char *end;

  while ((end = strpbrk (line, "\n\t")) != NULL)
    {
      g_autofree char *part = g_strndup (line, end - line);

      append_escaped (out, part);
      g_string_append_c (out, *end);
      line = end + 1;
    }
  append_escaped (out, line);
}

static void
append_element (GString    *out,
                const char *indent,
                const char *open,
                const char *close,
                const char *text)
{
  g_string_append (out, indent);
  g_string_append (out, open);
  append_text (out, text);
  g_string_append (out, close);
}

static void
write_file_metadata (GString    *out,
                     SwDocument *document)
{
  g_autofree char *document_id = _sw_translation_document_id (document);
  const char *title = sw_text_get (sw_document_get_title (document),
                                   sw_document_get_source_language (document));

  g_string_append (out, "    <mda:metadata>\n"
                        "      <mda:metaGroup category=\"strategy-workbench\">\n");
  if (document_id != NULL)
    append_element (out, "        ", "<mda:meta type=\"document\">", "</mda:meta>\n", document_id);
  if (title != NULL)
    append_element (out, "        ", "<mda:meta type=\"title\">", "</mda:meta>\n", title);
  if (sw_document_get_edition (document) != NULL)
    append_element (out, "        ", "<mda:meta type=\"edition\">", "</mda:meta>\n",
                    sw_document_get_edition (document));
  g_string_append (out, "      </mda:metaGroup>\n"
                        "    </mda:metadata>\n");
}

static void
write_unit (GString           *out,
            SwDocument        *document,
            SwTranslationUnit *unit,
            const char        *language,
            const char        *directions)
{
  const SwText *text = sw_translation_unit_get_text (unit, document);
  const char *source = sw_translation_unit_get_source (unit, document);
  const char *target = sw_text_get (text, language);
  g_autofree char *fingerprint = sw_fingerprint_compute (source);
  g_autoptr(GPtrArray) notes = _sw_translation_unit_notes (unit, document);
  SwTranslationState state = sw_text_get_state (text, language,
                                                sw_document_get_source_language (document));

  g_string_append (out, "    <unit id=\"");
  append_escaped (out, sw_translation_unit_get_id (unit));
  g_string_append_printf (out, "\"%s>\n", directions);

  g_string_append (out, "      <mda:metadata>\n"
                        "        <mda:metaGroup category=\"source\">\n");
  append_element (out, "          ", "<mda:meta type=\"fingerprint\">", "</mda:meta>\n", fingerprint);
  g_string_append (out, "        </mda:metaGroup>\n"
                        "      </mda:metadata>\n");

  g_string_append (out, "      <notes>\n");
  for (guint i = 0; i < notes->len; i++)
    {
      SwTranslationNote *note = notes->pdata[i];

      g_string_append_printf (out, "        <note category=\"%s\">", note->category);
      append_text (out, note->text);
      g_string_append (out, "</note>\n");
    }
  g_string_append (out, "      </notes>\n");

  g_string_append_printf (out, "      <segment state=\"%s\">\n",
                          state == SW_TRANSLATION_TRANSLATED ? "translated" : "initial");
  append_element (out, "        ", "<source>", "</source>\n", source);
  if (target != NULL)
    append_element (out, "        ", "<target>", "</target>\n", target);
  g_string_append (out, "      </segment>\n"
                        "    </unit>\n");
}

GBytes *
_sw_xliff_write (SwDocument *document,
                 GPtrArray  *units,
                 const char *language)
{
  GString *out = g_string_sized_new (4096 + units->len * 600);
  const char *source_language = sw_document_get_source_language (document);
  g_autofree char *directions = NULL;

  directions = g_strdup_printf ("%s%s",
                                sw_language_tag_is_rtl (source_language) ? " srcDir=\"rtl\"" : "",
                                sw_language_tag_is_rtl (language) ? " trgDir=\"rtl\"" : "");

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<xliff xmlns=\"" SW_XLIFF_NS_20 "\" xmlns:mda=\"" SW_XLIFF_NS_MDA "\""
                        " version=\"2.0\" srcLang=\"");
  append_escaped (out, source_language);
  g_string_append (out, "\" trgLang=\"");
  append_escaped (out, language);
  /* Leading and trailing spaces and line breaks are part of the texts. */
  g_string_append (out, "\">\n  <file id=\"strategy\" xml:space=\"preserve\">\n");

  write_file_metadata (out, document);
  for (guint i = 0; i < units->len; i++)
    write_unit (out, document, units->pdata[i], language, directions);

  g_string_append (out, "  </file>\n</xliff>\n");

  return g_string_free_to_bytes (out);
}
