/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph files, each read back by an independent reader: Graphviz for
 * DOT, xmllint for SVG and GraphML, networkx for GraphML, and the rules of
 * JSON Canvas 1.0 checked here.  A document whose texts hold markup and
 * script is written to each, and must come out escaped.
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "interchange-util.h"
#include "sw-exporter.h"
#include "sw-graph-files.h"

static GBytes *
export (SwDocument            *document,
        const char            *format_name,
        const SwExportOptions *options)
{
  const SwExportFormat *format = sw_export_find_format (format_name);
  SwExportOptions defaults;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_assert_nonnull (format);
  sw_export_options_init (&defaults);
  bytes = format->export (document, options ? options : &defaults, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

static const char *
text_of (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Every writer here writes text; the tests read it as a string. */
  g_assert_null (memchr (data, '\0', size));
  return data;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Runs a reader on @path; a missing reader fails the test with its name. */
static void
run_reader (SwTestRun          *run,
            const char * const *argv)
{
  if (!sw_test_run (run, argv))
    g_error ("%s is needed to read the file back; install it (see build-aux/setup)", argv[0]);
}

#define RUN(run, ...) run_reader (run, (const char * const[]) { __VA_ARGS__, NULL })

/* dot lays the graph out anew; neato -n2 keeps our positions, which -Tplain prints in inches. */
static void
test_dot_graphviz (void)
{
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = export (document, "dot", NULL);
  g_autofree char *path = sw_test_write_temp ("strategy.gv", bytes);
  g_auto(SwTestRun) dot = { 0 };
  g_auto(SwTestRun) neato = { 0 };
  g_auto(GStrv) lines = NULL;
  SwNode *first = NULL;
  double first_x = 0, first_y = 0;
  guint n_checked = 0;

  RUN (&dot, "dot", "-Tsvg", path);
  g_assert_cmpstr (dot.err, ==, "");
  g_assert_cmpint (dot.status, ==, 0);
  g_assert_cmpuint (count (dot.out, "class=\"node"), ==, 46);
  g_assert_cmpuint (count (dot.out, "class=\"edge"), ==, 56);
  g_assert_nonnull (strstr (dot.out, "class=\"node concept\""));

  RUN (&neato, "neato", "-n2", "-Tplain", path);
  g_assert_cmpstr (neato.err, ==, "");
  g_assert_cmpint (neato.status, ==, 0);

  /*
   * Graphviz moves the whole drawing so that it starts at 0, 0, by however
   * far a long label reaches past the cards: positions are compared from the
   * first node's.
   */
  lines = g_strsplit (neato.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", 5);
      double x, y;
      SwNode *node;

      if (g_strv_length (fields) < 5 || !g_str_equal (fields[0], "node"))
        continue;

      /* Graphviz quotes names that are not plain identifiers, such as ours with a "-". */
      g_strdelimit (fields[1], "\"", ' ');
      node = sw_document_lookup_node (document, g_strstrip (fields[1]));
      g_assert_nonnull (node);
      x = g_ascii_strtod (fields[2], NULL) * 72;
      y = g_ascii_strtod (fields[3], NULL) * 72;
      if (first == NULL)
        {
          first = node;
          first_x = x;
          first_y = y;
        }

      /* Points are 3/4 of a canvas pixel, Graphviz's y axis points up, -Tplain rounds. */
      g_assert_cmpfloat_with_epsilon (x - first_x,
                                      (sw_node_get_x (node) - sw_node_get_x (first)) * 0.75, 0.1);
      g_assert_cmpfloat_with_epsilon (y - first_y,
                                      (sw_node_get_y (first) - sw_node_get_y (node)) * 0.75, 0.1);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 46);
}

static void
test_dot_escaping (void)
{
  g_autoptr(SwDocument) document = sw_test_hostile_document ();
  g_autoptr(GBytes) bytes = export (document, "dot", NULL);
  g_autofree char *path = sw_test_write_temp ("hostile.gv", bytes);
  g_auto(SwTestRun) dot = { 0 };
  g_auto(SwTestRun) neato = { 0 };

  /* Quotes and backslashes escaped, so the label stays one string and \N is not substituted. */
  g_assert_nonnull (strstr (text_of (bytes), "alert(\\\"x\\\")"));
  g_assert_nonnull (strstr (text_of (bytes), "back\\\\slash \\\\N"));
  g_assert_null (strchr (text_of (bytes), '\x07'));

  RUN (&dot, "dot", "-Tsvg", path);
  g_assert_cmpint (dot.status, ==, 0);
  g_assert_cmpstr (dot.err, ==, "");
  g_assert_null (strstr (dot.out, "<script"));
  g_assert_nonnull (strstr (dot.out, "&lt;script&gt;"));
  g_assert_nonnull (strstr (dot.out, "back\\slash \\N"));

  RUN (&neato, "neato", "-n2", "-Tsvg", path);
  g_assert_cmpint (neato.status, ==, 0);
}

static void
test_graphml_xmllint (void)
{
  g_autoptr(SwDocument) sample = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) hostile = sw_test_hostile_document ();
  g_autoptr(GBytes) bytes = export (sample, "graphml", NULL);
  g_autoptr(GBytes) hostile_bytes = export (hostile, "graphml", NULL);
  g_autofree char *path = sw_test_write_temp ("strategy.graphml", bytes);
  g_autofree char *hostile_path = sw_test_write_temp ("hostile.graphml", hostile_bytes);
  g_auto(SwTestRun) lint = { 0 };

  RUN (&lint, "xmllint", "--noout", path, hostile_path);
  g_assert_cmpstr (lint.err, ==, "");
  g_assert_cmpint (lint.status, ==, 0);
  g_assert_null (strstr (text_of (hostile_bytes), "<script"));
  g_assert_null (strstr (text_of (hostile_bytes), "<img"));
}

/* Every key declared with attr.name and attr.type, before the graph. */
static void
test_graphml_keys (void)
{
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = export (document, "graphml", NULL);
  const char *text = text_of (bytes);
  const char *graph = strstr (text, "<graph ");
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_keys = 0;

  g_assert_nonnull (graph);
  g_assert_nonnull (strstr (graph, "edgedefault=\"directed\""));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (!g_str_has_prefix (line, "<key "))
        continue;
      n_keys++;
      g_assert_true (strstr (line, "for=\"node\"") || strstr (line, "for=\"edge\"")
                     || strstr (line, "for=\"graph\""));
      g_assert_true ((strstr (line, "attr.name=\"") && strstr (line, "attr.type=\""))
                     || strstr (line, "yfiles.type=\""));
    }
  /* The plain fields, then title, subtitle, description and label in en, fr and es. */
  g_assert_cmpuint (n_keys, >=, 29 + 3 * 5);
  g_assert_nonnull (strstr (text, "attr.name=\"title.fr\""));
}

static JsonObject *
read_with_networkx (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "export", "read-graphml.py", NULL);
  g_auto(SwTestRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  RUN (&run, "/usr/bin/python3", script, path);
  if (run.status != 0)
    g_error ("networkx could not read %s (is python3-networkx installed?):\n%s", path, run.err);

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_graphml_networkx (void)
{
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = export (document, "graphml", NULL);
  g_autofree char *path = sw_test_write_temp ("strategy.graphml", bytes);
  g_autoptr(JsonObject) graph = read_with_networkx (path);
  JsonObject *nodes = json_object_get_object_member (graph, "nodes");
  JsonArray *edges = json_object_get_array_member (graph, "edges");
  JsonObject *concept = json_object_get_object_member (nodes, "digital-solidarity");
  JsonObject *edge = NULL;

  g_assert_true (json_object_get_boolean_member (graph, "directed"));
  g_assert_cmpuint (json_object_get_size (nodes), ==, 46);
  g_assert_cmpuint (json_array_get_length (edges), ==, 56);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (graph, "graph"),
                                                  "title"),
                   ==, "United States International Cyberspace & Digital Policy Strategy");

  /* Typed attributes: strings, doubles and booleans as declared. */
  g_assert_cmpstr (json_object_get_string_member (concept, "kind"), ==, "concept");
  g_assert_cmpstr (json_object_get_string_member (concept, "title"), ==, "Digital solidarity");
  g_assert_cmpstr (json_object_get_string_member (concept, "title.fr"), ==,
                   "Solidarité numérique");
  g_assert_cmpstr (json_object_get_string_member (concept, "status"), ==, "active");
  g_assert_cmpstr (json_object_get_string_member (concept, "tags"), ==, "solidarity|capacity");
  g_assert_cmpfloat (json_object_get_double_member (concept, "x"), ==, 3515);
  g_assert_cmpfloat (json_object_get_double_member (concept, "y"), ==, 60);
  g_assert_false (json_object_get_boolean_member (concept, "pinned"));
  g_assert_cmpint (json_object_get_int_member (concept, "r"), ==, 0x91);

  for (guint i = 0; i < json_array_get_length (edges); i++)
    {
      JsonObject *candidate = json_array_get_object_element (edges, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (candidate, "id", ""), "l1") == 0)
        edge = candidate;
    }
  g_assert_nonnull (edge);
  g_assert_cmpstr (json_object_get_string_member (edge, "source"), ==, "digital-solidarity");
  g_assert_cmpstr (json_object_get_string_member (edge, "target"), ==, "principle-1");
  g_assert_cmpstr (json_object_get_string_member (edge, "kind"), ==, "guides");
  g_assert_cmpstr (json_object_get_string_member (edge, "label"), ==, "guides");
}

