/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The SVG pen: the painter's drawing written as SVG elements by hand.
 *
 * cairo's SVG surface would take the cairo pen's calls as they are, but it
 * writes every glyph as an outline: an export of a large strategy spent
 * nine tenths of its time there, came out many megabytes large, and no
 * title in it could be selected or searched.  Here text becomes <text>, one
 * element per line that Pango laid out, at the position Pango gave it, so
 * the lines break exactly where the canvas breaks them; shapes become
 * <path> and <rect>.
 *
 * Repeated paint and font settings are CSS classes in one <style> block,
 * and numbers have at most two decimals (a hundredth of a pixel), which
 * keeps the file small.  Every text is escaped, so nothing in a title can
 * become markup.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-pen-svg-private.h"

/* The current paint and line settings, as save() and restore() keep them. */
typedef struct
{
  SwColor           color;
  double            line_width;
  cairo_line_cap_t  cap;
  cairo_line_join_t join;
  double            dashes[4];
  guint             n_dashes;
} SvgState;

typedef struct
{
  SwPen       parent;
  GString    *body;
  GString    *path;
  GString    *style;
  GHashTable *classes;       /* CSS declarations → class number + 1 */
  GPtrArray  *class_list;    /* CSS declarations by class number */
  GArray     *stack;
  SvgState    state;

  /* A path of one rectangle is written as <rect>, which is shorter. */
  gboolean    has_shape;
  SwRect      shape;
  double      shape_radius;

  gboolean    has_current;
  double      current_x;
  double      current_y;
  double      start_x;
  double      start_y;
} SvgPen;

#define SVG(pen) ((SvgPen *) (pen))

static void
append_uint (GString *out,
             guint64  value)
{
  char digits[24];
  int i = sizeof digits;

  do
    {
      digits[--i] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  g_string_append_len (out, digits + i, sizeof digits - i);
}

/* @value rounded to a multiple of 10^-@decimals, without trailing zeros
 * and in the C locale whatever the user's. */
static void
append_fixed (GString *out,
              double   value,
              guint    decimals)
{
  guint64 scale = decimals == 3 ? 1000 : decimals == 2 ? 100 : 1;
  double scaled = isfinite (value) ? round (fabs (value) * scale) : 0;
  guint64 n = (guint64) scaled;
  guint64 fraction = n % scale;

  if (value < 0 && n > 0)
    g_string_append_c (out, '-');
  append_uint (out, n / scale);
  if (fraction == 0)
    return;

  g_string_append_c (out, '.');
  for (scale /= 10; fraction > 0; scale /= 10)
    {
      g_string_append_c (out, '0' + fraction / scale);
      fraction %= scale;
    }
}

void
_sw_svg_append_number (GString *out,
                       double   value)
{
  append_fixed (out, value, 2);
}

/* Opacities keep three decimals: a faint shadow of 0.028 would otherwise
 * be drawn a fifth darker. */
static void
append_opacity (GString *out,
                double   alpha)
{
  append_fixed (out, CLAMP (alpha, 0, 1), 3);
}

static void
append_color (GString       *out,
              const SwColor *color)
{
  static const char hex[] = "0123456789abcdef";
  const double channels[] = { color->red, color->green, color->blue };

  g_string_append_c (out, '#');
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      guint value = (guint) round (CLAMP (channels[i], 0, 1) * 255);

      g_string_append_c (out, hex[value >> 4]);
      g_string_append_c (out, hex[value & 0xf]);
    }
}

/*
 * Escapes @text for element content and attribute values.  Unlike
 * g_markup_escape_text(), it drops the control characters XML 1.0 does not
 * allow at all, which that function writes as character references that
 * XML readers reject; line breaks become spaces.
 */
void
_sw_svg_append_escaped (GString    *out,
                        const char *text,
                        gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;

  for (const char *p = text; p < end; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&apos;");
          break;
        case '\n':
        case '\r':
          g_string_append_c (out, ' ');
          break;
        default:
          if (c >= 0x20 || c == '\t')
            g_string_append_c (out, c);
          break;
        }
    }
}

/* The class of a set of CSS declarations, numbered in order of first use. */
static guint
class_of (SvgPen     *self,
          const char *declarations)
{
  gpointer value = g_hash_table_lookup (self->classes, declarations);
  char *key;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  key = g_strdup (declarations);
  g_ptr_array_add (self->class_list, key);
  g_hash_table_insert (self->classes, key, GUINT_TO_POINTER (self->class_list->len));
  return self->class_list->len - 1;
}

