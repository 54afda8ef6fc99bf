/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwGraphPainter: draws a document's graph for the canvas and for the
 * picture exports alike, so that an SVG or PNG shows exactly what the canvas
 * shows.  The drawing code describes the picture once, through a pen
 * (sw-pen.h): a cairo pen draws it with cairo and Pango, an SVG pen writes
 * it as SVG.  It draws in document coordinates: the caller sets up the
 * cairo transform (scale = zoom) and says which part of the document is
 * visible.
 *
 * This file holds the object and its settings; the state shown on cards is in
 * sw-graph-painter-state.c, cached text and colours in -cache.c, the spatial
 * grid and hit testing in -grid.c, the drawing in -draw.c and -links.c.  The
 * painter listens to the document and emits "changed" whenever what it would
 * draw changes.
 */
#define G_LOG_DOMAIN "sw-graph-painter"

#include "config.h"

#include "sw-graph-painter-private.h"

G_DEFINE_FINAL_TYPE (SwGraphPainter, sw_graph_painter, G_TYPE_OBJECT)
G_DEFINE_ENUM_TYPE (SwLinkLabels, sw_link_labels,
                    G_DEFINE_ENUM_VALUE (SW_LINK_LABELS_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (SW_LINK_LABELS_HIGHLIGHTED, "highlighted"),
                    G_DEFINE_ENUM_VALUE (SW_LINK_LABELS_ALL, "all"))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LANGUAGE,
  PROP_DARK,
  PROP_FONT_FAMILY,
  PROP_LINK_LABELS,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans, sans-serif"

void
_sw_graph_painter_emit_changed (SwGraphPainter *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
node_info_free (gpointer data)
{
  SwNodeInfo *info = data;

  g_clear_object (&info->title);
  g_free (info);
}

static void
kind_style_free (gpointer data)
{
  SwKindStyle *style = data;

  g_clear_object (&style->label);
  g_clear_object (&style->short_label);
  g_clear_pointer (&style->stamps, g_hash_table_unref);
  g_free (style);
}

static void
clear_status_layouts (SwGraphPainter *self)
{
  for (guint i = 0; i < SW_N_NODE_STATUSES; i++)
    g_clear_object (&self->status_layouts[i]);
}

/* Every cached layout and colour depends on the language, palette or font. */
static void
drop_caches (SwGraphPainter *self)
{
  GHashTableIter iter;
  SwNodeInfo *info;

  g_hash_table_iter_init (&iter, self->infos);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
    g_clear_object (&info->title);
  g_hash_table_remove_all (self->node_kinds);
  g_hash_table_remove_all (self->link_kinds);
  clear_status_layouts (self);
}

static void
forget_node (SwGraphPainter *self,
             SwNode         *node)
{
  g_hash_table_remove (self->infos, node);
  g_hash_table_remove (self->selected, node);
  g_hash_table_remove (self->dimmed, node);
  g_hash_table_remove (self->drawn_positions, node);
  if (self->restriction != NULL)
    g_hash_table_remove (self->restriction, node);
  if (self->focus == node)
    self->focus = NULL;
  if (self->hover_node == node)
    self->hover_node = NULL;
  if (self->handle_node == node)
    self->handle_node = NULL;
}

static void
on_node_added (SwGraphPainter *self)
{
  _sw_graph_painter_grid_invalidate (self);
  _sw_graph_painter_emit_changed (self);
}

static void
on_node_removed (SwGraphPainter *self,
                 SwNode         *node)
{
  forget_node (self, node);
  _sw_graph_painter_grid_invalidate (self);
  _sw_graph_painter_emit_changed (self);
}

static void
on_link_removed (SwGraphPainter *self,
                 SwLink         *link)
{
  if (self->hover_link == link)
    self->hover_link = NULL;
  g_hash_table_remove (self->selected_links, link);
  _sw_graph_painter_emit_changed (self);
}

static void
on_node_changed (SwGraphPainter *self,
                 SwNode         *node,
                 SwField         field)
{
  SwNodeInfo *info = g_hash_table_lookup (self->infos, node);

  if (field == SW_FIELD_POSITION)
    _sw_graph_painter_grid_invalidate (self);
  else if (info != NULL && (field == SW_FIELD_TITLE || field == SW_FIELD_KIND))
    g_clear_object (&info->title);
  _sw_graph_painter_emit_changed (self);
}

static void
on_kind_changed (SwGraphPainter *self)
{
  g_hash_table_remove_all (self->node_kinds);
  g_hash_table_remove_all (self->link_kinds);
  _sw_graph_painter_emit_changed (self);
}

/* Languages can be added or removed; a title may now fall back elsewhere. */
static void
on_metadata_changed (SwGraphPainter *self)
{
  drop_caches (self);
  _sw_graph_painter_emit_changed (self);
}

static void
sw_graph_painter_dispose (GObject *object)
{
  SwGraphPainter *self = SW_GRAPH_PAINTER (object);

  sw_graph_painter_set_document (self, NULL);
  clear_status_layouts (self);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (sw_graph_painter_parent_class)->dispose (object);
}

static void
sw_graph_painter_finalize (GObject *object)
{
  SwGraphPainter *self = SW_GRAPH_PAINTER (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->font_family, g_free);
  g_clear_pointer (&self->restriction, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);
  g_clear_pointer (&self->selected_links, g_hash_table_unref);
  g_clear_pointer (&self->dimmed, g_hash_table_unref);
  g_clear_pointer (&self->drawn_positions, g_hash_table_unref);
  g_clear_pointer (&self->infos, g_hash_table_unref);
  g_clear_pointer (&self->node_kinds, g_hash_table_unref);
  g_clear_pointer (&self->link_kinds, g_hash_table_unref);
  g_clear_pointer (&self->grid, g_hash_table_unref);

  G_OBJECT_CLASS (sw_graph_painter_parent_class)->finalize (object);
}

static void
sw_graph_painter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwGraphPainter *self = SW_GRAPH_PAINTER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_FONT_FAMILY:
      g_value_set_string (value, self->font_family);
      break;
    case PROP_LINK_LABELS:
      g_value_set_enum (value, self->link_labels);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_graph_painter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwGraphPainter *self = SW_GRAPH_PAINTER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sw_graph_painter_set_document (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      sw_graph_painter_set_language (self, g_value_get_string (value));
      break;
    case PROP_DARK:
      sw_graph_painter_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_FONT_FAMILY:
      sw_graph_painter_set_font_family (self, g_value_get_string (value));
      break;
    case PROP_LINK_LABELS:
      sw_graph_painter_set_link_labels (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_graph_painter_class_init (SwGraphPainterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_graph_painter_dispose;
  object_class->finalize = sw_graph_painter_finalize;
  object_class->get_property = sw_graph_painter_get_property;
  object_class->set_property = sw_graph_painter_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FONT_FAMILY] =
    g_param_spec_string ("font-family", NULL, NULL, DEFAULT_FONT_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINK_LABELS] =
    g_param_spec_enum ("link-labels", NULL, NULL, sw_link_labels_get_type (),
                       SW_LINK_LABELS_HIGHLIGHTED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwGraphPainter::changed:
   *
   * Emitted when a paint would draw something else than before: the
   * document or any of the painter's settings changed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_graph_painter_init (SwGraphPainter *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->font_family = g_strdup (DEFAULT_FONT_FAMILY);
  self->link_labels = SW_LINK_LABELS_HIGHLIGHTED;
  self->lift_drawn = TRUE;
  self->selected = g_hash_table_new (NULL, NULL);
  self->selected_links = g_hash_table_new (NULL, NULL);
  self->dimmed = g_hash_table_new (NULL, NULL);
  self->drawn_positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->infos = g_hash_table_new_full (NULL, NULL, NULL, node_info_free);
  self->node_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, kind_style_free);
  self->link_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, kind_style_free);
  self->grid_dirty = TRUE;

  /* Text is laid out once per node and drawn at any zoom, so its metrics
   * must not depend on the scale: no metric hinting. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->pango, options);
  pango_cairo_context_set_resolution (self->pango, 96);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
  cairo_font_options_destroy (options);
}

/**
 * sw_graph_painter_new:
 * @document: (nullable): the document to draw
 *
 * Returns: (transfer full): a new painter
 */
SwGraphPainter *
sw_graph_painter_new (SwDocument *document)
{
  g_return_val_if_fail (document == NULL || SW_IS_DOCUMENT (document), NULL);

  return g_object_new (SW_TYPE_GRAPH_PAINTER, "document", document, NULL);
}

/**
 * sw_graph_painter_get_document:
 *
 * Returns: (transfer none) (nullable): the document drawn
 */
SwDocument *
sw_graph_painter_get_document (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), NULL);

  return self->document;
}

void
sw_graph_painter_set_document (SwGraphPainter *self,
                               SwDocument     *document)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (document == NULL || SW_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);

  g_hash_table_remove_all (self->infos);
  g_hash_table_remove_all (self->selected);
  g_hash_table_remove_all (self->dimmed);
  g_hash_table_remove_all (self->drawn_positions);
  g_clear_pointer (&self->restriction, g_hash_table_unref);
  self->focus = self->hover_node = self->handle_node = NULL;
  self->hover_link = NULL;
  g_hash_table_remove_all (self->selected_links);
  drop_caches (self);
  _sw_graph_painter_grid_invalidate (self);

  if (document != NULL)
    {
      g_signal_connect_swapped (document, "node-added", G_CALLBACK (on_node_added), self);
      g_signal_connect_swapped (document, "node-removed", G_CALLBACK (on_node_removed), self);
      g_signal_connect_swapped (document, "link-added", G_CALLBACK (_sw_graph_painter_emit_changed), self);
      g_signal_connect_swapped (document, "link-removed", G_CALLBACK (on_link_removed), self);
      g_signal_connect_swapped (document, "link-changed", G_CALLBACK (_sw_graph_painter_emit_changed), self);
      g_signal_connect_swapped (document, "node-changed", G_CALLBACK (on_node_changed), self);
      g_signal_connect_swapped (document, "kind-changed", G_CALLBACK (on_kind_changed), self);
      g_signal_connect_swapped (document, "metadata-changed", G_CALLBACK (on_metadata_changed),
                                self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  _sw_graph_painter_emit_changed (self);
}

/**
 * sw_graph_painter_get_language:
 *
 * Returns: (nullable): the language titles are drawn in; %NULL is the
 *   document's source language
 */
const char *
sw_graph_painter_get_language (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), NULL);

  return self->language;
}

