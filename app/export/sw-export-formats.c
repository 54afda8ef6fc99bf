/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The table of export formats, shared by the command line and the Export
 * dialog, so a format added here is reachable from both.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-exporter.h"
#include "sw-graph-files.h"
#include "sw-json-writer.h"
#include "sw-report.h"

static GBytes *
export_json (SwDocument             *document,
             const SwExportOptions  *options,
             GCancellable           *cancellable,
             GError                **error)
{
  return sw_json_write (document);
}

/* One line per format, in the order the Export dialog lists them. */
static const SwExportFormat formats[] = {
  { "pdf", "pdf", "application/pdf", N_("Report (PDF)"), sw_report_write_pdf },
  { "html", "html", "text/html", N_("Report as a web page (HTML)"), sw_report_write_html },
  { "markdown", "md", "text/markdown", N_("Report in Markdown"), sw_report_write_markdown },
  { "csv", "csv", "text/csv", N_("Spreadsheet of elements (CSV)"), sw_report_write_csv },
  { "csv-links", "csv", "text/csv", N_("Spreadsheet of connections (CSV)"),
    sw_report_write_csv_links },
  { "json", "json", "application/json", N_("Strategy Workbench document (JSON)"), export_json },
  { "svg", "svg", "image/svg+xml", N_("Picture of the graph (SVG)"), sw_export_svg },
  { "png", "png", "image/png", N_("Picture of the graph (PNG)"), sw_export_png },
  { "dot", "gv", "text/vnd.graphviz", N_("Graphviz graph (DOT)"), sw_export_dot },
  { "graphml", "graphml", "application/graphml+xml", N_("GraphML graph (yEd, Gephi)"),
    sw_export_graphml },
  { "canvas", "canvas", "application/json", N_("JSON Canvas (Obsidian)"), sw_export_canvas },
};

const SwExportFormat *
sw_export_get_formats (guint *n_formats)
{
  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

/**
 * sw_export_find_format:
 *
 * Returns: (nullable): the format whose --format name is @name.
 */
const SwExportFormat *
sw_export_find_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].name, name) == 0)
      return &formats[i];

  return NULL;
}

void
sw_export_options_init (SwExportOptions *options)
{
  *options = (SwExportOptions) { .page_size = SW_PAGE_SIZE_A4, .scale = 1.0 };
}
