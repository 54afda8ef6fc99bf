/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How links look: curves from card edge to card edge with an arrowhead,
 * coloured and dashed by their kind.  Links of one kind are stroked in one
 * batch; hovered and selected ones are drawn again on top with a halo and,
 * when asked, their label.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <math.h>

#include "sw-graph-draw-private.h"

#define LINK_WIDTH 1.75

/*
 * Dashes and dots keep a size on screen that reads at any zoom.  Round dots
 * are only drawn at full detail: each is a small polygon for cairo, and
 * thousands of them would cost more than all the cards.  At the lowest
 * detail every link is solid, as a pattern would not show on a pixel-wide
 * line anyway.
 */
static void
set_dash (SwDrawContext *ctx,
          SwLinkStyle    style,
          double         width)
{
  double unit = MAX (width, 1.75 * ctx->pixel);

  if (ctx->detail == SW_DETAIL_FILLS)
    style = SW_LINK_STYLE_SOLID;

  switch (style)
    {
    case SW_LINK_STYLE_DASHED:
      {
        double dashes[] = { 4 * unit, 3 * unit };

        sw_pen_set_line_cap (ctx->pen, CAIRO_LINE_CAP_BUTT);
        sw_pen_set_dash (ctx->pen, dashes, 2);
      }
      break;
    case SW_LINK_STYLE_DOTTED:
      if (ctx->detail == SW_DETAIL_FULL)
        {
          /* Round caps on zero-length dashes make round dots. */
          double dashes[] = { 0, 2.5 * unit };

          sw_pen_set_line_cap (ctx->pen, CAIRO_LINE_CAP_ROUND);
          sw_pen_set_dash (ctx->pen, dashes, 2);
        }
      else
        {
          double dashes[] = { unit, 2 * unit };

          sw_pen_set_line_cap (ctx->pen, CAIRO_LINE_CAP_BUTT);
          sw_pen_set_dash (ctx->pen, dashes, 2);
        }
      break;
    case SW_LINK_STYLE_SOLID:
    default:
      sw_pen_set_line_cap (ctx->pen, CAIRO_LINE_CAP_BUTT);
      sw_pen_set_dash (ctx->pen, NULL, 0);
      break;
    }
}

static void
split_half (const SwPoint  in[4],
            SwPoint        left[4],
            SwPoint        right[4])
{
  SwPoint ab = { (in[0].x + in[1].x) / 2, (in[0].y + in[1].y) / 2 };
  SwPoint bc = { (in[1].x + in[2].x) / 2, (in[1].y + in[2].y) / 2 };
  SwPoint cd = { (in[2].x + in[3].x) / 2, (in[2].y + in[3].y) / 2 };
  SwPoint abc = { (ab.x + bc.x) / 2, (ab.y + bc.y) / 2 };
  SwPoint bcd = { (bc.x + cd.x) / 2, (bc.y + cd.y) / 2 };
  SwPoint middle = { (abc.x + bcd.x) / 2, (abc.y + bcd.y) / 2 };

  left[0] = in[0], left[1] = ab, left[2] = abc, left[3] = middle;
  right[0] = middle, right[1] = bcd, right[2] = cd, right[3] = in[3];
}

/*
 * Adds the parts of a Bézier segment that meet the visible area: cairo
 * flattens and strokes a whole curve even where it is off screen, and a
 * link across a large document would cost as much as hundreds of cards.
 */
static void
visible_curve_path (SwDrawContext *ctx,
                    const SwPoint  points[4],
                    guint          depth)
{
  SwCurve piece = { points[0], points[1], points[2], points[3], points[3] };
  SwPoint left[4], right[4];
  SwRect bounds;

  sw_curve_get_bounds (&piece, &bounds);
  if (!sw_rect_intersects (&bounds, ctx->clip))
    return;
  if (depth == 0 || (bounds.x >= ctx->clip->x && bounds.y >= ctx->clip->y
                     && bounds.x + bounds.width <= ctx->clip->x + ctx->clip->width
                     && bounds.y + bounds.height <= ctx->clip->y + ctx->clip->height))
    {
      sw_pen_move_to (ctx->pen, points[0].x, points[0].y);
      sw_pen_curve_to (ctx->pen, points[1].x, points[1].y, points[2].x, points[2].y,
                      points[3].x, points[3].y);
      return;
    }
  split_half (points, left, right);
  visible_curve_path (ctx, left, depth - 1);
  visible_curve_path (ctx, right, depth - 1);
}

