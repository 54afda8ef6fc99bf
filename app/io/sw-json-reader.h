/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"
#include "sw-problem.h"

G_BEGIN_DECLS

#define SW_FILE_ERROR (sw_file_error_quark ())

typedef enum
{
  SW_FILE_ERROR_EMPTY,          /* no bytes, or only white space */
  SW_FILE_ERROR_NOT_TEXT,       /* binary data or invalid UTF-8 */
  SW_FILE_ERROR_TOO_LARGE,      /* over SW_JSON_MAX_FILE_SIZE */
  SW_FILE_ERROR_TOO_DEEP,       /* nesting over SW_JSON_MAX_DEPTH */
  SW_FILE_ERROR_SYNTAX,         /* not JSON */
  SW_FILE_ERROR_NOT_A_STRATEGY, /* JSON, but no "format": "strategy-workbench" */
  SW_FILE_ERROR_NEWER_VERSION,  /* written by a newer version of the app */
  SW_FILE_ERROR_INVALID,        /* problems in the content */
} SwFileError;

/* Limits that keep a hostile file from exhausting memory or the stack. */
#define SW_JSON_MAX_FILE_SIZE (256 * 1024 * 1024)
#define SW_JSON_MAX_DEPTH     64
#define SW_FILE_FORMAT        "strategy-workbench"
#define SW_FILE_VERSION       1

GQuark      sw_file_error_quark      (void);

/*
 * On failure these return NULL, set @error to a message that lists every
 * problem (one per line, each naming @display_name and the place), and, if
 * @problems is given, hand back the problems one by one.  Nothing is written.
 */
SwDocument *sw_json_load_bytes       (GBytes        *bytes,
                                      const char    *display_name,
                                      GPtrArray    **problems,
                                      GError       **error);
SwDocument *sw_json_load_file        (GFile         *file,
                                      char         **etag,
                                      GPtrArray    **problems,
                                      GCancellable  *cancellable,
                                      GError       **error);
void        sw_json_load_file_async  (GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
SwDocument *sw_json_load_file_finish (GAsyncResult  *result,
                                      char         **etag,
                                      GPtrArray    **problems,
                                      GError       **error);

G_END_DECLS
