/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the translation tests share: the sample, copies, temporary files, and outside tools. */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "translate-test-util.h"

static char *temp_dir;

static void
remove_temp_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (temp_dir == NULL)
    return;

  dir = g_dir_open (temp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (temp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (temp_dir);
}

char *
tt_temp_path (const char *name)
{
  if (temp_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      temp_dir = g_dir_make_tmp ("sw-translate-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_temp_dir);
    }

  return g_build_filename (temp_dir, name, NULL);
}

SwDocument *
tt_load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

SwDocument *
tt_copy (SwDocument *document)
{
  g_autoptr(GBytes) bytes = sw_json_write (document);
  g_autoptr(GError) error = NULL;
  SwDocument *copy = sw_json_load_bytes (bytes, "copy.json", NULL, &error);

  g_assert_no_error (error);
  return copy;
}

void
tt_assert_same (SwDocument *a,
                SwDocument *b)
{
  g_autofree char *difference = NULL;

  if (!sw_document_equal (a, b, &difference))
    g_error ("The documents differ: %s", difference);
}

char *
tt_write_temp (const char *name,
               GBytes     *bytes)
{
  char *path = tt_temp_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);
  return path;
}

GBytes *
tt_read (const char *path)
{
  g_autofree char *data = NULL;
  gsize size;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&data), size);
}

GBytes *
tt_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

gboolean
tt_have_program (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  return path != NULL;
}

/* Runs a program; returns its exit status. */
int
tt_run (const char * const  *argv,
        char               **out,
        char               **err)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ignored_out = NULL;
  g_autofree char *ignored_err = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out ? out : &ignored_out,
                                 err ? err : &ignored_err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

char *
tt_script (const char *name)
{
  return g_build_filename (TRANSLATE_TESTS_DIR, name, NULL);
}

/* The exported file as a translator's tool would hand it back, every target filled. */
GBytes *
tt_fill_targets (GBytes     *exported,
                 const char *name,
                 const char *prefix)
{
  g_autofree char *in_name = g_strconcat ("export-", name, NULL);
  g_autofree char *in = tt_write_temp (in_name, exported);
  g_autofree char *out = tt_temp_path (name);
  g_autofree char *script = tt_script ("fill-targets.py");
  g_autofree char *err = NULL;
  const char *argv[] = { PYTHON3, script, prefix, in, out, NULL };

  if (tt_run (argv, NULL, &err) != 0)
    g_error ("fill-targets.py failed: %s", err);

  return tt_read (out);
}

/* The XLIFF file as Python's XML parser reads it (see check-xliff.py). */
JsonObject *
tt_read_xliff (GBytes *bytes)
{
  g_autofree char *path = tt_write_temp ("read.xlf", bytes);
  g_autofree char *script = tt_script ("check-xliff.py");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { PYTHON3, script, path, NULL };

  if (tt_run (argv, &out, &err) != 0)
    g_error ("check-xliff.py refused the file: %s", err);

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

JsonObject *
tt_find_xliff_unit (JsonObject *xliff,
                    const char *id)
{
  JsonArray *units = json_object_get_array_member (xliff, "units");

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);

      if (g_str_equal (json_object_get_string_member (unit, "id"), id))
        return unit;
    }

  return NULL;
}

/* Returns: (transfer full): the unit @id of @document; fails the test if there is none. */
SwTranslationUnit *
tt_find_unit (SwDocument *document,
              const char *id)
{
  g_autoptr(GPtrArray) units = sw_translation_units_collect (document);

  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (sw_translation_unit_get_id (units->pdata[i]), id))
      return g_object_ref (units->pdata[i]);

  g_error ("No unit “%s”", id);
}

SwTranslationCounts
tt_counts (SwDocument *document,
           const char *language)
{
  g_autoptr(SwTranslationStatus) status = sw_translation_status_new (document, NULL);
  const SwTranslationCounts *counts = sw_translation_status_get_counts (status, language);

  g_assert_nonnull (counts);
  return *counts;
}
