/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `strategy-workbench translate status|export|import`: the exchange with
 * translators from scripts and CI, without a display.
 */
#define G_LOG_DOMAIN "sw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-cli-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-translation-status.h"
#include "sw-translation.h"

static char *language;
static char *format_name;
static char *output;

static const GOptionEntry export_entries[] = {
  { "lang", 'l', 0, G_OPTION_ARG_STRING, &language, N_("Target language to export"), N_("TAG") },
  { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("File format: xliff (XLIFF 2.0) or po"),
    N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
    N_("Where to write; “-” or nothing for standard output"), N_("OUT") },
  { NULL }
};

static const GOptionEntry import_entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
    N_("Save the translated strategy there instead of updating FILE"), N_("OUT") },
  { NULL }
};

static void
clear_options (void)
{
  g_clear_pointer (&language, g_free);
  g_clear_pointer (&format_name, g_free);
  g_clear_pointer (&output, g_free);
}

static SwDocument *
load (const char  *path,
      char       **etag)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  SwDocument *document = sw_json_load_file (file, etag, NULL, NULL, &error);

  if (document == NULL)
    g_printerr ("%s\n", error->message);

  return document;
}

static GOptionContext *
new_context (const char *parameters,
             const char *summary)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context,
                                    _("Exit status: 0 on success, 1 if a file cannot be read, "
                                      "written or imported, 2 on a usage error."));
  return context;
}

static void
print_counts (const char                *label,
              const SwTranslationCounts *counts)
{
  guint total = counts->translated + counts->stale + counts->missing;

  g_print ("  %-24s %10u %10u %10u %7.0f%%\n", label, counts->translated, counts->stale,
           counts->missing, total ? 100.0 * counts->translated / total : 100.0);
}

static int
run_status (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context =
    new_context (_("FILE"), _("Show, for each target language, how many texts are translated, "
                              "stale (their source changed since) and missing."));
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwTranslationStatus) status = NULL;

  if (!sw_cli_parse (context, &argc, &argv))
    return SW_EXIT_USAGE;
  if (argc != 2)
    {
      sw_cli_error (argc < 2 ? _("No file to show") : _("Status takes one file"));
      return SW_EXIT_USAGE;
    }

  document = load (argv[1], NULL);
  if (document == NULL)
    return SW_EXIT_INVALID_INPUT;

  status = sw_translation_status_new (document, NULL);
  /* Translators: FILE: 46 texts to translate, source language en */
  g_print (_("%s: %u texts to translate, source language %s\n"), argv[1],
           sw_translation_status_get_n_units (status), sw_document_get_source_language (document));
  if (sw_translation_status_get_n_languages (status) == 0)
    {
      g_print ("%s\n", _("No target language yet."));
      return SW_EXIT_OK;
    }

  for (guint i = 0; i < sw_translation_status_get_n_languages (status); i++)
    {
      const char *tag = sw_translation_status_get_language (status, i);
      GPtrArray *groups = sw_translation_status_get_groups (status, tag);

      g_print ("\n%-26s %10s %10s %10s %8s\n", tag, _("translated"), _("stale"), _("missing"),
               _("done"));
      print_counts (_("All texts"), sw_translation_status_get_counts (status, tag));
      for (guint g = 0; g < groups->len; g++)
        {
          SwTranslationGroupStatus *group = groups->pdata[g];

          if (group->counts.translated + group->counts.stale + group->counts.missing > 0)
            print_counts (group->label, &group->counts);
        }
    }

  return SW_EXIT_OK;
}

