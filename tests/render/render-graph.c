/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * render-graph: draws a strategy file to a PNG with the canvas painter, for
 * looking at the drawing without starting the app.
 *
 *   render-graph [--dark] [--zoom Z] [--at X,Y] [--size WxH] [--lang L]
 *                [--select ID,...] [--dim ID,...] [--hover-link ID] [--shapes]
 *                FILE OUT.png|OUT.svg
 *
 * Without --zoom the whole graph is fitted into the image.  An OUT.svg
 * shows the same part of the document through the painter's SVG output,
 * one document unit a pixel (so zoom times the image's size).  A PNG is
 * drawn as the canvas draws, with cards stamped from bitmaps; --shapes
 * draws every card's shapes instead, to compare.
 */
#include "config.h"

#include <stdio.h>

#include "sw-graph-painter.h"
#include "sw-json-reader.h"

static gboolean dark;
static double zoom;
static char *at;
static char *size;
static char *language;
static char *select_ids;
static char *dim_ids;
static char *hover_link;
static gboolean shapes;

static const GOptionEntry entries[] = {
  { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark palette", NULL },
  { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "Zoom (default: fit)", "Z" },
  { "at", 0, 0, G_OPTION_ARG_STRING, &at, "Document point at the centre", "X,Y" },
  { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Image size", "WxH" },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &language, "Language of the titles", "L" },
  { "select", 0, 0, G_OPTION_ARG_STRING, &select_ids, "Nodes to select", "ID,..." },
  { "dim", 0, 0, G_OPTION_ARG_STRING, &dim_ids, "Nodes to dim", "ID,..." },
  { "hover-link", 0, 0, G_OPTION_ARG_STRING, &hover_link, "Link to highlight", "ID" },
  { "shapes", 0, 0, G_OPTION_ARG_NONE, &shapes, "Draw cards as shapes, not stamps", NULL },
  { NULL }
};

static GPtrArray *
lookup_nodes (SwDocument *document,
              const char *ids)
{
  g_auto(GStrv) parts = g_strsplit (ids != NULL ? ids : "", ",", -1);
  GPtrArray *nodes = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      SwNode *node = sw_document_lookup_node (document, parts[i]);

      if (node != NULL)
        g_ptr_array_add (nodes, node);
    }

  return nodes;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwGraphPainter) painter = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GPtrArray) dimmed = NULL;
  g_autoptr(GHashTable) dimmed_set = g_hash_table_new (NULL, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  int width = 1600, height = 1000;
  SwRect bounds, visible;
  double cx, cy;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Usage: render-graph FILE OUT.png");
      return 2;
    }
  if (size != NULL)
    sscanf (size, "%dx%d", &width, &height);

  file = g_file_new_for_commandline_arg (argv[1]);
  document = sw_json_load_file (file, NULL, NULL, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  painter = sw_graph_painter_new (document);
  sw_graph_painter_set_dark (painter, dark);
  sw_graph_painter_set_language (painter, language);
  selected = lookup_nodes (document, select_ids);
  sw_graph_painter_set_selection (painter, selected,
                                  selected->len > 0 ? g_ptr_array_index (selected, 0) : NULL);
  sw_graph_painter_set_focus_visible (painter, TRUE);
  if (selected->len > 0)
    sw_graph_painter_set_handle_node (painter, g_ptr_array_index (selected, 0));
  dimmed = lookup_nodes (document, dim_ids);
  for (guint i = 0; i < dimmed->len; i++)
    g_hash_table_add (dimmed_set, g_ptr_array_index (dimmed, i));
  sw_graph_painter_set_dimmed (painter, dimmed_set);
  if (hover_link != NULL)
    sw_graph_painter_set_hover_link (painter, sw_document_lookup_link (document, hover_link));

  sw_graph_painter_get_bounds (painter, NULL, &bounds);
  sw_rect_inflate (&bounds, 40);
  if (zoom <= 0)
    zoom = MIN (width / bounds.width, height / bounds.height);
  cx = bounds.x + bounds.width / 2;
  cy = bounds.y + bounds.height / 2;
  if (at != NULL)
    sscanf (at, "%lf,%lf", &cx, &cy);
  visible = (SwRect) { cx - width / zoom / 2, cy - height / zoom / 2, width / zoom, height / zoom };

  if (g_str_has_suffix (argv[2], ".svg"))
    {
      g_autoptr(GString) svg = g_string_new (NULL);

      sw_graph_painter_paint_svg (painter, svg, &visible);
      if (!g_file_set_contents (argv[2], svg->str, svg->len, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%u nodes and %u links drawn\n", sw_graph_painter_get_n_drawn_nodes (painter),
               sw_graph_painter_get_n_drawn_links (painter));
      return 0;
    }

  sw_graph_painter_set_raster_scale (painter, shapes ? 0 : 1);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -visible.x, -visible.y);
  sw_graph_painter_paint_background (painter, cr, &visible);
  sw_graph_painter_paint (painter, cr, &visible, zoom);
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, argv[2]);
  cairo_surface_destroy (surface);
  g_print ("zoom %.3f, %u nodes and %u links drawn\n", zoom,
           sw_graph_painter_get_n_drawn_nodes (painter),
           sw_graph_painter_get_n_drawn_links (painter));

  return 0;
}
