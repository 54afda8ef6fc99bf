/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sw-report.h"

G_BEGIN_DECLS

/*
 * A report set in pages: the one page renderer behind the PDF writer and
 * printing.  Sizes are in points; a page is drawn with the origin at its
 * top-left corner and one unit per point.
 */
typedef struct _SwReportLayout SwReportLayout;

SwReportLayout *sw_report_layout_new          (SwReport        *report,
                                               double           page_width,
                                               double           page_height,
                                               SwProgressFunc   progress,
                                               gpointer         progress_data,
                                               GCancellable    *cancellable,
                                               GError         **error);
void            sw_report_layout_free         (SwReportLayout  *layout);
guint           sw_report_layout_get_n_pages  (SwReportLayout  *layout);
void            sw_report_layout_set_tagged   (SwReportLayout  *layout,
                                               gboolean         tagged);
void            sw_report_layout_draw_page    (SwReportLayout  *layout,
                                               cairo_t         *cr,
                                               guint            page);
void            sw_report_page_size           (SwPageSize       size,
                                               double          *width,
                                               double          *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwReportLayout, sw_report_layout_free)

G_END_DECLS
