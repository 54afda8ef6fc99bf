/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The real app is killed with SIGKILL after edits and started again: the
 * edits come back.  The app runs in a process of its own with a data folder
 * of its own; the edits are made by its test hook (SW_TEST_EDIT) and the
 * recovery is asked for through the app's actions on the session bus, as
 * any D-Bus client could.
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sw-json-reader.h"
#include "sw-recovery.h"

#define APP_ID   "io.github.strategyworkbench.Workbench"
#define APP_PATH "/io/github/strategyworkbench/Workbench"

typedef struct
{
  char *root;
  char *data_home;
  char *file_path;
} Setup;

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

static GSubprocess *
spawn_app (Setup      *setup,
           const char *edits,
           const char *file)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", setup->data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "SW_AUTOSAVE_DELAY", "100", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  /* The app's own warnings are not the test's business here. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  if (edits != NULL)
    g_subprocess_launcher_setenv (launcher, "SW_TEST_EDIT", edits, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "SW_TEST_EDIT");

  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SW_BINARY"), file, NULL);
  g_assert_no_error (error);
  return process;
}

/* The only recovery file, read, or NULL while there is none that reads whole. */
static SwRecovery *
read_recovery (Setup *setup)
{
  g_autofree char *dir_path = g_build_filename (setup->data_home, "strategy-workbench", "recovery", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (g_str_has_suffix (name, ".json"))
        return sw_recovery_load (path, NULL);
    }
  return NULL;
}

static gint64
recovery_pid (SwRecovery *recovery)
{
  g_autofree char *contents = NULL;
  const char *pid;

  g_assert_true (g_file_get_contents (sw_recovery_get_path (recovery), &contents, NULL, NULL));
  pid = strstr (contents, "\"pid\"");
  g_assert_nonnull (pid);
  pid = strchr (pid, ':');
  return g_ascii_strtoll (pid + 1, NULL, 10);
}

static gboolean
has_edits (SwRecovery *recovery)
{
  SwDocument *document = recovery ? sw_recovery_get_document (recovery) : NULL;
  SwNode *area;
  g_autoptr(GPtrArray) objectives = NULL;
  gboolean added = FALSE;

  if (document == NULL)
    return FALSE;

  area = sw_document_lookup_node (document, "aa1");
  objectives = sw_document_get_nodes_of_kind (document, "objective");
  for (guint i = 0; i < objectives->len; i++)
    added = added || g_str_equal (sw_document_get_node_title (document, objectives->pdata[i], NULL),
                                  "Added before the crash");
  return added && g_str_equal (sw_document_get_node_title (document, area, NULL), "Renamed before the crash");
}

/* Waits, with a bound the test's timeout also keeps, for @check to hold. */
static gboolean
wait_for (gboolean (*check) (gpointer),
          gpointer   data)
{
  for (guint i = 0; i < 600; i++)
    {
      if (check (data))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (50000);
    }
  return FALSE;
}

static gboolean
edits_written (gpointer data)
{
  g_autoptr(SwRecovery) recovery = read_recovery (data);

  return has_edits (recovery);
}

static gboolean
name_owned (gpointer data)
{
  GDBusConnection *bus = data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "NameHasOwner",
                                                           g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static gboolean
name_free (gpointer data)
{
  return !name_owned (data);
}

typedef struct
{
  Setup      *setup;
  gint64      pid;
} Adopted;

/* The restarted app holds the recovered document: its window writes the recovery file as its own. */
static gboolean
adopted_by (gpointer data)
{
  Adopted *adopted = data;
  g_autoptr(SwRecovery) recovery = read_recovery (adopted->setup);

  return recovery != NULL && has_edits (recovery) && recovery_pid (recovery) == adopted->pid;
}

static void
test_crash_and_recover (void)
{
  Setup setup = { 0, };
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(SwRecovery) left = NULL;
  g_autofree char *sample = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  Adopted adopted;
  gsize length;

  if (g_getenv ("SW_BINARY") == NULL)
    {
      g_test_skip ("SW_BINARY is not set");
      return;
    }
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("No session bus or no display (run under dbus-run-session and Xvfb)");
      return;
    }
  if (name_owned (bus))
    {
      g_test_skip ("The app already runs on this session bus");
      return;
    }

  setup.root = g_dir_make_tmp ("sw-crash-XXXXXX", NULL);
  setup.data_home = g_build_filename (setup.root, "data", NULL);
  setup.file_path = g_build_filename (setup.root, "strategy-2024.json", NULL);
  sample = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json", NULL);
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (setup.file_path, contents, (gssize) length, NULL));

  /* Edits, an autosave, then a crash. */
  first = spawn_app (&setup, "rename:aa1:Renamed before the crash;add:objective:Added before the crash",
                     setup.file_path);
  g_assert_true (wait_for (edits_written, &setup));
  g_subprocess_force_exit (first);
  g_subprocess_wait (first, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (first));
  g_assert_true (wait_for (name_free, bus));

  /* The person's file was never written. */
  g_assert_true (g_file_get_contents (setup.file_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  /* What was left names the file and holds the edits. */
  left = read_recovery (&setup);
  g_assert_nonnull (left);
  g_assert_true (has_edits (left));
  g_assert_cmpstr (g_file_peek_path (sw_recovery_get_original (left)), ==, setup.file_path);

  /* The restarted app keeps the file for the person to decide, and recovers it when asked. */
  second = spawn_app (&setup, NULL, NULL);
  g_assert_true (wait_for (name_owned, bus));
  g_assert_true (g_file_test (sw_recovery_get_path (left), G_FILE_TEST_EXISTS));
  reply = g_dbus_connection_call_sync (bus, APP_ID, APP_PATH, "org.gtk.Actions", "Activate",
                                       g_variant_new ("(sava{sv})", "recover-all", NULL, NULL),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  adopted.setup = &setup;
  adopted.pid = g_ascii_strtoll (g_subprocess_get_identifier (second), NULL, 10);
  g_assert_true (wait_for (adopted_by, &adopted));

  g_subprocess_force_exit (second);
  g_subprocess_wait (second, NULL, NULL);
  remove_tree (setup.root);
  g_free (setup.root);
  g_free (setup.data_home);
  g_free (setup.file_path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash-recovery/kill-and-recover", test_crash_and_recover);

  return g_test_run ();
}
