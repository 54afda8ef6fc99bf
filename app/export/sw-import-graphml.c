/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Importing GraphML as yEd, Gephi, networkx and this app write it.
 *
 * Values are found by their key's attr.name, so our own keys ("kind",
 * "title", "title.fr", "x", ...) come back exactly, and the names other
 * tools use ("label", "type", "description", Gephi's "r"/"g"/"b") are read
 * too; Gephi's y axis points up, so its positions are turned over.  yEd
 * keeps labels, colours and geometry in its own "nodegraphics" elements,
 * which are read when nothing plainer says the same.  A yEd group
 * (a node holding a graph) is not a node here: its nodes are imported and
 * its label becomes a tag of each of them.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <json-glib/json-glib.h>

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-import-private.h"
#include "sw-validate.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define YFILES_NS  "http://www.yworks.com/xml/graphml"

/* Groups inside groups, deeper than anyone draws them. */
#define MAX_GRAPH_DEPTH 32

typedef struct
{
  char *name;           /* attr.name, or the id when there is none */
  char *domain;         /* "node", "edge", "graph" or "all" */
  char *yfiles_type;    /* "nodegraphics", "edgegraphics", ... */
  char *default_value;
} Key;

typedef struct
{
  SwImportBuilder *builder;
  SwImportReport  *report;
  const char      *name;
  const char      *ns;          /* the GraphML namespace, or NULL in files without one */
  GHashTable      *keys;        /* id -> Key */
  char            *language;    /* of the plain "title", "description" and "label" values */
  GPtrArray       *edges;       /* SwXmlElement*, read once every node is known */
  GHashTable      *unknown_kinds;
  gboolean         undirected_reported;
  gboolean         hyperedges_reported;
  gboolean         y_up;        /* Gephi's files: y grows upwards */
  GCancellable    *cancellable;
} Reader;

/* What one <node> or <edge> says, by attr.name, with yEd's drawing beside it. */
typedef struct
{
  GHashTable *values;   /* attr.name -> text */
  char       *label;    /* yEd's NodeLabel or EdgeLabel */
  char       *fill;     /* yEd's fill colour */
  gboolean    has_geometry;
  double      x, y, width, height;
} Element;

static void
key_free (Key *key)
{
  g_free (key->name);
  g_free (key->domain);
  g_free (key->yfiles_type);
  g_free (key->default_value);
  g_free (key);
}

static void
element_clear (Element *element)
{
  g_clear_pointer (&element->values, g_hash_table_unref);
  g_clear_pointer (&element->label, g_free);
  g_clear_pointer (&element->fill, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Element, element_clear)

static gboolean
parse_double (const char *text,
              double     *value)
{
  char *end = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  *value = g_ascii_strtod (text, &end);
  while (end != NULL && g_ascii_isspace (*end))
    end++;

  return end != NULL && *end == '\0';
}

static void
read_keys (Reader       *reader,
           SwXmlElement *root)
{
  for (guint i = 0; root->children != NULL && i < root->children->len; i++)
    {
      SwXmlElement *child = g_ptr_array_index (root->children, i);
      SwXmlElement *default_element;
      const char *id, *name;
      Key *key;

      if (child->ns != reader->ns || !g_str_equal (child->name, "key"))
        continue;

      id = _sw_xml_get_attribute (child, "id");
      if (id == NULL)
        continue;

      name = _sw_xml_get_attribute (child, "attr.name");
      key = g_new0 (Key, 1);
      key->name = g_strdup (name ? name : id);
      key->domain = g_strdup (_sw_xml_get_attribute (child, "for"));
      key->yfiles_type = g_strdup (_sw_xml_get_attribute (child, "yfiles.type"));
      default_element = _sw_xml_get_child (child, reader->ns, "default");
      if (default_element != NULL)
        key->default_value = _sw_xml_get_text (default_element);
      g_hash_table_replace (reader->keys, g_strdup (id), key);

      /*
       * Gephi's y axis points up, ours down, as on screen.  Its GraphML
       * writer names no tool and has no namespace of its own, but always
       * declares the edge label under this fixed id and name.
       */
      if (g_str_equal (id, "edgelabel") && g_strcmp0 (name, "Edge Label") == 0
          && g_strcmp0 (key->domain, "edge") == 0)
        reader->y_up = TRUE;
    }
}

/* yEd's drawing of a node or an edge: the label, the fill and the box. */
static void
read_yfiles (SwXmlElement *data,
             Element      *element)
{
  SwXmlElement *geometry = _sw_xml_find (data, YFILES_NS, "Geometry");
  SwXmlElement *fill = _sw_xml_find (data, YFILES_NS, "Fill");
  SwXmlElement *label = _sw_xml_find (data, YFILES_NS, "NodeLabel");

  if (label == NULL)
    label = _sw_xml_find (data, YFILES_NS, "EdgeLabel");
  if (label != NULL && element->label == NULL)
    element->label = _sw_xml_get_text (label);

  if (fill != NULL && element->fill == NULL)
    element->fill = g_strdup (_sw_xml_get_attribute (fill, "color"));

  if (geometry != NULL)
    element->has_geometry = parse_double (_sw_xml_get_attribute (geometry, "x"), &element->x)
                            && parse_double (_sw_xml_get_attribute (geometry, "y"), &element->y)
                            && parse_double (_sw_xml_get_attribute (geometry, "width"),
                                             &element->width)
                            && parse_double (_sw_xml_get_attribute (geometry, "height"),
                                             &element->height);
}

static void
read_element (Reader       *reader,
              SwXmlElement *xml,
              const char   *domain,
              Element      *element)
{
  GHashTableIter iter;
  gpointer id, value;

  element->values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  /* Defaults first, so that the element's own data replaces them. */
  g_hash_table_iter_init (&iter, reader->keys);
  while (g_hash_table_iter_next (&iter, &id, &value))
    {
      Key *key = value;

      if (key->default_value != NULL
          && (g_strcmp0 (key->domain, domain) == 0 || g_strcmp0 (key->domain, "all") == 0))
        g_hash_table_replace (element->values, key->name, g_strdup (key->default_value));
    }

  for (guint i = 0; xml->children != NULL && i < xml->children->len; i++)
    {
      SwXmlElement *data = g_ptr_array_index (xml->children, i);
      const char *key_id = _sw_xml_get_attribute (data, "key");
      Key *key = key_id ? g_hash_table_lookup (reader->keys, key_id) : NULL;

      if (data->ns != reader->ns || !g_str_equal (data->name, "data") || key_id == NULL)
        continue;

      if (data->children != NULL)
        read_yfiles (data, element);
      else
        /* Data under an undeclared key is still read, by the key's id. */
        g_hash_table_replace (element->values, key ? key->name : (char *) key_id,
                              _sw_xml_get_text (data));
    }
}

/* The first of @names that has a value that is not empty. */
static const char *
lookup (Element            *element,
        const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *value = g_hash_table_lookup (element->values, names[i]);

      if (value != NULL && value[0] != '\0')
        return value;
    }

  return NULL;
}

static const char *
lookup_one (Element    *element,
            const char *name)
{
  const char * const names[] = { name, NULL };

  return lookup (element, names);
}

/*
 * "title.fr" and the like.  The plain value, in the language the file says
 * its text is in, is read only when there are none: in our own files it may
 * be a fallback to another language, which "title.LANG" keeps apart.
 */
static void
read_texts (Reader     *reader,
            Element    *element,
            gpointer    target,
            SwField     field,
            const char *name,
            const char *plain)
{
  g_autofree char *prefix = g_strconcat (name, ".", NULL);
  g_autoptr(JsonNode) fingerprints = NULL;
  JsonObject *own = NULL;
  const char *listed = lookup_one (element, "fingerprints");
  GHashTableIter iter;
  gpointer key, value;
  gboolean any = FALSE;

  /* Our own "fingerprints": {"title": {"fr": "..."}}, written by the GraphML export. */
  fingerprints = listed ? json_from_string (listed, NULL) : NULL;
  if (fingerprints != NULL && JSON_NODE_HOLDS_OBJECT (fingerprints)
      && json_object_has_member (json_node_get_object (fingerprints), name)
      && JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (fingerprints),
                                                         name)))
    own = json_object_get_object_member (json_node_get_object (fingerprints), name);

  g_hash_table_iter_init (&iter, element->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (key, prefix))
      {
        const char *language = (char *) key + strlen (prefix);
        JsonNode *fingerprint = own ? json_object_get_member (own, language) : NULL;

        _sw_import_builder_set_text (reader->builder, target, field, language, value,
                                     fingerprint && JSON_NODE_HOLDS_VALUE (fingerprint)
                                       && json_node_get_value_type (fingerprint) == G_TYPE_STRING
                                       ? json_node_get_string (fingerprint) : NULL);
        any = TRUE;
      }

  if (plain != NULL && !any)
    _sw_import_builder_set_text (reader->builder, target, field, reader->language, plain, NULL);
}

