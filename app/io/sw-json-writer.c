/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writing the native file.
 *
 * Keys come in a fixed order, optional ones are left out when empty, and
 * short lists and texts stay on one line, so that one change to a document
 * is a change to a few lines in a diff.  The pieces of JSON syntax are in
 * sw-json-write-values.c.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include "sw-document-private.h"
#include "sw-json-reader.h"
#include "sw-json-write-private.h"
#include "sw-json-writer.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-source-private.h"

/*
 * The languages of @text in the order of the file: the source language,
 * the target languages in the document's order, then any others in the
 * order they were added.  With @fingerprinted, only the translations that
 * have a fingerprint.
 */
static GPtrArray *
ordered_languages (SwJsonWriter *w,
                   const SwText *text,
                   gboolean      fingerprinted)
{
  GPtrArray *languages = w->languages;
  guint n = sw_text_get_n_languages (text);

  g_ptr_array_set_size (languages, 0);
  if (!fingerprinted && sw_text_get (text, w->source) != NULL)
    g_ptr_array_add (languages, (gpointer) w->source);
  for (guint i = 0; w->targets[i] != NULL; i++)
    if (fingerprinted ? sw_text_get_fingerprint (text, w->targets[i]) != NULL
                      : sw_text_get (text, w->targets[i]) != NULL)
      g_ptr_array_add (languages, (gpointer) w->targets[i]);

  /* Only a text in a language that is no longer the document's is out of order. */
  if (languages->len < n)
    for (guint i = 0; i < n; i++)
      {
        const char *language = sw_text_get_language (text, i);

        if (g_strcmp0 (language, w->source) != 0
            && !g_strv_contains (w->targets, language)
            && (!fingerprinted || sw_text_get_fingerprint (text, language) != NULL))
          g_ptr_array_add (languages, (gpointer) language);
      }

  return languages;
}

/* A language -> string map, on one line if it fits. */
static void
language_map_member (SwJsonWriter *w,
                     guint         level,
                     gboolean     *first,
                     const char   *key,
                     const SwText *text,
                     gboolean      fingerprints)
{
  GPtrArray *languages = ordered_languages (w, text, fingerprints);
  gboolean first_language = TRUE;

  g_string_truncate (w->line, 0);
  g_string_append_c (w->line, '{');
  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);

      if (i > 0)
        g_string_append (w->line, ", ");
      _sw_json_write_string (w->line, language);
      g_string_append (w->line, ": ");
      _sw_json_write_string (w->line, fingerprints ? sw_text_get_fingerprint (text, language)
                                            : sw_text_get (text, language));
    }
  g_string_append_c (w->line, '}');

  _sw_json_begin_member (w, level, first, key);
  if (languages->len == 0 || _sw_json_line_fits (w, level, key))
    {
      g_string_append_len (w->out, w->line->str, w->line->len);
      return;
    }

  g_string_append_c (w->out, '{');
  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);

      _sw_json_begin_member (w, level + 1, &first_language, language);
      _sw_json_write_string (w->out, fingerprints ? sw_text_get_fingerprint (text, language)
                                           : sw_text_get (text, language));
    }
  _sw_json_end_container (w, level, '}');
}

/* A translatable field; a required one is written even when empty, as {}. */
static void
text_member (SwJsonWriter *w,
             guint         level,
             gboolean     *first,
             const char   *key,
             const SwText *text,
             gboolean      required)
{
  if (!required && sw_text_is_empty (text))
    return;

  language_map_member (w, level, first, key, text, FALSE);
}

static gboolean
has_fingerprints (SwJsonWriter *w,
                  const SwText *text)
{
  return ordered_languages (w, text, TRUE)->len > 0;
}

/* @fields names the translatable fields of the object, @texts their texts. */
static void
fingerprints_member (SwJsonWriter        *w,
                     guint                level,
                     gboolean            *first,
                     const char * const  *fields,
                     const SwText       **texts)
{
  gboolean any = FALSE;
  gboolean first_field = TRUE;

  for (guint i = 0; fields[i] != NULL && !any; i++)
    any = has_fingerprints (w, texts[i]);
  if (!any)
    return;

  _sw_json_begin_member (w, level, first, "fingerprints");
  g_string_append_c (w->out, '{');
  for (guint i = 0; fields[i] != NULL; i++)
    if (has_fingerprints (w, texts[i]))
      language_map_member (w, level + 1, &first_field, fields[i], texts[i], TRUE);
  _sw_json_end_container (w, level, '}');
}

