/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading translatable texts, their fingerprints and the keys the app does
 * not know.  Texts are read in the document's language order, which is also
 * the order the writer uses; an object is only walked member by member when
 * its size says it holds something else, to report or to keep it.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sw-document-private.h"
#include "sw-json-reader-private.h"
#include "sw-text-private.h"
#include "sw-validate.h"

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

/* A required text may be empty, {}: the writer writes an empty title so. */
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
  guint size;

  if (map == NULL)
    return;

  size = json_object_get_size (map);

  /* Most texts have only their source: stop looking once every entry is found. */
  if (reader->source_language != NULL)
    {
      n_read += read_text_entry (reader, map, text_path, reader->source_language, text);
      for (guint i = 0; targets[i] != NULL && n_read < size; i++)
        n_read += read_text_entry (reader, map, text_path, targets[i], text);
    }

  if (size == n_read)
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
    for (guint i = 0; targets[i] != NULL && n_read < json_object_get_size (map); i++)
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

/*
 * A deep copy of a value the app does not know, so that the document
 * shares nothing with the parsed tree (json-glib's reference counts are not
 * atomic, and the tree may be freed in another thread).  Numbers that JSON
 * cannot write back are reported: json-glib reads 1e999 as infinity.
 */
static JsonNode *
copy_value (SwJsonReader     *reader,
            JsonNode         *node,
            const SwJsonPath *path)
{
  JsonNode *copy = json_node_alloc ();

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);
      g_autoptr(JsonObject) object_copy = json_object_new ();

      for (GList *l = members; l != NULL; l = l->next)
        json_object_set_member (object_copy, l->data,
                                copy_value (reader, json_object_get_member (object, l->data),
                                            SW_JSON_PATH_KEY (path, (const char *) l->data)));
      return json_node_init_object (copy, object_copy);
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);
      g_autoptr(JsonArray) array_copy = json_array_sized_new (length);

      for (guint i = 0; i < length; i++)
        json_array_add_element (array_copy,
                                copy_value (reader, json_array_get_element (array, i),
                                            SW_JSON_PATH_INDEX (path, i)));
      return json_node_init_array (copy, array_copy);
    }

  if (JSON_NODE_HOLDS_NULL (node))
    return json_node_init_null (copy);

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return json_node_init_string (copy, json_node_get_string (node));
    case G_TYPE_BOOLEAN:
      return json_node_init_boolean (copy, json_node_get_boolean (node));
    case G_TYPE_DOUBLE:
      if (!isfinite (json_node_get_double (node)))
        _sw_json_report (reader, path, _("this number is too large"));
      return json_node_init_double (copy, json_node_get_double (node));
    default:
      return json_node_init_int (copy, json_node_get_int (node));
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
      json_object_set_member (extra, name, copy_value (reader, node, SW_JSON_PATH_KEY (path, name)));
    }

  return extra;
}
