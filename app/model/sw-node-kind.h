/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_NODE_KIND (sw_node_kind_get_type ())

G_DECLARE_FINAL_TYPE (SwNodeKind, sw_node_kind, SW, NODE_KIND, GObject)

SwNodeKind   *sw_node_kind_new        (const char       *id,
                                       const char       *color);
const char   *sw_node_kind_get_id     (SwNodeKind       *self);
const SwText *sw_node_kind_get_label  (SwNodeKind       *self);
const char   *sw_node_kind_get_color  (SwNodeKind       *self);
const char   *sw_node_kind_get_icon   (SwNodeKind       *self);

G_END_DECLS
