/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading and writing the window's file: loading in the background, the
 * bundled samples, and saving, which never overwrites a file another
 * program changed without asking, and which, when it fails, keeps the
 * document open and modified and says why.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-samples.h"
#include "sw-window-private.h"

typedef struct
{
  SwWindow *window;
  GFile    *file;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
load_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  SwWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(SwDocument) document = sw_json_load_file_finish (result, &etag, NULL, &error);

  _sw_window_set_busy (self, FALSE);

  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (data->file);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_error (self, heading, error->message);
      return;
    }

  _sw_window_set_last_error (self, NULL);
  sw_window_set_document (self, document, data->file, etag);
  _sw_window_add_to_recent (data->file);
}

/* Loads @file in the background; a failure leaves the window as it was and says why. */
void
sw_window_load_file (SwWindow *self,
                     GFile    *file)
{
  LoadData *data = g_new0 (LoadData, 1);

  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  _sw_window_set_busy (self, TRUE);
  sw_json_load_file_async (file, self->cancellable, load_ready_cb, data);
}

/* A bundled strategy opens as a new, unsaved document: saving asks where. */
void
sw_window_open_sample (SwWindow   *self,
                       const char *edition)
{
  g_autofree char *path = g_strdup_printf ("/io/github/strategyworkbench/Workbench/samples/strategy-%s.json",
                                           edition);
  g_autofree char *name = g_strdup_printf ("strategy-%s.json", edition);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (sw_samples_get_resource (), path,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (bytes != NULL);

  document = sw_json_load_bytes (bytes, name, NULL, &error);
  if (document == NULL)
    {
      _sw_window_show_error (self, _("Could Not Open the Sample"), error->message);
      return;
    }

  sw_window_set_document (self, document, NULL, NULL);
}

typedef struct
{
  SwWindow *window;
  GFile    *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static void start_save (SwWindow *self,
                        GFile    *file,
                        gboolean  check_etag);

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             gpointer          user_data)
{
  SaveData *data = user_data;

  if (g_str_equal (response, "overwrite"))
    start_save (data->window, data->file, FALSE);
  else if (g_str_equal (response, "reload"))
    {
      data->window->close_after_save = FALSE;
      sw_window_load_file (data->window, data->file);
    }
  else
    data->window->close_after_save = FALSE;
}

/* Someone else changed the file since we read it: never overwrite that silently. */
static void
ask_about_changed_file (SaveData *data)
{
  g_autofree char *name = g_file_get_basename (data->file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (data->window), _("File Changed on Disk"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” was changed by another program since it was opened. "
                                    "Saving now replaces those changes with yours."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Discard Mine and Reload"),
                                    "overwrite", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The dialog owns the save's data, so closing it any way at all frees it. */
  g_object_set_data_full (G_OBJECT (dialog), "sw-save-data", data, (GDestroyNotify) save_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  SwWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  _sw_window_set_busy (self, FALSE);

  if (!sw_json_save_file_finish (SW_DOCUMENT (source), result, &etag, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          ask_about_changed_file (g_steal_pointer (&data));
          return;
        }

      /* The document stays open and modified: nothing is lost. */
      self->close_after_save = FALSE;
      _sw_window_show_error (self, _("Could Not Save"), error->message);
      return;
    }

  _sw_window_set_last_error (self, NULL);
  if (self->document == SW_DOCUMENT (source))
    {
      gboolean new_file = self->file == NULL || !g_file_equal (self->file, data->file);

      g_set_object (&self->file, data->file);
      g_free (self->etag);
      self->etag = g_steal_pointer (&etag);
      self->recovered = FALSE;
      _sw_window_hide_disk_bar (self);
      if (new_file)
        _sw_window_watch_file (self);
      _sw_window_autosave_saved (self);
      _sw_window_update_title (self);
      _sw_window_update_actions (self);
      g_object_notify (G_OBJECT (self), "modified");
    }
  _sw_window_add_to_recent (data->file);

  if (self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));
}

static void
start_save (SwWindow *self,
            GFile    *file,
            gboolean  check_etag)
{
  SaveData *data = g_new0 (SaveData, 1);
  gboolean same_file = self->file != NULL && g_file_equal (file, self->file);

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);

  _sw_window_set_busy (self, TRUE);
  sw_json_save_file_async (self->document, file, check_etag && same_file ? self->etag : NULL,
                           self->cancellable, save_ready_cb, data);
}

/* Saves the document to @file, asking first if the file changed on disk since it was read. */
void
sw_window_save_to (SwWindow *self,
                   GFile    *file)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (self->document != NULL);

  start_save (self, file, TRUE);
}
