/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How the graph looks: links under cards, cards, then link labels on top.
 *
 * Three levels of detail keep large documents quick and small text from
 * turning into noise: from SW_ZOOM_SIMPLE up, full cards with shadows and
 * text; between SW_ZOOM_FILLS and SW_ZOOM_SIMPLE, rounded cards with bars
 * where the text would be; below SW_ZOOM_FILLS, plain coloured rectangles
 * and straight links, filled and stroked in one batch per colour.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <math.h>

#include "sw-graph-draw-private.h"

#define CARD_PADDING   14.0
#define STRIPE_WIDTH    5.0
#define TITLE_TOP      32.0
#define BADGE_HEIGHT   18.0

/*
 * A soft shadow under the card, after libadwaita's card shadow: a tight
 * layer that also draws the hairline border, and a wider, fainter one a
 * little lower.  A true blur of every card would cost more than the whole
 * frame; so would more layers, or rings instead of whole shapes.
 */
static void
draw_shadow (SwDrawContext *ctx,
             const SwRect  *card,
             gboolean       raised,
             double         border)
{
  SwPen *pen = ctx->pen;
  SwRect rect = *card;

  sw_rect_inflate (&rect, 3);
  rect.y += raised ? 4 : 2;
  sw_pen_rectangle (pen, &rect, SW_CARD_RADIUS + 3);
  sw_pen_set_color (pen, &ctx->palette->shadow, raised ? 0.55 : 0.35);
  sw_pen_fill (pen);

  rect = *card;
  sw_rect_inflate (&rect, MAX (1, ctx->pixel));
  rect.y += 0.5;
  sw_pen_rectangle (pen, &rect, SW_CARD_RADIUS + 1);
  sw_pen_set_color (pen, &ctx->palette->shadow, 0.4);
  sw_pen_fill_preserve (pen);
  sw_pen_set_color (pen, &ctx->palette->card_border, border / ctx->palette->card_border.alpha);
  sw_pen_fill (pen);
}
static void
draw_badge (SwDrawContext *ctx,
            SwNodeStatus   status,
            const SwRect  *card,
            gboolean       rtl,
            double         alpha,
            double        *badge_width)
{
  SwPen *pen = ctx->pen;
  PangoLayout *layout = _sw_graph_painter_get_status (ctx->self, status);
  const SwColor *color = &ctx->palette->status[status];
  PangoRectangle extents;
  SwColor readable;
  SwRect pill;

  pango_layout_get_extents (layout, NULL, &extents);
  pill.width = extents.width / (double) PANGO_SCALE + 14;
  pill.height = BADGE_HEIGHT;
  pill.y = card->y + 9;
  pill.x = rtl ? card->x + CARD_PADDING - 4 : card->x + card->width - CARD_PADDING + 4 - pill.width;
  *badge_width = pill.width;

  sw_pen_rectangle (pen, &pill, pill.height / 2);
  sw_pen_set_color (pen, color, (ctx->self->dark ? 0.22 : 0.13) * alpha);
  sw_pen_fill (pen);

  sw_color_readable_on (&readable, color, &ctx->palette->card_fill);
  sw_pen_set_color (pen, &readable, alpha);
  sw_pen_show_layout (pen, layout, pill.x + 7 - extents.x / (double) PANGO_SCALE,
                      pill.y + (pill.height - extents.height / (double) PANGO_SCALE) / 2
                      - extents.y / (double) PANGO_SCALE);
  if (status == SW_NODE_STATUS_DROPPED)
    {
      sw_pen_set_line_width (pen, 1);
      sw_pen_move_to (pen, pill.x + 6, pill.y + pill.height / 2);
      sw_pen_line_to (pen, pill.x + pill.width - 6, pill.y + pill.height / 2);
      sw_pen_stroke (pen);
    }
}

/* A small pushpin in the bottom corner of pinned cards. */
static void
draw_pin (SwDrawContext *ctx,
          const SwRect  *card,
          gboolean       rtl,
          double         alpha)
{
  SwPen *pen = ctx->pen;
  double x = rtl ? card->x + 14 : card->x + card->width - 14;
  double y = card->y + card->height - 14;

  sw_pen_set_color (pen, &ctx->palette->card_text_fallback, alpha);
  sw_pen_arc (pen, x, y - 2.5, 3, 0, 2 * G_PI);
  sw_pen_fill (pen);
  sw_pen_set_line_width (pen, 1.5);
  sw_pen_set_line_cap (pen, CAIRO_LINE_CAP_ROUND);
  sw_pen_move_to (pen, x, y);
  sw_pen_line_to (pen, x, y + 5);
  sw_pen_stroke (pen);
}

