/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph as GraphML.  Every field is a declared <key> with attr.name and
 * attr.type, so networkx and Gephi read them as typed attributes; text is in
 * the chosen language under the plain name ("title") and in every language
 * of the document under "title.LANG".  Each node and edge also carries yEd's
 * own drawing (yfiles "nodegraphics"/"edgegraphics"), so yEd opens the file
 * with labelled, coloured cards where the canvas has them; it comes first in
 * each element because networkx turns it into "x", "y" and "label", which our
 * typed values after it then replace.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <json-glib/json-glib.h>

#include "sw-graph-files-private.h"
#include "sw-graph-files.h"
#include "sw-graph-geometry.h"

typedef struct
{
  const char *id;
  const char *domain;  /* "graph", "node", "edge" */
  const char *name;
  const char *type;
} Key;

/* One line per field; the ids are what <data key> names. */
static const Key keys[] = {
  { "g-format", "graph", "format", "string" },
  { "g-title", "graph", "title", "string" },
  { "g-subtitle", "graph", "subtitle", "string" },
  { "g-edition", "graph", "edition", "string" },
  { "g-language", "graph", "language", "string" },
  { "g-source-language", "graph", "sourceLanguage", "string" },
  { "g-languages", "graph", "languages", "string" },
  { "n-label", "node", "label", "string" },
  { "n-kind", "node", "kind", "string" },
  { "n-title", "node", "title", "string" },
  { "n-description", "node", "description", "string" },
  { "n-owner", "node", "owner", "string" },
  { "n-status", "node", "status", "string" },
  { "n-start", "node", "start", "string" },
  { "n-due", "node", "due", "string" },
  { "n-indicator", "node", "indicator", "string" },
  { "n-tags", "node", "tags", "string" },
  { "n-x", "node", "x", "double" },
  { "n-y", "node", "y", "double" },
  { "n-pinned", "node", "pinned", "boolean" },
  { "n-color", "node", "color", "string" },
  { "n-r", "node", "r", "int" },
  { "n-g", "node", "g", "int" },
  { "n-b", "node", "b", "int" },
  { "n-fingerprints", "node", "fingerprints", "string" },
  { "e-kind", "edge", "kind", "string" },
  { "e-label", "edge", "label", "string" },
  { "e-color", "edge", "color", "string" },
  { "e-fingerprints", "edge", "fingerprints", "string" },
};

/* The translatable fields, declared once per language as "FIELD.LANG". */
static const Key text_keys[] = {
  { "g-title", "graph", "title", "string" },
  { "g-subtitle", "graph", "subtitle", "string" },
  { "n-title", "node", "title", "string" },
  { "n-description", "node", "description", "string" },
  { "e-label", "edge", "label", "string" },
};

static void
append_data (GString    *out,
             const char *indent,
             const char *key,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (out, "%s<data key=\"%s\">", indent, key);
  _sw_xml_escape_append (out, value);
  g_string_append (out, "</data>\n");
}

static void
append_number (GString    *out,
               const char *indent,
               const char *key,
               double      value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  append_data (out, indent, key, g_ascii_formatd (text, sizeof text, "%.15g", value));
}

static void
append_texts (GString      *out,
              SwGraphScope *scope,
              const char   *indent,
              const char   *key,
              const SwText *text)
{
  for (guint i = 0; text != NULL && i < sw_text_get_n_languages (text); i++)
    {
      const char *language = sw_text_get_language (text, i);
      g_autofree char *id = g_strdup_printf ("%s.%s", key, language);

      if (sw_document_has_language (scope->document, language))
        append_data (out, indent, id, sw_text_get (text, language));
    }
}

/*
 * What each translation was made from, as the native file's "fingerprints"
 * object in JSON, so that an import tells current translations from stale
 * ones as the document did.
 */
static void
append_fingerprints (GString            *out,
                     const char         *key,
                     const char * const *names,
                     const SwText      **texts)
{
  g_autoptr(JsonObject) all = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *json = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(JsonObject) field = json_object_new ();

      for (guint j = 0; texts[i] != NULL && j < sw_text_get_n_languages (texts[i]); j++)
        {
          const char *language = sw_text_get_language (texts[i], j);
          const char *fingerprint = sw_text_get_fingerprint (texts[i], language);

          if (fingerprint != NULL)
            json_object_set_string_member (field, language, fingerprint);
        }
      if (json_object_get_size (field) > 0)
        json_object_set_object_member (all, names[i], g_steal_pointer (&field));
    }

  if (json_object_get_size (all) == 0)
    return;

  json_node_set_object (root, all);
  json = json_to_string (root, FALSE);
  append_data (out, "      ", key, json);
}

