/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_SOURCE (sw_source_get_type ())

/* A published source the strategy is drawn from.  Immutable once made. */
GType        sw_source_get_type      (void) G_GNUC_CONST;
SwSource    *sw_source_new           (const char *title,
                                      const char *publisher,
                                      const char *date,
                                      const char *url);
SwSource    *sw_source_ref           (SwSource   *self);
void         sw_source_unref         (SwSource   *self);
const char  *sw_source_get_title     (SwSource   *self);
const char  *sw_source_get_publisher (SwSource   *self);
const char  *sw_source_get_date      (SwSource   *self);
const char  *sw_source_get_url       (SwSource   *self);
gboolean     sw_source_equal         (SwSource   *a,
                                      SwSource   *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwSource, sw_source_unref)

G_END_DECLS
