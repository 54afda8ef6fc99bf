/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph canvas in a real (virtual) display, driven through its API and
 * its actions as the window, the pointer and the keyboard drive it.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sw-canvas-private.h"
#include "sw-json-reader.h"

typedef struct
{
  GtkWidget   *window;
  SwCanvas    *canvas;
  SwDocument  *doc;
  SwSelection *selection;
  GPtrArray   *messages;
  guint        n_deleted;
  guint        last_deleted;
  guint        n_zoom_notifies;
} Fixture;

/* A strategy whose only link kind joins an "a" to a "b". */
static const char strict_document[] =
  "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"en\": \"Strict\"},"
  " \"sourceLanguage\": \"en\","
  " \"kinds\": {\"nodes\": ["
  "   {\"id\": \"a\", \"label\": {\"en\": \"Alpha\"}, \"color\": \"#1c71d8\"},"
  "   {\"id\": \"b\", \"label\": {\"en\": \"Beta\"}, \"color\": \"#26a269\"}],"
  "  \"links\": [{\"id\": \"to-b\", \"label\": {\"en\": \"leads to\"}, \"color\": \"#1c71d8\","
  "   \"style\": \"solid\", \"joins\": [{\"from\": \"a\", \"to\": \"b\"}]}]},"
  " \"nodes\": ["
  "   {\"id\": \"n1\", \"kind\": \"a\", \"title\": {\"en\": \"One\"}, \"x\": 0, \"y\": 0},"
  "   {\"id\": \"n2\", \"kind\": \"b\", \"title\": {\"en\": \"Two\"}, \"x\": 400, \"y\": 0}],"
  " \"links\": []}";

static void
wait_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_MILLISECOND;

      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
    }
}

static void
on_message (Fixture    *f,
            const char *message)
{
  g_ptr_array_add (f->messages, g_strdup (message));
}

static void
on_deleted (Fixture *f,
            guint    n_nodes)
{
  f->n_deleted++;
  f->last_deleted = n_nodes;
}

static void
on_zoom_notify (Fixture *f)
{
  f->n_zoom_notifies++;
}

static void
show_document (Fixture    *f,
               SwDocument *doc)
{
  f->doc = doc;
  f->selection = sw_selection_new (doc);
  f->messages = g_ptr_array_new_with_free_func (g_free);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->canvas = SW_CANVAS (sw_canvas_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->canvas));
  sw_canvas_set_selection (f->canvas, f->selection);
  sw_canvas_set_document (f->canvas, doc);
  g_signal_connect_swapped (f->canvas, "message", G_CALLBACK (on_message), f);
  g_signal_connect_swapped (f->canvas, "deleted", G_CALLBACK (on_deleted), f);
  g_signal_connect_swapped (f->canvas, "notify::zoom", G_CALLBACK (on_zoom_notify), f);
  gtk_window_present (GTK_WINDOW (f->window));
  while (gtk_widget_get_width (GTK_WIDGET (f->canvas)) == 0
         || !gtk_widget_get_mapped (GTK_WIDGET (f->canvas)))
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  wait_frames (2);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwDocument *doc = sw_json_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  show_document (f, doc);
}

static void
strict_set_up (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (strict_document, sizeof strict_document - 1);
  g_autoptr(GError) error = NULL;
  SwDocument *doc = sw_json_load_bytes (bytes, "strict.json", NULL, &error);

  g_assert_no_error (error);
  show_document (f, doc);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_frames (1);
  g_clear_object (&f->selection);
  g_clear_object (&f->doc);
  g_clear_pointer (&f->messages, g_ptr_array_unref);
}

static void
activate (Fixture    *f,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->canvas), action, parameter));
}

static guint
n_undo_steps (Fixture *f)
{
  return sw_history_get_n_undo_steps (sw_document_get_history (f->doc));
}

static SwNode *
node (Fixture    *f,
      const char *id)
{
  SwNode *found = sw_document_lookup_node (f->doc, id);

  g_assert_nonnull (found);
  return found;
}

/* Whether a link of @kind goes from @from to @to. */
static gboolean
linked (Fixture    *f,
        SwNode     *from,
        SwNode     *to,
        const char *kind)
{
  g_autoptr(GPtrArray) links = sw_document_get_node_links (f->doc, from);

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);

      if (sw_link_get_from (link) == from && sw_link_get_to (link) == to
          && (kind == NULL || g_str_equal (sw_link_get_kind (link), kind)))
        return TRUE;
    }
  return FALSE;
}

