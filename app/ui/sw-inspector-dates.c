/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The inspector's start and due dates: typed as YYYY-MM-DD or picked in a
 * calendar.  A date the document refuses stays in the field, marked, with
 * the reason shown, so it can be corrected instead of retyped.
 */
#define G_LOG_DOMAIN "sw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-inspector-private.h"

static AdwEntryRow *
date_row (SwInspector *self,
          SwField      field)
{
  return field == SW_FIELD_START ? self->start_row : self->due_row;
}

static const char *
node_date (SwInspector *self,
           SwField      field)
{
  return field == SW_FIELD_START ? sw_node_get_start (self->node) : sw_node_get_due (self->node);
}

static void
set_date (SwInspector *self,
          SwField      field,
          const char  *date)
{
  AdwEntryRow *row = date_row (self, field);
  g_autoptr(GError) error = NULL;

  if (self->node == NULL)
    return;

  if (!sw_document_set_node_date (self->document, self->node, field, date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      _sw_inspector_message (self, error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

void
_sw_inspector_apply_date (SwInspector *self,
                          SwField      field)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (date_row (self, field)))));

  set_date (self, field, text[0] ? text : NULL);
}

static void
apply_start_on_leave (SwInspector *self)
{
  if (self->node != NULL
      && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->start_row)),
                    node_date (self, SW_FIELD_START) ? node_date (self, SW_FIELD_START) : "") != 0)
    _sw_inspector_apply_date (self, SW_FIELD_START);
}

static void
apply_due_on_leave (SwInspector *self)
{
  if (self->node != NULL
      && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->due_row)),
                    node_date (self, SW_FIELD_DUE) ? node_date (self, SW_FIELD_DUE) : "") != 0)
    _sw_inspector_apply_date (self, SW_FIELD_DUE);
}

/* The calendar opens on the field's date, or today when it has none. */
static void
prepare_calendar (SwInspector *self,
                  GtkCalendar *calendar,
                  SwField      field)
{
  const char *date = self->node ? node_date (self, field) : NULL;
  g_autoptr(GDateTime) shown = NULL;

  if (date != NULL)
    {
      int year, month, day;

      if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3)
        shown = g_date_time_new_local (year, month, day, 12, 0, 0);
    }
  if (shown == NULL)
    shown = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (calendar, shown);
  self->updating = FALSE;
}

static void
start_popover_cb (SwInspector *self)
{
  prepare_calendar (self, self->start_calendar, SW_FIELD_START);
}

static void
due_popover_cb (SwInspector *self)
{
  prepare_calendar (self, self->due_calendar, SW_FIELD_DUE);
}

static void
day_selected (SwInspector   *self,
              GtkCalendar   *calendar,
              GtkMenuButton *button,
              SwField        field)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  date = gtk_calendar_get_date (calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  set_date (self, field, text);
  gtk_menu_button_popdown (button);
}

static void
start_day_selected_cb (SwInspector *self)
{
  day_selected (self, self->start_calendar, self->start_button, SW_FIELD_START);
}

static void
due_day_selected_cb (SwInspector *self)
{
  day_selected (self, self->due_calendar, self->due_button, SW_FIELD_DUE);
}

static void
start_clear_cb (SwInspector *self)
{
  set_date (self, SW_FIELD_START, NULL);
  gtk_menu_button_popdown (self->start_button);
}

static void
due_clear_cb (SwInspector *self)
{
  set_date (self, SW_FIELD_DUE, NULL);
  gtk_menu_button_popdown (self->due_button);
}

static void
watch_leave (SwInspector *self,
             GtkWidget   *widget,
             GCallback    callback)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", callback, self);
  gtk_widget_add_controller (widget, focus);
}

void
_sw_inspector_init_dates (SwInspector *self)
{
  g_signal_connect_swapped (gtk_menu_button_get_popover (self->start_button), "show",
                            G_CALLBACK (start_popover_cb), self);
  g_signal_connect_swapped (gtk_menu_button_get_popover (self->due_button), "show",
                            G_CALLBACK (due_popover_cb), self);
  g_signal_connect_swapped (self->start_calendar, "day-selected", G_CALLBACK (start_day_selected_cb), self);
  g_signal_connect_swapped (self->due_calendar, "day-selected", G_CALLBACK (due_day_selected_cb), self);
  g_signal_connect_swapped (self->start_clear, "clicked", G_CALLBACK (start_clear_cb), self);
  g_signal_connect_swapped (self->due_clear, "clicked", G_CALLBACK (due_clear_cb), self);
  watch_leave (self, GTK_WIDGET (self->start_row), G_CALLBACK (apply_start_on_leave));
  watch_leave (self, GTK_WIDGET (self->due_row), G_CALLBACK (apply_due_on_leave));
}