static void
write_source (SwJsonWriter *w,
              guint         level,
              SwSource     *source)
{
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  _sw_json_begin_member (w, level + 1, &first, "title");
  _sw_json_write_string (w->out, sw_source_get_title (source));
  _sw_json_string_member (w, level + 1, &first, "publisher", sw_source_get_publisher (source));
  _sw_json_string_member (w, level + 1, &first, "date", sw_source_get_date (source));
  _sw_json_string_member (w, level + 1, &first, "url", sw_source_get_url (source));
  _sw_json_extra_members (w, level + 1, &first, _sw_source_get_extra (source));
  _sw_json_end_container (w, level, '}');
}

static void
write_node_kind (SwJsonWriter *w,
                 guint         level,
                 SwNodeKind   *kind)
{
  static const char * const fields[] = { "label", NULL };
  const SwText *texts[] = { sw_node_kind_get_label (kind) };
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  _sw_json_string_member (w, level + 1, &first, "id", sw_node_kind_get_id (kind));
  text_member (w, level + 1, &first, "label", texts[0], TRUE);
  _sw_json_string_member (w, level + 1, &first, "color", sw_node_kind_get_color (kind));
  _sw_json_string_member (w, level + 1, &first, "icon", sw_node_kind_get_icon (kind));
  fingerprints_member (w, level + 1, &first, fields, texts);
  _sw_json_extra_members (w, level + 1, &first, _sw_node_kind_get_extra (kind));
  _sw_json_end_container (w, level, '}');
}

/* Join rules are short and many: one a line. */
static void
joins_member (SwJsonWriter *w,
              guint         level,
              gboolean     *first,
              SwLinkKind   *kind)
{
  gboolean first_join = TRUE;

  if (!sw_link_kind_has_joins (kind))
    return;

  _sw_json_begin_member (w, level, first, "joins");
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < sw_link_kind_get_n_joins (kind); i++)
    {
      JsonObject *extra = _sw_link_kind_get_join_extra (kind, i);
      g_autoptr(GList) members = extra ? json_object_get_members (extra) : NULL;
      const char *from, *to;

      sw_link_kind_get_join (kind, i, &from, &to);
      _sw_json_begin_element (w, level + 1, &first_join);
      g_string_append (w->out, "{\"from\": ");
      _sw_json_write_string (w->out, from);
      g_string_append (w->out, ", \"to\": ");
      _sw_json_write_string (w->out, to);
      for (GList *l = members; l != NULL; l = l->next)
        {
          g_string_append (w->out, ", ");
          _sw_json_write_string (w->out, l->data);
          g_string_append (w->out, ": ");
          _sw_json_write_compact (w->out, json_object_get_member (extra, l->data));
        }
      g_string_append_c (w->out, '}');
    }
  _sw_json_end_container (w, level, ']');
}

static void
write_link_kind (SwJsonWriter *w,
                 guint         level,
                 SwLinkKind   *kind)
{
  static const char * const fields[] = { "label", NULL };
  const SwText *texts[] = { sw_link_kind_get_label (kind) };
  SwParentEnd parent = sw_link_kind_get_parent (kind);
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  _sw_json_string_member (w, level + 1, &first, "id", sw_link_kind_get_id (kind));
  text_member (w, level + 1, &first, "label", texts[0], TRUE);
  _sw_json_string_member (w, level + 1, &first, "color", sw_link_kind_get_color (kind));
  _sw_json_string_member (w, level + 1, &first, "style",
                 sw_link_style_to_string (sw_link_kind_get_style (kind)));
  _sw_json_string_member (w, level + 1, &first, "parent",
                 parent == SW_PARENT_FROM ? "from" : parent == SW_PARENT_TO ? "to" : NULL);
  joins_member (w, level + 1, &first, kind);
  fingerprints_member (w, level + 1, &first, fields, texts);
  _sw_json_extra_members (w, level + 1, &first, _sw_link_kind_get_extra (kind));
  _sw_json_end_container (w, level, '}');
}