static void
test_graphml_escaping (void)
{
  g_autoptr(SwDocument) document = sw_test_hostile_document ();
  g_autoptr(GBytes) bytes = export (document, "graphml", NULL);
  g_autofree char *path = sw_test_write_temp ("hostile.graphml", bytes);
  g_autoptr(JsonObject) graph = read_with_networkx (path);
  JsonObject *nodes = json_object_get_object_member (graph, "nodes");
  SwNode *concept = sw_document_get_node (document, 0);
  JsonObject *node = json_object_get_object_member (nodes, sw_node_get_id (concept));

  /* The text comes back as it was, less the bell, which XML cannot hold. */
  g_assert_cmpstr (json_object_get_string_member (node, "title"), ==, SW_TEST_HOSTILE_TITLE);
  g_assert_cmpstr (json_object_get_string_member (node, "description"), ==,
                   "Ends ]]> a section,\nbreaks a line, rings a bell  and opens <![CDATA[ one");
}

/* The rules of JSON Canvas 1.0 (see FORMATS.md), checked on a file. */
static void
assert_canvas_valid (GBytes *bytes)
{
  static const char * const types[] = { "text", "file", "link", "group", NULL };
  static const char * const geometry[] = { "x", "y", "width", "height", NULL };
  static const char * const sides[] = { "top", "right", "bottom", "left", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *nodes, *edges;

  json_parser_load_from_data (parser, text_of (bytes), -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  nodes = json_object_get_array_member (root, "nodes");
  edges = json_object_get_array_member (root, "edges");
  g_assert_nonnull (nodes);
  g_assert_nonnull (edges);

  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *node = json_array_get_object_element (nodes, i);
      const char *type = json_object_get_string_member (node, "type");
      const char *color = json_object_get_string_member_with_default (node, "color", NULL);

      g_assert_true (g_hash_table_add (ids, (gpointer) json_object_get_string_member (node, "id")));
      g_assert_true (g_strv_contains (types, type));
      for (guint j = 0; geometry[j] != NULL; j++)
        {
          JsonNode *value = json_object_get_member (node, geometry[j]);

          g_assert_nonnull (value);
          g_assert_cmpint (json_node_get_value_type (value), ==, G_TYPE_INT64);
        }
      if (g_str_equal (type, "text"))
        g_assert_nonnull (json_object_get_string_member (node, "text"));
      if (color != NULL)
        g_assert_true ((strlen (color) == 7 && color[0] == '#'
                        && strspn (color + 1, "0123456789abcdefABCDEF") == 6)
                       || (strlen (color) == 1 && color[0] >= '1' && color[0] <= '6'));
      /* Our own data is one object under one key. */
      g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (node, "strategyWorkbench")));
    }

  for (guint i = 0; i < json_array_get_length (edges); i++)
    {
      JsonObject *edge = json_array_get_object_element (edges, i);
      const char *from_side = json_object_get_string_member_with_default (edge, "fromSide", NULL);
      const char *to_side = json_object_get_string_member_with_default (edge, "toSide", NULL);

      g_assert_true (g_hash_table_add (ids, (gpointer) json_object_get_string_member (edge, "id")));
      g_assert_true (g_hash_table_contains (ids, json_object_get_string_member (edge, "fromNode")));
      g_assert_true (g_hash_table_contains (ids, json_object_get_string_member (edge, "toNode")));
      g_assert_true (from_side == NULL || g_strv_contains (sides, from_side));
      g_assert_true (to_side == NULL || g_strv_contains (sides, to_side));
      g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (edge, "strategyWorkbench")));
    }
}

