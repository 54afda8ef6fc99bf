/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SW_FINGERPRINT_LENGTH 12

gboolean  sw_language_tag_is_valid   (const char  *tag,
                                      GError     **error);
gboolean  sw_language_tag_is_rtl     (const char  *tag);
gboolean  sw_date_is_valid           (const char  *date);
gboolean  sw_date_time_is_valid      (const char  *date_time);
gboolean  sw_color_is_valid          (const char  *color);
gboolean  sw_id_is_valid             (const char  *id);
char     *sw_fingerprint_compute     (const char  *source_text);
gboolean  sw_fingerprint_is_valid    (const char  *fingerprint);

G_END_DECLS
