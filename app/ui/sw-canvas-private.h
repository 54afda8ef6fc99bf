/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-canvas.h"

G_BEGIN_DECLS

typedef enum
{
  SW_DRAG_NONE,
  SW_DRAG_MOVE,
  SW_DRAG_PAN,
  SW_DRAG_RUBBER_BAND,
  SW_DRAG_LINK,
  SW_DRAG_MINIMAP,
} SwDragMode;

/* One link the person may choose from the link popover. */
typedef struct
{
  char   *kind;
  SwNode *from;
  SwNode *to;
} SwLinkOption;

struct _SwCanvas
{
  GtkWidget        parent_instance;

  SwDocument      *document;
  SwSelection     *selection;
  SwGraphPainter  *painter;
  char            *language;
  gboolean         show_minimap;

  /* The view: the document point at the widget's top-left corner, and the scale. */
  double           zoom;
  double           origin_x;
  double           origin_y;
  gboolean         fit_pending;

  /* Pointer gestures; positions in document coordinates. */
  SwDragMode       drag_mode;
  double           press_x;
  double           press_y;
  double           pointer_x;
  double           pointer_y;
  double           press_widget_x;
  double           press_widget_y;
  double           pan_origin_x;
  double           pan_origin_y;
  gboolean         drag_moved;
  SwNode          *press_node;
  GPtrArray       *band_base;
  SwRect           band;
  SwNode          *link_from;
  SwNode          *link_target;
  gboolean         link_accepted;
  gboolean         keyboard_linking;
  double           zoom_gesture_start;
  double           zoom_anchor_x;
  double           zoom_anchor_y;
  SwNode          *hover_node;
  GPtrArray       *selected_links;  /* (element-type SwLink): apart from the nodes' selection */
  char            *last_kind;
  double           last_widget_x;
  double           last_widget_y;

  /* Where the context menu was opened on empty space: new nodes go there. */
  gboolean         add_at_point;
  double           add_x;
  double           add_y;

  /* The choices offered by the link popover. */
  GArray          *link_options;

  GtkWidget       *context_menu;
  GtkWidget       *link_menu;
  GtkWidget       *rename_popover;
  GtkWidget       *rename_entry;
  SwNode          *rename_node;

  /* Gliding: where each node was last seen, and where a glide starts from. */
  GHashTable      *known_positions;
  GHashTable      *glide_from;
  gboolean         own_move;
  guint            glide_tick_id;
  gint64           glide_start_time;

  cairo_surface_t *minimap_surface;
  gboolean         minimap_dirty;
};

/* How far a key press moves the selection, in document units. */
#define SW_CANVAS_KEY_STEP        10.0
#define SW_CANVAS_KEY_STEP_LARGE  50.0

/* sw-canvas.c */
void      _sw_canvas_notify_zoom        (SwCanvas      *self);
void      _sw_canvas_emit_message       (SwCanvas      *self,
                                         const char    *message);
void      _sw_canvas_emit_deleted       (SwCanvas      *self,
                                         guint          n_nodes);
GPtrArray *_sw_canvas_copy_selection   (SwCanvas      *self);
void      _sw_canvas_set_hover          (SwCanvas      *self,
                                         SwNode        *node,
                                         SwLink        *link);
void      _sw_canvas_select_link        (SwCanvas      *self,
                                         SwLink        *link);
void      _sw_canvas_toggle_link        (SwCanvas      *self,
                                         SwLink        *link);

/* sw-canvas-view.c */
void      _sw_canvas_widget_to_document (SwCanvas      *self,
                                         double         x,
                                         double         y,
                                         double        *doc_x,
                                         double        *doc_y);
void      _sw_canvas_zoom_at            (SwCanvas      *self,
                                         double         zoom,
                                         double         widget_x,
                                         double         widget_y);
void      _sw_canvas_pan                (SwCanvas      *self,
                                         double         dx,
                                         double         dy);
void      _sw_canvas_scroll_to_node     (SwCanvas      *self,
                                         SwNode        *node);
void      _sw_canvas_get_node_widget_rect (SwCanvas    *self,
                                         SwNode        *node,
                                         GdkRectangle  *rect);

/* sw-canvas-minimap.c */
void      _sw_canvas_queue_minimap      (SwCanvas      *self);
void      _sw_canvas_draw_minimap       (SwCanvas      *self,
                                         cairo_t       *cr);
gboolean  _sw_canvas_minimap_at         (SwCanvas      *self,
                                         double         x,
                                         double         y);
void      _sw_canvas_minimap_navigate   (SwCanvas      *self,
                                         double         x,
                                         double         y);

/* sw-canvas-input.c */
void      _sw_canvas_setup_input        (SwCanvas      *self);
void      _sw_canvas_press              (SwCanvas      *self,
                                         double         x,
                                         double         y,
                                         gboolean       extend);
void      _sw_canvas_drag_to            (SwCanvas      *self,
                                         double         offset_x,
                                         double         offset_y);
void      _sw_canvas_release            (SwCanvas      *self,
                                         gboolean       extend);

/* sw-canvas-keyboard.c */
void      _sw_canvas_class_setup_keyboard (GtkWidgetClass *widget_class);
gboolean  _sw_canvas_focus              (GtkWidget        *widget,
                                         GtkDirectionType  direction);
void      _sw_canvas_focus_node         (SwCanvas      *self,
                                         SwNode        *node);
void      _sw_canvas_move_selection     (SwCanvas      *self,
                                         double         dx,
                                         double         dy);
void      _sw_canvas_start_keyboard_link (SwCanvas     *self);
void      _sw_canvas_end_keyboard_link  (SwCanvas      *self,
                                         gboolean       create);

/* sw-canvas-actions.c */
void      _sw_canvas_class_setup_actions (GtkWidgetClass *widget_class);
void      _sw_canvas_update_actions     (SwCanvas      *self);
void      _sw_canvas_delete_selection   (SwCanvas      *self);
void      _sw_canvas_link_option_clear  (gpointer       data);

/* sw-canvas-popovers.c */
void      _sw_canvas_show_context_menu  (SwCanvas      *self,
                                         double         widget_x,
                                         double         widget_y);
void      _sw_canvas_offer_links        (SwCanvas      *self,
                                         GArray        *options,
                                         SwNode        *anchor);
void      _sw_canvas_dispose_popovers   (SwCanvas      *self);

/* sw-canvas-glide.c */
void      _sw_canvas_remember_positions (SwCanvas      *self);
void      _sw_canvas_note_moved         (SwCanvas      *self,
                                         SwNode        *node);
void      _sw_canvas_start_glide        (SwCanvas      *self);
void      _sw_canvas_stop_glide         (SwCanvas      *self);

G_END_DECLS
