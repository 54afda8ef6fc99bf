/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests of graph files and imports share: running readers, samples, temporary files. */
#include <gio/gio.h>

#include "interchange-util.h"
#include "sw-document-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"

void
sw_test_run_clear (SwTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/*
 * Runs @argv in the C locale and without a display.  FALSE when the program
 * is not installed, so that a test can say which reader it needs.
 */
gboolean
sw_test_run (SwTestRun          *run,
             const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);

  if (program == NULL)
    return FALSE;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  return TRUE;
}

SwDocument *
sw_test_load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* Writes @bytes to a new file called @name in a new temporary directory. */
char *
sw_test_write_temp (const char *name,
                    GBytes     *bytes)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-interchange-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (path, data ? data : "", size, NULL));
  return path;
}

char *
sw_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "export", "data", name, NULL);
}

/* A small strategy whose every text tries to break out of the file it is written to. */
SwDocument *
sw_test_hostile_document (void)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(GError) error = NULL;
  SwNode *concept, *area;
  SwLink *link;

  g_assert_true (sw_document_set_text (document, document, SW_FIELD_TITLE, "en",
                                       SW_TEST_HOSTILE_TITLE, &error));
  concept = sw_document_add_node (document, "concept", SW_TEST_HOSTILE_TITLE, 100, 50, &error);
  g_assert_no_error (error);
  g_assert_true (sw_document_set_text (document, concept, SW_FIELD_DESCRIPTION, "en",
                                       "Ends ]]> a section,\nbreaks a line, rings a bell \x07 and "
                                       "opens <![CDATA[ one", &error));
  area = sw_document_add_node (document, "action-area", "<img src=x onerror=alert(1)>", 400, 300,
                               &error);
  g_assert_no_error (error);
  link = sw_document_add_link (document, "guides", concept, area, &error);
  g_assert_no_error (error);
  g_assert_true (sw_document_set_text (document, link, SW_FIELD_LABEL, "en",
                                       "<b>bold</b> \"label\"", &error));
  g_assert_no_error (error);

  return g_steal_pointer (&document);
}

/* The document is one the app can save and open again, and has nothing to undo. */
void
sw_test_assert_loadable (SwDocument *document)
{
  g_autoptr(GBytes) bytes = sw_json_write (document);
  g_autoptr(SwDocument) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (_sw_document_check_invariants (document, &error));
  g_assert_no_error (error);
  g_assert_false (sw_history_get_can_undo (sw_document_get_history (document)));
  g_assert_false (sw_document_get_modified (document));

  again = sw_json_load_bytes (bytes, "imported.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_document_get_n_nodes (again), ==, sw_document_get_n_nodes (document));
  g_assert_cmpuint (sw_document_get_n_links (again), ==, sw_document_get_n_links (document));
}
