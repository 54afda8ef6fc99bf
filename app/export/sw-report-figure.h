/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sw-report.h"

G_BEGIN_DECLS

/* The graph as the report's figure, drawn by the canvas's painter. */
gboolean  _sw_report_figure_get_size  (SwReport  *report,
                                       double    *width,
                                       double    *height);
void      _sw_report_figure_draw      (SwReport  *report,
                                       cairo_t   *cr,
                                       double     width,
                                       double     height,
                                       double     seen_scale);
char     *_sw_report_figure_svg       (SwReport  *report);

G_END_DECLS
