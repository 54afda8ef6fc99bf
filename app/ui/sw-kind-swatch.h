/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_KIND_SWATCH (sw_kind_swatch_get_type ())

G_DECLARE_FINAL_TYPE (SwKindSwatch, sw_kind_swatch, SW, KIND_SWATCH, GtkWidget)

GtkWidget  *sw_kind_swatch_new        (const char   *color);
const char *sw_kind_swatch_get_color  (SwKindSwatch *self);
void        sw_kind_swatch_set_color  (SwKindSwatch *self,
                                       const char   *color);
void        sw_kind_swatch_get_rgba   (SwKindSwatch *self,
                                       GdkRGBA      *rgba);

G_END_DECLS