static void
test_canvas_rules (void)
{
  g_autoptr(SwDocument) sample = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) hostile = sw_test_hostile_document ();
  g_autoptr(GBytes) bytes = export (sample, "canvas", NULL);
  g_autoptr(GBytes) hostile_bytes = export (hostile, "canvas", NULL);
  const char *text = text_of (bytes);

  assert_canvas_valid (bytes);
  assert_canvas_valid (hostile_bytes);

  /* The title as a heading, the description under it, the kind as its colour; centre 3515, 60. */
  g_assert_nonnull (strstr (text, "\"text\" : \"# Digital solidarity\\n\\nWorking alongside"));
  g_assert_nonnull (strstr (text, "\"x\" : 3405,\n\t\t\t\"y\" : 15,"));
  g_assert_nonnull (strstr (text, "\"color\" : \"#9141ac\""));
  g_assert_nonnull (strstr (text, "\"label\" : \"guides\""));
  /* Markup in a title is escaped for Markdown, so Obsidian shows it as text. */
  g_assert_nonnull (strstr (text_of (hostile_bytes), "\\\\<script\\\\>"));
}

static void
test_canvas_language (void)
{
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  SwExportOptions options;
  g_autoptr(GBytes) bytes = NULL;

  sw_export_options_init (&options);
  options.language = "fr";
  bytes = export (document, "canvas", &options);
  g_assert_nonnull (strstr (text_of (bytes), "\"text\" : \"# Solidarité numérique\\n\\n"));
  g_assert_nonnull (strstr (text_of (bytes), "\"language\" : \"fr\""));
}

