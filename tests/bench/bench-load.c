/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How fast the native file loads and saves, measured against json-glib's bare
 * parse of the same bytes: the loader can hardly beat the parser it is built
 * on, so the ratio between the two is what tells whether the model-building
 * part is lean (the goal is a load under 1.5 times the bare parse).
 *
 * Run with `meson test --benchmark` (or directly).  It prints numbers and
 * never fails on timing; it fails only if a generated document does not load.
 *
 * Peak memory is measured in a fresh process per operation (this program run
 * again with --peak-rss), since the allocator keeps freed memory and earlier
 * runs would hide the peak.
 */
#define G_LOG_DOMAIN "sw-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-generate.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"

#define SEED       20240506
#define N_WARM_UPS 1
#define N_RUNS     9
#define RATIO_GOAL 1.5

typedef enum
{
  OPERATION_PARSE,
  OPERATION_LOAD,
  OPERATION_SAVE,
} Operation;

typedef struct
{
  guint   n_nodes;
  guint   n_links;
  GBytes *bytes;
  char   *path;
  char   *checksum;
  double  ms[3];
} Row;

/* Runs @operation once; returns the elapsed time in milliseconds. */
static double
run_once (Operation   operation,
          GBytes     *bytes,
          SwDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(SwDocument) loaded = NULL;
  g_autoptr(GBytes) written = NULL;
  gint64 start;
  gint64 end;
  gboolean ok;

  if (operation == OPERATION_PARSE)
    parser = json_parser_new ();

  start = g_get_monotonic_time ();
  switch (operation)
    {
    case OPERATION_PARSE:
      ok = json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), &error);
      break;
    case OPERATION_LOAD:
      loaded = sw_json_load_bytes (bytes, "generated", NULL, &error);
      ok = loaded != NULL;
      break;
    case OPERATION_SAVE:
      written = sw_json_write (document);
      ok = written != NULL;
      break;
    default:
      g_assert_not_reached ();
    }
  end = g_get_monotonic_time ();

  /* Freeing the result is not part of the operation: the autoptrs run after this. */
  if (!ok)
    g_error ("The generated document failed: %s", error ? error->message : "nothing written");

  return (end - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *times)
{
  qsort (times, N_RUNS, sizeof times[0], compare_doubles);

  return times[N_RUNS / 2];
}

/*
 * The operations take turns within each round rather than running in blocks,
 * so that a burst of load from elsewhere on the machine slows all three
 * alike and leaves the ratio alone.
 */
static void
measure (Row        *row,
         SwDocument *document)
{
  double times[3][N_RUNS];

  for (guint i = 0; i < N_WARM_UPS + N_RUNS; i++)
    for (Operation op = OPERATION_PARSE; op <= OPERATION_SAVE; op++)
      {
        double ms = run_once (op, row->bytes, document);

        if (i >= N_WARM_UPS)
          times[op][i - N_WARM_UPS] = ms;
      }

  for (Operation op = OPERATION_PARSE; op <= OPERATION_SAVE; op++)
    row->ms[op] = median (times[op]);
}

/* The process's peak resident set in KiB, or -1 where the system does not tell. */
static gint64
read_peak_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmHWM:");
  if (line == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen ("\nVmHWM:"), NULL, 10);
}

/* The child's side: one operation on the file at @path, then the growth of the peak. */
static int
report_peak_rss (const char *operation,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  gint64 before;
  gint64 after;

  if (file == NULL)
    g_error ("%s", error->message);

  /* Count the file's own pages before, so that only what the operation builds remains. */
  bytes = g_mapped_file_get_bytes (file);
  g_assert (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_type_ensure (JSON_TYPE_PARSER);
  g_type_ensure (SW_TYPE_DOCUMENT);

  before = read_peak_rss ();
  run_once (g_str_equal (operation, "load") ? OPERATION_LOAD : OPERATION_PARSE, bytes, NULL);
  after = read_peak_rss ();

  if (before < 0 || after < 0)
    printf ("n/a\n");
  else
    printf ("%" G_GINT64_FORMAT "\n", after - before);

  return 0;
}

/* The parent's side: the growth in MiB as text, or "n/a". */
static char *
measure_peak_rss (const char *self,
                  const char *operation,
                  const char *path)
{
  const char *argv[] = { self, "--peak-rss", operation, path, NULL };
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;
  char *end;
  gint64 kib;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL,
                     &wait_status, &error)
      || !g_spawn_check_wait_status (wait_status, &error))
    {
      g_printerr ("peak memory: %s\n", error->message);
      return g_strdup ("n/a");
    }

  kib = g_ascii_strtoll (output, &end, 10);
  if (end == output)
    return g_strdup ("n/a");

  return g_strdup_printf ("%.1f MB", kib / 1024.0);
}

