/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading a translated PO file.
 *
 * By hand, because GLib has no PO parser and libgettextpo would be a new
 * dependency for a format this small.  It follows what msgfmt accepts:
 * comments, msgctxt, msgid and msgstr with continuation lines and C escapes;
 * obsolete entries ("#~") are skipped and plural entries are read but
 * ignored, since no text of a strategy has plurals.  The first problem stops
 * the read and names the file and the line.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-translation-file-private.h"

typedef enum
{
  FIELD_NONE,
  FIELD_MSGCTXT,
  FIELD_MSGID,
  FIELD_MSGID_PLURAL,
  FIELD_MSGSTR,
  FIELD_MSGSTR_PLURAL,
} Field;

typedef struct
{
  SwTranslationFile *file;
  const char        *name;
  guint              line;

  /* The entry being read. */
  guint              entry_line;
  Field              field;
  GString           *msgctxt;
  GString           *msgid;
  GString           *msgstr;
  gboolean           has_msgctxt;
  gboolean           has_msgid;
  gboolean           has_msgstr;
  gboolean           plural;
  gboolean           fuzzy;
  char              *fingerprint;
  gboolean           seen_header;
} Reader;

static void
reset_entry (Reader *reader)
{
  reader->field = FIELD_NONE;
  g_string_truncate (reader->msgctxt, 0);
  g_string_truncate (reader->msgid, 0);
  g_string_truncate (reader->msgstr, 0);
  reader->has_msgctxt = reader->has_msgid = reader->has_msgstr = FALSE;
  reader->plural = reader->fuzzy = FALSE;
  reader->entry_line = 0;
  g_clear_pointer (&reader->fingerprint, g_free);
}

static gboolean
fail (Reader      *reader,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Reader      *reader,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _sw_translation_set_error (error, SW_TRANSLATION_ERROR_SYNTAX, reader->name, reader->line,
                             "%s", message);
  return FALSE;
}

static char *
header_field (const char *header,
              const char *name)
{
  g_auto(GStrv) lines = g_strsplit (header, "\n", -1);
  gsize name_length = strlen (name);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_ascii_strncasecmp (lines[i], name, name_length) == 0 && lines[i][name_length] == ':')
      return g_strstrip (g_strdup (lines[i] + name_length + 1));

  return NULL;
}

static gboolean
read_header (Reader      *reader,
             const char  *header,
             GError     **error)
{
  g_autofree char *content_type = header_field (header, "Content-Type");
  g_autofree char *language = header_field (header, "Language");
  const char *charset = content_type ? strstr (content_type, "charset=") : NULL;

  reader->seen_header = TRUE;

  if (charset != NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (charset + strlen ("charset=")));

      /* "CHARSET" is what an untouched template says; the bytes were checked to be UTF-8. */
      if (g_ascii_strcasecmp (name, "UTF-8") != 0 && g_ascii_strcasecmp (name, "UTF8") != 0
          && g_strcmp0 (name, "CHARSET") != 0)
        {
          _sw_translation_set_error (error, SW_TRANSLATION_ERROR_UNSUPPORTED, reader->name,
                                     reader->entry_line,
                                     _("the file is in the “%s” encoding; save it as UTF-8 and "
                                       "import it again"), name);
          return FALSE;
        }
    }

  if (language != NULL && language[0] != '\0')
    {
      reader->file->target_language = g_steal_pointer (&language);
      reader->file->language_line = reader->entry_line;
    }
  reader->file->source_language = header_field (header, SW_PO_SOURCE_LANGUAGE);
  reader->file->document_id = header_field (header, SW_PO_DOCUMENT);
  reader->file->document_title = header_field (header, "Project-Id-Version");
  return TRUE;
}

/* Ends the entry read so far, if any. */
static gboolean
finish_entry (Reader  *reader,
              GError **error)
{
  SwTranslationEntry *entry;

  if (!reader->has_msgid && !reader->has_msgctxt)
    {
      reset_entry (reader);
      return TRUE;
    }

  if (!reader->has_msgstr)
    {
      reader->line = reader->entry_line;
      return fail (reader, error, _("this entry has no msgstr"));
    }

  if (!reader->has_msgctxt && reader->msgid->len == 0 && !reader->plural)
    {
      if (reader->seen_header)
        {
          reader->line = reader->entry_line;
          return fail (reader, error, _("a second header entry (an empty msgid without msgctxt)"));
        }
      if (!read_header (reader, reader->msgstr->str, error))
        return FALSE;
      reset_entry (reader);
      return TRUE;
    }

  entry = _sw_translation_file_add_entry (reader->file, reader->entry_line);
  /* Entries without msgctxt or with plurals are no unit of ours: the import counts them unknown. */
  entry->id = reader->has_msgctxt && !reader->plural ? g_strdup (reader->msgctxt->str) : NULL;
  entry->source = g_strdup (reader->msgid->str);
  entry->target = reader->msgstr->len > 0 && !reader->plural ? g_strdup (reader->msgstr->str) : NULL;
  entry->fingerprint = g_steal_pointer (&reader->fingerprint);
  entry->needs_review = reader->fuzzy;

  reset_entry (reader);
  return TRUE;
}

