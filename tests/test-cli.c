/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line, run as a separate process: exit statuses, messages and output. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  int    status;
  char  *out;
  char  *err;
} Result;

static void
result_clear (Result *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static char *
sample_path (const char *name)
{
  return g_build_filename (g_getenv ("SW_SAMPLES_DIR"), name, NULL);
}

/* Runs the program with @args, without any display, in the C locale. */
static void
run (Result             *result,
     const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);

  g_ptr_array_add (argv, (gpointer) g_getenv ("SW_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

#define RUN(result, ...) run (result, (const char * const[]) { __VA_ARGS__, NULL })

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("sw-cli-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_help (void)
{
  g_auto(Result) program = { 0 };
  g_auto(Result) validate = { 0 };
  g_auto(Result) export = { 0 };

  RUN (&program, "--help");
  g_assert_cmpint (program.status, ==, 0);
  g_assert_nonnull (strstr (program.out, "validate"));
  g_assert_nonnull (strstr (program.out, "export"));

  RUN (&validate, "validate", "--help");
  g_assert_cmpint (validate.status, ==, 0);
  g_assert_nonnull (strstr (validate.out, "Exit status"));

  RUN (&export, "export", "--help");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "--format"));
  g_assert_nonnull (strstr (export.out, "--output"));
}

static void
test_usage_errors (void)
{
  g_auto(Result) no_file = { 0 };
  g_auto(Result) bad_option = { 0 };
  g_auto(Result) no_format = { 0 };
  g_auto(Result) unknown_format = { 0 };
  g_auto(Result) two_files = { 0 };
  g_autofree char *sample = sample_path ("strategy-2024.json");

  RUN (&no_file, "validate");
  g_assert_cmpint (no_file.status, ==, 2);
  g_assert_nonnull (strstr (no_file.err, "No file to validate"));

  RUN (&bad_option, "validate", "--frobnicate", sample);
  g_assert_cmpint (bad_option.status, ==, 2);
  g_assert_nonnull (strstr (bad_option.err, "--frobnicate"));

  RUN (&no_format, "export", sample);
  g_assert_cmpint (no_format.status, ==, 2);
  g_assert_nonnull (strstr (no_format.err, "--format"));

  RUN (&unknown_format, "export", "--format", "docx", sample);
  g_assert_cmpint (unknown_format.status, ==, 2);
  g_assert_nonnull (strstr (unknown_format.err, "docx"));

  RUN (&two_files, "export", "--format", "json", sample, sample);
  g_assert_cmpint (two_files.status, ==, 2);
}

static void
test_validate_samples (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *s2024 = sample_path ("strategy-2024.json");
  g_autofree char *s2011 = sample_path ("strategy-2011.json");

  RUN (&result, "validate", s2024, s2011);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_nonnull (strstr (result.out, "strategy-2024.json: valid"));
  g_assert_nonnull (strstr (result.out, "strategy-2011.json: valid"));
}

static void
test_validate_syntax_error (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *path = write_temp ("broken.json", "{\n  \"format\": \"strategy-workbench\",\n  \"version\" 1\n}\n");
  g_autofree char *expected = g_strdup_printf ("%s:3:", path);

  RUN (&result, "validate", path);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, expected));
}

/* Every problem is listed, each naming the file and the place. */
static void
test_validate_lists_every_problem (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *path = write_temp ("problems.json",
    "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"en\": \"T\"},\n"
    " \"sourceLanguage\": \"en\",\n"
    " \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}},\n"
    "           {\"id\": \"b\", \"kind\": \"no-such-kind\", \"title\": {\"en\": \"B\"}}],\n"
    " \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", \"to\": \"missing\"}]}\n");
  g_autofree char *kind_problem = g_strdup_printf ("%s: /nodes/1/kind:", path);
  g_autofree char *link_problem = g_strdup_printf ("%s: /links/0/to:", path);

  RUN (&result, "validate", path);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, kind_problem));
  g_assert_nonnull (strstr (result.err, link_problem));
}

static void
test_validate_mixed (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *good = sample_path ("strategy-2011.json");
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "sw-no-such-file.json", NULL);

  RUN (&result, "validate", good, missing);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.out, "strategy-2011.json: valid"));
  g_assert_nonnull (strstr (result.err, "sw-no-such-file.json"));
}

static void
test_export_json_stdout (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *sample = sample_path ("strategy-2024.json");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));

  RUN (&result, "export", "--format", "json", sample);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, contents);

  g_clear_pointer (&result.out, g_free);
  g_clear_pointer (&result.err, g_free);
  RUN (&result, "export", "--format", "json", "--output", "-", sample);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, contents);
}

static void
test_export_json_file (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *sample = sample_path ("strategy-2011.json");
  g_autofree char *dir = g_dir_make_tmp ("sw-cli-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "out.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;

  RUN (&result, "export", "--format", "json", "--output", output, sample);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_true (g_file_get_contents (sample, &expected, NULL, NULL));
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
}

/* A failed export neither creates nor touches the output, nor the input. */
static void
test_export_invalid_writes_nothing (void)
{
  g_auto(Result) result = { 0 };
  const char *broken = "{\"format\": \"strategy-workbench\", \"version\": 1, \"nodes\": [";
  g_autofree char *input = write_temp ("in.json", broken);
  g_autofree char *output = write_temp ("out.json", "keep me");
  g_autofree char *fresh = g_build_filename (g_get_tmp_dir (), "sw-cli-never-written.json", NULL);
  g_autofree char *input_after = NULL;
  g_autofree char *output_after = NULL;

  g_remove (fresh);
  RUN (&result, "export", "--format", "json", "--output", output, input);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, input));
  g_assert_true (g_file_get_contents (output, &output_after, NULL, NULL));
  g_assert_cmpstr (output_after, ==, "keep me");
  g_assert_true (g_file_get_contents (input, &input_after, NULL, NULL));
  g_assert_cmpstr (input_after, ==, broken);

  g_clear_pointer (&result.out, g_free);
  g_clear_pointer (&result.err, g_free);
  RUN (&result, "export", "--format", "json", "--output", fresh, input);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
}

static void
test_export_unknown_language (void)
{
  g_auto(Result) result = { 0 };
  g_autofree char *sample = sample_path ("strategy-2024.json");

  RUN (&result, "export", "--format", "json", "--lang", "de", sample);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "“de”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/validate/samples", test_validate_samples);
  g_test_add_func ("/cli/validate/syntax-error", test_validate_syntax_error);
  g_test_add_func ("/cli/validate/every-problem", test_validate_lists_every_problem);
  g_test_add_func ("/cli/validate/mixed", test_validate_mixed);
  g_test_add_func ("/cli/export/json-stdout", test_export_json_stdout);
  g_test_add_func ("/cli/export/json-file", test_export_json_file);
  g_test_add_func ("/cli/export/invalid-writes-nothing", test_export_invalid_writes_nothing);
  g_test_add_func ("/cli/export/unknown-language", test_export_unknown_language);

  return g_test_run ();
}
