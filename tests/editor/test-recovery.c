/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Recovery files: written atomically beside, never over, the person's file, and read back whole. */
#include <glib/gstdio.h>
#include <string.h>

#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-recovery.h"

typedef struct
{
  const char *data_home;
} Fixture;

/* GLib reads XDG_DATA_HOME once: every test shares one folder, emptied between tests. */
static char *data_home;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = sw_recovery_get_directory ();

  fixture->data_home = data_home;
  remove_tree (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = sw_recovery_get_directory ();
  g_autofree char *mine = g_build_filename (data_home, "mine.json", NULL);

  remove_tree (dir);
  g_unlink (mine);
}

static SwDocument *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_directory (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = sw_recovery_get_directory ();
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();

  g_assert_true (g_str_has_prefix (dir, fixture->data_home));
  g_assert_true (g_str_has_prefix (sw_recovery_get_path (recovery), dir));
  g_assert_false (sw_recovery_exists (recovery));
}

/* The document comes back equal, with the file it belongs to and that file's etag. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SwDocument) document = load_sample ();
  g_autoptr(GFile) original = g_file_new_for_path ("/nowhere/strategy \"2024\".json");
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();
  g_autoptr(SwRecovery) loaded = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *difference = NULL;
  g_autofree char *title = NULL;
  SwNode *node = sw_document_lookup_node (document, "aa1");

  g_assert_true (sw_document_set_text (document, node, SW_FIELD_TITLE, NULL, "Renamed “area” \\ one", NULL));
  sw_document_add_node (document, "objective", "A new objective", 10, 20, NULL);

  contents = sw_recovery_serialize (document, original, "1700000000:123");
  g_assert_true (sw_recovery_write (recovery, contents, &error));
  g_assert_no_error (error);
  g_assert_true (sw_recovery_exists (recovery));

  loaded = sw_recovery_load (sw_recovery_get_path (recovery), &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (g_file_equal (sw_recovery_get_original (loaded), original));
  g_assert_cmpstr (sw_recovery_get_etag (loaded), ==, "1700000000:123");
  g_assert_nonnull (sw_recovery_get_saved_time (loaded));
  if (!sw_document_equal (document, sw_recovery_get_document (loaded), &difference))
    g_error ("The recovered document differs: %s", difference);

  title = sw_recovery_dup_title (loaded);
  g_assert_cmpstr (title, ==, "United States International Cyberspace & Digital Policy Strategy");
}

/* A document never saved has no original file. */
static void
test_never_saved (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();
  g_autoptr(SwRecovery) loaded = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;

  sw_document_add_node (document, "concept", "Draft", 0, 0, NULL);
  contents = sw_recovery_serialize (document, NULL, NULL);
  g_assert_true (sw_recovery_write (recovery, contents, &error));
  loaded = sw_recovery_load (sw_recovery_get_path (recovery), &error);
  g_assert_no_error (error);
  g_assert_null (sw_recovery_get_original (loaded));
  g_assert_null (sw_recovery_get_etag (loaded));
  g_assert_cmpuint (sw_document_get_n_nodes (sw_recovery_get_document (loaded)), ==, 1);
}

/* The recovery folder and its files are private: drafts can be confidential. */
static void
test_private (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *dir = sw_recovery_get_directory ();
  GStatBuf st;

  sw_document_add_node (document, "concept", "Confidential", 0, 0, NULL);
  contents = sw_recovery_serialize (document, NULL, NULL);

  g_assert_true (sw_recovery_write (recovery, contents, NULL));
  g_assert_cmpint (g_stat (sw_recovery_get_path (recovery), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);
}

static gboolean
write_recovery_file (const char *dir,
                     const char *name,
                     const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_file_set_contents (path, contents, -1, NULL);
}

/* Replaces the writer's process id, so the file looks left behind by a process that is gone. */
static void
orphan (SwRecovery *recovery)
{
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("\"pid\" : [0-9]+", 0, 0, NULL);
  g_autofree char *orphaned = NULL;

  g_assert_true (g_file_get_contents (sw_recovery_get_path (recovery), &contents, NULL, NULL));
  orphaned = g_regex_replace_literal (regex, contents, -1, 0, "\"pid\" : 0", 0, NULL);
  g_assert_cmpstr (orphaned, !=, contents);
  g_assert_true (g_file_set_contents (sw_recovery_get_path (recovery), orphaned, -1, NULL));
}

/*
 * The list holds what crashed windows left: newest first, without this
 * process's own files, skipping files that are not recovery files.
 */
static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(SwDocument) first = sw_document_new ("en");
  g_autoptr(SwDocument) second = sw_document_new ("en");
  g_autoptr(SwRecovery) a = sw_recovery_new ();
  g_autoptr(SwRecovery) b = sw_recovery_new ();
  g_autoptr(SwRecovery) live = sw_recovery_new ();
  g_autoptr(GBytes) contents_a = NULL;
  g_autoptr(GBytes) contents_b = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *dir = sw_recovery_get_directory ();
  g_autofree char *title = NULL;

  sw_document_set_text (first, NULL, SW_FIELD_TITLE, NULL, "First", NULL);
  sw_document_add_node (first, "concept", "One", 0, 0, NULL);
  sw_document_set_text (second, NULL, SW_FIELD_TITLE, NULL, "Second", NULL);
  sw_document_add_node (second, "concept", "Two", 0, 0, NULL);
  contents_a = sw_recovery_serialize (first, NULL, NULL);
  g_assert_true (sw_recovery_write (a, contents_a, NULL));
  g_usleep (10 * 1000);
  contents_b = sw_recovery_serialize (second, NULL, NULL);
  g_assert_true (sw_recovery_write (b, contents_b, NULL));
  g_assert_true (sw_recovery_write (live, contents_b, NULL));
  orphan (a);
  orphan (b);
  g_assert_true (write_recovery_file (dir, "garbage.json", "{ not json"));
  g_assert_true (write_recovery_file (dir, "notes.txt", "not a recovery file"));

  list = sw_recovery_list ();
  g_assert_cmpuint (list->len, ==, 2);
  title = sw_recovery_dup_title (g_ptr_array_index (list, 0));
  g_assert_cmpstr (title, ==, "Second");
  g_assert_cmpstr (sw_recovery_get_path (g_ptr_array_index (list, 1)), ==, sw_recovery_get_path (a));
}

