/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-window-private.h"

G_BEGIN_DECLS

gboolean          editor_test_init         (int         *argc,
                                            char      ***argv);
const char       *editor_test_data_home    (void);
GtkApplication   *editor_test_application  (void);
SwWindow         *editor_test_new_window   (void);
void              editor_test_destroy      (SwWindow    *window);
void              editor_test_wait         (SwWindow    *window);
void              editor_test_wait_until   (gboolean   (*done) (gpointer),
                                            gpointer     data);
SwWindow         *editor_test_open_sample  (const char  *edition);
char             *editor_test_copy_sample  (const char  *edition,
                                            char       **dir);
AdwMessageDialog *editor_test_find_dialog  (SwWindow    *window);
gboolean          editor_test_action_enabled (SwWindow  *window,
                                            const char  *name);
gboolean          editor_test_send_key     (GtkWidget   *widget,
                                            guint        keyval,
                                            GdkModifierType modifiers);
gboolean          editor_test_click        (GtkWidget   *widget);
GtkWidget        *editor_test_find_text    (GtkWidget   *widget);
void              editor_test_remove_tree  (const char  *path);

G_END_DECLS
