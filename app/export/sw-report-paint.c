/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Drawing a set page: its operations, then the running header and the page
 * number.  A right-to-left report is drawn mirrored: every box moves to the
 * other side of the page, the text inside keeps its own direction.  On a
 * PDF surface, headings become link destinations and contents entries
 * become links to them; when the layout is tagged, the structure elements
 * the flow placed among the drawing are opened and closed with it.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include "sw-report-figure.h"
#include "sw-report-layout-private.h"

/* Where the running header and the page number sit, from the text area's edges. */
#define HEADER_RISE 46.0
#define FOOTER_DROP 34.0

static gboolean
is_pdf (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
}

static double
box_x (SwReportLayout *self,
       double          x,
       double          width)
{
  return self->report->rtl ? self->page_width - x - width : x;
}

static void
set_color (cairo_t *cr,
           SwRgb    color)
{
  cairo_set_source_rgb (cr, color.r, color.g, color.b);
}

/* Draws lines @first to @first + @n (all with @n < 0) where the whole layout would sit at @x, @top. */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       top,
            int          first,
            int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int i = 0;

  do
    {
      if (i >= first)
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + pango_units_to_double (logical.x),
                         top + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while ((n < 0 || i < first + n) && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* The horizontal span of the ink-free text of the last line of @layout, and its baseline. */
static void
last_line_span (PangoLayout *layout,
                double      *start,
                double      *end,
                double      *baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  while (!pango_layout_iter_at_last_line (iter))
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  *start = pango_units_to_double (logical.x);
  *end = pango_units_to_double (logical.x + logical.width);
  *baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
  pango_layout_iter_free (iter);
}

static void
paint_text (SwReportLayout *self,
            cairo_t        *cr,
            const SwOp     *op)
{
  g_autofree char *destination = NULL;

  if (op->name != NULL && is_pdf (cr))
    {
      destination = g_strdup_printf ("name='%s'", op->name);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, destination);
    }

  set_color (cr, op->color);
  show_lines (cr, op->layout, box_x (self, op->x, op->width), op->origin_y, op->first_line,
              op->n_lines);

  if (destination != NULL)
    cairo_tag_end (cr, CAIRO_TAG_DEST);
}

/* A contents entry: its title, dots leading to the page number, all one link. */
static void
paint_toc (SwReportLayout *self,
           cairo_t        *cr,
           const SwOp     *op)
{
  double number_width = 36;
  double title_width = op->width - number_width - 12;
  double title_x = box_x (self, op->x, title_width);
  double number_x = box_x (self, op->x + op->width - number_width, number_width);
  double start, end, baseline, number_start, number_end, number_baseline;
  double from, to;
  g_autofree char *link = NULL;

  if (is_pdf (cr))
    {
      link = g_strdup_printf ("dest='%s'", op->name);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
    }

  set_color (cr, _sw_report_ink);
  show_lines (cr, op->layout, title_x, op->y, 0, -1);
  last_line_span (op->layout, &start, &end, &baseline);

  if (op->number != NULL)
    {
      last_line_span (op->number, &number_start, &number_end, &number_baseline);
      show_lines (cr, op->number, number_x, op->y + baseline - number_baseline, 0, -1);
      /* Dots between the end of the title and the number, on the title's last baseline. */
      if (self->report->rtl)
        {
          from = number_x + number_end + 6;
          to = title_x + start - 6;
        }
      else
        {
          from = title_x + end + 6;
          to = number_x + number_start - 6;
        }
      set_color (cr, _sw_report_muted);
      for (double x = to - 0.6; x > from; x -= 4)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, op->y + baseline - 0.6, 0.55, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  if (link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
paint_op (SwReportLayout *self,
          cairo_t        *cr,
          const SwOp     *op)
{
  switch (op->type)
    {
    case SW_OP_TEXT:
      paint_text (self, cr, op);
      break;

    case SW_OP_RECT:
      set_color (cr, op->color);
      cairo_rectangle (cr, box_x (self, op->x, op->width), op->y, op->width, op->height);
      cairo_fill (cr);
      break;

    case SW_OP_FIGURE:
      cairo_save (cr);
      cairo_translate (cr, box_x (self, op->x, op->width), op->y);
      if (op->rotated)
        {
          /* A landscape figure on a portrait page turns a quarter left, as books do. */
          cairo_translate (cr, 0, op->height);
          cairo_rotate (cr, -G_PI / 2);
          _sw_report_figure_draw (self->report, op->positions, cr, op->height, op->width,
                                  1.0);
        }
      else
        _sw_report_figure_draw (self->report, op->positions, cr, op->width, op->height, 1.0);
      cairo_restore (cr);
      set_color (cr, _sw_report_rule);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, box_x (self, op->x, op->width), op->y, op->width, op->height);
      cairo_stroke (cr);
      break;

    case SW_OP_TOC:
      paint_toc (self, cr, op);
      break;

    case SW_OP_BEGIN:
      if (self->tagged)
        {
          cairo_tag_begin (cr, op->tag, NULL);
          if (op->leaf)
            self->open_leaf = op->tag;
        }
      break;

    case SW_OP_END:
      if (self->tagged)
        {
          cairo_tag_end (cr, op->tag);
          if (op->leaf)
            self->open_leaf = NULL;
        }
      break;

    case SW_OP_DEST:
    default:
      break;
    }
}

static PangoLayout *
furniture_layout (SwReportLayout *self,
                  const char     *text,
                  double          width,
                  PangoAlignment  alignment)
{
  PangoLayout *layout = _sw_report_make_layout (self, SW_STYLE_FURNITURE, text, NULL, width,
                                                FALSE);

  /* One line, cut short with an ellipsis: the header names, it does not quote. */
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  if (alignment != PANGO_ALIGN_LEFT)
    pango_layout_set_alignment (layout, alignment);
  return layout;
}

static void
paint_furniture (SwReportLayout *self,
                 cairo_t        *cr,
                 const SwPage   *page,
                 guint           index)
{
  double width = self->page_width - 2 * self->margin_side;
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  g_autoptr(PangoLayout) footer = furniture_layout (self, number, width, PANGO_ALIGN_CENTER);

  set_color (cr, _sw_report_muted);
  show_lines (cr, footer, self->margin_side,
              self->page_height - self->margin_bottom + FOOTER_DROP, 0, -1);

  if (page->running_head != NULL)
    {
      double half = width / 2 - 12;
      double top = self->margin_top - HEADER_RISE;
      g_autoptr(PangoLayout) title = _sw_report_make_layout (self, SW_STYLE_FURNITURE,
                                                             self->report->title, NULL, half,
                                                             FALSE);
      g_autoptr(PangoLayout) chapter = _sw_report_make_layout (self, SW_STYLE_FURNITURE,
                                                               page->running_head, NULL, half,
                                                               TRUE);

      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (title, -1);
      pango_layout_set_ellipsize (chapter, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (chapter, -1);

      show_lines (cr, title, box_x (self, self->margin_side, half), top, 0, -1);
      show_lines (cr, chapter, box_x (self, self->margin_side + width - half, half), top, 0, -1);
      set_color (cr, _sw_report_rule);
      cairo_rectangle (cr, self->margin_side, top + _sw_report_layout_height (title) + 6, width,
                       0.5);
      cairo_fill (cr);
    }
}

/* Whether the element open at the top of @page closes on it: its end is the page's first tag. */
static gboolean
closes_open_leaf (const SwPage *page)
{
  for (guint i = 0; i < page->ops->len; i++)
    {
      const SwOp *op = g_ptr_array_index (page->ops, i);

      if (op->type == SW_OP_BEGIN || op->type == SW_OP_END)
        return op->type == SW_OP_END;
    }
  return FALSE;
}

/*
 * In a tagged PDF, whatever is drawn while an element that holds text is
 * open becomes part of that text.  The running header and the page number
 * are drawn where no such element is open: at the top of the page, or
 * after the end of a paragraph that comes over from the page before.  A
 * paragraph longer than a page leaves no such place, and is cut in two
 * elements at its middle page's top.  They would rather be marked as
 * artifacts, which cairo 1.16 cannot do; left out of every element's
 * content, they are passed over all the same by a reader that follows the
 * structure.
 */
void
_sw_report_paint_page (SwReportLayout *self,
                       cairo_t        *cr,
                       guint           index)
{
  SwPage *page = g_ptr_array_index (self->pages, index);
  gboolean furnished = !page->furniture;

  cairo_save (cr);
  if (self->tagged && index == 0)
    cairo_tag_begin (cr, "Document", NULL);

  if (!furnished && self->open_leaf != NULL && !closes_open_leaf (page))
    {
      cairo_tag_end (cr, self->open_leaf);
      paint_furniture (self, cr, page, index);
      cairo_tag_begin (cr, self->open_leaf, NULL);
      furnished = TRUE;
    }

  for (guint i = 0; i < page->ops->len; i++)
    {
      if (!furnished && self->open_leaf == NULL)
        {
          paint_furniture (self, cr, page, index);
          furnished = TRUE;
        }
      paint_op (self, cr, g_ptr_array_index (page->ops, i));
    }
  if (!furnished)
    paint_furniture (self, cr, page, index);

  if (self->tagged && index + 1 == self->pages->len)
    cairo_tag_end (cr, "Document");
  cairo_restore (cr);
}
