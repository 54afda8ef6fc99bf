/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The graph painter, without a display: geometry, hit testing, culling and
 * what the pixels show for selection, filters and right-to-left titles.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-graph-painter-private.h"
#include "sw-json-reader.h"

#define IMAGE_WIDTH  800
#define IMAGE_HEIGHT 500

typedef struct
{
  SwDocument     *doc;
  SwGraphPainter *painter;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->doc = sw_json_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->painter = sw_graph_painter_new (f->doc);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->painter);
  g_clear_object (&f->doc);
}

/* Draws the document around (@x, @y) at @zoom, that point in the middle. */
static cairo_surface_t *
render_at (SwGraphPainter *painter,
           double          x,
           double          y,
           double          zoom)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, IMAGE_WIDTH,
                                                         IMAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  SwRect visible = { x - IMAGE_WIDTH / zoom / 2, y - IMAGE_HEIGHT / zoom / 2,
                     IMAGE_WIDTH / zoom, IMAGE_HEIGHT / zoom };

  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -visible.x, -visible.y);
  sw_graph_painter_paint_background (painter, cr, &visible);
  sw_graph_painter_paint (painter, cr, &visible, zoom);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

/* A point of the card's plain fill, clear of text, badge and pin: the
 * lower middle, below three lines of title only the longest titles reach. */
static void
plain_fill_point (SwNode *node,
                  int    *x,
                  int    *y)
{
  *x = IMAGE_WIDTH / 2 + SW_CARD_WIDTH / 2 - 40;
  *y = IMAGE_HEIGHT / 2 + SW_CARD_HEIGHT / 2 - 3;
}

static void
test_bounds (Fixture       *f,
             gconstpointer  data)
{
  SwRect bounds, card;
  guint n = sw_document_get_n_nodes (f->doc);

  g_assert_cmpuint (n, >, 10);
  g_assert_true (sw_graph_painter_get_bounds (f->painter, NULL, &bounds));
  for (guint i = 0; i < n; i++)
    {
      SwNode *node = sw_document_get_node (f->doc, i);

      sw_graph_painter_get_node_rect (f->painter, node, &card);
      g_assert_cmpfloat (card.width, ==, SW_CARD_WIDTH);
      g_assert_cmpfloat (card.x + card.width / 2, ==, sw_node_get_x (node));
      g_assert_cmpfloat (card.y + card.height / 2, ==, sw_node_get_y (node));
      g_assert_cmpfloat (card.x, >=, bounds.x);
      g_assert_cmpfloat (card.y, >=, bounds.y);
      g_assert_cmpfloat (card.x + card.width, <=, bounds.x + bounds.width);
      g_assert_cmpfloat (card.y + card.height, <=, bounds.y + bounds.height);
    }
}

static void
test_bounds_of_nodes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  SwNode *a = sw_document_get_node (f->doc, 0);
  SwNode *b = sw_document_get_node (f->doc, 1);
  SwRect bounds;

  g_ptr_array_add (nodes, a);
  g_ptr_array_add (nodes, b);
  g_assert_true (sw_graph_painter_get_bounds (f->painter, nodes, &bounds));
  g_assert_cmpfloat (bounds.x, ==, MIN (sw_node_get_x (a), sw_node_get_x (b)) - SW_CARD_WIDTH / 2);
  g_assert_cmpfloat (bounds.width, ==,
                     fabs (sw_node_get_x (a) - sw_node_get_x (b)) + SW_CARD_WIDTH);

  g_ptr_array_set_size (nodes, 0);
  g_assert_false (sw_graph_painter_get_bounds (f->painter, nodes, &bounds));
}

static void
test_hit_nodes (Fixture       *f,
                gconstpointer  data)
{
  SwRect bounds;

  for (guint i = 0; i < sw_document_get_n_nodes (f->doc); i++)
    {
      SwNode *node = sw_document_get_node (f->doc, i);

      g_assert_true (sw_graph_painter_node_at (f->painter, sw_node_get_x (node),
                                               sw_node_get_y (node)) == node);
    }

  sw_graph_painter_get_bounds (f->painter, NULL, &bounds);
  g_assert_null (sw_graph_painter_node_at (f->painter, bounds.x - 10, bounds.y - 10));
  g_assert_null (sw_graph_painter_node_at (f->painter, bounds.x + bounds.width + 500, 0));
  g_assert_null (sw_graph_painter_link_at (f->painter, bounds.x - 500, bounds.y - 500, 5));
}

