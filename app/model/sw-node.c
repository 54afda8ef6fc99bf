/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwNode: one element of a strategy.  Read-only to the outside world: every
 * change goes through SwDocument so that it is undoable and announced.
 */
#include "config.h"

#include <math.h>

#include "sw-node-private.h"
#include "sw-text.h"

struct _SwNode
{
  GObject       parent_instance;

  char         *id;
  char         *kind;
  SwText       *title;
  SwText       *description;
  char         *owner;
  SwNodeStatus  status;
  char         *start;
  char         *due;
  char         *indicator;
  GStrv         tags;
  double        x;
  double        y;
  gboolean      pinned;
  JsonObject   *extra;

  /* Adjacency, kept by the document; the links are owned by the document. */
  GPtrArray    *links_out;
  GPtrArray    *links_in;
};

G_DEFINE_FINAL_TYPE (SwNode, sw_node, G_TYPE_OBJECT)

static const char * const no_tags[] = { NULL };

static void
sw_node_finalize (GObject *object)
{
  SwNode *self = SW_NODE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->title, sw_text_free);
  g_clear_pointer (&self->description, sw_text_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->start, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->indicator, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->links_out, g_ptr_array_unref);
  g_clear_pointer (&self->links_in, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_node_parent_class)->finalize (object);
}

static void
sw_node_class_init (SwNodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sw_node_finalize;
}

static void
sw_node_init (SwNode *self)
{
  self->title = sw_text_new ();
  self->description = sw_text_new ();
  self->status = SW_NODE_STATUS_PROPOSED;
  self->links_out = g_ptr_array_new ();
  self->links_in = g_ptr_array_new ();
}

const char *
sw_node_get_id (SwNode *self)
{
  g_return_val_if_fail (SW_IS_NODE (self), NULL);

  return self->id;
}

const char *
sw_node_get_kind (SwNode *self)
{
  return self->kind;
}

const SwText *
sw_node_get_title (SwNode *self)
{
  return self->title;
}

const SwText *
sw_node_get_description (SwNode *self)
{
  return self->description;
}

const char *
sw_node_get_owner (SwNode *self)
{
  return self->owner;
}

SwNodeStatus
sw_node_get_status (SwNode *self)
{
  return self->status;
}

const char *
sw_node_get_start (SwNode *self)
{
  return self->start;
}

const char *
sw_node_get_due (SwNode *self)
{
  return self->due;
}

const char *
sw_node_get_indicator (SwNode *self)
{
  return self->indicator;
}

/**
 * sw_node_get_tags:
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags, never %NULL.
 */
const char * const *
sw_node_get_tags (SwNode *self)
{
  return self->tags ? (const char * const *) self->tags : no_tags;
}

gboolean
sw_node_has_tag (SwNode     *self,
                 const char *tag)
{
  return self->tags != NULL && g_strv_contains ((const char * const *) self->tags, tag);
}

double
sw_node_get_x (SwNode *self)
{
  return self->x;
}

double
sw_node_get_y (SwNode *self)
{
  return self->y;
}

gboolean
sw_node_get_pinned (SwNode *self)
{
  return self->pinned;
}

SwNode *
_sw_node_new (const char *id,
              const char *kind)
{
  SwNode *self = g_object_new (SW_TYPE_NODE, NULL);

  self->id = g_strdup (id);
  self->kind = g_strdup (kind);

  return self;
}

SwText *
_sw_node_get_text_mut (SwNode  *self,
                       SwField  field)
{
  switch (field)
    {
    case SW_FIELD_TITLE: return self->title;
    case SW_FIELD_DESCRIPTION: return self->description;
    default: return NULL;
    }
}

/* Empty strings are stored as NULL so that "unset" has one spelling. */
static void
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (*field == value)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

void
_sw_node_set_kind (SwNode     *self,
                   const char *kind)
{
  set_string (&self->kind, kind);
}

void
_sw_node_set_owner (SwNode     *self,
                    const char *owner)
{
  set_string (&self->owner, owner);
}

void
_sw_node_set_status (SwNode       *self,
                     SwNodeStatus  status)
{
  self->status = status;
}

void
_sw_node_set_start (SwNode     *self,
                    const char *start)
{
  set_string (&self->start, start);
}

void
_sw_node_set_due (SwNode     *self,
                  const char *due)
{
  set_string (&self->due, due);
}

void
_sw_node_set_indicator (SwNode     *self,
                        const char *indicator)
{
  set_string (&self->indicator, indicator);
}

void
_sw_node_set_tags (SwNode             *self,
                   const char * const *tags)
{
  g_clear_pointer (&self->tags, g_strfreev);
  if (tags != NULL && tags[0] != NULL)
    self->tags = g_strdupv ((char **) tags);
}

/* Positions are whole pixels: the file stays free of float noise and JSON Canvas wants integers. */
void
_sw_node_set_position (SwNode *self,
                       double  x,
                       double  y)
{
  self->x = round (x);
  self->y = round (y);
}

void
_sw_node_set_pinned (SwNode   *self,
                     gboolean  pinned)
{
  self->pinned = !!pinned;
}

JsonObject *
_sw_node_get_extra (SwNode *self)
{
  return self->extra;
}

void
_sw_node_set_extra (SwNode     *self,
                    JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra ? json_object_ref (extra) : NULL;
}

GPtrArray *
_sw_node_get_links_out (SwNode *self)
{
  return self->links_out;
}

GPtrArray *
_sw_node_get_links_in (SwNode *self)
{
  return self->links_in;
}
