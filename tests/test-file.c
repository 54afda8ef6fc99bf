/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Saving and loading real files: atomic replacement, the etag check against
 * outside edits, failures that leave both the file and the document as they
 * were, the save point and the "modified" time.
 */
#include "config.h"

#include <glib/gstdio.h>
#ifdef G_OS_UNIX
#include <unistd.h>
#endif
#include <utime.h>

#include "sw-document-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-validate.h"

#define DOCUMENT_JSON \
  "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"en\": \"T\"}," \
  " \"sourceLanguage\": \"en\", \"created\": \"2024-05-06T09:00:00Z\"," \
  " \"modified\": \"2024-05-07T10:00:00Z\"," \
  " \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}}]}"

typedef struct
{
  char       *dir;
  char       *path;
  GFile      *file;
  SwDocument *document;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (DOCUMENT_JSON, strlen (DOCUMENT_JSON));

  fixture->dir = g_dir_make_tmp ("sw-test-file-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "strategy.json", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->document = sw_json_load_bytes (bytes, "strategy.json", NULL, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0700);
  remove_tree (fixture->dir);
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
written (SwDocument *document)
{
  g_autoptr(GBytes) bytes = sw_json_write (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_dir_close (dir);

  return n;
}

static void
edit (SwDocument *document)
{
  g_autoptr(GError) error = NULL;

  sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, "Edited", &error);
  g_assert_no_error (error);
  g_assert_true (sw_document_get_modified (document));
}

static void
test_save_new_file (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  contents = read_file (fixture->path);
  expected = written (fixture->document);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

/* The new file is renamed over the old one: a new inode, and no temporary file left behind. */
static void
test_atomic_replace (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  GStatBuf before, after;

  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, &etag, NULL, &error));
  g_assert_cmpint (g_stat (fixture->path, &before), ==, 0);

  edit (fixture->document);
  g_assert_true (sw_json_save_file (fixture->document, fixture->file, etag, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &after), ==, 0);

  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "\"title\": {\"en\": \"Edited\"}"));
}

/* Someone changed the file since it was loaded: nothing is overwritten, nothing changes. */
static void
test_wrong_etag (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *outside = "{\"edited\": \"elsewhere\"}\n";
  struct utimbuf times = { 978307200, 978307200 }; /* 2001-01-01, an mtime the save never gives */
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *modified = NULL;

  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, &etag, NULL, &error));
  g_file_set_contents (fixture->path, outside, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utime (fixture->path, &times), ==, 0);

  edit (fixture->document);
  modified = g_strdup (sw_document_get_modified_time (fixture->document));
  g_assert_false (sw_json_save_file (fixture->document, fixture->file, etag, &new_etag, NULL,
                                     &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_null (new_etag);

  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, outside);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
  g_assert_true (sw_document_get_modified (fixture->document));
  g_assert_cmpstr (sw_document_get_modified_time (fixture->document), ==, modified);
  g_assert_cmpstr (sw_document_get_created (fixture->document), ==, "2024-05-06T09:00:00Z");
}

static void
assert_failed_save_changes_nothing (Fixture *fixture,
                                    GFile   *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  edit (fixture->document);
  before = written (fixture->document);
  g_assert_false (sw_json_save_file (fixture->document, file, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);

  /* Still modified, times and all: the next save tries again from the same state. */
  after = written (fixture->document);
  g_assert_true (sw_document_get_modified (fixture->document));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (sw_document_get_modified_time (fixture->document), ==, "2024-05-07T10:00:00Z");
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "strategy.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  assert_failed_save_changes_nothing (fixture, file);
  g_assert_false (sw_json_save_file (fixture->document, file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);
}

/* A path through a file, where a folder should be: fails even for root. */
static void
test_file_in_the_way (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "blocker", NULL);
  g_autofree char *path = g_build_filename (blocker, "strategy.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (blocker, "", -1, &error);
  g_assert_no_error (error);
  assert_failed_save_changes_nothing (fixture, file);
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *original = NULL;

#ifdef G_OS_UNIX
  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not bind the super-user");
      return;
    }
#else
  /* A folder's permission bits do not stop writes to it on Windows. */
  g_test_skip ("folder permissions are POSIX");
  return;
#endif

  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, &etag, NULL, &error));
  original = read_file (fixture->path);
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);

  assert_failed_save_changes_nothing (fixture, fixture->file);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, original);
}

static void
test_marks_saved (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  edit (fixture->document);
  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, NULL, NULL, &error));
  g_assert_false (sw_document_get_modified (fixture->document));

  /* Undoing past the save point makes the document differ from the file again. */
  g_assert_true (sw_document_undo (fixture->document));
  g_assert_true (sw_document_get_modified (fixture->document));
  g_assert_true (sw_document_redo (fixture->document));
  g_assert_false (sw_document_get_modified (fixture->document));
}

