/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading the nodes and links of a document.  This is where large files
 * spend their time, so it allocates only what the document keeps: strings
 * are borrowed from the parsed tree until the model copies them, and ids are
 * looked up in one hash table shared by nodes and links.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-document-private.h"
#include "sw-json-reader-private.h"
#include "sw-node-private.h"
#include "sw-validate.h"

static const char * const node_text_fields[] = { "title", "description", NULL };
static const char * const link_text_fields[] = { "label", NULL };

static char *
describe_place (gpointer place)
{
  return g_strdup_printf (SW_JSON_PLACE_IS_LINK (place) ? "/links/%u" : "/nodes/%u",
                          SW_JSON_PLACE_INDEX (place));
}

/*
 * sw_id_is_valid(), with a fast path for the usual short ASCII id: no byte
 * up to the space (control characters and white space) and no DEL.
 */
static gboolean
id_is_valid (const char *id)
{
  const char *p;

  for (p = id; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x80)
        return sw_id_is_valid (id);
      if (c <= 0x20 || c == 0x7f)
        return FALSE;
    }

  return p > id && p - id <= 200;
}

/* Nodes and links share one space of ids.  FALSE if @id cannot be used. */
static gboolean
register_id (SwJsonReader     *reader,
             const SwJsonPath *path,
             const char       *id,
             gpointer          place)
{
  const SwJsonPath *id_path = SW_JSON_PATH_KEY (path, "id");
  gpointer first;

  if (id == NULL)
    return FALSE;

  first = g_hash_table_lookup (reader->ids, id);
  if (first != NULL)
    {
      g_autofree char *where = describe_place (first);

      _sw_json_report (reader, id_path, _("duplicate id “%s”, first used at %s"), id, where);
      return FALSE;
    }

  /* A malformed id is still registered, so that links to it are not reported too. */
  if (!id_is_valid (id))
    _sw_json_report (reader, id_path,
                     _("“%s” is not a valid id: an id is a short name without spaces"), id);

  g_hash_table_insert (reader->ids, (gpointer) id, place);
  return TRUE;
}

static void
read_status (SwJsonReader     *reader,
             JsonObject       *object,
             const SwJsonPath *path,
             SwNode           *node,
             guint            *n)
{
  const char *name = _sw_json_get_string (reader, object, path, "status", FALSE, n);
  SwNodeStatus status;

  if (name == NULL)
    return;

  if (sw_node_status_from_string (name, &status))
    _sw_node_set_status (node, status);
  else
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, "status"),
                     _("“%s” is not a status: use “proposed”, “active”, “done”, “at-risk” "
                       "or “dropped”"), name);
}

static const char *
read_date (SwJsonReader     *reader,
           JsonObject       *object,
           const SwJsonPath *path,
           const char       *key,
           guint            *n)
{
  const char *date = _sw_json_get_string (reader, object, path, key, FALSE, n);

  if (date != NULL && !sw_date_is_valid (date))
    {
      _sw_json_report (reader, SW_JSON_PATH_KEY (path, key),
                       _("“%s” is not a date: write it as YYYY-MM-DD, such as 2024-05-06"), date);
      return NULL;
    }

  return date;
}

static void
read_node_fields (SwJsonReader     *reader,
                  JsonObject       *object,
                  const SwJsonPath *path,
                  SwNode           *node,
                  guint            *n)
{
  g_autofree const char **tags = NULL;
  double x = 0, y = 0;
  gboolean pinned = FALSE;

  _sw_node_set_owner (node, _sw_json_get_string (reader, object, path, "owner", FALSE, n));
  read_status (reader, object, path, node, n);
  _sw_node_set_start (node, read_date (reader, object, path, "start", n));
  _sw_node_set_due (node, read_date (reader, object, path, "due", n));
  _sw_node_set_indicator (node, _sw_json_get_string (reader, object, path, "indicator", FALSE, n));

  tags = _sw_json_get_string_list (reader, object, path, "tags", n);
  _sw_node_set_tags (node, tags);

  _sw_json_get_number (reader, object, path, "x", &x, n);
  _sw_json_get_number (reader, object, path, "y", &y, n);
  _sw_node_set_position (node, x, y);

  if (_sw_json_get_boolean (reader, object, path, "pinned", &pinned, n))
    _sw_node_set_pinned (node, pinned);
}

