/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"
#include "sw-exporter.h"

G_BEGIN_DECLS

/* What the report tests share: documents to export, and running the readers that check them. */

/* A title with markup, script and Markdown and CSV syntax in it. */
#define HOSTILE_TITLE "<script>alert(1)</script> *not bold* [link](javascript:x) # \"quoted\", comma"
#define HOSTILE_DESCRIPTION "\" onload=\"x\" <img src=x onerror=alert(2)>\n\n# Not a heading\n1. Not a list | cell &amp; $math$ @cite"

void        report_test_use_build_catalogs (void);
SwDocument *report_test_load_sample       (const char          *name);
SwDocument *report_test_hostile_document  (void);
SwDocument *report_test_world_document    (void);
SwDocument *report_test_gaps_document     (void);
GBytes     *report_test_export            (SwDocument          *document,
                                           const char          *format,
                                           const char          *language,
                                           SwPageSize           page_size);
char       *report_test_save              (GBytes              *bytes,
                                           const char          *name);
char       *report_test_export_sample_command (const char      *format,
                                           const char          *language,
                                           const char          *name);
gboolean    report_test_require           (const char          *program);
char       *report_test_run               (const char * const  *argv,
                                           int                 *status);
char       *report_test_pdf_text          (const char          *path,
                                           int                  first_page,
                                           int                  last_page,
                                           gboolean             layout);
char       *report_test_squeeze           (const char          *text);
void        report_test_assert_french_words (const char        *text);

#define REPORT_RUN(status, ...) report_test_run ((const char * const[]) { __VA_ARGS__, NULL }, status)

G_END_DECLS
