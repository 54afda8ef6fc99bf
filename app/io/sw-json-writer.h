/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

/* The document as the app saves it: the native format, byte for byte. */
GBytes   *sw_json_write             (SwDocument    *document);

/*
 * Saves atomically (a temporary file renamed over the target, through
 * g_file_replace_contents), so a crash leaves the old file or the new one,
 * never a mix.  If @etag is given and the file on disk no longer has it,
 * fails with G_IO_ERROR_WRONG_ETAG and writes nothing.  On success the
 * document's save point is set, a changed document gets a new "modified"
 * time, and @new_etag receives the file's new etag.  On failure the document
 * stays as it was, modified.
 */
gboolean  sw_json_save_file         (SwDocument    *document,
                                     GFile         *file,
                                     const char    *etag,
                                     char         **new_etag,
                                     GCancellable  *cancellable,
                                     GError       **error);
void      sw_json_save_file_async   (SwDocument          *document,
                                     GFile               *file,
                                     const char          *etag,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  sw_json_save_file_finish  (SwDocument    *document,
                                     GAsyncResult  *result,
                                     char         **new_etag,
                                     GError       **error);

G_END_DECLS