static void
test_hit_links (Fixture       *f,
                gconstpointer  data)
{
  for (guint i = 0; i < sw_document_get_n_links (f->doc); i++)
    {
      SwLink *link = sw_document_get_link (f->doc, i);
      SwCurve curve;
      SwPoint middle;
      SwLink *found;

      sw_curve_between_cards (&curve, sw_node_get_x (sw_link_get_from (link)),
                              sw_node_get_y (sw_link_get_from (link)),
                              sw_node_get_x (sw_link_get_to (link)),
                              sw_node_get_y (sw_link_get_to (link)));
      sw_curve_point_at (&curve, 0.5, &middle);
      found = sw_graph_painter_link_at (f->painter, middle.x, middle.y, 1);
      /* Links may cross; what is found there must at least pass there. */
      g_assert_nonnull (found);
      if (found != link)
        {
          SwCurve other;

          _sw_graph_painter_get_link_curve (f->painter, found, &other);
          g_assert_cmpfloat (sw_curve_distance (&other, middle.x, middle.y), <=, 1);
        }
    }
}

static void
test_culling (Fixture       *f,
              gconstpointer  data)
{
  SwNode *node = sw_document_get_node (f->doc, 0);
  cairo_surface_t *surface;
  guint n_nodes = sw_document_get_n_nodes (f->doc);
  guint n_links = sw_document_get_n_links (f->doc);
  guint small_nodes, small_links;
  SwRect bounds;

  surface = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);
  cairo_surface_destroy (surface);
  small_nodes = sw_graph_painter_get_n_drawn_nodes (f->painter);
  small_links = sw_graph_painter_get_n_drawn_links (f->painter);
  g_assert_cmpuint (small_nodes, >=, 1);
  g_assert_cmpuint (small_nodes, <, n_nodes / 2);
  g_assert_cmpuint (small_links, <, n_links);

  sw_graph_painter_get_bounds (f->painter, NULL, &bounds);
  surface = render_at (f->painter, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2,
                       MIN (IMAGE_WIDTH / bounds.width, IMAGE_HEIGHT / bounds.height));
  cairo_surface_destroy (surface);
  g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), ==, n_nodes);
  g_assert_cmpuint (sw_graph_painter_get_n_drawn_links (f->painter), ==, n_links);

  /* Far from everything, nothing is drawn. */
  surface = render_at (f->painter, bounds.x - 5000, bounds.y - 5000, 1);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), ==, 0);
  g_assert_cmpuint (sw_graph_painter_get_n_drawn_links (f->painter), ==, 0);
}

/* The grid follows nodes that move, appear and disappear. */
static void
test_culling_follows_edits (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_get_node (f->doc, 0);
  SwNode *added;

  sw_document_move_node (f->doc, node, -20000, -20000);
  g_assert_true (sw_graph_painter_node_at (f->painter, -20000, -20000) == node);
  added = sw_document_add_node (f->doc, "note", "Far away", 30000, 30000, &error);
  g_assert_no_error (error);
  g_assert_true (sw_graph_painter_node_at (f->painter, 30000, 30000) == added);
  sw_document_undo (f->doc);
  g_assert_null (sw_graph_painter_node_at (f->painter, 30000, 30000));
}

static void
test_drawn_positions (Fixture       *f,
                      gconstpointer  data)
{
  SwNode *node = sw_document_get_node (f->doc, 0);
  double x = sw_node_get_x (node), y = sw_node_get_y (node);
  double dx, dy;

  sw_graph_painter_set_drawn_position (f->painter, node, x + 5000, y);
  g_assert_true (sw_graph_painter_node_at (f->painter, x + 5000, y) == node);
  g_assert_true (sw_graph_painter_node_at (f->painter, x, y) != node);
  sw_graph_painter_get_drawn_position (f->painter, node, &dx, &dy);
  g_assert_cmpfloat (dx, ==, x + 5000);
  /* The document did not move. */
  g_assert_cmpfloat (sw_node_get_x (node), ==, x);

  sw_graph_painter_clear_drawn_positions (f->painter);
  g_assert_true (sw_graph_painter_node_at (f->painter, x, y) == node);
}

