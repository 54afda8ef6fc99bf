/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `strategy-workbench export --format F [--lang TAG] [--output OUT] FILE` */
#define G_LOG_DOMAIN "sw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-cli-private.h"
#include "sw-json-reader.h"
#include "sw-exporter.h"

static char *format_name;
static char *language;
static char *output;

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: json"), N_("FORMAT") },
  { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
    N_("Language of the text (default: the document’s source language)"), N_("TAG") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
    N_("Where to write; “-” or nothing for standard output"), N_("OUT") },
  { NULL }
};

static void
clear_options (void)
{
  g_clear_pointer (&format_name, g_free);
  g_clear_pointer (&language, g_free);
  g_clear_pointer (&output, g_free);
}

static int
run_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const SwExportFormat *format;
  SwExportOptions options;

  g_option_context_set_summary (context, _("Write a strategy in another format."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 on success, 1 if the file cannot be read "
                                      "or written, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!sw_cli_parse (context, &argc, &argv))
    return SW_EXIT_USAGE;

  if (format_name == NULL)
    {
      sw_cli_error (_("Missing --format"));
      return SW_EXIT_USAGE;
    }
  format = sw_export_find_format (format_name);
  if (format == NULL)
    {
      sw_cli_error (_("Unknown format “%s”"), format_name);
      return SW_EXIT_USAGE;
    }
  if (argc != 2)
    {
      sw_cli_error (argc < 2 ? _("No file to export") : _("Export takes one file"));
      return SW_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  document = sw_json_load_file (file, NULL, NULL, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  if (language != NULL && !sw_document_has_language (document, language))
    {
      sw_cli_error (_("%s has no language “%s”"), argv[1], language);
      return SW_EXIT_INVALID_INPUT;
    }

  sw_export_options_init (&options);
  options.language = language;
  bytes = format->export (document, &options, NULL, &error);
  if (bytes == NULL || !sw_cli_write_output (output, bytes, &error))
    {
      sw_cli_error ("%s", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  return SW_EXIT_OK;
}

int
sw_cli_export (int    argc,
               char **argv)
{
  int status = run_export (argc, argv);

  clear_options ();
  return status;
}
