/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Setting the report's blocks in pages: the contents, then every block in
 * turn.  Paragraphs break between lines (never leaving one line alone at
 * the foot of a page), headings stay with what follows them, table rows and
 * field rows stay whole.  Tables, lists, the figure and the contents are
 * set by sw-report-flow-blocks.c.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include "sw-report-flow-private.h"

/*
 * Where a rule may go among the page's operations: at the end, unless a
 * paragraph going on over the page is open there; then before it, so that
 * a tagged PDF does not count the rule as part of the paragraph.
 */
static guint
decoration_index (SwPage *page)
{
  for (guint i = page->ops->len; i > 0; i--)
    {
      const SwOp *op = g_ptr_array_index (page->ops, i - 1);

      if (op->type == SW_OP_BEGIN && op->leaf)
        return i - 1;
      if (op->type == SW_OP_BEGIN || op->type == SW_OP_END)
        break;
    }
  return page->ops->len;
}

static void
bar_piece (Flow *f)
{
  guint index;
  SwOp *op;

  if (!f->bar_open || f->bar_bottom <= f->bar_top)
    return;

  index = decoration_index (f->page);
  op = _sw_page_add_op (f->page, SW_OP_RECT);
  g_ptr_array_insert (f->page->ops, index, g_ptr_array_steal_index (f->page->ops,
                                                                     f->page->ops->len - 1));
  op->x = f->left;
  op->y = f->bar_top;
  op->width = ITEM_BAR;
  op->height = f->bar_bottom - f->bar_top;
  op->color = f->bar_color;
}

void
_sw_flow_close_bar (Flow *f)
{
  bar_piece (f);
  f->bar_open = FALSE;
}

void
_sw_flow_new_page (Flow *f)
{
  bar_piece (f);
  f->page = _sw_report_add_page (f->self);
  f->page->furniture = TRUE;
  f->page->running_head = g_strdup (f->chapter);
  f->y = f->top;
  f->pending = 0;
  f->empty = TRUE;
  f->bar_top = f->bar_bottom = f->top;
}

void
_sw_flow_add_space (Flow   *f,
                    double  space)
{
  f->pending = MAX (f->pending, space);
}

/* Makes room for @height points, on a new page if this one is too full; returns the top. */
double
_sw_flow_reserve (Flow   *f,
                  double  height)
{
  double y;

  if (!f->empty && f->y + f->pending + height > f->bottom)
    _sw_flow_new_page (f);
  if (!f->empty)
    f->y += f->pending;
  f->pending = 0;
  f->empty = FALSE;
  y = f->y;
  f->y += height;
  if (f->bar_open)
    f->bar_bottom = f->y;
  return y;
}

SwOp *
_sw_flow_add_text_op (Flow        *f,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       width,
                      SwRgb        color)
{
  SwOp *op = _sw_page_add_op (f->page, SW_OP_TEXT);

  op->layout = g_object_ref (layout);
  op->x = x;
  op->y = op->origin_y = y;
  op->width = width;
  op->height = _sw_report_layout_height (layout);
  op->color = color;
  return op;
}

/* Places @layout, on room already made for it, as the structure element @tag (a static string). */
SwOp *
_sw_flow_add_element (Flow        *f,
                      const char  *tag,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       width,
                      SwRgb        color)
{
  SwOp *op;

  _sw_page_begin_tag (f->page, tag);
  op = _sw_flow_add_text_op (f, layout, x, y, width, color);
  _sw_page_end_tag (f->page, tag);
  return op;
}

/*
 * Places @layout as the structure element @tag, breaking it between lines
 * where the page ends.  The element opens on the page of its first line,
 * and stays one element over the break.
 */
static void
flow_lines (Flow        *f,
            const char  *tag,
            PangoLayout *layout,
            double       x,
            double       width,
            SwRgb        color)
{
  int n = pango_layout_get_line_count (layout);
  g_autofree double *tops = g_new (double, n);
  g_autofree double *bottoms = g_new (double, n);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int first = 0;

  for (int i = 0; i < n; i++, pango_layout_iter_next_line (iter))
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      tops[i] = pango_units_to_double (logical.y);
      bottoms[i] = pango_units_to_double (logical.y + logical.height);
    }
  pango_layout_iter_free (iter);

  while (first < n)
    {
      double space = f->empty ? 0 : f->pending;
      double room = f->bottom - (f->y + space);
      int last = first;
      SwOp *op;

      while (last < n && bottoms[last] - tops[first] <= room)
        last++;

      /* Not one line alone at the foot of a page: move the paragraph on. */
      if (!f->empty && (last == first || (first == 0 && last == 1 && n > 1)))
        {
          _sw_flow_new_page (f);
          continue;
        }
      /* Nor one line alone at the top of the next. */
      if (last == n - 1 && last - first >= 3)
        last--;
      if (last == first)
        last = first + 1;

      f->y += space;
      f->pending = 0;
      f->empty = FALSE;
      if (first == 0)
        _sw_page_begin_tag (f->page, tag);
      op = _sw_page_add_op (f->page, SW_OP_TEXT);
      op->layout = g_object_ref (layout);
      op->first_line = first;
      op->n_lines = last - first;
      op->x = x;
      op->width = width;
      op->y = f->y;
      op->height = bottoms[last - 1] - tops[first];
      op->origin_y = f->y - tops[first];
      op->color = color;
      f->y += op->height;
      if (f->bar_open)
        f->bar_bottom = f->y;

      first = last;
      if (first < n)
        _sw_flow_new_page (f);
    }
  _sw_page_end_tag (f->page, tag);
}