/* Setting a document fits the whole graph into the canvas. */
static void
test_document_fits (Fixture       *f,
                    gconstpointer  data)
{
  SwRect visible, card;

  g_assert_true (sw_canvas_get_document (f->canvas) == f->doc);
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), <, 1);
  sw_canvas_get_visible_rect (f->canvas, &visible);
  for (guint i = 0; i < sw_document_get_n_nodes (f->doc); i++)
    {
      sw_graph_painter_get_node_rect (sw_canvas_get_painter (f->canvas),
                                      sw_document_get_node (f->doc, i), &card);
      g_assert_true (card.x >= visible.x && card.y >= visible.y);
      g_assert_true (card.x + card.width <= visible.x + visible.width);
      g_assert_true (card.y + card.height <= visible.y + visible.height);
    }
}

/* A document set later, in a canvas already on screen, is fitted too. */
static void
test_document_swap (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SwDocument) other = sw_document_new ("en");
  SwNode *far = sw_document_add_node (other, "note", "Far", 50000, 30000, NULL);
  SwRect visible;

  sw_selection_select_only (f->selection, node (f, "aa1"));
  sw_canvas_set_document (f->canvas, other);
  g_assert_true (sw_selection_get_document (f->selection) == other);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
  wait_frames (2);
  sw_canvas_get_visible_rect (f->canvas, &visible);
  g_assert_true (sw_rect_contains_point (&visible, sw_node_get_x (far), sw_node_get_y (far)));
  sw_canvas_set_document (f->canvas, NULL);
  g_assert_null (sw_canvas_get_document (f->canvas));
}

static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  /* The selection is shared: changes made elsewhere show on the canvas. */
  sw_selection_select_only (f->selection, node (f, "aa1"));
  g_assert_true (f->canvas->selection == f->selection);

  activate (f, "canvas.select-all", NULL);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, sw_document_get_n_nodes (f->doc));

  activate (f, "canvas.cancel", NULL);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
}

/* Tab walks the nodes in document order; Alt+arrows follow links. */
static void
test_keyboard_focus (Fixture       *f,
                     gconstpointer  data)
{
  SwNode *first = sw_document_get_node (f->doc, 0);
  SwNode *focus;
  g_autoptr(GPtrArray) children = NULL;

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  g_assert_true (sw_selection_get_focus (f->selection) == first);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  g_assert_true (sw_selection_get_focus (f->selection) == sw_document_get_node (f->doc, 1));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_BACKWARD));
  g_assert_true (sw_selection_get_focus (f->selection) == first);
  /* Before the first node, focus leaves the canvas. */
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_BACKWARD));

  activate (f, "canvas.focus-related", g_variant_new_string ("child"));
  focus = sw_selection_get_focus (f->selection);
  children = sw_document_get_children (f->doc, first, NULL);
  g_assert_true (g_ptr_array_find (children, focus, NULL));
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 1);

  activate (f, "canvas.focus-related", g_variant_new_string ("next"));
  g_assert_true (sw_selection_get_focus (f->selection) != focus);
  g_assert_true (g_ptr_array_find (children, sw_selection_get_focus (f->selection), NULL));

  activate (f, "canvas.focus-related", g_variant_new_string ("parent"));
  g_assert_true (sw_selection_get_focus (f->selection) == first);
}

/* An arrow key moves the whole selection, as one undo step. */
static void
test_move_selection (Fixture       *f,
                     gconstpointer  data)
{
  SwNode *a = node (f, "aa1"), *b = node (f, "aa2");
  double ax = sw_node_get_x (a), ay = sw_node_get_y (a), bx = sw_node_get_x (b);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  guint steps = n_undo_steps (f);

  g_ptr_array_add (nodes, a);
  g_ptr_array_add (nodes, b);
  sw_selection_set (f->selection, nodes);
  activate (f, "canvas.move-selection", g_variant_new ("(dd)", SW_CANVAS_KEY_STEP, 0.0));
  g_assert_cmpfloat (sw_node_get_x (a), ==, ax + SW_CANVAS_KEY_STEP);
  g_assert_cmpfloat (sw_node_get_x (b), ==, bx + SW_CANVAS_KEY_STEP);
  g_assert_cmpfloat (sw_node_get_y (a), ==, ay);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 1);

  activate (f, "canvas.move-selection", g_variant_new ("(dd)", 0.0, SW_CANVAS_KEY_STEP_LARGE));
  g_assert_cmpfloat (sw_node_get_y (a), ==, ay + SW_CANVAS_KEY_STEP_LARGE);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 2);

  sw_document_undo (f->doc);
  sw_document_undo (f->doc);
  g_assert_cmpfloat (sw_node_get_x (a), ==, ax);
  g_assert_cmpfloat (sw_node_get_x (b), ==, bx);
  g_assert_cmpfloat (sw_node_get_y (a), ==, ay);
}

