/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Typed access to the parsed tree for the reader: each getter reports what
 * is missing or of the wrong type, with the JSON pointer of the value, and
 * counts the known keys it found, so that an object without unknown keys
 * is recognised by its size alone, without walking its members.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-json-reader-private.h"
#include "sw-text-private.h"
#include "sw-validate.h"

static void
append_pointer (GString          *pointer,
                const SwJsonPath *path)
{
  if (path == NULL)
    return;

  append_pointer (pointer, path->parent);
  g_string_append_c (pointer, '/');

  if (path->key == NULL)
    {
      g_string_append_printf (pointer, "%u", path->index);
      return;
    }

  /* RFC 6901: "~" and "/" in a member name are escaped. */
  for (const char *p = path->key; *p; p++)
    {
      if (*p == '~')
        g_string_append (pointer, "~0");
      else if (*p == '/')
        g_string_append (pointer, "~1");
      else
        g_string_append_c (pointer, *p);
    }
}

/**
 * _sw_json_path_to_pointer:
 * @path: (nullable): a place in the document; %NULL is the whole document
 *
 * Returns: (transfer full): the JSON pointer of @path, "" for the whole document.
 */
char *
_sw_json_path_to_pointer (const SwJsonPath *path)
{
  GString *pointer = g_string_new (NULL);

  append_pointer (pointer, path);
  return g_string_free (pointer, FALSE);
}

void
_sw_json_report (SwJsonReader     *reader,
                 const SwJsonPath *path,
                 const char       *format,
                 ...)
{
  g_autofree char *pointer = _sw_json_path_to_pointer (path);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->problems, sw_problem_new (reader->file, 0, 0, pointer, message));
}

void
_sw_json_report_missing (SwJsonReader     *reader,
                         const SwJsonPath *path,
                         const char       *key)
{
  /* Translators: %s is a key of the file, such as “title” */
  _sw_json_report (reader, path, _("“%s” is missing"), key);
}

/* The type of a value, as a person says it: "a string", "a list"... */
const char *
_sw_json_describe (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node) ? "true" : "false";
    default:
      return _("a number");
    }
}

void
_sw_json_report_type (SwJsonReader     *reader,
                      const SwJsonPath *path,
                      const char       *expected,
                      JsonNode         *found)
{
  /* Translators: e.g. "expected a string, found a number" */
  _sw_json_report (reader, path, _("expected %s, found %s"), expected, _sw_json_describe (found));
}

gboolean
_sw_json_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/**
 * _sw_json_member:
 * @n_found: (inout): incremented when @key is present
 *
 * Returns: (transfer none) (nullable): the value of @key, reporting it if
 *   it is required and missing.
 */
JsonNode *
_sw_json_member (SwJsonReader     *reader,
                 JsonObject       *object,
                 const SwJsonPath *path,
                 const char       *key,
                 gboolean          required,
                 guint            *n_found)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node != NULL)
    (*n_found)++;
  else if (required)
    _sw_json_report_missing (reader, path, key);

  return node;
}

const char *
_sw_json_get_string (SwJsonReader     *reader,
                     JsonObject       *object,
                     const SwJsonPath *path,
                     const char       *key,
                     gboolean          required,
                     guint            *n_found)
{
  JsonNode *node = _sw_json_member (reader, object, path, key, required, n_found);

  if (node == NULL)
    return NULL;
  if (!_sw_json_is_string (node))
    {
      _sw_json_report_type (reader, SW_JSON_PATH_KEY (path, key), _("a string"), node);
      return NULL;
    }

  return json_node_get_string (node);
}

