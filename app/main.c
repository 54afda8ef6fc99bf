/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"
#include "sw-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwApplication) app = NULL;
  g_auto(GStrv) args = NULL;

  setlocale (LC_ALL, "");
  /* SW_LOCALEDIR: the catalogs of a build tree, for runs without installing. */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("SW_LOCALEDIR") != NULL ? g_getenv ("SW_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#ifdef G_OS_WIN32
  /* The C runtime's argv is in the ANSI code page; GLib gives the real UTF-8 arguments. */
  args = g_win32_get_command_line ();
#else
  args = g_strdupv (argv);
#endif
  argc = (int) g_strv_length (args);

  /* Commands run headless: GTK is never initialised for them. */
  if (argc >= 2 && sw_cli_is_command (args[1]))
    return sw_cli_run (argc, args);

  if (argc == 2 && (g_str_equal (args[1], "--help") || g_str_equal (args[1], "-h")))
    {
      sw_cli_print_help (args[0]);
      return 0;
    }

  g_set_application_name (_("Strategy Workbench"));
  app = sw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, args);
}
