/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Arrange: bands in the layered mode, no overlaps, pins, selections, one
 * undo step, cancellation, nodes removed meanwhile, and a main loop that
 * keeps running while Graphviz works.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "layout-generate.h"
#include "sw-json-reader.h"
#include "sw-layout.h"

typedef struct
{
  double x;
  double y;
} Point;

static SwDocument *
load_sample (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwDocument *document = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static void
arrange_ready_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the main loop until the arrange finishes; %NULL with @error on failure. */
static SwLayoutResult *
arrange (SwDocument    *document,
         SwLayoutMode   mode,
         GPtrArray     *nodes,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  sw_layout_arrange_async (document, mode, nodes, cancellable, arrange_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return sw_layout_arrange_finish (document, result, error);
}

static SwLayoutResult *
arrange_ok (SwDocument   *document,
            SwLayoutMode  mode,
            GPtrArray    *nodes)
{
  g_autoptr(GError) error = NULL;
  SwLayoutResult *result = arrange (document, mode, nodes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static GArray *
positions (SwDocument *document)
{
  guint n_nodes = sw_document_get_n_nodes (document);
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (Point), n_nodes);

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      Point point = { sw_node_get_x (node), sw_node_get_y (node) };

      g_array_append_val (points, point);
    }

  return points;
}

static void
assert_positions_equal (GArray *a,
                        GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      g_assert_cmpfloat (g_array_index (a, Point, i).x, ==, g_array_index (b, Point, i).x);
      g_assert_cmpfloat (g_array_index (a, Point, i).y, ==, g_array_index (b, Point, i).y);
    }
}

static void
assert_no_overlap (SwDocument *document)
{
  guint n_nodes = sw_document_get_n_nodes (document);

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *a = sw_document_get_node (document, i);

      g_assert_cmpfloat (sw_node_get_x (a), ==, round (sw_node_get_x (a)));
      g_assert_cmpfloat (sw_node_get_y (a), ==, round (sw_node_get_y (a)));
      for (guint j = i + 1; j < n_nodes; j++)
        {
          SwNode *b = sw_document_get_node (document, j);
          double dx = fabs (sw_node_get_x (a) - sw_node_get_x (b));
          double dy = fabs (sw_node_get_y (a) - sw_node_get_y (b));

          if (dx < SW_LAYOUT_CARD_WIDTH && dy < SW_LAYOUT_CARD_HEIGHT)
            g_error ("“%s” at %g,%g overlaps “%s” at %g,%g",
                     sw_node_get_id (a), sw_node_get_x (a), sw_node_get_y (a),
                     sw_node_get_id (b), sw_node_get_x (b), sw_node_get_y (b));
        }
    }
}

/*
 * Every node of one band is strictly above every node of the next, and a
 * band is one row.  Pinned nodes are where the user put them, and left out.
 */
static void
assert_bands (SwDocument *document)
{
  static const char * const kinds[] = {
    "concept", "principle", "action-area", "objective", "commitment", "partner",
  };
  double previous_max = -INFINITY;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GPtrArray) nodes = sw_document_get_nodes_of_kind (document, kinds[i]);
      double min_y = INFINITY, max_y = -INFINITY;

      for (guint j = 0; j < nodes->len; j++)
        {
          SwNode *node = g_ptr_array_index (nodes, j);

          if (sw_node_get_pinned (node))
            continue;
          min_y = MIN (min_y, sw_node_get_y (node));
          max_y = MAX (max_y, sw_node_get_y (node));
        }
      g_assert_cmpfloat (min_y, <, INFINITY);
      g_assert_cmpfloat (min_y, >, previous_max);
      g_assert_cmpfloat (min_y, ==, max_y);
      previous_max = max_y;
    }
}

static void
test_layered_bands (void)
{
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) result = arrange_ok (document, SW_LAYOUT_MODE_LAYERED, NULL);

  g_assert_cmpuint (sw_layout_result_get_n_nodes (result), ==, sw_document_get_n_nodes (document));
  g_assert_true (sw_layout_result_apply (result, document));
  assert_bands (document);
  assert_no_overlap (document);
}