/* An unchanged document is saved byte for byte as loaded; a changed one gets a new time. */
static void
test_modified_time (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) loaded = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *modified;

  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, NULL, NULL, &error));
  g_assert_cmpstr (sw_document_get_modified_time (fixture->document), ==, "2024-05-07T10:00:00Z");
  first = read_file (fixture->path);

  loaded = sw_json_load_file (fixture->file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sw_json_save_file (loaded, fixture->file, NULL, NULL, NULL, &error));
  second = read_file (fixture->path);
  g_assert_cmpstr (second, ==, first);

  edit (loaded);
  g_assert_true (sw_json_save_file (loaded, fixture->file, NULL, NULL, NULL, &error));
  modified = sw_document_get_modified_time (loaded);
  g_assert_cmpstr (modified, !=, "2024-05-07T10:00:00Z");
  g_assert_true (sw_date_time_is_valid (modified));
  g_assert_true (g_str_has_suffix (modified, "Z"));
  g_assert_cmpstr (sw_document_get_created (loaded), ==, "2024-05-06T09:00:00Z");
  g_clear_pointer (&second, g_free);
  second = read_file (fixture->path);
  g_assert_nonnull (strstr (second, modified));
}

/* A document that was never saved gets its creation time with its first changed save. */
static void
test_created_time (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(GError) error = NULL;

  g_assert_null (sw_document_get_created (document));
  g_assert_nonnull (sw_document_add_node (document, "concept", "A", 0, 0, &error));
  g_assert_true (sw_json_save_file (document, fixture->file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sw_document_get_created (document));
  g_assert_cmpstr (sw_document_get_created (document), ==, sw_document_get_modified_time (document));
}

/* The etag from loading lets the next save through when nobody else touched the file. */
static void
test_load_then_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) loaded = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;

  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, NULL, NULL, &error));
  loaded = sw_json_load_file (fixture->file, &etag, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  edit (loaded);
  g_assert_true (sw_json_save_file (loaded, fixture->file, etag, &new_etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (new_etag);
}

/* A failed load never writes: the bad file keeps its bytes and its time. */
static void
test_failed_load_leaves_file (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *bad = "{\"format\": \"strategy-workbench\", \"version\": 1, \"nodes\": []}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *contents = NULL;
  GStatBuf before, after;

  g_file_set_contents (fixture->path, bad, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &before), ==, 0);

  document = sw_json_load_file (fixture->file, NULL, &problems, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_INVALID);
  g_assert_cmpuint (problems->len, >, 0);
  g_assert_true (g_str_has_prefix (((SwProblem *) g_ptr_array_index (problems, 0))->file,
                                   fixture->dir));

  g_assert_cmpint (g_stat (fixture->path, &after), ==, 0);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, bad);
  g_assert_cmpint (before.st_mtim.tv_sec, ==, after.st_mtim.tv_sec);
  g_assert_cmpint (before.st_mtim.tv_nsec, ==, after.st_mtim.tv_nsec);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

static void
save_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
test_save_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  edit (fixture->document);
  sw_json_save_file_async (fixture->document, fixture->file, NULL, NULL, save_ready_cb, &result);
  g_assert_true (sw_json_save_file_finish (fixture->document, wait_for (&result), &etag, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);
  g_assert_false (sw_document_get_modified (fixture->document));
  contents = read_file (fixture->path);
  expected = written (fixture->document);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

static void
test_save_async_wrong_etag (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;

  g_assert_true (sw_json_save_file (fixture->document, fixture->file, NULL, NULL, NULL, &error));
  before = read_file (fixture->path);

  edit (fixture->document);
  sw_json_save_file_async (fixture->document, fixture->file, "1:2", NULL, save_ready_cb, &result);
  g_assert_false (sw_json_save_file_finish (fixture->document, wait_for (&result), &etag, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_null (etag);
  g_assert_true (sw_document_get_modified (fixture->document));
  g_assert_cmpstr (sw_document_get_modified_time (fixture->document), ==, "2024-05-07T10:00:00Z");
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, before);
}

/* An edit made while the file is written is not in the file: the document stays modified. */
static void
test_save_async_edited_meanwhile (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  edit (fixture->document);
  sw_json_save_file_async (fixture->document, fixture->file, NULL, NULL, save_ready_cb, &result);
  sw_document_set_text (fixture->document, NULL, SW_FIELD_TITLE, NULL, "Edited again", &error);
  g_assert_true (sw_json_save_file_finish (fixture->document, wait_for (&result), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sw_document_get_modified (fixture->document));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/file/save-new-file", test_save_new_file);
  ADD ("/file/atomic-replace", test_atomic_replace);
  ADD ("/file/wrong-etag", test_wrong_etag);
  ADD ("/file/missing-folder", test_missing_folder);
  ADD ("/file/file-in-the-way", test_file_in_the_way);
  ADD ("/file/read-only-folder", test_read_only_folder);
  ADD ("/file/marks-saved", test_marks_saved);
  ADD ("/file/modified-time", test_modified_time);
  ADD ("/file/created-time", test_created_time);
  ADD ("/file/load-then-save", test_load_then_save);
  ADD ("/file/failed-load-leaves-file", test_failed_load_leaves_file);
  ADD ("/file/save-async", test_save_async);
  ADD ("/file/save-async-wrong-etag", test_save_async_wrong_etag);
  ADD ("/file/save-async-edited-meanwhile", test_save_async_edited_meanwhile);

  return g_test_run ();
}
