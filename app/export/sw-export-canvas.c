/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph as JSON Canvas 1.0, the format of Obsidian's canvases.
 *
 * Each node becomes a text node whose Markdown is the title as a heading and
 * the description below it, at whole-pixel geometry (the canvas holds
 * top-left corners, the document centres); each link an edge labelled with
 * its label or its kind's.  Kinds are the nodes' and edges' hex colours.
 * Everything else, in every language, travels under one namespaced key on
 * each node and edge, which other canvas tools keep and ignore, so that an
 * import gives back ids, kinds and fields exactly.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "sw-graph-files-private.h"
#include "sw-graph-files.h"
#include "sw-graph-geometry.h"

/*
 * Text is plain in the document, so what Markdown would read as markup is
 * escaped with backslashes (CommonMark escapes any ASCII punctuation); the
 * importer removes them again.  Characters that only mean something at the
 * start of a line (headings, lists, quotes) are escaped there.
 */
static void
append_markdown_line (GString    *out,
                      const char *line)
{
  const char *p = line;

  while (*p == ' ')
    g_string_append_c (out, *p++);

  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '.' || *q == ')')
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          p = q;
        }
    }
  else if (*p != '\0' && strchr ("#+-=>", *p) != NULL)
    g_string_append_c (out, '\\');

  for (; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>&|~$", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_markdown (GString    *out,
                 const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      append_markdown_line (out, lines[i]);
    }
}

static char *
node_markdown (SwGraphScope *scope,
               SwNode       *node)
{
  const char *title = _sw_graph_text (scope, sw_node_get_title (node));
  const char *description = _sw_graph_text (scope, sw_node_get_description (node));
  GString *out = g_string_new ("# ");
  g_autofree char *one_line = g_strdelimit (g_strdup (title), "\r\n", ' ');

  append_markdown_line (out, one_line);
  if (description[0] != '\0')
    {
      g_string_append (out, "\n\n");
      append_markdown (out, description);
    }

  return g_string_free (out, FALSE);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* An SwText in the native file's shape: {"en": "...", "fr": "..."}. */
static void
add_text (JsonBuilder  *builder,
          const char   *name,
          const SwText *text)
{
  if (text == NULL || sw_text_is_empty (text))
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (guint i = 0; i < sw_text_get_n_languages (text); i++)
    add_string (builder, sw_text_get_language (text, i),
                sw_text_get (text, sw_text_get_language (text, i)));
  json_builder_end_object (builder);
}

static gboolean
has_fingerprints (const SwText *text)
{
  for (guint i = 0; text != NULL && i < sw_text_get_n_languages (text); i++)
    if (sw_text_get_fingerprint (text, sw_text_get_language (text, i)) != NULL)
      return TRUE;

  return FALSE;
}

/* The native file's "fingerprints": {"title": {"fr": "..."}}, for the texts that have some. */
static void
add_fingerprints (JsonBuilder         *builder,
                  const char * const  *names,
                  const SwText       **texts)
{
  gboolean any = FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    any = any || has_fingerprints (texts[i]);
  if (!any)
    return;

  json_builder_set_member_name (builder, "fingerprints");
  json_builder_begin_object (builder);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!has_fingerprints (texts[i]))
        continue;

      json_builder_set_member_name (builder, names[i]);
      json_builder_begin_object (builder);
      for (guint j = 0; j < sw_text_get_n_languages (texts[i]); j++)
        add_string (builder, sw_text_get_language (texts[i], j),
                    sw_text_get_fingerprint (texts[i], sw_text_get_language (texts[i], j)));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* Whole numbers are written without a fraction, as the native file does. */
static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_node_data (JsonBuilder  *builder,
               SwGraphScope *scope,
               SwNode       *node)
{
  static const char * const text_names[] = { "title", "description", NULL };
  const SwText *texts[] = { sw_node_get_title (node), sw_node_get_description (node) };
  const char * const *tags = sw_node_get_tags (node);

  json_builder_set_member_name (builder, SW_GRAPH_NAMESPACE_KEY);
  json_builder_begin_object (builder);
  add_string (builder, "id", sw_node_get_id (node));
  add_string (builder, "kind", sw_node_get_kind (node));
  add_string (builder, "status", sw_node_status_to_string (sw_node_get_status (node)));
  add_string (builder, "owner", sw_node_get_owner (node));
  add_string (builder, "start", sw_node_get_start (node));
  add_string (builder, "due", sw_node_get_due (node));
  add_string (builder, "indicator", sw_node_get_indicator (node));
  if (tags != NULL && tags[0] != NULL)
    {
      json_builder_set_member_name (builder, "tags");
      json_builder_begin_array (builder);
      for (guint i = 0; tags[i] != NULL; i++)
        json_builder_add_string_value (builder, tags[i]);
      json_builder_end_array (builder);
    }
  if (sw_node_get_pinned (node))
    {
      json_builder_set_member_name (builder, "pinned");
      json_builder_add_boolean_value (builder, TRUE);
    }
  /* The canvas's geometry is rounded to whole pixels; the document's may not be. */
  add_number (builder, "x", sw_node_get_x (node));
  add_number (builder, "y", sw_node_get_y (node));
  add_string (builder, "language", scope->language);
  add_string (builder, "sourceLanguage", sw_document_get_source_language (scope->document));
  add_text (builder, "title", texts[0]);
  add_text (builder, "description", texts[1]);
  add_fingerprints (builder, text_names, texts);
  json_builder_end_object (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, (gint64) lround (value));
}

static void
add_node (JsonBuilder  *builder,
          SwGraphScope *scope,
          SwNode       *node)
{
  g_autofree char *markdown = node_markdown (scope, node);

  json_builder_begin_object (builder);
  add_string (builder, "id", sw_node_get_id (node));
  add_string (builder, "type", "text");
  add_int (builder, "x", sw_node_get_x (node) - SW_CARD_WIDTH / 2);
  add_int (builder, "y", sw_node_get_y (node) - SW_CARD_HEIGHT / 2);
  add_int (builder, "width", SW_CARD_WIDTH);
  add_int (builder, "height", SW_CARD_HEIGHT);
  add_string (builder, "color", _sw_graph_node_color (scope, node));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, markdown);
  add_node_data (builder, scope, node);
  json_builder_end_object (builder);
}

