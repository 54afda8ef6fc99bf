/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sw-document.h"

G_BEGIN_DECLS

void  sw_print_report  (GtkWindow   *parent,
                        SwDocument  *document,
                        const char  *language,
                        GHashTable  *nodes);

G_END_DECLS
