/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwCanvas: the graph view and editor.  It draws through SwGraphPainter,
 * the same painter the picture exports use, as one cairo node per frame over
 * the visible area, and edits only through SwDocument calls so that every
 * gesture is an undo step.
 *
 * This file holds the widget, its state and drawing; the view (zoom and
 * scroll position) is in sw-canvas-view.c, the minimap in
 * sw-canvas-minimap.c, pointer input in sw-canvas-input.c, the keyboard in
 * sw-canvas-keyboard.c, actions in sw-canvas-actions.c, popovers in
 * sw-canvas-popovers.c and the glide animation in sw-canvas-glide.c.
 */
#define G_LOG_DOMAIN "sw-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-canvas-private.h"

G_DEFINE_FINAL_TYPE (SwCanvas, sw_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTION,
  PROP_LANGUAGE,
  PROP_ZOOM,
  PROP_SHOW_MINIMAP,
  N_PROPS
};

enum {
  SIGNAL_MESSAGE,
  SIGNAL_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


static gpointer
ref_node (gconstpointer node,
          gpointer      user_data)
{
  return g_object_ref ((gpointer) node);
}

/* The selected nodes, held: an edit may drop them from the selection. */
GPtrArray *
_sw_canvas_copy_selection (SwCanvas *self)
{
  GPtrArray *nodes = g_ptr_array_copy (sw_selection_get_nodes (self->selection), ref_node, NULL);

  g_ptr_array_set_free_func (nodes, g_object_unref);
  return nodes;
}

void
_sw_canvas_emit_message (SwCanvas   *self,
                         const char *message)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, message);
}

void
_sw_canvas_emit_deleted (SwCanvas *self,
                         guint     n_nodes)
{
  g_signal_emit (self, signals[SIGNAL_DELETED], 0, n_nodes);
}

void
_sw_canvas_set_hover (SwCanvas *self,
                      SwNode   *node,
                      SwLink   *link)
{
  SwNode *handle = node;

  self->hover_node = node;
  /* The focused node keeps its handle, so a link can start from it at once. */
  if (handle == NULL && self->selection != NULL && sw_selection_get_n_nodes (self->selection) == 1)
    handle = sw_selection_get_focus (self->selection);
  sw_graph_painter_set_hover_node (self->painter, node);
  sw_graph_painter_set_handle_node (self->painter, handle);
  sw_graph_painter_set_hover_link (self->painter, node == NULL ? link : NULL);
}

static void
links_changed (SwCanvas *self)
{
  sw_graph_painter_set_selected_links (self->painter, self->selected_links);
  _sw_canvas_update_actions (self);
}

/* Selects @link alone, or no link if %NULL. */
void
_sw_canvas_select_link (SwCanvas *self,
                        SwLink   *link)
{
  if (self->selected_links->len == 0 && link == NULL)
    return;
  g_ptr_array_set_size (self->selected_links, 0);
  if (link != NULL)
    g_ptr_array_add (self->selected_links, link);
  links_changed (self);
}

/* Adds @link to the selected links, or takes it out if it is one. */
void
_sw_canvas_toggle_link (SwCanvas *self,
                        SwLink   *link)
{
  if (!g_ptr_array_remove (self->selected_links, link))
    g_ptr_array_add (self->selected_links, link);
  links_changed (self);
}

/*
 * What a screen reader says about the canvas: the focused node, its kind
 * and status, or how many nodes are selected.
 */
