/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The paged report, shared by the PDF writer and printing: the page
 * geometry, the operations a page holds, the title page and the page
 * numbers of the contents.  The type is set by sw-report-layout-text.c,
 * the blocks are set in pages by sw-report-flow.c and drawn by
 * sw-report-paint.c.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-report-layout-private.h"

/**
 * sw_report_page_size:
 *
 * The size of a sheet of @size in points, portrait.
 */
void
sw_report_page_size (SwPageSize  size,
                     double     *width,
                     double     *height)
{
  if (size == SW_PAGE_SIZE_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.276;
      *height = 841.890;
    }
}

SwOp *
_sw_page_add_op (SwPage   *page,
                 SwOpType  type)
{
  SwOp *op = g_new0 (SwOp, 1);

  op->type = type;
  op->n_lines = -1;
  op->color = _sw_report_ink;
  g_ptr_array_add (page->ops, op);
  return op;
}

/*
 * Structure elements that group others; the rest hold the drawing itself.
 * Cairo marks only the drawing inside an element without children, so
 * anything drawn directly in a group is left out of the structure.
 */
static gboolean
tag_is_group (const char *tag)
{
  static const char * const groups[] = {
    "Document", "Sect", "TOC", "TOCI", "L", "LI", "Table", "TR", NULL,
  };

  return g_strv_contains (groups, tag);
}

static void
add_tag (SwPage     *page,
         SwOpType    type,
         const char *tag)
{
  SwOp *op = _sw_page_add_op (page, type);

  op->tag = tag;
  op->leaf = !tag_is_group (tag);
}

/* Opens the structure element @tag (a static string), drawn as such in a tagged PDF. */
void
_sw_page_begin_tag (SwPage     *page,
                    const char *tag)
{
  add_tag (page, SW_OP_BEGIN, tag);
}

/* Closes the innermost open element, @tag, which may have opened on an earlier page. */
void
_sw_page_end_tag (SwPage     *page,
                  const char *tag)
{
  add_tag (page, SW_OP_END, tag);
}

static void
op_free (gpointer data)
{
  SwOp *op = data;

  g_clear_object (&op->layout);
  g_clear_object (&op->number);
  g_clear_pointer (&op->positions, g_hash_table_unref);
  g_free (op->name);
  g_free (op);
}

static void
page_free (gpointer data)
{
  SwPage *page = data;

  g_ptr_array_unref (page->ops);
  g_free (page->running_head);
  g_free (page);
}

SwPage *
_sw_report_add_page (SwReportLayout *self)
{
  SwPage *page = g_new0 (SwPage, 1);

  page->ops = g_ptr_array_new_with_free_func (op_free);
  g_ptr_array_add (self->pages, page);
  return page;
}

/* A line or lines across the page, as the structure element @tag. */
static SwOp *
add_text (SwReportLayout *self,
          SwPage         *page,
          const char     *tag,
          SwStyleId       style,
          const char     *text,
          const char     *language,
          double          y)
{
  SwOp *op;
  double width = self->page_width - 2 * self->margin_side;

  _sw_page_begin_tag (page, tag);
  op = _sw_page_add_op (page, SW_OP_TEXT);
  op->layout = _sw_report_make_layout (self, style, text, language, width, FALSE);
  op->x = self->margin_side;
  op->y = op->origin_y = y;
  op->width = width;
  op->height = _sw_report_layout_height (op->layout);
  op->color = self->styles[style].color;
  _sw_page_end_tag (page, tag);
  return op;
}

/*
 * The title page: a short bar, the edition, the title and subtitle in the
 * upper half, the date and authors below them, the sources at the foot.
 */