/* With nothing selected, the arrows scroll the view and edit nothing. */
static void
test_arrows_scroll (Fixture       *f,
                    gconstpointer  data)
{
  SwRect before, after;
  guint steps = n_undo_steps (f);

  sw_canvas_get_visible_rect (f->canvas, &before);
  activate (f, "canvas.move-selection", g_variant_new ("(dd)", SW_CANVAS_KEY_STEP, 0.0));
  sw_canvas_get_visible_rect (f->canvas, &after);
  g_assert_cmpfloat (after.x, >, before.x);
  g_assert_cmpuint (n_undo_steps (f), ==, steps);
}

/* Nodes the canvas did not move itself glide to their new places. */
static void
test_glide (Fixture       *f,
            gconstpointer  data)
{
  SwNode *a = node (f, "aa1");
  double x = sw_node_get_x (a), drawn_x, drawn_y;
  gboolean animations = TRUE;

  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &animations, NULL);
  if (!animations)
    {
      g_test_skip ("animations are turned off");
      return;
    }

  sw_document_move_node (f->doc, a, x + 600, sw_node_get_y (a));
  sw_graph_painter_get_drawn_position (sw_canvas_get_painter (f->canvas), a, &drawn_x, &drawn_y);
  g_assert_cmpfloat (drawn_x, ==, x);

  wait_frames (25);
  sw_graph_painter_get_drawn_position (sw_canvas_get_painter (f->canvas), a, &drawn_x, &drawn_y);
  g_assert_cmpfloat (drawn_x, ==, x + 600);

  /* Its own moves do not glide: the node is already drawn where it goes. */
  sw_selection_select_only (f->selection, a);
  activate (f, "canvas.move-selection", g_variant_new ("(dd)", SW_CANVAS_KEY_STEP, 0.0));
  sw_graph_painter_get_drawn_position (sw_canvas_get_painter (f->canvas), a, &drawn_x, &drawn_y);
  g_assert_cmpfloat (drawn_x, ==, x + 600 + SW_CANVAS_KEY_STEP);
}

/* Delete removes the selection and its links in one step; undo brings all back. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  SwNode *a = node (f, "aa1"), *b = node (f, "aa2");
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) a_links = sw_document_get_node_links (f->doc, a);
  g_autoptr(GPtrArray) b_links = sw_document_get_node_links (f->doc, b);
  guint n_nodes = sw_document_get_n_nodes (f->doc);
  guint n_links = sw_document_get_n_links (f->doc);
  guint steps = n_undo_steps (f);

  g_assert_cmpuint (a_links->len, >, 0);
  g_ptr_array_add (nodes, a);
  g_ptr_array_add (nodes, b);
  sw_selection_set (f->selection, nodes);
  activate (f, "canvas.delete", NULL);

  g_assert_cmpuint (sw_document_get_n_nodes (f->doc), ==, n_nodes - 2);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, n_links - a_links->len - b_links->len);
  g_assert_null (sw_document_lookup_node (f->doc, "aa1"));
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 1);
  g_assert_cmpuint (f->n_deleted, ==, 1);
  g_assert_cmpuint (f->last_deleted, ==, 2);

  sw_document_undo (f->doc);
  g_assert_cmpuint (sw_document_get_n_nodes (f->doc), ==, n_nodes);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, n_links);
  g_assert_nonnull (sw_document_lookup_node (f->doc, "aa1"));
}

/* A lone selected link is deleted on its own. */
static void
test_delete_link (Fixture       *f,
                  gconstpointer  data)
{
  SwLink *link = sw_document_get_link (f->doc, 0);
  guint n_links = sw_document_get_n_links (f->doc);

  _sw_canvas_select_link (f->canvas, link);
  activate (f, "canvas.delete", NULL);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, n_links - 1);
  g_assert_cmpuint (f->last_deleted, ==, 0);
  g_assert_cmpuint (f->canvas->selected_links->len, ==, 0);
}

/* A node added while another is selected lands near it, linked by the one
 * kind the rules allow between them, in one undo step. */