static void
test_svg (void)
{
  g_autoptr(SwDocument) sample = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) hostile = sw_test_hostile_document ();
  g_autoptr(GBytes) bytes = export (sample, "svg", NULL);
  g_autoptr(GBytes) hostile_bytes = export (hostile, "svg", NULL);
  g_autofree char *path = sw_test_write_temp ("strategy.svg", bytes);
  g_autofree char *hostile_path = sw_test_write_temp ("hostile.svg", hostile_bytes);
  g_auto(SwTestRun) lint = { 0 };

  RUN (&lint, "xmllint", "--noout", path, hostile_path);
  g_assert_cmpstr (lint.err, ==, "");
  g_assert_cmpint (lint.status, ==, 0);

  g_assert_true (g_str_has_prefix (text_of (bytes), "<?xml"));
  g_assert_nonnull (strstr (text_of (bytes), "<svg"));
  /* Titles are text, escaped: the script shows as words, never as markup. */
  g_assert_null (strstr (text_of (hostile_bytes), "<script"));
  g_assert_nonnull (strstr (text_of (hostile_bytes), "&lt;script&gt;alert("));
  g_assert_null (strstr (text_of (hostile_bytes), "<img"));
}

static void
png_size (GBytes *bytes,
          guint  *width,
          guint  *height)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

