/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwRecovery: one recovery file, the unsaved state of one window's document.
 *
 * Recovery files live in their own folder under the user's data directory,
 * never next to the user's file, so an autosave can never overwrite what the
 * person chose to keep.  A file is a small JSON envelope around the native
 * document: which file the document came from (and that file's etag, so that
 * saving after a recovery still notices outside edits), when it was written,
 * and the process that owns it, so that a running instance's files are not
 * offered as leftovers of a crash.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-recovery.h"

#define RECOVERY_VERSION 1

struct _SwRecovery
{
  GObject     parent_instance;

  char       *path;
  GFile      *original;
  char       *etag;
  GDateTime  *saved_time;
  SwDocument *document;
  gint64      pid;

  /* Writes happen one at a time, in order; the newest waiting one wins. */
  GCancellable *cancellable;
  GBytes     *pending;
  gboolean    writing;
  gboolean    discarded;
};

G_DEFINE_FINAL_TYPE (SwRecovery, sw_recovery, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_WRITTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sw_recovery_dispose (GObject *object)
{
  SwRecovery *self = SW_RECOVERY (object);

  g_clear_object (&self->original);
  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending, g_bytes_unref);

  G_OBJECT_CLASS (sw_recovery_parent_class)->dispose (object);
}

static void
sw_recovery_finalize (GObject *object)
{
  SwRecovery *self = SW_RECOVERY (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->saved_time, g_date_time_unref);

  G_OBJECT_CLASS (sw_recovery_parent_class)->finalize (object);
}

static void
sw_recovery_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwRecovery *self = SW_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, sw_recovery_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_recovery_class_init (SwRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_recovery_dispose;
  object_class->finalize = sw_recovery_finalize;
  object_class->get_property = sw_recovery_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwRecovery::written:
   * @error: (nullable): why the write failed, or %NULL
   *
   * A background write of sw_recovery_save() finished.
   */
  signals[SIGNAL_WRITTEN] =
    g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sw_recovery_init (SwRecovery *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * sw_recovery_get_directory:
 *
 * Returns: (transfer full): the folder of recovery files.
 */
char *
sw_recovery_get_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "strategy-workbench", "recovery", NULL);
}

/**
 * sw_recovery_new:
 *
 * Returns: (transfer full): a recovery slot with a path of its own, not yet
 *   written.
 */
SwRecovery *
sw_recovery_new (void)
{
  SwRecovery *self = g_object_new (SW_TYPE_RECOVERY, NULL);
  g_autofree char *dir = sw_recovery_get_directory ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (uuid, ".json", NULL);

  self->path = g_build_filename (dir, name, NULL);
#ifdef G_OS_UNIX
  self->pid = getpid ();
#endif
  return self;
}

/*
 * The envelope is written by hand around the document's own bytes, so the
 * document inside is exactly what saving would write.
 */
/**
 * sw_recovery_serialize:
 * @original: (nullable): the file the document belongs to
 * @etag: (nullable): that file's etag when it was read or saved
 *
 * Returns: (transfer full): the contents of a recovery file for @document.
 */
GBytes *
sw_recovery_serialize (SwDocument *document,
                       GFile      *original,
                       const char *etag)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format_iso8601 (now);
  g_autofree char *header = NULL;
  g_autoptr(GBytes) body = sw_json_write (document);
  GString *out;
  gsize size;
  const char *data = g_bytes_get_data (body, &size);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, SW_RECOVERY_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RECOVERY_VERSION);
  json_builder_set_member_name (builder, "original");
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      json_builder_add_string_value (builder, uri);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "etag");
  if (etag != NULL)
    json_builder_add_string_value (builder, etag);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "saved");
  json_builder_add_string_value (builder, time);
  json_builder_set_member_name (builder, "pid");
#ifdef G_OS_UNIX
  json_builder_add_int_value (builder, getpid ());
#else
  json_builder_add_int_value (builder, 0);
#endif
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  header = json_generator_to_data (generator, NULL);

  /* Open the envelope's closing brace and put the document in as its last member. */
  out = g_string_new_len (header, (gssize) (strrchr (header, '}') - header));
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  g_string_append (out, ",\n  \"document\": ");
  g_string_append_len (out, data, (gssize) size);
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}

