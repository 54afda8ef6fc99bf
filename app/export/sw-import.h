/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_IMPORT_ERROR        (sw_import_error_quark ())
#define SW_TYPE_IMPORT_REPORT  (sw_import_report_get_type ())

typedef enum
{
  SW_IMPORT_ERROR_UNKNOWN_FORMAT, /* no importer for this name or extension */
  SW_IMPORT_ERROR_TOO_LARGE,      /* over SW_IMPORT_MAX_FILE_SIZE */
  SW_IMPORT_ERROR_ENCODING,       /* not UTF-8, or an encoding that cannot be read */
  SW_IMPORT_ERROR_SYNTAX,         /* malformed JSON, XML or CSV */
  SW_IMPORT_ERROR_NOT_THIS_FORMAT,/* well-formed, but not a file of this format */
  SW_IMPORT_ERROR_EMPTY,          /* nothing that becomes a node */
} SwImportError;

/* Larger files are refused before they are read, so that a hostile file cannot exhaust memory. */
#define SW_IMPORT_MAX_FILE_SIZE (64 * 1024 * 1024)

/* What an import did: counts, and each thing that could not be carried over as it was. */
typedef struct _SwImportReport SwImportReport;

/* One file handed to an importer; CSV takes an elements and a connections file. */
typedef struct
{
  GBytes     *bytes;
  const char *name;   /* shown to people in messages, such as the path as given */
} SwImportInput;

typedef SwDocument *(*SwImportFunc) (const SwImportInput  *inputs,
                                     guint                 n_inputs,
                                     SwImportReport       *report,
                                     GCancellable         *cancellable,
                                     GError              **error);

typedef struct
{
  const char   *name;        /* the --format value, e.g. "graphml" */
  const char   *extensions;  /* without dots, separated by ";", the first preferred */
  const char   *mime_type;
  const char   *label;       /* N_() marked, for the file chooser's filter */
  guint         max_inputs;
  SwImportFunc  import;
} SwImportFormat;

GQuark                sw_import_error_quark         (void);

const SwImportFormat *sw_import_get_formats         (guint                *n_formats);
const SwImportFormat *sw_import_find_format         (const char           *name);
const SwImportFormat *sw_import_guess_format        (const char           *file_name);

SwDocument           *sw_import_files               (const SwImportFormat *format,
                                                     GFile               **files,
                                                     guint                 n_files,
                                                     SwImportReport      **report,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void                  sw_import_files_async         (const SwImportFormat *format,
                                                     GFile               **files,
                                                     guint                 n_files,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
SwDocument           *sw_import_files_finish        (GAsyncResult         *result,
                                                     SwImportReport      **report,
                                                     GError              **error);

GType                 sw_import_report_get_type     (void) G_GNUC_CONST;
SwImportReport       *sw_import_report_new          (void);
SwImportReport       *sw_import_report_ref          (SwImportReport       *report);
void                  sw_import_report_unref        (SwImportReport       *report);
guint                 sw_import_report_get_n_nodes  (SwImportReport       *report);
guint                 sw_import_report_get_n_links  (SwImportReport       *report);
char                **sw_import_report_get_lines    (SwImportReport       *report);
char                 *sw_import_report_to_string    (SwImportReport       *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwImportReport, sw_import_report_unref)

G_END_DECLS
