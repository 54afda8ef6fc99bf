/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SwLink: a typed, directed link between two nodes; read-only outside the document. */
#include "config.h"

#include "sw-node-private.h"
#include "sw-text.h"

struct _SwLink
{
  GObject     parent_instance;

  char       *id;
  char       *kind;
  SwNode     *from;
  SwNode     *to;
  SwText     *label;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (SwLink, sw_link, G_TYPE_OBJECT)

static void
sw_link_finalize (GObject *object)
{
  SwLink *self = SW_LINK (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_object (&self->from);
  g_clear_object (&self->to);
  g_clear_pointer (&self->label, sw_text_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (sw_link_parent_class)->finalize (object);
}

static void
sw_link_class_init (SwLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sw_link_finalize;
}

static void
sw_link_init (SwLink *self)
{
  self->label = sw_text_new ();
}

const char *
sw_link_get_id (SwLink *self)
{
  g_return_val_if_fail (SW_IS_LINK (self), NULL);

  return self->id;
}

const char *
sw_link_get_kind (SwLink *self)
{
  return self->kind;
}

/**
 * sw_link_get_from:
 *
 * Returns: (transfer none): the node the link starts from.
 */
SwNode *
sw_link_get_from (SwLink *self)
{
  return self->from;
}

/**
 * sw_link_get_to:
 *
 * Returns: (transfer none): the node the link points to.
 */
SwNode *
sw_link_get_to (SwLink *self)
{
  return self->to;
}

const SwText *
sw_link_get_label (SwLink *self)
{
  return self->label;
}

SwLink *
_sw_link_new (const char *id,
              const char *kind,
              SwNode     *from,
              SwNode     *to)
{
  SwLink *self = g_object_new (SW_TYPE_LINK, NULL);

  self->id = g_strdup (id);
  self->kind = g_strdup (kind);
  self->from = g_object_ref (from);
  self->to = g_object_ref (to);

  return self;
}

SwText *
_sw_link_get_label_mut (SwLink *self)
{
  return self->label;
}

void
_sw_link_set_kind (SwLink     *self,
                   const char *kind)
{
  g_free (self->kind);
  self->kind = g_strdup (kind);
}

JsonObject *
_sw_link_get_extra (SwLink *self)
{
  return self->extra;
}

void
_sw_link_set_extra (SwLink     *self,
                    JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra ? json_object_ref (extra) : NULL;
}