static void
curve_path (SwDrawContext *ctx,
            const SwCurve *curve)
{
  const SwPoint points[4] = { curve->p0, curve->p1, curve->p2, curve->p3 };

  if (ctx->detail == SW_DETAIL_FILLS)
    {
      sw_pen_move_to (ctx->pen, curve->p0.x, curve->p0.y);
      sw_pen_line_to (ctx->pen, curve->tip.x, curve->tip.y);
    }
  else if (ctx->clip != NULL)
    {
      visible_curve_path (ctx, points, 8);
    }
  else
    {
      sw_pen_move_to (ctx->pen, curve->p0.x, curve->p0.y);
      sw_pen_curve_to (ctx->pen, curve->p1.x, curve->p1.y, curve->p2.x, curve->p2.y,
                      curve->p3.x, curve->p3.y);
    }
}

static void
arrow_path (SwDrawContext *ctx,
            const SwCurve *curve,
            double         scale)
{
  double dx = curve->tip.x - curve->p3.x;
  double dy = curve->tip.y - curve->p3.y;
  double length = hypot (dx, dy);
  double ux = length > 0 ? dx / length : 1, uy = length > 0 ? dy / length : 0;
  double half = SW_ARROW_LENGTH * 0.5 * scale;
  double back = SW_ARROW_LENGTH * scale;
  double bx = curve->tip.x - ux * back, by = curve->tip.y - uy * back;

  sw_pen_move_to (ctx->pen, curve->tip.x, curve->tip.y);
  sw_pen_line_to (ctx->pen, bx - uy * half, by + ux * half);
  /* A slight notch makes the head read as an arrow, not a triangle. */
  sw_pen_line_to (ctx->pen, curve->tip.x - ux * back * 0.78, curve->tip.y - uy * back * 0.78);
  sw_pen_line_to (ctx->pen, bx + uy * half, by - ux * half);
  sw_pen_close_path (ctx->pen);
}

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  const SwVisibleLink *la = a, *lb = b;

  if (la->style != lb->style)
    return la->style->rank < lb->style->rank ? -1 : 1;
  return la->dimmed - lb->dimmed;
}

GArray *
_sw_draw_collect_links (SwDrawContext *ctx,
                        const SwRect  *visible)
{
  SwGraphPainter *self = ctx->self;
  GArray *links = g_array_new (FALSE, FALSE, sizeof (SwVisibleLink));
  guint n_links = sw_document_get_n_links (self->document);

  for (guint i = 0; i < n_links; i++)
    {
      SwVisibleLink item = { .link = sw_document_get_link (self->document, i) };
      SwRect bounds;

      if (!_sw_graph_painter_get_link_curve (self, item.link, &item.curve))
        continue;
      sw_curve_get_bounds (&item.curve, &bounds);
      if (visible != NULL && !sw_rect_intersects (&bounds, visible))
        continue;
      item.style = _sw_graph_painter_get_link_kind (self, sw_link_get_kind (item.link));
      item.dimmed = g_hash_table_contains (self->dimmed, sw_link_get_from (item.link))
                    || g_hash_table_contains (self->dimmed, sw_link_get_to (item.link));
      item.highlighted = item.link == self->hover_link
                         || g_hash_table_contains (self->selected_links, item.link);
      g_array_append_val (links, item);
    }
  g_array_sort (links, compare_links);

  return links;
}

