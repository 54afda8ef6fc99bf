/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-cli.h"

G_BEGIN_DECLS

int       sw_cli_validate      (int              argc,
                                char           **argv);
int       sw_cli_export        (int              argc,
                                char           **argv);
int       sw_cli_import        (int              argc,
                                char           **argv);
int       sw_cli_translate     (int              argc,
                                char           **argv);

void      sw_cli_error         (const char      *format,
                                ...) G_GNUC_PRINTF (1, 2);
gboolean  sw_cli_parse         (GOptionContext  *context,
                                int             *argc,
                                char          ***argv);
gboolean  sw_cli_write_output  (const char      *output,
                                GBytes          *bytes,
                                GError         **error);

G_END_DECLS