/*
 * What a card looks like apart from its title, pin and rings: the same for
 * every card of a kind in the same state, so that it can be drawn once and
 * stamped (see sw-graph-painter-stamps.c).
 */
typedef struct
{
  SwKindStyle  *style;
  SwNodeStatus  status;
  guint         full : 1;
  guint         rtl : 1;
  guint         selected : 1;
  guint         dimmed : 1;
  guint         raised : 1;
  guint         hovered : 1;
} SwCardLook;

/* Tells looks of one kind apart. */
static guint
look_key (const SwCardLook *look)
{
  return look->status << 6 | look->full << 5 | look->rtl << 4 | look->selected << 3
         | look->dimmed << 2 | look->raised << 1 | look->hovered;
}

/* The kind's label beside the status badge. */
static void
draw_labels (SwDrawContext    *ctx,
             const SwCardLook *look,
             const SwRect     *card,
             double            alpha)
{
  SwPen *pen = ctx->pen;
  SwKindStyle *style = look->style;
  PangoLayout *label = style->label;
  double badge_width = 0, available;
  PangoRectangle logical;

  draw_badge (ctx, look->status, card, look->rtl, alpha, &badge_width);

  /* The label is laid out once, at its natural width; only a kind name
   * too long to fit beside this badge needs a copy cut to fit. */
  available = card->width - 2 * CARD_PADDING - badge_width - 8;
  pango_layout_get_extents (label, NULL, &logical);
  if (logical.width > available * PANGO_SCALE)
    {
      if (style->short_label == NULL)
        style->short_label = pango_layout_copy (style->label);
      label = style->short_label;
      pango_layout_set_width (label, available * PANGO_SCALE);
      pango_layout_get_extents (label, NULL, &logical);
    }

  sw_pen_set_color (pen, &style->text, alpha);
  sw_pen_show_layout (pen, label,
                      (look->rtl ? card->x + card->width - CARD_PADDING - 2
                                   - (logical.x + logical.width) / (double) PANGO_SCALE
                                 : card->x + CARD_PADDING + 2 - logical.x / (double) PANGO_SCALE),
                      card->y + 9 + (BADGE_HEIGHT - logical.height / (double) PANGO_SCALE) / 2);
}

static void
draw_title (SwDrawContext *ctx,
            SwNodeInfo    *info,
            const SwRect  *card,
            double         alpha)
{
  SwPen *pen = ctx->pen;
  PangoLayout *title = _sw_graph_painter_get_title (ctx->self, info);
  double start = info->rtl ? card->x + CARD_PADDING : card->x + CARD_PADDING + 2;

  sw_pen_set_color (pen, info->title_fallback ? &ctx->palette->card_text_fallback
                                              : &ctx->palette->card_text, alpha);
  sw_pen_show_layout (pen, title, start, card->y + TITLE_TOP);
}

