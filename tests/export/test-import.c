/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Imports: round trips through our own writers, files as Obsidian, yEd,
 * Gephi, networkx and spreadsheet tools write them, hostile files, and the
 * `import` command.  Every document an import makes must be one the app can
 * save and open again, with nothing to undo.
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "interchange-util.h"
#include "sw-exporter.h"
#include "sw-import.h"

static SwDocument *
import_bytes (const char      *format_name,
              GBytes          *bytes,
              const char      *name,
              SwImportReport **report,
              GError         **error)
{
  const SwImportFormat *format = sw_import_find_format (format_name);
  g_autoptr(SwImportReport) found = sw_import_report_new ();
  SwImportInput input = { bytes, name };
  SwDocument *document;

  g_assert_nonnull (format);
  document = format->import (&input, 1, found, NULL, error);
  if (report != NULL)
    *report = g_steal_pointer (&found);

  return document;
}

static SwDocument *
import_data_files (const char * const  *names,
                   SwImportReport     **report)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  SwDocument *document;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = sw_test_data_path (names[i]);

      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  document = sw_import_files (NULL, (GFile **) files->pdata, files->len, report, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  sw_test_assert_loadable (document);

  return document;
}

#define IMPORT(report, ...) import_data_files ((const char * const[]) { __VA_ARGS__, NULL }, report)

static GBytes *
export (SwDocument *document,
        const char *format_name)
{
  SwExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  sw_export_options_init (&options);
  bytes = sw_export_find_format (format_name)->export (document, &options, NULL, &error);
  g_assert_no_error (error);

  return bytes;
}

/* Whether the report has a line containing each of @parts. */
static gboolean
report_says (SwImportReport     *report,
             const char * const *parts)
{
  g_auto(GStrv) lines = sw_import_report_get_lines (report);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean all = TRUE;

      for (guint j = 0; parts[j] != NULL && all; j++)
        all = strstr (lines[i], parts[j]) != NULL;
      if (all)
        return TRUE;
    }

  g_test_message ("the report says:\n%s", sw_import_report_to_string (report));
  return FALSE;
}

#define REPORT_SAYS(report, ...) \
  g_assert_true (report_says (report, (const char * const[]) { __VA_ARGS__, NULL }))

static const char *
title (SwDocument *document,
       const char *id)
{
  SwNode *node = sw_document_lookup_node (document, id);

  g_assert_nonnull (node);
  return sw_text_get (sw_node_get_title (node), sw_document_get_source_language (document));
}

/* The node with @title in the source language. */
static SwNode *
find_titled (SwDocument *document,
             const char *wanted)
{
  for (guint i = 0; i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      if (g_strcmp0 (sw_document_get_node_title (document, node, NULL), wanted) == 0)
        return node;
    }

  g_error ("no node titled “%s”", wanted);
}

/* The link from the node titled @from to the one titled @to. */
static SwLink *
find_link (SwDocument *document,
           const char *from,
           const char *to)
{
  SwNode *from_node = find_titled (document, from);
  SwNode *to_node = find_titled (document, to);

  for (guint i = 0; i < sw_document_get_n_links (document); i++)
    {
      SwLink *link = sw_document_get_link (document, i);

      if (sw_link_get_from (link) == from_node && sw_link_get_to (link) == to_node)
        return link;
    }

  return NULL;
}

