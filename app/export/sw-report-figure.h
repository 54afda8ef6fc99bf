/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sw-report.h"

G_BEGIN_DECLS

/* Room around the cards, in document units, so that shadows and arrowheads are not cut. */
#define SW_REPORT_FIGURE_MARGIN 24.0

/*
 * The graph as the report's figure, drawn by the canvas's painter.
 * @positions (nullable, SwNode → SwPoint) stand in for the document's.
 */
gboolean    _sw_report_figure_get_size  (SwReport    *report,
                                         GHashTable  *positions,
                                         double      *width,
                                         double      *height);
void        _sw_report_figure_card_size (SwReport    *report,
                                         double      *width,
                                         double      *height);
void        _sw_report_figure_draw      (SwReport    *report,
                                         GHashTable  *positions,
                                         cairo_t     *cr,
                                         double       width,
                                         double       height,
                                         double       seen_scale);
char       *_sw_report_figure_svg       (SwReport    *report);

/* sw-report-figure-fit.c */
GHashTable *_sw_report_figure_fit       (SwReport    *report,
                                         double       box_width,
                                         double       box_height);

G_END_DECLS
