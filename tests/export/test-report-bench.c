/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How long the full PDF report takes: the bundled 2024 strategy and a
 * generated 2,000-node one (the benchmarks' deterministic generator), the
 * median of three runs after one warm-up, with the page count and the time
 * per page.  The HTML and Markdown reports of the large strategy are timed
 * alongside, since they build the same report structure: the difference is
 * the cost of setting and drawing pages.
 *
 * Run with `meson test --benchmark`.  It prints numbers and never fails on
 * timing; it fails only if an export fails.
 */
#define G_LOG_DOMAIN "sw-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-generate.h"
#include "sw-json-reader.h"
#include "sw-report.h"

#define SEED   20240506
#define N_RUNS 3

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median time of N_RUNS exports in milliseconds; @bytes_out gets the last output. */
static double
time_export (SwDocument   *document,
             SwExportFunc  export,
             GBytes      **bytes_out)
{
  double times[N_RUNS];
  SwExportOptions options;

  sw_export_options_init (&options);
  for (int run = -1; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = export (document, &options, NULL, &error);

      g_assert_no_error (error);
      if (run >= 0)
        times[run] = (g_get_monotonic_time () - start) / 1000.0;
      if (run == N_RUNS - 1 && bytes_out != NULL)
        *bytes_out = g_steal_pointer (&bytes);
    }

  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  return times[N_RUNS / 2];
}

/* Counts "/Type /Page" objects (not "/Type /Pages"), which is what a PDF reader counts. */
static guint
count_pages (GBytes *pdf)
{
  static const char needle[] = "/Type /Page";
  gsize size, n = strlen (needle);
  const char *data = g_bytes_get_data (pdf, &size);
  guint pages = 0;

  for (gsize i = 0; i + n < size; i++)
    if (memcmp (data + i, needle, n) == 0 && data[i + n] != 's')
      pages++;
  return pages;
}

static void
report_pdf (const char *name,
            SwDocument *document)
{
  g_autoptr(GBytes) pdf = NULL;
  double ms = time_export (document, sw_report_write_pdf, &pdf);
  guint pages = count_pages (pdf);

  printf ("%-22s %6u nodes  PDF %8.1f ms  %4u pages  %6.2f ms/page  %8.1f KiB\n", name,
          sw_document_get_n_nodes (document), ms, pages, pages ? ms / pages : 0,
          g_bytes_get_size (pdf) / 1024.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR") ? g_getenv ("SW_SAMPLES_DIR")
                                                                         : "data/samples",
                                            "strategy-2024.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) sample = sw_json_load_file (file, NULL, NULL, NULL, &error);
  g_autoptr(SwDocument) large = bench_generate_strategy (2000, SEED);

  g_assert_no_error (error);
  printf ("Full report, median of %d runs after a warm-up\n", N_RUNS);
  report_pdf ("strategy-2024", sample);
  report_pdf ("generated", large);
  printf ("%-22s %6u nodes  HTML %7.1f ms   Markdown %7.1f ms\n", "generated",
          sw_document_get_n_nodes (large), time_export (large, sw_report_write_html, NULL),
          time_export (large, sw_report_write_markdown, NULL));
  return 0;
}
