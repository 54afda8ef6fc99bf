/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The SVG picture, read by programs other than ours: xmllint says it is
 * well-formed, an XML parser finds each card's title as text, with markup
 * in titles escaped, and librsvg (rsvg-convert) draws it as the canvas
 * draws the same area with cairo, give or take the antialiasing of text.
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "interchange-util.h"
#include "sw-graph-files.h"
#include "sw-graph-painter.h"

/*
 * How alike two pictures must be.  Text is shaped again by the viewer:
 * librsvg places glyphs on slightly other subpixel positions than the
 * canvas, which keeps Pango's fractional ones, so glyph edges move by under
 * half a pixel; over a picture this averages well under one level of 255
 * (MAX_MEAN_DIFFERENCE).  Averaged over 5 × 5 pixels such shifts stay below
 * about 35 levels, while a missing shape as small as an arrowhead leaves
 * about 100 there (MAX_LOCAL_DIFFERENCE; see test_comparison_sees_arrows).
 */
#define MAX_MEAN_DIFFERENCE  1.5
#define MAX_LOCAL_DIFFERENCE 64.0
#define LOCAL_RADIUS         2

#define XML_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

/* Text that needs care: markup, quotes, two scripts written right to left,
 * Chinese, a control character XML does not allow, and a title too long
 * for its card. */
#define MARKUP_TITLE  "Rights & <b>partners</b> \"quoted\" 'too'"
#define ARABIC_TITLE  "التضامن الرقمي مع الشركاء من أجل أهداف مشتركة"
#define MIXED_TITLE   "שלום עולם <script>alert(\"x\")</script> & \"quotes\""
#define CHINESE_TITLE "数字团结：与伙伴合作实现共同目标"
#define CONTROL_TITLE "A bell \x07 rings, a tab\tstays"
#define LONG_TITLE    "An objective whose title goes on well past the three lines that a card " \
                      "shows, so that the card has to cut it short and end it with an ellipsis"

typedef struct
{
  char *dir;
  guint serial;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("sw-svg-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *extension,
            const char *data,
            gsize       size)
{
  g_autofree char *name = g_strdup_printf ("picture-%u.%s", f->serial++, extension);
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  return path;
}

/* Runs a reader; a missing one fails the test with its name. */
static void
run_reader (SwTestRun          *run,
            const char * const *argv)
{
  if (!sw_test_run (run, argv))
    g_error ("%s is needed to read the picture back; install it (see build-aux/setup)", argv[0]);
}

#define RUN(run, ...) run_reader (run, (const char * const[]) { __VA_ARGS__, NULL })

static SwNode *
add_node (SwDocument   *document,
          const char   *kind,
          const char   *title,
          double        x,
          double        y,
          SwNodeStatus  status)
{
  g_autoptr(GError) error = NULL;
  SwNode *node = sw_document_add_node (document, kind, title, x, y, &error);

  g_assert_no_error (error);
  sw_document_set_node_status (document, node, status);
  return node;
}

static SwLink *
add_link (SwDocument *document,
          const char *kind,
          SwNode     *from,
          SwNode     *to)
{
  g_autoptr(GError) error = NULL;
  SwLink *link = sw_document_add_link (document, kind, from, to, &error);

  g_assert_no_error (error);
  return link;
}

/* Every kind of card and link the painter draws, with the titles above. */
static SwDocument *
varied_document (void)
{
  SwDocument *document = sw_document_new ("en");
  SwNode *concept, *arabic, *mixed, *chinese, *control, *objective;
  SwLink *link;
  g_autoptr(GError) error = NULL;

  concept = add_node (document, "concept", MARKUP_TITLE, 400, 80, SW_NODE_STATUS_ACTIVE);
  arabic = add_node (document, "principle", ARABIC_TITLE, 150, 260, SW_NODE_STATUS_DONE);
  mixed = add_node (document, "principle", MIXED_TITLE, 650, 260, SW_NODE_STATUS_AT_RISK);
  chinese = add_node (document, "action-area", CHINESE_TITLE, 150, 460, SW_NODE_STATUS_PROPOSED);
  control = add_node (document, "action-area", CONTROL_TITLE, 650, 460, SW_NODE_STATUS_ACTIVE);
  objective = add_node (document, "objective", LONG_TITLE, 400, 640, SW_NODE_STATUS_DROPPED);
  sw_document_set_node_pinned (document, chinese, TRUE);

  add_link (document, "guides", concept, arabic);
  link = add_link (document, "guides", concept, mixed);
  g_assert_true (sw_document_set_text (document, link, SW_FIELD_LABEL, "en", "<i>leads</i> & more",
                                       &error));
  g_assert_no_error (error);
  add_link (document, "guides", arabic, chinese);
  add_link (document, "guides", mixed, control);
  add_link (document, "advances", objective, chinese);
  add_link (document, "depends-on", objective, control);
  add_link (document, "relates-to", arabic, mixed);

  return document;
}

static gboolean
get_area (SwGraphPainter *painter,
          SwRect         *area)
{
  if (!sw_graph_painter_get_bounds (painter, NULL, area))
    return FALSE;
  sw_rect_inflate (area, 24);
  return TRUE;
}

/* The painter's cairo drawing of @area at zoom 1, as the canvas draws it. */
static cairo_surface_t *
draw_with_cairo (SwGraphPainter *painter,
                 const SwRect   *area)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (area->width),
                                                         (int) ceil (area->height));
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, -area->x, -area->y);
  sw_graph_painter_paint_background (painter, cr, area);
  sw_graph_painter_paint (painter, cr, area, 1);
  cairo_destroy (cr);
  return surface;
}