static void
test_add_near_selected (Fixture       *f,
                        gconstpointer  data)
{
  SwNode *principle = node (f, "principle-1");
  guint n_nodes = sw_document_get_n_nodes (f->doc);
  guint steps = n_undo_steps (f);
  SwNode *added;

  sw_selection_select_only (f->selection, principle);
  activate (f, "canvas.add-node", g_variant_new_string ("action-area"));

  g_assert_cmpuint (sw_document_get_n_nodes (f->doc), ==, n_nodes + 1);
  added = sw_selection_get_focus (f->selection);
  g_assert_true (added != principle);
  g_assert_cmpstr (sw_node_get_kind (added), ==, "action-area");
  g_assert_true (linked (f, principle, added, "guides"));
  /* Below its parent, clear of other cards. */
  g_assert_cmpfloat (sw_node_get_y (added), >, sw_node_get_y (principle));
  g_assert_true (sw_graph_painter_node_at (sw_canvas_get_painter (f->canvas),
                                           sw_node_get_x (added), sw_node_get_y (added)) == added);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 1);
  /* Renaming starts at once. */
  g_assert_true (f->canvas->rename_node == added);
  gtk_popover_popdown (GTK_POPOVER (f->canvas->rename_popover));

  sw_document_undo (f->doc);
  g_assert_cmpuint (sw_document_get_n_nodes (f->doc), ==, n_nodes);
  g_assert_false (linked (f, principle, added, NULL));
}

/* A child kind goes below, a parent kind above: an action area is the
 * parent of an objective ("advances" points to it). */
static void
test_add_parent_above (Fixture       *f,
                       gconstpointer  data)
{
  SwNode *objective = node (f, "aa1-1");
  SwNode *added;

  sw_selection_select_only (f->selection, objective);
  added = sw_canvas_add_node (f->canvas, "action-area", TRUE, 0, 0);
  g_assert_nonnull (added);
  g_assert_true (linked (f, objective, added, "advances"));
  g_assert_cmpfloat (sw_node_get_y (added), <, sw_node_get_y (objective));
}

/* With nothing selected, a new node goes where asked and links to nothing. */
static void
test_add_alone (Fixture       *f,
                gconstpointer  data)
{
  SwNode *added = sw_canvas_add_node (f->canvas, "note", FALSE, 123, -456);
  g_autoptr(GPtrArray) links = sw_document_get_node_links (f->doc, added);

  g_assert_cmpfloat (sw_node_get_x (added), ==, 123);
  g_assert_cmpfloat (sw_node_get_y (added), ==, -456);
  g_assert_cmpuint (links->len, ==, 0);
}

/* Widget coordinates of a document point. */
static void
to_widget (Fixture *f,
           double   x,
           double   y,
           double  *wx,
           double  *wy)
{
  *wx = (x - f->canvas->origin_x) * f->canvas->zoom;
  *wy = (y - f->canvas->origin_y) * f->canvas->zoom;
}

static void
show_node_at_100 (Fixture *f,
                  SwNode  *target)
{
  sw_canvas_set_zoom (f->canvas, 1);
  sw_canvas_center_on_node (f->canvas, target);
}

/* Where to click @link: the middle of its curve, if no card is there. */
static gboolean
link_point (Fixture *f,
            SwLink  *link,
            double  *wx,
            double  *wy)
{
  SwGraphPainter *painter = sw_canvas_get_painter (f->canvas);
  double fx, fy, tx, ty;
  SwCurve curve;
  SwPoint middle;

  sw_graph_painter_get_drawn_position (painter, sw_link_get_from (link), &fx, &fy);
  sw_graph_painter_get_drawn_position (painter, sw_link_get_to (link), &tx, &ty);
  sw_curve_between_cards (&curve, fx, fy, tx, ty);
  sw_curve_point_at (&curve, 0.5, &middle);
  if (sw_graph_painter_node_at (painter, middle.x, middle.y) != NULL
      || sw_graph_painter_link_at (painter, middle.x, middle.y, 2) != link)
    return FALSE;
  to_widget (f, middle.x, middle.y, wx, wy);
  return TRUE;
}

static void
click (Fixture  *f,
       double    wx,
       double    wy,
       gboolean  extend)
{
  _sw_canvas_press (f->canvas, wx, wy, extend);
  _sw_canvas_release (f->canvas, extend);
}

/* A click selects one link; Shift adds links or takes them out; Delete
 * removes all of them in one undo step; selecting a card drops them. */
