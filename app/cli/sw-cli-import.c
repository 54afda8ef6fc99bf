/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `strategy-workbench import --output OUT.json [--format F] INPUT [CONNECTIONS]` */
#define G_LOG_DOMAIN "sw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-cli-private.h"
#include "sw-import.h"
#include "sw-json-writer.h"

static char *format_name;
static char *output;

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
    N_("Input format: canvas, graphml or csv (default: from the file’s extension)"),
    N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
    N_("The Strategy Workbench document to write; “-” for standard output"), N_("OUT.json") },
  { NULL }
};

static void
clear_options (void)
{
  g_clear_pointer (&format_name, g_free);
  g_clear_pointer (&output, g_free);
}

static const SwImportFormat *
choose_format (const char *input)
{
  const SwImportFormat *format;

  if (format_name != NULL)
    {
      format = sw_import_find_format (format_name);
      if (format == NULL)
        sw_cli_error (_("Unknown format “%s”: use canvas, graphml or csv"), format_name);
      return format;
    }

  format = sw_import_guess_format (input);
  if (format == NULL)
    sw_cli_error (_("The format of %s cannot be told from its extension: give --format"), input);

  return format;
}

/*
 * G_FILE_CREATE_REPLACE_DESTINATION makes GIO always write a temporary file
 * and rename it over @output, so an interrupted import never leaves half a
 * document where an old one was.
 */
static gboolean
write_output (GBytes  *bytes,
              GError **error)
{
  g_autoptr(GFile) file = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_str_equal (output, "-"))
    return sw_cli_write_output (output, bytes, error);

  file = g_file_new_for_commandline_arg (output);
  return g_file_replace_contents (file, data, size, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static int
run_import (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("INPUT [CONNECTIONS.csv]"));
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwImportReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const SwImportFormat *format;

  g_option_context_set_summary (context,
                                _("Make a new strategy from a JSON Canvas, GraphML or CSV file. "
                                  "A spreadsheet’s elements and connections may come as two CSV "
                                  "files. What could not be carried over is listed on standard "
                                  "error."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 on success, 1 if the input cannot be "
                                      "imported or the output written, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!sw_cli_parse (context, &argc, &argv))
    return SW_EXIT_USAGE;

  if (output == NULL)
    {
      sw_cli_error (_("Missing --output"));
      return SW_EXIT_USAGE;
    }
  if (argc < 2)
    {
      sw_cli_error (_("No file to import"));
      return SW_EXIT_USAGE;
    }

  format = choose_format (argv[1]);
  if (format == NULL)
    return SW_EXIT_USAGE;
  if ((guint) argc - 1 > format->max_inputs)
    {
      sw_cli_error (ngettext ("This format is imported from %u file",
                              "This format is imported from up to %u files", format->max_inputs),
                    format->max_inputs);
      return SW_EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));

  document = sw_import_files (format, (GFile **) files->pdata, files->len, &report, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  summary = sw_import_report_to_string (report);
  g_printerr ("%s", summary);

  /* Written only once the whole input was read: a failed import leaves the output as it was. */
  bytes = sw_json_write (document);
  if (!write_output (bytes, &error))
    {
      sw_cli_error ("%s", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  return SW_EXIT_OK;
}

int
sw_cli_import (int    argc,
               char **argv)
{
  int status = run_import (argc, argv);

  clear_options ();
  return status;
}