/* Always written, even as the defaults, so that a file means the same whatever the app's defaults. */
static void
kinds_member (SwJsonWriter *w,
              guint         level,
              gboolean     *first)
{
  GPtrArray *node_kinds = sw_document_get_node_kinds (w->document);
  GPtrArray *link_kinds = sw_document_get_link_kinds (w->document);
  gboolean first_key = TRUE;
  gboolean first_kind = TRUE;

  _sw_json_begin_member (w, level, first, "kinds");
  g_string_append_c (w->out, '{');

  _sw_json_begin_member (w, level + 1, &first_key, "nodes");
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < node_kinds->len; i++)
    {
      _sw_json_begin_element (w, level + 2, &first_kind);
      write_node_kind (w, level + 2, g_ptr_array_index (node_kinds, i));
    }
  if (node_kinds->len > 0)
    _sw_json_end_container (w, level + 1, ']');
  else
    g_string_append_c (w->out, ']');

  first_kind = TRUE;
  _sw_json_begin_member (w, level + 1, &first_key, "links");
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < link_kinds->len; i++)
    {
      _sw_json_begin_element (w, level + 2, &first_kind);
      write_link_kind (w, level + 2, g_ptr_array_index (link_kinds, i));
    }
  if (link_kinds->len > 0)
    _sw_json_end_container (w, level + 1, ']');
  else
    g_string_append_c (w->out, ']');

  _sw_json_extra_members (w, level + 1, &first_key, _sw_document_get_kinds_extra (w->document));
  _sw_json_end_container (w, level, '}');
}

static void
write_node (SwJsonWriter *w,
            guint         level,
            SwNode       *node)
{
  static const char * const fields[] = { "title", "description", NULL };
  const SwText *texts[] = { sw_node_get_title (node), sw_node_get_description (node) };
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  _sw_json_string_member (w, level + 1, &first, "id", sw_node_get_id (node));
  _sw_json_string_member (w, level + 1, &first, "kind", sw_node_get_kind (node));
  text_member (w, level + 1, &first, "title", texts[0], TRUE);
  text_member (w, level + 1, &first, "description", texts[1], FALSE);
  _sw_json_string_member (w, level + 1, &first, "owner", sw_node_get_owner (node));
  _sw_json_string_member (w, level + 1, &first, "status",
                 sw_node_status_to_string (sw_node_get_status (node)));
  _sw_json_string_member (w, level + 1, &first, "start", sw_node_get_start (node));
  _sw_json_string_member (w, level + 1, &first, "due", sw_node_get_due (node));
  _sw_json_string_member (w, level + 1, &first, "indicator", sw_node_get_indicator (node));
  _sw_json_strv_member (w, level + 1, &first, "tags", sw_node_get_tags (node));
  _sw_json_begin_member (w, level + 1, &first, "x");
  _sw_json_write_coordinate (w->out, sw_node_get_x (node));
  _sw_json_begin_member (w, level + 1, &first, "y");
  _sw_json_write_coordinate (w->out, sw_node_get_y (node));
  if (sw_node_get_pinned (node))
    {
      _sw_json_begin_member (w, level + 1, &first, "pinned");
      g_string_append (w->out, "true");
    }
  fingerprints_member (w, level + 1, &first, fields, texts);
  _sw_json_extra_members (w, level + 1, &first, _sw_node_get_extra (node));
  _sw_json_end_container (w, level, '}');
}

static void
write_link (SwJsonWriter *w,
            guint         level,
            SwLink       *link)
{
  static const char * const fields[] = { "label", NULL };
  const SwText *texts[] = { sw_link_get_label (link) };
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  _sw_json_string_member (w, level + 1, &first, "id", sw_link_get_id (link));
  _sw_json_string_member (w, level + 1, &first, "kind", sw_link_get_kind (link));
  _sw_json_string_member (w, level + 1, &first, "from", sw_node_get_id (sw_link_get_from (link)));
  _sw_json_string_member (w, level + 1, &first, "to", sw_node_get_id (sw_link_get_to (link)));
  text_member (w, level + 1, &first, "label", texts[0], FALSE);
  fingerprints_member (w, level + 1, &first, fields, texts);
  _sw_json_extra_members (w, level + 1, &first, _sw_link_get_extra (link));
  _sw_json_end_container (w, level, '}');
}

