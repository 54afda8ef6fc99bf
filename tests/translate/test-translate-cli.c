/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `strategy-workbench translate`, run as a separate process: exit statuses, output and files. */
#include <string.h>

#include "sw-json-reader.h"
#include "translate-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs the program without a display, in the C locale. */
static void
run (Result             *result,
     const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_ptr_array_add (argv, (gpointer) g_getenv ("SW_BINARY"));
  g_ptr_array_add (argv, (gpointer) "translate");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  result->status = tt_run ((const char * const *) argv->pdata, &result->out, &result->err);
}

#define RUN(result, ...) run (result, (const char * const[]) { __VA_ARGS__, NULL })

static char *
copy_sample (const char *name)
{
  g_autofree char *sample = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json", NULL);
  g_autoptr(GBytes) bytes = tt_read (sample);

  return tt_write_temp (name, bytes);
}

static SwDocument *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_usage (void)
{
  g_auto(Result) none = { 0 };
  g_auto(Result) help = { 0 };
  g_auto(Result) status_help = { 0 };
  g_auto(Result) unknown = { 0 };
  g_auto(Result) no_lang = { 0 };
  g_auto(Result) bad_format = { 0 };
  g_auto(Result) no_file = { 0 };
  g_autofree char *sample = copy_sample ("usage.json");

  RUN (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.out, "translate export --lang TAG --format xliff|po"));

  RUN (&help, "--help");
  g_assert_cmpint (help.status, ==, 0);

  RUN (&status_help, "status", "--help");
  g_assert_cmpint (status_help.status, ==, 0);
  g_assert_nonnull (strstr (status_help.out, "stale"));

  RUN (&unknown, "frobnicate");
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  RUN (&no_lang, "export", "--format", "po", sample);
  g_assert_cmpint (no_lang.status, ==, 2);
  g_assert_nonnull (strstr (no_lang.err, "--lang"));

  RUN (&bad_format, "export", "--lang", "fr", "--format", "docx", sample);
  g_assert_cmpint (bad_format.status, ==, 2);

  RUN (&no_file, "import", sample);
  g_assert_cmpint (no_file.status, ==, 2);
}

static void
test_status (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *sample = copy_sample ("status.json");
  g_autoptr(SwDocument) document = load (sample);
  SwTranslationCounts fr = tt_counts (document, "fr");
  SwTranslationCounts es = tt_counts (document, "es");
  g_autofree char *fr_line = g_strdup_printf ("All texts %u %u %u", fr.translated, fr.stale, fr.missing);
  g_autofree char *es_line = g_strdup_printf ("All texts %u %u %u", es.translated, es.stale, es.missing);
  g_auto(GStrv) words = NULL;
  g_autofree char *squeezed = NULL;

  RUN (&result, "status", sample);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "translated"));
  g_assert_nonnull (strstr (result.out, "Guiding principle"));

  /* The table, with runs of spaces squeezed, holds each language's counts. */
  words = g_strsplit_set (result.out, " ", -1);
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0')
        g_string_append_printf (joined, "%s%s", joined->len ? " " : "", words[i]);
    squeezed = g_string_free (g_steal_pointer (&joined), FALSE);
  }
  g_assert_nonnull (strstr (squeezed, fr_line));
  g_assert_nonnull (strstr (squeezed, es_line));
  g_assert_true (strstr (squeezed, fr_line) < strstr (squeezed, es_line));
}

static void
test_export (void)
{
  g_auto(Result) po = { 0 };
  g_auto(Result) xliff = { 0 };
  g_auto(Result) wrong = { 0 };
  g_autofree char *sample = copy_sample ("export.json");
  g_autofree char *po_path = tt_temp_path ("cli.po");
  const char *msgfmt[] = { "msgfmt", "--check", "-o", "/dev/null", po_path, NULL };

  RUN (&po, "export", "--lang", "fr", "--format", "po", "--output", po_path, sample);
  g_assert_cmpint (po.status, ==, 0);
  g_assert_cmpint (tt_run (msgfmt, NULL, NULL), ==, 0);

  /* Without --output, standard output. */
  RUN (&xliff, "export", "--lang", "es", "--format", "xliff", sample);
  g_assert_cmpint (xliff.status, ==, 0);
  g_assert_true (g_str_has_prefix (xliff.out, "<?xml"));
  g_assert_nonnull (strstr (xliff.out, "trgLang=\"es\""));

  RUN (&wrong, "export", "--lang", "de", "--format", "po", sample);
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_nonnull (strstr (wrong.err, "“de”"));
}

static void
test_import (void)
{
  g_auto(Result) exported = { 0 };
  g_auto(Result) in_place = { 0 };
  g_auto(Result) elsewhere = { 0 };
  g_auto(Result) broken = { 0 };
  g_autofree char *sample = copy_sample ("import.json");
  g_autofree char *other = copy_sample ("import-other.json");
  g_autofree char *output = tt_temp_path ("import-out.json");
  g_autofree char *po_path = tt_temp_path ("import-export.po");
  g_autofree char *filled_path = NULL;
  g_autofree char *broken_path = NULL;
  g_autoptr(GBytes) filled = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwDocument) untouched = NULL;
  g_autoptr(SwDocument) written = NULL;
  guint n_units;

  RUN (&exported, "export", "--lang", "fr", "--format", "po", "-o", po_path, sample);
  g_assert_cmpint (exported.status, ==, 0);
  {
    g_autoptr(GBytes) bytes = tt_read (po_path);

    filled = tt_fill_targets (bytes, "import-filled.po", "FR:");
    filled_path = tt_write_temp ("import-filled.po", filled);
  }

  /* In place. */
  RUN (&in_place, "import", sample, filled_path);
  g_assert_cmpint (in_place.status, ==, 0);
  g_assert_nonnull (strstr (in_place.out, "Updated: "));
  document = load (sample);
  n_units = tt_counts (document, "fr").translated;
  tt_assert_counts (document, "fr", n_units, 0, 0);

  /* With --output the strategy stays as it was. */
  before = tt_read (other);
  RUN (&elsewhere, "import", "--output", output, other, filled_path);
  g_assert_cmpint (elsewhere.status, ==, 0);
  after = tt_read (other);
  g_assert_true (g_bytes_equal (before, after));
  written = load (output);
  tt_assert_counts (written, "fr", n_units, 0, 0);
  untouched = load (other);
  g_assert_cmpuint (tt_counts (untouched, "fr").translated, <, n_units);

  /* A broken file: exit 1, the file and line named, the strategy not written. */
  {
    g_autoptr(GBytes) bytes = tt_bytes ("msgid \"\"\nmsgstr \"Language: fr\\n\"\nmsgctxt \"x\n");

    broken_path = tt_write_temp ("broken.po", bytes);
  }
  RUN (&broken, "import", other, broken_path);
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_nonnull (strstr (broken.err, "broken.po:3: "));
  g_bytes_unref (after);
  after = tt_read (other);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translate/cli/usage", test_usage);
  g_test_add_func ("/translate/cli/status", test_status);
  g_test_add_func ("/translate/cli/export", test_export);
  g_test_add_func ("/translate/cli/import", test_import);

  return g_test_run ();
}