/* @svg drawn by librsvg at @width × @height pixels. */
static cairo_surface_t *
draw_with_librsvg (Fixture    *f,
                   const char *svg,
                   int         width,
                   int         height)
{
  g_autofree char *svg_path = write_file (f, "svg", svg, strlen (svg));
  g_autofree char *png_path = g_strconcat (svg_path, ".png", NULL);
  g_autofree char *width_arg = g_strdup_printf ("%d", width);
  g_autofree char *height_arg = g_strdup_printf ("%d", height);
  g_auto(SwTestRun) convert = { 0 };
  cairo_surface_t *surface;

  RUN (&convert, "rsvg-convert", "--width", width_arg, "--height", height_arg, "--output",
       png_path, svg_path);
  g_assert_cmpstr (convert.err, ==, "");
  g_assert_cmpint (convert.status, ==, 0);

  surface = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_unlink (png_path);
  return surface;
}

typedef struct
{
  double mean;   /* mean absolute difference per channel, 0 to 255 */
  double local;  /* the largest over (2 LOCAL_RADIUS + 1)² pixels */
  int    local_x;
  int    local_y;
} Difference;

static int
channel (const guchar *row,
         int           x,
         int           c)
{
  return row[x * 4 + c];
}

/*
 * Compares two opaque pictures of one size.  The local difference averages
 * the signed difference of each channel over a square around each pixel
 * (running column sums keep it linear in the number of pixels), so that an
 * edge moved by a fraction of a pixel cancels out and a missing shape does not.
 */
static void
compare_pictures (cairo_surface_t *a,
                  cairo_surface_t *b,
                  Difference      *diff)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int stride_a = cairo_image_surface_get_stride (a), stride_b = cairo_image_surface_get_stride (b);
  const guchar *data_a, *data_b;
  const int side = 2 * LOCAL_RADIUS + 1;
  g_autofree int *columns = g_new0 (int, (gsize) width * 3);
  double total = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  data_a = cairo_image_surface_get_data (a);
  data_b = cairo_image_surface_get_data (b);
  *diff = (Difference) { 0 };

  for (int y = 0; y < height; y++)
    {
      const guchar *row_a = data_a + (gsize) y * stride_a, *row_b = data_b + (gsize) y * stride_b;

      for (int x = 0; x < width; x++)
        for (int c = 0; c < 3; c++)
          {
            int d = channel (row_a, x, c) - channel (row_b, x, c);

            total += ABS (d);
            columns[x * 3 + c] += d;
            if (y >= side)
              columns[x * 3 + c] -= channel (data_a + (gsize) (y - side) * stride_a, x, c)
                                    - channel (data_b + (gsize) (y - side) * stride_b, x, c);
          }
      if (y < side - 1)
        continue;

      for (int x = 0; x + side <= width; x++)
        {
          double local = 0;

          for (int c = 0; c < 3; c++)
            {
              int sum = 0;

              for (int i = 0; i < side; i++)
                sum += columns[(x + i) * 3 + c];
              local += ABS (sum) / (double) (side * side) / 3;
            }
          if (local > diff->local)
            {
              diff->local = local;
              diff->local_x = x + LOCAL_RADIUS;
              diff->local_y = y - LOCAL_RADIUS;
            }
        }
    }
  diff->mean = total / ((double) width * height * 3);
}

