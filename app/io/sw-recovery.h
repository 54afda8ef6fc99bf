/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_RECOVERY (sw_recovery_get_type ())
#define SW_RECOVERY_FORMAT "strategy-workbench-recovery"

G_DECLARE_FINAL_TYPE (SwRecovery, sw_recovery, SW, RECOVERY, GObject)

char        *sw_recovery_get_directory   (void);
SwRecovery  *sw_recovery_new             (void);
SwRecovery  *sw_recovery_load            (const char    *path,
                                          GError       **error);
GPtrArray   *sw_recovery_list            (void);

const char  *sw_recovery_get_path        (SwRecovery    *self);
GFile       *sw_recovery_get_original    (SwRecovery    *self);
const char  *sw_recovery_get_etag        (SwRecovery    *self);
GDateTime   *sw_recovery_get_saved_time  (SwRecovery    *self);
SwDocument  *sw_recovery_get_document    (SwRecovery    *self);
char        *sw_recovery_dup_title       (SwRecovery    *self);

GBytes      *sw_recovery_serialize       (SwDocument    *document,
                                          GFile         *original,
                                          const char    *etag);
gboolean     sw_recovery_write           (SwRecovery    *self,
                                          GBytes        *contents,
                                          GError       **error);
void         sw_recovery_save            (SwRecovery    *self,
                                          GBytes        *contents);
gboolean     sw_recovery_get_busy        (SwRecovery    *self);
gboolean     sw_recovery_exists          (SwRecovery    *self);
void         sw_recovery_discard         (SwRecovery    *self);

G_END_DECLS
