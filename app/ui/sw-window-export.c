/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's Export action.  Until the Export dialog lands, the action
 * exists but stays disabled, so the menu shows where exporting will live.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include "sw-window-private.h"

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
}

void
_sw_window_class_add_export_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
}

void
_sw_window_update_export_action (SwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
}
