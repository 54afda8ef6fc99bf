/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The blocks of the report that are more than lines of text: tables, whose
 * rows stay whole and whose header repeats on each page; lists; the figure,
 * turned a quarter on a page of its own when that makes it much larger; and
 * the contents, set with room for page numbers filled in later.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-report-figure.h"
#include "sw-report-flow-private.h"

static SwOp *
add_rect (Flow   *f,
          double  x,
          double  y,
          double  width,
          double  height,
          SwRgb   color)
{
  SwOp *op = _sw_page_add_op (f->page, SW_OP_RECT);

  op->x = x;
  op->y = y;
  op->width = width;
  op->height = height;
  op->color = color;
  return op;
}

typedef struct
{
  double       x[SW_REPORT_MAX_COLUMNS];
  double       width[SW_REPORT_MAX_COLUMNS];
  PangoLayout *cells[SW_REPORT_MAX_COLUMNS];
  double       height;
} Row;

static void
row_clear (Row *row)
{
  for (guint c = 0; c < SW_REPORT_MAX_COLUMNS; c++)
    g_clear_object (&row->cells[c]);
}

/* Sets row @r of @block; @first, if not %NULL, replaces the text of its first cell. */
static void
make_row (Flow                *f,
          const SwReportBlock *block,
          guint                r,
          const char          *first,
          Row                 *row)
{
  double x = f->left;

  row->height = 0;
  for (guint c = 0; c < block->n_columns; c++)
    {
      SwStyleId style = r == 0 ? SW_STYLE_TABLE_HEAD
                        : c == 0 ? SW_STYLE_TABLE_STRONG : SW_STYLE_TABLE_CELL;
      const char *text = c == 0 && first != NULL
                         ? first : g_ptr_array_index (block->cells, r * block->n_columns + c);

      row->x[c] = x;
      row->width[c] = block->widths[c] * f->width;
      row->cells[c] = _sw_report_make_layout (f->self, style, text, NULL,
                                              row->width[c] - 2 * CELL_PAD_X,
                                              (block->numeric_columns & (1u << c)) != 0);
      row->height = MAX (row->height, _sw_report_layout_height (row->cells[c]));
      x += row->width[c];
    }
  row->height += 2 * CELL_PAD_Y;
}

/*
 * Places a row, as a row of the table's structure unless it is the header
 * repeated on a later page.  The first column names the row (the partner),
 * so its cells are headers, as in the HTML report.
 */
static void
place_row (Flow                *f,
           const SwReportBlock *block,
           Row                 *row,
           double               y,
           gboolean             header,
           gboolean             repeated)
{
  if (!repeated)
    _sw_page_begin_tag (f->page, "TR");
  for (guint c = 0; c < block->n_columns; c++)
    {
      double x = row->x[c] + CELL_PAD_X;
      double width = row->width[c] - 2 * CELL_PAD_X;
      SwRgb color = header ? _sw_report_accent : _sw_report_ink;

      if (repeated)
        _sw_flow_add_text_op (f, row->cells[c], x, y + CELL_PAD_Y, width, color);
      else
        _sw_flow_add_element (f, header || c == 0 ? "TH" : "TD", row->cells[c], x,
                              y + CELL_PAD_Y, width, color);
    }
  if (!repeated)
    _sw_page_end_tag (f->page, "TR");
}

