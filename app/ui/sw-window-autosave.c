/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Saving safety: the window's recovery file and the watch on its file.
 *
 * A few seconds after a change, the unsaved state goes to this window's
 * recovery file (SwRecovery, never the person's own file).  Writes are
 * throttled, not postponed: steady typing still gets its state written
 * every few seconds.  The recovery file goes away when the document is
 * saved, its changes are discarded, or undo brings it back to its saved
 * state.  A window closed by a crash leaves it behind, and the welcome page
 * of the next start offers it back.
 *
 * The file on disk is watched too: when another program changes or
 * removes it, a bar offers to reload it.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-window-private.h"

#define DEFAULT_AUTOSAVE_DELAY_MS 2000
#define DISK_CHECK_DELAY_MS       300

static guint
autosave_delay (void)
{
  const char *value = g_getenv ("SW_AUTOSAVE_DELAY");
  guint64 delay;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, 600000, &delay, NULL))
    return (guint) delay;
  return DEFAULT_AUTOSAVE_DELAY_MS;
}

static void
write_recovery (SwWindow *self)
{
  g_autoptr(GBytes) contents = NULL;

  if (self->document == NULL || self->recovery == NULL || !sw_window_get_modified (self))
    return;

  contents = sw_recovery_serialize (self->document, self->file, self->etag);
  sw_recovery_save (self->recovery, contents);
}

static gboolean
autosave_cb (gpointer user_data)
{
  SwWindow *self = user_data;

  self->autosave_id = 0;
  write_recovery (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (SwWindow *self)
{
  if (!sw_window_get_modified (self))
    {
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      if (self->recovery != NULL)
        sw_recovery_discard (self->recovery);
      return;
    }

  if (self->autosave_id == 0)
    self->autosave_id = g_timeout_add (autosave_delay (), autosave_cb, self);
}

/* Called whenever the window's document is set; starts following it. */
void
_sw_window_autosave_document_set (SwWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->document == NULL)
    return;

  if (self->recovery == NULL)
    self->recovery = sw_recovery_new ();

  g_signal_handlers_disconnect_by_func (self->document, schedule_autosave, self);
  g_signal_handlers_disconnect_by_func (sw_document_get_history (self->document), schedule_autosave, self);
  g_signal_connect_swapped (self->document, "changed", G_CALLBACK (schedule_autosave), self);
  g_signal_connect_swapped (sw_document_get_history (self->document), "notify::modified",
                            G_CALLBACK (schedule_autosave), self);
  if (sw_window_get_modified (self))
    schedule_autosave (self);
}

/* After a save: the recovery file goes, unless the document was edited while it was written. */
void
_sw_window_autosave_saved (SwWindow *self)
{
  schedule_autosave (self);
}

/* The person let the changes go (or replaced the document): nothing is left to recover. */
void
_sw_window_autosave_discard (SwWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->recovery != NULL)
    sw_recovery_discard (self->recovery);
}

/*
 * A window destroyed with changes nobody decided about (the session ending)
 * writes them one last time, synchronously, so they can be recovered.
 */
void
_sw_window_autosave_dispose (SwWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->disk_check_id, g_source_remove);

  if (self->recovery != NULL && self->document != NULL && sw_window_get_modified (self))
    {
      g_autoptr(GBytes) contents = sw_recovery_serialize (self->document, self->file, self->etag);
      g_autoptr(GError) error = NULL;

      if (!sw_recovery_write (self->recovery, contents, &error))
        g_warning ("Could not write the recovery file: %s", error->message);
    }
  g_clear_object (&self->recovery);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

/* Changes on disk */

void
_sw_window_hide_disk_bar (SwWindow *self)
{
  gtk_revealer_set_reveal_child (self->disk_revealer, FALSE);
}

static void
show_disk_bar (SwWindow *self,
               gboolean  removed)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *text = NULL;

  if (removed)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("“%s” was moved or deleted by another program. Save to keep the strategy."),
                            name);
  else if (sw_window_get_modified (self))
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("“%s” was changed by another program. Reloading it discards your unsaved "
                              "changes."), name);
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("“%s” was changed by another program."), name);

  gtk_label_set_text (self->disk_label, text);
  gtk_widget_set_visible (self->disk_button, !removed);
  gtk_revealer_set_reveal_child (self->disk_revealer, TRUE);
}

typedef struct
{
  SwWindow *window;
  GFile    *file;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

static void schedule_disk_check (SwWindow *self);

static void
query_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CheckData *data = user_data;
  SwWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);

  /* The window may have moved on to another file, or be saving to this one. */
  if (self->file != NULL && g_file_equal (self->file, data->file))
    {
      if (sw_window_get_busy (self))
        schedule_disk_check (self);
      else if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        show_disk_bar (self, TRUE);
      else if (info != NULL && g_strcmp0 (g_file_info_get_etag (info), self->etag) != 0)
        show_disk_bar (self, FALSE);
      else if (info != NULL)
        _sw_window_hide_disk_bar (self);
    }

  check_data_free (data);
}

