/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writes a document with every field of the format set, and keys the app
 * does not know at every level that keeps them, so that the JSON Schema
 * check runs on what the writer makes and not only on the bundled samples.
 *
 * Usage: write-samples OUTPUT
 */
#include "config.h"

#include <stdio.h>

#include "sw-document-private.h"
#include "sw-json-writer.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-source-private.h"

static JsonObject *
extra (const char *key)
{
  JsonObject *object = json_object_new ();
  g_autoptr(JsonArray) list = json_array_new ();

  json_array_add_int_element (list, 1);
  json_array_add_double_element (list, 0.25);
  json_array_add_string_element (list, "text");
  json_array_add_boolean_element (list, TRUE);
  json_array_add_null_element (list);
  json_object_set_array_member (object, key, g_steal_pointer (&list));

  return object;
}

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    {
      g_printerr ("write-samples: %s\n", error ? error->message : "failed");
      exit (1);
    }
}

static void
add_metadata (SwDocument *document)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  g_autoptr(JsonObject) source_extra = extra ("isbn");
  const char * const authors[] = { "U.S. Department of State", "Partners", NULL };
  g_autoptr(GError) error = NULL;
  SwSource *source;

  check (sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, "Strategy", &error), error);
  check (sw_document_set_text (document, NULL, SW_FIELD_SUBTITLE, NULL, "For all", &error), error);
  check (sw_document_add_language (document, "fr", &error), error);
  check (sw_document_add_language (document, "pt-BR", &error), error);
  check (sw_document_set_text (document, NULL, SW_FIELD_TITLE, "fr", "Stratégie", &error), error);
  check (sw_document_set_text (document, NULL, SW_FIELD_SUBTITLE, "pt-BR", "Para todos", &error),
         error);
  sw_document_set_edition (document, "2024");
  sw_document_set_authors (document, authors);

  source = sw_source_new ("Source", "Publisher", "2024-05-06", "https://example.org/strategy");
  _sw_source_set_extra (source, source_extra);
  g_ptr_array_add (sources, source);
  g_ptr_array_add (sources, sw_source_new ("Untitled notes", NULL, NULL, NULL));
  sw_document_set_sources (document, sources);
}

static void
add_kind_details (SwDocument *document)
{
  g_autoptr(JsonObject) document_extra = extra ("workshops");
  g_autoptr(JsonObject) kinds_extra = extra ("views");
  g_autoptr(JsonObject) node_kind_extra = extra ("shape");
  g_autoptr(JsonObject) link_kind_extra = extra ("weight");
  g_autoptr(JsonObject) join_extra = extra ("why");
  SwNodeKind *concept = sw_document_lookup_node_kind (document, "concept");
  SwLinkKind *guides = sw_document_lookup_link_kind (document, "guides");
  g_autoptr(GError) error = NULL;

  check (sw_document_set_text (document, concept, SW_FIELD_LABEL, "fr", "Concept", &error), error);
  check (sw_document_set_text (document, guides, SW_FIELD_LABEL, "fr", "guide", &error), error);
  _sw_document_set_extra (document, document_extra);
  _sw_document_set_kinds_extra (document, kinds_extra);
  _sw_node_kind_set_extra (concept, node_kind_extra);
  _sw_link_kind_set_extra (guides, link_kind_extra);
  _sw_link_kind_set_join_extra (guides, 0, join_extra);
}

static void
add_graph (SwDocument *document)
{
  const char * const tags[] = { "solidarity", "capacity", NULL };
  g_autoptr(JsonObject) node_extra = extra ("review");
  g_autoptr(JsonObject) link_extra = extra ("strength");
  g_autoptr(GError) error = NULL;
  SwNode *concept, *principle;
  SwLink *link;

  concept = sw_document_add_node (document, "concept", "Digital solidarity", 100, -40, &error);
  check (concept != NULL, error);
  principle = sw_document_add_node (document, "principle", "Rights", 300, 200, &error);
  check (principle != NULL, error);

  check (sw_document_set_text (document, concept, SW_FIELD_TITLE, "fr", "Solidarité numérique",
                               &error), error);
  check (sw_document_set_text (document, concept, SW_FIELD_DESCRIPTION, NULL, "Working together.",
                               &error), error);
  check (sw_document_set_text (document, concept, SW_FIELD_DESCRIPTION, "pt-BR",
                               "Trabalhar juntos.", &error), error);
  sw_document_set_node_owner (document, concept, "Department of State");
  sw_document_set_node_status (document, concept, SW_NODE_STATUS_AT_RISK);
  check (sw_document_set_node_date (document, concept, SW_FIELD_START, "2024-05-06", &error), error);
  check (sw_document_set_node_date (document, concept, SW_FIELD_DUE, "2026-12-31", &error), error);
  sw_document_set_node_indicator (document, concept, "Number of partners reached");
  sw_document_set_node_tags (document, concept, tags);
  sw_document_set_node_pinned (document, concept, TRUE);
  _sw_node_set_extra (concept, node_extra);

  link = sw_document_add_link (document, "guides", concept, principle, &error);
  check (link != NULL, error);
  check (sw_document_set_text (document, link, SW_FIELD_LABEL, NULL, "grounds", &error), error);
  check (sw_document_set_text (document, link, SW_FIELD_LABEL, "fr", "fonde", &error), error);
  _sw_link_set_extra (link, link_extra);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: write-samples OUTPUT\n");
      return 2;
    }

  document = sw_document_new ("en");
  add_metadata (document);
  add_kind_details (document);
  add_graph (document);
  _sw_document_touch_modified (document);

  bytes = sw_json_write (document);
  check (g_file_set_contents (argv[1], g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error), error);
  return 0;
}
