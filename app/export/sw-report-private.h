/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-report.h"

G_BEGIN_DECLS

/* The state of one sw_report_new() call, shared by the files that build parts of it. */
typedef struct
{
  SwReport    *report;
  SwDocument  *document;
  const char  *language;
  GHashTable  *visible;    /* (nullable): the scope and the ancestors of its nodes */
  GHashTable  *anchors;    /* the anchors given out so far */
} SwReportBuilder;

gboolean        _sw_report_is_visible        (SwReportBuilder  *builder,
                                              SwNode           *node);
gboolean        _sw_report_in_scope          (SwReportBuilder  *builder,
                                              SwNode           *node);
GPtrArray      *_sw_report_children_of_kind  (SwReportBuilder  *builder,
                                              SwNode           *node,
                                              const char       *kind);
GPtrArray      *_sw_report_nodes_of_kind     (SwReportBuilder  *builder,
                                              const char       *kind);
GPtrArray      *_sw_report_partners_of       (SwReportBuilder  *builder,
                                              SwNode           *node);
const char     *_sw_report_title             (SwReportBuilder  *builder,
                                              SwNode           *node);
const char     *_sw_report_kind_label        (SwReportBuilder  *builder,
                                              const char       *kind);
const char     *_sw_report_tr                (SwReportBuilder  *builder,
                                              const char       *msgid) G_GNUC_FORMAT (2);
const char     *_sw_report_status_label      (SwReportBuilder  *builder,
                                              SwNodeStatus      status);

SwReportBlock  *_sw_report_add_heading       (SwReportBuilder  *builder,
                                              guint             level,
                                              const char       *eyebrow,
                                              SwNode           *node,
                                              const char       *text,
                                              const char       *anchor);
SwReportBlock  *_sw_report_add_paragraph     (SwReportBuilder  *builder,
                                              SwReportTextStyle style,
                                              const char       *text,
                                              const char       *language);
void            _sw_report_add_description   (SwReportBuilder  *builder,
                                              SwNode           *node,
                                              SwReportTextStyle style);
SwReportBlock  *_sw_report_add_block         (SwReportBuilder  *builder,
                                              SwReportBlockType type,
                                              guint             n_columns);
void            _sw_report_add_cell          (SwReportBlock    *block,
                                              const char       *text);
void            _sw_report_add_field         (SwReportBlock    *block,
                                              const char       *label,
                                              const char       *value);

void            _sw_report_build_chapters    (SwReportBuilder  *builder);
void            _sw_report_build_partners    (SwReportBuilder  *builder);
void            _sw_report_build_status      (SwReportBuilder  *builder);
void            _sw_report_build_gaps        (SwReportBuilder  *builder);

G_END_DECLS
