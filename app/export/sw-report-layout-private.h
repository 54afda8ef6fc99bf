/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "sw-report-layout.h"

G_BEGIN_DECLS

/* What a page holds: drawing operations placed by the flow, drawn by sw-report-paint.c. */
typedef enum
{
  SW_OP_TEXT,      /* lines of a PangoLayout */
  SW_OP_RECT,      /* a filled rectangle: rules, bars, table shading */
  SW_OP_FIGURE,    /* the graph */
  SW_OP_DEST,      /* a named destination, for links and bookmarks */
  SW_OP_TOC,       /* a contents entry: title, leader dots, page number, link */
  SW_OP_BEGIN,     /* a structure element of a tagged PDF opens */
  SW_OP_END,       /* ...and closes, maybe on a later page */
} SwOpType;

typedef struct
{
  double r, g, b;
} SwRgb;

typedef struct
{
  SwOpType      type;
  /* The box, in points from the page's top-left corner as read in a
   * left-to-right report; a right-to-left report mirrors it when drawn. */
  double        x;
  double        y;
  double        width;
  double        height;
  SwRgb         color;
  PangoLayout  *layout;        /* TEXT, TOC: the text */
  PangoLayout  *number;        /* TOC: the page number, set once pages are known */
  int           first_line;    /* TEXT: the lines drawn, from first_line */
  int           n_lines;
  double        origin_y;      /* TEXT: where the layout's top would be, so lines keep their place */
  gboolean      rotated;       /* FIGURE: turned a quarter to the left */
  GHashTable   *positions;     /* FIGURE: (nullable) where the nodes are drawn, SwNode → SwPoint */
  char         *name;          /* DEST, TOC: the anchor */
  const char   *tag;           /* BEGIN, END: the structure type, e.g. "P" */
  gboolean      leaf;          /* BEGIN, END: the element holds drawing, not other elements */
} SwOp;

typedef struct
{
  GPtrArray    *ops;           /* (element-type SwOp) */
  char         *running_head;  /* the chapter shown in the header, or NULL for none */
  gboolean      furniture;     /* header and page number */
} SwPage;

/* Fonts and colours of one part of the report. */
typedef struct
{
  PangoFontDescription *font;
  SwRgb                 color;
  double                line_spacing;   /* a factor; 0 for the font's own */
  double                letter_spacing; /* points */
  gboolean              upper;          /* set in capitals (eyebrows) */
} SwTextStyle;

typedef enum
{
  SW_STYLE_BODY,
  SW_STYLE_LEAD,
  SW_STYLE_NOTE,
  SW_STYLE_H1,
  SW_STYLE_H2,
  SW_STYLE_H3,
  SW_STYLE_EYEBROW,
  SW_STYLE_FIELD_LABEL,
  SW_STYLE_FIELD_VALUE,
  SW_STYLE_TABLE_HEAD,
  SW_STYLE_TABLE_CELL,
  SW_STYLE_TABLE_STRONG,
  SW_STYLE_TITLE,
  SW_STYLE_SUBTITLE,
  SW_STYLE_META,
  SW_STYLE_SMALL,
  SW_STYLE_TOC_TITLE,
  SW_STYLE_FURNITURE,
  SW_N_STYLES
} SwStyleId;

struct _SwReportLayout
{
  SwReport      *report;
  double         page_width;
  double         page_height;
  double         margin_top;
  double         margin_bottom;
  double         margin_side;
  PangoFontMap  *font_map;
  PangoContext  *contexts[2];  /* left-to-right, right-to-left */
  SwTextStyle    styles[SW_N_STYLES];
  GPtrArray     *pages;        /* (element-type SwPage) */
  GHashTable    *anchor_pages; /* anchor -> page index + 1 */
  gboolean       tagged;       /* draw the structure elements */
  const char    *open_leaf;    /* while drawing: the element whose drawing goes on, or NULL */
};

extern const SwRgb _sw_report_ink;
extern const SwRgb _sw_report_accent;
extern const SwRgb _sw_report_muted;
extern const SwRgb _sw_report_rule;
extern const SwRgb _sw_report_tint;

PangoContext *_sw_report_make_context  (SwReportLayout     *self,
                                        gboolean            rtl);
void          _sw_report_styles_init   (SwReportLayout     *self);
void          _sw_report_styles_clear  (SwReportLayout     *self);
PangoLayout  *_sw_report_make_layout   (SwReportLayout     *self,
                                        SwStyleId           style,
                                        const char         *text,
                                        const char         *language,
                                        double              width,
                                        gboolean            align_end);
double        _sw_report_layout_height (PangoLayout        *layout);
SwRgb         _sw_rgb_parse            (const char         *color,
                                        SwRgb               fallback);

SwPage       *_sw_report_add_page      (SwReportLayout     *self);
SwOp         *_sw_page_add_op          (SwPage             *page,
                                        SwOpType            type);
void          _sw_page_begin_tag       (SwPage             *page,
                                        const char         *tag);
void          _sw_page_end_tag         (SwPage             *page,
                                        const char         *tag);
void          _sw_report_build_title_page (SwReportLayout  *self,
                                        SwPage             *page);
void          _sw_report_flow          (SwReportLayout     *self,
                                        SwProgressFunc      progress,
                                        gpointer            progress_data,
                                        GCancellable       *cancellable);
void          _sw_report_paint_page    (SwReportLayout     *self,
                                        cairo_t            *cr,
                                        guint               index);

G_END_DECLS
