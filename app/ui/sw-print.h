/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-document.h"

G_BEGIN_DECLS

void      sw_print_report          (GtkWindow     *parent,
                                    SwDocument    *document,
                                    const char    *language,
                                    GHashTable    *nodes);
gboolean  sw_print_report_to_file  (SwDocument    *document,
                                    const char    *language,
                                    GHashTable    *nodes,
                                    GtkPageSetup  *page_setup,
                                    const char    *path,
                                    GError       **error);

G_END_DECLS
