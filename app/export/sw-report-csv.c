/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Nodes and links as two CSV files in the layout of spreadsheet-based
 * mapping tools (Kumu's “Elements” and “Connections” sheets): `Label`,
 * `Type`, `Description`, `Tags` joined by `|`, then this app's own fields;
 * links as `From`, `To`, `Type`, `Label`.  `From` and `To` hold element ids,
 * which those tools match against the `ID` column, because titles need not
 * be unique.  `Type` is the kind's label as a person reads it, `Kind` its id
 * for a faithful import.  Quoting follows RFC 4180 (CRLF line ends, fields
 * with a comma, a quote or a line break in double quotes), text is UTF-8
 * without a byte order mark.  Cells are written as they are: the file is a
 * data exchange, and changing a leading "=" would change the data.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <string.h>

#include "sw-report.h"

/* How many rows are written between two checks of the cancellable. */
#define STEP 256

static void
append_field (GString    *out,
              const char *text,
              gboolean    last)
{
  if (text == NULL)
    text = "";

  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);

  g_string_append (out, last ? "\r\n" : ",");
}

static void
append_row (GString            *out,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    append_field (out, fields[i], i + 1 == n_fields);
}

static char *
format_coordinate (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static gboolean
in_scope (const SwExportOptions *options,
          SwNode                *node)
{
  return options->nodes == NULL || g_hash_table_contains (options->nodes, node);
}

static const char *
language_of (SwDocument            *document,
             const SwExportOptions *options)
{
  if (options->language != NULL && sw_document_has_language (document, options->language))
    return options->language;
  return sw_document_get_source_language (document);
}

/* Reports progress and stops a cancelled export every STEP rows. */
static gboolean
step (const SwExportOptions  *options,
      guint                   done,
      guint                   total,
      GCancellable           *cancellable,
      GError                **error)
{
  if (done % STEP != 0)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (options->progress != NULL && total > 0)
    options->progress ((double) done / total, options->progress_data);
  return TRUE;
}

GBytes *
sw_report_write_csv (SwDocument             *document,
                     const SwExportOptions  *options,
                     GCancellable           *cancellable,
                     GError                **error)
{
  static const char * const header[] = {
    "Label", "Type", "Description", "Tags", "ID", "Kind", "Status", "Owner", "Start", "Due",
    "Indicator", "X", "Y",
  };
  const char *language = language_of (document, options);
  guint n_nodes = sw_document_get_n_nodes (document);
  g_autoptr(GString) out = g_string_new (NULL);

  append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      g_autofree char *tags = NULL;
      g_autofree char *x = NULL;
      g_autofree char *y = NULL;

      if (!step (options, i, n_nodes, cancellable, error))
        return NULL;
      if (!in_scope (options, node))
        continue;

      tags = g_strjoinv ("|", (char **) sw_node_get_tags (node));
      x = format_coordinate (sw_node_get_x (node));
      y = format_coordinate (sw_node_get_y (node));
      {
        const char *row[] = {
          sw_document_get_node_title (document, node, language),
          sw_document_get_kind_label (document, sw_node_get_kind (node), language),
          sw_document_get_text (document, sw_node_get_description (node), language, NULL),
          tags,
          sw_node_get_id (node),
          sw_node_get_kind (node),
          sw_node_status_to_string (sw_node_get_status (node)),
          sw_node_get_owner (node),
          sw_node_get_start (node),
          sw_node_get_due (node),
          sw_node_get_indicator (node),
          x,
          y,
        };

        append_row (out, row, G_N_ELEMENTS (row));
      }
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
sw_report_write_csv_links (SwDocument             *document,
                           const SwExportOptions  *options,
                           GCancellable           *cancellable,
                           GError                **error)
{
  static const char * const header[] = { "From", "To", "Type", "Label", "ID", "Kind" };
  const char *language = language_of (document, options);
  guint n_links = sw_document_get_n_links (document);
  g_autoptr(GString) out = g_string_new (NULL);

  append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < n_links; i++)
    {
      SwLink *link = sw_document_get_link (document, i);

      if (!step (options, i, n_links, cancellable, error))
        return NULL;
      if (!in_scope (options, sw_link_get_from (link)) || !in_scope (options, sw_link_get_to (link)))
        continue;

      {
        const char *row[] = {
          sw_node_get_id (sw_link_get_from (link)),
          sw_node_get_id (sw_link_get_to (link)),
          sw_document_get_kind_label (document, sw_link_get_kind (link), language),
          sw_document_get_text (document, sw_link_get_label (link), language, NULL),
          sw_link_get_id (link),
          sw_link_get_kind (link),
        };

        append_row (out, row, G_N_ELEMENTS (row));
      }
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
