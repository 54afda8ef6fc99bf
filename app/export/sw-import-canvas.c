/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Importing JSON Canvas 1.0 files, as Obsidian and this app write them.
 *
 * A text node's Markdown gives the title (its heading or first line) and the
 * description (the rest).  Our own data, under the one namespaced key,
 * gives back ids, kinds, fields and every language exactly; without it the
 * kind comes from the colour.  File and web link nodes become notes, and a
 * group, which only frames other nodes, gives its label as a tag to the
 * nodes inside it.  Unknown keys are ignored and optional ones may be
 * missing, as the format allows.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "sw-graph-files-private.h"
#include "sw-graph-geometry.h"
#include "sw-import-private.h"
#include "sw-json-reader-private.h"
#include "sw-node-private.h"
#include "sw-validate.h"

/* A title taken from a paragraph rather than a heading is cut to about this many characters. */
#define MAX_TITLE 100

typedef struct
{
  SwImportBuilder *builder;
  SwImportReport  *report;
  const char      *name;
  const char      *source_language;
  GHashTable      *unknown_types;
} Reader;

typedef struct
{
  double  x, y, width, height;
  char   *label;
} Group;

static void
group_free (Group *group)
{
  g_free (group->label);
  g_free (group);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
get_number (JsonObject *object,
            const char *name,
            double     *value)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  GType type = node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_NONE;

  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;

  return TRUE;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Removes the backslashes CommonMark uses to escape ASCII punctuation, as our writer adds them. */
static char *
unescape_markdown (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Cuts @text at a space before @limit characters, and says it was cut. */
static char *
shorten (const char *text,
         glong       limit)
{
  const char *end;
  const char *space;

  if (g_utf8_strlen (text, -1) <= limit)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, limit);
  space = g_strrstr_len (text, end - text, " ");
  if (space != NULL && space > text)
    end = space;

  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/*
 * The title is the first heading, or the first line, and the description
 * what follows; a first line that is a whole paragraph gives a shortened
 * title and stays whole in the description.
 */
static void
split_markdown (const char  *markdown,
                char       **title,
                char       **description)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  g_autofree char *first = NULL;
  g_autofree char *rest = NULL;
  guint i = 0;

  while (lines[i] != NULL && lines[i][strspn (lines[i], " \t\r")] == '\0')
    i++;
  if (lines[i] == NULL)
    {
      *title = g_strdup ("");
      *description = g_strdup ("");
      return;
    }

  first = g_strdup (lines[i]);
  g_strstrip (first);
  rest = g_strjoinv ("\n", lines + i + 1);
  g_strstrip (rest);

  if (first[0] == '#')
    {
      const char *p = first + strspn (first, "#");
      g_autofree char *heading = g_strstrip (g_strdup (p));
      gsize length = strlen (heading);

      /* A closing sequence of #s is not part of the heading. */
      while (length > 0 && heading[length - 1] == '#')
        heading[--length] = '\0';
      *title = unescape_markdown (g_strstrip (heading));
      *description = unescape_markdown (rest);
      return;
    }

  if (g_utf8_strlen (first, -1) > MAX_TITLE)
    {
      g_autofree char *plain = unescape_markdown (first);
      g_autofree char *whole = g_strjoinv ("\n", lines + i);

      *title = shorten (plain, MAX_TITLE);
      *description = unescape_markdown (g_strstrip (whole));
      return;
    }

  *title = unescape_markdown (first);
  *description = unescape_markdown (rest);
}

/* A text in the native file's shape, with its fingerprints, as our writer keeps it. */
static void
read_text_map (Reader     *reader,
               gpointer    target,
               SwField     field,
               JsonObject *data,
               const char *name)
{
  JsonObject *texts = get_object (data, name);
  JsonObject *fingerprints = get_object (get_object (data, "fingerprints"), name);
  g_autoptr(GList) languages = texts ? json_object_get_members (texts) : NULL;

  for (GList *l = languages; l != NULL; l = l->next)
    _sw_import_builder_set_text (reader->builder, target, field, l->data,
                                 get_string (texts, l->data), get_string (fingerprints, l->data));
}

/*
 * What the canvas shows wins over our data: someone may have edited the
 * card in another tool.  The data still gives every other language.
 */
static void
read_node_texts (Reader     *reader,
                 SwNode     *node,
                 JsonObject *object,
                 JsonObject *data,
                 const char *type)
{
  const char *language = get_string (data, "language");
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  SwText *current;

  if (language == NULL || !sw_language_tag_is_valid (language, NULL))
    language = reader->source_language;

  read_text_map (reader, node, SW_FIELD_TITLE, data, "title");
  read_text_map (reader, node, SW_FIELD_DESCRIPTION, data, "description");

  if (g_str_equal (type, "text"))
    split_markdown (get_string (object, "text") ? get_string (object, "text") : "", &title,
                    &description);
  else if (g_str_equal (type, "file"))
    {
      const char *file = get_string (object, "file") ? get_string (object, "file") : "";
      g_autofree char *base = g_path_get_basename (file);

      title = g_strconcat (base, get_string (object, "subpath"), NULL);
      description = g_strdup (file);
    }
  else if (g_str_equal (type, "link"))
    {
      title = g_strdup (get_string (object, "url"));
      description = g_strdup (get_string (object, "url"));
    }

  current = _sw_node_get_text_mut (node, SW_FIELD_TITLE);
  if ((title == NULL || title[0] == '\0') && sw_text_is_empty (current))
    {
      g_free (title);
      title = g_strdup (get_string (object, "id"));
      _sw_import_report_tally (reader->report, SW_IMPORT_TALLY_NO_TITLE);
    }
  if (title != NULL && title[0] != '\0' && g_strcmp0 (sw_text_get (current, language), title) != 0)
    _sw_import_builder_set_text (reader->builder, node, SW_FIELD_TITLE, language, title, NULL);

  current = _sw_node_get_text_mut (node, SW_FIELD_DESCRIPTION);
  if (description != NULL && description[0] != '\0'
      && g_strcmp0 (sw_text_get (current, language), description) != 0)
    _sw_import_builder_set_text (reader->builder, node, SW_FIELD_DESCRIPTION, language,
                                 description, NULL);
}

static void
read_node_fields (Reader     *reader,
                  SwNode     *node,
                  JsonObject *data,
                  const char *place)
{
  static const char * const fields[] = { "owner", "status", "start", "due", "indicator", NULL };
  JsonNode *tags = data ? json_object_get_member (data, "tags") : NULL;
  JsonNode *pinned = data ? json_object_get_member (data, "pinned") : NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    _sw_import_builder_set_field (reader->builder, node, fields[i], get_string (data, fields[i]),
                                  place);

  if (tags != NULL && JSON_NODE_HOLDS_ARRAY (tags))
    {
      JsonArray *array = json_node_get_array (tags);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;
      g_autofree char *joined = NULL;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *tag = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (tag) && json_node_get_value_type (tag) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (tag));
        }
      list = g_strv_builder_end (builder);
      joined = g_strjoinv ("|", list);
      _sw_import_builder_set_field (reader->builder, node, "tags", joined, place);
    }

  if (pinned != NULL && JSON_NODE_HOLDS_VALUE (pinned)
      && json_node_get_value_type (pinned) == G_TYPE_BOOLEAN)
    _sw_import_builder_set_field (reader->builder, node, "pinned",
                                  json_node_get_boolean (pinned) ? "true" : "false", place);
}

