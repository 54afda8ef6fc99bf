/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sw-graph-geometry.h"
#include "sw-graph-palette.h"

G_BEGIN_DECLS

/*
 * SwPen: what the graph painter draws with.  The painter describes the
 * picture once, in these calls, and a pen turns them into cairo drawing (for
 * the canvas, PNG and PDF) or into SVG markup, so that a picture file cannot
 * come out different from the canvas.
 *
 * The calls follow cairo's model: a current path built with move, line,
 * curve, arc and rectangles, then filled or stroked with the current colour
 * and line settings, which save() and restore() keep on a stack.  Text is a
 * PangoLayout shown with its top left corner at a point.
 *
 * A pen is a plain struct with a table of functions rather than a GObject
 * interface: the canvas draws through it tens of thousands of times a frame,
 * and a cairo pen lives on the stack for one frame, costing no allocation
 * and no type checks.
 */
typedef struct _SwPen SwPen;

typedef struct
{
  void (*save)          (SwPen                *pen);
  void (*restore)       (SwPen                *pen);

  void (*set_color)     (SwPen                *pen,
                         const SwColor        *color,
                         double                alpha);
  void (*set_line_width) (SwPen               *pen,
                          double               width);
  void (*set_line_cap)  (SwPen                *pen,
                         cairo_line_cap_t      cap);
  void (*set_line_join) (SwPen                *pen,
                         cairo_line_join_t     join);
  void (*set_dash)      (SwPen                *pen,
                         const double         *dashes,
                         guint                 n_dashes);
  void (*set_quality)   (SwPen                *pen,
                         cairo_antialias_t     antialias,
                         double                tolerance);

  void (*new_path)      (SwPen                *pen);
  void (*new_sub_path)  (SwPen                *pen);
  void (*move_to)       (SwPen                *pen,
                         double                x,
                         double                y);
  void (*line_to)       (SwPen                *pen,
                         double                x,
                         double                y);
  void (*curve_to)      (SwPen                *pen,
                         double                x1,
                         double                y1,
                         double                x2,
                         double                y2,
                         double                x3,
                         double                y3);
  void (*arc)           (SwPen                *pen,
                         double                xc,
                         double                yc,
                         double                radius,
                         double                angle1,
                         double                angle2);
  void (*close_path)    (SwPen                *pen);
  void (*rectangle)     (SwPen                *pen,
                         const SwRect         *rect,
                         double                radius);
  void (*pixel_rects)   (SwPen                *pen,
                         const SwRect         *rects,
                         guint                 n_rects);

  void (*fill)          (SwPen                *pen,
                         gboolean              preserve);
  void (*stroke)        (SwPen                *pen,
                         gboolean              preserve);
  void (*show_layout)   (SwPen                *pen,
                         PangoLayout          *layout,
                         double                x,
                         double                y);

  void (*begin_group)   (SwPen                *pen,
                         const char           *title);
  void (*end_group)     (SwPen                *pen);

  /* The cairo context drawn on, for pens that draw with cairo; NULL
   * elsewhere. */
  cairo_t *(*get_cairo) (SwPen                *pen);
} SwPenFuncs;

struct _SwPen
{
  const SwPenFuncs *funcs;
};

/* A pen that draws on a cairo context, in its current transform. */
typedef struct
{
  SwPen    parent;
  cairo_t *cr;
} SwCairoPen;

void    sw_cairo_pen_init  (SwCairoPen    *pen,
                            cairo_t       *cr);

/* A pen that writes SVG elements, in document units; see sw-pen-svg.c. */
SwPen  *sw_svg_pen_new     (void);
void    sw_svg_pen_finish  (SwPen         *pen,
                            GString       *out,
                            const SwRect  *view,
                            const char    *language);

static inline void
sw_pen_save (SwPen *pen)
{
  pen->funcs->save (pen);
}

static inline void
sw_pen_restore (SwPen *pen)
{
  pen->funcs->restore (pen);
}

/* @alpha multiplies the colour's own alpha. */
static inline void
sw_pen_set_color (SwPen         *pen,
                  const SwColor *color,
                  double         alpha)
{
  pen->funcs->set_color (pen, color, alpha);
}

static inline void
sw_pen_set_line_width (SwPen  *pen,
                       double  width)
{
  pen->funcs->set_line_width (pen, width);
}