static void
written_cb (SwRecovery   *recovery,
            const GError *error,
            guint        *count)
{
  g_assert_no_error (error);
  (*count)++;
}

/* Background writes keep order and land the newest contents; a discard outlives a running write. */
static void
test_save_and_discard (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();
  g_autoptr(SwRecovery) loaded = NULL;
  guint count = 0;

  sw_document_add_node (document, "concept", "Concept", 0, 0, NULL);
  g_signal_connect (recovery, "written", G_CALLBACK (written_cb), &count);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Version %u", i);
      g_autoptr(GBytes) contents = NULL;

      sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, title, NULL);
      contents = sw_recovery_serialize (document, NULL, NULL);
      sw_recovery_save (recovery, contents);
    }
  g_assert_true (sw_recovery_get_busy (recovery));
  while (sw_recovery_get_busy (recovery))
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (count, >=, 1);
  g_assert_cmpuint (count, <=, 2);
  loaded = sw_recovery_load (sw_recovery_get_path (recovery), NULL);
  g_assert_cmpstr (sw_document_get_text (sw_recovery_get_document (loaded),
                                         sw_document_get_title (sw_recovery_get_document (loaded)),
                                         NULL, NULL), ==, "Version 4");

  /* Discard while a write runs: the file must be gone once the write ends. */
  {
    g_autoptr(GBytes) contents = sw_recovery_serialize (document, NULL, NULL);

    sw_recovery_save (recovery, contents);
    sw_recovery_discard (recovery);
    while (sw_recovery_get_busy (recovery))
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (sw_recovery_exists (recovery));
  }
}

/* An autosave never touches the person's file, even one inside the recovery folder's parent. */
static void
test_never_over_original (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->data_home, "mine.json", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (path);
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(SwRecovery) recovery = sw_recovery_new ();
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, "the person's own text", -1, NULL));
  sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, "Edited", NULL);
  contents = sw_recovery_serialize (document, original, NULL);
  g_assert_true (sw_recovery_write (recovery, contents, NULL));
  g_assert_cmpstr (sw_recovery_get_path (recovery), !=, path);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the person's own text");
}

/* Files from another program or version are refused with a message, not misread. */
static void
test_refuses_other_files (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *dir = sw_recovery_get_directory ();
  g_autofree char *path = g_build_filename (dir, "other.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwRecovery) loaded = NULL;

  g_assert_true (write_recovery_file (dir, "other.json",
                                      "{\"format\": \"strategy-workbench-recovery\", \"version\": 2}"));
  loaded = sw_recovery_load (path, &error);
  g_assert_null (loaded);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_NOT_A_STRATEGY);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = g_dir_make_tmp ("sw-recovery-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/recovery/directory", test_directory);
  ADD ("/recovery/round-trip", test_round_trip);
  ADD ("/recovery/never-saved", test_never_saved);
  ADD ("/recovery/private", test_private);
  ADD ("/recovery/list", test_list);
  ADD ("/recovery/save-and-discard", test_save_and_discard);
  ADD ("/recovery/never-over-original", test_never_over_original);
  ADD ("/recovery/refuses-other-files", test_refuses_other_files);
#undef ADD

  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