static void
test_selection_pixels (Fixture       *f,
                       gconstpointer  data)
{
  SwNode *node = sw_document_get_node (f->doc, 0);
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  cairo_surface_t *plain, *with_selection;
  int x, y;

  plain_fill_point (node, &x, &y);
  plain = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);
  g_ptr_array_add (selected, node);
  sw_graph_painter_set_selection (f->painter, selected, node);
  with_selection = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);

  g_assert_cmphex (pixel_at (plain, x, y), !=, pixel_at (with_selection, x, y));
  /* The ring sits on the card's edge. */
  g_assert_cmphex (pixel_at (plain, IMAGE_WIDTH / 2, IMAGE_HEIGHT / 2 - SW_CARD_HEIGHT / 2),
                   !=,
                   pixel_at (with_selection, IMAGE_WIDTH / 2, IMAGE_HEIGHT / 2 - SW_CARD_HEIGHT / 2));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (with_selection);
}

static void
test_dimmed_pixels (Fixture       *f,
                    gconstpointer  data)
{
  SwNode *node = sw_document_get_node (f->doc, 0);
  g_autoptr(GHashTable) dimmed = g_hash_table_new (NULL, NULL);
  cairo_surface_t *plain, *faded;
  guint32 background, before, after;
  int x, y;

  /* The stripe: the kind's full colour, fading towards the background. */
  x = IMAGE_WIDTH / 2 - SW_CARD_WIDTH / 2 + 2;
  y = IMAGE_HEIGHT / 2;
  plain = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);
  g_hash_table_add (dimmed, node);
  sw_graph_painter_set_dimmed (f->painter, dimmed);
  faded = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);

  background = pixel_at (plain, 2, 2);
  before = pixel_at (plain, x, y);
  after = pixel_at (faded, x, y);
  g_assert_cmphex (before, !=, after);
  /* Dimmed, the stripe's green channel is nearer the background's. */
  g_assert_cmpint (abs ((int) ((after >> 8) & 0xff) - (int) ((background >> 8) & 0xff)), <,
                   abs ((int) ((before >> 8) & 0xff) - (int) ((background >> 8) & 0xff)));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (faded);
}

static void
test_dark_pixels (Fixture       *f,
                  gconstpointer  data)
{
  SwNode *node = sw_document_get_node (f->doc, 0);
  cairo_surface_t *light, *dark;
  int x, y;

  plain_fill_point (node, &x, &y);
  light = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);
  sw_graph_painter_set_dark (f->painter, TRUE);
  dark = render_at (f->painter, sw_node_get_x (node), sw_node_get_y (node), 1);

  /* Both the card and the background are darker. */
  g_assert_cmpuint (pixel_at (dark, x, y) & 0xff, <, pixel_at (light, x, y) & 0xff);
  g_assert_cmpuint (pixel_at (dark, 2, 2) & 0xff, <, pixel_at (light, 2, 2) & 0xff);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

/* Every level of detail draws the visible nodes; text is laid out only
 * from SW_ZOOM_SIMPLE up. */
static void
test_levels_of_detail (Fixture       *f,
                       gconstpointer  data)
{
  const double zooms[] = { 0.03, 0.1, 0.3, 0.5, 1, 2 };
  SwNode *node = sw_document_get_node (f->doc, 0);
  SwNodeInfo *info = _sw_graph_painter_get_info (f->painter, node);

  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      cairo_surface_t *surface = render_at (f->painter, sw_node_get_x (node),
                                            sw_node_get_y (node), zooms[i]);

      g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), >=, 1);
      if (zooms[i] < SW_ZOOM_SIMPLE)
        g_assert_null (info->title);
      else
        g_assert_nonnull (info->title);
      cairo_surface_destroy (surface);
    }
}

