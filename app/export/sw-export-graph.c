/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the graph writers share: which nodes and links a file holds, the text
 * in the chosen language, the colours of kinds, and XML escaping.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <float.h>

#include "sw-graph-files-private.h"

/* Drawn when a node's kind is missing from the table, the grey of notes. */
#define FALLBACK_COLOR "#77767b"

/* How many elements are written between two checks of the cancellable. */
#define STEP 256

static gboolean
in_scope (const SwExportOptions *options,
          SwNode                *node)
{
  return options == NULL || options->nodes == NULL || g_hash_table_contains (options->nodes, node);
}

void
_sw_graph_scope_init (SwGraphScope          *scope,
                      SwDocument            *document,
                      const SwExportOptions *options)
{
  guint n_nodes = sw_document_get_n_nodes (document);
  guint n_links = sw_document_get_n_links (document);

  *scope = (SwGraphScope) {
    .document = document,
    .options = options,
    .language = options && options->language ? options->language
                                             : sw_document_get_source_language (document),
    .nodes = g_ptr_array_sized_new (n_nodes),
    .links = g_ptr_array_sized_new (n_links),
    .min_x = DBL_MAX, .min_y = DBL_MAX, .max_x = -DBL_MAX, .max_y = -DBL_MAX,
  };

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      if (!in_scope (options, node))
        continue;

      g_ptr_array_add (scope->nodes, node);
      scope->min_x = MIN (scope->min_x, sw_node_get_x (node));
      scope->min_y = MIN (scope->min_y, sw_node_get_y (node));
      scope->max_x = MAX (scope->max_x, sw_node_get_x (node));
      scope->max_y = MAX (scope->max_y, sw_node_get_y (node));
    }

  if (scope->nodes->len == 0)
    scope->min_x = scope->min_y = scope->max_x = scope->max_y = 0;

  for (guint i = 0; i < n_links; i++)
    {
      SwLink *link = sw_document_get_link (document, i);

      if (in_scope (options, sw_link_get_from (link)) && in_scope (options, sw_link_get_to (link)))
        g_ptr_array_add (scope->links, link);
    }
}

void
_sw_graph_scope_clear (SwGraphScope *scope)
{
  g_clear_pointer (&scope->nodes, g_ptr_array_unref);
  g_clear_pointer (&scope->links, g_ptr_array_unref);
}

/*
 * Called after each element written, @done counting nodes then links:
 * reports progress and stops when the export is cancelled.
 */
gboolean
_sw_graph_scope_step (SwGraphScope  *scope,
                      guint          done,
                      GCancellable  *cancellable,
                      GError       **error)
{
  guint total = scope->nodes->len + scope->links->len;

  /* The first element is checked too, so that a small cancelled export stops at once. */
  if (done % STEP != 1)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (scope->options != NULL && scope->options->progress != NULL && total > 0)
    scope->options->progress ((double) done / total, scope->options->progress_data);

  return TRUE;
}

/* The text in the chosen language, falling back to the source language; never NULL. */
const char *
_sw_graph_text (SwGraphScope *scope,
                const SwText *text)
{
  const char *value = text ? sw_document_get_text (scope->document, text, scope->language, NULL)
                           : NULL;

  return value ? value : "";
}

/* A link's own label if it has one, else the label of its kind. */
const char *
_sw_graph_link_label (SwGraphScope *scope,
                      SwLink       *link)
{
  const char *label = _sw_graph_text (scope, sw_link_get_label (link));

  if (label[0] != '\0')
    return label;

  return sw_document_get_kind_label (scope->document, sw_link_get_kind (link), scope->language);
}

const char *
_sw_graph_node_color (SwGraphScope *scope,
                      SwNode       *node)
{
  SwNodeKind *kind = sw_document_lookup_node_kind (scope->document, sw_node_get_kind (node));
  const char *color = kind ? sw_node_kind_get_color (kind) : NULL;

  return color ? color : FALLBACK_COLOR;
}

const char *
_sw_graph_link_color (SwGraphScope *scope,
                      SwLink       *link)
{
  SwLinkKind *kind = sw_document_lookup_link_kind (scope->document, sw_link_get_kind (link));
  const char *color = kind ? sw_link_kind_get_color (kind) : NULL;

  return color ? color : FALLBACK_COLOR;
}

SwLinkStyle
_sw_graph_link_style (SwGraphScope *scope,
                      SwLink       *link)
{
  SwLinkKind *kind = sw_document_lookup_link_kind (scope->document, sw_link_get_kind (link));

  return kind ? sw_link_kind_get_style (kind) : SW_LINK_STYLE_SOLID;
}

/* XML 1.0 has no way to write these, not even as character references. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
      || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/*
 * Escapes @text for element content and attribute values alike.
 * g_markup_escape_text() writes control characters as character references,
 * which XML 1.0 forbids and strict readers refuse, so they are dropped here.
 * Line breaks in attributes are written as references so that they survive
 * attribute-value normalisation.
 */
void
_sw_xml_escape_append (GString    *string,
                       const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (string, "&amp;"); break;
        case '<': g_string_append (string, "&lt;"); break;
        case '>': g_string_append (string, "&gt;"); break;
        case '"': g_string_append (string, "&quot;"); break;
        case '\'': g_string_append (string, "&apos;"); break;
        case '\n': g_string_append (string, "&#10;"); break;
        case '\r': g_string_append (string, "&#13;"); break;
        case '\t': g_string_append (string, "&#9;"); break;
        default:
          if (is_xml_char (c))
            g_string_append_len (string, p, g_utf8_next_char (p) - p);
        }
    }
}
