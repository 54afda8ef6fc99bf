/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sw-change-private.h"

SwChange *
_sw_change_new_insert (SwChangeType  type,
                       GObject      *object,
                       guint         position)
{
  SwChange *change = g_new0 (SwChange, 1);

  g_assert (type <= SW_CHANGE_REMOVE_LINK);

  change->type = type;
  change->target = g_object_ref (object);
  change->position = position;

  return change;
}

SwChange *
_sw_change_new_text (GObject    *target,
                     SwField     field,
                     const char *language,
                     const char *old_text,
                     const char *old_fingerprint,
                     const char *new_text,
                     const char *new_fingerprint)
{
  SwChange *change = g_new0 (SwChange, 1);

  change->type = SW_CHANGE_SET_TEXT;
  change->target = target ? g_object_ref (target) : NULL;
  change->field = field;
  change->language = g_strdup (language);
  change->old_text = g_strdup (old_text);
  change->old_fingerprint = g_strdup (old_fingerprint);
  change->new_text = g_strdup (new_text);
  change->new_fingerprint = g_strdup (new_fingerprint);

  return change;
}

SwChange *
_sw_change_new_value (GObject      *target,
                      SwField       field,
                      const GValue *old_value,
                      const GValue *new_value)
{
  SwChange *change = g_new0 (SwChange, 1);

  change->type = SW_CHANGE_SET_VALUE;
  change->target = target ? g_object_ref (target) : NULL;
  change->field = field;
  g_value_init (&change->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &change->old_value);
  g_value_init (&change->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &change->new_value);

  return change;
}

void
_sw_change_free (SwChange *change)
{
  if (change == NULL)
    return;

  g_clear_object (&change->target);
  g_free (change->language);
  g_free (change->old_text);
  g_free (change->old_fingerprint);
  g_free (change->new_text);
  g_free (change->new_fingerprint);
  if (G_IS_VALUE (&change->old_value))
    g_value_unset (&change->old_value);
  if (G_IS_VALUE (&change->new_value))
    g_value_unset (&change->new_value);
  g_free (change);
}

/* Typing in one field is one undo step: a text change may absorb the next one on the same field. */
gboolean
_sw_change_can_merge (const SwChange *older,
                      const SwChange *newer)
{
  return older->type == SW_CHANGE_SET_TEXT && newer->type == SW_CHANGE_SET_TEXT
      && older->target == newer->target && older->field == newer->field
      && g_strcmp0 (older->language, newer->language) == 0;
}

void
_sw_change_merge (SwChange *older,
                  SwChange *newer)
{
  g_assert (_sw_change_can_merge (older, newer));

  g_free (older->new_text);
  older->new_text = g_steal_pointer (&newer->new_text);
  g_free (older->new_fingerprint);
  older->new_fingerprint = g_steal_pointer (&newer->new_fingerprint);
}