static void
test_title_cache (Fixture       *f,
                  gconstpointer  data)
{
  SwNode *node = sw_document_get_node (f->doc, 0);
  SwNodeInfo *info = _sw_graph_painter_get_info (f->painter, node);
  PangoLayout *layout;
  g_autoptr(GError) error = NULL;

  layout = _sw_graph_painter_get_title (f->painter, info);
  g_assert_cmpstr (pango_layout_get_text (layout), ==,
                   sw_document_get_node_title (f->doc, node, NULL));
  g_assert_true (_sw_graph_painter_get_title (f->painter, info) == layout);

  sw_document_set_text (f->doc, node, SW_FIELD_TITLE, NULL, "Renamed", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pango_layout_get_text (_sw_graph_painter_get_title (f->painter, info)), ==,
                   "Renamed");

  sw_graph_painter_set_language (f->painter, "fr");
  g_assert_cmpstr (pango_layout_get_text (_sw_graph_painter_get_title (f->painter, info)), ==,
                   sw_document_get_node_title (f->doc, node, "fr"));
}

/* Long titles stop after three lines, with an ellipsis. */
static void
test_title_ellipsis (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_add_node (f->doc, "objective",
                                       "A very long title that goes on and on about digital "
                                       "solidarity, infrastructure, standards, data flows, "
                                       "capacity building and every partner in the world",
                                       0, 0, &error);
  PangoLayout *layout;

  g_assert_no_error (error);
  layout = _sw_graph_painter_get_title (f->painter, _sw_graph_painter_get_info (f->painter, node));
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 3);
  g_assert_true (pango_layout_is_ellipsized (layout));
}

static void
test_rtl_title (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("ar");
  g_autoptr(SwGraphPainter) painter = sw_graph_painter_new (doc);
  g_autoptr(GError) error = NULL;
  SwNode *arabic = sw_document_add_node (doc, "objective", "التضامن الرقمي", 0, 0, &error);
  SwNode *latin = sw_document_add_node (doc, "objective", "Digital", 0, 300, &error);
  PangoRectangle ink, logical;
  PangoLayout *layout;
  SwNodeInfo *info;
  double hx, hy;

  g_assert_no_error (error);

  info = _sw_graph_painter_get_info (painter, arabic);
  layout = _sw_graph_painter_get_title (painter, info);
  g_assert_true (info->rtl);
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  /* Set from the right edge of the layout's width. */
  g_assert_cmpint (abs (logical.x + logical.width - pango_layout_get_width (layout) / PANGO_SCALE),
                   <=, 1);
  g_assert_cmpint (logical.x, >, 40);
  /* The card mirrors: the link handle is on the left. */
  sw_graph_painter_get_handle_position (painter, arabic, &hx, &hy);
  g_assert_cmpfloat (hx, <, sw_node_get_x (arabic));

  info = _sw_graph_painter_get_info (painter, latin);
  layout = _sw_graph_painter_get_title (painter, info);
  g_assert_false (info->rtl);
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  g_assert_cmpint (logical.x, <=, 1);
  sw_graph_painter_get_handle_position (painter, latin, &hx, &hy);
  g_assert_cmpfloat (hx, >, sw_node_get_x (latin));
}

/* CJK titles wrap between characters, without spaces. */
static void
test_cjk_title (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("zh");
  g_autoptr(SwGraphPainter) painter = sw_graph_painter_new (doc);
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_add_node (doc, "objective",
                                       "数字团结数字团结数字团结数字团结数字团结数字团结", 0, 0,
                                       &error);
  PangoLayout *layout;

  g_assert_no_error (error);
  layout = _sw_graph_painter_get_title (painter, _sw_graph_painter_get_info (painter, node));
  g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
}

