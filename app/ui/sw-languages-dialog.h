/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_LANGUAGES_DIALOG (sw_languages_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SwLanguagesDialog, sw_languages_dialog, SW, LANGUAGES_DIALOG, AdwPreferencesWindow)

GtkWindow  *sw_languages_dialog_present  (GtkWindow  *parent,
                                          SwDocument *document);
const char *sw_language_get_name         (const char *tag);
char       *sw_language_get_label        (const char *tag);

G_END_DECLS