static double
item_indent (const SwReportBlock *block)
{
  return block->indented ? ITEM_INDENT : 0;
}

static void
record_anchor (Flow       *f,
               const char *anchor)
{
  g_hash_table_insert (f->self->anchor_pages, g_strdup (anchor),
                       GUINT_TO_POINTER (f->self->pages->len));
}

/* Closes the sections of headings of @level and deeper. */
static void
close_sections (Flow  *f,
                guint  level)
{
  while (f->n_sections > 0 && f->section_levels[f->n_sections - 1] >= level)
    {
      _sw_page_end_tag (f->page, "Sect");
      f->n_sections--;
    }
}

/*
 * A heading opens a section that holds it and what follows up to the next
 * heading of its level or above, as the HTML report's <section> elements.
 */
static void
open_section (Flow  *f,
              guint  level)
{
  g_assert (f->n_sections < G_N_ELEMENTS (f->section_levels));
  _sw_page_begin_tag (f->page, "Sect");
  f->section_levels[f->n_sections++] = level;
}

static void
flow_heading (Flow                *f,
              const SwReportBlock *block)
{
  static const SwStyleId styles[] = { SW_STYLE_H1, SW_STYLE_H1, SW_STYLE_H2, SW_STYLE_H3 };
  static const char * const tags[] = { "H1", "H1", "H2", "H3" };
  static const double space_before[] = { 0, 30, 20, 12 };
  static const double space_after[] = { 0, 16, 6, 3 };
  SwReportLayout *self = f->self;
  guint level = CLAMP (block->level, 1, 3);
  double indent = item_indent (block);
  double width = f->width - indent;
  g_autoptr(PangoLayout) eyebrow = NULL;
  g_autoptr(PangoLayout) title = NULL;
  double bar = level == 1 ? 15 : 0;
  double height, y;
  SwOp *op;

  _sw_flow_close_bar (f);
  close_sections (f, level);
  if (level == 1 && block->new_page && !f->empty)
    _sw_flow_new_page (f);
  _sw_flow_add_space (f, space_before[level]);

  if (block->eyebrow != NULL)
    eyebrow = _sw_report_make_layout (self, SW_STYLE_EYEBROW, block->eyebrow, NULL, width, FALSE);
  title = _sw_report_make_layout (self, styles[level], block->text, block->language, width, FALSE);
  height = bar + (eyebrow ? _sw_report_layout_height (eyebrow) + 4 : 0)
           + _sw_report_layout_height (title);

  /* A heading keeps about three lines of what follows on its page. */
  if (!f->empty && f->y + f->pending + height + 42 > f->bottom)
    _sw_flow_new_page (f);

  if (level == 1)
    {
      f->chapter = block->text;
      /* A page that opens with a chapter shows its title large, not in the header. */
      if (f->empty)
        g_clear_pointer (&f->page->running_head, g_free);
    }

  y = _sw_flow_reserve (f, height);
  record_anchor (f, block->anchor);
  open_section (f, level);
  if (level == 1)
    {
      op = _sw_page_add_op (f->page, SW_OP_RECT);
      op->x = f->left;
      op->y = y;
      op->width = 40;
      op->height = 3;
      op->color = _sw_rgb_parse (block->color, _sw_report_accent);
      y += bar;
    }
  /* The eyebrow is part of the heading, as it is in the contents. */
  _sw_page_begin_tag (f->page, tags[level]);
  if (eyebrow != NULL)
    {
      op = _sw_flow_add_text_op (f, eyebrow, f->left + indent, y, width, self->styles[SW_STYLE_EYEBROW].color);
      op->name = g_strdup (block->anchor);
      y += op->height + 4;
    }
  op = _sw_flow_add_text_op (f, title, f->left + indent, y, width, self->styles[styles[level]].color);
  if (eyebrow == NULL)
    op->name = g_strdup (block->anchor);
  _sw_page_end_tag (f->page, tags[level]);
  _sw_flow_add_space (f, space_after[level]);

  if (level == 3)
    {
      f->bar_open = TRUE;
      f->bar_top = y;
      f->bar_bottom = f->y;
      f->bar_color = _sw_rgb_parse (block->color, _sw_report_rule);
    }
}

