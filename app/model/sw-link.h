/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_LINK (sw_link_get_type ())

G_DECLARE_FINAL_TYPE (SwLink, sw_link, SW, LINK, GObject)

const char    *sw_link_get_id     (SwLink *self);
const char    *sw_link_get_kind   (SwLink *self);
SwNode        *sw_link_get_from   (SwLink *self);
SwNode        *sw_link_get_to     (SwLink *self);
const SwText  *sw_link_get_label  (SwLink *self);

G_END_DECLS