static void
test_png_scale (void)
{
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  SwExportOptions options;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;
  guint width1, height1, width2, height2;

  /* Small scales, to keep the test quick; the painter draws full detail down to 0.45. */
  sw_export_options_init (&options);
  options.scale = 0.5;
  one = export (document, "png", &options);
  options.scale = 1;
  two = export (document, "png", &options);
  png_size (one, &width1, &height1);
  png_size (two, &width2, &height2);

  g_assert_cmpuint (width1, >, 1500);
  g_assert_cmpuint (ABS ((int) width2 - 2 * (int) width1), <=, 1);
  g_assert_cmpuint (ABS ((int) height2 - 2 * (int) height1), <=, 1);
}

static void
test_png_too_large (void)
{
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SwExportOptions options;

  sw_export_options_init (&options);
  options.scale = 40;
  bytes = sw_export_png (document, &options, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

/* Three nodes chosen: only they, and the links between them, are written. */
static void
test_selection (void)
{
  static const char * const formats[] = { "dot", "graphml", "canvas", "svg" };
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);
  g_autoptr(GBytes) whole_svg = export (document, "svg", NULL);
  SwExportOptions options;

  g_hash_table_add (chosen, sw_document_lookup_node (document, "digital-solidarity"));
  g_hash_table_add (chosen, sw_document_lookup_node (document, "principle-1"));
  g_hash_table_add (chosen, sw_document_lookup_node (document, "principle-2"));
  sw_export_options_init (&options);
  options.nodes = chosen;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) bytes = export (document, formats[i], &options);
      const char *text = text_of (bytes);

      if (g_str_equal (formats[i], "dot"))
        {
          g_assert_cmpuint (count (text, " [label="), ==, 3);
          g_assert_cmpuint (count (text, " -> "), ==, 2);
        }
      else if (g_str_equal (formats[i], "graphml"))
        {
          g_assert_cmpuint (count (text, "<node "), ==, 3);
          g_assert_cmpuint (count (text, "<edge "), ==, 2);
        }
      else if (g_str_equal (formats[i], "canvas"))
        {
          g_assert_cmpuint (count (text, "\"type\" : \"text\""), ==, 3);
          g_assert_cmpuint (count (text, "\"fromNode\""), ==, 2);
        }
      else
        /* Fewer cards drawn make a smaller picture. */
        g_assert_cmpuint (g_bytes_get_size (bytes), <, g_bytes_get_size (whole_svg) / 5);
    }
}

static void
test_cancelled (void)
{
  static const char * const formats[] = { "dot", "graphml", "canvas", "svg", "png" };
  g_autoptr(SwDocument) document = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  SwExportOptions options;

  sw_export_options_init (&options);
  g_cancellable_cancel (cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = sw_export_find_format (formats[i])->export (document, &options,
                                                                              cancellable, &error);

      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph-files/dot/graphviz", test_dot_graphviz);
  g_test_add_func ("/graph-files/dot/escaping", test_dot_escaping);
  g_test_add_func ("/graph-files/graphml/xmllint", test_graphml_xmllint);
  g_test_add_func ("/graph-files/graphml/keys", test_graphml_keys);
  g_test_add_func ("/graph-files/graphml/networkx", test_graphml_networkx);
  g_test_add_func ("/graph-files/graphml/escaping", test_graphml_escaping);
  g_test_add_func ("/graph-files/canvas/rules", test_canvas_rules);
  g_test_add_func ("/graph-files/canvas/language", test_canvas_language);
  g_test_add_func ("/graph-files/svg", test_svg);
  g_test_add_func ("/graph-files/png/scale", test_png_scale);
  g_test_add_func ("/graph-files/png/too-large", test_png_too_large);
  g_test_add_func ("/graph-files/selection", test_selection);
  g_test_add_func ("/graph-files/cancelled", test_cancelled);

  return g_test_run ();
}