/* Nodes and links keep ids, kinds, places and texts (@all_languages: in every language). */
static void
assert_same_graph (SwDocument *original,
                   SwDocument *imported,
                   gboolean    all_languages)
{
  const char *language = sw_document_get_source_language (original);

  g_assert_cmpuint (sw_document_get_n_nodes (imported), ==, sw_document_get_n_nodes (original));
  g_assert_cmpuint (sw_document_get_n_links (imported), ==, sw_document_get_n_links (original));
  g_assert_cmpstr (sw_document_get_source_language (imported), ==, language);

  for (guint i = 0; i < sw_document_get_n_nodes (original); i++)
    {
      SwNode *node = sw_document_get_node (original, i);
      SwNode *copy = sw_document_lookup_node (imported, sw_node_get_id (node));

      g_assert_nonnull (copy);
      g_assert_cmpstr (sw_node_get_kind (copy), ==, sw_node_get_kind (node));
      g_assert_cmpfloat (sw_node_get_x (copy), ==, sw_node_get_x (node));
      g_assert_cmpfloat (sw_node_get_y (copy), ==, sw_node_get_y (node));
      g_assert_cmpint (sw_node_get_status (copy), ==, sw_node_get_status (node));
      g_assert_cmpstrv (sw_node_get_tags (copy), sw_node_get_tags (node));
      if (all_languages)
        {
          g_assert_true (sw_text_equal (sw_node_get_title (copy), sw_node_get_title (node)));
          g_assert_true (sw_text_equal (sw_node_get_description (copy),
                                        sw_node_get_description (node)));
        }
      else
        {
          g_assert_cmpstr (sw_text_get (sw_node_get_title (copy), language), ==,
                           sw_text_get (sw_node_get_title (node), language));
          g_assert_cmpstr (sw_text_get (sw_node_get_description (copy), language), ==,
                           sw_text_get (sw_node_get_description (node), language));
        }
    }

  for (guint i = 0; i < sw_document_get_n_links (original); i++)
    {
      SwLink *link = sw_document_get_link (original, i);
      SwLink *copy = sw_document_lookup_link (imported, sw_link_get_id (link));

      g_assert_nonnull (copy);
      g_assert_cmpstr (sw_link_get_kind (copy), ==, sw_link_get_kind (link));
      g_assert_cmpstr (sw_node_get_id (sw_link_get_from (copy)), ==,
                       sw_node_get_id (sw_link_get_from (link)));
      g_assert_cmpstr (sw_node_get_id (sw_link_get_to (copy)), ==,
                       sw_node_get_id (sw_link_get_to (link)));
      g_assert_cmpstr (sw_text_get (sw_link_get_label (copy), language), ==,
                       sw_text_get (sw_link_get_label (link), language));
    }
}

static void
test_round_trip (gconstpointer data)
{
  const char *format = data;
  g_autoptr(SwDocument) original = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) bytes = export (original, format);
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  imported = import_bytes (format, bytes, "strategy", &report, &error);
  g_assert_no_error (error);
  sw_test_assert_loadable (imported);
  assert_same_graph (original, imported, TRUE);
  g_assert_cmpstrv (sw_document_get_languages (imported), sw_document_get_languages (original));

  /* Nothing of our own needed mapping. */
  lines = sw_import_report_get_lines (report);
  g_assert_cmpstrv (lines, ((const char * const[]) { NULL }));
  g_assert_cmpuint (sw_import_report_get_n_nodes (report), ==, 46);
  g_assert_cmpuint (sw_import_report_get_n_links (report), ==, 56);
}

/* Our spreadsheet export, elements and connections, read as a spreadsheet tool's. */
static void
test_round_trip_csv (void)
{
  g_autoptr(SwDocument) original = sw_test_load_sample ("strategy-2024.json");
  const SwExportFormat *elements = sw_export_find_format ("csv");
  const SwExportFormat *connections = sw_export_find_format ("csv-links");
  g_autoptr(GBytes) element_bytes = NULL;
  g_autoptr(GBytes) connection_bytes = NULL;
  g_autoptr(SwImportReport) report = sw_import_report_new ();
  g_autoptr(SwDocument) imported = NULL;
  g_autoptr(GError) error = NULL;
  SwImportInput inputs[2];

  if (elements == NULL || connections == NULL)
    {
      g_test_skip ("the spreadsheet export is not built");
      return;
    }

  element_bytes = export (original, "csv");
  connection_bytes = export (original, "csv-links");
  /* Connections first: the order of the files does not matter. */
  inputs[0] = (SwImportInput) { connection_bytes, "links.csv" };
  inputs[1] = (SwImportInput) { element_bytes, "nodes.csv" };
  imported = sw_import_find_format ("csv")->import (inputs, 2, report, NULL, &error);
  g_assert_no_error (error);
  sw_test_assert_loadable (imported);
  assert_same_graph (original, imported, FALSE);
}

