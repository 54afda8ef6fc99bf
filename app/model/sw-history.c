/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwHistory: the undo and redo stacks of a document.
 *
 * A step is the list of primitive changes of one user action.  Undo applies
 * them backwards in reverse order; redo applies them forwards again.  Each
 * step has a serial number, and the save point is the serial of the step on
 * top of the undo stack when the document was saved, so "modified" is a
 * comparison, not a flag to keep in sync.
 */
#define G_LOG_DOMAIN "sw-history"

#include "config.h"

#include "sw-history-private.h"

typedef struct
{
  guint64    serial;
  char      *label;
  GPtrArray *changes;
} Step;

struct _SwHistory
{
  GObject      parent_instance;

  SwApplyFunc  apply;
  gpointer     apply_data;

  GPtrArray   *undo;
  GPtrArray   *redo;
  Step        *open;
  guint        depth;

  guint64      next_serial;
  guint64      saved_serial;
  gboolean     saved_reachable;
  gboolean     can_coalesce;
};

G_DEFINE_FINAL_TYPE (SwHistory, sw_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static Step *
step_new (guint64     serial,
          const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->serial = serial;
  step->label = g_strdup (label);
  step->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) _sw_change_free);

  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_ptr_array_unref (step->changes);
  g_free (step);
}

static guint64
top_serial (SwHistory *self)
{
  if (self->undo->len == 0)
    return 0;

  return ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->serial;
}

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
} State;

static State
get_state (SwHistory *self)
{
  return (State) { sw_history_get_can_undo (self), sw_history_get_can_redo (self),
                   sw_history_get_modified (self) };
}