static void
read_node (SwJsonReader     *reader,
           JsonObject       *object,
           const SwJsonPath *path)
{
  static const char * const known[] = {
    "id", "kind", "title", "description", "owner", "status", "start", "due", "indicator",
    "tags", "x", "y", "pinned", "fingerprints", NULL
  };
  g_autoptr(SwNode) node = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SwText *texts[2];
  const char *id, *kind;
  gboolean usable;
  guint n = 0;

  id = _sw_json_get_string (reader, object, path, "id", TRUE, &n);
  kind = _sw_json_get_string (reader, object, path, "kind", TRUE, &n);
  usable = register_id (reader, path, id, SW_JSON_NODE_PLACE (path->index));

  if (kind != NULL && sw_document_lookup_node_kind (reader->document, kind) == NULL)
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, "kind"),
                     _("there is no node kind “%s” in this document"), kind);

  node = _sw_node_new (id, kind);
  texts[0] = _sw_node_get_text_mut (node, SW_FIELD_TITLE);
  texts[1] = _sw_node_get_text_mut (node, SW_FIELD_DESCRIPTION);
  _sw_json_read_text (reader, object, path, "title", TRUE, texts[0], &n);
  _sw_json_read_text (reader, object, path, "description", FALSE, texts[1], &n);
  read_node_fields (reader, object, path, node, &n);
  _sw_json_read_fingerprints (reader, object, path, node_text_fields, texts, &n);

  extra = _sw_json_collect_extra (reader, object, path, known, n);
  _sw_node_set_extra (node, extra);

  if (usable)
    _sw_document_append_node (reader->document, node);
}

void
_sw_json_read_nodes (SwJsonReader     *reader,
                     JsonObject       *root,
                     const SwJsonPath *root_path,
                     guint            *n_found)
{
  JsonArray *nodes = _sw_json_get_array (reader, root, root_path, "nodes", TRUE, n_found);
  const SwJsonPath *nodes_path = SW_JSON_PATH_KEY (root_path, "nodes");
  guint length;

  if (nodes == NULL)
    return;

  /* No nodes is a valid document: what New makes, saved as it is. */
  length = json_array_get_length (nodes);
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object = _sw_json_element_object (reader, nodes, i, nodes_path);

      if (object != NULL)
        read_node (reader, object, SW_JSON_PATH_INDEX (nodes_path, i));
    }
}

/* The node a link end names, or NULL after reporting why there is none. */
static SwNode *
resolve_end (SwJsonReader     *reader,
             const SwJsonPath *path,
             const char       *key,
             const char       *id)
{
  gpointer place;

  if (id == NULL)
    return NULL;

  place = g_hash_table_lookup (reader->ids, id);
  if (place == NULL)
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, key), _("there is no node with the id “%s”"),
                     id);
  else if (SW_JSON_PLACE_IS_LINK (place))
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, key),
                     _("“%s” is the id of a link, not of a node"), id);
  else
    return sw_document_lookup_node (reader->document, id);

  return NULL;
}

static gboolean
is_duplicate_link (SwNode     *from,
                   SwNode     *to,
                   const char *kind)
{
  GPtrArray *out = _sw_node_get_links_out (from);
  GPtrArray *in = _sw_node_get_links_in (to);
  gboolean use_out = out->len <= in->len;
  GPtrArray *shorter = use_out ? out : in;

  for (guint i = 0; i < shorter->len; i++)
    {
      SwLink *link = g_ptr_array_index (shorter, i);

      if ((use_out ? sw_link_get_to (link) == to : sw_link_get_from (link) == from)
          && g_str_equal (sw_link_get_kind (link), kind))
        return TRUE;
    }

  return FALSE;
}

