/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-outline-item.h"
#include "sw-search.h"

G_BEGIN_DECLS

#define SW_TYPE_OUTLINE_MODEL (sw_outline_model_get_type ())

G_DECLARE_FINAL_TYPE (SwOutlineModel, sw_outline_model, SW, OUTLINE_MODEL, GObject)

SwOutlineModel   *sw_outline_model_new                (SwSearch         *search);
SwDocument       *sw_outline_model_get_document       (SwOutlineModel   *self);
void              sw_outline_model_set_document       (SwOutlineModel   *self,
                                                       SwDocument       *document);
void              sw_outline_model_set_language       (SwOutlineModel   *self,
                                                       const char       *language);
GtkTreeListModel *sw_outline_model_create_tree        (SwOutlineModel   *self);
SwNode           *sw_outline_model_get_primary_parent (SwOutlineModel   *self,
                                                       SwNode           *node);
gboolean          sw_outline_model_reveal             (SwOutlineModel   *self,
                                                       GtkTreeListModel *tree,
                                                       SwNode           *node,
                                                       guint            *position);
void              sw_outline_model_expand_visible     (SwOutlineModel   *self,
                                                       GtkTreeListModel *tree,
                                                       guint             max_depth);
void              sw_outline_model_flush              (SwOutlineModel   *self);

G_END_DECLS