static inline void
sw_pen_set_line_cap (SwPen            *pen,
                     cairo_line_cap_t  cap)
{
  pen->funcs->set_line_cap (pen, cap);
}

static inline void
sw_pen_set_line_join (SwPen             *pen,
                      cairo_line_join_t  join)
{
  pen->funcs->set_line_join (pen, join);
}

/* No dashes (@n_dashes 0) draws solid lines. */
static inline void
sw_pen_set_dash (SwPen        *pen,
                 const double *dashes,
                 guint         n_dashes)
{
  pen->funcs->set_dash (pen, dashes, n_dashes);
}

/* A hint for raster output: how exact curves and edges need to be
 * (%CAIRO_ANTIALIAS_DEFAULT keeps the output's own antialiasing).  Vector
 * output ignores it. */
static inline void
sw_pen_set_quality (SwPen             *pen,
                    cairo_antialias_t  antialias,
                    double             tolerance)
{
  pen->funcs->set_quality (pen, antialias, tolerance);
}

static inline void
sw_pen_new_path (SwPen *pen)
{
  pen->funcs->new_path (pen);
}

static inline void
sw_pen_new_sub_path (SwPen *pen)
{
  pen->funcs->new_sub_path (pen);
}

static inline void
sw_pen_move_to (SwPen  *pen,
                double  x,
                double  y)
{
  pen->funcs->move_to (pen, x, y);
}

static inline void
sw_pen_line_to (SwPen  *pen,
                double  x,
                double  y)
{
  pen->funcs->line_to (pen, x, y);
}

static inline void
sw_pen_curve_to (SwPen  *pen,
                 double  x1,
                 double  y1,
                 double  x2,
                 double  y2,
                 double  x3,
                 double  y3)
{
  pen->funcs->curve_to (pen, x1, y1, x2, y2, x3, y3);
}

/* As cairo_arc(): clockwise on screen from @angle1 to @angle2. */
static inline void
sw_pen_arc (SwPen  *pen,
            double  xc,
            double  yc,
            double  radius,
            double  angle1,
            double  angle2)
{
  pen->funcs->arc (pen, xc, yc, radius, angle1, angle2);
}

static inline void
sw_pen_close_path (SwPen *pen)
{
  pen->funcs->close_path (pen);
}

/* A rectangle with corners rounded by @radius (0 for square ones), as a new
 * sub-path. */
static inline void
sw_pen_rectangle (SwPen        *pen,
                  const SwRect *rect,
                  double        radius)
{
  pen->funcs->rectangle (pen, rect, radius);
}

/* Rectangles moved to whole output pixels, at least one wide, where the
 * output has pixels: filling them then needs no antialiasing. */
static inline void
sw_pen_pixel_rects (SwPen        *pen,
                    const SwRect *rects,
                    guint         n_rects)
{
  pen->funcs->pixel_rects (pen, rects, n_rects);
}

static inline void
sw_pen_fill (SwPen *pen)
{
  pen->funcs->fill (pen, FALSE);
}

static inline void
sw_pen_fill_preserve (SwPen *pen)
{
  pen->funcs->fill (pen, TRUE);
}

static inline void
sw_pen_stroke (SwPen *pen)
{
  pen->funcs->stroke (pen, FALSE);
}

/* Shows @layout in the current colour, its top left corner at @x, @y.  The
 * current path is cleared. */
static inline void
sw_pen_show_layout (SwPen       *pen,
                    PangoLayout *layout,
                    double       x,
                    double       y)
{
  pen->funcs->show_layout (pen, layout, x, y);
}

/* Marks what follows, up to sw_pen_end_group(), as one thing named @title
 * (a card), for outputs that keep structure. */
static inline void
sw_pen_begin_group (SwPen      *pen,
                    const char *title)
{
  pen->funcs->begin_group (pen, title);
}

static inline void
sw_pen_end_group (SwPen *pen)
{
  pen->funcs->end_group (pen);
}

/* The cairo context the pen draws on, or %NULL if it does not draw with
 * cairo (and so keeps what it draws as shapes). */
static inline cairo_t *
sw_pen_get_cairo (SwPen *pen)
{
  return pen->funcs->get_cairo != NULL ? pen->funcs->get_cairo (pen) : NULL;
}

G_END_DECLS