/* The rules of sw_document_add_link(), worded for a file. */
static gboolean
check_link (SwJsonReader     *reader,
            const SwJsonPath *path,
            SwLinkKind       *kind,
            SwNode           *from,
            SwNode           *to)
{
  SwDocument *document = reader->document;
  const char *kind_id = sw_link_kind_get_id (kind);

  if (from == to)
    {
      _sw_json_report (reader, SW_JSON_PATH_KEY (path, "to"), _("a node cannot be linked to itself"));
      return FALSE;
    }

  /* A node without a kind was reported with its own problem; no rule can judge its links. */
  if (sw_node_get_kind (from) == NULL || sw_node_get_kind (to) == NULL)
    return FALSE;

  if (!sw_link_kind_allows (kind, sw_node_get_kind (from), sw_node_get_kind (to)))
    {
      /* Translators: e.g. "a “guides” link cannot go from a node of kind “Objective” to one of kind “Partner”" */
      _sw_json_report (reader, path,
                       _("a “%s” link cannot go from a node of kind “%s” to one of kind “%s”"),
                       sw_document_get_kind_label (document, kind_id, NULL),
                       sw_document_get_kind_label (document, sw_node_get_kind (from), NULL),
                       sw_document_get_kind_label (document, sw_node_get_kind (to), NULL));
      return FALSE;
    }

  if (is_duplicate_link (from, to, kind_id))
    {
      _sw_json_report (reader, path, _("these nodes are already joined by a “%s” link"),
                       sw_document_get_kind_label (document, kind_id, NULL));
      return FALSE;
    }

  return TRUE;
}

static void
read_link (SwJsonReader     *reader,
           JsonObject       *object,
           const SwJsonPath *path)
{
  static const char * const known[] = { "id", "kind", "from", "to", "label", "fingerprints", NULL };
  g_autoptr(SwLink) link = NULL;
  g_autoptr(SwText) scratch = NULL;
  g_autoptr(JsonObject) extra = NULL;
  SwLinkKind *kind = NULL;
  SwNode *from, *to;
  const char *id, *kind_id;
  SwText *label;
  gboolean usable;
  guint n = 0;

  id = _sw_json_get_string (reader, object, path, "id", TRUE, &n);
  kind_id = _sw_json_get_string (reader, object, path, "kind", TRUE, &n);
  from = resolve_end (reader, path, "from",
                      _sw_json_get_string (reader, object, path, "from", TRUE, &n));
  to = resolve_end (reader, path, "to", _sw_json_get_string (reader, object, path, "to", TRUE, &n));
  usable = register_id (reader, path, id, SW_JSON_LINK_PLACE (path->index));

  if (kind_id != NULL && (kind = sw_document_lookup_link_kind (reader->document, kind_id)) == NULL)
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, "kind"),
                     _("there is no link kind “%s” in this document"), kind_id);

  usable = usable && kind != NULL && from != NULL && to != NULL
           && check_link (reader, path, kind, from, to);

  /* A link that cannot be built still has its label checked, in a text of its own. */
  if (usable)
    {
      link = _sw_link_new (id, kind_id, from, to);
      label = _sw_link_get_label_mut (link);
    }
  else
    label = scratch = sw_text_new ();

  _sw_json_read_text (reader, object, path, "label", FALSE, label, &n);
  _sw_json_read_fingerprints (reader, object, path, link_text_fields, &label, &n);
  extra = _sw_json_collect_extra (reader, object, path, known, n);

  if (link != NULL)
    {
      _sw_link_set_extra (link, extra);
      _sw_document_append_link (reader->document, link);
    }
}

void
_sw_json_read_links (SwJsonReader     *reader,
                     JsonObject       *root,
                     const SwJsonPath *root_path,
                     guint            *n_found)
{
  JsonArray *links = _sw_json_get_array (reader, root, root_path, "links", FALSE, n_found);
  const SwJsonPath *links_path = SW_JSON_PATH_KEY (root_path, "links");

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *object = _sw_json_element_object (reader, links, i, links_path);

      if (object != NULL)
        read_link (reader, object, SW_JSON_PATH_INDEX (links_path, i));
    }
}
