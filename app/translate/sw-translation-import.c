/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Importing a translated XLIFF or PO file into the document it was exported
 * from.
 *
 * The whole file is read and checked before anything changes: the language
 * must be a target language of the document, the file must come from this
 * document, and every unit id may appear once.  Then the texts go in as one
 * undo step.  Each imported translation records the fingerprint of the
 * source it was made from (the one the export wrote), not the current one,
 * so a translation of a source that changed since the export comes in stale
 * and is never silently taken as current.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-translation-file-private.h"
#include "sw-validate.h"

/* How many ids a report lists by name before it only counts them. */
#define MAX_LISTED_IDS 10

static gboolean
check_text (const char  *data,
            gsize        size,
            const char  *display_name,
            GError     **error)
{
  const char *end = NULL;
  guint line = 1;

  if (size > SW_TRANSLATION_MAX_FILE_SIZE)
    {
      _sw_translation_set_error (error, SW_TRANSLATION_ERROR_NOT_TEXT, display_name, 0,
                                 _("the file is too large to be a translation"));
      return FALSE;
    }

  if (g_utf8_validate_len (data, size, &end) && memchr (data, '\0', size) == NULL)
    return TRUE;

  if (end == NULL || (gsize) (end - data) == size)
    end = memchr (data, '\0', size);
  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      line++;

  _sw_translation_set_error (error, SW_TRANSLATION_ERROR_NOT_TEXT, display_name, line,
                             _("this is not a text file in UTF-8: a translation file is XLIFF 2.0 "
                               "or PO"));
  return FALSE;
}

static SwTranslationFile *
parse (GBytes      *bytes,
       const char  *display_name,
       GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (data == NULL)
    data = "";
  if (!check_text (data, size, display_name, error))
    return NULL;

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  /* XML starts with a tag; PO with a comment or a keyword. */
  for (gsize i = 0; i < size; i++)
    {
      if (g_ascii_isspace (data[i]))
        continue;
      if (data[i] == '<')
        return _sw_xliff_read (data, size, display_name, error);
      return _sw_po_read (data, size, display_name, error);
    }

  _sw_translation_set_error (error, SW_TRANSLATION_ERROR_SYNTAX, display_name, 0,
                             _("the file is empty"));
  return NULL;
}

/* BCP 47 tags compare without case; PO headers write "pt_BR" for "pt-BR". */
static gboolean
languages_equal (const char *a,
                 const char *b)
{
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;

  na = g_strdelimit (g_ascii_strdown (a, -1), "_", '-');
  nb = g_strdelimit (g_ascii_strdown (b, -1), "_", '-');
  return g_str_equal (na, nb);
}

/* Returns: (nullable): the document's own spelling of the file's target language. */
static const char *
check_languages (SwDocument        *document,
                 SwTranslationFile *file,
                 GError           **error)
{
  const char * const *languages = sw_document_get_languages (document);
  const char *source = sw_document_get_source_language (document);
  g_autofree char *list = NULL;

  if (file->source_language != NULL && !languages_equal (file->source_language, source))
    {
      _sw_translation_set_error (error, SW_TRANSLATION_ERROR_WRONG_LANGUAGE, file->display_name,
                                 file->language_line,
                                 _("the file translates from “%s”, but the strategy is written "
                                   "in “%s”"), file->source_language, source);
      return NULL;
    }

  for (guint i = 0; languages[i] != NULL; i++)
    if (languages_equal (languages[i], file->target_language) && !g_str_equal (languages[i], source))
      return languages[i];

  list = g_strjoinv (", ", (char **) languages);
  _sw_translation_set_error (error, SW_TRANSLATION_ERROR_WRONG_LANGUAGE, file->display_name,
                             file->language_line,
                             _("the file is in “%s”, which is not a target language of the "
                               "strategy (%s); add the language first"),
                             file->target_language, list[0] ? list : _("none"));
  return NULL;
}