/* Each partner hangs under the commitment it makes, not somewhere along the band. */
static void
test_layered_partners (void)
{
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) result = arrange_ok (document, SW_LAYOUT_MODE_LAYERED, NULL);
  g_autoptr(GPtrArray) partners = sw_document_get_nodes_of_kind (document, "partner");

  sw_layout_result_apply (result, document);
  for (guint i = 0; i < partners->len; i++)
    {
      SwNode *partner = g_ptr_array_index (partners, i);
      g_autoptr(GPtrArray) links = sw_document_get_node_links (document, partner);
      SwNode *commitment;

      g_assert_cmpuint (links->len, ==, 1);
      commitment = sw_link_get_to (g_ptr_array_index (links, 0));
      g_assert_cmpfloat (fabs (sw_node_get_x (partner) - sw_node_get_x (commitment)), <,
                         SW_LAYOUT_CARD_WIDTH / 2);
    }
}

/* Bands hold even when no link orders them: the principle is not tied to the concept. */
static void
test_layered_unlinked (void)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(SwLayoutResult) result = NULL;
  const char * const kinds[] = { "partner", "objective", "principle", "concept" };
  SwNode *nodes[G_N_ELEMENTS (kinds)];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    nodes[i] = sw_document_add_node (document, kinds[i], kinds[i], 0, 100 * i, NULL);

  result = arrange_ok (document, SW_LAYOUT_MODE_LAYERED, NULL);
  sw_layout_result_apply (result, document);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpfloat (sw_node_get_y (nodes[i]), >, sw_node_get_y (nodes[i + 1]));
  assert_no_overlap (document);
}

static void
test_deterministic (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) first = arrange_ok (document, mode, NULL);
  g_autoptr(SwLayoutResult) second = NULL;

  /* Other code drawing random numbers in between must not matter. */
  for (guint i = 0; i < 10; i++)
    rand ();
  second = arrange_ok (document, mode, NULL);

  g_assert_cmpuint (sw_layout_result_get_n_nodes (first), ==,
                    sw_layout_result_get_n_nodes (second));
  for (guint i = 0; i < sw_layout_result_get_n_nodes (first); i++)
    {
      double x1, y1, x2, y2;
      const char *id = sw_layout_result_get_node_id (first, i, &x1, &y1);

      g_assert_cmpstr (id, ==, sw_layout_result_get_node_id (second, i, &x2, &y2));
      g_assert_cmpfloat (x1, ==, x2);
      g_assert_cmpfloat (y1, ==, y2);
    }
}

/* An arranged document keeps its corner, so arranging it again moves nothing. */
static void
test_layered_again (void)
{
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) first = arrange_ok (document, SW_LAYOUT_MODE_LAYERED, NULL);
  g_autoptr(SwLayoutResult) second = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  SwHistory *history = sw_document_get_history (document);
  guint n_steps;

  g_assert_true (sw_layout_result_apply (first, document));
  before = positions (document);
  n_steps = sw_history_get_n_undo_steps (history);

  second = arrange_ok (document, SW_LAYOUT_MODE_LAYERED, NULL);
  g_assert_false (sw_layout_result_apply (second, document));
  after = positions (document);
  assert_positions_equal (before, after);
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps);
}

static void
test_undo (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) result = arrange_ok (document, mode, NULL);
  g_autoptr(GArray) before = positions (document);
  g_autoptr(GArray) arranged = NULL;
  g_autoptr(GArray) undone = NULL;
  g_autoptr(GArray) redone = NULL;
  SwHistory *history = sw_document_get_history (document);
  guint n_steps = sw_history_get_n_undo_steps (history);

  g_assert_true (sw_layout_result_apply (result, document));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (history), ==, "Arrange");
  arranged = positions (document);

  g_assert_true (sw_document_undo (document));
  undone = positions (document);
  assert_positions_equal (before, undone);
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps);

  g_assert_true (sw_document_redo (document));
  redone = positions (document);
  assert_positions_equal (arranged, redone);
}