static void
test_select_links (Fixture       *f,
                   gconstpointer  data)
{
  GPtrArray *selected = f->canvas->selected_links;
  SwLink *links[2] = { NULL, NULL };
  double x[2], y[2];
  guint n_found = 0, n_links = sw_document_get_n_links (f->doc);
  guint steps = n_undo_steps (f);

  for (guint i = 0; i < n_links && n_found < 2; i++)
    {
      SwLink *link = sw_document_get_link (f->doc, i);

      if (link_point (f, link, &x[n_found], &y[n_found]))
        links[n_found++] = link;
    }
  g_assert_cmpuint (n_found, ==, 2);

  sw_selection_select_only (f->selection, node (f, "aa1"));
  click (f, x[0], y[0], FALSE);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == links[0]);

  click (f, x[1], y[1], TRUE);
  g_assert_cmpuint (selected->len, ==, 2);
  click (f, x[0], y[0], TRUE);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == links[1]);
  click (f, x[0], y[0], TRUE);
  g_assert_cmpuint (selected->len, ==, 2);

  activate (f, "canvas.delete", NULL);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, n_links - 2);
  g_assert_cmpuint (selected->len, ==, 0);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 1);
  sw_document_undo (f->doc);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, n_links);

  /* A plain click on one link selects it alone; a card drops the links. */
  click (f, x[0], y[0], FALSE);
  click (f, x[1], y[1], TRUE);
  click (f, x[1], y[1], FALSE);
  g_assert_cmpuint (selected->len, ==, 1);
  sw_selection_select_only (f->selection, node (f, "aa1"));
  g_assert_cmpuint (selected->len, ==, 0);
}

/* Dragging a card moves the selection with it, told to the document once. */
static void
test_drag_move (Fixture       *f,
                gconstpointer  data)
{
  SwNode *a = node (f, "aa2"), *b = node (f, "aa2-1");
  double ax = sw_node_get_x (a), ay = sw_node_get_y (a), bx = sw_node_get_x (b), wx, wy, dx, dy;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  guint steps = n_undo_steps (f);

  show_node_at_100 (f, a);
  g_ptr_array_add (nodes, b);
  g_ptr_array_add (nodes, a);
  sw_selection_set (f->selection, nodes);

  to_widget (f, ax, ay, &wx, &wy);
  _sw_canvas_press (f->canvas, wx, wy, FALSE);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 2);
  _sw_canvas_drag_to (f->canvas, 40, 10);
  _sw_canvas_drag_to (f->canvas, 100, 50);
  /* While dragging, only the drawing moves. */
  g_assert_cmpfloat (sw_node_get_x (a), ==, ax);
  sw_graph_painter_get_drawn_position (sw_canvas_get_painter (f->canvas), b, &dx, &dy);
  g_assert_cmpfloat (dx, ==, bx + 100);
  _sw_canvas_release (f->canvas, FALSE);

  g_assert_cmpfloat (sw_node_get_x (a), ==, ax + 100);
  g_assert_cmpfloat (sw_node_get_y (a), ==, ay + 50);
  g_assert_cmpfloat (sw_node_get_x (b), ==, bx + 100);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 1);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 2);

  /* A click without moving picks that node alone. */
  to_widget (f, ax + 100, ay + 50, &wx, &wy);
  _sw_canvas_press (f->canvas, wx, wy, FALSE);
  _sw_canvas_release (f->canvas, FALSE);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 1);
  g_assert_true (sw_selection_get_focus (f->selection) == a);
  g_assert_cmpuint (n_undo_steps (f), ==, steps + 1);

  /* Shift-click adds, and removes again. */
  to_widget (f, bx + 100, sw_node_get_y (b), &wx, &wy);
  _sw_canvas_press (f->canvas, wx, wy, TRUE);
  _sw_canvas_release (f->canvas, TRUE);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 2);
  _sw_canvas_press (f->canvas, wx, wy, TRUE);
  _sw_canvas_release (f->canvas, TRUE);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 1);
}

/* Dragging empty space scrolls; clicking it selects nothing. */
static void
test_drag_pan (Fixture       *f,
               gconstpointer  data)
{
  SwRect before, after;
  double wx, wy;
  SwRect bounds;

  sw_graph_painter_get_bounds (sw_canvas_get_painter (f->canvas), NULL, &bounds);
  sw_selection_select_only (f->selection, node (f, "aa1"));
  /* Above the graph there is only empty space. */
  to_widget (f, bounds.x + bounds.width / 2, bounds.y - 20, &wx, &wy);
  sw_canvas_get_visible_rect (f->canvas, &before);
  _sw_canvas_press (f->canvas, wx, wy, FALSE);
  _sw_canvas_drag_to (f->canvas, -50, -30);
  _sw_canvas_release (f->canvas, FALSE);
  sw_canvas_get_visible_rect (f->canvas, &after);
  g_assert_cmpfloat (fabs (after.x - before.x - 50 / f->canvas->zoom), <, 1e-6);
  g_assert_cmpfloat (fabs (after.y - before.y - 30 / f->canvas->zoom), <, 1e-6);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 1);

  to_widget (f, bounds.x + bounds.width / 2, bounds.y - 20, &wx, &wy);
  _sw_canvas_press (f->canvas, wx, wy, FALSE);
  _sw_canvas_release (f->canvas, FALSE);
  g_assert_cmpuint (sw_selection_get_n_nodes (f->selection), ==, 0);
}