/* The canvas keeps the corner, the document the centre; our data keeps it exactly. */
static void
read_position (Reader     *reader,
               SwNode     *node,
               JsonObject *object,
               JsonObject *data)
{
  double x, y, width = SW_CARD_WIDTH, height = SW_CARD_HEIGHT, exact_x, exact_y;

  if (!get_number (object, "x", &x) || !get_number (object, "y", &y))
    return;

  get_number (object, "width", &width);
  get_number (object, "height", &height);
  x += width / 2;
  y += height / 2;

  /* Unless the card was moved in another tool since. */
  if (get_number (data, "x", &exact_x) && get_number (data, "y", &exact_y)
      && ABS (exact_x - x) <= 1 && ABS (exact_y - y) <= 1)
    {
      x = exact_x;
      y = exact_y;
    }

  _sw_import_builder_set_position (reader->builder, node, x, y);
}

static const char *
node_kind (Reader     *reader,
           const char *type,
           JsonObject *object,
           JsonObject *data)
{
  const char *kind = _sw_import_builder_find_node_kind (reader->builder, get_string (data, "kind"));

  if (g_str_equal (type, "file"))
    {
      _sw_import_report_tally (reader->report, SW_IMPORT_TALLY_FILE_NODES);
      return "note";
    }
  if (g_str_equal (type, "link"))
    {
      _sw_import_report_tally (reader->report, SW_IMPORT_TALLY_LINK_NODES);
      return "note";
    }
  if (!g_str_equal (type, "text"))
    {
      if (g_hash_table_add (reader->unknown_types, g_strdup (type)))
        _sw_import_report_add (reader->report,
                               _("Nodes of the unknown type “%s” became notes"), type);
      return "note";
    }

  /* Preset colours ("1" to "6") are drawn as each app likes, so they name no kind. */
  return kind ? kind : _sw_import_builder_node_kind_for_color (reader->builder,
                                                               get_string (object, "color"));
}

