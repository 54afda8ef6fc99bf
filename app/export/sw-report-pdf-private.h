/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* sw-report-pdf-update.c */
gboolean _sw_report_pdf_add_language (GByteArray *pdf,
                                      const char *language,
                                      const char *figure_alt);

G_END_DECLS
