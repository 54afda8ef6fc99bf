/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_SELECTION (sw_selection_get_type ())

G_DECLARE_FINAL_TYPE (SwSelection, sw_selection, SW, SELECTION, GObject)

SwSelection *sw_selection_new          (SwDocument  *document);
SwDocument  *sw_selection_get_document (SwSelection *self);
void         sw_selection_set_document (SwSelection *self,
                                        SwDocument  *document);
gboolean     sw_selection_add          (SwSelection *self,
                                        SwNode      *node);
gboolean     sw_selection_remove       (SwSelection *self,
                                        SwNode      *node);
void         sw_selection_toggle       (SwSelection *self,
                                        SwNode      *node);
void         sw_selection_set          (SwSelection *self,
                                        GPtrArray   *nodes);
void         sw_selection_select_only  (SwSelection *self,
                                        SwNode      *node);
void         sw_selection_clear        (SwSelection *self);
gboolean     sw_selection_contains     (SwSelection *self,
                                        SwNode      *node);
GPtrArray   *sw_selection_get_nodes    (SwSelection *self);
guint        sw_selection_get_n_nodes  (SwSelection *self);
SwNode      *sw_selection_get_focus    (SwSelection *self);
void         sw_selection_set_focus    (SwSelection *self,
                                        SwNode      *node);

G_END_DECLS
