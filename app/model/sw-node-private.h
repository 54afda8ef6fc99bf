/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-link.h"
#include "sw-node.h"

G_BEGIN_DECLS

/*
 * Nodes and links are changed only by the document (through its history)
 * and by the loader before they join a document.
 */
SwNode     *_sw_node_new             (const char   *id,
                                      const char   *kind);
SwText     *_sw_node_get_text_mut    (SwNode       *self,
                                      SwField       field);
void        _sw_node_set_kind        (SwNode       *self,
                                      const char   *kind);
void        _sw_node_set_owner       (SwNode       *self,
                                      const char   *owner);
void        _sw_node_set_status      (SwNode       *self,
                                      SwNodeStatus  status);
void        _sw_node_set_start       (SwNode       *self,
                                      const char   *start);
void        _sw_node_set_due         (SwNode       *self,
                                      const char   *due);
void        _sw_node_set_indicator   (SwNode       *self,
                                      const char   *indicator);
void        _sw_node_set_tags        (SwNode       *self,
                                      const char * const *tags);
void        _sw_node_set_position    (SwNode       *self,
                                      double        x,
                                      double        y);
void        _sw_node_set_pinned      (SwNode       *self,
                                      gboolean      pinned);
JsonObject *_sw_node_get_extra       (SwNode       *self);
void        _sw_node_set_extra       (SwNode       *self,
                                      JsonObject   *extra);
GPtrArray  *_sw_node_get_links_out   (SwNode       *self);
GPtrArray  *_sw_node_get_links_in    (SwNode       *self);

SwLink     *_sw_link_new             (const char   *id,
                                      const char   *kind,
                                      SwNode       *from,
                                      SwNode       *to);
SwText     *_sw_link_get_label_mut   (SwLink       *self);
void        _sw_link_set_kind        (SwLink       *self,
                                      const char   *kind);
JsonObject *_sw_link_get_extra       (SwLink       *self);
void        _sw_link_set_extra       (SwLink       *self,
                                      JsonObject   *extra);

G_END_DECLS