/* Links of one kind and fade share one stroke and one fill. */
void
_sw_draw_link_batches (SwDrawContext *ctx,
                       GArray        *links)
{
  SwPen *pen = ctx->pen;
  double width = MAX (LINK_WIDTH, ctx->pixel);
  double arrow_scale = MAX (1, 3 * ctx->pixel / SW_ARROW_LENGTH * 2);

  sw_pen_save (pen);
  sw_pen_set_line_width (pen, width);
  /* A quarter pixel from the true curve is invisible and halves the
   * segments.  Thousands of one-pixel lines cost a third as much without
   * antialiasing, and at that size they look the same. */
  sw_pen_set_quality (pen, ctx->detail == SW_DETAIL_FILLS ? CAIRO_ANTIALIAS_NONE
                           : ctx->detail == SW_DETAIL_SIMPLE ? CAIRO_ANTIALIAS_FAST
                           : CAIRO_ANTIALIAS_DEFAULT, 0.25);
  for (guint start = 0; start < links->len;)
    {
      SwVisibleLink *first = &g_array_index (links, SwVisibleLink, start);
      double alpha = first->dimmed ? SW_DIMMED_ALPHA : 0.9;
      guint end = start;

      for (; end < links->len; end++)
        {
          SwVisibleLink *item = &g_array_index (links, SwVisibleLink, end);

          if (item->style != first->style || item->dimmed != first->dimmed)
            break;
          if (!item->highlighted)
            curve_path (ctx, &item->curve);
        }
      if (ctx->raster && !first->dimmed)
        {
          /* Links lie on the background, under the cards: when drawing
           * pixels, their colour over it, made opaque, looks the same but
           * spares cairo a blend per span, which made links the costliest
           * part of a frame.  Only crossings of two links differ, by a
           * tenth of their colour. */
          SwColor opaque;

          sw_color_mix (&opaque, &ctx->palette->background, &first->style->color, alpha);
          opaque.alpha = 1;
          sw_pen_set_color (pen, &opaque, 1);
        }
      else
        {
          sw_pen_set_color (pen, &first->style->color, alpha);
        }
      set_dash (ctx, first->style->style, width);
      sw_pen_stroke (pen);

      if (ctx->detail != SW_DETAIL_FILLS)
        {
          for (guint i = start; i < end; i++)
            if (!g_array_index (links, SwVisibleLink, i).highlighted)
              arrow_path (ctx, &g_array_index (links, SwVisibleLink, i).curve, arrow_scale);
          sw_pen_fill (pen);
        }
      start = end;
    }
  sw_pen_restore (pen);
}

/* Hovered and selected links: a halo in the accent colour, then the link. */
void
_sw_draw_highlighted_links (SwDrawContext *ctx,
                            GArray        *links)
{
  SwPen *pen = ctx->pen;
  double width = MAX (LINK_WIDTH * 1.6, 1.5 * ctx->pixel);

  for (guint i = 0; i < links->len; i++)
    {
      SwVisibleLink *item = &g_array_index (links, SwVisibleLink, i);
      gboolean selected = g_hash_table_contains (ctx->self->selected_links, item->link);

      if (!item->highlighted)
        continue;
      sw_pen_set_line_cap (pen, CAIRO_LINE_CAP_ROUND);
      sw_pen_set_line_width (pen, MAX (8, 6 * ctx->pixel));
      sw_pen_set_color (pen, &ctx->palette->accent, selected ? 0.35 : 0.18);
      curve_path (ctx, &item->curve);
      sw_pen_move_to (pen, item->curve.p3.x, item->curve.p3.y);
      sw_pen_line_to (pen, item->curve.tip.x, item->curve.tip.y);
      sw_pen_stroke (pen);

      sw_pen_set_line_width (pen, width);
      set_dash (ctx, item->style->style, width);
      sw_pen_set_color (pen, &item->style->color, 1);
      curve_path (ctx, &item->curve);
      sw_pen_stroke (pen);
      sw_pen_set_dash (pen, NULL, 0);
      arrow_path (ctx, &item->curve, MAX (1.15, 3 * ctx->pixel / SW_ARROW_LENGTH * 2));
      sw_pen_fill (pen);
    }
}

static const char *
link_label (SwGraphPainter *self,
            SwLink         *link)
{
  const char *language = self->language;
  const char *text;

  if (language == NULL)
    language = sw_document_get_source_language (self->document);
  text = sw_document_get_text (self->document, sw_link_get_label (link), language, NULL);
  if (text == NULL || text[0] == '\0')
    {
      SwLinkKind *kind = sw_document_lookup_link_kind (self->document, sw_link_get_kind (link));

      text = kind != NULL ? sw_document_get_text (self->document, sw_link_kind_get_label (kind),
                                                  language, NULL)
                          : sw_link_get_kind (link);
    }

  return text;
}

