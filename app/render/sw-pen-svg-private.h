/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-pen.h"

G_BEGIN_DECLS

/* Shared by the SVG pen's shapes (sw-pen-svg.c) and text (sw-pen-svg-text.c). */
void      _sw_svg_append_number    (GString     *out,
                                    double       value);
void      _sw_svg_append_escaped   (GString     *out,
                                    const char  *text,
                                    gssize       length);
GString  *_sw_svg_pen_get_body     (SwPen       *pen);
GString  *_sw_svg_pen_get_scratch  (SwPen       *pen);
void      _sw_svg_pen_append_fill  (SwPen       *pen,
                                    GString     *out);
void      _sw_svg_pen_append_class (SwPen       *pen,
                                    const char  *declarations);
void      _sw_svg_pen_show_layout  (SwPen       *pen,
                                    PangoLayout *layout,
                                    double       x,
                                    double       y);

G_END_DECLS
