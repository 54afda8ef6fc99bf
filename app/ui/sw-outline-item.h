/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

/*
 * A row of the outline: a node in its place in the hierarchy, a node shown
 * again under another of its parents (a reference: its own place is
 * elsewhere), or a group of nodes outside the hierarchy.
 */
typedef enum
{
  SW_OUTLINE_ITEM_NODE,
  SW_OUTLINE_ITEM_REFERENCE,
  SW_OUTLINE_ITEM_GROUP,
} SwOutlineItemType;

#define SW_TYPE_OUTLINE_ITEM (sw_outline_item_get_type ())

G_DECLARE_FINAL_TYPE (SwOutlineItem, sw_outline_item, SW, OUTLINE_ITEM, GObject)

SwOutlineItem     *sw_outline_item_new_node       (SwNode        *node,
                                                   gboolean       expandable);
SwOutlineItem     *sw_outline_item_new_reference  (SwNode        *node);
SwOutlineItem     *sw_outline_item_new_group      (const char    *id,
                                                   const char    *label);
SwOutlineItemType  sw_outline_item_get_item_type  (SwOutlineItem *self);
SwNode            *sw_outline_item_get_node       (SwOutlineItem *self);
const char        *sw_outline_item_get_group_id   (SwOutlineItem *self);
const char        *sw_outline_item_get_label      (SwOutlineItem *self);
void               sw_outline_item_set_label      (SwOutlineItem *self,
                                                   const char    *label);
guint              sw_outline_item_get_count      (SwOutlineItem *self);
void               sw_outline_item_set_count      (SwOutlineItem *self,
                                                   guint          count);
gboolean           sw_outline_item_get_expandable (SwOutlineItem *self);
GListStore        *sw_outline_item_get_children   (SwOutlineItem *self);
GListStore        *sw_outline_item_peek_children  (SwOutlineItem *self);
gboolean           sw_outline_item_same_place     (SwOutlineItem *self,
                                                   SwOutlineItem *other);

G_END_DECLS