static void
append_key (GString    *out,
            const char *id,
            const char *domain,
            const char *name,
            const char *type)
{
  g_string_append (out, "  <key id=\"");
  _sw_xml_escape_append (out, id);
  g_string_append_printf (out, "\" for=\"%s\" attr.name=\"", domain);
  _sw_xml_escape_append (out, name);
  g_string_append_printf (out, "\" attr.type=\"%s\"/>\n", type);
}

static void
append_keys (GString      *out,
             SwGraphScope *scope)
{
  const char *source = sw_document_get_source_language (scope->document);
  const char * const *targets = sw_document_get_languages (scope->document);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    append_key (out, keys[i].id, keys[i].domain, keys[i].name, keys[i].type);

  for (int l = -1; l < 0 || (targets != NULL && targets[l] != NULL); l++)
    {
      const char *language = l < 0 ? source : targets[l];

      for (guint i = 0; i < G_N_ELEMENTS (text_keys); i++)
        {
          g_autofree char *id = g_strdup_printf ("%s.%s", text_keys[i].id, language);
          g_autofree char *name = g_strdup_printf ("%s.%s", text_keys[i].name, language);

          append_key (out, id, text_keys[i].domain, name, text_keys[i].type);
        }
    }

  g_string_append (out, "  <key id=\"n-graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
                        "  <key id=\"e-graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
}

static void
append_graph_data (GString      *out,
                   SwGraphScope *scope)
{
  SwDocument *document = scope->document;
  const char * const *targets = sw_document_get_languages (document);
  g_autofree char *languages = targets ? g_strjoinv (" ", (char **) targets) : NULL;

  append_data (out, "    ", "g-format", "strategy-workbench");
  append_data (out, "    ", "g-title", _sw_graph_text (scope, sw_document_get_title (document)));
  append_data (out, "    ", "g-subtitle",
               _sw_graph_text (scope, sw_document_get_subtitle (document)));
  append_data (out, "    ", "g-edition", sw_document_get_edition (document));
  append_data (out, "    ", "g-language", scope->language);
  append_data (out, "    ", "g-source-language", sw_document_get_source_language (document));
  append_data (out, "    ", "g-languages", languages);
  append_texts (out, scope, "    ", "g-title", sw_document_get_title (document));
  append_texts (out, scope, "    ", "g-subtitle", sw_document_get_subtitle (document));
}

/* yEd draws a fill as given; a tint of the kind's colour keeps the text readable. */
static void
tint (const char *color,
      char        result[8])
{
  guint value = (guint) g_ascii_strtoull (color + 1, NULL, 16);
  guint r = (value >> 16) & 0xff, g = (value >> 8) & 0xff, b = value & 0xff;

  g_snprintf (result, 8, "#%02X%02X%02X", (r + 4 * 255) / 5, (g + 4 * 255) / 5,
              (b + 4 * 255) / 5);
}

static void
append_node_graphics (GString      *out,
                      SwGraphScope *scope,
                      SwNode       *node,
                      const char   *title,
                      const char   *color)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE], fill[8];

  tint (color, fill);
  g_ascii_formatd (x, sizeof x, "%.15g", sw_node_get_x (node) - SW_CARD_WIDTH / 2);
  g_ascii_formatd (y, sizeof y, "%.15g", sw_node_get_y (node) - SW_CARD_HEIGHT / 2);
  g_string_append_printf (out,
                          "      <data key=\"n-graphics\"><y:ShapeNode>"
                          "<y:Geometry x=\"%s\" y=\"%s\" width=\"%g\" height=\"%g\"/>"
                          "<y:Fill color=\"%s\" transparent=\"false\"/>"
                          "<y:BorderStyle color=\"%s\" type=\"line\" width=\"2.0\"/>"
                          "<y:NodeLabel>",
                          x, y, SW_CARD_WIDTH, SW_CARD_HEIGHT, fill, color);
  _sw_xml_escape_append (out, title);
  g_string_append (out, "</y:NodeLabel><y:Shape type=\"roundrectangle\"/>"
                        "</y:ShapeNode></data>\n");
}

