/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Saving the native file.
 *
 * g_file_replace_contents() writes a temporary file next to the target and
 * renames it over the target, so a crash leaves the old file or the new one,
 * and it compares the etag the file was loaded with, so an edit made outside
 * the app since then is not overwritten without asking.
 * G_FILE_CREATE_REPLACE_DESTINATION makes it always take the rename path:
 * without it GIO rewrites the file in place when it cannot keep the old
 * file's owner, which is not atomic.  It also works when the target does not
 * exist yet.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include "sw-document-private.h"
#include "sw-json-writer.h"

typedef struct
{
  char *created;
  char *modified;
} Times;

static void
times_clear (Times *times)
{
  g_clear_pointer (&times->created, g_free);
  g_clear_pointer (&times->modified, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Times, times_clear)

/*
 * A changed document gets a new "modified" time before it is written; an
 * unchanged one keeps its times, so that opening and saving a file leaves it
 * byte for byte as it was.  @times keeps the old ones in case the save fails.
 */
static GBytes *
serialize (SwDocument *document,
           Times      *times)
{
  times->created = g_strdup (sw_document_get_created (document));
  times->modified = g_strdup (sw_document_get_modified_time (document));
  if (sw_document_get_modified (document))
    _sw_document_touch_modified (document);

  return sw_json_write (document);
}

static void
restore_times (SwDocument *document,
               Times      *times)
{
  _sw_document_set_times (document, times->created, times->modified);
}

static gboolean
replace_contents (GFile         *file,
                  GBytes        *bytes,
                  const char    *etag,
                  char         **new_etag,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_file_replace_contents (file, data, size, etag, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, new_etag, cancellable, error);
}

gboolean
sw_json_save_file (SwDocument    *document,
                   GFile         *file,
                   const char    *etag,
                   char         **new_etag,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_auto(Times) times = { NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = serialize (document, &times);
  if (!replace_contents (file, bytes, etag, new_etag, cancellable, error))
    {
      restore_times (document, &times);
      return FALSE;
    }

  sw_document_mark_saved (document);
  return TRUE;
}

typedef struct
{
  GFile      *file;
  GBytes     *bytes;
  char       *etag;
  char       *new_etag;
  Times       times;
  SwDocument *document;
  gulong      changed_id;
  gboolean    changed;  /* edited while the file was being written */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_signal_handler (&data->changed_id, data->document);
  g_clear_object (&data->document);
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->etag);
  g_free (data->new_etag);
  times_clear (&data->times);
  g_free (data);
}

static void
document_changed_cb (SaveData *data)
{
  data->changed = TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  /* Only the serialised bytes are used here: the document belongs to the calling thread. */
  if (replace_contents (data->file, data->bytes, data->etag, &data->new_etag,
                        cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sw_json_save_file_async:
 *
 * Serialises @document at once, on the calling thread, and writes the file
 * in a worker thread; see sw_json_save_file().
 */
void
sw_json_save_file_async (SwDocument          *document,
                         GFile               *file,
                         const char          *etag,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->document = g_object_ref (document);
  data->file = g_object_ref (file);
  data->etag = g_strdup (etag);
  data->bytes = serialize (document, &data->times);
  data->changed_id = g_signal_connect_swapped (document, "changed",
                                               G_CALLBACK (document_changed_cb), data);

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_json_save_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * sw_json_save_file_finish:
 * @new_etag: (out) (optional) (transfer full): the file's new etag
 *
 * Sets the document's save point, unless it was edited while the file was
 * being written: the file then holds an older state, and the document stays
 * modified.
 *
 * Returns: %TRUE if the file was written.
 */
gboolean
sw_json_save_file_finish (SwDocument    *document,
                          GAsyncResult  *result,
                          char         **new_etag,
                          GError       **error)
{
  SaveData *data;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, document), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sw_json_save_file_async, FALSE);

  data = g_task_get_task_data (G_TASK (result));

  g_clear_signal_handler (&data->changed_id, data->document);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    {
      restore_times (document, &data->times);
      return FALSE;
    }

  if (!data->changed)
    sw_document_mark_saved (document);
  if (new_etag != NULL)
    *new_etag = g_steal_pointer (&data->new_etag);

  return TRUE;
}
