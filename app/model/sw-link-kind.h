/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_LINK_KIND (sw_link_kind_get_type ())

G_DECLARE_FINAL_TYPE (SwLinkKind, sw_link_kind, SW, LINK_KIND, GObject)

/* A wildcard in a join rule: any node kind. */
#define SW_KIND_ANY "*"

SwLinkKind   *sw_link_kind_new            (const char  *id,
                                           const char  *color,
                                           SwLinkStyle  style,
                                           SwParentEnd  parent);
const char   *sw_link_kind_get_id         (SwLinkKind  *self);
const SwText *sw_link_kind_get_label      (SwLinkKind  *self);
const char   *sw_link_kind_get_color      (SwLinkKind  *self);
SwLinkStyle   sw_link_kind_get_style      (SwLinkKind  *self);
SwParentEnd   sw_link_kind_get_parent     (SwLinkKind  *self);
gboolean      sw_link_kind_has_joins      (SwLinkKind  *self);
guint         sw_link_kind_get_n_joins    (SwLinkKind  *self);
void          sw_link_kind_get_join       (SwLinkKind  *self,
                                           guint        index,
                                           const char **from_kind,
                                           const char **to_kind);
gboolean      sw_link_kind_allows         (SwLinkKind  *self,
                                           const char  *from_kind,
                                           const char  *to_kind);
const char   *sw_link_style_to_string     (SwLinkStyle  style);
gboolean      sw_link_style_from_string   (const char  *string,
                                           SwLinkStyle *style);

G_END_DECLS
