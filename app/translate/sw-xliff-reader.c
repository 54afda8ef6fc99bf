/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading a translated XLIFF 2.0 file.
 *
 * GMarkupParseContext reads the XML: it expands no entity but the five
 * predefined ones and character references, and loads nothing from outside,
 * so a hostile file cannot make it fetch or grow anything.  It knows nothing
 * of namespaces, so this reader resolves prefixes itself, enough to tell
 * XLIFF 2.0 from 1.2 and to find the Metadata module whatever prefix a tool
 * gave it.
 *
 * A tool may split a unit into several segments, with <ignorable> white
 * space between them; their texts are joined back into one.  Inline markup
 * inside <source> and <target> is dropped and its text kept.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-translation-file-private.h"

typedef struct
{
  char  *prefix;   /* "" for the default namespace */
  char  *uri;
  guint  depth;
} Namespace;

typedef enum
{
  TEXT_NONE,
  TEXT_SOURCE,
  TEXT_TARGET,
  TEXT_META,
} TextKind;

typedef struct
{
  SwTranslationFile   *file;
  const char          *name;
  GMarkupParseContext *context;
  GArray              *namespaces;
  guint                depth;
  gboolean             seen_root;

  SwTranslationEntry  *entry;        /* the unit being read */
  GString             *source;
  GString             *target;
  gboolean             has_target;
  gboolean             in_segment;
  gboolean             in_ignorable;
  GString             *part_source;  /* the current segment's texts */
  GString             *part_target;
  gboolean             part_has_target;

  TextKind             text_kind;
  guint                text_depth;
  GString             *text;
  char                *meta_type;
} Reader;

/*
 * The line of the element being handled.  GMarkup reports where it stopped
 * reading, which for a tag ending a line is already the start of the next.
 */
static guint
current_line (Reader *reader)
{
  int line = 0;
  int column = 0;

  g_markup_parse_context_get_position (reader->context, &line, &column);
  if (column <= 1 && line > 1 && reader->depth > 0)
    line--;

  return (guint) line;
}

static gboolean
fail (Reader              *reader,
      GError             **error,
      SwTranslationError   code,
      const char          *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Reader              *reader,
      GError             **error,
      SwTranslationError   code,
      const char          *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _sw_translation_set_error (error, code, reader->name, current_line (reader), "%s", message);
  return FALSE;
}

static void
namespace_clear (gpointer data)
{
  Namespace *ns = data;

  g_free (ns->prefix);
  g_free (ns->uri);
}

static const char *
lookup_namespace (Reader     *reader,
                  const char *prefix)
{
  for (guint i = reader->namespaces->len; i > 0; i--)
    {
      Namespace *ns = &g_array_index (reader->namespaces, Namespace, i - 1);

      if (g_str_equal (ns->prefix, prefix))
        return ns->uri;
    }

  return NULL;
}

/* Records the xmlns declarations of an element, then splits its name into namespace and local name. */
static const char *
resolve_element (Reader       *reader,
                 const char   *qname,
                 const char  **names,
                 const char  **values,
                 const char  **local)
{
  const char *colon = strchr (qname, ':');
  g_autofree char *prefix = colon ? g_strndup (qname, colon - qname) : g_strdup ("");

  for (guint i = 0; names[i] != NULL; i++)
    {
      Namespace ns = { NULL, NULL, reader->depth };

      if (g_str_equal (names[i], "xmlns"))
        ns.prefix = g_strdup ("");
      else if (g_str_has_prefix (names[i], "xmlns:"))
        ns.prefix = g_strdup (names[i] + strlen ("xmlns:"));
      else
        continue;

      ns.uri = g_strdup (values[i]);
      g_array_append_val (reader->namespaces, ns);
    }

  *local = colon ? colon + 1 : qname;
  return lookup_namespace (reader, prefix);
}

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