static void
test_restriction (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  SwNode *a = sw_document_get_node (f->doc, 0);
  SwNode *b = sw_document_get_node (f->doc, 1);
  SwNode *c = sw_document_get_node (f->doc, 2);
  cairo_surface_t *surface;
  SwRect bounds;

  g_ptr_array_add (nodes, a);
  g_ptr_array_add (nodes, b);
  sw_graph_painter_set_restriction (f->painter, nodes);

  g_assert_true (sw_graph_painter_get_bounds (f->painter, NULL, &bounds));
  surface = render_at (f->painter, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, 0.2);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), ==, 2);
  g_assert_null (sw_graph_painter_node_at (f->painter, sw_node_get_x (c), sw_node_get_y (c)));
  g_assert_true (sw_graph_painter_node_at (f->painter, sw_node_get_x (a), sw_node_get_y (a)) == a);

  sw_graph_painter_set_restriction (f->painter, NULL);
  g_assert_true (sw_graph_painter_node_at (f->painter, sw_node_get_x (c), sw_node_get_y (c)) == c);
}

static void
test_nodes_in_rect (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) one = NULL;
  SwNode *node = sw_document_get_node (f->doc, 3);
  SwRect bounds, small = { sw_node_get_x (node) - 1, sw_node_get_y (node) - 1, 2, 2 };

  sw_graph_painter_get_bounds (f->painter, NULL, &bounds);
  all = sw_graph_painter_nodes_in_rect (f->painter, &bounds);
  g_assert_cmpuint (all->len, ==, sw_document_get_n_nodes (f->doc));
  for (guint i = 0; i < all->len; i++)
    g_assert_true (g_ptr_array_index (all, i) == sw_document_get_node (f->doc, i));

  one = sw_graph_painter_nodes_in_rect (f->painter, &small);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_true (g_ptr_array_index (one, 0) == node);
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  guint count = 0;

  g_signal_connect_swapped (f->painter, "changed", G_CALLBACK (count_signal), &count);
  sw_document_move_node (f->doc, sw_document_get_node (f->doc, 0), 1, 1);
  g_assert_cmpuint (count, >=, 1);
  count = 0;
  sw_graph_painter_set_dark (f->painter, TRUE);
  g_assert_cmpuint (count, ==, 1);
  sw_graph_painter_set_dark (f->painter, TRUE);
  g_assert_cmpuint (count, ==, 1);
  /* The painter outlives @count: tearing down emits "changed" too. */
  g_signal_handlers_disconnect_by_func (f->painter, count_signal, &count);
}

static void
test_readable_colours (void)
{
  const char *colours[] = { "#e5a50a", "#26a269", "#ffffff", "#000000", "#9141ac" };

  for (guint dark = 0; dark < 2; dark++)
    {
      const SwPalette *palette = sw_palette_get (dark);

      for (guint i = 0; i < G_N_ELEMENTS (colours); i++)
        {
          SwColor color, readable;
          double l1, l2;

          g_assert_true (sw_color_parse (&color, colours[i]));
          sw_color_readable_on (&readable, &color, &palette->card_fill);
          /* Relative luminance by the sRGB formula, as the palette computes it. */
#define LUM(c) (0.2126 * pow (((c).red + 0.055) / 1.055, 2.4) \
                + 0.7152 * pow (((c).green + 0.055) / 1.055, 2.4) \
                + 0.0722 * pow (((c).blue + 0.055) / 1.055, 2.4))
          l1 = LUM (readable);
          l2 = LUM (palette->card_fill);
#undef LUM
          g_assert_cmpfloat ((MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05), >=, 4.3);
        }
    }
  {
    SwColor color;

    g_assert_false (sw_color_parse (&color, "red"));
    g_assert_false (sw_color_parse (&color, "#12345"));
    g_assert_true (sw_color_parse (&color, "#fff"));
    g_assert_cmpfloat (color.red, ==, 1);
  }
}

static void
test_curve_geometry (void)
{
  SwCurve curve;
  SwRect bounds;

  /* Far below: leaves through the bottom, arrives at the top. */
  sw_curve_between_cards (&curve, 0, 0, 0, 400);
  g_assert_cmpfloat (curve.p0.y, ==, SW_CARD_HEIGHT / 2);
  g_assert_cmpfloat (curve.tip.y, ==, 400 - SW_CARD_HEIGHT / 2);
  g_assert_cmpfloat (hypot (curve.tip.x - curve.p3.x, curve.tip.y - curve.p3.y), ==,
                     SW_ARROW_LENGTH);

  /* Beside: leaves through the right side, arrives at the left. */
  sw_curve_between_cards (&curve, 0, 0, 600, 20);
  g_assert_cmpfloat (curve.p0.x, ==, SW_CARD_WIDTH / 2);
  g_assert_cmpfloat (curve.tip.x, ==, 600 - SW_CARD_WIDTH / 2);

  sw_curve_get_bounds (&curve, &bounds);
  g_assert_true (sw_rect_contains_point (&bounds, curve.p0.x, curve.p0.y));
  g_assert_cmpfloat (sw_curve_distance (&curve, curve.tip.x, curve.tip.y), <, 1e-9);
  g_assert_cmpfloat (sw_curve_distance (&curve, 300, 500), >, 100);
}

