/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Runs the fuzz target over every file of the directories given, without
 * libFuzzer, so that the inputs that once broke the loader (and the seed
 * corpus) are checked by every ordinary test run with any compiler.
 * Prints TAP; a broken property aborts inside the target.
 */
#define G_LOG_DOMAIN "sw-fuzz"

#include <stdint.h>
#include <stdio.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Sorted, so that the TAP numbers name the same file on every machine. */
static void
collect_files (const char *directory,
               GPtrArray  *paths)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (directory, 0, &error);
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      /* Skip editor back-ups and notes; everything else is an input. */
      if (name[0] == '.' || g_str_has_suffix (name, "~") || g_str_has_suffix (name, ".md"))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s DIRECTORY…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    collect_files (argv[i], paths);
  g_ptr_array_sort (paths, compare_paths);

  printf ("1..%u\n", paths->len);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *parent = g_path_get_dirname (path);
      g_autofree char *group = g_path_get_basename (parent);

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          printf ("not ok %u - %s/%s # %s\n", i + 1, group, name, error->message);
          continue;
        }

      /* Say which file runs first, so that an abort names it. */
      printf ("# %s\n", path);
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      printf ("ok %u - %s/%s\n", i + 1, group, name);
    }

  return 0;
}