static gboolean
read_envelope (SwRecovery  *self,
               JsonObject  *object,
               GError     **error)
{
  const char *original = NULL;
  const char *saved;
  JsonNode *node;

  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL),
                 SW_RECOVERY_FORMAT) != 0
      || json_object_get_int_member_with_default (object, "version", 0) != RECOVERY_VERSION)
    {
      g_set_error (error, SW_FILE_ERROR, SW_FILE_ERROR_NOT_A_STRATEGY,
                   "%s: not a recovery file of this version", self->path);
      return FALSE;
    }

  node = json_object_get_member (object, "original");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    original = json_node_get_string (node);
  if (original != NULL)
    self->original = g_file_new_for_uri (original);

  node = json_object_get_member (object, "etag");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    self->etag = g_strdup (json_node_get_string (node));

  saved = json_object_get_string_member_with_default (object, "saved", NULL);
  if (saved != NULL)
    self->saved_time = g_date_time_new_from_iso8601 (saved, NULL);
  self->pid = json_object_get_int_member_with_default (object, "pid", 0);

  return TRUE;
}

/**
 * sw_recovery_load:
 *
 * Reads a recovery file and the document in it.
 *
 * Returns: (transfer full) (nullable): the recovery, or %NULL if the file is
 *   not one or its document cannot be read.
 */
SwRecovery *
sw_recovery_load (const char  *path,
                  GError     **error)
{
  g_autoptr(SwRecovery) self = g_object_new (SW_TYPE_RECOVERY, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *contents = NULL;
  g_autofree char *document_text = NULL;
  g_autoptr(GBytes) document_bytes = NULL;
  g_autofree char *display_name = NULL;
  JsonNode *root;
  JsonNode *document;
  gsize length;

  self->path = g_strdup (path);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (length > SW_JSON_MAX_FILE_SIZE)
    {
      g_set_error (error, SW_FILE_ERROR, SW_FILE_ERROR_TOO_LARGE, "%s: too large", path);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, contents, (gssize) length, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SW_FILE_ERROR, SW_FILE_ERROR_NOT_A_STRATEGY,
                   "%s: not a recovery file", path);
      return NULL;
    }
  if (!read_envelope (self, json_node_get_object (root), error))
    return NULL;

  document = json_object_get_member (json_node_get_object (root), "document");
  if (document == NULL || !JSON_NODE_HOLDS_OBJECT (document))
    {
      g_set_error (error, SW_FILE_ERROR, SW_FILE_ERROR_NOT_A_STRATEGY,
                   "%s: no document in the recovery file", path);
      return NULL;
    }

  document_text = json_to_string (document, FALSE);
  length = strlen (document_text);
  document_bytes = g_bytes_new_take (g_steal_pointer (&document_text), length);
  display_name = g_path_get_basename (path);
  self->document = sw_json_load_bytes (document_bytes, display_name, NULL, error);
  if (self->document == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/* A file whose writer is still running belongs to that process, not to a crash. */
static gboolean
owner_is_alive (SwRecovery *self)
{
#ifdef G_OS_UNIX
  if (self->pid <= 0)
    return FALSE;
  if (self->pid == getpid ())
    return TRUE;
  return kill ((pid_t) self->pid, 0) == 0 || errno == EPERM;
#else
  return FALSE;
#endif
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  SwRecovery *ra = *(SwRecovery **) a;
  SwRecovery *rb = *(SwRecovery **) b;

  if (ra->saved_time == NULL || rb->saved_time == NULL)
    return (ra->saved_time == NULL) - (rb->saved_time == NULL);
  return g_date_time_compare (rb->saved_time, ra->saved_time);
}

/**
 * sw_recovery_list:
 *
 * The recovery files left by windows that are gone: those of this process
 * and of other running instances are left out.  Files that cannot be read
 * are skipped with a warning in the log, and kept for a person to look at.
 *
 * Returns: (transfer container) (element-type SwRecovery): newest first.
 */
GPtrArray *
sw_recovery_list (void)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir_path = sw_recovery_get_directory ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return result;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SwRecovery) recovery = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      recovery = sw_recovery_load (path, &error);
      if (recovery == NULL)
        {
          g_message ("Skipping the recovery file %s: %s", path, error->message);
          continue;
        }
      if (!owner_is_alive (recovery))
        g_ptr_array_add (result, g_steal_pointer (&recovery));
    }

  g_ptr_array_sort (result, compare_newest_first);
  return result;
}

const char *
sw_recovery_get_path (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  return self->path;
}

/**
 * sw_recovery_get_original:
 *
 * Returns: (transfer none) (nullable): the file the recovered document was
 *   opened from or saved to, or %NULL for a document never saved.
 */