static gboolean
disk_check_cb (gpointer user_data)
{
  SwWindow *self = user_data;
  CheckData *data;

  self->disk_check_id = 0;
  if (self->file == NULL)
    return G_SOURCE_REMOVE;

  data = g_new0 (CheckData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (self->file);
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, query_ready_cb, data);
  return G_SOURCE_REMOVE;
}

/* A program writing a file sends several events: they are answered once, when it is quiet. */
static void
schedule_disk_check (SwWindow *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  self->disk_check_id = g_timeout_add (DISK_CHECK_DELAY_MS, disk_check_cb, self);
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 SwWindow          *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  schedule_disk_check (self);
}

static void
dismiss_cb (SwWindow *self)
{
  _sw_window_hide_disk_bar (self);
}

/* Follows the window's file; called when the file changes (open, Save As). */
void
_sw_window_watch_file (SwWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_signal_handlers_disconnect_by_func (self->disk_dismiss, dismiss_cb, self);
  g_signal_connect_swapped (self->disk_dismiss, "clicked", G_CALLBACK (dismiss_cb), self);

  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching the file: %s", error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);

  /* A recovered document may belong to a file that changed or went away meanwhile. */
  if (self->recovered)
    schedule_disk_check (self);
}

/* Recovery on the welcome page */

static gboolean
held_by_a_window (SwWindow   *self,
                  SwRecovery *recovery)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = application ? gtk_application_get_windows (application) : NULL; l; l = l->next)
    {
      SwWindow *window = l->data;

      if (SW_IS_WINDOW (window) && window->recovery != NULL
          && g_strcmp0 (sw_recovery_get_path (window->recovery), sw_recovery_get_path (recovery)) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
refresh_all_windows (SwWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    {
      _sw_window_show_recoveries (self);
      return;
    }
  for (GList *l = gtk_application_get_windows (application); l; l = l->next)
    {
      if (SW_IS_WINDOW (l->data) && SW_WINDOW (l->data)->document == NULL)
        _sw_window_show_recoveries (l->data);
    }
}

static void
recover_clicked_cb (GtkButton *button,
                    SwWindow  *self)
{
  SwRecovery *recovery = g_object_get_data (G_OBJECT (button), "sw-recovery");
  g_autoptr(SwRecovery) keep = g_object_ref (recovery);

  _sw_window_adopt_recovery (_sw_window_target_window (self), keep);
  refresh_all_windows (self);
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SwWindow         *self)
{
  SwRecovery *recovery = g_object_get_data (G_OBJECT (dialog), "sw-recovery");

  if (g_str_equal (response, "discard"))
    {
      sw_recovery_discard (recovery);
      refresh_all_windows (self);
    }
}

static void
discard_clicked_cb (GtkButton *button,
                    SwWindow  *self)
{
  SwRecovery *recovery = g_object_get_data (G_OBJECT (button), "sw-recovery");
  g_autofree char *title = sw_recovery_dup_title (recovery);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Unsaved Work?"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The unsaved changes to “%s” will be permanently lost."), title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sw-recovery", g_object_ref (recovery), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
recovery_row (SwWindow   *self,
              SwRecovery *recovery)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *recover = gtk_button_new_with_mnemonic (_("_Recover"));
  GtkWidget *discard = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *title = sw_recovery_dup_title (recovery);
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  GDateTime *saved = sw_recovery_get_saved_time (recovery);

  name = sw_recovery_get_original (recovery) ? g_file_get_basename (sw_recovery_get_original (recovery))
                                             : g_strdup (_("Never saved"));
  if (saved != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (saved);

      when = g_date_time_format (local, "%x %H:%M");
    }
  /* Translators: a recoverable document: its file name, then when its changes were kept */
  subtitle = when ? g_strdup_printf (_("%s · %s"), name, when) : g_strdup (name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] ? title : _("Untitled Strategy"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (recover, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (recover, "suggested-action");
  g_object_set_data_full (G_OBJECT (recover), "sw-recovery", g_object_ref (recovery), g_object_unref);
  g_signal_connect (recover, "clicked", G_CALLBACK (recover_clicked_cb), self);

  gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (discard, _("Discard"));
  gtk_widget_add_css_class (discard, "flat");
  g_object_set_data_full (G_OBJECT (discard), "sw-recovery", g_object_ref (recovery), g_object_unref);
  g_signal_connect (discard, "clicked", G_CALLBACK (discard_clicked_cb), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), recover);
  return row;
}

/* Lists on the welcome page the recovery files no window holds. */
void
_sw_window_show_recoveries (SwWindow *self)
{
  g_autoptr(GPtrArray) recoveries = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list))) != NULL)
    gtk_list_box_remove (self->recovery_list, child);

  if (self->document == NULL)
    {
      recoveries = sw_recovery_list ();
      for (guint i = 0; i < recoveries->len; i++)
        {
          SwRecovery *recovery = g_ptr_array_index (recoveries, i);

          if (held_by_a_window (self, recovery))
            continue;
          gtk_list_box_append (self->recovery_list, recovery_row (self, recovery));
          shown++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recovery_group), shown > 0);
}