static gboolean
start_root (Reader       *reader,
            const char   *ns,
            const char   *local,
            const char  **names,
            const char  **values,
            GError      **error)
{
  const char *version = attribute (names, values, "version");
  const char *target = attribute (names, values, "trgLang");

  reader->seen_root = TRUE;

  if (!g_str_equal (local, "xliff"))
    return fail (reader, error, SW_TRANSLATION_ERROR_UNSUPPORTED,
                 _("this is not an XLIFF file: its root element is <%s>"), local);

  if (g_strcmp0 (ns, SW_XLIFF_NS_12) == 0 || g_strcmp0 (version, "1.2") == 0
      || g_strcmp0 (version, "1.1") == 0 || g_strcmp0 (version, "1.0") == 0)
    return fail (reader, error, SW_TRANSLATION_ERROR_UNSUPPORTED,
                 _("this is XLIFF %s, an older and different format; "
                   "export the strategy again as XLIFF 2.0 or as PO"),
                 version ? version : "1.2");

  if (g_strcmp0 (ns, SW_XLIFF_NS_20) != 0 || version == NULL || !g_str_has_prefix (version, "2."))
    return fail (reader, error, SW_TRANSLATION_ERROR_UNSUPPORTED,
                 _("this is not XLIFF 2.0 (namespace “%s”, version “%s”)"),
                 ns ? ns : "", version ? version : "");

  if (target == NULL || target[0] == '\0')
    return fail (reader, error, SW_TRANSLATION_ERROR_WRONG_LANGUAGE,
                 _("the file names no target language (trgLang)"));

  reader->file->source_language = g_strdup (attribute (names, values, "srcLang"));
  reader->file->target_language = g_strdup (target);
  reader->file->language_line = current_line (reader);
  return TRUE;
}

static void
begin_text (Reader   *reader,
            TextKind  kind)
{
  reader->text_kind = kind;
  reader->text_depth = reader->depth;
  g_string_truncate (reader->text, 0);
}

static gboolean
start_unit (Reader       *reader,
            const char  **names,
            const char  **values,
            GError      **error)
{
  const char *id = attribute (names, values, "id");

  if (reader->entry != NULL)
    return fail (reader, error, SW_TRANSLATION_ERROR_SYNTAX, _("a unit inside a unit"));
  if (id == NULL || id[0] == '\0')
    return fail (reader, error, SW_TRANSLATION_ERROR_SYNTAX, _("a unit without an id"));

  reader->entry = _sw_translation_file_add_entry (reader->file, current_line (reader));
  reader->entry->id = g_strdup (id);
  g_string_truncate (reader->source, 0);
  g_string_truncate (reader->target, 0);
  reader->has_target = FALSE;
  return TRUE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *qname,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Reader *reader = user_data;
  const char *local;
  const char *ns;

  reader->depth++;
  ns = resolve_element (reader, qname, names, values, &local);

  if (!reader->seen_root)
    {
      start_root (reader, ns, local, names, values, error);
      return;
    }

  /* Inline markup inside a text: its own text counts, the element does not. */
  if (reader->text_kind != TEXT_NONE)
    return;

  if (g_strcmp0 (ns, SW_XLIFF_NS_MDA) == 0 && g_str_equal (local, "meta"))
    {
      g_free (reader->meta_type);
      reader->meta_type = g_strdup (attribute (names, values, "type"));
      begin_text (reader, TEXT_META);
      return;
    }

  if (g_strcmp0 (ns, SW_XLIFF_NS_20) != 0)
    return;

  if (g_str_equal (local, "unit"))
    start_unit (reader, names, values, error);
  else if (reader->entry != NULL && (g_str_equal (local, "segment") || g_str_equal (local, "ignorable")))
    {
      const char *state = attribute (names, values, "state");

      reader->in_segment = TRUE;
      reader->in_ignorable = g_str_equal (local, "ignorable");
      g_string_truncate (reader->part_source, 0);
      g_string_truncate (reader->part_target, 0);
      reader->part_has_target = FALSE;
      /* XLIFF 2.0: a segment without a state is "initial", a draft to review. */
      if (!reader->in_ignorable && (state == NULL || g_str_equal (state, "initial")))
        reader->entry->needs_review = TRUE;
    }
  else if (reader->in_segment && g_str_equal (local, "source"))
    begin_text (reader, TEXT_SOURCE);
  else if (reader->in_segment && g_str_equal (local, "target"))
    begin_text (reader, TEXT_TARGET);
}

static void
end_text (Reader *reader)
{
  SwTranslationEntry *entry = reader->entry;

  switch (reader->text_kind)
    {
    case TEXT_SOURCE:
      g_string_append_len (reader->part_source, reader->text->str, reader->text->len);
      break;

    case TEXT_TARGET:
      g_string_append_len (reader->part_target, reader->text->str, reader->text->len);
      reader->part_has_target = TRUE;
      break;

    case TEXT_META:
      if (entry != NULL && g_strcmp0 (reader->meta_type, "fingerprint") == 0)
        {
          g_free (entry->fingerprint);
          entry->fingerprint = g_strstrip (g_strdup (reader->text->str));
        }
      else if (entry == NULL && g_strcmp0 (reader->meta_type, "document") == 0)
        {
          g_free (reader->file->document_id);
          reader->file->document_id = g_strstrip (g_strdup (reader->text->str));
        }
      else if (entry == NULL && g_strcmp0 (reader->meta_type, "title") == 0)
        {
          g_free (reader->file->document_title);
          reader->file->document_title = g_strdup (reader->text->str);
        }
      break;

    case TEXT_NONE:
    default:
      break;
    }

  reader->text_kind = TEXT_NONE;
}