/* A rubber band adds the cards it touches to the selection. */
static void
test_rubber_band (Fixture       *f,
                  gconstpointer  data)
{
  SwNode *first = node (f, "aa1");
  double wx, wy, x2, y2;
  SwRect bounds;
  g_autoptr(GPtrArray) children = sw_document_get_children (f->doc, node (f, "aa1"), NULL);

  guint refs = G_OBJECT (first)->ref_count;

  sw_graph_painter_get_bounds (sw_canvas_get_painter (f->canvas), NULL, &bounds);
  sw_selection_select_only (f->selection, node (f, "digital-solidarity"));

  /* Around aa1 and the row of its objectives, from empty space above-left. */
  to_widget (f, sw_node_get_x (first) - 600, sw_node_get_y (first) - 60, &wx, &wy);
  to_widget (f, sw_node_get_x (first) + 600, sw_node_get_y (first) + 200, &x2, &y2);
  _sw_canvas_press (f->canvas, wx, wy, TRUE);
  for (guint i = 1; i <= 10; i++)
    _sw_canvas_drag_to (f->canvas, (x2 - wx) * i / 10, (y2 - wy) * i / 10);
  g_assert_cmpint (f->canvas->drag_mode, ==, SW_DRAG_RUBBER_BAND);
  _sw_canvas_release (f->canvas, TRUE);

  g_assert_true (sw_selection_contains (f->selection, node (f, "digital-solidarity")));
  g_assert_true (sw_selection_contains (f->selection, first));
  for (guint i = 0; i < children->len; i++)
    g_assert_true (sw_selection_contains (f->selection, g_ptr_array_index (children, i)));
  g_assert_false (sw_selection_contains (f->selection, node (f, "aa4")));

  /* Nodes are owned as before: the band dropped no reference it did not take. */
  sw_selection_clear (f->selection);
  g_assert_cmpuint (G_OBJECT (first)->ref_count, ==, refs);
}

/* Dragging from a card's handle to another card links them. */
static void
test_drag_link (Fixture       *f,
                gconstpointer  data)
{
  SwNode *one = node (f, "n1"), *two = node (f, "n2");
  double hx, hy, wx, wy, tx, ty;

  sw_selection_select_only (f->selection, two);
  sw_graph_painter_get_handle_position (sw_canvas_get_painter (f->canvas), two, &hx, &hy);
  to_widget (f, hx, hy, &wx, &wy);
  to_widget (f, sw_node_get_x (one), sw_node_get_y (one), &tx, &ty);
  _sw_canvas_press (f->canvas, wx, wy, FALSE);
  g_assert_cmpint (f->canvas->drag_mode, ==, SW_DRAG_LINK);
  _sw_canvas_drag_to (f->canvas, (tx - wx) / 2, (ty - wy) / 2);
  _sw_canvas_drag_to (f->canvas, tx - wx, ty - wy);
  g_assert_true (f->canvas->link_target == one);
  g_assert_false (f->canvas->link_accepted);
  _sw_canvas_release (f->canvas, FALSE);
  /* Refused, with the reason; nothing moved. */
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, 0);
  g_assert_cmpuint (f->messages->len, ==, 1);
  g_assert_cmpfloat (sw_node_get_x (two), ==, 400);

  sw_selection_select_only (f->selection, one);
  sw_graph_painter_get_handle_position (sw_canvas_get_painter (f->canvas), one, &hx, &hy);
  to_widget (f, hx, hy, &wx, &wy);
  to_widget (f, sw_node_get_x (two), sw_node_get_y (two), &tx, &ty);
  _sw_canvas_press (f->canvas, wx, wy, FALSE);
  _sw_canvas_drag_to (f->canvas, tx - wx, ty - wy);
  g_assert_true (f->canvas->link_accepted);
  _sw_canvas_release (f->canvas, FALSE);
  g_assert_true (linked (f, one, two, "to-b"));
  g_assert_null (f->canvas->link_from);
}

/* Where the rules allow one kind, a link is made at once; none, and the
 * canvas says why; a second time, that they are already linked. */