void
_sw_flow_table (Flow                *f,
                const SwReportBlock *block)
{
  static const SwRgb group_rule = { 0.682, 0.722, 0.776 };
  guint n_rows = block->cells->len / block->n_columns;
  Row header = { 0 };
  SwPage *header_page = NULL;
  const char *group = NULL;

  _sw_flow_close_bar (f);
  _sw_flow_add_space (f, 8);
  make_row (f, block, 0, NULL, &header);

  for (guint r = 1; r < n_rows; r++)
    {
      Row row = { 0 };
      const char *first = g_ptr_array_index (block->cells, r * block->n_columns);
      double y;

      if (first[0] != '\0')
        group = first;
      make_row (f, block, r, NULL, &row);
      if (!f->empty && f->y + f->pending + row.height
                       + (header_page != f->page ? header.height : 0) > f->bottom)
        _sw_flow_new_page (f);

      if (header_page != f->page)
        {
          /* A group that goes on over a page names itself again on the new one. */
          if (first[0] == '\0' && group != NULL)
            {
              row_clear (&row);
              make_row (f, block, r, group, &row);
            }
          y = _sw_flow_reserve (f, header.height);
          if (header_page == NULL)
            _sw_page_begin_tag (f->page, "Table");
          add_rect (f, f->left, y, f->width, header.height, _sw_report_tint);
          place_row (f, block, &header, y, TRUE, header_page != NULL);
          add_rect (f, f->left, y + header.height - 0.8, f->width, 0.8, _sw_report_accent);
          header_page = f->page;
        }
      else if (first[0] != '\0' && r > 1)
        /* A row that opens a group (a new partner) is set off by a darker rule. */
        add_rect (f, f->left, f->y - 0.5, f->width, 0.6, group_rule);

      y = _sw_flow_reserve (f, row.height);
      place_row (f, block, &row, y, FALSE, FALSE);
      if (r + 1 == n_rows)
        add_rect (f, f->left, y + row.height - 0.8, f->width, 0.8, _sw_report_accent);
      else
        add_rect (f, f->left, y + row.height - 0.4, f->width, 0.4, _sw_report_rule);
      row_clear (&row);
    }

  if (header_page != NULL)
    _sw_page_end_tag (f->page, "Table");
  row_clear (&header);
  _sw_flow_add_space (f, 16);
}

void
_sw_flow_list (Flow                *f,
               const SwReportBlock *block)
{
  double text_width = f->width - 14;

  _sw_flow_close_bar (f);
  _sw_flow_add_space (f, 2);
  for (guint i = 0; i < block->cells->len; i++)
    {
      g_autoptr(PangoLayout) bullet = _sw_report_make_layout (f->self, SW_STYLE_BODY, "•", NULL,
                                                              10, FALSE);
      g_autoptr(PangoLayout) text = _sw_report_make_layout (f->self, SW_STYLE_BODY,
                                                            g_ptr_array_index (block->cells, i),
                                                            NULL, text_width, FALSE);
      double y = _sw_flow_reserve (f, _sw_report_layout_height (text));

      if (i == 0)
        _sw_page_begin_tag (f->page, "L");
      _sw_page_begin_tag (f->page, "LI");
      _sw_flow_add_element (f, "Lbl", bullet, f->left + 2, y, 10, _sw_report_muted);
      _sw_flow_add_element (f, "LBody", text, f->left + 14, y, text_width, _sw_report_ink);
      _sw_page_end_tag (f->page, "LI");
      _sw_flow_add_space (f, 3);
    }
  if (block->cells->len > 0)
    _sw_page_end_tag (f->page, "L");
  _sw_flow_add_space (f, 10);
}

void
_sw_flow_figure (Flow                *f,
                 const SwReportBlock *block)
{
  g_autoptr(PangoLayout) caption = NULL;
  g_autoptr(GHashTable) positions = NULL;
  double graph_width, graph_height, caption_height, page_room, upright, turned, room, height, y;
  double width;
  gboolean rotated;
  SwOp *op;

  if (!_sw_report_figure_get_size (f->self->report, NULL, &graph_width, &graph_height))
    return;

  _sw_flow_close_bar (f);
  caption = _sw_report_make_layout (f->self, SW_STYLE_SMALL, block->text, NULL, f->width, FALSE);
  caption_height = _sw_report_layout_height (caption);
  _sw_flow_add_space (f, 12);

  /*
   * A graph whose shape does not suit the page (a strategy's widest band
   * makes it a strip) is folded to fill the room it will have: what is
   * left of this page if that is at least a third of one, else a page.
   */
  page_room = f->bottom - f->top - caption_height - 8;
  room = f->bottom - (f->y + f->pending) - caption_height - 8;
  positions = _sw_report_figure_fit (f->self->report, f->width,
                                     room >= (f->bottom - f->top) / 3 ? room : page_room);
  if (positions != NULL)
    _sw_report_figure_get_size (f->self->report, positions, &graph_width, &graph_height);

  /*
   * A wide graph is larger turned a quarter on a page of its own, unless it
   * is so wide that it would still be a thin strip there.
   */
  upright = MIN (f->width / graph_width, page_room / graph_height);
  turned = MIN (page_room / graph_width, f->width / graph_height);
  rotated = turned > 1.3 * upright && graph_height * turned > f->width / 2;
  width = f->width;

  if (rotated)
    {
      if (!f->empty)
        _sw_flow_new_page (f);
      height = MIN (page_room, graph_width * turned);
      width = graph_height * turned;
    }
  else
    {
      /* As large as the width allows, on this page if at least a third of a page is left. */
      height = f->width * graph_height / graph_width;
      if (height > room && room < (f->bottom - f->top) / 3)
        {
          _sw_flow_new_page (f);
          room = page_room;
        }
      height = MIN (height, room);
      width = MIN (f->width, height * graph_width / graph_height);
    }

  /*
   * Cairo 1.16 writes no alternate text for a figure; the figure's own
   * words (the cards' titles) are text inside it, and its caption follows.
   */
  y = _sw_flow_reserve (f, height);
  _sw_page_begin_tag (f->page, "Figure");
  op = _sw_page_add_op (f->page, SW_OP_FIGURE);
  op->x = f->left + (f->width - width) / 2;
  op->y = y;
  op->width = width;
  op->height = height;
  op->rotated = rotated;
  op->positions = g_steal_pointer (&positions);
  _sw_page_end_tag (f->page, "Figure");
  _sw_flow_add_space (f, 8);
  y = _sw_flow_reserve (f, caption_height);
  _sw_flow_add_element (f, "Caption", caption, f->left, y, f->width, _sw_report_muted);
  _sw_flow_add_space (f, 14);
}