static void
announce (SwCanvas *self)
{
  g_autofree char *label = NULL;
  SwNode *focus = self->selection != NULL ? sw_selection_get_focus (self->selection) : NULL;
  guint n_selected = self->selection != NULL ? sw_selection_get_n_nodes (self->selection) : 0;

  if (self->document == NULL)
    label = g_strdup (_("Graph"));
  else if (focus == NULL)
    label = g_strdup_printf (ngettext ("Graph of %u node, none selected",
                                       "Graph of %u nodes, none selected",
                                       sw_document_get_n_nodes (self->document)),
                             sw_document_get_n_nodes (self->document));
  else
    {
      const char *kind = sw_document_get_kind_label (self->document, sw_node_get_kind (focus),
                                                     self->language);
      const char *title = sw_document_get_node_title (self->document, focus, self->language);
      const char *status = sw_node_status_get_label (sw_node_get_status (focus));

      if (n_selected > 1)
        /* Translators: the focused node of the graph, for screen readers:
         * kind, title, status, then how many nodes are selected */
        label = g_strdup_printf (_("%s: %s, %s, %u selected"), kind, title, status, n_selected);
      else
        /* Translators: the focused node of the graph, for screen readers: kind, title, status */
        label = g_strdup_printf (_("%s: %s, %s"), kind, title, status);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_selection_changed (SwCanvas *self)
{
  SwNode *focus = sw_selection_get_focus (self->selection);

  /* A double-click on empty space makes a node of the kind last worked on. */
  if (focus != NULL && g_strcmp0 (self->last_kind, sw_node_get_kind (focus)) != 0)
    {
      g_free (self->last_kind);
      self->last_kind = g_strdup (sw_node_get_kind (focus));
    }
  sw_graph_painter_set_selection (self->painter, sw_selection_get_nodes (self->selection),
                                  sw_selection_get_focus (self->selection));
  _sw_canvas_set_hover (self, self->hover_node, NULL);
  if (sw_selection_get_n_nodes (self->selection) > 0)
    _sw_canvas_select_link (self, NULL);
  _sw_canvas_update_actions (self);
  _sw_canvas_queue_minimap (self);
  announce (self);
}

static void
on_node_removed (SwCanvas *self,
                 SwNode   *node)
{
  if (self->hover_node == node)
    _sw_canvas_set_hover (self, NULL, NULL);
  if (self->press_node == node)
    self->press_node = NULL;
  if (self->link_from == node || self->link_target == node)
    {
      self->link_from = self->link_target = NULL;
      self->keyboard_linking = FALSE;
      if (self->drag_mode == SW_DRAG_LINK)
        self->drag_mode = SW_DRAG_NONE;
    }
  if (self->rename_node == node && self->rename_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
  if (self->band_base != NULL)
    g_ptr_array_remove (self->band_base, node);
  g_hash_table_remove (self->known_positions, node);
  g_hash_table_remove (self->glide_from, node);
}

static void
on_link_removed (SwCanvas *self,
                 SwLink   *link)
{
  if (g_ptr_array_remove (self->selected_links, link))
    links_changed (self);
}

static void
on_node_changed (SwCanvas *self,
                 SwNode   *node,
                 SwField   field)
{
  if (field == SW_FIELD_POSITION)
    _sw_canvas_note_moved (self, node);
}

/* Once per undo step: glide what moved, and refresh what depends on the whole. */
static void
on_document_changed (SwCanvas *self)
{
  _sw_canvas_start_glide (self);
  _sw_canvas_queue_minimap (self);
  _sw_canvas_update_actions (self);
  announce (self);
}

void
_sw_canvas_notify_zoom (SwCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
on_painter_changed (SwCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_dark_changed (SwCanvas        *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  sw_graph_painter_set_dark (self->painter, adw_style_manager_get_dark (style_manager));
  _sw_canvas_queue_minimap (self);
}

/*
 * The canvas draws into a render node that the renderer turns into pixels at
 * the window's scale: the painter may stamp cards from bitmaps made at that
 * scale, which keeps frames of large documents quick.
 */
static void
on_scale_factor_changed (SwCanvas *self)
{
  sw_graph_painter_set_raster_scale (self->painter,
                                     gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

/* Cards use the interface font, as the rest of the window does. */
static void
on_font_changed (SwCanvas *self)
{
  g_autofree char *font_name = NULL;
  PangoFontDescription *font;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-font-name", &font_name, NULL);
  if (font_name == NULL)
    return;
  font = pango_font_description_from_string (font_name);
  sw_graph_painter_set_font_family (self->painter, pango_font_description_get_family (font));
  pango_font_description_free (font);
}

static void
sw_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  SwCanvas *self = SW_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SwRect visible;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  sw_canvas_get_visible_rect (self, &visible);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  cairo_save (cr);
  cairo_scale (cr, self->zoom, self->zoom);
  cairo_translate (cr, -self->origin_x, -self->origin_y);
  sw_graph_painter_paint_background (self->painter, cr, &visible);
  if (self->document != NULL)
    {
      sw_graph_painter_paint (self->painter, cr, &visible, self->zoom);
      if (self->link_from != NULL)
        {
          double x = self->pointer_x, y = self->pointer_y;

          if (self->link_target != NULL)
            sw_graph_painter_get_drawn_position (self->painter, self->link_target, &x, &y);
          sw_graph_painter_paint_pending_link (self->painter, cr, self->link_from, x, y,
                                               self->link_accepted, self->zoom);
        }
      if (self->drag_mode == SW_DRAG_RUBBER_BAND)
        sw_graph_painter_paint_rubber_band (self->painter, cr, &self->band, self->zoom);
    }
  cairo_restore (cr);

  _sw_canvas_draw_minimap (self, cr);
  cairo_destroy (cr);
}

static void
sw_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = 120;
  *natural = 600;
}

static void
sw_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  SwCanvas *self = SW_CANVAS (widget);

  /* Popovers parented to a plain widget must be placed by it. */
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
  if (self->link_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->link_menu));
  if (self->rename_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->rename_popover));

  if (self->fit_pending && width > 0 && height > 0)
    {
      self->fit_pending = FALSE;
      sw_canvas_zoom_fit (self);
    }
}

static void
sw_canvas_state_flags_changed (GtkWidget     *widget,
                               GtkStateFlags  previous)
{
  SwCanvas *self = SW_CANVAS (widget);
  GtkStateFlags flags = gtk_widget_get_state_flags (widget);

  sw_graph_painter_set_focus_visible (self->painter, (flags & GTK_STATE_FLAG_FOCUS_WITHIN) != 0
                                                     && (flags & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0);
  GTK_WIDGET_CLASS (sw_canvas_parent_class)->state_flags_changed (widget, previous);
}

static void
sw_canvas_root (GtkWidget *widget)
{
  SwCanvas *self = SW_CANVAS (widget);

  GTK_WIDGET_CLASS (sw_canvas_parent_class)->root (widget);
  g_signal_connect_object (gtk_widget_get_settings (widget), "notify::gtk-font-name",
                           G_CALLBACK (on_font_changed), self, G_CONNECT_SWAPPED);
  on_font_changed (self);
}

static void
sw_canvas_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget), on_font_changed, widget);
  GTK_WIDGET_CLASS (sw_canvas_parent_class)->unroot (widget);
}

