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

#include "sw-json-reader-private.h"

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
