/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

/* What a program printed and how it ended. */
typedef struct
{
  int    status;
  char  *out;
  char  *err;
} SwTestRun;

void        sw_test_run_clear       (SwTestRun          *run);
gboolean    sw_test_run             (SwTestRun          *run,
                                     const char * const *argv);
SwDocument *sw_test_load_sample     (const char         *name);
char       *sw_test_write_temp      (const char         *name,
                                     GBytes             *bytes);
char       *sw_test_data_path       (const char         *name);
SwDocument *sw_test_hostile_document (void);
void        sw_test_assert_loadable (SwDocument         *document);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SwTestRun, sw_test_run_clear)

/* Markup, script, quotes, a backslash and a control character, as someone might paste them. */
#define SW_TEST_HOSTILE_TITLE "<script>alert(\"x\")</script> & \"quoted\" 'apos' back\\slash \\N"

G_END_DECLS