static void
append_node (GString      *out,
             SwGraphScope *scope,
             SwNode       *node)
{
  static const char * const node_text_names[] = { "title", "description", NULL };
  const SwText *node_texts[] = { sw_node_get_title (node), sw_node_get_description (node) };
  const char *title = _sw_graph_text (scope, sw_node_get_title (node));
  const char *color = _sw_graph_node_color (scope, node);
  guint rgb = (guint) g_ascii_strtoull (color + 1, NULL, 16);
  g_autofree char *tags = g_strjoinv ("|", (char **) sw_node_get_tags (node));

  g_string_append (out, "    <node id=\"");
  _sw_xml_escape_append (out, sw_node_get_id (node));
  g_string_append (out, "\">\n");
  append_node_graphics (out, scope, node, title, color);
  append_data (out, "      ", "n-label", title);
  append_data (out, "      ", "n-kind", sw_node_get_kind (node));
  append_data (out, "      ", "n-title", title);
  append_data (out, "      ", "n-description",
               _sw_graph_text (scope, sw_node_get_description (node)));
  append_data (out, "      ", "n-owner", sw_node_get_owner (node));
  append_data (out, "      ", "n-status", sw_node_status_to_string (sw_node_get_status (node)));
  append_data (out, "      ", "n-start", sw_node_get_start (node));
  append_data (out, "      ", "n-due", sw_node_get_due (node));
  append_data (out, "      ", "n-indicator", sw_node_get_indicator (node));
  append_data (out, "      ", "n-tags", tags);
  append_number (out, "      ", "n-x", sw_node_get_x (node));
  append_number (out, "      ", "n-y", sw_node_get_y (node));
  append_data (out, "      ", "n-pinned", sw_node_get_pinned (node) ? "true" : "false");
  append_data (out, "      ", "n-color", color);
  append_number (out, "      ", "n-r", (rgb >> 16) & 0xff);
  append_number (out, "      ", "n-g", (rgb >> 8) & 0xff);
  append_number (out, "      ", "n-b", rgb & 0xff);
  append_texts (out, scope, "      ", "n-title", sw_node_get_title (node));
  append_texts (out, scope, "      ", "n-description", sw_node_get_description (node));
  append_fingerprints (out, "n-fingerprints", node_text_names, node_texts);
  g_string_append (out, "    </node>\n");
}

static void
append_link (GString      *out,
             SwGraphScope *scope,
             SwLink       *link)
{
  static const char * const styles[] = { "line", "dashed", "dotted" };
  static const char * const link_text_names[] = { "label", NULL };
  const SwText *link_texts[] = { sw_link_get_label (link) };
  const char *label = _sw_graph_link_label (scope, link);
  const char *color = _sw_graph_link_color (scope, link);

  g_string_append (out, "    <edge id=\"");
  _sw_xml_escape_append (out, sw_link_get_id (link));
  g_string_append (out, "\" source=\"");
  _sw_xml_escape_append (out, sw_node_get_id (sw_link_get_from (link)));
  g_string_append (out, "\" target=\"");
  _sw_xml_escape_append (out, sw_node_get_id (sw_link_get_to (link)));
  g_string_append_printf (out,
                          "\">\n      <data key=\"e-graphics\"><y:PolyLineEdge>"
                          "<y:LineStyle color=\"%s\" type=\"%s\" width=\"1.5\"/>"
                          "<y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>",
                          color, styles[_sw_graph_link_style (scope, link)]);
  _sw_xml_escape_append (out, label);
  g_string_append (out, "</y:EdgeLabel></y:PolyLineEdge></data>\n");
  append_data (out, "      ", "e-kind", sw_link_get_kind (link));
  append_data (out, "      ", "e-label", label);
  append_data (out, "      ", "e-color", color);
  append_texts (out, scope, "      ", "e-label", sw_link_get_label (link));
  append_fingerprints (out, "e-fingerprints", link_text_names, link_texts);
  g_string_append (out, "    </edge>\n");
}

/**
 * sw_export_graphml:
 *
 * Returns: (transfer full) (nullable): the graph as GraphML, or %NULL when cancelled.
 */
GBytes *
sw_export_graphml (SwDocument             *document,
                   const SwExportOptions  *options,
                   GCancellable           *cancellable,
                   GError                **error)
{
  g_auto(SwGraphScope) scope = { 0 };
  g_autoptr(GString) out = NULL;
  guint done = 0;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  _sw_graph_scope_init (&scope, document, options);
  out = g_string_sized_new (1024 * (scope.nodes->len + 1));

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<!-- Written by Strategy Workbench -->\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                   "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "         xmlns:y=\"http://www.yworks.com/xml/graphml\"\n"
                   "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  append_keys (out, &scope);
  g_string_append (out, "  <graph id=\"strategy\" edgedefault=\"directed\">\n");
  append_graph_data (out, &scope);

  for (guint i = 0; i < scope.nodes->len; i++)
    {
      append_node (out, &scope, g_ptr_array_index (scope.nodes, i));
      if (!_sw_graph_scope_step (&scope, ++done, cancellable, error))
        return NULL;
    }
  for (guint i = 0; i < scope.links->len; i++)
    {
      append_link (out, &scope, g_ptr_array_index (scope.links, i));
      if (!_sw_graph_scope_step (&scope, ++done, cancellable, error))
        return NULL;
    }

  g_string_append (out, "  </graph>\n</graphml>\n");
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