/* Where text would be, bars: the card keeps its look without unreadable text. */
static void
draw_text_bars (SwDrawContext     *ctx,
                const SwKindStyle *style,
                const SwRect      *card,
                gboolean           rtl,
                double             alpha)
{
  SwPen *pen = ctx->pen;
  double width = card->width - 2 * CARD_PADDING - 20;
  double x = rtl ? card->x + card->width - CARD_PADDING - 2 : card->x + CARD_PADDING + 2;
  double sign = rtl ? -1 : 1;

  sw_pen_rectangle (pen, &(SwRect) { x, card->y + 12, sign * 70, 9 }, 0);
  sw_pen_set_color (pen, &style->color, 0.55 * alpha);
  sw_pen_fill (pen);
  sw_pen_rectangle (pen, &(SwRect) { x, card->y + 36, sign * width, 11 }, 0);
  sw_pen_rectangle (pen, &(SwRect) { x, card->y + 56, sign * width * 0.5, 11 }, 0);
  sw_pen_set_color (pen, &ctx->palette->text_bar, alpha);
  sw_pen_fill (pen);
}
static void
draw_handle (SwDrawContext *ctx,
             SwNode        *node)
{
  SwPen *pen = ctx->pen;
  double x, y;

  sw_graph_painter_get_handle_position (ctx->self, node, &x, &y);
  sw_pen_arc (pen, x, y, MAX (SW_HANDLE_RADIUS, 5 * ctx->pixel), 0, 2 * G_PI);
  sw_pen_set_color (pen, &ctx->palette->card_fill, 1);
  sw_pen_fill_preserve (pen);
  sw_pen_set_line_width (pen, MAX (2, 1.5 * ctx->pixel));
  sw_pen_set_color (pen, &ctx->palette->accent, 1);
  sw_pen_stroke (pen);
  sw_pen_arc (pen, x, y, MAX (SW_HANDLE_RADIUS - 3.5, 2 * ctx->pixel), 0, 2 * G_PI);
  sw_pen_fill (pen);
}

static void
draw_rings (SwDrawContext *ctx,
            SwNode        *node,
            const SwRect  *card)
{
  SwGraphPainter *self = ctx->self;
  SwPen *pen = ctx->pen;

  if (g_hash_table_contains (self->selected, node))
    {
      SwRect ring = *card;
      double width = MAX (2.5, 2 * ctx->pixel);

      sw_rect_inflate (&ring, width / 2);
      sw_pen_rectangle (pen, &ring, SW_CARD_RADIUS + width / 2);
      sw_pen_set_line_width (pen, width);
      sw_pen_set_color (pen, &ctx->palette->accent, 1);
      sw_pen_stroke (pen);
    }
  if (self->focus_visible && node == self->focus)
    {
      SwRect ring = *card;
      double width = MAX (2.5, 2 * ctx->pixel);
      double gap = MAX (4.5, 3 * ctx->pixel);

      sw_rect_inflate (&ring, gap + width / 2);
      sw_pen_rectangle (pen, &ring, SW_CARD_RADIUS + gap + width / 2);
      sw_pen_set_line_width (pen, width);
      sw_pen_set_color (pen, &ctx->palette->accent, 0.5);
      sw_pen_stroke (pen);
    }
}

/*
 * The card's body: the kind's colour, then the fill over all of it but the
 * stripe on the leading edge, its inner corners following the outer ones as
 * a CSS border would.  Two fills, no clip: clipping to a rounded shape costs
 * a mask per card.
 */
static void
draw_body (SwDrawContext     *ctx,
           const SwKindStyle *style,
           const SwRect      *card,
           gboolean           rtl,
           const SwColor     *fill,
           double             alpha)
{
  SwPen *pen = ctx->pen;
  double r = SW_CARD_RADIUS, inner = SW_CARD_RADIUS - STRIPE_WIDTH;
  double x = card->x, y = card->y, w = card->width, h = card->height;

  sw_pen_rectangle (pen, card, SW_CARD_RADIUS);
  sw_pen_set_color (pen, &style->color, alpha);
  sw_pen_fill (pen);

  sw_pen_new_sub_path (pen);
  if (!rtl)
    {
      sw_pen_arc (pen, x + w - r, y + r, r, -G_PI / 2, 0);
      sw_pen_arc (pen, x + w - r, y + h - r, r, 0, G_PI / 2);
      sw_pen_arc (pen, x + r, y + h - inner, inner, G_PI / 2, G_PI);
      sw_pen_arc (pen, x + r, y + inner, inner, G_PI, 3 * G_PI / 2);
    }
  else
    {
      sw_pen_arc (pen, x + w - r, y + inner, inner, -G_PI / 2, 0);
      sw_pen_arc (pen, x + w - r, y + h - inner, inner, 0, G_PI / 2);
      sw_pen_arc (pen, x + r, y + h - r, r, G_PI / 2, G_PI);
      sw_pen_arc (pen, x + r, y + r, r, G_PI, 3 * G_PI / 2);
    }
  sw_pen_close_path (pen);
  sw_pen_set_color (pen, fill, alpha);
  sw_pen_fill (pen);
}