static void
read_group (Reader     *reader,
            JsonObject *object,
            GPtrArray  *groups)
{
  Group *group = g_new0 (Group, 1);

  _sw_import_report_tally (reader->report, SW_IMPORT_TALLY_GROUPS);
  if (!get_number (object, "x", &group->x) || !get_number (object, "y", &group->y)
      || !get_number (object, "width", &group->width)
      || !get_number (object, "height", &group->height) || get_string (object, "label") == NULL)
    {
      group_free (group);
      return;
    }

  group->label = g_strstrip (g_strdup (get_string (object, "label")));
  g_ptr_array_add (groups, group);
}

static void
read_node (Reader     *reader,
           JsonObject *object,
           guint       index,
           GPtrArray  *groups)
{
  JsonObject *data = get_object (object, SW_GRAPH_NAMESPACE_KEY);
  const char *id = get_string (object, "id");
  const char *type = get_string (object, "type");
  g_autofree char *place = NULL;
  SwNode *node;

  if (type != NULL && g_str_equal (type, "group"))
    {
      read_group (reader, object, groups);
      return;
    }

  if (id == NULL || type == NULL)
    {
      _sw_import_report_add (reader->report, _("%s: node %u has no “%s” and was skipped"),
                             reader->name, index + 1, id == NULL ? "id" : "type");
      return;
    }

  node = _sw_import_builder_add_node (reader->builder, id, get_string (data, "id"),
                                      node_kind (reader, type, object, data));
  if (node == NULL)
    {
      _sw_import_report_add (reader->report,
                             _("%s: a second node with the id “%s” was skipped"), reader->name, id);
      return;
    }

  place = g_strdup_printf ("%s: node “%s”", reader->name, id);
  read_node_texts (reader, node, object, data, type);
  read_node_fields (reader, node, data, place);
  read_position (reader, node, object, data);
}

/* Nodes whose centre lies in a group get the group's label as a tag. */
static void
apply_groups (Reader    *reader,
              GPtrArray *groups)
{
  SwDocument *document = _sw_import_builder_get_document (reader->builder);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      if (group->label[0] == '\0')
        continue;

      for (guint j = 0; j < sw_document_get_n_nodes (document); j++)
        {
          SwNode *node = sw_document_get_node (document, j);
          const char * const *tags = sw_node_get_tags (node);
          g_autofree char *joined = NULL;
          g_autofree char *more = NULL;

          if (sw_node_get_x (node) < group->x || sw_node_get_x (node) > group->x + group->width
              || sw_node_get_y (node) < group->y || sw_node_get_y (node) > group->y + group->height)
            continue;

          joined = tags ? g_strjoinv ("|", (char **) tags) : g_strdup ("");
          more = g_strconcat (joined, "|", group->label, NULL);
          _sw_import_builder_set_field (reader->builder, node, "tags", more, NULL);
        }
    }
}

static void
read_edge (Reader     *reader,
           JsonObject *object,
           guint       index)
{
  JsonObject *data = get_object (object, SW_GRAPH_NAMESPACE_KEY);
  const char *id = get_string (object, "id");
  const char *from_id = get_string (object, "fromNode");
  const char *to_id = get_string (object, "toNode");
  const char *label = get_string (object, "label");
  SwNode *from = _sw_import_builder_lookup (reader->builder, from_id);
  SwNode *to = _sw_import_builder_lookup (reader->builder, to_id);
  const char *kind;
  SwLink *link;

  if (from_id == NULL || to_id == NULL)
    {
      _sw_import_report_add (reader->report, _("%s: edge %u has no “%s” and was skipped"),
                             reader->name, index + 1, from_id == NULL ? "fromNode" : "toNode");
      return;
    }
  if (from == NULL || to == NULL)
    {
      _sw_import_report_add (reader->report,
                             _("%s: edge “%s”: there is no node “%s”; the edge was skipped"),
                             reader->name, id ? id : "", from == NULL ? from_id : to_id);
      return;
    }

  /* An edge drawn with its arrow at the start points the other way. */
  if (g_strcmp0 (get_string (object, "fromEnd"), "arrow") == 0
      && g_strcmp0 (get_string (object, "toEnd"), "none") == 0)
    {
      SwNode *swap = from;

      from = to;
      to = swap;
    }

  kind = _sw_import_builder_find_link_kind (reader->builder, get_string (data, "kind"));
  if (kind == NULL)
    kind = _sw_import_builder_find_link_kind (reader->builder, label);

  if (get_string (data, "id") != NULL)
    id = get_string (data, "id");
  link = _sw_import_builder_add_link (reader->builder, id, kind, from, to);
  if (link == NULL)
    return;

  read_text_map (reader, link, SW_FIELD_LABEL, data, "label");
  if (get_object (data, "label") == NULL && label != NULL
      && _sw_import_builder_find_link_kind (reader->builder, label) == NULL)
    _sw_import_builder_set_text (reader->builder, link, SW_FIELD_LABEL, reader->source_language,
                                 label, NULL);
}