static void
write_metadata (SwJsonWriter *w,
                gboolean     *first)
{
  static const char * const fields[] = { "title", "subtitle", NULL };
  SwDocument *document = w->document;
  const SwText *texts[] = { sw_document_get_title (document), sw_document_get_subtitle (document) };
  GPtrArray *sources = sw_document_get_sources (document);

  _sw_json_begin_member (w, 1, first, "format");
  _sw_json_write_string (w->out, SW_FILE_FORMAT);
  _sw_json_begin_member (w, 1, first, "version");
  g_string_append_printf (w->out, "%d", SW_FILE_VERSION);
  text_member (w, 1, first, "title", texts[0], TRUE);
  text_member (w, 1, first, "subtitle", texts[1], FALSE);
  _sw_json_string_member (w, 1, first, "edition", sw_document_get_edition (document));
  _sw_json_string_member (w, 1, first, "sourceLanguage", w->source);
  _sw_json_strv_member (w, 1, first, "languages", w->targets);
  _sw_json_strv_member (w, 1, first, "authors", sw_document_get_authors (document));

  if (sources->len > 0)
    {
      gboolean first_source = TRUE;

      _sw_json_begin_member (w, 1, first, "sources");
      g_string_append_c (w->out, '[');
      for (guint i = 0; i < sources->len; i++)
        {
          _sw_json_begin_element (w, 2, &first_source);
          write_source (w, 2, g_ptr_array_index (sources, i));
        }
      _sw_json_end_container (w, 1, ']');
    }

  _sw_json_string_member (w, 1, first, "created", sw_document_get_created (document));
  _sw_json_string_member (w, 1, first, "modified", sw_document_get_modified_time (document));
  fingerprints_member (w, 1, first, fields, texts);
}

/**
 * sw_json_write:
 *
 * Returns: (transfer full): @document in the native format, UTF-8, ending with a newline.
 */
GBytes *
sw_json_write (SwDocument *document)
{
  guint n_nodes, n_links;
  gboolean first = TRUE;
  g_autoptr(GString) line = NULL;
  g_autoptr(GPtrArray) languages = NULL;
  SwJsonWriter w;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  n_nodes = sw_document_get_n_nodes (document);
  n_links = sw_document_get_n_links (document);
  line = g_string_sized_new (256);
  languages = g_ptr_array_new ();
  w = (SwJsonWriter) {
    /* About 600 bytes a node and 150 a link in practice: one allocation for most files. */
    .out = g_string_sized_new (4096 + 700 * n_nodes + 200 * n_links),
    .line = line,
    .languages = languages,
    .document = document,
    .source = sw_document_get_source_language (document),
    .targets = sw_document_get_languages (document),
  };

  g_string_append_c (w.out, '{');
  write_metadata (&w, &first);
  kinds_member (&w, 1, &first);

  _sw_json_begin_member (&w, 1, &first, "nodes");
  g_string_append_c (w.out, '[');
  for (guint i = 0; i < n_nodes; i++)
    {
      gboolean first_node = i == 0;

      _sw_json_begin_element (&w, 2, &first_node);
      write_node (&w, 2, sw_document_get_node (document, i));
    }
  if (n_nodes > 0)
    _sw_json_end_container (&w, 1, ']');
  else
    g_string_append_c (w.out, ']');

  if (n_links > 0)
    {
      _sw_json_begin_member (&w, 1, &first, "links");
      g_string_append_c (w.out, '[');
      for (guint i = 0; i < n_links; i++)
        {
          gboolean first_link = i == 0;

          _sw_json_begin_element (&w, 2, &first_link);
          write_link (&w, 2, sw_document_get_link (document, i));
        }
      _sw_json_end_container (&w, 1, ']');
    }

  _sw_json_extra_members (&w, 1, &first, _sw_document_get_extra (document));
  _sw_json_end_container (&w, 0, '}');
  g_string_append_c (w.out, '\n');

  return g_string_free_to_bytes (w.out);
}