/* One entry: the eyebrow in small capitals over the title, then the page number. */
static void
flow_contents_entry (Flow                *f,
                     const SwReportBlock *block)
{
  SwReportLayout *self = f->self;
  double width = f->width - TOC_NUMBER_WIDTH - 12;
  g_autofree char *eyebrow = block->eyebrow ? g_utf8_strup (block->eyebrow, -1) : NULL;
  g_autofree char *text = eyebrow ? g_strdup_printf ("%s\n%s", eyebrow, block->text)
                                  : g_strdup (block->text);
  PangoLayout *layout = _sw_report_make_layout (self, SW_STYLE_TOC_TITLE, text, block->language,
                                                width, FALSE);
  double height, y;
  SwOp *op;

  if (eyebrow != NULL)
    {
      PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
      guint end = strlen (eyebrow);
      PangoAttribute *attr;
      PangoAttribute *small[] = {
        pango_attr_size_new (7 * PANGO_SCALE),
        pango_attr_weight_new (PANGO_WEIGHT_BOLD),
        pango_attr_letter_spacing_new (0.4 * PANGO_SCALE),
        pango_attr_foreground_new (0x5b5b, 0x6464, 0x7373),
      };

      for (guint i = 0; i < G_N_ELEMENTS (small); i++)
        {
          attr = small[i];
          attr->start_index = 0;
          attr->end_index = end;
          pango_attr_list_insert (attrs, attr);
        }
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  height = _sw_report_layout_height (layout);
  y = _sw_flow_reserve (f, height);
  /* The painter makes the entry a link, which holds its text. */
  _sw_page_begin_tag (f->page, "TOCI");
  op = _sw_page_add_op (f->page, SW_OP_TOC);
  op->layout = layout;
  op->x = f->left;
  op->y = y;
  op->width = f->width;
  op->height = height;
  op->name = g_strdup (block->anchor);
  _sw_page_end_tag (f->page, "TOCI");
  _sw_flow_add_space (f, 10);
}

void
_sw_flow_contents (Flow *f)
{
  SwReport *report = f->self->report;
  const char *contents = sw_report_gettext (report, N_("Contents"));
  g_autoptr(PangoLayout) title = _sw_report_make_layout (f->self, SW_STYLE_H1, contents, NULL,
                                                         f->width, FALSE);
  SwOp *op;
  double y;

  f->chapter = contents;
  _sw_flow_new_page (f);
  g_clear_pointer (&f->page->running_head, g_free);
  y = _sw_flow_reserve (f, 15 + _sw_report_layout_height (title));
  op = _sw_page_add_op (f->page, SW_OP_RECT);
  op->x = f->left;
  op->y = y;
  op->width = 40;
  op->height = 3;
  op->color = _sw_report_accent;
  _sw_flow_add_element (f, "H1", title, f->left, y + 15, f->width, _sw_report_accent);
  _sw_flow_add_space (f, 24);

  _sw_page_begin_tag (f->page, "TOC");
  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->type == SW_REPORT_BLOCK_HEADING && block->level == 1)
        flow_contents_entry (f, block);
    }
  _sw_page_end_tag (f->page, "TOC");
}

