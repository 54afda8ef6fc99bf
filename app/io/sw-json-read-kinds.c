/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the kind table of a document: "kinds": {"nodes": [...], "links": [...]}. */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-document-private.h"
#include "sw-json-reader-private.h"
#include "sw-kind-private.h"
#include "sw-validate.h"

static const char * const label_fields[] = { "label", NULL };

/* Checks a kind's id; FALSE if it cannot be used at all. */
static gboolean
check_kind_id (SwJsonReader     *reader,
               const SwJsonPath *path,
               const char       *id,
               const char       *list,
               GHashTable       *seen)
{
  const SwJsonPath *id_path = SW_JSON_PATH_KEY (path, "id");
  gpointer first;

  if (id == NULL)
    return FALSE;

  if (!sw_id_is_valid (id))
    {
      _sw_json_report (reader, id_path,
                       _("“%s” is not a valid id: an id is a short name without spaces"), id);
    }
  else if (g_hash_table_lookup_extended (seen, id, NULL, &first))
    {
      /* Translators: e.g. "duplicate kind “objective”, first defined at /kinds/nodes/3" */
      _sw_json_report (reader, id_path, _("duplicate kind “%s”, first defined at /kinds/%s/%u"),
                       id, list, GPOINTER_TO_UINT (first));
      return FALSE;
    }

  g_hash_table_insert (seen, (gpointer) id, GUINT_TO_POINTER (path->index));
  return TRUE;
}

static void
check_color (SwJsonReader     *reader,
             const SwJsonPath *path,
             const char       *color)
{
  if (color != NULL && !sw_color_is_valid (color))
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, "color"),
                     _("“%s” is not a colour: write it as # and six hexadecimal digits, "
                       "such as #1c71d8"), color);
}

static SwNodeKind *
read_node_kind (SwJsonReader     *reader,
                JsonObject       *object,
                const SwJsonPath *path,
                GHashTable       *seen)
{
  static const char * const known[] = { "id", "label", "color", "icon", "fingerprints", NULL };
  g_autoptr(SwNodeKind) kind = NULL;
  g_autoptr(JsonObject) extra = NULL;
  const char *id, *color, *icon;
  SwText *label;
  guint n = 0;

  id = _sw_json_get_string (reader, object, path, "id", TRUE, &n);
  color = _sw_json_get_string (reader, object, path, "color", TRUE, &n);
  icon = _sw_json_get_string (reader, object, path, "icon", FALSE, &n);

  kind = sw_node_kind_new (id ? id : "", color);
  label = _sw_node_kind_get_label_mut (kind);
  _sw_json_read_text (reader, object, path, "label", TRUE, label, &n);
  _sw_json_read_fingerprints (reader, object, path, label_fields, &label, &n);
  check_color (reader, path, color);
  if (icon != NULL && icon[0] != '\0')
    _sw_node_kind_set_icon (kind, icon);

  extra = _sw_json_collect_extra (reader, object, path, known, n);
  _sw_node_kind_set_extra (kind, extra);

  return check_kind_id (reader, path, id, "nodes", seen) ? g_steal_pointer (&kind) : NULL;
}

static gboolean
read_style (SwJsonReader     *reader,
            JsonObject       *object,
            const SwJsonPath *path,
            SwLinkStyle      *style,
            guint            *n)
{
  const char *name = _sw_json_get_string (reader, object, path, "style", TRUE, n);

  if (name == NULL || sw_link_style_from_string (name, style))
    return name != NULL;

  _sw_json_report (reader, SW_JSON_PATH_KEY (path, "style"),
                   _("“%s” is not a line style: use “solid”, “dashed” or “dotted”"), name);
  return FALSE;
}

static SwParentEnd
read_parent (SwJsonReader     *reader,
             JsonObject       *object,
             const SwJsonPath *path,
             guint            *n)
{
  const char *name = _sw_json_get_string (reader, object, path, "parent", FALSE, n);

  if (name == NULL)
    return SW_PARENT_NONE;
  if (g_str_equal (name, "from"))
    return SW_PARENT_FROM;
  if (g_str_equal (name, "to"))
    return SW_PARENT_TO;

  _sw_json_report (reader, SW_JSON_PATH_KEY (path, "parent"),
                   _("“%s” is not an end of a link: use “from” or “to”"), name);
  return SW_PARENT_NONE;
}

static const char *
read_join_end (SwJsonReader     *reader,
               JsonObject       *object,
               const SwJsonPath *path,
               const char       *key,
               GHashTable       *node_kinds,
               guint            *n)
{
  const char *kind = _sw_json_get_string (reader, object, path, key, TRUE, n);

  if (kind != NULL && !g_str_equal (kind, SW_KIND_ANY) && !g_hash_table_contains (node_kinds, kind))
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, key),
                     _("there is no node kind “%s” in this document"), kind);

  return kind;
}