void
sw_graph_painter_set_language (SwGraphPainter *self,
                               const char     *language)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  drop_caches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  _sw_graph_painter_emit_changed (self);
}

gboolean
sw_graph_painter_get_dark (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), FALSE);

  return self->dark;
}

void
sw_graph_painter_set_dark (SwGraphPainter *self,
                           gboolean        dark)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  /* Only colours change, but kind styles hold both. */
  g_hash_table_remove_all (self->node_kinds);
  g_hash_table_remove_all (self->link_kinds);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
  _sw_graph_painter_emit_changed (self);
}

const char *
sw_graph_painter_get_font_family (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), NULL);

  return self->font_family;
}

/* A comma-separated family list, as in a PangoFontDescription. */
void
sw_graph_painter_set_font_family (SwGraphPainter *self,
                                  const char     *family)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  if (family == NULL || family[0] == '\0')
    family = DEFAULT_FONT_FAMILY;
  if (g_strcmp0 (self->font_family, family) == 0)
    return;
  g_free (self->font_family);
  self->font_family = g_strdup (family);
  drop_caches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_FAMILY]);
  _sw_graph_painter_emit_changed (self);
}

SwLinkLabels
sw_graph_painter_get_link_labels (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), SW_LINK_LABELS_NONE);

  return self->link_labels;
}