static void
test_pinned (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  const char * const pinned[] = { "principle-2", "aa3-6", "c-budapest" };
  guint n_moved = 0;

  /* Places no layout would choose, far apart. */
  for (guint i = 0; i < G_N_ELEMENTS (pinned); i++)
    {
      SwNode *node = sw_document_lookup_node (document, pinned[i]);

      sw_document_move_node (document, node, -4000 + 3000 * i, 5000 - 2000 * i);
      sw_document_set_node_pinned (document, node, TRUE);
    }

  before = positions (document);
  result = arrange_ok (document, mode, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pinned); i++)
    g_assert_false (sw_layout_result_lookup (result, pinned[i], NULL, NULL));
  sw_layout_result_apply (result, document);
  after = positions (document);

  for (guint i = 0; i < before->len; i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      Point *old = &g_array_index (before, Point, i);
      Point *new = &g_array_index (after, Point, i);

      if (sw_node_get_pinned (node))
        {
          g_assert_cmpfloat (old->x, ==, new->x);
          g_assert_cmpfloat (old->y, ==, new->y);
        }
      else
        {
          n_moved += old->x != new->x || old->y != new->y;
        }
    }
  g_assert_cmpuint (n_moved, >, before->len / 2);
}

/*
 * Two pins that disagree with the layout: the first where the layout puts
 * it, the second on top of another card.  The shift leaves both off their
 * layout places, and the cards they land on must make way.
 */
static void
test_pinned_overlap (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) first = arrange_ok (document, mode, NULL);
  g_autoptr(SwLayoutResult) second = NULL;
  SwNode *kept = sw_document_lookup_node (document, "aa2");
  SwNode *moved = sw_document_lookup_node (document, "aa3");
  SwNode *target = sw_document_lookup_node (document, "aa2-3");
  double kept_x, kept_y, moved_x, moved_y;

  sw_layout_result_apply (first, document);
  sw_document_set_node_pinned (document, kept, TRUE);
  sw_document_move_node (document, moved, sw_node_get_x (target) + 30, sw_node_get_y (target) + 20);
  sw_document_set_node_pinned (document, moved, TRUE);
  kept_x = sw_node_get_x (kept);
  kept_y = sw_node_get_y (kept);
  moved_x = sw_node_get_x (moved);
  moved_y = sw_node_get_y (moved);

  second = arrange_ok (document, mode, NULL);
  g_assert_true (sw_layout_result_apply (second, document));
  g_assert_cmpfloat (sw_node_get_x (kept), ==, kept_x);
  g_assert_cmpfloat (sw_node_get_y (kept), ==, kept_y);
  g_assert_cmpfloat (sw_node_get_x (moved), ==, moved_x);
  g_assert_cmpfloat (sw_node_get_y (moved), ==, moved_y);
  assert_no_overlap (document);
  if (mode == SW_LAYOUT_MODE_LAYERED)
    assert_bands (document);
}

static gboolean
in_selection (GPtrArray *selection,
              SwNode    *node)
{
  return g_ptr_array_find (selection, node, NULL);
}

static void
test_selection (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(GPtrArray) selection = g_ptr_array_new ();
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GArray) before = positions (document);
  g_autoptr(GArray) after = NULL;
  const char * const ids[] = { "aa3", "aa3-1", "aa3-3", "aa3-4", "aa3-6", "c-cri", "c-jrtf" };
  double old_min_x = INFINITY, old_max_x = -INFINITY, old_min_y = INFINITY, old_max_y = -INFINITY;
  double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
  guint n_moved = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (selection, sw_document_lookup_node (document, ids[i]));

  result = arrange_ok (document, mode, selection);
  g_assert_cmpuint (sw_layout_result_get_n_nodes (result), ==, selection->len);
  sw_layout_result_apply (result, document);
  after = positions (document);

  for (guint i = 0; i < before->len; i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      Point *old = &g_array_index (before, Point, i);
      Point *new = &g_array_index (after, Point, i);

      if (!in_selection (selection, node))
        {
          g_assert_cmpfloat (old->x, ==, new->x);
          g_assert_cmpfloat (old->y, ==, new->y);
          continue;
        }
      n_moved += old->x != new->x || old->y != new->y;
      old_min_x = MIN (old_min_x, old->x);
      old_max_x = MAX (old_max_x, old->x);
      old_min_y = MIN (old_min_y, old->y);
      old_max_y = MAX (old_max_y, old->y);
      min_x = MIN (min_x, new->x);
      max_x = MAX (max_x, new->x);
      min_y = MIN (min_y, new->y);
      max_y = MAX (max_y, new->y);
    }
  g_assert_cmpuint (n_moved, >, 0);

  /* The arranged selection stays about where the selection was, off the other cards (test-layout-room.c). */
  g_assert_cmpfloat (fabs ((min_x + max_x) / 2 - (old_min_x + old_max_x) / 2), <=, old_max_x - old_min_x);
  g_assert_cmpfloat (fabs ((min_y + max_y) / 2 - (old_min_y + old_max_y) / 2), <=, old_max_y - old_min_y);
  assert_no_overlap (document);

  if (mode == SW_LAYOUT_MODE_LAYERED)
    {
      g_assert_cmpfloat (sw_node_get_y (g_ptr_array_index (selection, 0)), <,
                         sw_node_get_y (g_ptr_array_index (selection, 1)));
      g_assert_cmpfloat (sw_node_get_y (g_ptr_array_index (selection, 1)), <,
                         sw_node_get_y (g_ptr_array_index (selection, 5)));
    }
}