/* Whether the element has "NAME.LANG" values. */
static gboolean
has_texts (Element    *element,
           const char *name)
{
  g_autofree char *prefix = g_strconcat (name, ".", NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, element->values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, prefix))
      return TRUE;

  return FALSE;
}

static const char *
node_kind (Reader  *reader,
           Element *element)
{
  static const char * const kind_names[] = {
    "kind", "type", "Type", "TYPE", "category", "Category", "class", NULL
  };
  const char *name = lookup (element, kind_names);
  const char *kind = _sw_import_builder_find_node_kind (reader->builder, name);
  const char *r = lookup_one (element, "r"), *g = lookup_one (element, "g");
  const char *b = lookup_one (element, "b");

  if (kind != NULL)
    return kind;

  if (name != NULL && g_hash_table_add (reader->unknown_kinds, g_strdup (name)))
    _sw_import_report_add (reader->report, _("“%s” is not a kind of node in this document"), name);

  if ((kind = _sw_import_builder_node_kind_for_color (reader->builder,
                                                      lookup_one (element, "color"))) != NULL
      || (kind = _sw_import_builder_node_kind_for_color (reader->builder, element->fill)) != NULL)
    return kind;

  /* Gephi keeps a node's colour as three numbers. */
  if (r != NULL && g != NULL && b != NULL)
    {
      g_autofree char *color = g_strdup_printf ("#%02x%02x%02x",
                                                (guint) CLAMP (g_ascii_strtod (r, NULL), 0, 255),
                                                (guint) CLAMP (g_ascii_strtod (g, NULL), 0, 255),
                                                (guint) CLAMP (g_ascii_strtod (b, NULL), 0, 255));

      return _sw_import_builder_node_kind_for_color (reader->builder, color);
    }

  return NULL;
}