static void
add_link (JsonBuilder  *builder,
          SwGraphScope *scope,
          SwLink       *link)
{
  static const char * const text_names[] = { "label", NULL };
  const SwText *texts[] = { sw_link_get_label (link) };

  json_builder_begin_object (builder);
  add_string (builder, "id", sw_link_get_id (link));
  add_string (builder, "fromNode", sw_node_get_id (sw_link_get_from (link)));
  add_string (builder, "toNode", sw_node_get_id (sw_link_get_to (link)));
  add_string (builder, "color", _sw_graph_link_color (scope, link));
  add_string (builder, "label", _sw_graph_link_label (scope, link));

  json_builder_set_member_name (builder, SW_GRAPH_NAMESPACE_KEY);
  json_builder_begin_object (builder);
  add_string (builder, "id", sw_link_get_id (link));
  add_string (builder, "kind", sw_link_get_kind (link));
  add_text (builder, "label", texts[0]);
  add_fingerprints (builder, text_names, texts);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

/**
 * sw_export_canvas:
 *
 * Returns: (transfer full) (nullable): the graph as a JSON Canvas file, or
 *   %NULL when cancelled.
 */
GBytes *
sw_export_canvas (SwDocument             *document,
                  const SwExportOptions  *options,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_auto(SwGraphScope) scope = { 0 };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length;
  guint done = 0;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  _sw_graph_scope_init (&scope, document, options);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "nodes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < scope.nodes->len; i++)
    {
      add_node (builder, &scope, g_ptr_array_index (scope.nodes, i));
      if (!_sw_graph_scope_step (&scope, ++done, cancellable, error))
        return NULL;
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "edges");
  json_builder_begin_array (builder);
  for (guint i = 0; i < scope.links->len; i++)
    {
      add_link (builder, &scope, g_ptr_array_index (scope.links, i));
      if (!_sw_graph_scope_step (&scope, ++done, cancellable, error))
        return NULL;
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  json_generator_set_indent_char (generator, '\t');
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (g_steal_pointer (&text), length);
}