static void
read_joins (SwJsonReader     *reader,
            JsonObject       *object,
            const SwJsonPath *path,
            SwLinkKind       *kind,
            GHashTable       *node_kinds,
            guint            *n)
{
  static const char * const known[] = { "from", "to", NULL };
  JsonArray *joins = _sw_json_get_array (reader, object, path, "joins", FALSE, n);
  const SwJsonPath *joins_path = SW_JSON_PATH_KEY (path, "joins");

  for (guint i = 0; joins != NULL && i < json_array_get_length (joins); i++)
    {
      JsonObject *join = _sw_json_element_object (reader, joins, i, joins_path);
      const SwJsonPath *join_path = SW_JSON_PATH_INDEX (joins_path, i);
      g_autoptr(JsonObject) extra = NULL;
      const char *from, *to;
      guint n_join = 0;

      if (join == NULL)
        continue;

      from = read_join_end (reader, join, join_path, "from", node_kinds, &n_join);
      to = read_join_end (reader, join, join_path, "to", node_kinds, &n_join);
      extra = _sw_json_collect_extra (reader, join, join_path, known, n_join);
      if (from == NULL || to == NULL)
        continue;

      _sw_link_kind_add_join (kind, from, to);
      _sw_link_kind_set_join_extra (kind, sw_link_kind_get_n_joins (kind) - 1, extra);
    }
}

static SwLinkKind *
read_link_kind (SwJsonReader     *reader,
                JsonObject       *object,
                const SwJsonPath *path,
                GHashTable       *node_kinds,
                GHashTable       *seen)
{
  static const char * const known[] = {
    "id", "label", "color", "style", "parent", "joins", "fingerprints", NULL
  };
  g_autoptr(SwLinkKind) kind = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SwLinkStyle style = SW_LINK_STYLE_SOLID;
  const char *id, *color;
  SwParentEnd parent;
  SwText *label;
  guint n = 0;

  id = _sw_json_get_string (reader, object, path, "id", TRUE, &n);
  color = _sw_json_get_string (reader, object, path, "color", TRUE, &n);
  read_style (reader, object, path, &style, &n);
  parent = read_parent (reader, object, path, &n);

  kind = sw_link_kind_new (id ? id : "", color, style, parent);
  label = _sw_link_kind_get_label_mut (kind);
  _sw_json_read_text (reader, object, path, "label", TRUE, label, &n);
  check_color (reader, path, color);
  read_joins (reader, object, path, kind, node_kinds, &n);
  _sw_json_read_fingerprints (reader, object, path, label_fields, &label, &n);

  extra = _sw_json_collect_extra (reader, object, path, known, n);
  _sw_link_kind_set_extra (kind, extra);

  return check_kind_id (reader, path, id, "links", seen) ? g_steal_pointer (&kind) : NULL;
}

static GPtrArray *
read_node_kinds (SwJsonReader     *reader,
                 JsonArray        *array,
                 const SwJsonPath *path,
                 GHashTable       *seen)
{
  GPtrArray *kinds = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = _sw_json_element_object (reader, array, i, path);
      SwNodeKind *kind;

      if (object != NULL
          && (kind = read_node_kind (reader, object, SW_JSON_PATH_INDEX (path, i), seen)) != NULL)
        g_ptr_array_add (kinds, kind);
    }

  return kinds;
}

static GPtrArray *
read_link_kinds (SwJsonReader     *reader,
                 JsonArray        *array,
                 const SwJsonPath *path,
                 GHashTable       *node_kinds)
{
  GPtrArray *kinds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = _sw_json_element_object (reader, array, i, path);
      SwLinkKind *kind;

      if (object != NULL
          && (kind = read_link_kind (reader, object, SW_JSON_PATH_INDEX (path, i), node_kinds,
                                     seen)) != NULL)
        g_ptr_array_add (kinds, kind);
    }

  return kinds;
}

/*
 * Without "kinds", or without one of its lists, the document uses the
 * built-in kinds; the writer always writes the table out, so a file does
 * not change meaning when the defaults do.
 */
void
_sw_json_read_kinds (SwJsonReader     *reader,
                     JsonObject       *root,
                     const SwJsonPath *root_path,
                     guint            *n_found)
{
  static const char * const known[] = { "nodes", "links", NULL };
  JsonObject *kinds = _sw_json_get_object (reader, root, root_path, "kinds", FALSE, n_found);
  const SwJsonPath *kinds_path = SW_JSON_PATH_KEY (root_path, "kinds");
  const char *language = reader->source_language ? reader->source_language : "en";
  g_autoptr(GHashTable) node_kind_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) node_kinds = NULL;
  g_autoptr(GPtrArray) link_kinds = NULL;
  JsonArray *node_array = NULL;
  JsonArray *link_array = NULL;

  if (kinds != NULL)
    {
      g_autoptr(JsonObject) extra = NULL;
      guint n = 0;

      node_array = _sw_json_get_array (reader, kinds, kinds_path, "nodes", FALSE, &n);
      link_array = _sw_json_get_array (reader, kinds, kinds_path, "links", FALSE, &n);
      extra = _sw_json_collect_extra (reader, kinds, kinds_path, known, n);
      _sw_document_set_kinds_extra (reader->document, extra);
    }

  if (node_array != NULL)
    node_kinds = read_node_kinds (reader, node_array, SW_JSON_PATH_KEY (kinds_path, "nodes"),
                                  node_kind_ids);
  else
    {
      node_kinds = _sw_default_node_kinds (language);
      for (guint i = 0; i < node_kinds->len; i++)
        g_hash_table_add (node_kind_ids,
                          (gpointer) sw_node_kind_get_id (g_ptr_array_index (node_kinds, i)));
    }

  if (link_array != NULL)
    link_kinds = read_link_kinds (reader, link_array, SW_JSON_PATH_KEY (kinds_path, "links"),
                                  node_kind_ids);
  else
    link_kinds = _sw_default_link_kinds (language);

  _sw_document_set_kinds (reader->document, node_kinds, link_kinds);
}
