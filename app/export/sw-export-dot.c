/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph as Graphviz DOT.  Every id and string is quoted, kinds travel as
 * attributes (and as "class", which Graphviz copies into its SVG), and each
 * node is pinned where it stands on the canvas ("pos" with "!"), so that
 * `neato -n2` draws the same picture and `dot` is free to lay it out anew.
 * Cards keep the canvas's size ("fixedsize=shape"): a long title overflows
 * its card rather than growing it, as on the canvas, and Graphviz does not
 * warn about it.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include "sw-graph-files-private.h"
#include "sw-graph-files.h"
#include "sw-graph-geometry.h"

/* Canvas units are pixels at 96 per inch; Graphviz positions are points, 72 per inch. */
#define POINTS_PER_UNIT (72.0 / 96.0)
#define INCHES_PER_UNIT (1.0 / 96.0)

/* A title is broken into lines of about this many characters, as a card wraps it. */
#define LINE_LENGTH 28

/*
 * Inside DOT's quotes only `\"` is an escape, but labels then read `\\`, `\n`,
 * `\N` and friends, so backslashes are doubled; line breaks become `\n`, and
 * other control characters, which no reader can use, are dropped.
 */
static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if ((guchar) *p >= 0x20 && *p != 0x7f)
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (out, ", %s=", name);
  append_quoted (out, value);
}

/* Breaks @title at spaces into lines of about LINE_LENGTH characters. */
static char *
wrap_title (const char *title)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  GString *wrapped = g_string_new (NULL);
  glong line = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (words[i], -1);

      if (length == 0)
        continue;
      if (line > 0 && line + 1 + length > LINE_LENGTH)
        {
          g_string_append_c (wrapped, '\n');
          line = 0;
        }
      else if (line > 0)
        {
          g_string_append_c (wrapped, ' ');
          line++;
        }
      g_string_append (wrapped, words[i]);
      line += length;
    }

  return g_string_free (wrapped, FALSE);
}

static void
append_header (GString      *out,
               SwGraphScope *scope)
{
  const char *title = _sw_graph_text (scope, sw_document_get_title (scope->document));
  char width[G_ASCII_DTOSTR_BUF_SIZE], height[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (width, sizeof width, "%.4f", SW_CARD_WIDTH * INCHES_PER_UNIT);
  g_ascii_formatd (height, sizeof height, "%.4f", SW_CARD_HEIGHT * INCHES_PER_UNIT);

  g_string_append (out, "digraph ");
  append_quoted (out, title[0] != '\0' ? title : "strategy");
  g_string_append (out, " {\n  graph [outputorder=edgesfirst");
  append_attribute (out, "label", title);
  append_attribute (out, "lang", scope->language);
  g_string_append (out, ", labelloc=t, fontname=\"Cantarell,sans-serif\"];\n");
  g_string_append_printf (out,
                          "  node [shape=box, style=\"rounded,filled\", fixedsize=shape, "
                          "width=%s, height=%s, fontname=\"Cantarell,sans-serif\", "
                          "fontsize=11, penwidth=2];\n",
                          width, height);
  g_string_append (out, "  edge [fontname=\"Cantarell,sans-serif\", fontsize=9, "
                        "arrowsize=0.8];\n");
}

static void
append_node (GString      *out,
             SwGraphScope *scope,
             SwNode       *node)
{
  const char *color = _sw_graph_node_color (scope, node);
  g_autofree char *label = wrap_title (_sw_graph_text (scope, sw_node_get_title (node)));
  g_autofree char *fill = g_strdup_printf ("%s33", color);
  g_autofree char *tags = g_strjoinv (",", (char **) sw_node_get_tags (node));
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *pos = NULL;

  /* Graphviz's y axis points up; the bounds keep every card at positive coordinates. */
  g_ascii_formatd (x, sizeof x, "%.2f",
                   (sw_node_get_x (node) - scope->min_x + SW_CARD_WIDTH / 2) * POINTS_PER_UNIT);
  g_ascii_formatd (y, sizeof y, "%.2f",
                   (scope->max_y - sw_node_get_y (node) + SW_CARD_HEIGHT / 2) * POINTS_PER_UNIT);
  pos = g_strdup_printf ("%s,%s!", x, y);

  g_string_append (out, "  ");
  append_quoted (out, sw_node_get_id (node));
  g_string_append (out, " [label=");
  append_quoted (out, label);
  append_attribute (out, "kind", sw_node_get_kind (node));
  append_attribute (out, "class", sw_node_get_kind (node));
  append_attribute (out, "color", color);
  append_attribute (out, "fillcolor", fill);
  append_attribute (out, "pos", pos);
  append_attribute (out, "tooltip", _sw_graph_text (scope, sw_node_get_description (node)));
  append_attribute (out, "status", sw_node_status_to_string (sw_node_get_status (node)));
  append_attribute (out, "owner", sw_node_get_owner (node));
  append_attribute (out, "start", sw_node_get_start (node));
  append_attribute (out, "due", sw_node_get_due (node));
  append_attribute (out, "indicator", sw_node_get_indicator (node));
  append_attribute (out, "tags", tags);
  g_string_append (out, "];\n");
}

static void
append_link (GString      *out,
             SwGraphScope *scope,
             SwLink       *link)
{
  static const char * const styles[] = { "solid", "dashed", "dotted" };

  g_string_append (out, "  ");
  append_quoted (out, sw_node_get_id (sw_link_get_from (link)));
  g_string_append (out, " -> ");
  append_quoted (out, sw_node_get_id (sw_link_get_to (link)));
  g_string_append (out, " [id=");
  append_quoted (out, sw_link_get_id (link));
  append_attribute (out, "kind", sw_link_get_kind (link));
  append_attribute (out, "class", sw_link_get_kind (link));
  append_attribute (out, "label", _sw_graph_link_label (scope, link));
  append_attribute (out, "color", _sw_graph_link_color (scope, link));
  append_attribute (out, "fontcolor", _sw_graph_link_color (scope, link));
  append_attribute (out, "style", styles[_sw_graph_link_style (scope, link)]);
  g_string_append (out, "];\n");
}

/**
 * sw_export_dot:
 *
 * Returns: (transfer full) (nullable): the graph as DOT, or %NULL when cancelled.
 */
GBytes *
sw_export_dot (SwDocument             *document,
               const SwExportOptions  *options,
               GCancellable           *cancellable,
               GError                **error)
{
  g_auto(SwGraphScope) scope = { 0 };
  g_autoptr(GString) out = NULL;
  guint done = 0;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  _sw_graph_scope_init (&scope, document, options);
  out = g_string_sized_new (256 * (scope.nodes->len + scope.links->len) + 512);

  g_string_append (out, "/* Written by Strategy Workbench. Node positions are kept: "
                        "draw them with `neato -n2`. */\n");
  append_header (out, &scope);

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
  g_string_append (out, "}\n");

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
