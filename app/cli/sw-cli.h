/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
typedef enum
{
  SW_EXIT_OK = 0,
  SW_EXIT_INVALID_INPUT = 1,
  SW_EXIT_USAGE = 2,
} SwExitStatus;

gboolean  sw_cli_is_command  (const char *name);
int       sw_cli_run         (int         argc,
                              char      **argv);
void      sw_cli_print_help  (const char *program);

G_END_DECLS
