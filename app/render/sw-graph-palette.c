/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Light and dark palettes for the graph, and the colour arithmetic that keeps
 * a kind's colour readable as text on either: kind colours come from the
 * document, so a yellow meant for a stripe must still give legible labels.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-graph-palette.h"

#define RGB(hex, a) { ((hex) >> 16 & 0xff) / 255., ((hex) >> 8 & 0xff) / 255., ((hex) & 0xff) / 255., a }

/* Contrast asked of text drawn in a kind's or a status's colour (WCAG AA). */
#define MIN_CONTRAST 4.5

static const SwPalette light_palette = {
  .background = RGB (0xf6f5f4, 1),
  .card_fill = RGB (0xffffff, 1),
  .card_border = RGB (0x000006, 0.09),
  .card_text = RGB (0x000000, 0.82),
  .card_text_fallback = RGB (0x000000, 0.5),
  .shadow = RGB (0x000006, 0.08),
  .accent = RGB (0x3584e4, 1),
  .accent_fill = RGB (0x3584e4, 0.08),
  .text_bar = RGB (0x000000, 0.16),
  .label_fill = RGB (0xffffff, 0.96),
  .label_text = RGB (0x000000, 0.8),
  .status = {
    [SW_NODE_STATUS_PROPOSED] = RGB (0x77767b, 1),
    [SW_NODE_STATUS_ACTIVE] = RGB (0x1c71d8, 1),
    [SW_NODE_STATUS_DONE] = RGB (0x26a269, 1),
    [SW_NODE_STATUS_AT_RISK] = RGB (0xe01b24, 1),
    [SW_NODE_STATUS_DROPPED] = RGB (0x5e5c64, 1),
  },
  .kind_tint = 0.07,
};

static const SwPalette dark_palette = {
  .background = RGB (0x1e1e1e, 1),
  .card_fill = RGB (0x303030, 1),
  .card_border = RGB (0xffffff, 0.07),
  .card_text = RGB (0xffffff, 0.92),
  .card_text_fallback = RGB (0xffffff, 0.55),
  .shadow = RGB (0x000000, 0.3),
  .accent = RGB (0x78aeed, 1),
  .accent_fill = RGB (0x78aeed, 0.1),
  .text_bar = RGB (0xffffff, 0.2),
  .label_fill = RGB (0x383838, 0.96),
  .label_text = RGB (0xffffff, 0.9),
  .status = {
    [SW_NODE_STATUS_PROPOSED] = RGB (0xc0bfbc, 1),
    [SW_NODE_STATUS_ACTIVE] = RGB (0x78aeed, 1),
    [SW_NODE_STATUS_DONE] = RGB (0x8ff0a4, 1),
    [SW_NODE_STATUS_AT_RISK] = RGB (0xff7b63, 1),
    [SW_NODE_STATUS_DROPPED] = RGB (0x9a9996, 1),
  },
  .kind_tint = 0.1,
};

const SwPalette *
sw_palette_get (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

/*
 * The colour a kind is drawn in: its own @spec, or, for a kind without a
 * valid one (a file being repaired), the neutral colour of a proposal.
 * Cards, links and the kind swatches beside their names all use it.
 */
void
sw_palette_kind_color (const SwPalette *palette,
                       const char      *spec,
                       SwColor         *color)
{
  if (!sw_color_parse (color, spec))
    *color = palette->status[SW_NODE_STATUS_PROPOSED];
}

/* "#rgb" or "#rrggbb"; anything else leaves @color alone and returns FALSE. */
gboolean
sw_color_parse (SwColor    *color,
                const char *spec)
{
  guint value = 0;
  gsize length;

  if (spec == NULL || spec[0] != '#')
    return FALSE;
  length = strlen (spec + 1);
  if (length != 3 && length != 6)
    return FALSE;
  for (gsize i = 1; i <= length; i++)
    {
      int digit = g_ascii_xdigit_value (spec[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + digit;
      if (length == 3)
        value = value * 16 + digit;
    }
  color->red = (value >> 16 & 0xff) / 255.;
  color->green = (value >> 8 & 0xff) / 255.;
  color->blue = (value & 0xff) / 255.;
  color->alpha = 1;
  return TRUE;
}

void
sw_color_mix (SwColor       *dest,
              const SwColor *a,
              const SwColor *b,
              double         amount)
{
  dest->red = a->red + (b->red - a->red) * amount;
  dest->green = a->green + (b->green - a->green) * amount;
  dest->blue = a->blue + (b->blue - a->blue) * amount;
  dest->alpha = a->alpha + (b->alpha - a->alpha) * amount;
}

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const SwColor *color)
{
  return 0.2126 * channel_luminance (color->red) + 0.7152 * channel_luminance (color->green)
         + 0.0722 * channel_luminance (color->blue);
}

static double
contrast (const SwColor *a,
          const SwColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/*
 * @color moved towards black (on a light background) or white (on a dark
 * one) just far enough to be read on @background, so each kind keeps its hue.
 */
void
sw_color_readable_on (SwColor       *dest,
                      const SwColor *color,
                      const SwColor *background)
{
  static const SwColor black = { 0, 0, 0, 1 };
  static const SwColor white = { 1, 1, 1, 1 };
  const SwColor *target = luminance (background) > 0.4 ? &black : &white;
  SwColor opaque = *color;

  opaque.alpha = 1;
  for (guint step = 0; step <= 20; step++)
    {
      sw_color_mix (dest, &opaque, target, step * 0.05);
      if (contrast (dest, background) >= MIN_CONTRAST)
        return;
    }
}

/* @alpha multiplies the colour's own, which is how dimmed nodes fade. */
void
sw_color_set_source (cairo_t       *cr,
                     const SwColor *color,
                     double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}
