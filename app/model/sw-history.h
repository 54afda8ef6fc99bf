/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_HISTORY (sw_history_get_type ())

G_DECLARE_FINAL_TYPE (SwHistory, sw_history, SW, HISTORY, GObject)

gboolean     sw_history_get_can_undo     (SwHistory *self);
gboolean     sw_history_get_can_redo     (SwHistory *self);
gboolean     sw_history_get_modified     (SwHistory *self);
const char  *sw_history_get_undo_label   (SwHistory *self);
const char  *sw_history_get_redo_label   (SwHistory *self);
guint        sw_history_get_n_undo_steps (SwHistory *self);
guint        sw_history_get_n_redo_steps (SwHistory *self);
gboolean     sw_history_in_transaction   (SwHistory *self);
void         sw_history_break_coalescing (SwHistory *self);

G_END_DECLS
