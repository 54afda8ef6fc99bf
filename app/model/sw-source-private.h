/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-source.h"

G_BEGIN_DECLS

/* Only the loader sets this, before the source joins a document. */
JsonObject *_sw_source_get_extra (SwSource   *self);
void        _sw_source_set_extra (SwSource   *self,
                                  JsonObject *extra);

G_END_DECLS