void
sw_graph_painter_set_link_labels (SwGraphPainter *self,
                                  SwLinkLabels    link_labels)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  if (self->link_labels == link_labels)
    return;
  self->link_labels = link_labels;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK_LABELS]);
  _sw_graph_painter_emit_changed (self);
}

/**
 * sw_graph_painter_set_labels:
 * @labels: (nullable): where the words on cards come from; %NULL for the
 *   document's and the interface's
 * @user_data: passed to @labels' functions, which must outlive the painter's
 *   use of them
 */
void
sw_graph_painter_set_labels (SwGraphPainter             *self,
                             const SwGraphPainterLabels *labels,
                             gpointer                    user_data)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));

  self->labels = labels != NULL ? *labels : (SwGraphPainterLabels) { NULL, NULL };
  self->labels_data = user_data;
  drop_caches (self);
  _sw_graph_painter_emit_changed (self);
}

double
sw_graph_painter_get_raster_scale (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), 0);

  return self->raster_scale;
}

/**
 * sw_graph_painter_set_raster_scale:
 * @scale: output pixels per device unit of the cairo contexts the painter
 *   is given (the window's scale factor for a canvas drawing into a render
 *   node, 1 for an image surface), or 0 for vector output
 *
 * Tells the painter that sw_graph_painter_paint() draws to pixels, so that
 * it may stamp cards from bitmaps it keeps at that resolution, which is
 * much quicker than drawing their shapes.  The default, 0, always draws
 * shapes, as vector outputs (PDF, printing) need; vector surfaces are
 * recognised and keep their shapes whatever the scale.
 */