static void
test_organic (void)
{
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(SwLayoutResult) result = arrange_ok (document, SW_LAYOUT_MODE_ORGANIC, NULL);

  g_assert_cmpint (sw_layout_result_get_mode (result), ==, SW_LAYOUT_MODE_ORGANIC);
  g_assert_cmpuint (sw_layout_result_get_n_nodes (result), ==, sw_document_get_n_nodes (document));
  g_assert_true (sw_layout_result_apply (result, document));
  /* No overlap implies distinct places. */
  assert_no_overlap (document);
}

static void
test_cancel (gconstpointer data)
{
  gboolean before_start = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) async_result = NULL;
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) before = positions (document);
  g_autoptr(GArray) after = NULL;
  guint n_steps = sw_history_get_n_undo_steps (sw_document_get_history (document));

  if (before_start)
    g_cancellable_cancel (cancellable);
  sw_layout_arrange_async (document, SW_LAYOUT_MODE_LAYERED, NULL, cancellable,
                           arrange_ready_cb, &async_result);
  if (!before_start)
    g_cancellable_cancel (cancellable);
  while (async_result == NULL)
    g_main_context_iteration (NULL, TRUE);

  result = sw_layout_arrange_finish (document, async_result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result);

  after = positions (document);
  assert_positions_equal (before, after);
  g_assert_cmpuint (sw_history_get_n_undo_steps (sw_document_get_history (document)), ==, n_steps);
}

/* The layout works on a copy; applying it skips what is gone. */
static void
test_removed_meanwhile (void)
{
  g_autoptr(SwDocument) document = load_sample ("strategy-2024.json");
  g_autoptr(GAsyncResult) async_result = NULL;
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_nodes = sw_document_get_n_nodes (document);
  SwHistory *history = sw_document_get_history (document);

  sw_layout_arrange_async (document, SW_LAYOUT_MODE_LAYERED, NULL, NULL,
                           arrange_ready_cb, &async_result);
  g_assert_true (sw_document_remove_node (document, sw_document_lookup_node (document, "aa2-5")));
  while (async_result == NULL)
    g_main_context_iteration (NULL, TRUE);

  result = sw_layout_arrange_finish (document, async_result, &error);
  g_assert_no_error (error);
  g_assert_true (sw_layout_result_lookup (result, "aa2-5", NULL, NULL));
  g_assert_cmpuint (sw_layout_result_get_n_nodes (result), ==, n_nodes);

  g_assert_true (sw_layout_result_apply (result, document));
  g_assert_null (sw_document_lookup_node (document, "aa2-5"));
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, n_nodes - 1);
  g_assert_cmpstr (sw_history_get_undo_label (history), ==, "Arrange");

  /* Undo the arrange, then the removal: the node comes back where it was. */
  g_assert_true (sw_document_undo (document));
  g_assert_true (sw_document_undo (document));
  g_assert_cmpfloat (sw_node_get_x (sw_document_lookup_node (document, "aa2-5")), ==, 2765);
}

static gboolean
count_idle_cb (gpointer user_data)
{
  guint *count = user_data;

  (*count)++;

  return G_SOURCE_CONTINUE;
}

typedef struct
{
  GAsyncResult *result;
  guint         idles_before;
  guint        *idles;
} Responsive;

static void
responsive_ready_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Responsive *responsive = user_data;

  responsive->result = g_object_ref (result);
  responsive->idles_before = *responsive->idles;
}

