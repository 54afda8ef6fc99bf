/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document-view.h"
#include "sw-window.h"

G_BEGIN_DECLS

struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  SwDocument           *document;
  GFile                *file;
  char                 *etag;
  char                 *last_error;
  GSettings            *settings;
  GCancellable         *cancellable;
  guint                 busy;
  gboolean              close_after_save;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  SwDocumentView       *document_view;
};

void  _sw_window_class_add_actions  (GtkWidgetClass *widget_class);
void  _sw_window_update_actions     (SwWindow       *self);
void  _sw_window_class_add_export_action (GtkWidgetClass *widget_class);
void  _sw_window_update_export_action    (SwWindow       *self);
void  _sw_window_show_error         (SwWindow       *self,
                                     const char     *heading,
                                     const char     *body);
void  _sw_window_new_document       (SwWindow       *self);
void  _sw_window_save               (SwWindow       *self,
                                     gboolean        choose_file);
void  _sw_window_choose_open        (SwWindow       *self);

G_END_DECLS
