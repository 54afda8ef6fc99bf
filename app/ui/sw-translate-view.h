/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_TRANSLATE_VIEW (sw_translate_view_get_type ())

G_DECLARE_FINAL_TYPE (SwTranslateView, sw_translate_view, SW, TRANSLATE_VIEW, GtkWidget)

GtkWidget  *sw_translate_view_new           (void);
SwDocument *sw_translate_view_get_document  (SwTranslateView *self);
void        sw_translate_view_set_document  (SwTranslateView *self,
                                             SwDocument      *document);
const char *sw_translate_view_get_language  (SwTranslateView *self);
void        sw_translate_view_set_language  (SwTranslateView *self,
                                             const char      *language);

G_END_DECLS
