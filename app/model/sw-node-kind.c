/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SwNodeKind: a kind of node (concept, principle...), as data of the document. */
#include "config.h"

#include "sw-kind-private.h"
#include "sw-text.h"

struct _SwNodeKind
{
  GObject     parent_instance;

  char       *id;
  SwText     *label;
  char       *color;
  char       *icon;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (SwNodeKind, sw_node_kind, G_TYPE_OBJECT)

static void
sw_node_kind_finalize (GObject *object)
{
  SwNodeKind *self = SW_NODE_KIND (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, sw_text_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->icon, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (sw_node_kind_parent_class)->finalize (object);
}

static void
sw_node_kind_class_init (SwNodeKindClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sw_node_kind_finalize;
}

static void
sw_node_kind_init (SwNodeKind *self)
{
  self->label = sw_text_new ();
}

/**
 * sw_node_kind_new:
 *
 * Returns: (transfer full): a node kind with an empty label.
 */
SwNodeKind *
sw_node_kind_new (const char *id,
                  const char *color)
{
  SwNodeKind *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (SW_TYPE_NODE_KIND, NULL);
  self->id = g_strdup (id);
  self->color = g_strdup (color);

  return self;
}

const char *
sw_node_kind_get_id (SwNodeKind *self)
{
  return self->id;
}

const SwText *
sw_node_kind_get_label (SwNodeKind *self)
{
  return self->label;
}

const char *
sw_node_kind_get_color (SwNodeKind *self)
{
  return self->color;
}

const char *
sw_node_kind_get_icon (SwNodeKind *self)
{
  return self->icon;
}

SwText *
_sw_node_kind_get_label_mut (SwNodeKind *self)
{
  return self->label;
}

void
_sw_node_kind_set_icon (SwNodeKind *self,
                        const char *icon)
{
  g_free (self->icon);
  self->icon = g_strdup (icon);
}

JsonObject *
_sw_node_kind_get_extra (SwNodeKind *self)
{
  return self->extra;
}

void
_sw_node_kind_set_extra (SwNodeKind *self,
                         JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra ? json_object_ref (extra) : NULL;
}