/*
 * Idle callbacks run after everything else the main loop has to do, and a
 * task's callback is dispatched before them.  So if the layout ran on the
 * main thread, the callback would come before any idle; idles that ran
 * first ran while Graphviz was working in the worker.
 */
static void
test_responsive (void)
{
  g_autoptr(SwDocument) document = layout_generate_strategy (1000, 7);
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint idles = 0;
  Responsive responsive = { NULL, 0, &idles };
  guint idle_id;

  idle_id = g_idle_add (count_idle_cb, &idles);
  sw_layout_arrange_async (document, SW_LAYOUT_MODE_LAYERED, NULL, NULL,
                           responsive_ready_cb, &responsive);
  while (responsive.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (idle_id);

  g_assert_cmpuint (responsive.idles_before, >, 10);
  result = sw_layout_arrange_finish (document, responsive.result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_layout_result_get_n_nodes (result), ==, sw_document_get_n_nodes (document));
  g_object_unref (responsive.result);

  sw_layout_result_apply (result, document);
  assert_no_overlap (document);
}

static void
test_nothing_to_move (void)
{
  g_autoptr(SwDocument) document = sw_document_new ("en");
  g_autoptr(SwLayoutResult) empty = arrange_ok (document, SW_LAYOUT_MODE_ORGANIC, NULL);
  g_autoptr(SwLayoutResult) pinned = NULL;
  SwNode *node = sw_document_add_node (document, "objective", "O", 10, 20, NULL);

  g_assert_cmpuint (sw_layout_result_get_n_nodes (empty), ==, 0);
  g_assert_false (sw_layout_result_apply (empty, document));

  sw_document_set_node_pinned (document, node, TRUE);
  pinned = arrange_ok (document, SW_LAYOUT_MODE_LAYERED, NULL);
  g_assert_cmpuint (sw_layout_result_get_n_nodes (pinned), ==, 0);
}

static void
test_mode_strings (void)
{
  SwLayoutMode mode;

  g_assert_cmpstr (sw_layout_mode_to_string (SW_LAYOUT_MODE_LAYERED), ==, "layered");
  g_assert_cmpstr (sw_layout_mode_to_string (SW_LAYOUT_MODE_ORGANIC), ==, "organic");
  g_assert_true (sw_layout_mode_from_string ("organic", &mode));
  g_assert_cmpint (mode, ==, SW_LAYOUT_MODE_ORGANIC);
  g_assert_true (sw_layout_mode_from_string ("layered", &mode));
  g_assert_cmpint (mode, ==, SW_LAYOUT_MODE_LAYERED);
  g_assert_false (sw_layout_mode_from_string ("circular", &mode));
  g_assert_false (sw_layout_mode_from_string (NULL, &mode));
}

static void
add_mode_test (const char    *name,
               GTestDataFunc  func)
{
  g_autofree char *layered = g_strdup_printf ("/layout/%s/layered", name);
  g_autofree char *organic = g_strdup_printf ("/layout/%s/organic", name);

  g_test_add_data_func (layered, GINT_TO_POINTER (SW_LAYOUT_MODE_LAYERED), func);
  g_test_add_data_func (organic, GINT_TO_POINTER (SW_LAYOUT_MODE_ORGANIC), func);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/layered/bands", test_layered_bands);
  g_test_add_func ("/layout/layered/partners", test_layered_partners);
  g_test_add_func ("/layout/layered/unlinked", test_layered_unlinked);
  g_test_add_func ("/layout/layered/again", test_layered_again);
  g_test_add_func ("/layout/organic/no-overlap", test_organic);
  add_mode_test ("deterministic", test_deterministic);
  add_mode_test ("undo", test_undo);
  add_mode_test ("pinned", test_pinned);
  add_mode_test ("pinned-overlap", test_pinned_overlap);
  add_mode_test ("selection", test_selection);
  g_test_add_data_func ("/layout/cancel/before-start", GINT_TO_POINTER (TRUE), test_cancel);
  g_test_add_data_func ("/layout/cancel/while-running", GINT_TO_POINTER (FALSE), test_cancel);
  g_test_add_func ("/layout/removed-meanwhile", test_removed_meanwhile);
  g_test_add_func ("/layout/responsive", test_responsive);
  g_test_add_func ("/layout/nothing-to-move", test_nothing_to_move);
  g_test_add_func ("/layout/mode-strings", test_mode_strings);

  return g_test_run ();
}
