/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The painter's caches: text laid out once per node and kept until the node,
 * the language or the font changes, and each kind's colours for the palette.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include <string.h>

#include "sw-graph-painter-private.h"

SwNodeInfo *
_sw_graph_painter_get_info (SwGraphPainter *self,
                            SwNode         *node)
{
  SwNodeInfo *info = g_hash_table_lookup (self->infos, node);

  if (info == NULL)
    {
      info = g_new0 (SwNodeInfo, 1);
      info->node = node;
      g_hash_table_insert (self->infos, node, info);
    }

  return info;
}

/* A layout in the painter's font at @size pixels, in document units. */
PangoLayout *
_sw_graph_painter_new_layout (SwGraphPainter *self,
                              double          size,
                              PangoWeight     weight)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *font = pango_font_description_from_string (self->font_family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  return layout;
}

/*
 * Sets @text on @layout as a card shows it: a tab as a space, and no other
 * control character.  Pango would draw a tab stop and a box with the
 * character's code, neither of which means anything on a card, and XML (so
 * an SVG) cannot hold most of them at all.  Line breaks stay.
 */
void
_sw_graph_painter_set_text (PangoLayout *layout,
                            const char  *text)
{
  g_autoptr(GString) shown = NULL;
  const char *p;

  if (text == NULL)
    text = "";
  /* Control characters are U+0000 to U+001F and U+007F to U+009F. */
  for (p = text; *p != '\0'; p++)
    if (((guchar) *p < 0x20 && *p != '\n') || (guchar) *p == 0x7f
        || ((guchar) *p == 0xc2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f))
      break;
  if (*p == '\0')
    {
      pango_layout_set_text (layout, text, -1);
      return;
    }

  shown = g_string_sized_new (strlen (text));
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        g_string_append_c (shown, ' ');
      else if (c == '\n' || !g_unichar_iscntrl (c))
        g_string_append_unichar (shown, c);
    }
  pango_layout_set_text (layout, shown->str, shown->len);
}

/* The language text is drawn in; %NULL without a document. */
const char *
_sw_graph_painter_get_language (SwGraphPainter *self)
{
  if (self->language != NULL)
    return self->language;
  return self->document != NULL ? sw_document_get_source_language (self->document) : NULL;
}

/*
 * Titles are wrapped to the card and cut after three lines.  The layout's
 * automatic direction follows the text, so a right-to-left title is set from
 * the right; the language attribute picks the right glyphs for CJK text.
 */
PangoLayout *
_sw_graph_painter_get_title (SwGraphPainter *self,
                             SwNodeInfo     *info)
{
  const char *language;
  const char *text;
  PangoAttrList *attrs;

  if (info->title != NULL)
    return info->title;

  language = _sw_graph_painter_get_language (self);
  text = sw_document_get_text (self->document, sw_node_get_title (info->node), language,
                               &info->title_fallback);
  info->title = _sw_graph_painter_new_layout (self, 13.5, PANGO_WEIGHT_NORMAL);
  pango_layout_set_auto_dir (info->title, TRUE);
  pango_layout_set_alignment (info->title, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (info->title, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (info->title, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (info->title, (SW_CARD_WIDTH - 32) * PANGO_SCALE);
  pango_layout_set_height (info->title, -3);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (language)));
  pango_layout_set_attributes (info->title, attrs);
  pango_attr_list_unref (attrs);
  _sw_graph_painter_set_text (info->title, text);
  /* The whole card mirrors for a right-to-left title: stripe, label, badge. */
  info->rtl = pango_layout_get_line_readonly (info->title, 0)->resolved_dir == PANGO_DIRECTION_RTL;

  return info->title;
}

static SwKindStyle *
new_kind_style (SwGraphPainter *self,
                const char     *color)
{
  const SwPalette *palette = sw_palette_get (self->dark);
  SwKindStyle *style = g_new0 (SwKindStyle, 1);

  sw_palette_kind_color (palette, color, &style->color);
  sw_color_readable_on (&style->text, &style->color, &palette->card_fill);
  sw_color_mix (&style->fill, &palette->card_fill, &style->color, palette->kind_tint);
  style->fill.alpha = 1;

  return style;
}

/* Unknown kinds (a file being repaired) get a neutral style, not a crash. */
SwKindStyle *
_sw_graph_painter_get_node_kind (SwGraphPainter *self,
                                 const char     *kind)
{
  SwKindStyle *style = g_hash_table_lookup (self->node_kinds, kind);
  SwNodeKind *node_kind;
  const char *label;

  if (style != NULL)
    return style;

  node_kind = sw_document_lookup_node_kind (self->document, kind);
  style = new_kind_style (self, node_kind != NULL ? sw_node_kind_get_color (node_kind) : NULL);
  label = self->labels.kind_label != NULL ? self->labels.kind_label (kind, self->labels_data)
                                           : NULL;
  if (label == NULL)
    label = sw_document_get_kind_label (self->document, kind,
                                        _sw_graph_painter_get_language (self));
  style->label = _sw_graph_painter_new_layout (self, 11, PANGO_WEIGHT_BOLD);
  _sw_graph_painter_set_text (style->label, label != NULL ? label : kind);
  pango_layout_set_ellipsize (style->label, PANGO_ELLIPSIZE_END);
  style->rank = g_hash_table_size (self->node_kinds);
  g_hash_table_insert (self->node_kinds, g_strdup (kind), style);

  return style;
}

const SwKindStyle *
_sw_graph_painter_get_link_kind (SwGraphPainter *self,
                                 const char     *kind)
{
  SwKindStyle *style = g_hash_table_lookup (self->link_kinds, kind);
  SwLinkKind *link_kind;

  if (style != NULL)
    return style;

  link_kind = sw_document_lookup_link_kind (self->document, kind);
  style = new_kind_style (self, link_kind != NULL ? sw_link_kind_get_color (link_kind) : NULL);
  style->style = link_kind != NULL ? sw_link_kind_get_style (link_kind) : SW_LINK_STYLE_SOLID;
  style->rank = g_hash_table_size (self->link_kinds);
  g_hash_table_insert (self->link_kinds, g_strdup (kind), style);

  return style;
}

PangoLayout *
_sw_graph_painter_get_status (SwGraphPainter *self,
                              SwNodeStatus    status)
{
  g_return_val_if_fail (status < SW_N_NODE_STATUSES, NULL);

  if (self->status_layouts[status] == NULL)
    {
      PangoLayout *layout = _sw_graph_painter_new_layout (self, 10.5, PANGO_WEIGHT_BOLD);
      const char *label = self->labels.status_label != NULL
                            ? self->labels.status_label (status, self->labels_data)
                            : NULL;

      _sw_graph_painter_set_text (layout, label != NULL ? label
                                                        : sw_node_status_get_label (status));
      self->status_layouts[status] = layout;
    }

  return self->status_layouts[status];
}