void
_sw_svg_pen_append_class (SwPen      *pen,
                          const char *declarations)
{
  SvgPen *self = SVG (pen);

  g_string_append (self->body, " class=\"c");
  append_uint (self->body, class_of (self, declarations));
  g_string_append_c (self->body, '"');
}

/* The current colour as a fill, in @out, for shapes and text alike. */
void
_sw_svg_pen_append_fill (SwPen   *pen,
                         GString *out)
{
  SvgPen *self = SVG (pen);

  g_string_append (out, "fill:");
  append_color (out, &self->state.color);
  if (self->state.color.alpha < 1)
    {
      g_string_append (out, ";fill-opacity:");
      append_opacity (out, self->state.color.alpha);
    }
}

GString *
_sw_svg_pen_get_body (SwPen *pen)
{
  return SVG (pen)->body;
}

GString *
_sw_svg_pen_get_scratch (SwPen *pen)
{
  g_string_truncate (SVG (pen)->style, 0);
  return SVG (pen)->style;
}

static void
svg_pen_save (SwPen *pen)
{
  SvgPen *self = SVG (pen);

  g_array_append_val (self->stack, self->state);
}

static void
svg_pen_restore (SwPen *pen)
{
  SvgPen *self = SVG (pen);

  g_return_if_fail (self->stack->len > 0);

  self->state = g_array_index (self->stack, SvgState, self->stack->len - 1);
  g_array_set_size (self->stack, self->stack->len - 1);
}

static void
svg_pen_set_color (SwPen         *pen,
                   const SwColor *color,
                   double         alpha)
{
  SvgPen *self = SVG (pen);

  self->state.color = *color;
  self->state.color.alpha = color->alpha * alpha;
}

static void
svg_pen_set_line_width (SwPen  *pen,
                        double  width)
{
  SVG (pen)->state.line_width = width;
}

static void
svg_pen_set_line_cap (SwPen            *pen,
                      cairo_line_cap_t  cap)
{
  SVG (pen)->state.cap = cap;
}

static void
svg_pen_set_line_join (SwPen             *pen,
                       cairo_line_join_t  join)
{
  SVG (pen)->state.join = join;
}

static void
svg_pen_set_dash (SwPen        *pen,
                  const double *dashes,
                  guint         n_dashes)
{
  SvgPen *self = SVG (pen);

  g_return_if_fail (n_dashes <= G_N_ELEMENTS (self->state.dashes));

  self->state.n_dashes = n_dashes;
  for (guint i = 0; i < n_dashes; i++)
    self->state.dashes[i] = dashes[i];
}

static void
svg_pen_set_quality (SwPen             *pen,
                     cairo_antialias_t  antialias,
                     double             tolerance)
{
}

static void
path_point (SvgPen *self,
            char    command,
            double  x,
            double  y)
{
  g_string_append_c (self->path, command);
  _sw_svg_append_number (self->path, x);
  g_string_append_c (self->path, ' ');
  _sw_svg_append_number (self->path, y);
}

static void flush_shape (SvgPen *self);

static void
svg_pen_move_to (SwPen  *pen,
                 double  x,
                 double  y)
{
  SvgPen *self = SVG (pen);

  flush_shape (self);
  path_point (self, 'M', x, y);
  self->has_current = TRUE;
  self->current_x = self->start_x = x;
  self->current_y = self->start_y = y;
}

/* As in cairo, a line or curve without a current point starts one. */
static void
svg_pen_line_to (SwPen  *pen,
                 double  x,
                 double  y)
{
  SvgPen *self = SVG (pen);

  flush_shape (self);
  if (!self->has_current)
    {
      svg_pen_move_to (pen, x, y);
      return;
    }
  path_point (self, 'L', x, y);
  self->current_x = x;
  self->current_y = y;
}

static void
svg_pen_curve_to (SwPen  *pen,
                  double  x1,
                  double  y1,
                  double  x2,
                  double  y2,
                  double  x3,
                  double  y3)
{
  SvgPen *self = SVG (pen);

  flush_shape (self);
  if (!self->has_current)
    svg_pen_move_to (pen, x1, y1);
  path_point (self, 'C', x1, y1);
  path_point (self, ' ', x2, y2);
  path_point (self, ' ', x3, y3);
  self->current_x = x3;
  self->current_y = y3;
}

