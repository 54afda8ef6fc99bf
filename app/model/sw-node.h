/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_NODE (sw_node_get_type ())

G_DECLARE_FINAL_TYPE (SwNode, sw_node, SW, NODE, GObject)

const char          *sw_node_get_id           (SwNode *self);
const char          *sw_node_get_kind         (SwNode *self);
const SwText        *sw_node_get_title        (SwNode *self);
const SwText        *sw_node_get_description  (SwNode *self);
const char          *sw_node_get_owner        (SwNode *self);
SwNodeStatus         sw_node_get_status       (SwNode *self);
const char          *sw_node_get_start        (SwNode *self);
const char          *sw_node_get_due          (SwNode *self);
const char          *sw_node_get_indicator    (SwNode *self);
const char * const  *sw_node_get_tags         (SwNode *self);
gboolean             sw_node_has_tag          (SwNode     *self,
                                               const char *tag);
double               sw_node_get_x            (SwNode *self);
double               sw_node_get_y            (SwNode *self);
gboolean             sw_node_get_pinned       (SwNode *self);

G_END_DECLS
