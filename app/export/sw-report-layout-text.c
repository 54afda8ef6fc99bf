/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The type of the paged report: its palette, its type styles, and text set
 * with Pango in the direction and language it is written in.
 *
 * Text is measured with hinting off and unrounded glyph positions, so a
 * page breaks in the same place on paper and in a PDF at any zoom.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

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

/* The context of text set in one base direction, for one page renderer. */
PangoContext *
_sw_report_make_context (SwReportLayout *self,
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
