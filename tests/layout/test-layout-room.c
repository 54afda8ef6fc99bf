/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Arrange on a selection among other cards: the arranged block keeps off
 * every card it does not arrange, by the gap, and lands as near as it can
 * to where the selection was; pins in the selection still hold; one undo
 * step.
 */
#include "config.h"

#include <math.h>

#include "sw-json-reader.h"
#include "sw-layout.h"

/* An area with three objectives, spread wide around a commitment that is not arranged. */
static const char * const selected_ids[] = { "aa3", "aa3-1", "aa3-3", "aa3-4" };
static const double spread[][2] = { { 0, -900 }, { -900, 0 }, { 900, 0 }, { 0, 900 } };
#define HOLE_X 20000.0
#define HOLE_Y 20000.0
#define IN_HOLE "c-igf"

static SwDocument *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json", NULL);
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
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
arrange_and_apply (SwDocument   *document,
                   SwLayoutMode  mode,
                   GPtrArray    *nodes)
{
  g_autoptr(GAsyncResult) async_result = NULL;
  g_autoptr(SwLayoutResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SwHistory *history = sw_document_get_history (document);
  guint n_steps = sw_history_get_n_undo_steps (history);

  sw_layout_arrange_async (document, mode, nodes, NULL, arrange_ready_cb, &async_result);
  while (async_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  result = sw_layout_arrange_finish (document, async_result, &error);
  g_assert_no_error (error);
  g_assert_true (sw_layout_result_apply (result, document));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);
}

/*
 * The selection spread around a hole with one card in it, far from the
 * rest: laid out where it was, centred on the hole, the block would cover
 * that card.
 */
static GPtrArray *
select_around_hole (SwDocument *document)
{
  GPtrArray *selection = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (selected_ids); i++)
    {
      SwNode *node = sw_document_lookup_node (document, selected_ids[i]);

      sw_document_move_node (document, node, HOLE_X + spread[i][0], HOLE_Y + spread[i][1]);
      g_ptr_array_add (selection, node);
    }
  sw_document_move_node (document, sw_document_lookup_node (document, IN_HOLE), HOLE_X, HOLE_Y);
  return selection;
}

/* Whether a card centred at @x, @y comes within the gap of a card in @document that is not in @selection. */
static gboolean
covers_other (SwDocument *document,
              GPtrArray  *selection,
              double      x,
              double      y)
{
  for (guint i = 0; i < sw_document_get_n_nodes (document); i++)
    {
      SwNode *other = sw_document_get_node (document, i);

      if (g_ptr_array_find (selection, other, NULL))
        continue;
      if (fabs (sw_node_get_x (other) - x) < SW_LAYOUT_CARD_WIDTH + SW_LAYOUT_GAP
          && fabs (sw_node_get_y (other) - y) < SW_LAYOUT_CARD_HEIGHT + SW_LAYOUT_GAP)
        return TRUE;
    }
  return FALSE;
}

static void
centroid (GPtrArray *nodes,
          double    *x,
          double    *y)
{
  *x = *y = 0;
  for (guint i = 0; i < nodes->len; i++)
    {
      *x += sw_node_get_x (g_ptr_array_index (nodes, i));
      *y += sw_node_get_y (g_ptr_array_index (nodes, i));
    }
  *x /= nodes->len;
  *y /= nodes->len;
}

static gboolean
block_covers_other (SwDocument *document,
                    GPtrArray  *selection,
                    double      dx,
                    double      dy)
{
  for (guint i = 0; i < selection->len; i++)
    {
      SwNode *node = g_ptr_array_index (selection, i);

      if (covers_other (document, selection, sw_node_get_x (node) + dx, sw_node_get_y (node) + dy))
        return TRUE;
    }
  return FALSE;
}

