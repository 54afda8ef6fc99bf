/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_OUTLINE_ROW (sw_outline_row_get_type ())

G_DECLARE_FINAL_TYPE (SwOutlineRow, sw_outline_row, SW, OUTLINE_ROW, GtkWidget)

GtkWidget  *sw_outline_row_new       (void);
void        sw_outline_row_bind      (SwOutlineRow   *self,
                                      GtkTreeListRow *row,
                                      SwDocument     *document,
                                      const char     *language);
void        sw_outline_row_unbind    (SwOutlineRow   *self);
void        sw_outline_row_refresh   (SwOutlineRow   *self,
                                      const char     *language);
const char *sw_outline_row_get_title (SwOutlineRow   *self);

G_END_DECLS
