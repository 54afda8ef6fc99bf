/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-types.h"

G_BEGIN_DECLS

/*
 * One primitive change to a document.  Each kind is its own inverse given a
 * direction: undoing an insert removes at the same position, undoing a set
 * puts the old value back.  Changes hold references to the nodes and links
 * they touch, so an undone removal brings back the very same objects, ids
 * and all.  A NULL target means the document itself (this avoids a
 * reference cycle through the history).
 */
typedef enum
{
  SW_CHANGE_INSERT_NODE,
  SW_CHANGE_REMOVE_NODE,
  SW_CHANGE_INSERT_LINK,
  SW_CHANGE_REMOVE_LINK,
  SW_CHANGE_SET_TEXT,
  SW_CHANGE_SET_VALUE,
} SwChangeType;

typedef struct
{
  SwChangeType  type;
  GObject      *target;
  guint         position;
  SwField       field;
  char         *language;
  char         *old_text;
  char         *old_fingerprint;
  char         *new_text;
  char         *new_fingerprint;
  GValue        old_value;
  GValue        new_value;
} SwChange;

SwChange *_sw_change_new_insert  (SwChangeType  type,
                                  GObject      *object,
                                  guint         position);
SwChange *_sw_change_new_text    (GObject      *target,
                                  SwField       field,
                                  const char   *language,
                                  const char   *old_text,
                                  const char   *old_fingerprint,
                                  const char   *new_text,
                                  const char   *new_fingerprint);
SwChange *_sw_change_new_value   (GObject      *target,
                                  SwField       field,
                                  const GValue *old_value,
                                  const GValue *new_value);
void      _sw_change_free        (SwChange     *change);
gboolean  _sw_change_can_merge   (const SwChange *older,
                                  const SwChange *newer);
void      _sw_change_merge       (SwChange     *older,
                                  SwChange     *newer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwChange, _sw_change_free)

G_END_DECLS