static void
prepare_row (Row        *row,
             const char *directory)
{
  g_autoptr(SwDocument) document = bench_generate_strategy (row->n_nodes, SEED);
  g_autofree char *name = g_strdup_printf ("strategy-%u.json", row->n_nodes);
  g_autoptr(GError) error = NULL;

  row->n_links = sw_document_get_n_links (document);
  row->bytes = sw_json_write (document);
  row->path = g_build_filename (directory, name, NULL);
  row->checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, row->bytes);
  row->checksum[12] = '\0';
  if (!g_file_set_contents (row->path, g_bytes_get_data (row->bytes, NULL),
                            g_bytes_get_size (row->bytes), &error))
    g_error ("%s", error->message);

  measure (row, document);
}

static void
print_row (const Row *row)
{
  double ratio = row->ms[OPERATION_LOAD] / row->ms[OPERATION_PARSE];

  printf ("%7u %7u %8.2f %9.1f %9.1f %7.2f %-9s %8.1f   %s\n",
          row->n_nodes, row->n_links, g_bytes_get_size (row->bytes) / 1e6,
          row->ms[OPERATION_PARSE], row->ms[OPERATION_LOAD], ratio,
          ratio <= RATIO_GOAL ? "(ok)" : "(over)", row->ms[OPERATION_SAVE], row->checksum);
}

int
main (int   argc,
      char *argv[])
{
  Row rows[] = { { .n_nodes = 1000 }, { .n_nodes = 10000 } };
  const Row *largest = &rows[G_N_ELEMENTS (rows) - 1];
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *self = NULL;
  g_autofree char *parse_peak = NULL;
  g_autofree char *load_peak = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--peak-rss"))
    return report_peak_rss (argv[2], argv[3]);

  directory = g_dir_make_tmp ("sw-bench-XXXXXX", &error);
  if (directory == NULL)
    g_error ("%s", error->message);

  printf ("Loading and saving the native file (generated strategies, seed %u)\n", SEED);
  printf ("Times are medians of %u runs after %u warm-up, in milliseconds.\n", N_RUNS, N_WARM_UPS);
  printf ("parse: json-glib's bare parse of the bytes; load: sw_json_load_bytes of the same bytes;\n"
          "ratio: load / parse, goal <= %.1f; save: sw_json_write; sha256: the file, to show it is\n"
          "the same on every run.\n\n", RATIO_GOAL);
  printf ("%7s %7s %8s %9s %9s %17s %8s   %s\n",
          "nodes", "links", "size MB", "parse ms", "load ms", "ratio", "save ms", "sha256");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      prepare_row (&rows[i], directory);
      print_row (&rows[i]);
      fflush (stdout);
    }

  self = g_find_program_in_path (argv[0]);
  parse_peak = measure_peak_rss (self ? self : argv[0], "parse", largest->path);
  load_peak = measure_peak_rss (self ? self : argv[0], "load", largest->path);
  printf ("\nPeak memory for one %u-node file of %.2f MB, each in a fresh process\n"
          "(growth of the peak resident set, VmHWM):\n"
          "  bare json-glib parse:  %s\n"
          "  sw_json_load_bytes:    %s\n",
          largest->n_nodes, g_bytes_get_size (largest->bytes) / 1e6, parse_peak, load_peak);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_remove (rows[i].path);
      g_free (rows[i].path);
      g_free (rows[i].checksum);
      g_bytes_unref (rows[i].bytes);
    }
  g_rmdir (directory);

  return 0;
}