GFile *
sw_recovery_get_original (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  return self->original;
}

const char *
sw_recovery_get_etag (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  return self->etag;
}

/**
 * sw_recovery_get_saved_time:
 *
 * Returns: (transfer none) (nullable): when the file was written.
 */
GDateTime *
sw_recovery_get_saved_time (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  return self->saved_time;
}

/**
 * sw_recovery_get_document:
 *
 * Returns: (transfer none) (nullable): the recovered document, for a
 *   recovery read with sw_recovery_load().
 */
SwDocument *
sw_recovery_get_document (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  return self->document;
}

/**
 * sw_recovery_dup_title:
 *
 * Returns: (transfer full): the recovered document's title, or the name of
 *   its file when it has none.
 */
char *
sw_recovery_dup_title (SwRecovery *self)
{
  const char *title = NULL;

  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  if (self->document != NULL)
    title = sw_document_get_text (self->document, sw_document_get_title (self->document), NULL, NULL);
  if (title != NULL && title[0] != '\0')
    return g_strdup (title);
  if (self->original != NULL)
    return g_file_get_basename (self->original);
  return g_strdup ("");
}

static gboolean
ensure_directory (GError **error)
{
  g_autofree char *dir = sw_recovery_get_directory ();

  /* Unsaved drafts may be confidential: only their owner may read them. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * sw_recovery_write:
 *
 * Writes @contents (from sw_recovery_serialize()) atomically: a crash
 * during the write leaves the previous recovery file whole.
 */
gboolean
sw_recovery_write (SwRecovery  *self,
                   GBytes      *contents,
                   GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (contents, &size);

  g_return_val_if_fail (SW_IS_RECOVERY (self), FALSE);

  self->discarded = FALSE;
  if (!ensure_directory (error))
    return FALSE;
  return g_file_set_contents_full (self->path, data, (gssize) size,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void write_next (SwRecovery *self);

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SwRecovery *self = source_object;
  GBytes *contents = task_data;
  GError *error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (contents, &size);

  /* Only the path is read here; it never changes after construction. */
  if (!ensure_directory (&error)
      || !g_file_set_contents_full (self->path, data, (gssize) size,
                                    G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SwRecovery *self = SW_RECOVERY (source);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  self->writing = FALSE;

  /* Discarded while the write ran: the file must not outlive the discard. */
  if (self->discarded)
    g_unlink (self->path);

  if (error != NULL)
    g_warning ("Could not write the recovery file %s: %s", self->path, error->message);
  g_signal_emit (self, signals[SIGNAL_WRITTEN], 0, error);

  write_next (self);
  if (!self->writing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
write_next (SwRecovery *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->writing || self->pending == NULL)
    return;

  self->writing = TRUE;
  self->discarded = FALSE;
  task = g_task_new (self, self->cancellable, write_ready_cb, NULL);
  g_task_set_source_tag (task, write_next);
  g_task_set_task_data (task, g_steal_pointer (&self->pending), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_thread);
}

/**
 * sw_recovery_save:
 *
 * Writes @contents in the background.  Writes run one at a time in the
 * order asked; while one runs, only the newest waiting contents are kept.
 * Emits SwRecovery::written when each write ends.
 */
void
sw_recovery_save (SwRecovery *self,
                  GBytes     *contents)
{
  gboolean was_busy;

  g_return_if_fail (SW_IS_RECOVERY (self));
  g_return_if_fail (contents != NULL);

  was_busy = sw_recovery_get_busy (self);
  g_clear_pointer (&self->pending, g_bytes_unref);
  self->pending = g_bytes_ref (contents);
  write_next (self);
  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

gboolean
sw_recovery_get_busy (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), FALSE);

  return self->writing || self->pending != NULL;
}

gboolean
sw_recovery_exists (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), FALSE);

  return g_file_test (self->path, G_FILE_TEST_EXISTS);
}

/**
 * sw_recovery_discard:
 *
 * Removes the recovery file, now or, if a write is running, as soon as it
 * ends: the document was saved or its changes thrown away.
 */
void
sw_recovery_discard (SwRecovery *self)
{
  g_return_if_fail (SW_IS_RECOVERY (self));

  g_clear_pointer (&self->pending, g_bytes_unref);
  self->discarded = TRUE;
  if (g_unlink (self->path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the recovery file %s: %s", self->path, g_strerror (errno));
}
