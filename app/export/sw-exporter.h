/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

typedef enum
{
  SW_PAGE_SIZE_A4,
  SW_PAGE_SIZE_LETTER,
} SwPageSize;

/* Reports progress from 0.0 to 1.0; may be called from a worker thread. */
typedef void (*SwProgressFunc) (double   fraction,
                                gpointer user_data);

typedef struct
{
  const char     *language;   /* NULL: the document's source language */
  GHashTable     *nodes;      /* set of SwNode* to export, NULL: the whole document */
  SwPageSize      page_size;  /* paged formats */
  double          scale;      /* raster formats; 0 means 1 */
  SwProgressFunc  progress;
  gpointer        progress_data;
} SwExportOptions;

typedef GBytes *(*SwExportFunc) (SwDocument             *document,
                                 const SwExportOptions  *options,
                                 GCancellable           *cancellable,
                                 GError                **error);

typedef struct
{
  const char   *name;        /* the --format value, e.g. "pdf" */
  const char   *extension;   /* without the dot */
  const char   *mime_type;
  const char   *label;       /* N_() marked, for the Export dialog */
  SwExportFunc  export;
} SwExportFormat;

const SwExportFormat *sw_export_get_formats   (guint       *n_formats);
const SwExportFormat *sw_export_find_format   (const char  *name);
void                  sw_export_options_init  (SwExportOptions *options);

G_END_DECLS
