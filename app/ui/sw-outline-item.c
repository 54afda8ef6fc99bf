/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutlineItem: one row of the outline's tree.  Its children are created
 * the first time the tree asks for them, so a large document costs only the
 * rows a person has opened.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include "sw-outline-item.h"

struct _SwOutlineItem
{
  GObject            parent_instance;

  SwOutlineItemType  type;
  SwNode            *node;
  char              *group_id;
  char              *label;
  guint              count;
  gboolean           expandable;
  GListStore        *children;
};

G_DEFINE_FINAL_TYPE (SwOutlineItem, sw_outline_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sw_outline_item_dispose (GObject *object)
{
  SwOutlineItem *self = SW_OUTLINE_ITEM (object);

  g_clear_object (&self->node);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (sw_outline_item_parent_class)->dispose (object);
}

static void
sw_outline_item_finalize (GObject *object)
{
  SwOutlineItem *self = SW_OUTLINE_ITEM (object);

  g_clear_pointer (&self->group_id, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (sw_outline_item_parent_class)->finalize (object);
}

static void
sw_outline_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SwOutlineItem *self = SW_OUTLINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_outline_item_class_init (SwOutlineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_outline_item_dispose;
  object_class->finalize = sw_outline_item_finalize;
  object_class->get_property = sw_outline_item_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_outline_item_init (SwOutlineItem *self)
{
}

/**
 * sw_outline_item_new_node:
 * @expandable: whether the node has children in the outline
 *
 * Returns: (transfer full): the row of @node in its own place.
 */
SwOutlineItem *
sw_outline_item_new_node (SwNode   *node,
                          gboolean  expandable)
{
  SwOutlineItem *self = g_object_new (SW_TYPE_OUTLINE_ITEM, NULL);

  self->type = SW_OUTLINE_ITEM_NODE;
  self->node = g_object_ref (node);
  self->expandable = expandable;
  return self;
}

/**
 * sw_outline_item_new_reference:
 *
 * Returns: (transfer full): a row that names @node under a second parent.
 */
SwOutlineItem *
sw_outline_item_new_reference (SwNode *node)
{
  SwOutlineItem *self = g_object_new (SW_TYPE_OUTLINE_ITEM, NULL);

  self->type = SW_OUTLINE_ITEM_REFERENCE;
  self->node = g_object_ref (node);
  return self;
}

/**
 * sw_outline_item_new_group:
 *
 * Returns: (transfer full): a group row.
 */
SwOutlineItem *
sw_outline_item_new_group (const char *id,
                           const char *label)
{
  SwOutlineItem *self = g_object_new (SW_TYPE_OUTLINE_ITEM, NULL);

  self->type = SW_OUTLINE_ITEM_GROUP;
  self->group_id = g_strdup (id);
  self->label = g_strdup (label);
  self->expandable = TRUE;
  return self;
}

SwOutlineItemType
sw_outline_item_get_item_type (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), SW_OUTLINE_ITEM_NODE);

  return self->type;
}

/**
 * sw_outline_item_get_node:
 *
 * Returns: (transfer none) (nullable): the node, or %NULL for a group.
 */
SwNode *
sw_outline_item_get_node (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), NULL);

  return self->node;
}

const char *
sw_outline_item_get_group_id (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), NULL);

  return self->group_id;
}

/**
 * sw_outline_item_get_label:
 *
 * Returns: (nullable): a group's label.
 */
const char *
sw_outline_item_get_label (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), NULL);

  return self->label;
}

void
sw_outline_item_set_label (SwOutlineItem *self,
                           const char    *label)
{
  g_return_if_fail (SW_IS_OUTLINE_ITEM (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/* How many nodes a group holds. */
guint
sw_outline_item_get_count (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), 0);

  return self->count;
}

void
sw_outline_item_set_count (SwOutlineItem *self,
                           guint          count)
{
  g_return_if_fail (SW_IS_OUTLINE_ITEM (self));

  if (self->count == count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

gboolean
sw_outline_item_get_expandable (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), FALSE);

  return self->expandable;
}

/**
 * sw_outline_item_get_children:
 *
 * Returns: (transfer none): the store of the item's children, created empty
 *   on the first call; the outline model fills it.
 */
GListStore *
sw_outline_item_get_children (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), NULL);

  if (self->children == NULL)
    self->children = g_list_store_new (SW_TYPE_OUTLINE_ITEM);
  return self->children;
}

/**
 * sw_outline_item_peek_children:
 *
 * Returns: (transfer none) (nullable): the children's store if it was ever
 *   asked for.
 */
GListStore *
sw_outline_item_peek_children (SwOutlineItem *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ITEM (self), NULL);

  return self->children;
}

/* Whether @other stands for the same row: then the tree keeps its expansion. */
gboolean
sw_outline_item_same_place (SwOutlineItem *self,
                            SwOutlineItem *other)
{
  if (self->type != other->type)
    return FALSE;
  if (self->type == SW_OUTLINE_ITEM_GROUP)
    return g_strcmp0 (self->group_id, other->group_id) == 0;
  return self->node == other->node && self->expandable == other->expandable;
}
