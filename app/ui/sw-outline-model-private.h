/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-outline-model.h"

G_BEGIN_DECLS

/* Shared by the sw-outline-model*.c files, which split one object by responsibility. */
typedef struct
{
  SwNode   *node;
  gboolean  primary;
} SwOutlineEntry;

/* Nodes outside the hierarchy, by kind or all together. */
typedef struct
{
  char      *id;
  char      *label;
  GPtrArray *tops;
} SwOutlineGroup;

struct _SwOutlineModel
{
  GObject      parent_instance;

  SwDocument  *document;
  SwSearch    *search;
  char        *language;

  GListStore  *roots;
  GtkFilter   *filter;
  GHashTable  *parent_of;   /* node → primary parent, or NULL at the top */
  GHashTable  *children_of; /* node → GArray of SwOutlineEntry */
  GPtrArray   *tops;        /* the hierarchy's roots */
  GPtrArray   *groups;      /* SwOutlineGroup */
  GHashTable  *visible;     /* nodes left by the search with their ancestors; NULL: all */
  guint        update_id;
};

/* sw-outline-model-tree.c */
void            _sw_outline_group_free        (SwOutlineGroup *group);
SwOutlineGroup *_sw_outline_model_find_group  (SwOutlineModel *self,
                                               const char     *id);
void            _sw_outline_model_compute_tree (SwOutlineModel *self);
guint           _sw_outline_model_group_size  (SwOutlineModel *self,
                                               SwOutlineGroup *group);

G_END_DECLS