static void
test_link_rules (Fixture       *f,
                 gconstpointer  data)
{
  SwNode *one = node (f, "n1"), *two = node (f, "n2");

  g_assert_false (sw_canvas_link_nodes (f->canvas, two, one));
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, 0);
  g_assert_cmpuint (f->messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (f->messages, 0), "Beta"));
  g_assert_nonnull (strstr (g_ptr_array_index (f->messages, 0), "Alpha"));

  g_assert_true (sw_canvas_link_nodes (f->canvas, one, two));
  g_assert_true (linked (f, one, two, "to-b"));
  g_assert_null (f->canvas->link_menu);

  g_assert_false (sw_canvas_link_nodes (f->canvas, one, two));
  g_assert_cmpuint (f->messages->len, ==, 2);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, 1);

  g_assert_false (sw_canvas_link_nodes (f->canvas, one, one));
  g_assert_cmpuint (f->messages->len, ==, 3);
}

/* Linking from the keyboard: Ctrl+L, a node to the right, Enter. */
static void
test_keyboard_link (Fixture       *f,
                    gconstpointer  data)
{
  SwNode *one = node (f, "n1"), *two = node (f, "n2");

  sw_selection_select_only (f->selection, one);
  activate (f, "canvas.link", NULL);
  g_assert_true (f->canvas->keyboard_linking);
  activate (f, "canvas.focus-related", g_variant_new_string ("next"));
  g_assert_true (f->canvas->link_target == two);
  /* The selection stays on the link's start meanwhile. */
  g_assert_true (sw_selection_get_focus (f->selection) == one);
  activate (f, "canvas.activate", NULL);
  g_assert_false (f->canvas->keyboard_linking);
  g_assert_true (linked (f, one, two, "to-b"));
}

/* Where several kinds are allowed, the canvas asks which, then links. */
static void
test_link_choice (Fixture       *f,
                  gconstpointer  data)
{
  SwNode *objective = node (f, "aa1-1"), *area = node (f, "aa2");
  guint n_links = sw_document_get_n_links (f->doc);
  SwLinkOption *option = NULL;

  g_assert_false (linked (f, objective, area, NULL));
  g_assert_true (sw_canvas_link_nodes (f->canvas, objective, area));
  g_assert_nonnull (f->canvas->link_menu);
  g_assert_cmpuint (f->canvas->link_options->len, >, 1);
  g_assert_cmpuint (sw_document_get_n_links (f->doc), ==, n_links);

  for (guint i = 0; i < f->canvas->link_options->len; i++)
    if (g_str_equal (g_array_index (f->canvas->link_options, SwLinkOption, i).kind, "advances"))
      {
        option = &g_array_index (f->canvas->link_options, SwLinkOption, i);
        activate (f, "canvas.choose-link", g_variant_new_uint32 (i));
        break;
      }
  g_assert_nonnull (option);
  g_assert_true (linked (f, objective, area, "advances"));
}

/* Rename commits the title through the document; Escape leaves it. */
static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  SwNode *area = node (f, "aa1");
  const char *before = sw_document_get_node_title (f->doc, area, NULL);
  g_autofree char *original = g_strdup (before);

  sw_selection_select_only (f->selection, area);
  activate (f, "canvas.rename", NULL);
  g_assert_true (f->canvas->rename_node == area);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->canvas->rename_entry)), ==, original);

  gtk_editable_set_text (GTK_EDITABLE (f->canvas->rename_entry), "Cancelled title");
  gtk_popover_popdown (GTK_POPOVER (f->canvas->rename_popover));
  wait_frames (1);
  g_assert_cmpstr (sw_document_get_node_title (f->doc, area, NULL), ==, original);

  activate (f, "canvas.rename", NULL);
  gtk_editable_set_text (GTK_EDITABLE (f->canvas->rename_entry), "  A renamed action area ");
  g_signal_emit_by_name (f->canvas->rename_entry, "activate");
  g_assert_cmpstr (sw_document_get_node_title (f->doc, area, NULL), ==, "A renamed action area");

  sw_document_undo (f->doc);
  g_assert_cmpstr (sw_document_get_node_title (f->doc, area, NULL), ==, original);
}