static int
octal_value (const char **p)
{
  int value = 0;

  for (guint i = 0; i < 3 && **p >= '0' && **p <= '7'; i++, (*p)++)
    value = value * 8 + (**p - '0');

  return value;
}

/* Reads the quoted string at @p, unescaping it into @out; only blanks may follow it. */
static gboolean
read_string (Reader      *reader,
             const char  *p,
             GString     *out,
             GError     **error)
{
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p != '"')
    return fail (reader, error, _("a quoted string was expected"));
  p++;

  for (;;)
    {
      const char *run = p + strcspn (p, "\"\\");

      g_string_append_len (out, p, run - p);
      p = run;
      if (*p == '\0')
        return fail (reader, error, _("the string is not terminated"));
      if (*p == '"')
        break;

      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (out, '\n'); p++; break;
        case 't': g_string_append_c (out, '\t'); p++; break;
        case 'r': g_string_append_c (out, '\r'); p++; break;
        case '"': g_string_append_c (out, '"'); p++; break;
        case '\\': g_string_append_c (out, '\\'); p++; break;
        case 'a': g_string_append_c (out, '\a'); p++; break;
        case 'b': g_string_append_c (out, '\b'); p++; break;
        case 'f': g_string_append_c (out, '\f'); p++; break;
        case 'v': g_string_append_c (out, '\v'); p++; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          {
            int value = octal_value (&p);

            if (value == 0 || value > 0x7f)
              return fail (reader, error, _("the octal escape stands for no character"));
            g_string_append_c (out, (char) value);
          }
          break;
        default:
          if (*p == '\0')
            return fail (reader, error, _("the string is not terminated"));
          return fail (reader, error, _("unknown escape sequence “\\%c”"), *p);
        }
    }

  p++;
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p != '\0')
    return fail (reader, error, _("unexpected text after the closing quote"));

  return TRUE;
}

static gboolean
read_comment (Reader      *reader,
              const char  *line,
              GError     **error)
{
  /* A comment starts the next entry. */
  if (reader->has_msgid && !finish_entry (reader, error))
    return FALSE;

  if (g_str_has_prefix (line, "#,"))
    {
      g_auto(GStrv) flags = g_strsplit (line + 2, ",", -1);

      for (guint i = 0; flags[i] != NULL; i++)
        if (g_str_equal (g_strstrip (flags[i]), "fuzzy"))
          reader->fuzzy = TRUE;
    }
  else if (g_str_has_prefix (line, "#. " SW_PO_FINGERPRINT))
    {
      g_free (reader->fingerprint);
      reader->fingerprint = g_strstrip (g_strdup (line + strlen ("#. " SW_PO_FINGERPRINT)));
    }

  return TRUE;
}

static gboolean
start_field (Reader      *reader,
             Field        field,
             GError     **error)
{
  switch (field)
    {
    case FIELD_MSGCTXT:
      if ((reader->has_msgid || reader->has_msgctxt) && !finish_entry (reader, error))
        return FALSE;
      reader->has_msgctxt = TRUE;
      reader->entry_line = reader->line;
      break;

    case FIELD_MSGID:
      if (reader->has_msgid && !finish_entry (reader, error))
        return FALSE;
      if (!reader->has_msgctxt)
        reader->entry_line = reader->line;
      reader->has_msgid = TRUE;
      break;

    case FIELD_MSGID_PLURAL:
      if (!reader->has_msgid || reader->has_msgstr || reader->plural)
        return fail (reader, error, _("msgid_plural must follow a msgid"));
      reader->plural = TRUE;
      break;

    case FIELD_MSGSTR:
      if (!reader->has_msgid || reader->has_msgstr)
        return fail (reader, error, _("msgstr must follow a msgid"));
      if (reader->plural)
        return fail (reader, error, _("a plural entry needs msgstr[0], msgstr[1]…"));
      reader->has_msgstr = TRUE;
      break;

    case FIELD_MSGSTR_PLURAL:
      if (!reader->plural)
        return fail (reader, error, _("msgstr[N] must follow a msgid_plural"));
      reader->has_msgstr = TRUE;
      break;

    case FIELD_NONE:
    default:
      g_assert_not_reached ();
    }

  reader->field = field;
  return TRUE;
}

