/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sw-types.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SwColor;

/* The colours of everything that is not a kind's own colour, after
 * libadwaita's light and dark styles so the canvas sits well in the window. */
typedef struct
{
  SwColor background;
  SwColor card_fill;
  SwColor card_border;
  SwColor card_text;
  SwColor card_text_fallback;
  SwColor shadow;
  SwColor accent;
  SwColor accent_fill;
  SwColor text_bar;
  SwColor label_fill;
  SwColor label_text;
  SwColor status[SW_N_NODE_STATUSES];
  double  kind_tint;
} SwPalette;

const SwPalette *sw_palette_get             (gboolean        dark);
void             sw_palette_kind_color      (const SwPalette *palette,
                                             const char     *spec,
                                             SwColor        *color);
gboolean         sw_color_parse             (SwColor        *color,
                                             const char     *spec);
void             sw_color_mix               (SwColor        *dest,
                                             const SwColor  *a,
                                             const SwColor  *b,
                                             double          amount);
void             sw_color_readable_on       (SwColor        *dest,
                                             const SwColor  *color,
                                             const SwColor  *background);
void             sw_color_set_source        (cairo_t        *cr,
                                             const SwColor  *color,
                                             double          alpha);

G_END_DECLS
