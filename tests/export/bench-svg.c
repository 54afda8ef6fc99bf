/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How fast the SVG export draws a large strategy, measured against Graphviz
 * drawing the same graph at the same positions (`neato -n2 -Tsvg` on the DOT
 * export, which pins every node where the canvas has it).  The goal is at
 * most half of Graphviz's time.  Both are the median of five runs after a
 * warm-up; Graphviz is timed as people run it, as a program reading a file.
 *
 * Run with `meson test --benchmark` (or directly).  It prints numbers and
 * never fails on timing; it fails only if an export fails.
 */
#define G_LOG_DOMAIN "sw-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "bench-generate.h"
#include "sw-graph-files.h"

#define SEED       20240506
#define N_NODES    2000
#define N_RUNS     5
#define RATIO_GOAL 0.5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, N_RUNS, sizeof *values, compare_doubles);
  return values[N_RUNS / 2];
}

typedef struct
{
  double wall;  /* milliseconds */
  double cpu;   /* milliseconds of user and system time */
} Timing;

static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static Timing
time_export (SwDocument *document,
             gsize      *size)
{
  SwExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_ms (RUSAGE_SELF);

  sw_export_options_init (&options);
  bytes = sw_export_svg (document, &options, NULL, &error);
  g_assert_no_error (error);
  *size = g_bytes_get_size (bytes);

  return (Timing) { (g_get_monotonic_time () - start) / 1000.0, cpu_ms (RUSAGE_SELF) - cpu };
}

/* The child's processor time is counted once it has been waited for, as g_spawn_sync() does. */
static Timing
time_neato (const char *neato,
            const char *dot_path,
            const char *svg_path)
{
  const char *argv[] = { neato, "-n2", "-Tsvg", "-o", svg_path, dot_path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_ms (RUSAGE_CHILDREN);

  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return (Timing) { (g_get_monotonic_time () - start) / 1000.0, cpu_ms (RUSAGE_CHILDREN) - cpu };
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(SwDocument) document = bench_generate_strategy (N_NODES, SEED);
  g_autofree char *neato = g_find_program_in_path ("neato");
  g_autofree char *dir = g_dir_make_tmp ("sw-bench-svg-XXXXXX", NULL);
  g_autofree char *dot_path = g_build_filename (dir, "graph.gv", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "graph.svg", NULL);
  g_autoptr(GBytes) dot = NULL;
  g_autoptr(GError) error = NULL;
  SwExportOptions options;
  double our_wall[N_RUNS], our_cpu[N_RUNS], their_wall[N_RUNS], their_cpu[N_RUNS];
  double ours_ms, theirs_ms;
  gsize our_size = 0;
  GStatBuf info;

  if (neato == NULL)
    {
      g_printerr ("neato (Graphviz) is needed for this benchmark\n");
      return 77;
    }

  sw_export_options_init (&options);
  dot = sw_export_dot (document, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (dot_path, g_bytes_get_data (dot, NULL),
                                      g_bytes_get_size (dot), &error));

  time_export (document, &our_size);
  time_neato (neato, dot_path, svg_path);
  for (guint i = 0; i < N_RUNS; i++)
    {
      Timing ours = time_export (document, &our_size);
      Timing theirs = time_neato (neato, dot_path, svg_path);

      our_wall[i] = ours.wall;
      our_cpu[i] = ours.cpu;
      their_wall[i] = theirs.wall;
      their_cpu[i] = theirs.cpu;
    }
  ours_ms = median (our_cpu);
  theirs_ms = median (their_cpu);
  g_assert_true (g_stat (svg_path, &info) == 0);

  printf ("SVG export of %u nodes and %u links (median of %d runs)\n",
          sw_document_get_n_nodes (document), sw_document_get_n_links (document), N_RUNS);
  printf ("  %-28s %10s %10s %10s\n", "", "CPU", "wall", "size");
  printf ("  %-28s %7.0f ms %7.0f ms %6.0f KiB\n", "Strategy Workbench", ours_ms,
          median (our_wall), our_size / 1024.0);
  printf ("  %-28s %7.0f ms %7.0f ms %6.0f KiB\n", "neato -n2 -Tsvg (same DOT)", theirs_ms,
          median (their_wall), info.st_size / 1024.0);
  printf ("  ratio of CPU time %.2f (goal at most %.1f): %s\n", ours_ms / theirs_ms, RATIO_GOAL,
          ours_ms / theirs_ms <= RATIO_GOAL ? "met" : "not met");

  g_unlink (dot_path);
  g_unlink (svg_path);
  g_rmdir (dir);
  return 0;
}
