/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-window.h"

G_BEGIN_DECLS

/* Installs "win.import": File > Import, which makes a new document from another tool's file. */
void  _sw_window_class_add_import_action  (GtkWidgetClass  *widget_class);
void  _sw_window_import_files             (SwWindow        *self,
                                           GFile          **files,
                                           guint            n_files);

G_END_DECLS
