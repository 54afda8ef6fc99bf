/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-change-private.h"
#include "sw-history.h"

G_BEGIN_DECLS

/* Applies @change forwards, or backwards when @reverse is set. */
typedef void (*SwApplyFunc) (const SwChange *change,
                             gboolean        reverse,
                             gpointer        user_data);

SwHistory *_sw_history_new          (SwApplyFunc  apply,
                                     gpointer     user_data);
void       _sw_history_begin        (SwHistory   *self,
                                     const char  *label);
gboolean   _sw_history_commit       (SwHistory   *self);
void       _sw_history_rollback     (SwHistory   *self);
gboolean   _sw_history_record       (SwHistory   *self,
                                     SwChange    *change,
                                     const char  *label,
                                     gboolean     coalesce);
gboolean   _sw_history_undo         (SwHistory   *self);
gboolean   _sw_history_redo         (SwHistory   *self);
void       _sw_history_set_save_point (SwHistory *self);
void       _sw_history_clear        (SwHistory   *self);

G_END_DECLS
