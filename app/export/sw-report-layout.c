/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The paged report, shared by the PDF writer and printing: the page
 * geometry, the type styles, the title page and the page numbers of the
 * contents.  The blocks are set in pages by sw-report-flow.c and drawn by
 * sw-report-paint.c.
 *
 * Text is measured with hinting off and unrounded glyph positions, so a
 * page breaks in the same place on paper and in a PDF at any zoom.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-report-layout-private.h"
#include "sw-validate.h"

/* A calm palette: dark ink, one deep blue for structure, a grey for what is secondary. */
const SwRgb _sw_report_ink = { 0.114, 0.141, 0.188 };
const SwRgb _sw_report_accent = { 0.122, 0.227, 0.373 };
const SwRgb _sw_report_muted = { 0.357, 0.392, 0.451 };
const SwRgb _sw_report_rule = { 0.835, 0.859, 0.890 };
const SwRgb _sw_report_tint = { 0.945, 0.957, 0.973 };

/* Families in order of preference; fontconfig fills in other scripts (CJK) by language. */
#define SERIF "Noto Serif, Noto Naskh Arabic, Noto Serif Hebrew, DejaVu Serif, serif"
#define SANS "Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, DejaVu Sans, sans-serif"

typedef struct
{
  const char *font;
  const SwRgb *color;
  double line_spacing;
  double letter_spacing;
  gboolean upper;
} StyleDefinition;

static const StyleDefinition style_definitions[SW_N_STYLES] = {
  [SW_STYLE_BODY] = { SERIF " 10.5", &_sw_report_ink, 1.08, 0, FALSE },
  [SW_STYLE_LEAD] = { SERIF " 12", &_sw_report_ink, 1.05, 0, FALSE },
  [SW_STYLE_NOTE] = { SERIF " Italic 10", &_sw_report_muted, 0, 0, FALSE },
  [SW_STYLE_H1] = { SANS " SemiBold 21", &_sw_report_accent, 0, 0, FALSE },
  [SW_STYLE_H2] = { SANS " SemiBold 13.5", &_sw_report_accent, 0, 0, FALSE },
  [SW_STYLE_H3] = { SANS " SemiBold 10.5", &_sw_report_ink, 0, 0, FALSE },
  [SW_STYLE_EYEBROW] = { SANS " Bold 7.5", &_sw_report_muted, 0, 0.6, TRUE },
  [SW_STYLE_FIELD_LABEL] = { SANS " 8", &_sw_report_muted, 0, 0, FALSE },
  [SW_STYLE_FIELD_VALUE] = { SANS " 8.5", &_sw_report_ink, 0, 0, FALSE },
  [SW_STYLE_TABLE_HEAD] = { SANS " SemiBold 7.5", &_sw_report_accent, 0, 0, FALSE },
  [SW_STYLE_TABLE_CELL] = { SANS " 8", &_sw_report_ink, 0, 0, FALSE },
  [SW_STYLE_TABLE_STRONG] = { SANS " SemiBold 8", &_sw_report_ink, 0, 0, FALSE },
  [SW_STYLE_TITLE] = { SANS " SemiBold 30", &_sw_report_accent, 0, 0, FALSE },
  [SW_STYLE_SUBTITLE] = { SERIF " 15", &_sw_report_muted, 0, 0, FALSE },
  [SW_STYLE_META] = { SANS " 10", &_sw_report_ink, 1.1, 0, FALSE },
  [SW_STYLE_SMALL] = { SANS " 8", &_sw_report_muted, 0, 0, FALSE },
  [SW_STYLE_TOC_TITLE] = { SANS " 10.5", &_sw_report_ink, 0, 0, FALSE },
  [SW_STYLE_FURNITURE] = { SANS " 7.5", &_sw_report_muted, 0, 0.2, FALSE },
};

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