static void
assert_alike (cairo_surface_t *canvas,
              cairo_surface_t *svg,
              const char      *what)
{
  Difference diff;

  compare_pictures (canvas, svg, &diff);
  g_test_message ("%s: mean difference %.3f, largest local difference %.1f at %d, %d", what,
                  diff.mean, diff.local, diff.local_x, diff.local_y);
  g_assert_cmpfloat (diff.mean, <, MAX_MEAN_DIFFERENCE);
  g_assert_cmpfloat (diff.local, <, MAX_LOCAL_DIFFERENCE);
}

static char *
paint_svg (SwGraphPainter *painter,
           const SwRect   *area)
{
  GString *out = g_string_new (XML_DECLARATION);

  sw_graph_painter_paint_svg (painter, out, area);
  return g_string_free (out, FALSE);
}

/* The painter's SVG and cairo drawings of the whole graph, as librsvg and cairo draw them. */
static void
assert_painter_alike (Fixture        *f,
                      SwGraphPainter *painter,
                      const char     *what)
{
  g_autofree char *svg = NULL;
  cairo_surface_t *canvas, *picture;
  SwRect area;

  g_assert_true (get_area (painter, &area));
  canvas = draw_with_cairo (painter, &area);
  svg = paint_svg (painter, &area);
  picture = draw_with_librsvg (f, svg, cairo_image_surface_get_width (canvas),
                               cairo_image_surface_get_height (canvas));
  assert_alike (canvas, picture, what);
  cairo_surface_destroy (canvas);
  cairo_surface_destroy (picture);
}

/* --- What an XML reader finds --- */

/* Each card's group: its title and the lines of text drawn on it. */
typedef struct
{
  GPtrArray *titles;
  GPtrArray *texts;
  GString   *current;
  int        in;       /* 1 in a card's <title>, 2 in one of its <text> */
  int        depth;    /* of <g> */
} Cards;

static void
cards_start (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              data,
             GError              **error)
{
  Cards *cards = data;

  if (g_str_equal (element, "g"))
    {
      cards->depth++;
      g_ptr_array_add (cards->titles, g_strdup (""));
      g_ptr_array_add (cards->texts, g_strdup (""));
    }
  else if (cards->depth > 0 && (g_str_equal (element, "title") || g_str_equal (element, "text")))
    {
      cards->in = g_str_equal (element, "title") ? 1 : 2;
      g_string_truncate (cards->current, 0);
    }
}

static void
append_to_last (GPtrArray  *array,
                const char *text)
{
  char **last = (char **) &g_ptr_array_index (array, array->len - 1);
  char *joined = g_strconcat (*last, text, NULL);

  g_free (*last);
  *last = joined;
}

static void
cards_end (GMarkupParseContext  *context,
           const char           *element,
           gpointer              data,
           GError              **error)
{
  Cards *cards = data;

  if (g_str_equal (element, "g"))
    cards->depth--;
  else if (cards->in != 0 && (g_str_equal (element, "title") || g_str_equal (element, "text")))
    {
      append_to_last (cards->in == 1 ? cards->titles : cards->texts, cards->current->str);
      cards->in = 0;
    }
}

static void
cards_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 length,
            gpointer              data,
            GError              **error)
{
  Cards *cards = data;

  if (cards->in != 0)
    g_string_append_len (cards->current, text, length);
}