/* Notifies only what really changed. */
static void
notify_state (SwHistory *self,
              State      before)
{
  State after = get_state (self);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* After a step was recorded, undone or redone: notify, then tell views that the document moved. */
static void
finish_change (SwHistory *self,
               State      before)
{
  notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sw_history_finalize (GObject *object)
{
  SwHistory *self = SW_HISTORY (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->open, step_free);

  G_OBJECT_CLASS (sw_history_parent_class)->finalize (object);
}

static void
sw_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwHistory *self = SW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sw_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, sw_history_get_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, sw_history_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_history_class_init (SwHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_history_finalize;
  object_class->get_property = sw_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwHistory::changed:
   *
   * Emitted after a step is recorded, merged, undone or redone.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sw_history_init (SwHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->next_serial = 1;
  self->saved_reachable = TRUE;
}

SwHistory *
_sw_history_new (SwApplyFunc apply,
                 gpointer    user_data)
{
  SwHistory *self = g_object_new (SW_TYPE_HISTORY, NULL);

  self->apply = apply;
  self->apply_data = user_data;

  return self;
}

gboolean
sw_history_get_can_undo (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);

  return self->undo->len > 0 && self->open == NULL;
}

gboolean
sw_history_get_can_redo (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);

  return self->redo->len > 0 && self->open == NULL;
}

gboolean
sw_history_get_modified (SwHistory *self)
{
  g_return_val_if_fail (SW_IS_HISTORY (self), FALSE);

  return !self->saved_reachable || top_serial (self) != self->saved_serial;
}

/**
 * sw_history_get_undo_label:
 *
 * Returns: (nullable): what undo would undo, as a person reads it.
 */
const char *
sw_history_get_undo_label (SwHistory *self)
{
  if (self->undo->len == 0)
    return NULL;

  return ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

/**
 * sw_history_get_redo_label:
 *
 * Returns: (nullable): what redo would redo, as a person reads it.
 */
const char *
sw_history_get_redo_label (SwHistory *self)
{
  if (self->redo->len == 0)
    return NULL;

  return ((Step *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

guint
sw_history_get_n_undo_steps (SwHistory *self)
{
  return self->undo->len;
}

guint
sw_history_get_n_redo_steps (SwHistory *self)
{
  return self->redo->len;
}

gboolean
sw_history_in_transaction (SwHistory *self)
{
  return self->open != NULL;
}

/* The next text edit starts a new undo step (e.g. when a text field loses focus). */
void
sw_history_break_coalescing (SwHistory *self)
{
  g_return_if_fail (SW_IS_HISTORY (self));

  self->can_coalesce = FALSE;
}

/*
 * Transactions nest: only the outermost commit makes a step.  Undo and redo
 * wait while one is open, so can-undo and can-redo read FALSE until it closes.
 */
void
_sw_history_begin (SwHistory  *self,
                   const char *label)
{
  if (self->depth++ == 0)
    {
      State before = get_state (self);

      g_assert (self->open == NULL);
      self->open = step_new (0, label);
      notify_state (self, before);
    }
}

/* @before: the state listeners last heard of */
static void
push_step (SwHistory *self,
           Step      *step,
           State      before)
{
  /* A new action forks history: the save point is lost if it was in the redo stack. */
  if (self->redo->len > 0)
    {
      for (guint i = 0; i < self->redo->len; i++)
        if (((Step *) g_ptr_array_index (self->redo, i))->serial == self->saved_serial)
          self->saved_reachable = FALSE;
      g_ptr_array_set_size (self->redo, 0);
    }

  step->serial = self->next_serial++;
  g_ptr_array_add (self->undo, step);
  finish_change (self, before);
}

/**
 * _sw_history_commit:
 *
 * Closes a transaction; the outermost close records one step if anything changed.
 *
 * Returns: %TRUE if a step was recorded.
 */
gboolean
_sw_history_commit (SwHistory *self)
{
  State before;
  Step *step;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return FALSE;

  before = get_state (self);
  step = g_steal_pointer (&self->open);
  self->can_coalesce = FALSE;

  /* Nothing changed, so nothing to announce but undo and redo coming back. */
  if (step->changes->len == 0)
    {
      step_free (step);
      notify_state (self, before);
      return FALSE;
    }

  push_step (self, step, before);
  return TRUE;
}

/*
 * Undoes what the open transaction did so far and closes its innermost level.
 * Outer levels stay open, with nothing recorded yet, and commit as usual.
 */
void
_sw_history_rollback (SwHistory *self)
{
  State before;
  Step *step;

  g_return_if_fail (self->depth > 0);

  before = get_state (self);
  step = g_steal_pointer (&self->open);

  for (guint i = step->changes->len; i > 0; i--)
    self->apply (g_ptr_array_index (step->changes, i - 1), TRUE, self->apply_data);

  /* Closes this level only; outer levels go on with what came before undone. */
  if (--self->depth > 0)
    self->open = step_new (0, step->label);

  step_free (step);
  notify_state (self, before);
}

/**
 * _sw_history_record:
 * @change: (transfer full): a change already applied to the document
 * @label: (nullable): names the step when the change makes one of its own
 * @coalesce: whether it may merge into the previous step
 *
 * Returns: %TRUE if the change started a new step or joined a transaction,
 *   %FALSE if it merged into the step before it.
 */
gboolean
_sw_history_record (SwHistory  *self,
                    SwChange   *change,
                    const char *label,
                    gboolean    coalesce)
{
  Step *top;

  if (self->open != NULL)
    {
      g_ptr_array_add (self->open->changes, change);
      return TRUE;
    }

  top = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;

  /* Never merge into the saved step: the document must become modified. */
  if (coalesce && self->can_coalesce && top != NULL && self->redo->len == 0
      && top->changes->len == 1 && top->serial != self->saved_serial
      && _sw_change_can_merge (g_ptr_array_index (top->changes, 0), change))
    {
      _sw_change_merge (g_ptr_array_index (top->changes, 0), change);
      _sw_change_free (change);
      g_signal_emit (self, signals[CHANGED], 0);
      return FALSE;
    }

  top = step_new (0, label);
  g_ptr_array_add (top->changes, change);
  push_step (self, top, get_state (self));
  self->can_coalesce = coalesce;

  return TRUE;
}

gboolean
_sw_history_undo (SwHistory *self)
{
  State before = get_state (self);
  Step *step;

  if (!sw_history_get_can_undo (self))
    return FALSE;

  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  for (guint i = step->changes->len; i > 0; i--)
    self->apply (g_ptr_array_index (step->changes, i - 1), TRUE, self->apply_data);
  g_ptr_array_add (self->redo, step);
  self->can_coalesce = FALSE;

  finish_change (self, before);
  return TRUE;
}

gboolean
_sw_history_redo (SwHistory *self)
{
  State before = get_state (self);
  Step *step;

  if (!sw_history_get_can_redo (self))
    return FALSE;

  step = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  for (guint i = 0; i < step->changes->len; i++)
    self->apply (g_ptr_array_index (step->changes, i), FALSE, self->apply_data);
  g_ptr_array_add (self->undo, step);
  self->can_coalesce = FALSE;

  finish_change (self, before);
  return TRUE;
}

void
_sw_history_set_save_point (SwHistory *self)
{
  State before = get_state (self);

  self->saved_serial = top_serial (self);
  self->saved_reachable = TRUE;
  self->can_coalesce = FALSE;

  if (before.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Forgets every step, e.g. after a reload; the current state becomes the save point. */
void
_sw_history_clear (SwHistory *self)
{
  State before = get_state (self);

  g_return_if_fail (self->open == NULL);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved_serial = 0;
  self->saved_reachable = TRUE;
  self->can_coalesce = FALSE;
  finish_change (self, before);
}
