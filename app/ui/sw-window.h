/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-document.h"
#include "sw-selection.h"

G_BEGIN_DECLS

#define SW_TYPE_WINDOW (sw_window_get_type ())

G_DECLARE_FINAL_TYPE (SwWindow, sw_window, SW, WINDOW, AdwApplicationWindow)

SwWindow   *sw_window_new            (GtkApplication *application);
SwDocument *sw_window_get_document   (SwWindow       *self);
GFile      *sw_window_get_file       (SwWindow       *self);
gboolean    sw_window_has_file       (SwWindow       *self,
                                      GFile          *file);
void        sw_window_set_document   (SwWindow       *self,
                                      SwDocument     *document,
                                      GFile          *file,
                                      const char     *etag);
void        sw_window_load_file      (SwWindow       *self,
                                      GFile          *file);
void        sw_window_open_sample    (SwWindow       *self,
                                      const char     *edition);
void        sw_window_save_to        (SwWindow       *self,
                                      GFile          *file);
gboolean    sw_window_get_busy       (SwWindow       *self);
gboolean    sw_window_get_modified   (SwWindow       *self);
SwSelection *sw_window_get_selection (SwWindow       *self);
const char *sw_window_get_last_error (SwWindow       *self);

G_END_DECLS
