/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The headless command line: `strategy-workbench COMMAND ...`.  It runs
 * without a display and never starts GTK, so it works on servers, in CI and
 * in scripts.  Each command has its own options and --help.
 */
#define G_LOG_DOMAIN "sw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sw-cli-private.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", sw_cli_validate, N_("Check strategy files and list every problem") },
  { "export", sw_cli_export, N_("Write a strategy in another format") },
  { "import", sw_cli_import, N_("Make a strategy from a JSON Canvas, GraphML or CSV file") },
  { "translate", sw_cli_translate, N_("Show translation status, export and import XLIFF or PO") },
};

gboolean
sw_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (name, commands[i].name) == 0)
      return TRUE;

  return FALSE;
}

void
sw_cli_print_help (const char *program)
{
  g_autofree char *base = g_path_get_basename (program);

  g_print (_("Usage:\n  %s [FILE…]\n  %s COMMAND [OPTION…]\n\n"), base, base);
  g_print ("%s\n\n", _("Strategy Workbench holds a strategy as a linked graph of its concept, "
                       "principles, action areas, objectives, partners and commitments. "
                       "Without a command it opens the files in a window."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-12s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Run “strategy-workbench COMMAND --help” for the options of a command."));
}

/* argv[0] is the program, argv[1] the command; the command sees itself as argv[0]. */
int
sw_cli_run (int    argc,
            char **argv)
{
  g_return_val_if_fail (argc >= 2, SW_EXIT_USAGE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  sw_cli_error (_("Unknown command “%s”"), argv[1]);
  return SW_EXIT_USAGE;
}

void
sw_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("strategy-workbench: %s\n", message);
}

/*
 * Parses a command's options.  @argv is a NULL-terminated array owned by
 * main(): options are removed from it and freed, the rest stays in order.
 * Usage errors print the message and a hint; the caller returns SW_EXIT_USAGE.
 */
gboolean
sw_cli_parse (GOptionContext  *context,
              int             *argc,
              char          ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strdup ((*argv)[0]);
  gboolean parsed;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  parsed = g_option_context_parse_strv (context, argv, &error);
  *argc = (int) g_strv_length (*argv);

  if (!parsed)
    {
      sw_cli_error ("%s", error->message);
      g_printerr (_("Run “strategy-workbench %s --help” to see the options.\n"), command);
      return FALSE;
    }

  return TRUE;
}

/* Writes @bytes to @output, atomically for files; "-" or NULL is standard output. */
gboolean
sw_cli_write_output (const char  *output,
                     GBytes      *bytes,
                     GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GFile) file = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (size > 0 && fwrite (data, 1, size, stdout) != size)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write to standard output"));
          return FALSE;
        }
      return fflush (stdout) == 0;
    }

  file = g_file_new_for_commandline_arg (output);
  return g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                  error);
}
