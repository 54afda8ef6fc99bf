/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-report-layout-private.h"

G_BEGIN_DECLS

/* How far an item (a commitment) is set in from the text, and its bar. */
#define ITEM_INDENT 14.0
#define ITEM_BAR 2.0
#define FIELD_LABEL_WIDTH 84.0
#define CELL_PAD_X 5.0
#define CELL_PAD_Y 4.0
#define TOC_NUMBER_WIDTH 36.0

typedef struct
{
  SwReportLayout *self;
  SwPage         *page;
  double          top;
  double          bottom;
  double          left;
  double          width;
  double          y;
  double          pending;    /* space before the next thing placed; dropped at a page's top */
  gboolean        empty;      /* nothing placed on the page yet */
  const char     *chapter;
  /* The bar beside an item, drawn as one piece per page. */
  gboolean        bar_open;
  double          bar_top;
  double          bar_bottom;
  SwRgb           bar_color;
  /* The sections open in a tagged PDF, by the level of their headings. */
  guint           section_levels[4];
  guint           n_sections;
} Flow;

/* sw-report-flow.c: the flow itself */
void          _sw_flow_close_bar    (Flow                *f);
void          _sw_flow_new_page     (Flow                *f);
void          _sw_flow_add_space    (Flow                *f,
                                     double               space);
double        _sw_flow_reserve      (Flow                *f,
                                     double               height);
SwOp         *_sw_flow_add_text_op  (Flow                *f,
                                     PangoLayout         *layout,
                                     double               x,
                                     double               y,
                                     double               width,
                                     SwRgb                color);
SwOp         *_sw_flow_add_element  (Flow                *f,
                                     const char          *tag,
                                     PangoLayout         *layout,
                                     double               x,
                                     double               y,
                                     double               width,
                                     SwRgb                color);

/* sw-report-flow-blocks.c: tables, lists, the figure and the contents */
void          _sw_flow_table        (Flow                *f,
                                     const SwReportBlock *block);
void          _sw_flow_list         (Flow                *f,
                                     const SwReportBlock *block);
void          _sw_flow_figure       (Flow                *f,
                                     const SwReportBlock *block);
void          _sw_flow_contents     (Flow                *f);

G_END_DECLS