/*
 * As cairo_arc(): a line from the current point to the arc's start, then
 * the arc clockwise on screen, in elliptical-arc commands of at most half
 * a turn each, as one command cannot draw a whole circle.
 */
static void
svg_pen_arc (SwPen  *pen,
             double  xc,
             double  yc,
             double  radius,
             double  angle1,
             double  angle2)
{
  SvgPen *self = SVG (pen);
  double x = xc + radius * cos (angle1), y = yc + radius * sin (angle1);
  double sweep;
  guint n_parts;

  flush_shape (self);
  while (angle2 < angle1)
    angle2 += 2 * G_PI;
  sweep = angle2 - angle1;

  if (!self->has_current)
    svg_pen_move_to (pen, x, y);
  else if (fabs (x - self->current_x) >= 0.005 || fabs (y - self->current_y) >= 0.005)
    svg_pen_line_to (pen, x, y);
  if (radius <= 0 || sweep <= 0)
    return;

  n_parts = MAX (1, (guint) ceil (sweep / G_PI - 1e-9));
  for (guint i = 1; i <= n_parts; i++)
    {
      double angle = angle1 + sweep * i / n_parts;

      x = xc + radius * cos (angle);
      y = yc + radius * sin (angle);
      g_string_append_c (self->path, 'A');
      _sw_svg_append_number (self->path, radius);
      g_string_append_c (self->path, ' ');
      _sw_svg_append_number (self->path, radius);
      g_string_append (self->path, " 0 0 1 ");
      _sw_svg_append_number (self->path, x);
      g_string_append_c (self->path, ' ');
      _sw_svg_append_number (self->path, y);
    }
  self->current_x = x;
  self->current_y = y;
}

static void
svg_pen_close_path (SwPen *pen)
{
  SvgPen *self = SVG (pen);

  flush_shape (self);
  if (!self->has_current)
    return;
  g_string_append_c (self->path, 'Z');
  self->current_x = self->start_x;
  self->current_y = self->start_y;
}

static void
svg_pen_new_sub_path (SwPen *pen)
{
  SvgPen *self = SVG (pen);

  flush_shape (self);
  self->has_current = FALSE;
}

static void
svg_pen_new_path (SwPen *pen)
{
  SvgPen *self = SVG (pen);

  g_string_truncate (self->path, 0);
  self->has_shape = FALSE;
  self->has_current = FALSE;
}