JsonObject *
_sw_json_get_object (SwJsonReader     *reader,
                     JsonObject       *object,
                     const SwJsonPath *path,
                     const char       *key,
                     gboolean          required,
                     guint            *n_found)
{
  JsonNode *node = _sw_json_member (reader, object, path, key, required, n_found);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _sw_json_report_type (reader, SW_JSON_PATH_KEY (path, key), _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
_sw_json_get_array (SwJsonReader     *reader,
                    JsonObject       *object,
                    const SwJsonPath *path,
                    const char       *key,
                    gboolean          required,
                    guint            *n_found)
{
  JsonNode *node = _sw_json_member (reader, object, path, key, required, n_found);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _sw_json_report_type (reader, SW_JSON_PATH_KEY (path, key), _("a list"), node);
      return NULL;
    }

  return json_node_get_array (node);
}

/* Whole pixels as far as a double holds them exactly, so that the writer can print them as integers. */
#define MAX_COORDINATE 9007199254740992.0

gboolean
_sw_json_get_number (SwJsonReader     *reader,
                     JsonObject       *object,
                     const SwJsonPath *path,
                     const char       *key,
                     double           *value,
                     guint            *n_found)
{
  JsonNode *node = _sw_json_member (reader, object, path, key, FALSE, n_found);

  if (node == NULL)
    return FALSE;
  if (!is_number (node))
    {
      _sw_json_report_type (reader, SW_JSON_PATH_KEY (path, key), _("a number"), node);
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!isfinite (*value) || fabs (*value) > MAX_COORDINATE)
    {
      _sw_json_report (reader, SW_JSON_PATH_KEY (path, key), _("this number is too large"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_sw_json_get_boolean (SwJsonReader     *reader,
                      JsonObject       *object,
                      const SwJsonPath *path,
                      const char       *key,
                      gboolean         *value,
                      guint            *n_found)
{
  JsonNode *node = _sw_json_member (reader, object, path, key, FALSE, n_found);

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      _sw_json_report_type (reader, SW_JSON_PATH_KEY (path, key), _("true or false"), node);
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

JsonObject *
_sw_json_element_object (SwJsonReader     *reader,
                         JsonArray        *array,
                         guint             index,
                         const SwJsonPath *path)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _sw_json_report_type (reader, SW_JSON_PATH_INDEX (path, index), _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

const char *
_sw_json_element_string (SwJsonReader     *reader,
                         JsonArray        *array,
                         guint             index,
                         const SwJsonPath *path)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!_sw_json_is_string (node))
    {
      _sw_json_report_type (reader, SW_JSON_PATH_INDEX (path, index), _("a string"), node);
      return NULL;
    }

  return json_node_get_string (node);
}

/**
 * _sw_json_get_string_list:
 *
 * Returns: (transfer container) (nullable): the strings of the list @key,
 *   %NULL-terminated and owned by the parsed tree; %NULL if @key is absent
 *   or any element is not a string.
 */
const char **
_sw_json_get_string_list (SwJsonReader     *reader,
                          JsonObject       *object,
                          const SwJsonPath *path,
                          const char       *key,
                          guint            *n_found)
{
  JsonArray *array = _sw_json_get_array (reader, object, path, key, FALSE, n_found);
  const SwJsonPath *array_path = SW_JSON_PATH_KEY (path, key);
  g_autofree const char **strings = NULL;
  gboolean ok = TRUE;
  guint length;

  if (array == NULL)
    return NULL;

  length = json_array_get_length (array);
  strings = g_new (const char *, length + 1);
  for (guint i = 0; i < length; i++)
    {
      strings[i] = _sw_json_element_string (reader, array, i, array_path);
      ok = ok && strings[i] != NULL;
    }
  strings[length] = NULL;

  return ok ? g_steal_pointer (&strings) : NULL;
}

/* Reports a language that is not a valid tag or not one of the document's. */
void
_sw_json_check_language (SwJsonReader     *reader,
                         const SwJsonPath *path,
                         const char       *language)
{
  g_autoptr(GError) error = NULL;

  if (!sw_language_tag_is_valid (language, &error))
    _sw_json_report (reader, path, "%s", error->message);
  else if (reader->source_language != NULL
           && !sw_document_has_language (reader->document, language))
    _sw_json_report (reader, path,
                     _("“%s” is not one of the document's languages: add it to “languages” first"),
                     language);
}

static guint
read_text_entry (SwJsonReader     *reader,
                 JsonObject       *map,
                 const SwJsonPath *path,
                 const char       *language,
                 SwText           *text)
{
  JsonNode *node = json_object_get_member (map, language);

  if (node == NULL)
    return 0;

  if (!_sw_json_is_string (node))
    _sw_json_report_type (reader, SW_JSON_PATH_KEY (path, language), _("a string"), node);
  else
    _sw_text_set (text, language, json_node_get_string (node), NULL);

  return 1;
}

/*
 * A text is read language by language in the document's order, which is
 * also the order the writer uses; only an object with other keys is walked,
 * to report them.
 */
void
_sw_json_read_text (SwJsonReader     *reader,
                    JsonObject       *object,
                    const SwJsonPath *path,
                    const char       *key,
                    gboolean          required,
                    SwText           *text,
                    guint            *n_found)
{
  JsonObject *map = _sw_json_get_object (reader, object, path, key, required, n_found);
  const SwJsonPath *text_path = SW_JSON_PATH_KEY (path, key);
  const char * const *targets = sw_document_get_languages (reader->document);
  g_autoptr(GList) members = NULL;
  guint n_read = 0;

  if (map == NULL)
    return;

  if (reader->source_language != NULL)
    {
      n_read += read_text_entry (reader, map, text_path, reader->source_language, text);
      for (guint i = 0; targets[i] != NULL; i++)
        n_read += read_text_entry (reader, map, text_path, targets[i], text);
    }

  if (json_object_get_size (map) == n_read)
    return;

  members = json_object_get_members (map);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *language = l->data;
      const SwJsonPath *entry_path = SW_JSON_PATH_KEY (text_path, language);
      JsonNode *node = json_object_get_member (map, language);

      if (reader->source_language != NULL && sw_document_has_language (reader->document, language))
        continue;

      _sw_json_check_language (reader, entry_path, language);
      if (!_sw_json_is_string (node))
        _sw_json_report_type (reader, entry_path, _("a string"), node);
    }
}

static void
read_fingerprint (SwJsonReader     *reader,
                  JsonObject       *map,
                  const SwJsonPath *path,
                  const char       *language,
                  SwText           *text)
{
  JsonNode *node = json_object_get_member (map, language);
  const SwJsonPath *fingerprint_path = SW_JSON_PATH_KEY (path, language);
  const char *fingerprint;

  if (!_sw_json_is_string (node))
    {
      _sw_json_report_type (reader, fingerprint_path, _("a string"), node);
      return;
    }

  fingerprint = json_node_get_string (node);
  if (!sw_fingerprint_is_valid (fingerprint))
    _sw_json_report (reader, fingerprint_path,
                     _("“%s” is not a fingerprint: it should be 12 lowercase hexadecimal digits"),
                     fingerprint);
  else if (sw_text_get (text, language) == NULL)
    _sw_json_report (reader, fingerprint_path,
                     _("there is no “%s” translation for this fingerprint to belong to"), language);
  else
    _sw_text_set (text, language, sw_text_get (text, language), fingerprint);
}

static void
read_field_fingerprints (SwJsonReader     *reader,
                         JsonObject       *map,
                         const SwJsonPath *path,
                         SwText           *text)
{
  const char * const *targets = sw_document_get_languages (reader->document);
  g_autoptr(GList) members = NULL;
  guint n_read = 0;

  if (reader->source_language != NULL)
    for (guint i = 0; targets[i] != NULL; i++)
      if (json_object_has_member (map, targets[i]))
        {
          read_fingerprint (reader, map, path, targets[i], text);
          n_read++;
        }

  if (json_object_get_size (map) == n_read)
    return;

  members = json_object_get_members (map);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *language = l->data;

      if (reader->source_language == NULL)
        continue;
      if (g_str_equal (language, reader->source_language))
        _sw_json_report (reader, SW_JSON_PATH_KEY (path, language),
                         _("the source text has no fingerprint: only translations do"));
      else if (!sw_document_has_language (reader->document, language))
        _sw_json_check_language (reader, SW_JSON_PATH_KEY (path, language), language);
    }
}

/*
 * Fingerprints are read after the texts they belong to.  @fields names the
 * translatable fields of the object, @texts their texts, in the same order.
 */
void
_sw_json_read_fingerprints (SwJsonReader       *reader,
                            JsonObject         *object,
                            const SwJsonPath   *path,
                            const char * const *fields,
                            SwText * const     *texts,
                            guint              *n_found)
{
  JsonObject *map = _sw_json_get_object (reader, object, path, "fingerprints", FALSE, n_found);
  const SwJsonPath *map_path = SW_JSON_PATH_KEY (path, "fingerprints");
  g_autoptr(GList) members = NULL;
  guint n_read = 0;

  if (map == NULL)
    return;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      JsonObject *field = _sw_json_get_object (reader, map, map_path, fields[i], FALSE, &n_read);

      if (field != NULL)
        read_field_fingerprints (reader, field, SW_JSON_PATH_KEY (map_path, fields[i]), texts[i]);
    }

  if (json_object_get_size (map) == n_read)
    return;

  members = json_object_get_members (map);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (fields, l->data))
      _sw_json_report (reader, SW_JSON_PATH_KEY (map_path, (const char *) l->data),
                       _("there is no translatable text “%s” here to have fingerprints"),
                       (const char *) l->data);
}

/* json-glib reads 1e999 as infinity, which JSON cannot write back. */
static void
check_numbers (SwJsonReader     *reader,
               JsonNode         *node,
               const SwJsonPath *path)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        check_numbers (reader, json_object_get_member (object, l->data),
                       SW_JSON_PATH_KEY (path, (const char *) l->data));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        check_numbers (reader, json_array_get_element (array, i), SW_JSON_PATH_INDEX (path, i));
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE
           && !isfinite (json_node_get_double (node)))
    {
      _sw_json_report (reader, path, _("this number is too large"));
    }
}

/**
 * _sw_json_collect_extra:
 * @known: the keys the app reads in @object
 * @n_found: how many of them @object has
 *
 * Returns: (transfer full) (nullable): the other keys of @object, in the
 *   file's order, or %NULL if there are none.
 */
JsonObject *
_sw_json_collect_extra (SwJsonReader       *reader,
                        JsonObject         *object,
                        const SwJsonPath   *path,
                        const char * const *known,
                        guint               n_found)
{
  g_autoptr(GList) members = NULL;
  JsonObject *extra;

  if (json_object_get_size (object) <= n_found)
    return NULL;

  extra = json_object_new ();
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node;

      if (g_strv_contains (known, name))
        continue;

      node = json_object_get_member (object, name);
      check_numbers (reader, node, SW_JSON_PATH_KEY (path, name));
      /* A shallow copy: the objects and arrays inside are shared, not duplicated. */
      json_object_set_member (extra, name, json_node_copy (node));
    }

  return extra;
}