/*
 * A kind's name is laid out once at its natural width; one too long for the
 * space beside the status badge is cut with an ellipsis, and short ones
 * are drawn whole.
 */
static void
test_kind_label_fits (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2011.json",
                                            NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) doc = NULL;
  g_autoptr(SwGraphPainter) painter = NULL;
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autoptr(GPtrArray) areas = NULL;
  const char *long_label = "An action area whose kind has a name far too long for any card";
  SwRect bounds;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  json = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (json, "\"label\": {\"en\": \"Action area\"}",
                                      "\"label\": {\"en\": \"An action area whose kind has a "
                                      "name far too long for any card\"}", 1), ==, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  doc = sw_json_load_bytes (bytes, "long-kind.json", NULL, &error);
  g_assert_no_error (error);
  areas = sw_document_get_nodes_of_kind (doc, "action-area");
  g_assert_cmpuint (areas->len, >, 0);

  painter = sw_graph_painter_new (doc);
  g_assert_true (sw_graph_painter_get_bounds (painter, NULL, &bounds));
  sw_graph_painter_paint_svg (painter, svg, &bounds);
  g_assert_null (strstr (svg->str, long_label));
  g_assert_nonnull (strstr (svg->str, ">An action area whose"));
  g_assert_nonnull (strstr (svg->str, "…"));
  g_assert_nonnull (strstr (svg->str, ">Concept<"));
}

static const char *
test_kind_label (const char *kind,
                 gpointer    data)
{
  return g_str_equal (kind, "principle") ? "Principe directeur" : NULL;
}

static const char *
test_status_label (SwNodeStatus status,
                   gpointer     data)
{
  g_assert_cmpstr (data, ==, "words");
  return status == SW_NODE_STATUS_ACTIVE ? "Actif" : NULL;
}

/* A drawing in another language than the interface's names kinds and
 * statuses with the words it is given; the others keep their own. */
static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  static const SwGraphPainterLabels labels = { test_kind_label, test_status_label };
  g_autoptr(GString) svg = g_string_new (NULL);
  SwRect bounds;

  g_assert_true (sw_graph_painter_get_bounds (f->painter, NULL, &bounds));
  sw_graph_painter_paint_svg (f->painter, svg, &bounds);
  g_assert_nonnull (strstr (svg->str, ">Guiding principle<"));
  g_assert_nonnull (strstr (svg->str, ">Active<"));

  sw_graph_painter_set_labels (f->painter, &labels, (gpointer) "words");
  g_string_truncate (svg, 0);
  sw_graph_painter_paint_svg (f->painter, svg, &bounds);
  g_assert_null (strstr (svg->str, ">Guiding principle<"));
  g_assert_null (strstr (svg->str, ">Active<"));
  g_assert_nonnull (strstr (svg->str, ">Principe directeur<"));
  g_assert_nonnull (strstr (svg->str, ">Actif<"));
  g_assert_nonnull (strstr (svg->str, ">Action area<"));

  sw_graph_painter_set_labels (f->painter, NULL, NULL);
  g_string_truncate (svg, 0);
  sw_graph_painter_paint_svg (f->painter, svg, &bounds);
  g_assert_nonnull (strstr (svg->str, ">Guiding principle<"));
}

/* Cards at drawn positions look lifted while dragged; a layout drawn
 * through them for a page does not. */
