/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_EXPORT_DIALOG (sw_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SwExportDialog, sw_export_dialog, SW, EXPORT_DIALOG, AdwWindow)

SwExportDialog *sw_export_dialog_new            (GtkWindow       *parent,
                                                 SwDocument      *document,
                                                 GFile           *document_file);
void            sw_export_dialog_set_language   (SwExportDialog  *self,
                                                 const char      *language);
void            sw_export_dialog_set_selection  (SwExportDialog  *self,
                                                 GHashTable      *nodes);
void            sw_export_dialog_set_filtered   (SwExportDialog  *self,
                                                 GHashTable      *nodes);
gboolean        sw_export_dialog_set_format     (SwExportDialog  *self,
                                                 const char      *name);
void            sw_export_dialog_export_to      (SwExportDialog  *self,
                                                 GFile           *file);

G_END_DECLS