static int
run_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context =
    new_context (_("FILE"), _("Write the texts of one target language as XLIFF 2.0 or PO, "
                              "for translators."));
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SwTranslationFormat format;

  g_option_context_add_main_entries (context, export_entries, GETTEXT_PACKAGE);
  if (!sw_cli_parse (context, &argc, &argv))
    return SW_EXIT_USAGE;

  if (language == NULL || format_name == NULL)
    {
      sw_cli_error (language == NULL ? _("Missing --lang") : _("Missing --format"));
      return SW_EXIT_USAGE;
    }
  if (!sw_translation_format_from_string (format_name, &format))
    {
      sw_cli_error (_("Unknown format “%s”: use xliff or po"), format_name);
      return SW_EXIT_USAGE;
    }
  if (argc != 2)
    {
      sw_cli_error (argc < 2 ? _("No file to export") : _("Export takes one file"));
      return SW_EXIT_USAGE;
    }

  document = load (argv[1], NULL);
  if (document == NULL)
    return SW_EXIT_INVALID_INPUT;

  bytes = sw_translation_export (document, language, format, &error);
  if (bytes == NULL || !sw_cli_write_output (output, bytes, &error))
    {
      sw_cli_error ("%s", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  return SW_EXIT_OK;
}

static int
run_import (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context =
    new_context (_("FILE TRANSLATION"),
                 _("Bring the texts of a translated XLIFF 2.0 or PO file into FILE, which is "
                   "updated in place unless --output is given."));
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GFile) translation = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *summary = NULL;

  g_option_context_add_main_entries (context, import_entries, GETTEXT_PACKAGE);
  if (!sw_cli_parse (context, &argc, &argv))
    return SW_EXIT_USAGE;
  if (argc != 3)
    {
      sw_cli_error (_("Import takes a strategy and a translation file"));
      return SW_EXIT_USAGE;
    }

  document = load (argv[1], &etag);
  if (document == NULL)
    return SW_EXIT_INVALID_INPUT;

  translation = g_file_new_for_commandline_arg (argv[2]);
  bytes = g_file_load_bytes (translation, NULL, NULL, &error);
  if (bytes == NULL)
    {
      sw_cli_error ("%s", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  report = sw_translation_import (document, bytes, argv[2], &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  /* In place, the save checks the etag it loaded, so an edit made meanwhile is not lost. */
  target = g_file_new_for_commandline_arg (output ? output : argv[1]);
  if (!sw_json_save_file (document, target, output ? NULL : etag, NULL, NULL, &error))
    {
      sw_cli_error ("%s", error->message);
      return SW_EXIT_INVALID_INPUT;
    }

  summary = sw_translation_report_to_string (report);
  g_print ("%s", summary);
  return SW_EXIT_OK;
}

static void
print_usage (void)
{
  g_print ("%s\n", _("Usage:\n"
                     "  strategy-workbench translate status FILE\n"
                     "  strategy-workbench translate export --lang TAG --format xliff|po "
                     "[--output OUT] FILE\n"
                     "  strategy-workbench translate import [--output OUT] FILE TRANSLATION"));
  g_print ("\n%s\n", _("Run “strategy-workbench translate ACTION --help” for the options of "
                       "an action."));
}

/* argv[0] is "translate", argv[1] the action, which sees itself as argv[0]. */
int
sw_cli_translate (int    argc,
                  char **argv)
{
  g_auto(GStrv) action_argv = NULL;
  int status;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage ();
      return argc < 2 ? SW_EXIT_USAGE : SW_EXIT_OK;
    }

  /*
   * Usage hints then say "translate status", which is what to type.  The
   * option parser frees the arguments it consumes, so the action gets its own.
   */
  action_argv = g_new0 (char *, argc);
  action_argv[0] = g_strdup_printf ("translate %s", argv[1]);
  for (int i = 2; i < argc; i++)
    action_argv[i - 1] = g_strdup (argv[i]);

  clear_options ();
  if (g_str_equal (argv[1], "status"))
    status = run_status (argc - 1, action_argv);
  else if (g_str_equal (argv[1], "export"))
    status = run_export (argc - 1, action_argv);
  else if (g_str_equal (argv[1], "import"))
    status = run_import (argc - 1, action_argv);
  else
    {
      sw_cli_error (_("Unknown action “%s”: use status, export or import"), argv[1]);
      status = SW_EXIT_USAGE;
    }
  clear_options ();

  return status;
}
