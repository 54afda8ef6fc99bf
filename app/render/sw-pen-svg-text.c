/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Text in the SVG pen: each line Pango laid out becomes one <text> element
 * at that line's start and baseline, in the layout's font.  The viewer
 * shapes the line itself, so the words can be selected, searched and read
 * aloud; the line breaks and the ellipsis at the end of a title cut short
 * are Pango's, so the card reads as on the canvas.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <string.h>

#include "sw-pen-svg-private.h"

/* Pango's names for the generic families, and CSS's. */
static const char *
generic_family (const char *name)
{
  static const struct
  {
    const char *pango;
    const char *css;
  } generics[] = {
    { "sans-serif", "sans-serif" }, { "sans", "sans-serif" }, { "serif", "serif" },
    { "monospace", "monospace" }, { "mono", "monospace" }, { "cursive", "cursive" },
    { "fantasy", "fantasy" }, { "system-ui", "system-ui" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (generics); i++)
    if (g_ascii_strcasecmp (name, generics[i].pango) == 0)
      return generics[i].css;

  return NULL;
}

/*
 * A Pango family list as a CSS one.  Names are quoted, and characters that
 * would end the quote, the declaration or the <style> element are dropped:
 * the family comes from the person's settings, never from a document, but
 * must not break the file either.
 */
static void
append_families (GString    *out,
                 const char *families)
{
  g_auto(GStrv) names = g_strsplit (families != NULL ? families : "", ",", -1);
  gboolean first = TRUE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      const char *generic = generic_family (name);

      if (name[0] == '\0')
        continue;
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      if (generic != NULL)
        {
          g_string_append (out, generic);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = name; *p != '\0'; p++)
        if (strchr ("\"'\\<>&;{}", *p) == NULL)
          g_string_append_c (out, *p);
      g_string_append_c (out, '"');
    }
  if (first)
    g_string_append (out, "sans-serif");
}

/* The CSS declarations of text in @font and the pen's colour. */
static const char *
text_declarations (SwPen                      *pen,
                   const PangoFontDescription *font,
                   gboolean                    rtl)
{
  GString *style = _sw_svg_pen_get_scratch (pen);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  PangoWeight weight = pango_font_description_get_weight (font);
  PangoStyle slant = pango_font_description_get_style (font);

  /* The painter lays text out at 96 dots an inch: a point is 4/3 pixels. */
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;

  g_string_append (style, "font-family:");
  append_families (style, pango_font_description_get_family (font));
  g_string_append (style, ";font-size:");
  _sw_svg_append_number (style, size);
  g_string_append (style, "px");
  if (weight != PANGO_WEIGHT_NORMAL)
    g_string_append_printf (style, ";font-weight:%d", CLAMP ((int) weight, 1, 1000));
  if (slant == PANGO_STYLE_ITALIC)
    g_string_append (style, ";font-style:italic");
  else if (slant == PANGO_STYLE_OBLIQUE)
    g_string_append (style, ";font-style:oblique");
  g_string_append_c (style, ';');
  _sw_svg_pen_append_fill (pen, style);
  if (rtl)
    g_string_append (style, ";direction:rtl;unicode-bidi:embed");

  return style->str;
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const PangoLayoutRun *run_a = *(PangoLayoutRun * const *) a;
  const PangoLayoutRun *run_b = *(PangoLayoutRun * const *) b;

  return run_a->item->offset - run_b->item->offset;
}

/* A run's part of the text, or the ellipsis Pango shows in place of the
 * text it cut. */
static void
append_run_text (GString              *out,
                 const char           *text,
                 const PangoLayoutRun *run)
{
  if ((run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) != 0)
    g_string_append (out, "…");
  else
    _sw_svg_append_escaped (out, text + run->item->offset, run->item->length);
}

/*
 * The text a line shows, escaped, in logical order.
 *
 * The viewer orders the characters itself, but it sees one line where
 * Pango saw the whole paragraph: a neutral character (a bracket, a space)
 * at the end of a line between right-to-left and left-to-right words could
 * fall on the other side.  Where a line mixes directions, each run is
 * therefore wrapped in directional isolates that give it the embedding
 * level Pango resolved, so the viewer orders it as the canvas does.
 */
static void
append_line_text (GString         *out,
                  const char      *text,
                  PangoLayoutLine *line)
{
  /* U+2066 LEFT-TO-RIGHT ISOLATE, U+2067 RIGHT-TO-LEFT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE */
  static const char *const isolates[] = { "\u2066", "\u2067" };
  guint base = line->resolved_dir == PANGO_DIRECTION_RTL ? 1 : 0;
  guint level = base;
  gboolean mixed = FALSE;
  g_autoptr(GPtrArray) runs = g_ptr_array_sized_new (g_slist_length (line->runs));

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoLayoutRun *run = l->data;

      g_ptr_array_add (runs, run);
      mixed |= run->item->analysis.level != base;
    }
  g_ptr_array_sort (runs, compare_runs);

  for (guint i = 0; i < runs->len; i++)
    {
      const PangoLayoutRun *run = g_ptr_array_index (runs, i);
      guint run_level = MAX (run->item->analysis.level, base);

      for (; mixed && level > run_level; level--)
        g_string_append (out, "\u2069");
      for (; mixed && level < run_level; level++)
        g_string_append (out, isolates[(level + 1) % 2]);
      append_run_text (out, text, run);
    }
  for (; level > base; level--)
    g_string_append (out, "\u2069");
}

static void
write_line (SwPen           *pen,
            const char      *text,
            PangoLayoutLine *line,
            double           x,
            double           y,
            const char      *declarations)
{
  GString *body = _sw_svg_pen_get_body (pen);

  g_string_append (body, "<text");
  _sw_svg_pen_append_class (pen, declarations);
  g_string_append (body, " x=\"");
  _sw_svg_append_number (body, x);
  g_string_append (body, "\" y=\"");
  _sw_svg_append_number (body, y);
  g_string_append (body, "\">");
  append_line_text (body, text, line);
  g_string_append (body, "</text>\n");
}

/*
 * Each line starts where Pango put its first character: the left edge of
 * a left-to-right line, the right edge of a right-to-left one, which the
 * viewer then sets from the right.
 */
void
_sw_svg_pen_show_layout (SwPen       *pen,
                         PangoLayout *layout,
                         double       x,
                         double       y)
{
  const char *text = pango_layout_get_text (layout);
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  PangoLayoutIter *iter;
  char *classes[2] = { NULL, NULL };

  /* As the cairo pen does. */
  sw_pen_new_path (pen);
  if (font == NULL)
    font = pango_context_get_font_description (pango_layout_get_context (layout));

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      gboolean rtl = line->resolved_dir == PANGO_DIRECTION_RTL;
      PangoRectangle logical;
      double start;

      if (line->length == 0)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      start = rtl ? logical.x + logical.width : logical.x;
      if (classes[rtl] == NULL)
        classes[rtl] = g_strdup (text_declarations (pen, font, rtl));
      write_line (pen, text, line, x + start / (double) PANGO_SCALE,
                  y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE, classes[rtl]);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  g_free (classes[0]);
  g_free (classes[1]);
}
