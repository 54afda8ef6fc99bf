/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-exporter.h"

G_BEGIN_DECLS

/*
 * Writers of the graph for other tools.  Each is an SwExportFunc: it writes
 * the nodes of @options (all by default) and the links between them, with
 * text in @options->language (the source language by default).
 */
GBytes *sw_export_dot      (SwDocument             *document,
                            const SwExportOptions  *options,
                            GCancellable           *cancellable,
                            GError                **error);
GBytes *sw_export_graphml  (SwDocument             *document,
                            const SwExportOptions  *options,
                            GCancellable           *cancellable,
                            GError                **error);
GBytes *sw_export_canvas   (SwDocument             *document,
                            const SwExportOptions  *options,
                            GCancellable           *cancellable,
                            GError                **error);
GBytes *sw_export_svg      (SwDocument             *document,
                            const SwExportOptions  *options,
                            GCancellable           *cancellable,
                            GError                **error);
GBytes *sw_export_png      (SwDocument             *document,
                            const SwExportOptions  *options,
                            GCancellable           *cancellable,
                            GError                **error);

G_END_DECLS