static void
test_clear_of_others (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ();
  g_autoptr(GPtrArray) selection = select_around_hole (document);
  double old_x, old_y, new_x, new_y, shift_x, shift_y, shift;
  int radius;

  centroid (selection, &old_x, &old_y);
  arrange_and_apply (document, mode, selection);
  centroid (selection, &new_x, &new_y);

  /* No arranged card on another, nor closer to it than the gap. */
  for (guint i = 0; i < selection->len; i++)
    {
      SwNode *node = g_ptr_array_index (selection, i);

      g_assert_cmpfloat (sw_node_get_x (node), ==, round (sw_node_get_x (node)));
      g_assert_cmpfloat (sw_node_get_y (node), ==, round (sw_node_get_y (node)));
      g_assert_false (covers_other (document, selection, sw_node_get_x (node), sw_node_get_y (node)));
    }

  /*
   * The block had to move off the card in the hole, and by the shortest
   * way: back towards where it was laid out, by any shorter shift (to the
   * pixel, give or take the rounding of the centroid), it covers a card.
   */
  shift_x = new_x - old_x;
  shift_y = new_y - old_y;
  shift = hypot (shift_x, shift_y);
  g_assert_cmpfloat (shift, >, 0);
  g_assert_false (block_covers_other (document, selection, 0, 0));
  radius = (int) shift - 2;
  for (int dx = -radius; dx <= radius; dx++)
    {
      for (int dy = -radius; dy <= radius; dy++)
        {
          if (hypot (dx, dy) > radius)
            continue;
          if (!block_covers_other (document, selection, -shift_x + dx, -shift_y + dy))
            g_error ("A shift of %g,%g from the centroid was free, shorter than %g,%g",
                     round (shift_x - dx), round (shift_y - dy), shift_x, shift_y);
        }
    }
}

/*
 * A pin in the selection holds the block where it is: the other arranged
 * cards make way around the cards that are not arranged instead.
 */
static void
test_pinned_among_others (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ();
  g_autoptr(GPtrArray) selection = select_around_hole (document);
  SwNode *pinned = g_ptr_array_index (selection, 0);
  double pin_x = sw_node_get_x (pinned);
  double pin_y = sw_node_get_y (pinned);

  sw_document_set_node_pinned (document, pinned, TRUE);
  arrange_and_apply (document, mode, selection);

  g_assert_cmpfloat (sw_node_get_x (pinned), ==, pin_x);
  g_assert_cmpfloat (sw_node_get_y (pinned), ==, pin_y);
  for (guint i = 1; i < selection->len; i++)
    {
      SwNode *node = g_ptr_array_index (selection, i);

      g_assert_false (covers_other (document, selection, sw_node_get_x (node), sw_node_get_y (node)));
    }
}

/* Nothing in the way: the arranged block's centroid is where the selection's was. */
static void
test_free_stays (gconstpointer data)
{
  SwLayoutMode mode = GPOINTER_TO_INT (data);
  g_autoptr(SwDocument) document = load_sample ();
  g_autoptr(GPtrArray) selection = select_around_hole (document);
  double old_x, old_y, new_x, new_y;

  sw_document_move_node (document, sw_document_lookup_node (document, IN_HOLE), -HOLE_X, -HOLE_Y);
  centroid (selection, &old_x, &old_y);
  arrange_and_apply (document, mode, selection);
  centroid (selection, &new_x, &new_y);

  g_assert_cmpfloat (fabs (new_x - old_x), <=, 1);
  g_assert_cmpfloat (fabs (new_y - old_y), <=, 1);
}

static void
add_mode_test (const char    *name,
               GTestDataFunc  func)
{
  g_autofree char *layered = g_strdup_printf ("/layout-room/%s/layered", name);
  g_autofree char *organic = g_strdup_printf ("/layout-room/%s/organic", name);

  g_test_add_data_func (layered, GINT_TO_POINTER (SW_LAYOUT_MODE_LAYERED), func);
  g_test_add_data_func (organic, GINT_TO_POINTER (SW_LAYOUT_MODE_ORGANIC), func);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_mode_test ("clear-of-others", test_clear_of_others);
  add_mode_test ("pinned-among-others", test_pinned_among_others);
  add_mode_test ("free-stays", test_free_stays);

  return g_test_run ();
}
