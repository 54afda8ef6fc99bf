/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Exchanging a strategy's texts with translators: the entry points of the
 * XLIFF 2.0 and PO writers and readers, and what they share (the document's
 * identity, the notes that give each unit its context, errors that name the
 * file and the line).
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-translation-file-private.h"

G_DEFINE_QUARK (sw-translation-error-quark, sw_translation_error)

gboolean
sw_translation_format_from_string (const char          *name,
                                   SwTranslationFormat *format)
{
  if (g_strcmp0 (name, "xliff") == 0)
    *format = SW_TRANSLATION_FORMAT_XLIFF;
  else if (g_strcmp0 (name, "po") == 0)
    *format = SW_TRANSLATION_FORMAT_PO;
  else
    return FALSE;

  return TRUE;
}

const char *
sw_translation_format_get_extension (SwTranslationFormat format)
{
  return format == SW_TRANSLATION_FORMAT_PO ? "po" : "xlf";
}

/**
 * sw_translation_export:
 * @language: a target language of @document
 *
 * Returns: (transfer full) (nullable): every unit of @document with its
 *   @language text, as an XLIFF 2.0 or PO file.
 */
GBytes *
sw_translation_export (SwDocument           *document,
                       const char           *language,
                       SwTranslationFormat   format,
                       GError              **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  if (language == NULL || !sw_document_has_language (document, language)
      || g_str_equal (language, sw_document_get_source_language (document)))
    {
      g_set_error (error, SW_TRANSLATION_ERROR, SW_TRANSLATION_ERROR_WRONG_LANGUAGE,
                   _("“%s” is not a target language of this strategy"), language ? language : "");
      return NULL;
    }

  units = sw_translation_units_collect (document);
  if (format == SW_TRANSLATION_FORMAT_PO)
    return _sw_po_write (document, units, language);

  return _sw_xliff_write (document, units, language);
}

/*
 * What tells one strategy from another in an exchange file: the time it was
 * created, which editing never changes (a title does).  NULL for a new
 * document not yet saved.
 */
char *
_sw_translation_document_id (SwDocument *document)
{
  return g_strdup (sw_document_get_created (document));
}

/* The date a PO file carries: the document's last change, so one document always exports the same file. */
char *
_sw_translation_timestamp (SwDocument *document)
{
  const char *modified = sw_document_get_modified_time (document);
  g_autoptr(GDateTime) time = NULL;

  if (modified != NULL)
    time = g_date_time_new_from_iso8601 (modified, NULL);
  if (time == NULL)
    time = g_date_time_new_now_utc ();

  return g_date_time_format (time, "%Y-%m-%d %H:%M%z");
}

static void
note_free (gpointer data)
{
  SwTranslationNote *note = data;

  g_free (note->text);
  g_free (note);
}

static void
add_note (GPtrArray  *notes,
          const char *category,
          const char *text)
{
  SwTranslationNote *note = g_new0 (SwTranslationNote, 1);

  note->category = category;
  /* Notes are one line in PO comments; titles hardly ever hold a line break anyway. */
  note->text = g_strdelimit (g_strdup (text), "\r\n", ' ');
  g_ptr_array_add (notes, note);
}

/**
 * _sw_translation_unit_notes:
 *
 * Returns: (transfer full) (element-type SwTranslationNote): the context of
 *   @unit in the source language, as notes for translators.
 */
GPtrArray *
_sw_translation_unit_notes (SwTranslationUnit *unit,
                            SwDocument        *document)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func (note_free);
  gpointer target = sw_translation_unit_get_target (unit);
  g_autoptr(SwUnitContext) context = NULL;
  g_autoptr(GPtrArray) parents = NULL;

  /* Nodes are most units: their notes are built directly, without the children and links. */
  if (sw_translation_unit_get_element (unit) != SW_UNIT_NODE)
    {
      context = sw_translation_unit_get_context (unit, document, NULL);
      add_note (notes, "kind", context->kind);
      if (context->links->len > 0)
        add_note (notes, "link", context->links->pdata[0]);
      return notes;
    }

  add_note (notes, "kind", sw_document_get_kind_label (document, sw_node_get_kind (target), NULL));
  if (sw_translation_unit_get_field (unit) != SW_FIELD_TITLE)
    add_note (notes, "title", sw_document_get_node_title (document, target, NULL));
  parents = sw_document_get_parents (document, target, NULL);
  for (guint i = 0; i < parents->len; i++)
    add_note (notes, "parent", sw_document_get_node_title (document, parents->pdata[i], NULL));

  return notes;
}

static void
entry_free (gpointer data)
{
  SwTranslationEntry *entry = data;

  g_free (entry->id);
  g_free (entry->source);
  g_free (entry->target);
  g_free (entry->fingerprint);
  g_free (entry);
}

SwTranslationFile *
_sw_translation_file_new (SwTranslationFormat  format,
                          const char          *display_name)
{
  SwTranslationFile *file = g_new0 (SwTranslationFile, 1);

  file->format = format;
  file->display_name = g_strdup (display_name);
  file->entries = g_ptr_array_new_with_free_func (entry_free);
  return file;
}

void
_sw_translation_file_free (SwTranslationFile *file)
{
  if (file == NULL)
    return;

  g_ptr_array_unref (file->entries);
  g_free (file->display_name);
  g_free (file->source_language);
  g_free (file->target_language);
  g_free (file->document_id);
  g_free (file->document_title);
  g_free (file);
}

SwTranslationEntry *
_sw_translation_file_add_entry (SwTranslationFile *file,
                                guint              line)
{
  SwTranslationEntry *entry = g_new0 (SwTranslationEntry, 1);

  entry->line = line;
  g_ptr_array_add (file->entries, entry);
  return entry;
}

/* Errors read "FILE:LINE: message", as compilers write them, so editors can jump there. */
void
_sw_translation_set_error (GError             **error,
                           SwTranslationError   code,
                           const char          *display_name,
                           guint                line,
                           const char          *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, SW_TRANSLATION_ERROR, code, "%s:%u: %s", display_name, line, message);
  else
    g_set_error (error, SW_TRANSLATION_ERROR, code, "%s: %s", display_name, message);
}