static void
end_part (Reader *reader)
{
  g_string_append_len (reader->source, reader->part_source->str, reader->part_source->len);
  if (reader->part_has_target)
    {
      g_string_append_len (reader->target, reader->part_target->str, reader->part_target->len);
      if (!reader->in_ignorable)
        reader->has_target = TRUE;
    }
  else
    {
      /* Untranslated white space between segments is the same in both languages. */
      if (reader->in_ignorable)
        g_string_append_len (reader->target, reader->part_source->str, reader->part_source->len);
    }

  reader->in_segment = reader->in_ignorable = FALSE;
}

static void
end_unit (Reader *reader)
{
  SwTranslationEntry *entry = reader->entry;

  entry->source = g_strdup (reader->source->str);
  if (reader->has_target && reader->target->len > 0)
    entry->target = g_strdup (reader->target->str);
  reader->entry = NULL;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *qname,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;
  const char *colon = strchr (qname, ':');
  const char *local = colon ? colon + 1 : qname;
  g_autofree char *prefix = colon ? g_strndup (qname, colon - qname) : g_strdup ("");
  const char *ns = lookup_namespace (reader, prefix);

  if (reader->text_kind != TEXT_NONE && reader->depth == reader->text_depth)
    end_text (reader);
  else if (reader->text_kind == TEXT_NONE && g_strcmp0 (ns, SW_XLIFF_NS_20) == 0)
    {
      if (reader->in_segment && (g_str_equal (local, "segment") || g_str_equal (local, "ignorable")))
        end_part (reader);
      else if (reader->entry != NULL && g_str_equal (local, "unit"))
        end_unit (reader);
    }

  while (reader->namespaces->len > 0
         && g_array_index (reader->namespaces, Namespace, reader->namespaces->len - 1).depth
            == reader->depth)
    g_array_set_size (reader->namespaces, reader->namespaces->len - 1);
  reader->depth--;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Reader *reader = user_data;

  if (reader->text_kind != TEXT_NONE)
    g_string_append_len (reader->text, text, length);
}

static const GMarkupParser parser = {
  start_element,
  end_element,
  text,
  NULL,
  NULL,
};

/* GMarkup says "Error on line 3 char 7: …"; the reader names the file and the line itself. */
static const char *
markup_message (const GError *error)
{
  const char *message = error->message;

  if (g_str_has_prefix (message, "Error on line"))
    {
      const char *colon = strstr (message, ": ");

      if (colon != NULL)
        return colon + 2;
    }

  return message;
}

SwTranslationFile *
_sw_xliff_read (const char  *data,
                gsize        size,
                const char  *display_name,
                GError     **error)
{
  g_autoptr(SwTranslationFile) file = _sw_translation_file_new (SW_TRANSLATION_FORMAT_XLIFF,
                                                                display_name);
  Reader reader = { file, display_name };
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  reader.namespaces = g_array_new (FALSE, TRUE, sizeof (Namespace));
  g_array_set_clear_func (reader.namespaces, namespace_clear);
  reader.source = g_string_new (NULL);
  reader.target = g_string_new (NULL);
  reader.part_source = g_string_new (NULL);
  reader.part_target = g_string_new (NULL);
  reader.text = g_string_new (NULL);
  reader.context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &reader, NULL);

  ok = g_markup_parse_context_parse (reader.context, data, (gssize) size, &local_error)
       && g_markup_parse_context_end_parse (reader.context, &local_error);

  if (!ok)
    {
      if (local_error->domain == SW_TRANSLATION_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          int line = 0;

          g_markup_parse_context_get_position (reader.context, &line, NULL);
          _sw_translation_set_error (error, SW_TRANSLATION_ERROR_SYNTAX, display_name, (guint) line,
                                     _("not well-formed XML: %s"), markup_message (local_error));
        }
    }

  g_markup_parse_context_free (reader.context);
  g_array_unref (reader.namespaces);
  g_string_free (reader.source, TRUE);
  g_string_free (reader.target, TRUE);
  g_string_free (reader.part_source, TRUE);
  g_string_free (reader.part_target, TRUE);
  g_string_free (reader.text, TRUE);
  g_free (reader.meta_type);

  if (!ok)
    return NULL;

  return g_steal_pointer (&file);
}