void
sw_graph_painter_set_raster_scale (SwGraphPainter *self,
                                   double          scale)
{
  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (scale >= 0);

  if (self->raster_scale == scale)
    return;
  self->raster_scale = scale;
  _sw_graph_painter_drop_stamps (self);
  _sw_graph_painter_emit_changed (self);
}

/**
 * sw_graph_painter_paint:
 * @cr: a cairo context whose transform maps document coordinates to the
 *   target, scaled by @zoom
 * @visible: (nullable): the part of the document to draw, in document
 *   coordinates; %NULL draws everything
 * @zoom: the scale of @cr, which decides the level of detail
 *
 * Draws links, then cards, then link labels.  The background is left alone
 * (see sw_graph_painter_paint_background()).
 */
void
sw_graph_painter_paint (SwGraphPainter *self,
                        cairo_t        *cr,
                        const SwRect   *visible,
                        double          zoom)
{
  SwCairoPen pen;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (zoom > 0);

  self->n_drawn_nodes = 0;
  self->n_drawn_links = 0;
  if (self->document == NULL)
    return;

  sw_cairo_pen_init (&pen, cr);
  _sw_graph_painter_draw (self, &pen.parent, visible, zoom);
}

static void
draw_background (SwGraphPainter *self,
                 SwPen          *pen,
                 const SwRect   *area)
{
  sw_pen_set_color (pen, &sw_palette_get (self->dark)->background, 1);
  sw_pen_rectangle (pen, area, 0);
  sw_pen_fill (pen);
}

void
sw_graph_painter_paint_background (SwGraphPainter *self,
                                   cairo_t        *cr,
                                   const SwRect   *area)
{
  SwCairoPen pen;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (area != NULL);

  sw_cairo_pen_init (&pen, cr);
  sw_pen_save (&pen.parent);
  draw_background (self, &pen.parent, area);
  sw_pen_restore (&pen.parent);
}

/**
 * sw_graph_painter_paint_svg:
 * @out: where to append the picture
 * @area: the part of the document to draw, in document coordinates
 *
 * Appends an <svg> element (without an XML declaration, so that it can also
 * go inside HTML) showing @area at zoom 1, one document unit a pixel: the
 * background, then what sw_graph_painter_paint() draws, from the same
 * drawing code.  Text is written as text, so it can be selected and
 * searched, and each card is a group titled with its whole title.
 */
void
sw_graph_painter_paint_svg (SwGraphPainter *self,
                            GString        *out,
                            const SwRect   *area)
{
  SwPen *pen;

  g_return_if_fail (SW_IS_GRAPH_PAINTER (self));
  g_return_if_fail (out != NULL);
  g_return_if_fail (area != NULL);

  self->n_drawn_nodes = 0;
  self->n_drawn_links = 0;
  pen = sw_svg_pen_new ();
  draw_background (self, pen, area);
  if (self->document != NULL)
    _sw_graph_painter_draw (self, pen, area, 1.0);
  sw_svg_pen_finish (pen, out, area, _sw_graph_painter_get_language (self));
}

guint
sw_graph_painter_get_n_drawn_nodes (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), 0);

  return self->n_drawn_nodes;
}

guint
sw_graph_painter_get_n_drawn_links (SwGraphPainter *self)
{
  g_return_val_if_fail (SW_IS_GRAPH_PAINTER (self), 0);

  return self->n_drawn_links;
}