static void
test_obsidian (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "obsidian.canvas");
  SwNode *concept, *note, *file, *link_node, *objective;
  SwLink *guides, *reversed;

  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 7);
  g_assert_cmpstr (sw_document_get_text (document, sw_document_get_title (document), NULL, NULL),
                   ==, "obsidian");

  concept = sw_document_lookup_node (document, "a1");
  g_assert_cmpstr (sw_node_get_kind (concept), ==, "concept");
  g_assert_cmpstr (title (document, "a1"), ==, "Digital solidarity");
  g_assert_cmpstr (sw_document_get_text (document, sw_node_get_description (concept), NULL, NULL),
                   ==, "Work **with** partners, and stand with them.");
  /* The centre of a 250 × 140 card at -400, -280; the group's label became a tag. */
  g_assert_cmpfloat (sw_node_get_x (concept), ==, -275);
  g_assert_cmpfloat (sw_node_get_y (concept), ==, -210);
  g_assert_true (sw_node_has_tag (concept, "Pillar one"));

  /* A preset colour names no kind. */
  g_assert_cmpstr (sw_node_get_kind (sw_document_lookup_node (document, "a2")), ==, "note");
  note = sw_document_lookup_node (document, "a5");
  g_assert_cmpstr (title (document, "a5"), ==, "No colour here");
  g_assert_cmpstr (sw_document_get_text (document, sw_node_get_description (note), NULL, NULL),
                   ==, "and a second line");
  g_assert_false (sw_node_has_tag (note, "Pillar one"));
  g_assert_cmpstr (title (document, "a6"), ==, "a6");

  file = sw_document_lookup_node (document, "a3");
  g_assert_cmpstr (sw_node_get_kind (file), ==, "note");
  g_assert_cmpstr (title (document, "a3"), ==, "Strategy 2024.md#Pillars");
  link_node = sw_document_lookup_node (document, "a4");
  g_assert_cmpstr (title (document, "a4"), ==, "https://www.state.gov/");
  g_assert_nonnull (link_node);

  objective = sw_document_lookup_node (document, "a7");
  g_assert_cmpstr (sw_node_get_kind (objective), ==, "objective");

  /* "guides" from a concept to a note is not allowed, so it relates them. */
  guides = sw_document_lookup_link (document, "e1");
  g_assert_cmpstr (sw_link_get_kind (guides), ==, "relates-to");
  /* An edge with its arrow at the start points the other way, and keeps its own label. */
  reversed = sw_document_lookup_link (document, "e4");
  g_assert_true (sw_link_get_from (reversed) == concept);
  g_assert_true (sw_link_get_to (reversed) == objective);
  g_assert_cmpstr (sw_text_get (sw_link_get_label (reversed), "en"), ==, "a note on it");
  g_assert_cmpuint (sw_document_get_n_links (document), ==, 3);

  REPORT_SAYS (report, "1 file node became a note");
  REPORT_SAYS (report, "1 web link node became a note");
  REPORT_SAYS (report, "1 group");
  REPORT_SAYS (report, "3 nodes had no kind");
  REPORT_SAYS (report, "1 link was not allowed", "relates to");
  REPORT_SAYS (report, "1 link from a node to itself was skipped");
  REPORT_SAYS (report, "obsidian.canvas", "edge “e3”", "no node “missing-node”", "skipped");
  REPORT_SAYS (report, "obsidian.canvas", "node 9 has no “id”");
}

static void
test_yed (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "yed.graphml");
  SwNode *concept = sw_document_lookup_node (document, "n0");
  SwNode *area = sw_document_lookup_node (document, "n1::n0");
  SwNode *yellow = sw_document_lookup_node (document, "n1::n1");
  SwLink *guides = sw_document_lookup_link (document, "e0");
  SwLink *feeds = sw_document_lookup_link (document, "e1");

  /* The group is not a node; its two nodes are. */
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 3);
  g_assert_null (sw_document_lookup_node (document, "n1"));

  /* Kinds from yEd's fill colours, titles from its labels, centres from its geometry. */
  g_assert_cmpstr (sw_node_get_kind (concept), ==, "concept");
  g_assert_cmpstr (title (document, "n0"), ==, "Digital solidarity");
  g_assert_cmpstr (sw_document_get_text (document, sw_node_get_description (concept), NULL, NULL),
                   ==, "Supporting one another.");
  g_assert_cmpfloat (sw_node_get_x (concept), ==, 400);
  g_assert_cmpfloat (sw_node_get_y (concept), ==, 60);
  g_assert_cmpstr (sw_node_get_kind (area), ==, "action-area");
  g_assert_cmpstr (title (document, "n1::n0"), ==, "Open & secure ecosystem");
  g_assert_true (sw_node_has_tag (area, "Pillar one"));
  g_assert_cmpstr (sw_node_get_kind (yellow), ==, "note");
  g_assert_true (sw_node_has_tag (yellow, "Pillar one"));

  g_assert_cmpstr (sw_link_get_kind (guides), ==, "guides");
  g_assert_true (sw_text_is_empty (sw_link_get_label (guides)));
  g_assert_cmpstr (sw_link_get_kind (feeds), ==, "relates-to");
  g_assert_cmpstr (sw_text_get (sw_link_get_label (feeds), "en"), ==, "feeds into");

  REPORT_SAYS (report, "1 group");
  REPORT_SAYS (report, "yed.graphml:", "edge “e2”", "no node “n7”");
}

