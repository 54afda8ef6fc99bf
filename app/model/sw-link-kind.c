/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwLinkKind: a kind of link (guides, advances...), with the rules of which
 * node kinds it may join and which end is the parent in the hierarchy.
 */
#include "config.h"

#include "sw-kind-private.h"
#include "sw-text.h"

typedef struct
{
  char       *from;
  char       *to;
  JsonObject *extra;
} Join;

struct _SwLinkKind
{
  GObject      parent_instance;

  char        *id;
  SwText      *label;
  char        *color;
  SwLinkStyle  style;
  SwParentEnd  parent;
  GArray      *joins;
  JsonObject  *extra;
};

G_DEFINE_FINAL_TYPE (SwLinkKind, sw_link_kind, G_TYPE_OBJECT)

static const char * const style_names[] = { "solid", "dashed", "dotted" };

static void
join_clear (gpointer data)
{
  Join *join = data;

  g_free (join->from);
  g_free (join->to);
  g_clear_pointer (&join->extra, json_object_unref);
}

static void
sw_link_kind_finalize (GObject *object)
{
  SwLinkKind *self = SW_LINK_KIND (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, sw_text_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->joins, g_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (sw_link_kind_parent_class)->finalize (object);
}

static void
sw_link_kind_class_init (SwLinkKindClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sw_link_kind_finalize;
}

static void
sw_link_kind_init (SwLinkKind *self)
{
  self->label = sw_text_new ();
  self->joins = g_array_new (FALSE, FALSE, sizeof (Join));
  g_array_set_clear_func (self->joins, join_clear);
}

/**
 * sw_link_kind_new:
 *
 * Returns: (transfer full): a link kind that may join any node kinds until
 *   joins are added.
 */
SwLinkKind *
sw_link_kind_new (const char  *id,
                  const char  *color,
                  SwLinkStyle  style,
                  SwParentEnd  parent)
{
  SwLinkKind *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (SW_TYPE_LINK_KIND, NULL);
  self->id = g_strdup (id);
  self->color = g_strdup (color);
  self->style = style;
  self->parent = parent;

  return self;
}

const char *
sw_link_kind_get_id (SwLinkKind *self)
{
  return self->id;
}

const SwText *
sw_link_kind_get_label (SwLinkKind *self)
{
  return self->label;
}

const char *
sw_link_kind_get_color (SwLinkKind *self)
{
  return self->color;
}

SwLinkStyle
sw_link_kind_get_style (SwLinkKind *self)
{
  return self->style;
}

SwParentEnd
sw_link_kind_get_parent (SwLinkKind *self)
{
  return self->parent;
}

gboolean
sw_link_kind_has_joins (SwLinkKind *self)
{
  return self->joins->len > 0;
}

guint
sw_link_kind_get_n_joins (SwLinkKind *self)
{
  return self->joins->len;
}

void
sw_link_kind_get_join (SwLinkKind  *self,
                       guint        index,
                       const char **from_kind,
                       const char **to_kind)
{
  const Join *join;

  g_return_if_fail (index < self->joins->len);

  join = &g_array_index (self->joins, Join, index);
  if (from_kind != NULL)
    *from_kind = join->from;
  if (to_kind != NULL)
    *to_kind = join->to;
}

static gboolean
kind_matches (const char *pattern,
              const char *kind)
{
  return g_str_equal (pattern, SW_KIND_ANY) || g_str_equal (pattern, kind);
}

/* A kind without join rules may join any two node kinds. */
gboolean
sw_link_kind_allows (SwLinkKind *self,
                     const char *from_kind,
                     const char *to_kind)
{
  if (self->joins->len == 0)
    return TRUE;

  for (guint i = 0; i < self->joins->len; i++)
    {
      const Join *join = &g_array_index (self->joins, Join, i);

      if (kind_matches (join->from, from_kind) && kind_matches (join->to, to_kind))
        return TRUE;
    }

  return FALSE;
}

const char *
sw_link_style_to_string (SwLinkStyle style)
{
  g_return_val_if_fail (style < G_N_ELEMENTS (style_names), NULL);

  return style_names[style];
}

gboolean
sw_link_style_from_string (const char  *string,
                           SwLinkStyle *style)
{
  for (guint i = 0; i < G_N_ELEMENTS (style_names); i++)
    {
      if (g_strcmp0 (string, style_names[i]) == 0)
        {
          *style = (SwLinkStyle) i;
          return TRUE;
        }
    }

  return FALSE;
}

SwText *
_sw_link_kind_get_label_mut (SwLinkKind *self)
{
  return self->label;
}

void
_sw_link_kind_add_join (SwLinkKind *self,
                        const char *from_kind,
                        const char *to_kind)
{
  Join join = { g_strdup (from_kind), g_strdup (to_kind), NULL };

  g_array_append_val (self->joins, join);
}

/* Unknown keys of one join rule in the file, kept to be written back. */
JsonObject *
_sw_link_kind_get_join_extra (SwLinkKind *self,
                              guint       index)
{
  g_return_val_if_fail (index < self->joins->len, NULL);

  return g_array_index (self->joins, Join, index).extra;
}

void
_sw_link_kind_set_join_extra (SwLinkKind *self,
                              guint       index,
                              JsonObject *extra)
{
  Join *join;

  g_return_if_fail (index < self->joins->len);

  join = &g_array_index (self->joins, Join, index);
  g_clear_pointer (&join->extra, json_object_unref);
  join->extra = extra ? json_object_ref (extra) : NULL;
}

JsonObject *
_sw_link_kind_get_extra (SwLinkKind *self)
{
  return self->extra;
}

void
_sw_link_kind_set_extra (SwLinkKind *self,
                         JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra ? json_object_ref (extra) : NULL;
}