/* Reads @svg with GLib's XML parser, which fails on anything not well-formed. */
static void
read_cards (const char *svg,
            Cards      *cards)
{
  static const GMarkupParser parser = { cards_start, cards_end, cards_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  cards->titles = g_ptr_array_new_with_free_func (g_free);
  cards->texts = g_ptr_array_new_with_free_func (g_free);
  cards->current = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, cards, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static void
cards_clear (Cards *cards)
{
  g_ptr_array_unref (cards->titles);
  g_ptr_array_unref (cards->texts);
  g_string_free (cards->current, TRUE);
}

/* The text without the invisible isolates that keep mixed directions in order. */
static char *
without_isolates (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x2066 || c > 0x2069)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A title as cards show it: a tab as a space, no other control character. */
static char *
as_shown (const char *title)
{
  GString *out = g_string_new (NULL);

  for (const char *p = title; *p != '\0'; p++)
    if (*p == '\t')
      g_string_append_c (out, ' ');
    else if ((guchar) *p >= 0x20)
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/*
 * Each node has one card, titled with its whole title, whose lines of text
 * put together give the title again: all of it, or its start and an ellipsis.
 */
static void
assert_titles_searchable (SwDocument *document,
                          const char *svg)
{
  Cards cards = { 0 };
  guint n_nodes = sw_document_get_n_nodes (document);

  read_cards (svg, &cards);
  g_assert_cmpuint (cards.titles->len, ==, n_nodes);

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);
      g_autofree char *title = as_shown (sw_document_get_text (document, sw_node_get_title (node),
                                                               "en", NULL));
      gboolean found = FALSE;

      for (guint j = 0; j < cards.titles->len && !found; j++)
        {
          g_autofree char *lines = NULL;

          if (!g_str_equal (g_ptr_array_index (cards.titles, j), title))
            continue;
          found = TRUE;
          lines = without_isolates (g_ptr_array_index (cards.texts, j));
          /* The card also shows its status and kind, before the title. */
          if (g_str_has_suffix (lines, "…") && !g_str_has_suffix (title, "…"))
            {
              g_autofree char *opening = g_strndup (title, 20);
              const char *shown;

              lines[strlen (lines) - strlen ("…")] = '\0';
              shown = strstr (lines, opening);
              g_assert_nonnull (shown);
              g_assert_true (g_str_has_prefix (title, shown));
            }
          else
            {
              g_assert_true (g_str_has_suffix (lines, title));
            }
        }
      if (!found)
        g_error ("no card is titled “%s”", title);
    }

  cards_clear (&cards);
}

/* --- Tests --- */

static void
test_well_formed (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SwDocument) sample = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) varied = varied_document ();
  g_autoptr(SwDocument) hostile = sw_test_hostile_document ();
  g_autoptr(SwDocument) empty = sw_document_new ("en");
  SwDocument *documents[] = { sample, varied, hostile, empty };
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(SwTestRun) lint = { 0 };
  SwExportOptions options;

  sw_export_options_init (&options);
  g_ptr_array_add (argv, g_strdup ("xmllint"));
  g_ptr_array_add (argv, g_strdup ("--noout"));
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = sw_export_svg (documents[i], &options, NULL, &error);
      gsize size;
      const char *svg = g_bytes_get_data (bytes, &size);

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (svg, XML_DECLARATION "<svg "));
      g_assert_nonnull (strstr (svg, "xmlns=\"http://www.w3.org/2000/svg\""));
      g_ptr_array_add (argv, write_file (f, "svg", svg, size));
    }
  g_ptr_array_add (argv, NULL);

  run_reader (&lint, (const char * const *) argv->pdata);
  g_assert_cmpstr (lint.err, ==, "");
  g_assert_cmpint (lint.status, ==, 0);
}

static void
test_titles_are_text (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SwDocument) sample = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(SwDocument) varied = varied_document ();
  SwDocument *documents[] = { sample, varied };
  SwExportOptions options;

  sw_export_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = sw_export_svg (documents[i], &options, NULL, &error);

      g_assert_no_error (error);
      assert_titles_searchable (documents[i], g_bytes_get_data (bytes, NULL));
      /* Text, not glyph outlines. */
      g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "<symbol"));
    }
}

static void
test_escaped (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SwDocument) hostile = sw_test_hostile_document ();
  g_autoptr(SwDocument) varied = varied_document ();
  g_autoptr(GBytes) hostile_bytes = NULL, varied_bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *svg;
  SwExportOptions options;

  sw_export_options_init (&options);
  hostile_bytes = sw_export_svg (hostile, &options, NULL, &error);
  g_assert_no_error (error);
  svg = g_bytes_get_data (hostile_bytes, NULL);
  g_assert_null (strstr (svg, "<script"));
  g_assert_null (strstr (svg, "<img"));
  g_assert_nonnull (strstr (svg, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                                 "&quot;quoted&quot; &apos;apos&apos;"));
  assert_titles_searchable (hostile, svg);

  varied_bytes = sw_export_svg (varied, &options, NULL, &error);
  g_assert_no_error (error);
  svg = g_bytes_get_data (varied_bytes, NULL);
  g_assert_null (strstr (svg, "<b>"));
  g_assert_null (strstr (svg, "<script"));
  g_assert_null (strstr (svg, "\x07"));
  g_assert_nonnull (strstr (svg, "Rights &amp; &lt;b&gt;partners&lt;/b&gt;"));
}