static GString *
field_string (Reader *reader)
{
  switch (reader->field)
    {
    case FIELD_MSGCTXT:
      return reader->msgctxt;
    case FIELD_MSGID:
      return reader->msgid;
    case FIELD_MSGSTR:
      return reader->msgstr;
    case FIELD_MSGID_PLURAL:
    case FIELD_MSGSTR_PLURAL:
    case FIELD_NONE:
    default:
      return NULL;
    }
}

static gboolean
read_keyword (Reader      *reader,
              const char  *line,
              GError     **error)
{
  static const struct { const char *keyword; Field field; } keywords[] = {
    { "msgctxt", FIELD_MSGCTXT },
    { "msgid_plural", FIELD_MSGID_PLURAL },
    { "msgid", FIELD_MSGID },
    { "msgstr[", FIELD_MSGSTR_PLURAL },
    { "msgstr", FIELD_MSGSTR },
  };
  g_autoptr(GString) ignored = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    {
      gsize length = strlen (keywords[i].keyword);
      const char *rest = line + length;
      GString *out;

      if (strncmp (line, keywords[i].keyword, length) != 0)
        continue;
      if (keywords[i].field == FIELD_MSGSTR_PLURAL)
        {
          rest += strspn (rest, "0123456789");
          if (*rest != ']')
            return fail (reader, error, _("“msgstr[” must be followed by a number and “]”"));
          rest++;
        }
      else if (*rest != ' ' && *rest != '\t' && *rest != '"')
        continue;

      if (!start_field (reader, keywords[i].field, error))
        return FALSE;
      out = field_string (reader);
      return read_string (reader, rest, out ? out : ignored, error);
    }

  return fail (reader, error, _("this is not a PO keyword, string or comment"));
}

static gboolean
read_line (Reader      *reader,
           const char  *line,
           GError     **error)
{
  GString *out;
  g_autoptr(GString) ignored = NULL;

  while (*line == ' ' || *line == '\t')
    line++;

  if (*line == '\0')
    return TRUE;
  if (g_str_has_prefix (line, "#~"))
    return TRUE;
  if (*line == '#')
    return read_comment (reader, line, error);
  if (*line == '"')
    {
      if (reader->field == FIELD_NONE)
        return fail (reader, error, _("a string continues no keyword"));
      out = field_string (reader);
      if (out == NULL)
        out = ignored = g_string_new (NULL);
      return read_string (reader, line, out, error);
    }

  return read_keyword (reader, line, error);
}

SwTranslationFile *
_sw_po_read (const char  *data,
             gsize        size,
             const char  *display_name,
             GError     **error)
{
  g_autoptr(SwTranslationFile) file = _sw_translation_file_new (SW_TRANSLATION_FORMAT_PO,
                                                                display_name);
  Reader reader = { file, display_name, 0 };
  const char *p = data;
  const char *end = data + size;
  gboolean ok = TRUE;

  reader.msgctxt = g_string_new (NULL);
  reader.msgid = g_string_new (NULL);
  reader.msgstr = g_string_new (NULL);

  while (ok && p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      gsize length = (newline ? newline : end) - p;
      g_autofree char *line = NULL;

      if (length > 0 && p[length - 1] == '\r')
        length--;
      line = g_strndup (p, length);
      reader.line++;
      ok = read_line (&reader, line, error);
      p = newline ? newline + 1 : end;
    }

  if (ok)
    ok = finish_entry (&reader, error);

  reset_entry (&reader);
  g_string_free (reader.msgctxt, TRUE);
  g_string_free (reader.msgid, TRUE);
  g_string_free (reader.msgstr, TRUE);

  if (!ok)
    return NULL;

  if (file->target_language == NULL)
    {
      _sw_translation_set_error (error, SW_TRANSLATION_ERROR_WRONG_LANGUAGE, display_name, 0,
                                 _("the header names no language (a “Language:” field)"));
      return NULL;
    }

  return g_steal_pointer (&file);
}
