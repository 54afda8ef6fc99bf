/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_TEXT (sw_text_get_type ())

GType               sw_text_get_type           (void) G_GNUC_CONST;
SwText             *sw_text_new                (void);
SwText             *sw_text_copy               (const SwText *text);
void                sw_text_free               (SwText       *text);
gboolean            sw_text_equal              (const SwText *a,
                                                const SwText *b);
gboolean            sw_text_is_empty           (const SwText *text);
guint               sw_text_get_n_languages    (const SwText *text);
const char         *sw_text_get_language       (const SwText *text,
                                                guint         index);
const char         *sw_text_get                (const SwText *text,
                                                const char   *language);
const char         *sw_text_get_fingerprint    (const SwText *text,
                                                const char   *language);
const char         *sw_text_get_with_fallback  (const SwText *text,
                                                const char   *language,
                                                const char   *fallback_language,
                                                gboolean     *used_fallback);
SwTranslationState  sw_text_get_state         (const SwText *text,
                                                const char   *language,
                                                const char   *source_language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwText, sw_text_free)

G_END_DECLS