static void
sw_canvas_dispose (GObject *object)
{
  SwCanvas *self = SW_CANVAS (object);

  _sw_canvas_stop_glide (self);
  _sw_canvas_dispose_popovers (self);
  /* The selection is shared with the window: let go of it untouched. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  sw_canvas_set_document (self, NULL);
  if (self->painter != NULL)
    g_signal_handlers_disconnect_by_data (self->painter, self);
  g_clear_object (&self->painter);
  g_clear_pointer (&self->minimap_surface, cairo_surface_destroy);

  G_OBJECT_CLASS (sw_canvas_parent_class)->dispose (object);
}

static void
sw_canvas_finalize (GObject *object)
{
  SwCanvas *self = SW_CANVAS (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->last_kind, g_free);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  g_clear_pointer (&self->link_options, g_array_unref);
  g_clear_pointer (&self->known_positions, g_hash_table_unref);
  g_clear_pointer (&self->glide_from, g_hash_table_unref);
  g_clear_pointer (&self->selected_links, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_canvas_parent_class)->finalize (object);
}

static void
sw_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SwCanvas *self = SW_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SHOW_MINIMAP:
      g_value_set_boolean (value, self->show_minimap);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SwCanvas *self = SW_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sw_canvas_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      sw_canvas_set_selection (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      sw_canvas_set_language (self, g_value_get_string (value));
      break;
    case PROP_ZOOM:
      sw_canvas_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SHOW_MINIMAP:
      sw_canvas_set_show_minimap (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_canvas_class_init (SwCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_canvas_dispose;
  object_class->finalize = sw_canvas_finalize;
  object_class->get_property = sw_canvas_get_property;
  object_class->set_property = sw_canvas_set_property;

  widget_class->snapshot = sw_canvas_snapshot;
  widget_class->measure = sw_canvas_measure;
  widget_class->size_allocate = sw_canvas_size_allocate;
  widget_class->state_flags_changed = sw_canvas_state_flags_changed;
  widget_class->focus = _sw_canvas_focus;
  widget_class->root = sw_canvas_root;
  widget_class->unroot = sw_canvas_unroot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, SW_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, SW_CANVAS_MIN_ZOOM, SW_CANVAS_MAX_ZOOM, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_MINIMAP] =
    g_param_spec_boolean ("show-minimap", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwCanvas::message:
   * @message: what to tell the person, such as why a link was refused
   *
   * The window shows it in a toast.
   */
  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * SwCanvas::deleted:
   * @n_nodes: how many nodes were deleted (0 for a lone link)
   *
   * Emitted after a deletion, as one undo step, so the window can offer Undo.
   */
  signals[SIGNAL_DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  _sw_canvas_class_setup_actions (widget_class);
  _sw_canvas_class_setup_keyboard (widget_class);

  gtk_widget_class_set_css_name (widget_class, "graphcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_WIDGET);
}

static void
sw_canvas_init (SwCanvas *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->zoom = 1;
  self->painter = sw_graph_painter_new (NULL);
  self->known_positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->selected_links = g_ptr_array_new ();
  self->glide_from = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_signal_connect_swapped (self->painter, "changed", G_CALLBACK (on_painter_changed), self);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed), self,
                           G_CONNECT_SWAPPED);
  sw_graph_painter_set_dark (self->painter, adw_style_manager_get_dark (style_manager));
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed), NULL);
  on_scale_factor_changed (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sw-canvas");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Tab moves between nodes, Alt and the arrow keys follow "
                                    "links, the arrow keys move the selection, Enter renames, "
                                    "the Menu key opens the node menu"),
                                  -1);

  _sw_canvas_setup_input (self);
  sw_canvas_set_selection (self, NULL);
  announce (self);
}