static void
read_node_fields (Reader     *reader,
                  Element    *element,
                  SwNode     *node,
                  const char *place)
{
  static const char * const fields[] = {
    "owner", "status", "start", "due", "indicator", "tags", "pinned", NULL
  };

  for (guint i = 0; fields[i] != NULL; i++)
    _sw_import_builder_set_field (reader->builder, node, fields[i],
                                  lookup_one (element, fields[i]), place);
}

static void
read_position (Reader  *reader,
               Element *element,
               SwNode  *node)
{
  double x, y;

  if (parse_double (lookup_one (element, "x"), &x) && parse_double (lookup_one (element, "y"), &y))
    _sw_import_builder_set_position (reader->builder, node, x, reader->y_up ? -y : y);
  else if (element->has_geometry)
    /* yEd's geometry is the box's corner; the document keeps centres. */
    _sw_import_builder_set_position (reader->builder, node, element->x + element->width / 2,
                                     element->y + element->height / 2);
}

static void read_graph (Reader       *reader,
                        SwXmlElement *graph,
                        GPtrArray    *members,
                        guint         depth);

/* A node that holds a graph: its nodes are imported, and its label tags them. */
static void
read_group (Reader       *reader,
            SwXmlElement *xml,
            SwXmlElement *graph,
            Element      *element,
            GPtrArray    *members,
            guint         depth)
{
  static const char * const label_names[] = { "title", "label", "Label", "name", NULL };
  const char *label = lookup (element, label_names);
  g_autoptr(GPtrArray) inside = g_ptr_array_new ();

  if (label == NULL)
    label = element->label;

  read_graph (reader, graph, inside, depth + 1);
  _sw_import_report_tally (reader->report, SW_IMPORT_TALLY_GROUPS);

  for (guint i = 0; i < inside->len; i++)
    {
      SwNode *node = g_ptr_array_index (inside, i);
      const char * const *tags = sw_node_get_tags (node);
      g_autofree char *joined = tags ? g_strjoinv ("|", (char **) tags) : g_strdup ("");
      g_autofree char *more = g_strconcat (joined, "|", label, NULL);

      if (label != NULL && label[0] != '\0')
        _sw_import_builder_set_field (reader->builder, node, "tags", more, NULL);
      if (members != NULL)
        g_ptr_array_add (members, node);
    }
}

