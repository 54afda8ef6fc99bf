/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-link-kind.h"
#include "sw-node-kind.h"

G_BEGIN_DECLS

/* Kinds are filled in by the loader and the built-in table before they join a document. */
SwText     *_sw_node_kind_get_label_mut  (SwNodeKind *self);
void        _sw_node_kind_set_icon       (SwNodeKind *self,
                                          const char *icon);
JsonObject *_sw_node_kind_get_extra      (SwNodeKind *self);
void        _sw_node_kind_set_extra      (SwNodeKind *self,
                                          JsonObject *extra);

SwText     *_sw_link_kind_get_label_mut  (SwLinkKind *self);
void        _sw_link_kind_add_join       (SwLinkKind *self,
                                          const char *from_kind,
                                          const char *to_kind);
JsonObject *_sw_link_kind_get_join_extra (SwLinkKind *self,
                                          guint       index);
void        _sw_link_kind_set_join_extra (SwLinkKind *self,
                                          guint       index,
                                          JsonObject *extra);
JsonObject *_sw_link_kind_get_extra      (SwLinkKind *self);
void        _sw_link_kind_set_extra      (SwLinkKind *self,
                                          JsonObject *extra);

GPtrArray  *_sw_default_node_kinds       (const char *language);
GPtrArray  *_sw_default_link_kinds       (const char *language);

G_END_DECLS
