/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-document.h"
#include "sw-selection.h"

G_BEGIN_DECLS

#define SW_TYPE_INSPECTOR (sw_inspector_get_type ())

G_DECLARE_FINAL_TYPE (SwInspector, sw_inspector, SW, INSPECTOR, GtkWidget)

void  sw_inspector_set_selection (SwInspector *self,
                                  SwSelection *selection);
void  sw_inspector_set_language  (SwInspector *self,
                                  const char  *language);

G_END_DECLS