/**
 * sw_canvas_new:
 *
 * Returns: (transfer full): a new, empty canvas
 */
GtkWidget *
sw_canvas_new (void)
{
  return g_object_new (SW_TYPE_CANVAS, NULL);
}

/**
 * sw_canvas_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
SwDocument *
sw_canvas_get_document (SwCanvas *self)
{
  g_return_val_if_fail (SW_IS_CANVAS (self), NULL);

  return self->document;
}

/**
 * sw_canvas_set_document:
 * @document: (nullable): the document to show and edit
 *
 * Shows @document fitted into the canvas.  The selection follows it.
 */
void
sw_canvas_set_document (SwCanvas   *self,
                        SwDocument *document)
{
  g_return_if_fail (SW_IS_CANVAS (self));
  g_return_if_fail (document == NULL || SW_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  _sw_canvas_stop_glide (self);
  _sw_canvas_dispose_popovers (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);

  self->drag_mode = SW_DRAG_NONE;
  self->hover_node = self->press_node = self->link_from = self->link_target = NULL;
  self->keyboard_linking = FALSE;
  g_ptr_array_set_size (self->selected_links, 0);
  g_hash_table_remove_all (self->known_positions);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);

  sw_graph_painter_set_document (self->painter, document);
  sw_graph_painter_set_language (self->painter, self->language);
  if (document != NULL && self->selection != NULL
      && sw_selection_get_document (self->selection) != document)
    sw_selection_set_document (self->selection, document);

  if (document != NULL)
    {
      g_signal_connect_swapped (document, "node-removed", G_CALLBACK (on_node_removed), self);
      g_signal_connect_swapped (document, "link-removed", G_CALLBACK (on_link_removed), self);
      g_signal_connect_swapped (document, "node-changed", G_CALLBACK (on_node_changed), self);
      g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
      _sw_canvas_remember_positions (self);
      self->fit_pending = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }

  _sw_canvas_queue_minimap (self);
  _sw_canvas_update_actions (self);
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * sw_canvas_get_selection:
 *
 * Returns: (transfer none): the selection the canvas shows and changes
 */
SwSelection *
sw_canvas_get_selection (SwCanvas *self)
{
  g_return_val_if_fail (SW_IS_CANVAS (self), NULL);

  return self->selection;
}

/**
 * sw_canvas_set_selection:
 * @selection: (nullable): the selection to share, or %NULL for one of the
 *   canvas's own
 *
 * The window gives the canvas, the outline and the inspector one selection.
 */
void
sw_canvas_set_selection (SwCanvas    *self,
                         SwSelection *selection)
{
  g_autoptr(SwSelection) own = NULL;

  g_return_if_fail (SW_IS_CANVAS (self));
  g_return_if_fail (selection == NULL || SW_IS_SELECTION (selection));

  if (selection == NULL)
    selection = own = sw_selection_new (self->document);
  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      if (self->document != NULL && sw_selection_get_document (selection) != self->document)
        sw_selection_set_document (selection, self->document);
      g_signal_connect_swapped (selection, "changed", G_CALLBACK (on_selection_changed), self);
      on_selection_changed (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

const char *
sw_canvas_get_language (SwCanvas *self)
{
  g_return_val_if_fail (SW_IS_CANVAS (self), NULL);

  return self->language;
}

/**
 * sw_canvas_set_language:
 * @language: (nullable): the language of the titles, %NULL for the
 *   document's source language
 */
void
sw_canvas_set_language (SwCanvas   *self,
                        const char *language)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  sw_graph_painter_set_language (self->painter, language);
  _sw_canvas_queue_minimap (self);
  announce (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * sw_canvas_set_dimmed:
 * @nodes: (nullable): the nodes a filter leaves out (as keys), or %NULL
 */
void
sw_canvas_set_dimmed (SwCanvas   *self,
                      GHashTable *nodes)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  sw_graph_painter_set_dimmed (self->painter, nodes);
  _sw_canvas_queue_minimap (self);
}

gboolean
sw_canvas_get_show_minimap (SwCanvas *self)
{
  g_return_val_if_fail (SW_IS_CANVAS (self), FALSE);

  return self->show_minimap;
}

void
sw_canvas_set_show_minimap (SwCanvas *self,
                            gboolean  show_minimap)
{
  g_return_if_fail (SW_IS_CANVAS (self));

  show_minimap = !!show_minimap;
  if (self->show_minimap == show_minimap)
    return;
  self->show_minimap = show_minimap;
  _sw_canvas_queue_minimap (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MINIMAP]);
}

/**
 * sw_canvas_get_painter:
 *
 * Returns: (transfer none): the painter the canvas draws with, for exports
 *   that should look exactly like it
 */
SwGraphPainter *
sw_canvas_get_painter (SwCanvas *self)
{
  g_return_val_if_fail (SW_IS_CANVAS (self), NULL);

  return self->painter;
}