/* A pill at the middle of the curve, in the link's colour. */
void
_sw_draw_link_labels (SwDrawContext *ctx,
                      GArray        *links)
{
  SwGraphPainter *self = ctx->self;
  SwPen *pen = ctx->pen;

  if (self->link_labels == SW_LINK_LABELS_NONE || ctx->detail != SW_DETAIL_FULL)
    return;

  for (guint i = 0; i < links->len; i++)
    {
      SwVisibleLink *item = &g_array_index (links, SwVisibleLink, i);
      g_autoptr(PangoLayout) layout = NULL;
      const char *text;
      PangoRectangle extents;
      SwPoint middle;
      SwRect pill;
      SwColor readable;
      double alpha = item->dimmed ? SW_DIMMED_ALPHA : 1;

      if (self->link_labels == SW_LINK_LABELS_HIGHLIGHTED && !item->highlighted)
        continue;
      text = link_label (self, item->link);
      if (text == NULL || text[0] == '\0')
        continue;

      layout = _sw_graph_painter_new_layout (self, 11, PANGO_WEIGHT_BOLD);
      _sw_graph_painter_set_text (layout, text);
      pango_layout_get_extents (layout, NULL, &extents);
      sw_curve_point_at (&item->curve, 0.5, &middle);
      pill.width = extents.width / (double) PANGO_SCALE + 16;
      pill.height = extents.height / (double) PANGO_SCALE + 6;
      pill.x = middle.x - pill.width / 2;
      pill.y = middle.y - pill.height / 2;

      sw_pen_rectangle (pen, &pill, pill.height / 2);
      sw_pen_set_color (pen, &ctx->palette->label_fill, alpha);
      sw_pen_fill_preserve (pen);
      sw_pen_set_line_width (pen, MAX (1, ctx->pixel));
      sw_pen_set_color (pen, &item->style->color, 0.8 * alpha);
      sw_pen_stroke (pen);

      sw_color_readable_on (&readable, &item->style->color, &ctx->palette->label_fill);
      sw_pen_set_color (pen, &readable, alpha);
      sw_pen_show_layout (pen, layout, pill.x + 8 - extents.x / (double) PANGO_SCALE,
                          pill.y + 3 - extents.y / (double) PANGO_SCALE);
    }
}

/**
 * sw_graph_painter_paint_pending_link:
 * @from: the node the link starts from
 * @x: the pointer, in document coordinates
 * @y:
 * @accepted: whether the pointer is over a node the link may join
 *
 * Draws the link a person is dragging out of a node's handle.
 */
void
sw_graph_painter_paint_pending_link (SwGraphPainter *self,
                                     cairo_t        *cr,
                                     SwNode         *from,
                                     double          x,
                                     double          y,
                                     gboolean        accepted,
                                     double          zoom)
{
  SwCairoPen cairo_pen;
  SwPen *pen = &cairo_pen.parent;
  SwDrawContext ctx = { self, pen, sw_palette_get (self->dark), zoom, 1 / zoom, SW_DETAIL_FULL };
  double fx, fy;
  SwCurve curve;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (SW_IS_NODE (from));

  sw_cairo_pen_init (&cairo_pen, cr);
  _sw_graph_painter_get_position (self, from, &fx, &fy);
  sw_curve_to_point (&curve, fx, fy, x, y);

  sw_pen_save (pen);
  sw_pen_set_line_join (pen, CAIRO_LINE_JOIN_ROUND);
  sw_pen_set_line_width (pen, MAX (2, 1.5 * ctx.pixel));
  set_dash (&ctx, accepted ? SW_LINK_STYLE_SOLID : SW_LINK_STYLE_DASHED, MAX (2, 1.5 * ctx.pixel));
  sw_pen_set_color (pen, &ctx.palette->accent, 1);
  curve_path (&ctx, &curve);
  sw_pen_stroke (pen);
  sw_pen_set_dash (pen, NULL, 0);
  arrow_path (&ctx, &curve, MAX (1.15, ctx.pixel));
  sw_pen_fill (pen);
  sw_pen_restore (pen);
}
