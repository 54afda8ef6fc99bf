/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-document.h"
#include "sw-translation-status.h"
#include "sw-translation-unit.h"
#include "sw-translation.h"

G_BEGIN_DECLS

SwDocument        *tt_load_sample          (void);
SwDocument        *tt_copy                 (SwDocument         *document);
void               tt_assert_same          (SwDocument         *a,
                                            SwDocument         *b);
char              *tt_temp_path            (const char         *name);
char              *tt_write_temp           (const char         *name,
                                            GBytes             *bytes);
GBytes            *tt_read                 (const char         *path);
GBytes            *tt_bytes                (const char         *text);
gboolean           tt_have_program         (const char         *program);
int                tt_run                  (const char * const *argv,
                                            char              **out,
                                            char              **err);
char              *tt_script               (const char         *name);
GBytes            *tt_fill_targets         (GBytes             *exported,
                                            const char         *name,
                                            const char         *prefix);
JsonObject        *tt_read_xliff           (GBytes             *bytes);
JsonObject        *tt_find_xliff_unit      (JsonObject         *xliff,
                                            const char         *id);
SwTranslationUnit *tt_find_unit            (SwDocument         *document,
                                            const char         *id);
SwTranslationCounts tt_counts              (SwDocument         *document,
                                            const char         *language);

#define tt_assert_counts(document, language, t, s, m)                     \
  G_STMT_START {                                                          \
    SwTranslationCounts tt_c = tt_counts ((document), (language));        \
    g_assert_cmpuint (tt_c.translated, ==, (t));                          \
    g_assert_cmpuint (tt_c.stale, ==, (s));                               \
    g_assert_cmpuint (tt_c.missing, ==, (m));                             \
  } G_STMT_END

G_END_DECLS