static void
draw_look (SwDrawContext *ctx,
           gconstpointer  data,
           const SwRect  *card)
{
  const SwCardLook *look = data;
  double alpha = look->dimmed ? SW_DIMMED_ALPHA : 1;
  SwColor fill = look->style->fill;

  if (look->selected)
    sw_color_mix (&fill, &look->style->fill, &ctx->palette->accent,
                  ctx->palette->accent_fill.alpha);
  if (look->full && !look->dimmed)
    draw_shadow (ctx, card, look->hovered || look->raised,
                 ctx->palette->card_border.alpha * (look->hovered ? 2.2 : 1));
  draw_body (ctx, look->style, card, look->rtl, &fill, alpha);
  if (look->full)
    draw_labels (ctx, look, card, alpha);
  else
    draw_text_bars (ctx, look->style, card, look->rtl, alpha);
}

static void
draw_card (SwDrawContext *ctx,
           SwNodeInfo    *info)
{
  SwGraphPainter *self = ctx->self;
  SwNode *node = info->node;
  gboolean full = ctx->detail == SW_DETAIL_FULL;
  PangoLayout *title = full ? _sw_graph_painter_get_title (self, info) : NULL;
  SwCardLook look = {
    .style = _sw_graph_painter_get_node_kind (self, sw_node_get_kind (node)),
    .status = full ? sw_node_get_status (node) : 0,
    .full = full,
    .rtl = info->rtl,
    .selected = g_hash_table_contains (self->selected, node),
    .dimmed = g_hash_table_contains (self->dimmed, node),
    .raised = self->lift_drawn && g_hash_table_contains (self->drawn_positions, node),
    .hovered = node == self->hover_node,
  };
  double alpha = look.dimmed ? SW_DIMMED_ALPHA : 1;
  SwRect card;

  sw_graph_painter_get_node_rect (self, node, &card);
  /* The whole title names the card, also where the card cuts it short. */
  sw_pen_begin_group (ctx->pen, title != NULL ? pango_layout_get_text (title) : NULL);

  if (ctx->grid.scale > 0)
    {
      _sw_draw_snap_to_pixels (ctx, &card);
      _sw_draw_stamp (ctx, look.style, look_key (&look), &card, draw_look, &look);
    }
  else
    {
      draw_look (ctx, &look, &card);
    }

  if (full)
    {
      draw_title (ctx, info, &card, alpha);
      if (sw_node_get_pinned (node))
        draw_pin (ctx, &card, info->rtl, alpha);
    }

  draw_rings (ctx, node, &card);
  if (node == self->handle_node)
    draw_handle (ctx, node);
  sw_pen_end_group (ctx->pen);
}

/*
 * The lowest detail: each kind's cards filled in one go as whole-pixel
 * boxes, which cairo fills without rasterizing, then selection rings.
 */