/* Rename writes the canvas's language, leaving the source text alone. */
static void
test_rename_translation (Fixture       *f,
                         gconstpointer  data)
{
  SwNode *area = node (f, "aa1");
  g_autofree char *english = g_strdup (sw_document_get_node_title (f->doc, area, "en"));

  sw_canvas_set_language (f->canvas, "fr");
  sw_selection_select_only (f->selection, area);
  sw_canvas_start_rename (f->canvas);
  gtk_editable_set_text (GTK_EDITABLE (f->canvas->rename_entry), "Un titre");
  g_signal_emit_by_name (f->canvas->rename_entry, "activate");
  g_assert_cmpstr (sw_document_get_node_title (f->doc, area, "fr"), ==, "Un titre");
  g_assert_cmpstr (sw_document_get_node_title (f->doc, area, "en"), ==, english);
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  double fit = sw_canvas_get_zoom (f->canvas);

  f->n_zoom_notifies = 0;
  activate (f, "canvas.zoom-in", NULL);
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), >, fit);
  activate (f, "canvas.zoom-out", NULL);
  activate (f, "canvas.zoom-out", NULL);
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), <, fit);
  activate (f, "canvas.zoom-reset", NULL);
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), ==, 1);
  activate (f, "canvas.zoom-fit", NULL);
  g_assert_cmpfloat (fabs (sw_canvas_get_zoom (f->canvas) - fit), <, 1e-9);
  g_assert_cmpuint (f->n_zoom_notifies, ==, 5);

  /* Zooming stops at its limits. */
  for (guint i = 0; i < 100; i++)
    sw_canvas_zoom_in (f->canvas);
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), ==, SW_CANVAS_MAX_ZOOM);
  sw_canvas_set_zoom (f->canvas, 0.0001);
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), ==, SW_CANVAS_MIN_ZOOM);
}

static void
test_center_on_node (Fixture       *f,
                     gconstpointer  data)
{
  SwNode *partner = node (f, "p-igf");
  SwRect visible;

  sw_canvas_center_on_node (f->canvas, partner);
  sw_canvas_get_visible_rect (f->canvas, &visible);
  g_assert_cmpfloat (fabs (visible.x + visible.width / 2 - sw_node_get_x (partner)), <, 1);
  g_assert_cmpfloat (fabs (visible.y + visible.height / 2 - sw_node_get_y (partner)), <, 1);
  /* Close enough to read the card. */
  g_assert_cmpfloat (sw_canvas_get_zoom (f->canvas), >=, SW_ZOOM_SIMPLE);
}

/* Screen readers hear the focused node. */
static void
test_accessible_label (Fixture       *f,
                       gconstpointer  data)
{
  SwNode *concept = node (f, "digital-solidarity");
  g_autofree char *expected = NULL;
  char *failure;

  sw_selection_select_only (f->selection, concept);
  expected = g_strdup_printf ("%s: %s, %s",
                              sw_document_get_kind_label (f->doc, "concept", NULL),
                              sw_document_get_node_title (f->doc, concept, NULL),
                              sw_node_status_get_label (sw_node_get_status (concept)));
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->canvas),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (failure);
}

/* The context menu opens on the focused node and offers every node kind. */
static void
test_context_menu (Fixture       *f,
                   gconstpointer  data)
{
  GMenuModel *model, *add;

  sw_selection_select_only (f->selection, node (f, "aa1"));
  activate (f, "canvas.context-menu", NULL);
  g_assert_nonnull (f->canvas->context_menu);
  g_assert_true (gtk_widget_get_visible (f->canvas->context_menu));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->canvas->context_menu));
  add = g_menu_model_get_item_link (model, 0, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (add);
  g_assert_cmpint (g_menu_model_get_n_items (add), ==,
                   sw_document_get_node_kinds (f->doc)->len);
  g_object_unref (add);
  gtk_popover_popdown (GTK_POPOVER (f->canvas->context_menu));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_skip_printf ("no display");
      return g_test_run ();
    }
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/canvas/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_STRICT(name, func) \
  g_test_add ("/canvas/" name, Fixture, NULL, strict_set_up, func, fixture_tear_down)

  ADD ("document-fits", test_document_fits);
  ADD ("document-swap", test_document_swap);
  ADD ("select", test_select);
  ADD ("keyboard-focus", test_keyboard_focus);
  ADD ("move-selection", test_move_selection);
  ADD ("arrows-scroll", test_arrows_scroll);
  ADD ("glide", test_glide);
  ADD ("delete", test_delete);
  ADD ("delete-link", test_delete_link);
  ADD ("select-links", test_select_links);
  ADD ("add-near-selected", test_add_near_selected);
  ADD ("add-parent-above", test_add_parent_above);
  ADD ("add-alone", test_add_alone);
  ADD ("drag-move", test_drag_move);
  ADD ("drag-pan", test_drag_pan);
  ADD ("rubber-band", test_rubber_band);
  ADD_STRICT ("drag-link", test_drag_link);
  ADD_STRICT ("link-rules", test_link_rules);
  ADD_STRICT ("keyboard-link", test_keyboard_link);
  ADD ("link-choice", test_link_choice);
  ADD ("rename", test_rename);
  ADD ("rename-translation", test_rename_translation);
  ADD ("zoom", test_zoom);
  ADD ("center-on-node", test_center_on_node);
  ADD ("accessible-label", test_accessible_label);
  ADD ("context-menu", test_context_menu);
#undef ADD
#undef ADD_STRICT

  return g_test_run ();
}
