/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Cards stamped from bitmaps when the painter draws pixels: the picture is
 * the one the shapes make, looks are shared between cards, follow the
 * scale and the palette, and vector output never gets bitmaps.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>

#include "sw-graph-painter-private.h"
#include "sw-json-reader.h"

#define IMAGE_WIDTH  900
#define IMAGE_HEIGHT 600

typedef struct
{
  SwDocument     *doc;
  SwGraphPainter *painter;
  double          cx;
  double          cy;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), "strategy-2024.json",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwRect bounds;

  f->doc = sw_json_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->painter = sw_graph_painter_new (f->doc);
  g_assert_true (sw_graph_painter_get_bounds (f->painter, NULL, &bounds));
  f->cx = round (bounds.x + bounds.width / 2);
  f->cy = round (bounds.y + bounds.height / 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->painter);
  g_clear_object (&f->doc);
}

/* Draws the document around (@x, @y) at @zoom into an image whose device
 * scale is @device_scale. */
static cairo_surface_t *
render (SwGraphPainter *painter,
        double          x,
        double          y,
        double          zoom,
        double          device_scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         IMAGE_WIDTH * device_scale,
                                                         IMAGE_HEIGHT * device_scale);
  SwRect visible = { x - IMAGE_WIDTH / zoom / 2, y - IMAGE_HEIGHT / zoom / 2,
                     IMAGE_WIDTH / zoom, IMAGE_HEIGHT / zoom };
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, device_scale, device_scale);
  cr = cairo_create (surface);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -visible.x, -visible.y);
  sw_graph_painter_paint_background (painter, cr, &visible);
  sw_graph_painter_paint (painter, cr, &visible, zoom);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The share of pixels where any channel differs by more than @tolerance. */
static double
differing_share (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int              tolerance)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guchar *pa = cairo_image_surface_get_data (a);
  const guchar *pb = cairo_image_surface_get_data (b);
  guint differing = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int c = 0; c < 4; c++)
        if (abs (pa[y * stride + x * 4 + c] - pb[y * stride + x * 4 + c]) > tolerance)
          {
            differing++;
            break;
          }

  return differing / (double) (width * height);
}

/* Stamped cards look as drawn ones, at full detail and at the simpler one. */
static void
test_same_picture (Fixture       *f,
                   gconstpointer  data)
{
  const double zooms[] = { 1.0, 0.6, 0.3 };

  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      cairo_surface_t *shapes, *stamped;
      double share;

      sw_graph_painter_set_raster_scale (f->painter, 0);
      shapes = render (f->painter, f->cx, f->cy, zooms[i], 1);
      g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, 0);

      sw_graph_painter_set_raster_scale (f->painter, 1);
      stamped = render (f->painter, f->cx, f->cy, zooms[i], 1);
      g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), >=, 4);
      g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), >, 0);

      /* Cards move to whole pixels (half a pixel at most), which changes
       * their antialiased edges, and links are premixed with the
       * background: only edge pixels differ, and little. */
      share = differing_share (shapes, stamped, 24);
      g_test_message ("zoom %.1f: %.4f of the pixels differ", zooms[i], share);
      g_assert_cmpfloat (share, <, 0.03);
      g_assert_cmpfloat (differing_share (shapes, stamped, 96), <, 0.002);
      g_assert_cmpfloat (differing_share (shapes, stamped, 0), >, 0);

      cairo_surface_destroy (shapes);
      cairo_surface_destroy (stamped);
    }
}

