/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How fast Arrange is, next to Graphviz's own commands on the same graph:
 * the in-process layout (copy, worker thread, Graphviz, placing) against
 * `dot -Tdot` (and `sfdp -Tdot`) run through GSubprocess on the DOT text of
 * exactly the graph the layout builds, with the same attributes.  The goal
 * is an Arrange no slower than the command.
 *
 * Run with `meson test --benchmark` (or directly).  It prints numbers and
 * never fails on timing; it fails only if a layout fails.
 */
#define G_LOG_DOMAIN "sw-bench"

#include "config.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "layout-generate.h"
#include "sw-layout-private.h"

#define N_NODES    1000
#define SEED       20240506
#define N_WARM_UPS 1
#define N_RUNS     5

static void
arrange_ready_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Wall-clock and processor time of one run, in milliseconds. */
typedef struct
{
  double wall;
  double cpu;
} Timing;

static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);

  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/*
 * The processor time covers every thread of this process; the main thread
 * sleeps in the main loop meanwhile, so it is the worker's.
 */
static Timing
time_arrange (SwDocument   *document,
              SwLayoutMode  mode)
{
  g_autoptr(GAsyncResult) async_result = NULL;
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GError) error = NULL;
  double cpu_start = cpu_ms (RUSAGE_SELF);
  gint64 start = g_get_monotonic_time ();
  Timing timing;

  sw_layout_arrange_async (document, mode, NULL, NULL, arrange_ready_cb, &async_result);
  while (async_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  result = sw_layout_arrange_finish (document, async_result, &error);

  timing.wall = (g_get_monotonic_time () - start) / 1000.0;
  timing.cpu = cpu_ms (RUSAGE_SELF) - cpu_start;
  if (result == NULL)
    g_error ("Arrange failed: %s", error->message);

  return timing;
}

/*
 * The command from start to exit, its processor time read from the
 * children's usage once it has been waited for.  A negative wall time means
 * the command is missing; @output receives what the command wrote.
 */
static Timing
time_command (const char  *engine,
              GBytes      *dot_text,
              GBytes     **output)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  double cpu_start = cpu_ms (RUSAGE_CHILDREN);
  gint64 start = g_get_monotonic_time ();
  Timing timing = { -1, -1 };

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                              &error, engine, "-Tdot", NULL);
  if (process == NULL)
    {
      g_printerr ("%s: %s\n", engine, error->message);
      return timing;
    }
  g_clear_pointer (output, g_bytes_unref);
  if (!g_subprocess_communicate (process, dot_text, NULL, output, NULL, &error)
      || !g_subprocess_wait (process, NULL, &error))
    g_error ("%s failed: %s", engine, error->message);
  if (!g_subprocess_get_successful (process) || g_bytes_get_size (*output) == 0)
    g_error ("%s failed on the benchmark graph", engine);

  timing.wall = (g_get_monotonic_time () - start) / 1000.0;
  timing.cpu = cpu_ms (RUSAGE_CHILDREN) - cpu_start;

  return timing;
}

/*
 * The largest distance, in points, between where the in-process layout and
 * the command put a node: zero when both laid out the same graph.
 */
static double
compare_layouts (SwLayoutGraph *graph,
                 GBytes        *output)
{
  g_autofree double *positions = g_new0 (double, 2 * graph->nodes->len + 1);
  g_autofree char *text = g_strndup (g_bytes_get_data (output, NULL), g_bytes_get_size (output));
  g_autoptr(GError) error = NULL;
  double largest = 0;
  Agraph_t *g;

  if (!_sw_layout_graph_run (graph, positions, &error))
    g_error ("Layout failed: %s", error->message);

  sw_layout_graphviz_lock ();
  g = agmemread (text);
  if (g == NULL)
    g_error ("Cannot read the command's output");
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      char name[32];
      Agnode_t *n;
      double x, y;

      g_snprintf (name, sizeof name, "n%u", i);
      n = agnode (g, name, FALSE);
      if (n == NULL || sscanf (agget (n, (char *) "pos"), "%lf,%lf", &x, &y) != 2)
        g_error ("The command's output lacks the place of %s", name);
      largest = MAX (largest, hypot (x - positions[2 * i], -y - positions[2 * i + 1]));
    }
  agclose (g);
  sw_layout_graphviz_unlock ();

  return largest;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static Timing
median (Timing *timings)
{
  double wall[N_RUNS];
  double cpu[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      wall[i] = timings[i].wall;
      cpu[i] = timings[i].cpu;
    }
  qsort (wall, N_RUNS, sizeof wall[0], compare_doubles);
  qsort (cpu, N_RUNS, sizeof cpu[0], compare_doubles);

  return (Timing) { wall[N_RUNS / 2], cpu[N_RUNS / 2] };
}

/*
 * The two take turns within each round rather than running in blocks, so
 * that a burst of load from elsewhere on the machine slows both alike and
 * leaves the ratio alone.
 */
static void
measure (SwDocument   *document,
         SwLayoutMode  mode)
{
  g_autoptr(SwLayoutGraph) graph = _sw_layout_graph_new (document, mode, NULL);
  char *text = _sw_layout_graph_to_dot (graph);
  g_autoptr(GBytes) dot_text = g_bytes_new_take (text, strlen (text));
  const char *engine = _sw_layout_graph_get_engine (graph);
  g_autoptr(GBytes) output = NULL;
  Timing arrange_runs[N_RUNS];
  Timing command_runs[N_RUNS];
  Timing arrange, command;

  for (int round = -N_WARM_UPS; round < N_RUNS; round++)
    {
      Timing a = time_arrange (document, mode);
      Timing c = time_command (engine, dot_text, &output);

      if (c.wall < 0)
        {
          g_print ("%-8s: the %s command is missing, nothing to compare with\n",
                   sw_layout_mode_to_string (mode), engine);
          return;
        }
      if (round >= 0)
        {
          arrange_runs[round] = a;
          command_runs[round] = c;
        }
    }

  arrange = median (arrange_runs);
  command = median (command_runs);
  g_print ("%-8s %5u %5u  %-5s %8.0f %8.0f %6.2f  %8.0f %8.0f %6.2f %7.1f\n",
           sw_layout_mode_to_string (mode), graph->nodes->len, graph->edges->len, engine,
           arrange.wall, command.wall, arrange.wall / command.wall,
           arrange.cpu, command.cpu, arrange.cpu / command.cpu,
           compare_layouts (graph, output));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwDocument) document = layout_generate_strategy (N_NODES, SEED);

  g_print ("Arrange in-process next to the Graphviz command on the same DOT text,\n"
           "median of %d runs in milliseconds, wall-clock time and processor time\n"
           "(goal: ratios at most 1).  \"apart\" is the largest distance, in points,\n"
           "between a node's places in the two layouts; the command prints 5\n"
           "significant digits, so a few points on a layout 100,000 points wide\n"
           "mean the very same layout.\n\n", N_RUNS);
  g_print ("%-8s %5s %5s  %-5s %8s %8s %6s  %8s %8s %6s %7s\n",
           "mode", "nodes", "edges", "peer", "arrange", "command", "ratio",
           "cpu arr", "cpu cmd", "ratio", "apart");
  measure (document, SW_LAYOUT_MODE_LAYERED);
  measure (document, SW_LAYOUT_MODE_ORGANIC);

  return 0;
}
