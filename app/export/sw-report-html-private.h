/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The stylesheet of HTML reports, without the @page rule (it depends on the paper size). */
extern const char _sw_report_html_css[];

G_END_DECLS
