/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_DOCUMENT_VIEW (sw_document_view_get_type ())

G_DECLARE_FINAL_TYPE (SwDocumentView, sw_document_view, SW, DOCUMENT_VIEW, GtkWidget)

SwDocument *sw_document_view_get_document (SwDocumentView *self);
void        sw_document_view_set_document (SwDocumentView *self,
                                           SwDocument     *document);
guint       sw_document_view_get_n_rows   (SwDocumentView *self);

G_END_DECLS
