/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-exporter.h"

G_BEGIN_DECLS

/* The name of the one key under which our own fields travel in other formats. */
#define SW_GRAPH_NAMESPACE_KEY "strategyWorkbench"

/* What one graph file holds: the nodes in scope and the links between them. */
typedef struct
{
  SwDocument            *document;
  const SwExportOptions *options;
  const char            *language;  /* never NULL */
  GPtrArray             *nodes;     /* SwNode*, in document order */
  GPtrArray             *links;     /* SwLink*, both ends in @nodes */
  double                 min_x;     /* the centres' bounds */
  double                 min_y;
  double                 max_x;
  double                 max_y;
} SwGraphScope;

void         _sw_graph_scope_init        (SwGraphScope          *scope,
                                          SwDocument            *document,
                                          const SwExportOptions *options);
void         _sw_graph_scope_clear       (SwGraphScope          *scope);
gboolean     _sw_graph_scope_step        (SwGraphScope          *scope,
                                          guint                  done,
                                          GCancellable          *cancellable,
                                          GError               **error);

const char  *_sw_graph_text              (SwGraphScope          *scope,
                                          const SwText          *text);
const char  *_sw_graph_link_label        (SwGraphScope          *scope,
                                          SwLink                *link);
const char  *_sw_graph_node_color        (SwGraphScope          *scope,
                                          SwNode                *node);
const char  *_sw_graph_link_color        (SwGraphScope          *scope,
                                          SwLink                *link);
SwLinkStyle  _sw_graph_link_style        (SwGraphScope          *scope,
                                          SwLink                *link);

void         _sw_xml_escape_append       (GString               *string,
                                          const char            *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SwGraphScope, _sw_graph_scope_clear)

G_END_DECLS
