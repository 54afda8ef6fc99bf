/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SW_TYPE_OBJECT_LIST (sw_object_list_get_type ())

/*
 * A read-only GListModel over an array the document owns, so views can bind
 * to the document's nodes and links while lookups by position stay O(1).
 */
G_DECLARE_FINAL_TYPE (SwObjectList, sw_object_list, SW, OBJECT_LIST, GObject)

SwObjectList *_sw_object_list_new            (GType         item_type,
                                              GPtrArray    *items);
void          _sw_object_list_items_changed  (SwObjectList *self,
                                              guint         position,
                                              guint         removed,
                                              guint         added);

G_END_DECLS
