/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-exporter.h"
#include "sw-mo-catalog.h"

G_BEGIN_DECLS

/*
 * A report is the document's text arranged for reading, in one language:
 * a title page, then a flat run of blocks (headings, paragraphs, field lists,
 * tables, lists and the figure).  Every writer (PDF and print, HTML,
 * Markdown) walks the same blocks, so they all say the same thing.  A report
 * holds copies of all its text and so can be written from a worker thread.
 */

#define SW_REPORT_MAX_COLUMNS 8

typedef enum
{
  SW_REPORT_BLOCK_HEADING,
  SW_REPORT_BLOCK_PARAGRAPH,
  SW_REPORT_BLOCK_FIELDS,
  SW_REPORT_BLOCK_TABLE,
  SW_REPORT_BLOCK_LIST,
  SW_REPORT_BLOCK_FIGURE,
} SwReportBlockType;

typedef enum
{
  SW_REPORT_TEXT_BODY,
  SW_REPORT_TEXT_LEAD,     /* the opening paragraph of a chapter */
  SW_REPORT_TEXT_NOTE,     /* a remark of the report itself, e.g. “None.” */
} SwReportTextStyle;

typedef struct
{
  SwReportBlockType  type;
  SwReportTextStyle  style;
  guint              level;        /* headings: 1 chapter, 2 section, 3 item */
  gboolean           new_page;     /* level 1 headings that open a page */
  gboolean           indented;     /* blocks that belong to a level 3 item */
  char              *text;         /* heading, paragraph, figure caption */
  char              *eyebrow;      /* headings: kind and number, e.g. “Action area 2” */
  char              *anchor;       /* headings: an ASCII id, unique in the report */
  char              *language;     /* the language of @text when it is the document's text
                                    * (the report's, or the source's as a fallback); %NULL
                                    * for the report's own words and for plain values */
  char              *color;        /* headings: the kind's colour, "#rrggbb", or NULL */
  /* Fields: label, value, label, value...  Lists: the items.  Tables: the
   * header row, then the rows, row-major, n_columns cells each. */
  GPtrArray         *cells;
  guint              n_columns;
  double             widths[SW_REPORT_MAX_COLUMNS];  /* tables: relative widths */
  guint              numeric_columns;                /* tables: bit i set: column i is numbers */
} SwReportBlock;

typedef struct
{
  char         *language;
  gboolean      rtl;
  char         *title;
  char         *subtitle;
  char         *edition;
  char         *date;
  GStrv         authors;
  GPtrArray    *sources;     /* (element-type utf8): one line per source */
  GPtrArray    *blocks;      /* (element-type SwReportBlock) */
  SwDocument   *document;    /* for the figure, drawn from the document */
  GHashTable   *scope;       /* (nullable): the nodes in the report */
  SwMoCatalog  *catalog;     /* (nullable): the interface's words in @language; %NULL: English */
  SwDocument   *builtin;     /* a new English document: the built-in kinds as the app names them */
} SwReport;

SwReport   *sw_report_new               (SwDocument             *document,
                                         const SwExportOptions  *options);
void        sw_report_free              (SwReport               *report);
const char *sw_report_gettext           (const SwReport         *report,
                                         const char             *msgid) G_GNUC_FORMAT (2);
const char *sw_report_kind_label        (const SwReport         *report,
                                         const char             *kind);
const char *sw_report_status_label      (const SwReport         *report,
                                         SwNodeStatus            status);

GBytes     *sw_report_write_pdf         (SwDocument             *document,
                                         const SwExportOptions  *options,
                                         GCancellable           *cancellable,
                                         GError                **error);
GBytes     *sw_report_write_html        (SwDocument             *document,
                                         const SwExportOptions  *options,
                                         GCancellable           *cancellable,
                                         GError                **error);
GBytes     *sw_report_write_markdown    (SwDocument             *document,
                                         const SwExportOptions  *options,
                                         GCancellable           *cancellable,
                                         GError                **error);
GBytes     *sw_report_write_csv         (SwDocument             *document,
                                         const SwExportOptions  *options,
                                         GCancellable           *cancellable,
                                         GError                **error);
GBytes     *sw_report_write_csv_links   (SwDocument             *document,
                                         const SwExportOptions  *options,
                                         GCancellable           *cancellable,
                                         GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwReport, sw_report_free)

G_END_DECLS