static void
read_node (Reader       *reader,
           SwXmlElement *xml,
           GPtrArray    *members,
           guint         depth)
{
  static const char * const title_names[] = { "label", "Label", "name", "Name", NULL };
  static const char * const description_names[] = { "description", "Description", NULL };
  g_auto(Element) element = { 0 };
  const char *id = _sw_xml_get_attribute (xml, "id");
  SwXmlElement *graph = _sw_xml_get_child (xml, reader->ns, "graph");
  g_autofree char *place = NULL;
  const char *plain_title;
  SwNode *node;

  read_element (reader, xml, "node", &element);
  if (graph != NULL)
    {
      read_group (reader, xml, graph, &element, members, depth);
      return;
    }

  if (id == NULL)
    {
      _sw_import_report_add (reader->report, _("%s:%d: a node without an id was skipped"),
                             reader->name, xml->line);
      return;
    }

  node = _sw_import_builder_add_node (reader->builder, id, NULL, node_kind (reader, &element));
  if (node == NULL)
    {
      _sw_import_report_add (reader->report,
                             _("%s:%d: a second node with the id “%s” was skipped"),
                             reader->name, xml->line, id);
      return;
    }

  place = g_strdup_printf ("%s:%d", reader->name, xml->line);
  plain_title = lookup_one (&element, "title");
  if (plain_title == NULL)
    plain_title = lookup (&element, title_names);
  if (plain_title == NULL)
    plain_title = element.label;
  /* networkx files often name nodes by their title and keep no label. */
  if (plain_title == NULL && !has_texts (&element, "title"))
    {
      plain_title = id;
      _sw_import_report_tally (reader->report, SW_IMPORT_TALLY_NO_TITLE);
    }
  read_texts (reader, &element, node, SW_FIELD_TITLE, "title", plain_title);
  read_texts (reader, &element, node, SW_FIELD_DESCRIPTION, "description",
              lookup (&element, description_names));
  read_node_fields (reader, &element, node, place);
  read_position (reader, &element, node);

  if (members != NULL)
    g_ptr_array_add (members, node);
}

static void
read_graph (Reader       *reader,
            SwXmlElement *graph,
            GPtrArray    *members,
            guint         depth)
{
  const char *edge_default = _sw_xml_get_attribute (graph, "edgedefault");

  if (depth > MAX_GRAPH_DEPTH)
    return;

  if (g_strcmp0 (edge_default, "undirected") == 0 && !reader->undirected_reported)
    {
      _sw_import_report_add (reader->report,
                             _("The graph is undirected: each edge became a link from its source "
                               "to its target"));
      reader->undirected_reported = TRUE;
    }

  for (guint i = 0; graph->children != NULL && i < graph->children->len; i++)
    {
      SwXmlElement *child = g_ptr_array_index (graph->children, i);

      if (child->ns != reader->ns)
        continue;

      if (g_str_equal (child->name, "node"))
        read_node (reader, child, members, depth);
      else if (g_str_equal (child->name, "edge"))
        g_ptr_array_add (reader->edges, child);
      else if (g_str_equal (child->name, "hyperedge") && !reader->hyperedges_reported)
        {
          _sw_import_report_add (reader->report,
                                 _("Hyperedges (edges with more than two ends) were skipped"));
          reader->hyperedges_reported = TRUE;
        }
    }
}

static void
read_edge (Reader       *reader,
           SwXmlElement *xml)
{
  static const char * const kind_names[] = { "kind", "type", "Type", "TYPE", NULL };
  static const char * const label_names[] = { "label", "Label", "Edge Label", NULL };
  g_auto(Element) element = { 0 };
  const char *id = _sw_xml_get_attribute (xml, "id");
  const char *source = _sw_xml_get_attribute (xml, "source");
  const char *target = _sw_xml_get_attribute (xml, "target");
  SwNode *from = _sw_import_builder_lookup (reader->builder, source);
  SwNode *to = _sw_import_builder_lookup (reader->builder, target);
  const char *kind, *label;
  SwLink *link;

  if (from == NULL || to == NULL)
    {
      const char *missing = from == NULL ? source : target;

      if (missing == NULL)
        _sw_import_report_add (reader->report,
                               _("%s:%d: an edge without a source or a target was skipped"),
                               reader->name, xml->line);
      else
        _sw_import_report_add (reader->report,
                               _("%s:%d: edge “%s”: there is no node “%s”; the edge was skipped"),
                               reader->name, xml->line, id ? id : "", missing);
      return;
    }

  read_element (reader, xml, "edge", &element);
  label = lookup (&element, label_names);
  if (label == NULL)
    label = element.label;

  kind = _sw_import_builder_find_link_kind (reader->builder, lookup (&element, kind_names));
  if (kind == NULL && label != NULL)
    kind = _sw_import_builder_find_link_kind (reader->builder, label);

  link = _sw_import_builder_add_link (reader->builder, id, kind, from, to);
  if (link == NULL)
    return;

  /* A label that only names the kind is the kind's, not the link's own. */
  if (label != NULL && _sw_import_builder_find_link_kind (reader->builder, label) != NULL)
    label = NULL;
  read_texts (reader, &element, link, SW_FIELD_LABEL, "label", label);
}

