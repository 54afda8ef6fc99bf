/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-outline-model.h"
#include "sw-outline-selection.h"
#include "sw-search.h"
#include "sw-selection.h"

G_BEGIN_DECLS

#define SW_TYPE_OUTLINE (sw_outline_get_type ())

G_DECLARE_FINAL_TYPE (SwOutline, sw_outline, SW, OUTLINE, GtkWidget)

void                sw_outline_setup          (SwOutline      *self,
                                               SwOutlineModel *model,
                                               SwSearch       *search,
                                               SwSelection    *selection);
void                sw_outline_set_language   (SwOutline      *self,
                                               const char     *language);
SwOutlineSelection *sw_outline_get_rows       (SwOutline      *self);
guint               sw_outline_get_kind_count (SwOutline      *self,
                                               const char     *kind);
void                sw_outline_focus_list     (SwOutline      *self);

G_END_DECLS