static JsonArray *
get_array (JsonObject  *root,
           const char  *member,
           const char  *name,
           GError     **error)
{
  JsonNode *node = json_object_get_member (root, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_NOT_THIS_FORMAT,
                   _("%s: this is not a JSON Canvas file: “%s” is not a list"), name, member);
      return NULL;
    }

  return json_node_get_array (node);
}

/* The source language our data names, else the user's. */
static char *
find_source_language (JsonArray *nodes)
{
  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonNode *element = json_array_get_element (nodes, i);
      JsonObject *data = JSON_NODE_HOLDS_OBJECT (element)
                           ? get_object (json_node_get_object (element), SW_GRAPH_NAMESPACE_KEY)
                           : NULL;
      const char *language = get_string (data, "sourceLanguage");

      if (language != NULL && sw_language_tag_is_valid (language, NULL))
        return g_strdup (language);
    }

  return _sw_import_default_language ();
}

/* json-glib says "<data>:LINE:COLUMN: message"; the place is given the file's name. */
static void
set_syntax_error (GError       **error,
                  const char    *name,
                  const GError  *parse_error)
{
  const char *message = parse_error->message;
  guint line = 0, column = 0;
  int consumed = 0;

  if (g_str_has_prefix (message, "<data>:")
      && sscanf (message + strlen ("<data>:"), "%u:%u: %n", &line, &column, &consumed) == 2
      && consumed > 0)
    g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX, "%s:%u:%u: %s", name, line, column,
                 message + strlen ("<data>:") + consumed);
  else
    g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX, "%s: %s", name, message);
}

/* The checks of the bytes that json-glib does not make, then the parse. */
static JsonParser *
parse (GBytes      *bytes,
       const char  *name,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_problem_free);
  g_autoptr(GError) parse_error = NULL;
  SwFileError code;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (data == NULL || size == 0 || data[strspn (data, " \t\r\n")] == '\0')
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_EMPTY, _("%s: the file is empty"), name);
      return NULL;
    }
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  if (!_sw_import_check_utf8 (data, size, name, error))
    return NULL;

  /* json-glib recurses once per level of nesting: the native loader's scan keeps that shallow. */
  if (!_sw_json_check_text (data, size, name, problems, &code))
    {
      g_autofree char *message = sw_problems_to_string (problems);

      g_set_error_literal (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX, message);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      set_syntax_error (error, name, parse_error);
      return NULL;
    }

  return g_steal_pointer (&parser);
}

SwDocument *
_sw_import_canvas (const SwImportInput  *inputs,
                   guint                 n_inputs,
                   SwImportReport       *report,
                   GCancellable         *cancellable,
                   GError              **error)
{
  const char *name = inputs[0].name;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(SwImportBuilder) builder = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GHashTable) unknown_types = NULL;
  g_autofree char *source_language = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *nodes, *edges = NULL;
  Reader reader;

  g_return_val_if_fail (n_inputs == 1, NULL);

  parser = parse (inputs[0].bytes, name, error);
  if (parser == NULL)
    return NULL;

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_NOT_THIS_FORMAT,
                   _("%s: this is not a JSON Canvas file: it holds no object with “nodes” and "
                     "“edges”"), name);
      return NULL;
    }

  nodes = get_array (json_node_get_object (root), "nodes", name, &local_error);
  if (local_error == NULL)
    edges = get_array (json_node_get_object (root), "edges", name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  source_language = find_source_language (nodes);
  builder = _sw_import_builder_new (source_language, report);
  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  unknown_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader = (Reader) { builder, report, name, source_language, unknown_types };

  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonNode *element = json_array_get_element (nodes, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        read_node (&reader, json_node_get_object (element), i, groups);
      else
        _sw_import_report_add (report, _("%s: node %u is not an object and was skipped"), name,
                               i + 1);
    }
  apply_groups (&reader, groups);

  for (guint i = 0; edges != NULL && i < json_array_get_length (edges); i++)
    {
      JsonNode *element = json_array_get_element (edges, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        read_edge (&reader, json_node_get_object (element), i);
      else
        _sw_import_report_add (report, _("%s: edge %u is not an object and was skipped"), name,
                               i + 1);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return _sw_import_builder_finish (builder, name, error);
}
