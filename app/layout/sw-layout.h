/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_LAYOUT_MODE   (sw_layout_mode_get_type ())
#define SW_TYPE_LAYOUT_RESULT (sw_layout_result_get_type ())

/* Width and height of a card on the canvas, in pixels, as the layout sees it. */
#define SW_LAYOUT_CARD_WIDTH  220
#define SW_LAYOUT_CARD_HEIGHT 90
/* Room Arrange keeps between a card it moves and a pinned card or one it leaves in place. */
#define SW_LAYOUT_GAP         20

/**
 * SwLayoutMode:
 * @SW_LAYOUT_MODE_LAYERED: kinds in bands from the concept down to the
 *   commitments and their partners, hierarchy links pointing down
 * @SW_LAYOUT_MODE_ORGANIC: force-directed, for free-form maps
 *
 * How Arrange places the nodes.  The nicks ("layered", "organic") suit an
 * action's string target.
 */
typedef enum
{
  SW_LAYOUT_MODE_LAYERED,
  SW_LAYOUT_MODE_ORGANIC,
} SwLayoutMode;

/* Where Arrange wants each node: node id → new centre, in whole canvas pixels. */
typedef struct _SwLayoutResult SwLayoutResult;

GType           sw_layout_mode_get_type         (void) G_GNUC_CONST;
const char     *sw_layout_mode_to_string        (SwLayoutMode          mode);
gboolean        sw_layout_mode_from_string      (const char           *string,
                                                 SwLayoutMode         *mode);

void            sw_layout_arrange_async         (SwDocument           *document,
                                                 SwLayoutMode          mode,
                                                 GPtrArray            *nodes,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
SwLayoutResult *sw_layout_arrange_finish        (SwDocument           *document,
                                                 GAsyncResult         *result,
                                                 GError              **error);

GType           sw_layout_result_get_type       (void) G_GNUC_CONST;
SwLayoutResult *sw_layout_result_ref            (SwLayoutResult       *self);
void            sw_layout_result_unref          (SwLayoutResult       *self);
SwLayoutMode    sw_layout_result_get_mode       (SwLayoutResult       *self);
guint           sw_layout_result_get_n_nodes    (SwLayoutResult       *self);
const char     *sw_layout_result_get_node_id    (SwLayoutResult       *self,
                                                 guint                 index,
                                                 double               *x,
                                                 double               *y);
gboolean        sw_layout_result_lookup         (SwLayoutResult       *self,
                                                 const char           *node_id,
                                                 double               *x,
                                                 double               *y);
gboolean        sw_layout_result_apply          (SwLayoutResult       *self,
                                                 SwDocument           *document);

/* Graphviz keeps global state: anything in the app that calls it holds this lock. */
void            sw_layout_graphviz_lock         (void);
void            sw_layout_graphviz_unlock       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwLayoutResult, sw_layout_result_unref)

G_END_DECLS
