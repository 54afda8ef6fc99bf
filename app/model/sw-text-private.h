/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-text.h"

G_BEGIN_DECLS

/* Only the document changes text, through its history. */
void  _sw_text_set     (SwText     *text,
                        const char *language,
                        const char *value,
                        const char *fingerprint);
void  _sw_text_remove  (SwText     *text,
                        const char *language);

G_END_DECLS
