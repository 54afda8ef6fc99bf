/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `strategy-workbench validate FILE…`: 0 when every file is valid, 1 when any is not. */
#define G_LOG_DOMAIN "sw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-cli-private.h"
#include "sw-json-reader.h"

static gboolean quiet;

static const GOptionEntry entries[] = {
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print nothing for valid files"), NULL },
  { NULL }
};

int
sw_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…"));
  int status = SW_EXIT_OK;

  quiet = FALSE;
  g_option_context_set_summary (context, _("Check strategy files and list every problem in each."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 if all files are valid, 1 if any is not, "
                                      "2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!sw_cli_parse (context, &argc, &argv))
    return SW_EXIT_USAGE;

  if (argc < 2)
    {
      sw_cli_error (_("No file to validate"));
      return SW_EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwDocument) document = sw_json_load_file (file, NULL, NULL, NULL, &error);

      if (document == NULL)
        {
          /* The error lists every problem, each line naming the file and the place. */
          g_printerr ("%s\n", error->message);
          status = SW_EXIT_INVALID_INPUT;
          continue;
        }

      if (!quiet)
        /* Translators: FILE: valid, 46 nodes and 56 links */
        g_print (_("%s: valid, %u nodes and %u links\n"), argv[i],
                 sw_document_get_n_nodes (document), sw_document_get_n_links (document));
    }

  return status;
}
