/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sw-object-list-private.h"

struct _SwObjectList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SwObjectList, sw_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return SW_OBJECT_LIST (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return SW_OBJECT_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SwObjectList *self = SW_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
sw_object_list_finalize (GObject *object)
{
  g_clear_pointer (&SW_OBJECT_LIST (object)->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_object_list_parent_class)->finalize (object);
}

static void
sw_object_list_class_init (SwObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sw_object_list_finalize;
}

static void
sw_object_list_init (SwObjectList *self)
{
}

SwObjectList *
_sw_object_list_new (GType      item_type,
                     GPtrArray *items)
{
  SwObjectList *self = g_object_new (SW_TYPE_OBJECT_LIST, NULL);

  self->item_type = item_type;
  self->items = g_ptr_array_ref (items);

  return self;
}

void
_sw_object_list_items_changed (SwObjectList *self,
                               guint         position,
                               guint         removed,
                               guint         added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}
