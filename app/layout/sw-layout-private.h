/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-layout.h"

G_BEGIN_DECLS

/* A node has no band when its kind is not one of the strategy's levels (notes, custom kinds). */
#define SW_LAYOUT_NO_BAND (-1)
/* Bands run from 0, the concept, down to this one, the partners. */
#define SW_LAYOUT_LAST_BAND 5

/*
 * What a layout needs from the document, copied on the main thread so that
 * the worker thread never touches a GObject the user may be editing.
 */
typedef struct
{
  char     *id;
  int       band;
  double    x;        /* centre, canvas pixels, y down */
  double    y;
  gboolean  pinned;
} SwLayoutNode;

typedef struct
{
  guint     tail;     /* index into nodes; in layered mode the parent */
  guint     head;
  gboolean  constraint;
} SwLayoutEdge;

/* A card the layout leaves where it is: its centre, canvas pixels. */
typedef struct
{
  double    x;
  double    y;
} SwLayoutCard;

typedef struct
{
  SwLayoutMode  mode;
  gboolean      whole_document;
  GArray       *nodes;          /* SwLayoutNode */
  GArray       *edges;          /* SwLayoutEdge */
  GArray       *others;         /* SwLayoutCard: the nodes not arranged, which the result must not cover */
} SwLayoutGraph;

/* sw-layout-graph.c: the copy, made on the main thread. */
SwLayoutGraph  *_sw_layout_graph_new        (SwDocument      *document,
                                             SwLayoutMode     mode,
                                             GPtrArray       *nodes);
void            _sw_layout_graph_free       (SwLayoutGraph   *graph);
guint           _sw_layout_graph_n_pinned   (SwLayoutGraph   *graph);

/* sw-layout-graphviz.c: Graphviz, on any thread, under the Graphviz lock. */
const char     *_sw_layout_graph_get_engine (SwLayoutGraph   *graph);
char           *_sw_layout_graph_to_dot     (SwLayoutGraph   *graph);
gboolean        _sw_layout_graph_run        (SwLayoutGraph   *graph,
                                             double          *positions,
                                             GError         **error);

/* sw-layout-place.c: from Graphviz's points to the canvas, pins kept. */
SwLayoutResult *_sw_layout_place            (SwLayoutGraph   *graph,
                                             const double    *positions);

/* sw-layout-room.c: an arranged selection among the cards around it. */
void            _sw_layout_find_room        (SwLayoutGraph   *graph,
                                             double          *x,
                                             double          *y);

/* sw-layout-result.c */
SwLayoutResult *_sw_layout_result_new       (SwLayoutMode     mode);
void            _sw_layout_result_add       (SwLayoutResult  *self,
                                             const char      *node_id,
                                             double           x,
                                             double           y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwLayoutGraph, _sw_layout_graph_free)

G_END_DECLS