static void
test_gephi (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "gephi.graphml");
  SwNode *concept = find_titled (document, "Digital solidarity");
  SwNode *principle = find_titled (document, "Guiding principle one");
  SwNode *community = find_titled (document, "Stakeholders");
  SwLink *link = find_link (document, "Digital solidarity", "Guiding principle one");
  SwLink *supports = find_link (document, "Guiding principle one", "Stakeholders");

  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 3);
  /* A Type naming a kind by its label; Gephi's r, g, b matching a kind's colour; neither. */
  g_assert_cmpstr (sw_node_get_kind (concept), ==, "concept");
  g_assert_cmpstr (sw_node_get_kind (principle), ==, "principle");
  g_assert_cmpstr (sw_node_get_kind (community), ==, "note");
  /* Gephi's y grows upwards; ours downwards. */
  g_assert_cmpfloat (sw_node_get_x (concept), ==, -121);
  g_assert_cmpfloat (sw_node_get_y (concept), ==, -87);

  /* Edge ids repeat node ids in Gephi's files; ours may not. */
  g_assert_cmpstr (sw_node_get_id (concept), ==, "0");
  g_assert_nonnull (link);
  g_assert_cmpstr (sw_link_get_kind (link), ==, "guides");
  g_assert_cmpstr (sw_link_get_id (link), !=, "0");
  g_assert_cmpstr (sw_link_get_kind (supports), ==, "relates-to");
  g_assert_cmpstr (sw_text_get (sw_link_get_label (supports), "en"), ==, "supports");
  g_assert_cmpuint (sw_document_get_n_links (document), ==, 2);

  REPORT_SAYS (report, "“Community” is not a kind");
  REPORT_SAYS (report, "1 link repeated another one");
  REPORT_SAYS (report, "ids could not be kept");
  REPORT_SAYS (report, "1 link took its kind from the kinds of its ends");
}

/*
 * A drawing laid out in Gephi keeps its look: what is at the top there is
 * at the top here, though Gephi's y axis points up and ours down.
 */
static void
test_gephi_y_up (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "gephi-layout.graphml");
  SwNode *top = find_titled (document, "Top of the drawing");
  SwNode *middle = find_titled (document, "Middle of the drawing");
  SwNode *bottom = find_titled (document, "Bottom of the drawing");

  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 3);
  g_assert_cmpfloat (sw_node_get_y (top), <, sw_node_get_y (middle));
  g_assert_cmpfloat (sw_node_get_y (middle), <, sw_node_get_y (bottom));
  g_assert_cmpfloat (fabs (sw_node_get_y (top) + 310.25), <=, 0.5);
  g_assert_cmpfloat (sw_node_get_y (middle), ==, 0);
  g_assert_cmpfloat (fabs (sw_node_get_y (bottom) - 295.75), <=, 0.5);
  /* Left and right are the same in both. */
  g_assert_cmpfloat (sw_node_get_x (middle), ==, 150);
  g_assert_cmpfloat (sw_node_get_x (bottom), ==, -200);
}

