/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-outline-model.h"
#include "sw-outline-selection.h"
#include "sw-selection.h"

G_BEGIN_DECLS

#define SW_TYPE_OUTLINE_PAGE (sw_outline_page_get_type ())

G_DECLARE_FINAL_TYPE (SwOutlinePage, sw_outline_page, SW, OUTLINE_PAGE, GtkWidget)

void                sw_outline_page_setup        (SwOutlinePage  *self,
                                                  SwOutlineModel *model,
                                                  SwSelection    *selection);
void                sw_outline_page_set_language (SwOutlinePage  *self,
                                                  const char     *language);
SwOutlineSelection *sw_outline_page_get_rows     (SwOutlinePage  *self);

G_END_DECLS