/* Cards of one kind and status share one stamp. */
static void
test_shared (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GHashTable) looks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cairo_surface_t *surface;
  guint n_stamps;

  sw_graph_painter_set_raster_scale (f->painter, 1);
  surface = render (f->painter, f->cx, f->cy, SW_ZOOM_SIMPLE + 0.01, 1);
  cairo_surface_destroy (surface);

  for (guint i = 0; i < sw_document_get_n_nodes (f->doc); i++)
    {
      SwNode *node = sw_document_get_node (f->doc, i);

      g_hash_table_add (looks, g_strdup_printf ("%s/%d", sw_node_get_kind (node),
                                                sw_node_get_status (node)));
    }
  n_stamps = _sw_graph_painter_count_stamps (f->painter, NULL);
  g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), >, n_stamps + 5);
  g_assert_cmpuint (n_stamps, >, 0);
  g_assert_cmpuint (n_stamps, <=, g_hash_table_size (looks));

  /* A selected card has a look of its own; drawing it again adds none. */
  {
    g_autoptr(GPtrArray) selection = g_ptr_array_new ();

    g_ptr_array_add (selection, sw_document_get_node (f->doc, 0));
    sw_graph_painter_set_selection (f->painter, selection, NULL);
    cairo_surface_destroy (render (f->painter, f->cx, f->cy, SW_ZOOM_SIMPLE + 0.01, 1));
    g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, n_stamps + 1);
    cairo_surface_destroy (render (f->painter, f->cx, f->cy, SW_ZOOM_SIMPLE + 0.01, 1));
    g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, n_stamps + 1);
  }
}

/* Stamps are drawn at the output's resolution, and again when it changes. */
static void
test_scale (Fixture       *f,
            gconstpointer  data)
{
  double scale = 0;

  sw_graph_painter_set_raster_scale (f->painter, 1);
  cairo_surface_destroy (render (f->painter, f->cx, f->cy, 0.75, 1));
  _sw_graph_painter_count_stamps (f->painter, &scale);
  g_assert_cmpfloat_with_epsilon (scale, 0.75, 1e-9);

  /* A HiDPI image: twice the pixels. */
  cairo_surface_destroy (render (f->painter, f->cx, f->cy, 0.75, 2));
  _sw_graph_painter_count_stamps (f->painter, &scale);
  g_assert_cmpfloat_with_epsilon (scale, 1.5, 1e-9);

  /* A canvas drawing into a render node at scale factor 2. */
  sw_graph_painter_set_raster_scale (f->painter, 2);
  cairo_surface_destroy (render (f->painter, f->cx, f->cy, 0.5, 1));
  _sw_graph_painter_count_stamps (f->painter, &scale);
  g_assert_cmpfloat_with_epsilon (scale, 1.0, 1e-9);

  /* Too close for bitmaps to pay: shapes again, no new stamps. */
  sw_graph_painter_set_raster_scale (f->painter, 1);
  sw_graph_painter_set_dark (f->painter, TRUE);
  cairo_surface_destroy (render (f->painter, f->cx, f->cy, 3.0, 1));
  g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, 0);
}

/* The palette, the language and the kinds make new looks. */
static void
test_invalidation (Fixture       *f,
                   gconstpointer  data)
{
  cairo_surface_t *light, *dark;

  sw_graph_painter_set_raster_scale (f->painter, 1);
  light = render (f->painter, f->cx, f->cy, 1, 1);
  g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), >, 0);

  sw_graph_painter_set_dark (f->painter, TRUE);
  g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, 0);
  dark = render (f->painter, f->cx, f->cy, 1, 1);
  g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), >, 0);
  g_assert_cmpfloat (differing_share (light, dark, 24), >, 0.5);

  sw_graph_painter_set_language (f->painter, "fr");
  g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, 0);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static cairo_status_t
append_to_string (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF keeps every card as shapes, whatever the painter was told. */
static void
test_vector_output (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) pdf = g_string_new (NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_string, pdf,
                                                                  IMAGE_WIDTH, IMAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  SwRect visible = { f->cx - IMAGE_WIDTH / 2.0, f->cy - IMAGE_HEIGHT / 2.0,
                     IMAGE_WIDTH, IMAGE_HEIGHT };

  sw_graph_painter_set_raster_scale (f->painter, 1);
  cairo_translate (cr, -visible.x, -visible.y);
  sw_graph_painter_paint (f->painter, cr, &visible, 1);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (sw_graph_painter_get_n_drawn_nodes (f->painter), >, 0);
  g_assert_cmpuint (_sw_graph_painter_count_stamps (f->painter, NULL), ==, 0);
  g_assert_null (g_strstr_len (pdf->str, pdf->len, "/Subtype /Image"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/stamps/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("same-picture", test_same_picture);
  ADD ("shared", test_shared);
  ADD ("scale", test_scale);
  ADD ("invalidation", test_invalidation);
  ADD ("vector-output", test_vector_output);
#undef ADD

  return g_test_run ();
}