static void
draw_fills (SwDrawContext *ctx,
            GPtrArray     *nodes)
{
  SwGraphPainter *self = ctx->self;
  SwPen *pen = ctx->pen;
  g_autoptr(GHashTable) batches = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  /* The kinds in the order their first card is drawn, so that every run
   * stacks overlapping cards alike. */
  g_autoptr(GPtrArray) styles = g_ptr_array_new ();
  g_autoptr(GArray) rects = g_array_sized_new (FALSE, FALSE, sizeof (SwRect), nodes->len);
  const SwKindStyle *style;
  GPtrArray *batch;
  gboolean any_selected = FALSE;

  for (guint i = 0; i < nodes->len; i++)
    {
      SwNodeInfo *info = g_ptr_array_index (nodes, i);

      style = _sw_graph_painter_get_node_kind (self, sw_node_get_kind (info->node));
      batch = g_hash_table_lookup (batches, style);
      if (batch == NULL)
        {
          batch = g_ptr_array_new ();
          g_hash_table_insert (batches, (gpointer) style, batch);
          g_ptr_array_add (styles, (gpointer) style);
        }
      g_ptr_array_add (batch, info);
    }

  for (guint s = 0; s < styles->len; s++)
    for (guint pass = 0; pass < 2; pass++)
      {
        gboolean dimmed_pass = pass == 1;

        style = g_ptr_array_index (styles, s);
        batch = g_hash_table_lookup (batches, style);
        g_array_set_size (rects, 0);
        for (guint i = 0; i < batch->len; i++)
          {
            SwNodeInfo *info = g_ptr_array_index (batch, i);
            SwRect card;

            if (g_hash_table_contains (self->dimmed, info->node) != dimmed_pass)
              continue;
            sw_graph_painter_get_node_rect (self, info->node, &card);
            g_array_append_val (rects, card);
          }
        sw_pen_pixel_rects (pen, (const SwRect *) rects->data, rects->len);
        if (dimmed_pass || !ctx->raster)
          {
            sw_pen_set_color (pen, &style->color, dimmed_pass ? SW_DIMMED_ALPHA : 0.85);
          }
        else
          {
            /* The colour over the background, opaque: cairo fills opaque
             * boxes without blending.  Only the ends of links under the
             * cards, which the cards would nearly hide anyway, differ. */
            SwColor opaque;

            sw_color_mix (&opaque, &ctx->palette->background, &style->color, 0.85);
            opaque.alpha = 1;
            sw_pen_set_color (pen, &opaque, 1);
          }
        sw_pen_fill (pen);
      }

  for (guint i = 0; i < nodes->len; i++)
    {
      SwNodeInfo *info = g_ptr_array_index (nodes, i);
      SwRect card;

      if (!g_hash_table_contains (self->selected, info->node))
        continue;
      sw_graph_painter_get_node_rect (self, info->node, &card);
      sw_rect_inflate (&card, ctx->pixel);
      sw_pen_rectangle (pen, &card, 0);
      any_selected = TRUE;
    }
  if (any_selected)
    {
      sw_pen_set_line_width (pen, 2 * ctx->pixel);
      sw_pen_set_color (pen, &ctx->palette->accent, 1);
      sw_pen_stroke (pen);
    }
}

void
_sw_graph_painter_draw (SwGraphPainter *self,
                        SwPen          *pen,
                        const SwRect   *visible,
                        double          zoom)
{
  SwDrawContext ctx = {
    .self = self,
    .pen = pen,
    .palette = sw_palette_get (self->dark),
    .zoom = zoom,
    .pixel = 1 / zoom,
    .detail = zoom >= SW_ZOOM_SIMPLE ? SW_DETAIL_FULL
              : zoom >= SW_ZOOM_FILLS ? SW_DETAIL_SIMPLE : SW_DETAIL_FILLS,
  };
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GArray) links = NULL;
  SwRect clip;

  if (visible != NULL)
    {
      clip = *visible;
      sw_rect_inflate (&clip, 16 * ctx.pixel);
      ctx.clip = &clip;
    }

  _sw_draw_prepare_raster (&ctx);

  sw_pen_save (pen);
  sw_pen_set_line_join (pen, CAIRO_LINE_JOIN_ROUND);

  links = _sw_draw_collect_links (&ctx, visible);
  _sw_draw_link_batches (&ctx, links);
  _sw_draw_highlighted_links (&ctx, links);

  nodes = _sw_graph_painter_visible_nodes (self, visible);
  if (ctx.detail == SW_DETAIL_FILLS)
    draw_fills (&ctx, nodes);
  else
    for (guint i = 0; i < nodes->len; i++)
      draw_card (&ctx, g_ptr_array_index (nodes, i));

  _sw_draw_link_labels (&ctx, links);
  sw_pen_restore (pen);

  self->n_drawn_nodes = nodes->len;
  self->n_drawn_links = links->len;
}

void
sw_graph_painter_paint_rubber_band (SwGraphPainter *self,
                                    cairo_t        *cr,
                                    const SwRect   *rect,
                                    double          zoom)
{
  const SwPalette *palette;
  SwCairoPen cairo_pen;
  SwPen *pen = &cairo_pen.parent;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (rect != NULL);

  sw_cairo_pen_init (&cairo_pen, cr);
  palette = sw_palette_get (self->dark);
  sw_pen_save (pen);
  sw_pen_rectangle (pen, rect, 0);
  sw_pen_set_color (pen, &palette->accent, 0.15);
  sw_pen_fill_preserve (pen);
  sw_pen_set_line_width (pen, 1 / zoom);
  sw_pen_set_color (pen, &palette->accent, 0.8);
  sw_pen_stroke (pen);
  sw_pen_restore (pen);
}