static void
flow_paragraph (Flow                *f,
                const SwReportBlock *block)
{
  static const SwStyleId styles[] = { SW_STYLE_BODY, SW_STYLE_LEAD, SW_STYLE_NOTE };
  SwStyleId style = styles[block->style];
  double indent = item_indent (block);
  g_autoptr(PangoLayout) layout = NULL;

  if (!block->indented)
    _sw_flow_close_bar (f);
  layout = _sw_report_make_layout (f->self, style, block->text, block->language,
                                   f->width - indent, FALSE);
  flow_lines (f, "P", layout, f->left + indent, f->width - indent, f->self->styles[style].color);
  _sw_flow_add_space (f, block->style == SW_REPORT_TEXT_LEAD ? 12 : 7);
}

static void
flow_fields (Flow                *f,
             const SwReportBlock *block)
{
  double indent = item_indent (block);
  double value_width = f->width - indent - FIELD_LABEL_WIDTH - 8;
  guint n_rows = block->cells->len / 2;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double total = 0;

  if (!block->indented)
    _sw_flow_close_bar (f);
  _sw_flow_add_space (f, 2);

  for (guint i = 0; i < n_rows; i++)
    {
      PangoLayout *label = _sw_report_make_layout (f->self, SW_STYLE_FIELD_LABEL,
                                                   g_ptr_array_index (block->cells, 2 * i),
                                                   NULL, FIELD_LABEL_WIDTH, FALSE);
      PangoLayout *value = _sw_report_make_layout (f->self, SW_STYLE_FIELD_VALUE,
                                                   g_ptr_array_index (block->cells, 2 * i + 1),
                                                   NULL, value_width, FALSE);

      g_ptr_array_add (layouts, label);
      g_ptr_array_add (layouts, value);
      total += MAX (_sw_report_layout_height (label), _sw_report_layout_height (value)) + 2.5;
    }

  /* A short list of facts stays on one page. */
  if (!f->empty && total < (f->bottom - f->top) / 3 && f->y + f->pending + total > f->bottom)
    _sw_flow_new_page (f);

  /* A list of labelled items, as the HTML report's <dl>. */
  for (guint i = 0; i < n_rows; i++)
    {
      PangoLayout *label = g_ptr_array_index (layouts, 2 * i);
      PangoLayout *value = g_ptr_array_index (layouts, 2 * i + 1);
      double height = MAX (_sw_report_layout_height (label), _sw_report_layout_height (value));
      double y = _sw_flow_reserve (f, height);

      if (i == 0)
        _sw_page_begin_tag (f->page, "L");
      _sw_page_begin_tag (f->page, "LI");
      /* The label is a size smaller: lowered a little, it shares the value's baseline. */
      _sw_flow_add_element (f, "Lbl", label, f->left + indent, y + 0.4, FIELD_LABEL_WIDTH,
                            f->self->styles[SW_STYLE_FIELD_LABEL].color);
      _sw_flow_add_element (f, "LBody", value, f->left + indent + FIELD_LABEL_WIDTH + 8, y,
                            value_width, f->self->styles[SW_STYLE_FIELD_VALUE].color);
      _sw_page_end_tag (f->page, "LI");
      _sw_flow_add_space (f, 2.5);
    }
  if (n_rows > 0)
    _sw_page_end_tag (f->page, "L");
  _sw_flow_add_space (f, 10);
}

void
_sw_report_flow (SwReportLayout *self,
                 SwProgressFunc  progress,
                 gpointer        progress_data,
                 GCancellable   *cancellable)
{
  SwReport *report = self->report;
  Flow f = {
    .self = self,
    .top = self->margin_top,
    .bottom = self->page_height - self->margin_bottom,
    .left = self->margin_side,
    .width = self->page_width - 2 * self->margin_side,
  };

  _sw_flow_contents (&f);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (i % 64 == 0)
        {
          if (g_cancellable_is_cancelled (cancellable))
            return;
          if (progress != NULL)
            progress ((double) i / report->blocks->len, progress_data);
        }

      switch (block->type)
        {
        case SW_REPORT_BLOCK_HEADING:
          flow_heading (&f, block);
          break;
        case SW_REPORT_BLOCK_PARAGRAPH:
          flow_paragraph (&f, block);
          break;
        case SW_REPORT_BLOCK_FIELDS:
          flow_fields (&f, block);
          break;
        case SW_REPORT_BLOCK_TABLE:
          _sw_flow_table (&f, block);
          break;
        case SW_REPORT_BLOCK_LIST:
          _sw_flow_list (&f, block);
          break;
        case SW_REPORT_BLOCK_FIGURE:
          _sw_flow_figure (&f, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  _sw_flow_close_bar (&f);
  close_sections (&f, 0);
}
