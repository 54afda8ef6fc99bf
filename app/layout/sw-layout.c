/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Arrange: copy what the layout needs from the document on the main thread,
 * run Graphviz in a worker thread, hand back new centres.  The main loop
 * keeps running meanwhile; the document is not touched until the caller
 * applies the result.
 */
#define G_LOG_DOMAIN "sw-layout"

#include "config.h"

#include "sw-layout-private.h"

static const GEnumValue mode_values[] = {
  { SW_LAYOUT_MODE_LAYERED, "SW_LAYOUT_MODE_LAYERED", "layered" },
  { SW_LAYOUT_MODE_ORGANIC, "SW_LAYOUT_MODE_ORGANIC", "organic" },
  { 0, NULL, NULL }
};

GType
sw_layout_mode_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("SwLayoutMode", mode_values));

  return type;
}

const char *
sw_layout_mode_to_string (SwLayoutMode mode)
{
  g_return_val_if_fail (mode <= SW_LAYOUT_MODE_ORGANIC, NULL);

  return mode_values[mode].value_nick;
}

gboolean
sw_layout_mode_from_string (const char   *string,
                            SwLayoutMode *mode)
{
  g_return_val_if_fail (mode != NULL, FALSE);

  for (guint i = 0; string != NULL && mode_values[i].value_nick != NULL; i++)
    {
      if (g_str_equal (string, mode_values[i].value_nick))
        {
          *mode = mode_values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

static void
arrange_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SwLayoutGraph *graph = task_data;
  g_autofree double *positions = g_new0 (double, 2 * graph->nodes->len + 1);
  GError *error = NULL;

  /* Graphviz cannot be interrupted: a cancelled layout is dropped when it ends. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (!_sw_layout_graph_run (graph, positions, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, _sw_layout_place (graph, positions),
                           (GDestroyNotify) sw_layout_result_unref);
}

/**
 * sw_layout_arrange_async:
 * @nodes: (nullable) (element-type SwNode): the nodes to arrange; %NULL
 *   arranges the whole document
 *
 * Computes new places for the nodes: @nodes (and the links among them) are
 * laid out as a graph of their own and put where their bounding box was,
 * the other nodes stay.  Pinned nodes keep their places and the layout is
 * built around them.  The same document and nodes always give the same
 * result.
 *
 * The document is copied at once, so later edits do not affect the layout.
 * Cancelling makes the call fail with %G_IO_ERROR_CANCELLED right away.
 */
void
sw_layout_arrange_async (SwDocument          *document,
                         SwLayoutMode         mode,
                         GPtrArray           *nodes,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SwLayoutGraph *graph;

  g_return_if_fail (SW_IS_DOCUMENT (document));
  g_return_if_fail (mode <= SW_LAYOUT_MODE_ORGANIC);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  graph = _sw_layout_graph_new (document, mode, nodes);

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_layout_arrange_async);
  g_task_set_name (task, "[sw] arrange");
  g_task_set_task_data (task, graph, (GDestroyNotify) _sw_layout_graph_free);

  if (graph->nodes->len == _sw_layout_graph_n_pinned (graph))
    {
      /* Nothing can move: no need for Graphviz or a thread. */
      g_task_return_pointer (task, _sw_layout_result_new (mode),
                             (GDestroyNotify) sw_layout_result_unref);
      return;
    }

  /*
   * The worker owns its copy of the graph through the task data, so the
   * task may complete on cancellation while Graphviz is still working.
   */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, arrange_thread);
}

/**
 * sw_layout_arrange_finish:
 *
 * Returns: (transfer full): where the nodes go; apply it with
 *   sw_layout_result_apply(), or use it to animate the move first.
 */
SwLayoutResult *
sw_layout_arrange_finish (SwDocument    *document,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (g_task_is_valid (result, document), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sw_layout_arrange_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