void
_sw_report_build_title_page (SwReportLayout *self,
                             SwPage         *page)
{
  SwReport *report = self->report;
  double y = self->page_height * 0.26;
  double width = self->page_width - 2 * self->margin_side;
  SwOp *bar = _sw_page_add_op (page, SW_OP_RECT);
  g_autoptr(GString) meta = g_string_new (report->date);

  bar->x = self->margin_side;
  bar->y = y;
  bar->width = 56;
  bar->height = 4;
  bar->color = _sw_report_accent;
  y += 26;

  if (report->edition != NULL)
    {
      g_autofree char *edition = g_strdup_printf (sw_report_gettext (report, N_("Edition %s")),
                                                  report->edition);

      y += add_text (self, page, "P", SW_STYLE_EYEBROW, edition, NULL, y)->height + 10;
    }
  y += add_text (self, page, "H1", SW_STYLE_TITLE, report->title, report->language,
                 y)->height + 14;
  if (report->subtitle[0] != '\0')
    y += add_text (self, page, "P", SW_STYLE_SUBTITLE, report->subtitle, report->language,
                   y)->height;

  for (guint i = 0; report->authors[i] != NULL; i++)
    g_string_append_printf (meta, "\n%s", report->authors[i]);
  add_text (self, page, "P", SW_STYLE_META, meta->str, NULL, y + 36);

  if (report->sources->len > 0)
    {
      g_autoptr(GString) sources = g_string_new (NULL);
      g_autoptr(PangoLayout) probe = NULL;
      double bottom = self->page_height - self->margin_bottom;
      double height;
      SwOp *rule;

      for (guint i = 0; i < report->sources->len; i++)
        g_string_append_printf (sources, "%s%s", i ? "\n" : "",
                                (char *) g_ptr_array_index (report->sources, i));
      probe = _sw_report_make_layout (self, SW_STYLE_SMALL, sources->str, NULL, width, FALSE);
      height = _sw_report_layout_height (probe);

      /* The label is read first, as a heading, though it is set after the list is measured. */
      add_text (self, page, "H2", SW_STYLE_EYEBROW, sw_report_gettext (report, N_("Sources")),
                NULL, bottom - height - 18);
      add_text (self, page, "P", SW_STYLE_SMALL, sources->str, NULL, bottom - height);
      rule = _sw_page_add_op (page, SW_OP_RECT);
      rule->x = self->margin_side;
      rule->y = bottom - height - 30;
      rule->width = width;
      rule->height = 0.5;
      rule->color = _sw_report_rule;
    }
}

static void
fill_in_page_numbers (SwReportLayout *self)
{
  for (guint p = 0; p < self->pages->len; p++)
    {
      SwPage *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->ops->len; i++)
        {
          SwOp *op = g_ptr_array_index (page->ops, i);
          guint number;
          g_autofree char *text = NULL;

          if (op->type != SW_OP_TOC)
            continue;

          number = GPOINTER_TO_UINT (g_hash_table_lookup (self->anchor_pages, op->name));
          text = g_strdup_printf ("%u", number);
          g_clear_object (&op->number);
          op->number = _sw_report_make_layout (self, SW_STYLE_TOC_TITLE, text, NULL, 36, TRUE);
        }
    }
}

/**
 * sw_report_layout_new:
 * @page_width: in points
 * @page_height: in points
 * @progress: (nullable): told how far the setting has come, from 0 to 1
 *
 * Sets @report in pages.  The contents are set with room for the page
 * numbers, which are filled in once every chapter has found its page: the
 * second pass over the contents changes no line break, so no page moves.
 *
 * Returns: (transfer full) (nullable): the pages, or %NULL if cancelled
 */
SwReportLayout *
sw_report_layout_new (SwReport      *report,
                      double         page_width,
                      double         page_height,
                      SwProgressFunc progress,
                      gpointer       progress_data,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(SwReportLayout) self = g_new0 (SwReportLayout, 1);
  SwPage *title_page;

  self->report = report;
  self->page_width = page_width;
  self->page_height = page_height;
  self->margin_side = 72;
  self->margin_top = 80;
  self->margin_bottom = 76;
  /* The thread's own default font map (Pango keeps one per thread): each new font map
   * starts a fontconfig thread of its own, which one report per export need not pay for. */
  self->font_map = g_object_ref (pango_cairo_font_map_get_default ());
  self->contexts[0] = _sw_report_make_context (self, FALSE);
  self->contexts[1] = _sw_report_make_context (self, TRUE);
  _sw_report_styles_init (self);
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->anchor_pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  title_page = _sw_report_add_page (self);
  _sw_report_build_title_page (self, title_page);

  _sw_report_flow (self, progress, progress_data, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  fill_in_page_numbers (self);
  return g_steal_pointer (&self);
}

void
sw_report_layout_free (SwReportLayout *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->anchor_pages, g_hash_table_unref);
  _sw_report_styles_clear (self);
  g_clear_object (&self->contexts[0]);
  g_clear_object (&self->contexts[1]);
  g_clear_object (&self->font_map);
  g_free (self);
}

guint
sw_report_layout_get_n_pages (SwReportLayout *self)
{
  return self->pages->len;
}

/**
 * sw_report_layout_set_tagged:
 *
 * Whether drawing the pages on a PDF surface also gives the PDF its
 * structure (headings, paragraphs, lists, tables, the figure and the
 * contents), for screen readers and text reflow.  An element may open on
 * one page and close on another, so the pages must then be drawn once
 * each, in order, onto one surface, as the PDF writer does; printing a
 * range of pages would leave elements unclosed.
 */
void
sw_report_layout_set_tagged (SwReportLayout *self,
                             gboolean        tagged)
{
  self->tagged = tagged;
  self->open_leaf = NULL;
}

void
sw_report_layout_draw_page (SwReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  g_return_if_fail (page < self->pages->len);

  _sw_report_paint_page (self, cr, page);
}
