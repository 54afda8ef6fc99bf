/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The cairo pen: each call is the cairo call of the same name, so the canvas
 * draws exactly as it did when the painter called cairo itself.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "sw-pen.h"

#define CR(pen) (((SwCairoPen *) (pen))->cr)

static void
cairo_pen_save (SwPen *pen)
{
  cairo_save (CR (pen));
}

static void
cairo_pen_restore (SwPen *pen)
{
  cairo_restore (CR (pen));
}

static void
cairo_pen_set_color (SwPen         *pen,
                     const SwColor *color,
                     double         alpha)
{
  sw_color_set_source (CR (pen), color, alpha);
}

static void
cairo_pen_set_line_width (SwPen  *pen,
                          double  width)
{
  cairo_set_line_width (CR (pen), width);
}

static void
cairo_pen_set_line_cap (SwPen            *pen,
                        cairo_line_cap_t  cap)
{
  cairo_set_line_cap (CR (pen), cap);
}

static void
cairo_pen_set_line_join (SwPen             *pen,
                         cairo_line_join_t  join)
{
  cairo_set_line_join (CR (pen), join);
}

static void
cairo_pen_set_dash (SwPen        *pen,
                    const double *dashes,
                    guint         n_dashes)
{
  cairo_set_dash (CR (pen), dashes, n_dashes, 0);
}

static void
cairo_pen_set_quality (SwPen             *pen,
                       cairo_antialias_t  antialias,
                       double             tolerance)
{
  if (antialias != CAIRO_ANTIALIAS_DEFAULT)
    cairo_set_antialias (CR (pen), antialias);
  cairo_set_tolerance (CR (pen), tolerance);
}

static void
cairo_pen_new_path (SwPen *pen)
{
  cairo_new_path (CR (pen));
}

static void
cairo_pen_new_sub_path (SwPen *pen)
{
  cairo_new_sub_path (CR (pen));
}

static void
cairo_pen_move_to (SwPen  *pen,
                   double  x,
                   double  y)
{
  cairo_move_to (CR (pen), x, y);
}

static void
cairo_pen_line_to (SwPen  *pen,
                   double  x,
                   double  y)
{
  cairo_line_to (CR (pen), x, y);
}

static void
cairo_pen_curve_to (SwPen  *pen,
                    double  x1,
                    double  y1,
                    double  x2,
                    double  y2,
                    double  x3,
                    double  y3)
{
  cairo_curve_to (CR (pen), x1, y1, x2, y2, x3, y3);
}

static void
cairo_pen_arc (SwPen  *pen,
               double  xc,
               double  yc,
               double  radius,
               double  angle1,
               double  angle2)
{
  cairo_arc (CR (pen), xc, yc, radius, angle1, angle2);
}

static void
cairo_pen_close_path (SwPen *pen)
{
  cairo_close_path (CR (pen));
}

static void
cairo_pen_rectangle (SwPen        *pen,
                     const SwRect *rect,
                     double        radius)
{
  cairo_t *cr = CR (pen);
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  if (radius <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }

  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The boxes are placed in device space, where whole pixels are whole
 * numbers and cairo fills them without rasterizing. */
static void
cairo_pen_pixel_rects (SwPen        *pen,
                       const SwRect *rects,
                       guint         n_rects)
{
  cairo_t *cr = CR (pen);
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  cairo_identity_matrix (cr);
  for (guint i = 0; i < n_rects; i++)
    {
      double x1 = rects[i].x, y1 = rects[i].y;
      double x2 = rects[i].x + rects[i].width, y2 = rects[i].y + rects[i].height;

      cairo_matrix_transform_point (&matrix, &x1, &y1);
      cairo_matrix_transform_point (&matrix, &x2, &y2);
      x1 = round (x1);
      y1 = round (y1);
      cairo_rectangle (cr, x1, y1, MAX (1, round (x2) - x1), MAX (1, round (y2) - y1));
    }
  cairo_set_matrix (cr, &matrix);
}

static void
cairo_pen_fill (SwPen    *pen,
                gboolean  preserve)
{
  if (preserve)
    cairo_fill_preserve (CR (pen));
  else
    cairo_fill (CR (pen));
}

static void
cairo_pen_stroke (SwPen    *pen,
                  gboolean  preserve)
{
  if (preserve)
    cairo_stroke_preserve (CR (pen));
  else
    cairo_stroke (CR (pen));
}

static void
cairo_pen_show_layout (SwPen       *pen,
                       PangoLayout *layout,
                       double       x,
                       double       y)
{
  cairo_t *cr = CR (pen);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  /* Showing text leaves a current point; an arc drawn next would join it. */
  cairo_new_path (cr);
}

static void
cairo_pen_begin_group (SwPen      *pen,
                       const char *title)
{
}

static void
cairo_pen_end_group (SwPen *pen)
{
}

static cairo_t *
cairo_pen_get_cairo (SwPen *pen)
{
  return CR (pen);
}

static const SwPenFuncs cairo_pen_funcs = {
  .save = cairo_pen_save,
  .restore = cairo_pen_restore,
  .set_color = cairo_pen_set_color,
  .set_line_width = cairo_pen_set_line_width,
  .set_line_cap = cairo_pen_set_line_cap,
  .set_line_join = cairo_pen_set_line_join,
  .set_dash = cairo_pen_set_dash,
  .set_quality = cairo_pen_set_quality,
  .new_path = cairo_pen_new_path,
  .new_sub_path = cairo_pen_new_sub_path,
  .move_to = cairo_pen_move_to,
  .line_to = cairo_pen_line_to,
  .curve_to = cairo_pen_curve_to,
  .arc = cairo_pen_arc,
  .close_path = cairo_pen_close_path,
  .rectangle = cairo_pen_rectangle,
  .pixel_rects = cairo_pen_pixel_rects,
  .fill = cairo_pen_fill,
  .stroke = cairo_pen_stroke,
  .show_layout = cairo_pen_show_layout,
  .begin_group = cairo_pen_begin_group,
  .end_group = cairo_pen_end_group,
  .get_cairo = cairo_pen_get_cairo,
};

/**
 * sw_cairo_pen_init:
 * @pen: (out caller-allocates): the pen to set up
 * @cr: the context to draw on, which must outlive the pen's use
 */
void
sw_cairo_pen_init (SwCairoPen *pen,
                   cairo_t    *cr)
{
  pen->parent.funcs = &cairo_pen_funcs;
  pen->cr = cr;
}