/* The exported SVG and PNG of the sample strategy, at the same size. */
static void
test_export_looks_like_png (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SwDocument) sample = sw_test_load_sample ("strategy-2024.json");
  g_autoptr(GBytes) svg = NULL, png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *png_path = NULL;
  cairo_surface_t *canvas, *picture;
  SwExportOptions options;

  sw_export_options_init (&options);
  options.scale = 1;
  svg = sw_export_svg (sample, &options, NULL, &error);
  g_assert_no_error (error);
  png = sw_export_png (sample, &options, NULL, &error);
  g_assert_no_error (error);

  png_path = write_file (f, "png", g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  canvas = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (canvas), ==, CAIRO_STATUS_SUCCESS);
  picture = draw_with_librsvg (f, g_bytes_get_data (svg, NULL),
                               cairo_image_surface_get_width (canvas),
                               cairo_image_surface_get_height (canvas));
  assert_alike (canvas, picture, "strategy-2024");
  cairo_surface_destroy (canvas);
  cairo_surface_destroy (picture);
}

/* Every state a card and a link can be drawn in, light and dark. */
static void
test_states_look_like_canvas (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SwDocument) document = varied_document ();
  g_autoptr(SwGraphPainter) painter = sw_graph_painter_new (document);
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_autoptr(GHashTable) dimmed = g_hash_table_new (NULL, NULL);
  SwNode *first = sw_document_get_node (document, 0);

  assert_painter_alike (f, painter, "plain");

  g_ptr_array_add (selected, first);
  g_ptr_array_add (selected, sw_document_get_node (document, 2));
  sw_graph_painter_set_selection (painter, selected, first);
  sw_graph_painter_set_focus_visible (painter, TRUE);
  sw_graph_painter_set_handle_node (painter, first);
  sw_graph_painter_set_hover_node (painter, sw_document_get_node (document, 1));
  sw_graph_painter_set_hover_link (painter, sw_document_get_link (document, 1));
  g_hash_table_add (dimmed, sw_document_get_node (document, 5));
  sw_graph_painter_set_dimmed (painter, dimmed);
  assert_painter_alike (f, painter, "selected, hovered, dimmed");

  sw_graph_painter_set_link_labels (painter, SW_LINK_LABELS_ALL);
  sw_graph_painter_set_dark (painter, TRUE);
  assert_painter_alike (f, painter, "dark, all link labels");
}

/*
 * The comparison itself must tell a picture without arrowheads from the
 * canvas: each kind's arrowheads are one filled path of four-point
 * sub-paths, which this takes out of the SVG.
 */
static void
test_comparison_sees_arrows (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SwDocument) document = varied_document ();
  g_autoptr(SwGraphPainter) painter = sw_graph_painter_new (document);
  g_autoptr(GRegex) arrows = g_regex_new ("^<path class=\"c[0-9]+\" "
                                          "d=\"(M[-0-9. ]+(L[-0-9. ]+){3}Z)+\"/>\\n",
                                          G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *svg = NULL;
  g_autofree char *without = NULL;
  cairo_surface_t *canvas, *picture;
  Difference diff;
  SwRect area;

  g_assert_nonnull (arrows);
  g_assert_true (get_area (painter, &area));
  svg = paint_svg (painter, &area);
  without = g_regex_replace_literal (arrows, svg, -1, 0, "", 0, NULL);
  g_assert_cmpuint (strlen (without), <, strlen (svg));

  canvas = draw_with_cairo (painter, &area);
  picture = draw_with_librsvg (f, without, cairo_image_surface_get_width (canvas),
                               cairo_image_surface_get_height (canvas));
  compare_pictures (canvas, picture, &diff);
  g_test_message ("without arrowheads: mean difference %.3f, largest local difference %.1f",
                  diff.mean, diff.local);
  g_assert_cmpfloat (diff.local, >=, MAX_LOCAL_DIFFERENCE);
  cairo_surface_destroy (canvas);
  cairo_surface_destroy (picture);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/svg-export/well-formed", test_well_formed);
  ADD ("/svg-export/titles-are-text", test_titles_are_text);
  ADD ("/svg-export/escaped", test_escaped);
  ADD ("/svg-export/looks-like-png", test_export_looks_like_png);
  ADD ("/svg-export/states-look-like-canvas", test_states_look_like_canvas);
  ADD ("/svg-export/comparison-sees-arrows", test_comparison_sees_arrows);
#undef ADD

  return g_test_run ();
}