static void
test_networkx (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "networkx.graphml");
  SwNode *pledge = find_titled (document, "Submarine cable pledge");
  SwNode *cables = find_titled (document, "Cable security");

  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 6);
  g_assert_cmpuint (sw_document_get_n_links (document), ==, 5);
  g_assert_cmpstr (sw_node_get_kind (find_titled (document, "Allies")), ==, "partner");
  g_assert_cmpstr (sw_node_get_kind (find_titled (document, "Lone idea")), ==, "note");
  g_assert_cmpstr (sw_node_get_kind (pledge), ==, "commitment");
  g_assert_cmpint (sw_node_get_status (pledge), ==, SW_NODE_STATUS_ACTIVE);
  g_assert_cmpstr (sw_node_get_due (pledge), ==, "2025-06-30");
  g_assert_cmpfloat (sw_node_get_x (cables), ==, 120);
  g_assert_cmpfloat (sw_node_get_y (cables), ==, 340);

  g_assert_cmpstr (sw_link_get_kind (find_link (document, "Allies", "Submarine cable pledge")), ==,
                   "commits");
  g_assert_cmpstr (sw_link_get_kind (find_link (document, "Lone idea", "Allies")), ==,
                   "relates-to");

  REPORT_SAYS (report, "5 nodes had no position");
  REPORT_SAYS (report, "1 link was not allowed");
}

static void
test_kumu (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "kumu-elements.csv", "kumu-connections.csv");
  SwNode *cables = find_titled (document, "Cable security");
  const char * const tags[] = { "cables", "security", NULL };

  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 5);
  g_assert_cmpstr (sw_node_get_kind (find_titled (document, "Digital solidarity")), ==, "concept");
  g_assert_cmpstr (sw_node_get_kind (find_titled (document, "Open internet")), ==, "action-area");
  g_assert_cmpstr (sw_node_get_kind (find_titled (document, "Allies")), ==, "note");
  g_assert_cmpstr (sw_document_get_text (document, sw_node_get_description (cables), NULL, NULL),
                   ==, "Protect \"critical\" cables\nacross oceans");
  g_assert_cmpstrv (sw_node_get_tags (cables), tags);

  g_assert_cmpstr (sw_link_get_kind (find_link (document, "Digital solidarity", "Open internet")),
                   ==, "guides");
  g_assert_cmpstr (sw_link_get_kind (find_link (document, "Submarine cable pledge",
                                                "Cable security")), ==, "advances");
  g_assert_cmpstr (sw_text_get (sw_link_get_label (find_link (document, "Allies",
                                                              "Submarine cable pledge")), "en"),
                   ==, "pledges");
  g_assert_cmpuint (sw_document_get_n_links (document), ==, 5);

  REPORT_SAYS (report, "kumu-elements.csv", "“Stakeholder” is not a kind");
  REPORT_SAYS (report, "kumu-connections.csv:6", "no element “Nobody”");
}

/* Both tables in one file, as a spreadsheet in a European locale saves it. */
static void
test_semicolons (void)
{
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(SwDocument) document = IMPORT (&report, "semicolons.csv");
  SwNode *first = find_titled (document, "First");

  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 2);
  g_assert_cmpstr (sw_node_get_kind (first), ==, "objective");
  g_assert_cmpstr (sw_document_get_text (document, sw_node_get_description (first), NULL, NULL),
                   ==, "A; semicolon");
  g_assert_cmpstr (sw_link_get_kind (find_link (document, "First", "Second")), ==, "advances");
}

/* Connections alone: the elements they name become notes. */
static void
test_connections_only (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("From,To\nA,B\nB,C\n", 16);
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = import_bytes ("csv", bytes, "links.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 3);
  g_assert_cmpuint (sw_document_get_n_links (document), ==, 2);
  g_assert_cmpstr (sw_node_get_kind (find_titled (document, "B")), ==, "note");
}

/* A refused file: the error names the file and says what is wrong, and no document is made. */
static void
assert_refused (const char    *format,
                const char    *contents,
                gssize         length,
                SwImportError  code,
                const char    *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (contents, length < 0 ? strlen (contents) : (gsize) length);
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = import_bytes (format, bytes, "hostile.file", NULL, &error);
  g_assert_null (document);
  g_assert_error (error, SW_IMPORT_ERROR, (int) code);
  if (strstr (error->message, message) == NULL
      || !g_str_has_prefix (error->message, "hostile.file"))
    g_error ("expected “%s” in: %s", message, error->message);
}

#define GRAPHML_START \
  "<?xml version=\"1.0\"?>\n"
#define GRAPHML_BODY \
  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" \
  "<key id=\"d0\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n" \
  "<graph edgedefault=\"directed\"><node id=\"n1\"><data key=\"d0\">&lol9;</data></node>\n" \
  "</graph></graphml>\n"

static void
test_billion_laughs (void)
{
  const char *file =
    GRAPHML_START
    "<!DOCTYPE graphml [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    GRAPHML_BODY;

  /* The reference is at line 16, column 56: refused there, never expanded. */
  assert_refused ("graphml", file, -1, SW_IMPORT_ERROR_SYNTAX, "hostile.file:16:");
  assert_refused ("graphml", file, -1, SW_IMPORT_ERROR_SYNTAX, "not expanded");
}

static void
test_external_entity (void)
{
  g_autofree char *passwd = NULL;
  g_autofree char *first_line = NULL;
  const char *file =
    GRAPHML_START
    "<!DOCTYPE graphml [<!ENTITY lol9 SYSTEM \"file:///etc/passwd\">]>\n"
    GRAPHML_BODY;
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = import_bytes ("graphml", bytes, "hostile.file", NULL, &error);

  g_assert_null (document);
  g_assert_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "hostile.file:5:"));

  /* Nothing of the file it names reaches the message. */
  if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    {
      first_line = g_strndup (passwd, strcspn (passwd, "\n"));
      g_assert_null (strstr (error->message, first_line));
      g_assert_null (strstr (error->message, "root:"));
    }
}