/* The graph's own data: its title, and which languages its text is in. */
static const char *
graph_value (Reader       *reader,
             SwXmlElement *graph,
             const char   *name)
{
  for (guint i = 0; graph->children != NULL && i < graph->children->len; i++)
    {
      SwXmlElement *data = g_ptr_array_index (graph->children, i);
      const char *key_id = _sw_xml_get_attribute (data, "key");
      Key *key = key_id ? g_hash_table_lookup (reader->keys, key_id) : NULL;

      if (data->ns == reader->ns && g_str_equal (data->name, "data") && key != NULL
          && g_str_equal (key->name, name) && data->text != NULL)
        return data->text->str;
    }

  return NULL;
}

static void
read_graph_title (Reader       *reader,
                  SwXmlElement *graph)
{
  const char *title = graph_value (reader, graph, "title");
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, reader->keys);
  while (g_hash_table_iter_next (&iter, &id, &value))
    {
      Key *key = value;
      const char *text;

      if (g_str_has_prefix (key->name, "title.")
          && (text = graph_value (reader, graph, key->name)) != NULL)
        _sw_import_builder_set_title (reader->builder, key->name + strlen ("title."), text);
    }

  if (title != NULL)
    _sw_import_builder_set_title (reader->builder, reader->language, title);

  _sw_import_builder_set_metadata (reader->builder, reader->language,
                                   graph_value (reader, graph, "subtitle"),
                                   graph_value (reader, graph, "edition"));
}

static SwXmlElement *
find_root (SwXmlElement  *root,
           const char    *name,
           const char   **ns,
           GError       **error)
{
  SwXmlElement *graph;

  if (!g_str_equal (root->name, "graphml")
      || (root->ns != NULL && !g_str_equal (root->ns, GRAPHML_NS)))
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_NOT_THIS_FORMAT,
                   _("%s:%d:%d: this is not a GraphML file: its root element is <%s>, not "
                     "<graphml>"),
                   name, root->line, root->column, root->name);
      return NULL;
    }

  *ns = root->ns;
  graph = _sw_xml_get_child (root, root->ns, "graph");
  if (graph == NULL)
    g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_EMPTY,
                 _("%s: there is nothing to import: the file has no <graph>"), name);

  return graph;
}

static char *
choose_language (const char *tag)
{
  return tag != NULL && sw_language_tag_is_valid (tag, NULL) ? g_strdup (tag)
                                                             : _sw_import_default_language ();
}

SwDocument *
_sw_import_graphml (const SwImportInput  *inputs,
                    guint                 n_inputs,
                    SwImportReport       *report,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(SwXmlElement) root = NULL;
  g_autoptr(SwImportBuilder) builder = NULL;
  g_autofree char *source_language = NULL;
  g_auto(GStrv) languages = NULL;
  const char *listed;
  Reader reader = { .report = report, .name = inputs[0].name, .cancellable = cancellable };
  SwXmlElement *graph;
  SwDocument *document = NULL;

  g_return_val_if_fail (n_inputs == 1, NULL);

  root = _sw_xml_parse (inputs[0].bytes, inputs[0].name, cancellable, error);
  if (root == NULL || (graph = find_root (root, inputs[0].name, &reader.ns, error)) == NULL)
    return NULL;

  reader.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) key_free);
  reader.edges = g_ptr_array_new ();
  reader.unknown_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  read_keys (&reader, root);

  source_language = choose_language (graph_value (&reader, graph, "sourceLanguage"));
  reader.language = choose_language (graph_value (&reader, graph, "language"));
  if (graph_value (&reader, graph, "language") == NULL)
    {
      g_free (reader.language);
      reader.language = g_strdup (source_language);
    }

  builder = reader.builder = _sw_import_builder_new (source_language, report);
  listed = graph_value (&reader, graph, "languages");
  languages = g_strsplit (listed ? listed : "", " ", -1);
  for (guint i = 0; languages[i] != NULL; i++)
    if (languages[i][0] != '\0')
      _sw_import_builder_add_language (builder, languages[i]);
  read_graph_title (&reader, graph);
  read_graph (&reader, graph, NULL, 0);

  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      for (guint i = 0; i < reader.edges->len; i++)
        read_edge (&reader, g_ptr_array_index (reader.edges, i));
      document = _sw_import_builder_finish (builder, inputs[0].name, error);
    }

  g_hash_table_unref (reader.keys);
  g_ptr_array_unref (reader.edges);
  g_hash_table_unref (reader.unknown_kinds);
  g_free (reader.language);

  return document;
}