/* A file made from another strategy would put its texts on whatever ids happen to match. */
static gboolean
check_document (SwDocument        *document,
                SwTranslationFile *file,
                GHashTable        *units,
                GError           **error)
{
  g_autofree char *document_id = _sw_translation_document_id (document);
  guint n_known = 0;
  guint n_ids = 0;

  if (file->document_id != NULL && document_id != NULL
      && !g_str_equal (file->document_id, document_id))
    {
      _sw_translation_set_error (error, SW_TRANSLATION_ERROR_OTHER_DOCUMENT, file->display_name, 0,
                                 _("the file was exported from another strategy, “%s” (created %s)"),
                                 file->document_title ? file->document_title : _("Untitled"),
                                 file->document_id);
      return FALSE;
    }

  for (guint i = 0; i < file->entries->len; i++)
    {
      SwTranslationEntry *entry = file->entries->pdata[i];

      if (entry->id == NULL)
        continue;
      n_ids++;
      if (g_hash_table_contains (units, entry->id))
        n_known++;
    }

  if (n_ids > 0 && n_known == 0)
    {
      _sw_translation_set_error (error, SW_TRANSLATION_ERROR_OTHER_DOCUMENT, file->display_name, 0,
                                 _("none of its %u units belongs to this strategy: it was exported "
                                   "from another one"), n_ids);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_duplicates (SwTranslationFile *file,
                  GError           **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < file->entries->len; i++)
    {
      SwTranslationEntry *entry = file->entries->pdata[i];
      SwTranslationEntry *first;

      if (entry->id == NULL)
        continue;

      first = g_hash_table_lookup (seen, entry->id);
      if (first != NULL)
        {
          _sw_translation_set_error (error, SW_TRANSLATION_ERROR_DUPLICATE, file->display_name,
                                     entry->line, _("the unit “%s” appears a second time (first on "
                                                    "line %u)"), entry->id, first->line);
          return FALSE;
        }
      g_hash_table_insert (seen, entry->id, entry);
    }

  return TRUE;
}

static void
list_id (GPtrArray  *ids,
         const char *id)
{
  if (ids->len < MAX_LISTED_IDS)
    g_ptr_array_add (ids, g_strdup (id));
}

/*
 * The fingerprint an imported text records.  A translation the translator
 * marked done was made from the source the file carries: its fingerprint.
 * One still to review (XLIFF "initial", PO fuzzy) must come in stale, so it
 * keeps an outdated fingerprint: the one it had, or none.
 */
static const char *
imported_fingerprint (SwTranslationEntry *entry,
                      const char         *file_fingerprint,
                      const char         *old_fingerprint,
                      const char         *current)
{
  if (!entry->needs_review)
    return file_fingerprint;
  if (g_strcmp0 (file_fingerprint, current) != 0)
    return file_fingerprint;
  if (old_fingerprint != NULL && g_strcmp0 (old_fingerprint, current) != 0)
    return old_fingerprint;

  return NULL;
}

static void
import_entry (SwDocument          *document,
              SwTranslationReport *report,
              SwTranslationEntry  *entry,
              SwTranslationUnit   *unit)
{
  const char *language = report->language;
  const SwText *text = sw_translation_unit_get_text (unit, document);
  const char *old_text = sw_text_get (text, language);
  const char *old_fingerprint = sw_text_get_fingerprint (text, language);
  g_autofree char *current = sw_fingerprint_compute (sw_translation_unit_get_source (unit, document));
  g_autofree char *from_source = NULL;
  const char *file_fingerprint = entry->fingerprint;
  const char *fingerprint;

  if (!sw_fingerprint_is_valid (file_fingerprint))
    file_fingerprint = from_source = sw_fingerprint_compute (entry->source);
  fingerprint = imported_fingerprint (entry, file_fingerprint, old_fingerprint, current);

  /* The same text, already current or still to review: nothing to do. */
  if (g_strcmp0 (old_text, entry->target) == 0
      && (g_strcmp0 (old_fingerprint, fingerprint) == 0 || g_strcmp0 (old_fingerprint, current) == 0
          || entry->needs_review))
    {
      report->n_unchanged++;
      return;
    }

  _sw_document_record (document,
                       _sw_change_new_text (sw_translation_unit_get_target (unit),
                                            sw_translation_unit_get_field (unit), language,
                                            old_text, old_fingerprint, entry->target, fingerprint),
                       NULL, FALSE);
  report->n_updated++;

  if (g_strcmp0 (file_fingerprint, current) != 0)
    {
      report->n_source_changed++;
      list_id (report->source_changed_ids, entry->id);
    }
}

static SwTranslationReport *
report_new (const char *language)
{
  SwTranslationReport *report = g_new0 (SwTranslationReport, 1);

  report->language = g_strdup (language);
  report->unknown_ids = g_ptr_array_new_with_free_func (g_free);
  report->source_changed_ids = g_ptr_array_new_with_free_func (g_free);
  return report;
}

/**
 * sw_translation_import:
 * @bytes: the contents of an XLIFF 2.0 or PO file
 * @display_name: the file's name as messages show it
 *
 * Sets the texts of @bytes' target language in @document, as one undo step
 * ("Import Translation").  A broken file, a file in a language the document
 * does not have, or from another document changes nothing.
 *
 * Returns: (transfer full) (nullable): what the import did, or %NULL with
 *   @error saying what is wrong and on which line.
 */
SwTranslationReport *
sw_translation_import (SwDocument  *document,
                       GBytes      *bytes,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(SwTranslationFile) file = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  const char *language;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  file = parse (bytes, display_name, error);
  if (file == NULL)
    return NULL;

  language = check_languages (document, file, error);
  if (language == NULL)
    return NULL;

  units = sw_translation_units_collect (document);
  index = sw_translation_units_index (units);
  if (!check_document (document, file, index, error) || !check_duplicates (file, error))
    return NULL;

  report = report_new (language);
  sw_document_begin_transaction (document, _("Import Translation"));
  for (guint i = 0; i < file->entries->len; i++)
    {
      SwTranslationEntry *entry = file->entries->pdata[i];
      SwTranslationUnit *unit = entry->id ? g_hash_table_lookup (index, entry->id) : NULL;

      if (unit == NULL)
        {
          report->n_unknown++;
          list_id (report->unknown_ids, entry->id ? entry->id : entry->source);
        }
      else if (entry->target == NULL)
        report->n_untranslated++;
      else
        import_entry (document, report, entry, unit);
    }
  sw_document_commit_transaction (document);

  return g_steal_pointer (&report);
}

void
sw_translation_report_free (SwTranslationReport *report)
{
  if (report == NULL)
    return;

  g_free (report->language);
  g_ptr_array_unref (report->unknown_ids);
  g_ptr_array_unref (report->source_changed_ids);
  g_free (report);
}

static void
append_ids (GString   *out,
            GPtrArray *ids,
            guint      total)
{
  if (ids->len == 0)
    return;

  g_string_append (out, " (");
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", (char *) ids->pdata[i]);
  if (total > ids->len)
    g_string_append (out, ", …");
  g_string_append_c (out, ')');
}

/* Returns: (transfer full): the report as lines a person reads, one count a line. */
char *
sw_translation_report_to_string (SwTranslationReport *report)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("Language: %s\n"), report->language);
  g_string_append_printf (out, _("Updated: %u\n"), report->n_updated);
  g_string_append_printf (out, _("Unchanged: %u\n"), report->n_unchanged);
  g_string_append_printf (out, _("Not translated in the file: %u\n"), report->n_untranslated);
  g_string_append_printf (out, _("Unknown ids, ignored: %u"), report->n_unknown);
  append_ids (out, report->unknown_ids, report->n_unknown);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Source changed since the export, imported as stale: %u"),
                          report->n_source_changed);
  append_ids (out, report->source_changed_ids, report->n_source_changed);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}