static void
test_lift_drawn (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) flat = g_string_new (NULL);
  g_autoptr(GString) lifted = g_string_new (NULL);
  g_autoptr(GString) laid_out = g_string_new (NULL);
  /* The last node: drawn last anyway, so the order of cards stays. */
  SwNode *node = sw_document_get_node (f->doc, sw_document_get_n_nodes (f->doc) - 1);
  SwRect bounds;

  g_assert_true (sw_graph_painter_get_bounds (f->painter, NULL, &bounds));
  sw_graph_painter_paint_svg (f->painter, flat, &bounds);

  sw_graph_painter_set_drawn_position (f->painter, node, sw_node_get_x (node),
                                       sw_node_get_y (node));
  sw_graph_painter_paint_svg (f->painter, lifted, &bounds);
  g_assert_cmpstr (lifted->str, !=, flat->str);

  sw_graph_painter_set_lift_drawn (f->painter, FALSE);
  sw_graph_painter_paint_svg (f->painter, laid_out, &bounds);
  g_assert_cmpstr (laid_out->str, ==, flat->str);
}

static guint
count_text (const char *svg,
            const char *text)
{
  g_autofree char *needle = g_strdup_printf (">%s</text>", text);
  guint n = 0;

  for (const char *p = strstr (svg, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Every selected link is highlighted, with its label. */
static void
test_selected_links (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  const char *labels[2] = { NULL, NULL };
  SwRect bounds;

  /* Two links of different kinds, named by their kind's label. */
  for (guint i = 0; i < sw_document_get_n_links (f->doc) && links->len < 2; i++)
    {
      SwLink *link = sw_document_get_link (f->doc, i);
      SwLinkKind *kind = sw_document_lookup_link_kind (f->doc, sw_link_get_kind (link));
      const char *label = sw_document_get_text (f->doc, sw_link_kind_get_label (kind), "en", NULL);

      if (links->len == 1 && g_str_equal (label, labels[0]))
        continue;
      labels[links->len] = label;
      g_ptr_array_add (links, link);
    }
  g_assert_cmpuint (links->len, ==, 2);

  g_assert_true (sw_graph_painter_get_bounds (f->painter, NULL, &bounds));
  sw_graph_painter_paint_svg (f->painter, before, &bounds);
  sw_graph_painter_set_selected_links (f->painter, links);
  sw_graph_painter_paint_svg (f->painter, after, &bounds);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpuint (count_text (after->str, labels[i]), ==, count_text (before->str, labels[i]) + 1);

  /* A removed link is no longer selected. */
  sw_document_remove_link (f->doc, g_ptr_array_index (links, 0));
  g_string_truncate (after, 0);
  sw_graph_painter_paint_svg (f->painter, after, &bounds);
  g_assert_cmpuint (count_text (after->str, labels[1]), ==, count_text (before->str, labels[1]) + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/painter/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("bounds", test_bounds);
  ADD ("bounds-of-nodes", test_bounds_of_nodes);
  ADD ("hit-nodes", test_hit_nodes);
  ADD ("hit-links", test_hit_links);
  ADD ("culling", test_culling);
  ADD ("culling-follows-edits", test_culling_follows_edits);
  ADD ("drawn-positions", test_drawn_positions);
  ADD ("selection-pixels", test_selection_pixels);
  ADD ("dimmed-pixels", test_dimmed_pixels);
  ADD ("dark-pixels", test_dark_pixels);
  ADD ("levels-of-detail", test_levels_of_detail);
  ADD ("title-cache", test_title_cache);
  ADD ("title-ellipsis", test_title_ellipsis);
  ADD ("restriction", test_restriction);
  ADD ("nodes-in-rect", test_nodes_in_rect);
  ADD ("changed-signal", test_changed_signal);
  ADD ("labels", test_labels);
  ADD ("lift-drawn", test_lift_drawn);
  ADD ("selected-links", test_selected_links);
#undef ADD
  g_test_add_func ("/painter/rtl-title", test_rtl_title);
  g_test_add_func ("/painter/cjk-title", test_cjk_title);
  g_test_add_func ("/painter/readable-colours", test_readable_colours);
  g_test_add_func ("/painter/curve-geometry", test_curve_geometry);
  g_test_add_func ("/painter/kind-label-fits", test_kind_label_fits);

  return g_test_run ();
}