static void
test_malformed_xml (void)
{
  assert_refused ("graphml",
                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                  "  <graph>\n"
                  "    <node id=\"a\"></edge>\n"
                  "</graphml>\n",
                  -1, SW_IMPORT_ERROR_SYNTAX, "hostile.file:3:");
  assert_refused ("graphml", "<graphml><graph>", -1, SW_IMPORT_ERROR_SYNTAX, "hostile.file:");
  assert_refused ("graphml", "<html><body/></html>", -1, SW_IMPORT_ERROR_NOT_THIS_FORMAT,
                  "not a GraphML file");
  assert_refused ("graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>", -1,
                  SW_IMPORT_ERROR_EMPTY, "no <graph>");
  assert_refused ("graphml",
                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph/></graphml>",
                  -1, SW_IMPORT_ERROR_EMPTY, "no nodes");
}

static void
test_encodings (void)
{
  const char *latin1 =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
    "<key id=\"t\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>"
    "<graph><node id=\"n\"><data key=\"t\">Caf\xe9</data></node></graph></graphml>";
  const char *undeclared = "<graphml>\n<graph>\n<node id=\"caf\xe9\"/>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (latin1, strlen (latin1));
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  /* A declared encoding is converted; an undeclared one is refused at its place. */
  document = import_bytes ("graphml", bytes, "latin1.graphml", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (title (document, "n"), ==, "Café");

  assert_refused ("graphml", undeclared, -1, SW_IMPORT_ERROR_ENCODING, "hostile.file:3:14:");
  assert_refused ("graphml", "\xff\xfe<\0g\0", 6, SW_IMPORT_ERROR_ENCODING, "UTF-16");
  assert_refused ("canvas", "{\"nodes\": [{\"id\": \"\xc3\x28\"}]}", -1, SW_IMPORT_ERROR_ENCODING,
                  "hostile.file:1:20:");
  assert_refused ("csv", "Label\nna\xefve\n", -1, SW_IMPORT_ERROR_ENCODING, "hostile.file:2:3:");
  assert_refused ("graphml",
                  "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><graphml/>", -1,
                  SW_IMPORT_ERROR_ENCODING, "“no-such-encoding”");
}

static void
test_bad_canvas (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"nodes\": ");

  assert_refused ("canvas", "", -1, SW_IMPORT_ERROR_EMPTY, "empty");
  assert_refused ("canvas", "[1, 2]", -1, SW_IMPORT_ERROR_NOT_THIS_FORMAT, "not a JSON Canvas");
  assert_refused ("canvas", "{\"nodes\": {}}", -1, SW_IMPORT_ERROR_NOT_THIS_FORMAT, "“nodes”");
  assert_refused ("canvas", "{\"nodes\": [\n  {\"id\": \"a\",,}\n]}", -1, SW_IMPORT_ERROR_SYNTAX,
                  "hostile.file:2:");
  assert_refused ("canvas", "{\"nodes\": [], \"edges\": []}", -1, SW_IMPORT_ERROR_EMPTY,
                  "no nodes");

  /* Deep enough to overflow a recursive parser's stack. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  assert_refused ("canvas", deep->str, -1, SW_IMPORT_ERROR_SYNTAX, "nested too deeply");
}

static void
test_bad_csv (void)
{
  assert_refused ("csv", "Label,Type\n\"never closed,Objective\n", -1, SW_IMPORT_ERROR_SYNTAX,
                  "hostile.file:2:1:");
  assert_refused ("csv", "Name of thing;Colour\nx;y\n", -1, SW_IMPORT_ERROR_NOT_THIS_FORMAT,
                  "hostile.file:1:");
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.canvas", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;

  /* A sparse file: large on paper, nothing on disk, and never read. */
  g_assert_nonnull (stream);
  g_assert_true (g_seekable_truncate (G_SEEKABLE (stream), SW_IMPORT_MAX_FILE_SIZE + 1, NULL,
                                      &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));

  document = sw_import_files (NULL, &file, 1, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.canvas"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_guess_format (void)
{
  g_assert_cmpstr (sw_import_guess_format ("a/b.canvas")->name, ==, "canvas");
  g_assert_cmpstr (sw_import_guess_format ("B.GraphML")->name, ==, "graphml");
  g_assert_cmpstr (sw_import_guess_format ("x.csv")->name, ==, "csv");
  g_assert_null (sw_import_guess_format ("x.json"));
  g_assert_null (sw_import_guess_format ("dir.canvas/file"));
  g_assert_null (sw_import_guess_format ("noextension"));
}

#define RUN(run, ...) \
  g_assert_true (sw_test_run (run, (const char * const[]) { __VA_ARGS__, NULL }))

static void
test_cli (void)
{
  const char *binary = g_getenv ("SW_BINARY");
  g_autofree char *canvas = sw_test_data_path ("obsidian.canvas");
  g_autofree char *dir = g_dir_make_tmp ("sw-import-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "out.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.graphml", NULL);
  g_autofree char *written = NULL;
  g_auto(SwTestRun) ok = { 0 };
  g_auto(SwTestRun) bad = { 0 };
  g_auto(SwTestRun) usage = { 0 };
  g_auto(SwTestRun) unknown = { 0 };
  g_auto(SwTestRun) validate = { 0 };

  RUN (&ok, binary, "import", "--output", output, canvas);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.err, "Imported 7 nodes and 3 links"));
  g_assert_nonnull (strstr (ok.err, "1 file node became a note"));
  RUN (&validate, binary, "validate", output);
  g_assert_cmpint (validate.status, ==, 0);

  /* A failed import leaves what is at the output as it was. */
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
  g_assert_true (g_file_set_contents (broken, "<graphml>\n<graph>\n<node id=\"a\"></graph>", -1,
                                      NULL));
  RUN (&bad, binary, "import", "--output", output, broken);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "broken.graphml:3:"));
  g_assert_cmpstr (bad.out, ==, "");
  {
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (output, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, written);
  }

  RUN (&usage, binary, "import", canvas);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_nonnull (strstr (usage.err, "--output"));
  RUN (&unknown, binary, "import", "--output", output, "notes.txt");
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "--format"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/import/round-trip/canvas", "canvas", test_round_trip);
  g_test_add_data_func ("/import/round-trip/graphml", "graphml", test_round_trip);
  g_test_add_func ("/import/round-trip/csv", test_round_trip_csv);
  g_test_add_func ("/import/obsidian", test_obsidian);
  g_test_add_func ("/import/yed", test_yed);
  g_test_add_func ("/import/gephi", test_gephi);
  g_test_add_func ("/import/gephi-y-up", test_gephi_y_up);
  g_test_add_func ("/import/networkx", test_networkx);
  g_test_add_func ("/import/kumu", test_kumu);
  g_test_add_func ("/import/semicolons", test_semicolons);
  g_test_add_func ("/import/connections-only", test_connections_only);
  g_test_add_func ("/import/hostile/billion-laughs", test_billion_laughs);
  g_test_add_func ("/import/hostile/external-entity", test_external_entity);
  g_test_add_func ("/import/hostile/malformed-xml", test_malformed_xml);
  g_test_add_func ("/import/hostile/encodings", test_encodings);
  g_test_add_func ("/import/hostile/canvas", test_bad_canvas);
  g_test_add_func ("/import/hostile/csv", test_bad_csv);
  g_test_add_func ("/import/hostile/too-large", test_too_large);
  g_test_add_func ("/import/guess-format", test_guess_format);
  g_test_add_func ("/import/cli", test_cli);

  return g_test_run ();
}
