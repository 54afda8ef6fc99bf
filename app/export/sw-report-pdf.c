/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report as PDF, drawn by cairo from the same pages as printing.
 * Cairo embeds subsets of the fonts with their Unicode mappings, so text
 * can be selected and searched; the headings give the reader's outline
 * (bookmarks) and the contents entries link to the chapters.  The PDF is
 * tagged: its structure (headings, paragraphs, lists, tables, the figure,
 * the contents) lets screen readers read it and viewers reflow it.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "sw-report-layout.h"
#include "sw-report-pdf-private.h"

typedef struct
{
  const SwExportOptions *options;
  double                 start;
  double                 span;
} Progress;

/* Setting the pages takes about the first third of the time, drawing them the rest. */
static void
report_progress (double   fraction,
                 gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->options->progress != NULL)
    progress->options->progress (progress->start + fraction * progress->span,
                                 progress->options->progress_data);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              SwReport        *report,
              SwDocument      *document)
{
  const char *stamp = sw_document_get_modified_time (document);
  g_autoptr(GDateTime) time = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autofree char *authors = g_strjoinv (", ", report->authors);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  if (report->subtitle[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, report->subtitle);
  if (authors[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, authors);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Strategy Workbench " PACKAGE_VERSION);
  /* The document's own date, so that the same document gives the same file. */
  if (time != NULL)
    {
      g_autofree char *date = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

/* Bookmarks: the chapters, and the sections under each. */
static void
add_outline (cairo_surface_t *surface,
             SwReport        *report)
{
  int chapter = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);
      g_autofree char *destination = NULL;
      g_autofree char *title = NULL;

      if (block->type != SW_REPORT_BLOCK_HEADING || block->level > 2)
        continue;
      if (block->level == 2 && chapter == CAIRO_PDF_OUTLINE_ROOT)
        continue;

      destination = g_strdup_printf ("dest='%s'", block->anchor);
      title = block->eyebrow ? g_strdup_printf ("%s: %s", block->eyebrow, block->text)
                             : g_strdup (block->text);
      if (block->level == 1)
        chapter = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title,
                                                 destination, 0);
      else
        cairo_pdf_surface_add_outline (surface, chapter, title, destination, 0);
    }
}

/* The figure's caption, which says what it shows, as its alternate text. */
static const char *
figure_caption (SwReport *report)
{
  for (guint i = 0; i < report->blocks->len; i++)
    {
      SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->type == SW_REPORT_BLOCK_FIGURE)
        return block->text;
    }

  return NULL;
}

GBytes *
sw_report_write_pdf (SwDocument             *document,
                     const SwExportOptions  *options,
                     GCancellable           *cancellable,
                     GError                **error)
{
  g_autoptr(SwReport) report = sw_report_new (document, options);
  g_autoptr(SwReportLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Progress progress = { options, 0.0, 0.35 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  sw_report_page_size (options->page_size, &width, &height);
  layout = sw_report_layout_new (report, width, height, report_progress, &progress,
                                 cancellable, error);
  if (layout == NULL)
    return NULL;

  /* Every page is drawn here, once and in order, as a tagged PDF needs. */
  sw_report_layout_set_tagged (layout, TRUE);
  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, width, height);
  set_metadata (surface, report, document);
  cr = cairo_create (surface);

  progress = (Progress) { options, 0.35, 0.65 };
  n_pages = sw_report_layout_get_n_pages (layout);
  for (guint i = 0; i < n_pages; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      sw_report_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
      report_progress ((double) (i + 1) / n_pages, &progress);
    }

  add_outline (surface, report);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  if (!_sw_report_pdf_add_language (bytes, report->language, figure_caption (report)))
    g_debug ("The PDF is not laid out as expected: it keeps no language and no alternate text");

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