SwRgb
_sw_rgb_parse (const char *color,
               SwRgb       fallback)
{
  guint value;

  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return fallback;

  value = (guint) g_ascii_strtoull (color + 1, NULL, 16);
  return (SwRgb) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0,
                   (value & 0xff) / 255.0 };
}

/*
 * The language Pango picks fonts by.  Chinese without a region or script
 * would get Japanese glyph shapes from the CJK fonts; simplified is the
 * default unless the tag says traditional.
 */
static PangoLanguage *
font_language (const char *language)
{
  g_autofree char *lower = g_ascii_strdown (language, -1);

  if (g_str_equal (lower, "zh") || g_str_has_prefix (lower, "zh-hans"))
    return pango_language_from_string ("zh-cn");
  if (g_str_has_prefix (lower, "zh-hant"))
    return pango_language_from_string ("zh-tw");
  return pango_language_from_string (lower);
}

static PangoContext *
make_context (SwReportLayout *self,
              gboolean        rtl)
{
  PangoContext *context = pango_font_map_create_context (self->font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_base_dir (context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  pango_context_set_language (context, font_language (self->report->language));
  cairo_font_options_destroy (options);
  return context;
}

void
_sw_report_styles_init (SwReportLayout *self)
{
  for (guint i = 0; i < SW_N_STYLES; i++)
    {
      const StyleDefinition *def = &style_definitions[i];

      self->styles[i] = (SwTextStyle) {
        pango_font_description_from_string (def->font), *def->color, def->line_spacing,
        def->letter_spacing, def->upper,
      };
    }
}

void
_sw_report_styles_clear (SwReportLayout *self)
{
  for (guint i = 0; i < SW_N_STYLES; i++)
    g_clear_pointer (&self->styles[i].font, pango_font_description_free);
}

/*
 * The direction of text whose language is not known (an owner's name, the
 * report's own words): that of its first letter of a strong direction, or
 * the report's when it has none (numbers and dates).
 */
static gboolean
text_is_rtl (const char *text,
             gboolean    otherwise)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_SAMARITAN:
        case G_UNICODE_SCRIPT_MANDAIC:
        case G_UNICODE_SCRIPT_ADLAM:
          return TRUE;
        default:
          if (g_unichar_isalpha (c))
            return FALSE;
        }
    }

  return otherwise;
}

/*
 * A paragraph of @text in @style, @width points wide.  Its base direction
 * is that of @language when the text is the document's, so that an Arabic
 * sentence opening with a Latin acronym still reads right to left; for
 * other text (@language %NULL) it is found from the text.  Lines align to
 * the report's start edge, or its end with @align_end, whatever the
 * direction of the paragraph, so that a page keeps one margin to read from.
 */
PangoLayout *
_sw_report_make_layout (SwReportLayout *self,
                        SwStyleId       style,
                        const char     *text,
                        const char     *language,
                        double          width,
                        gboolean        align_end)
{
  const SwTextStyle *st = &self->styles[style];
  gboolean rtl = language != NULL ? sw_language_tag_is_rtl (language)
                                  : text_is_rtl (text, self->report->rtl);
  PangoLayout *layout = pango_layout_new (self->contexts[rtl]);
  g_autofree char *upper = st->upper ? g_utf8_strup (text, -1) : NULL;
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, st->font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Without auto_dir, Pango's left is the page's left whatever the paragraph's direction. */
  pango_layout_set_alignment (layout, self->report->rtl != align_end ? PANGO_ALIGN_RIGHT
                                                                     : PANGO_ALIGN_LEFT);
  if (st->line_spacing > 0)
    pango_layout_set_line_spacing (layout, st->line_spacing);
  if (st->letter_spacing > 0)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (st->letter_spacing * PANGO_SCALE));
  if (language != NULL)
    pango_attr_list_insert (attrs, pango_attr_language_new (font_language (language)));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, upper ? upper : text, -1);
  return layout;
}

double
_sw_report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
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
  self->contexts[0] = make_context (self, FALSE);
  self->contexts[1] = make_context (self, TRUE);
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
