/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-outline-model.h"
#include "sw-selection.h"

G_BEGIN_DECLS

#define SW_TYPE_OUTLINE_SELECTION (sw_outline_selection_get_type ())

G_DECLARE_FINAL_TYPE (SwOutlineSelection, sw_outline_selection, SW, OUTLINE_SELECTION, GObject)

SwOutlineSelection *sw_outline_selection_new           (SwOutlineModel     *model);
GtkSelectionModel  *sw_outline_selection_get_rows      (SwOutlineSelection *self);
GtkTreeListModel   *sw_outline_selection_get_tree      (SwOutlineSelection *self);
void                sw_outline_selection_set_selection (SwOutlineSelection *self,
                                                        SwSelection        *selection);
SwNode             *sw_outline_selection_get_node      (SwOutlineSelection *self,
                                                        guint               position);
gboolean            sw_outline_selection_reveal        (SwOutlineSelection *self,
                                                        SwNode             *node,
                                                        guint              *position);

G_END_DECLS