/* The same sub-path as the cairo pen's rectangle, in path commands. */
static void
rectangle_path (SvgPen       *self,
                const SwRect *rect,
                double        radius)
{
  SwPen *pen = &self->parent;
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  self->has_current = FALSE;
  if (radius <= 0)
    {
      svg_pen_move_to (pen, x, y);
      svg_pen_line_to (pen, x + w, y);
      svg_pen_line_to (pen, x + w, y + h);
      svg_pen_line_to (pen, x, y + h);
      svg_pen_close_path (pen);
      return;
    }

  radius = MIN (radius, MIN (w, h) / 2);
  svg_pen_arc (pen, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  svg_pen_arc (pen, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  svg_pen_arc (pen, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  svg_pen_arc (pen, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  svg_pen_close_path (pen);
}

static void
flush_shape (SvgPen *self)
{
  if (!self->has_shape)
    return;
  self->has_shape = FALSE;
  rectangle_path (self, &self->shape, self->shape_radius);
}

static void
svg_pen_rectangle (SwPen        *pen,
                   const SwRect *rect,
                   double        radius)
{
  SvgPen *self = SVG (pen);

  if (self->path->len == 0 && !self->has_shape)
    {
      self->has_shape = TRUE;
      self->shape = *rect;
      self->shape_radius = radius;
      /* After a rectangle cairo's current point is its corner. */
      self->has_current = TRUE;
      self->current_x = self->start_x = rect->x;
      self->current_y = self->start_y = rect->y;
      return;
    }
  flush_shape (self);
  rectangle_path (self, rect, radius);
}

/* There are no pixels to snap to. */
static void
svg_pen_pixel_rects (SwPen        *pen,
                     const SwRect *rects,
                     guint         n_rects)
{
  for (guint i = 0; i < n_rects; i++)
    svg_pen_rectangle (pen, &rects[i], 0);
}

/* Writes the current path as one element of the class @declarations. */
static void
write_path (SvgPen     *self,
            const char *declarations)
{
  GString *body = self->body;

  if (self->has_shape)
    {
      SwRect rect = self->shape;
      double radius = MIN (self->shape_radius, MIN (fabs (rect.width), fabs (rect.height)) / 2);

      /* SVG wants a positive size where cairo draws a negative one backwards. */
      if (rect.width < 0)
        rect.x += rect.width, rect.width = -rect.width;
      if (rect.height < 0)
        rect.y += rect.height, rect.height = -rect.height;
      g_string_append (body, "<rect");
      _sw_svg_pen_append_class (&self->parent, declarations);
      g_string_append (body, " x=\"");
      _sw_svg_append_number (body, rect.x);
      g_string_append (body, "\" y=\"");
      _sw_svg_append_number (body, rect.y);
      g_string_append (body, "\" width=\"");
      _sw_svg_append_number (body, rect.width);
      g_string_append (body, "\" height=\"");
      _sw_svg_append_number (body, rect.height);
      if (radius > 0)
        {
          g_string_append (body, "\" rx=\"");
          _sw_svg_append_number (body, radius);
        }
      g_string_append (body, "\"/>\n");
    }
  else if (self->path->len > 0)
    {
      g_string_append (body, "<path");
      _sw_svg_pen_append_class (&self->parent, declarations);
      g_string_append (body, " d=\"");
      g_string_append_len (body, self->path->str, self->path->len);
      g_string_append (body, "\"/>\n");
    }
}

static void
svg_pen_fill (SwPen    *pen,
              gboolean  preserve)
{
  SvgPen *self = SVG (pen);
  GString *style = _sw_svg_pen_get_scratch (pen);

  _sw_svg_pen_append_fill (pen, style);
  write_path (self, style->str);
  if (!preserve)
    svg_pen_new_path (pen);
}

static void
svg_pen_stroke (SwPen    *pen,
                gboolean  preserve)
{
  static const char * const caps[] = {
    [CAIRO_LINE_CAP_BUTT] = NULL,
    [CAIRO_LINE_CAP_ROUND] = "round",
    [CAIRO_LINE_CAP_SQUARE] = "square",
  };
  static const char * const joins[] = {
    [CAIRO_LINE_JOIN_MITER] = NULL,
    [CAIRO_LINE_JOIN_ROUND] = "round",
    [CAIRO_LINE_JOIN_BEVEL] = "bevel",
  };
  SvgPen *self = SVG (pen);
  GString *style = _sw_svg_pen_get_scratch (pen);
  const SvgState *state = &self->state;

  g_string_append (style, "fill:none;stroke:");
  append_color (style, &state->color);
  if (state->color.alpha < 1)
    {
      g_string_append (style, ";stroke-opacity:");
      append_opacity (style, state->color.alpha);
    }
  g_string_append (style, ";stroke-width:");
  _sw_svg_append_number (style, state->line_width);
  if (state->cap < G_N_ELEMENTS (caps) && caps[state->cap] != NULL)
    g_string_append_printf (style, ";stroke-linecap:%s", caps[state->cap]);
  if (state->join < G_N_ELEMENTS (joins) && joins[state->join] != NULL)
    g_string_append_printf (style, ";stroke-linejoin:%s", joins[state->join]);
  else
    /* cairo's default limit; SVG's is 4. */
    g_string_append (style, ";stroke-miterlimit:10");
  if (state->n_dashes > 0)
    {
      g_string_append (style, ";stroke-dasharray:");
      for (guint i = 0; i < state->n_dashes; i++)
        {
          if (i > 0)
            g_string_append_c (style, ',');
          _sw_svg_append_number (style, state->dashes[i]);
        }
    }

  write_path (self, style->str);
  if (!preserve)
    svg_pen_new_path (pen);
}

static void
svg_pen_begin_group (SwPen      *pen,
                     const char *title)
{
  GString *body = SVG (pen)->body;

  g_string_append (body, "<g>");
  if (title != NULL)
    {
      g_string_append (body, "<title>");
      _sw_svg_append_escaped (body, title, -1);
      g_string_append (body, "</title>");
    }
  g_string_append_c (body, '\n');
}

static void
svg_pen_end_group (SwPen *pen)
{
  g_string_append (SVG (pen)->body, "</g>\n");
}

static const SwPenFuncs svg_pen_funcs = {
  .save = svg_pen_save,
  .restore = svg_pen_restore,
  .set_color = svg_pen_set_color,
  .set_line_width = svg_pen_set_line_width,
  .set_line_cap = svg_pen_set_line_cap,
  .set_line_join = svg_pen_set_line_join,
  .set_dash = svg_pen_set_dash,
  .set_quality = svg_pen_set_quality,
  .new_path = svg_pen_new_path,
  .new_sub_path = svg_pen_new_sub_path,
  .move_to = svg_pen_move_to,
  .line_to = svg_pen_line_to,
  .curve_to = svg_pen_curve_to,
  .arc = svg_pen_arc,
  .close_path = svg_pen_close_path,
  .rectangle = svg_pen_rectangle,
  .pixel_rects = svg_pen_pixel_rects,
  .fill = svg_pen_fill,
  .stroke = svg_pen_stroke,
  .show_layout = _sw_svg_pen_show_layout,
  .begin_group = svg_pen_begin_group,
  .end_group = svg_pen_end_group,
};

/**
 * sw_svg_pen_new:
 *
 * Returns: (transfer full): a pen that collects SVG elements until
 *   sw_svg_pen_finish() writes them out and frees it
 */
SwPen *
sw_svg_pen_new (void)
{
  SvgPen *self = g_new0 (SvgPen, 1);

  self->parent.funcs = &svg_pen_funcs;
  self->body = g_string_sized_new (64 * 1024);
  self->path = g_string_new (NULL);
  self->style = g_string_new (NULL);
  self->class_list = g_ptr_array_new_with_free_func (g_free);
  self->classes = g_hash_table_new (g_str_hash, g_str_equal);
  self->stack = g_array_new (FALSE, FALSE, sizeof (SvgState));
  /* cairo's defaults: opaque black, two units wide, mitred, butt ends. */
  self->state.color = (SwColor) { 0, 0, 0, 1 };
  self->state.line_width = 2;
  self->state.cap = CAIRO_LINE_CAP_BUTT;
  self->state.join = CAIRO_LINE_JOIN_MITER;

  return &self->parent;
}

/**
 * sw_svg_pen_finish:
 * @pen: (transfer full): a pen from sw_svg_pen_new()
 * @out: where to append the <svg> element
 * @view: the part of the document the picture shows, one unit a pixel
 * @language: (nullable): the language of the text, as a BCP 47 tag
 *
 * Appends one <svg> element with everything drawn, its classes first, and
 * frees @pen.  No XML declaration is written, so that the element can also
 * go inside HTML.
 */
void
sw_svg_pen_finish (SwPen        *pen,
                   GString      *out,
                   const SwRect *view,
                   const char   *language)
{
  SvgPen *self = SVG (pen);

  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
  _sw_svg_append_number (out, view->width);
  g_string_append (out, "\" height=\"");
  _sw_svg_append_number (out, view->height);
  g_string_append (out, "\" viewBox=\"");
  _sw_svg_append_number (out, view->x);
  g_string_append_c (out, ' ');
  _sw_svg_append_number (out, view->y);
  g_string_append_c (out, ' ');
  _sw_svg_append_number (out, view->width);
  g_string_append_c (out, ' ');
  _sw_svg_append_number (out, view->height);
  /* Spaces in text are kept as Pango laid them out. */
  g_string_append (out, "\" xml:space=\"preserve\"");
  if (language != NULL && language[0] != '\0')
    {
      g_string_append (out, " xml:lang=\"");
      _sw_svg_append_escaped (out, language, -1);
      g_string_append_c (out, '"');
    }
  g_string_append (out, ">\n<style>\n");
  for (guint i = 0; i < self->class_list->len; i++)
    {
      g_string_append (out, ".c");
      append_uint (out, i);
      g_string_append_c (out, '{');
      /* Declarations hold no markup characters (see the text pen). */
      g_string_append (out, g_ptr_array_index (self->class_list, i));
      g_string_append (out, "}\n");
    }
  g_string_append (out, "</style>\n");
  g_string_append_len (out, self->body->str, self->body->len);
  g_string_append (out, "</svg>\n");

  g_string_free (self->body, TRUE);
  g_string_free (self->path, TRUE);
  g_string_free (self->style, TRUE);
  g_hash_table_unref (self->classes);
  g_ptr_array_unref (self->class_list);
  g_array_unref (self->stack);
  g_free (self);
}
