/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The table of importers, shared by the command line and the window, and
 * what they share: reading files within a size limit, the checks of
 * encoding, and naming places in a file.
 *
 * An import makes a new document or nothing: every importer builds into a
 * document of its own and hands it back only when the whole file was read,
 * so a broken file leaves whatever the caller has untouched.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-import-private.h"
#include "sw-validate.h"

G_DEFINE_QUARK (sw-import-error-quark, sw_import_error)

/* One line per format, in the order the file chooser lists them. */
static const SwImportFormat formats[] = {
  { "canvas", "canvas", "application/json", N_("JSON Canvas (Obsidian)"), 1, _sw_import_canvas },
  { "graphml", "graphml;xml", "application/graphml+xml", N_("GraphML (yEd, Gephi, networkx)"), 1,
    _sw_import_graphml },
  { "csv", "csv", "text/csv", N_("Spreadsheet elements and connections (CSV)"), 2,
    _sw_import_csv },
};

const SwImportFormat *
sw_import_get_formats (guint *n_formats)
{
  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

/**
 * sw_import_find_format:
 *
 * Returns: (nullable): the format whose --format name is @name.
 */
const SwImportFormat *
sw_import_find_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].name, name) == 0)
      return &formats[i];

  return NULL;
}

/**
 * sw_import_guess_format:
 *
 * Returns: (nullable): the format of a file named @file_name, from its extension.
 */
const SwImportFormat *
sw_import_guess_format (const char *file_name)
{
  const char *dot = file_name ? strrchr (file_name, '.') : NULL;
  g_autofree char *extension = NULL;

  if (dot == NULL || strchr (dot, '/') != NULL)
    return NULL;

  extension = g_ascii_strdown (dot + 1, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(GStrv) extensions = g_strsplit (formats[i].extensions, ";", -1);

      if (g_strv_contains ((const char * const *) extensions, extension))
        return &formats[i];
    }

  return NULL;
}

/* The language of the user's locale, as a BCP 47 tag; "en" when there is none. */
char *
_sw_import_default_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *tag = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (g_str_equal (tag, "C") || g_str_equal (tag, "POSIX"))
        continue;
      if (sw_language_tag_is_valid (tag, NULL))
        return g_ascii_strdown (tag, -1);
    }

  return g_strdup ("en");
}

/* "plans/Cyber strategy.canvas" becomes "Cyber strategy". */
char *
_sw_import_title_from_name (const char *name)
{
  g_autofree char *base = g_path_get_basename (name ? name : "");
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_strdup (base[0] != '\0' && !g_str_equal (base, ".") ? base : _("Imported strategy"));
}

/* The 1-based line and character column of the byte at @offset. */
void
_sw_import_place (const char *data,
                  gsize       offset,
                  guint      *line,
                  guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }

  *column = 1;
  for (const char *p = line_start; p < data + offset; p++)
    if (((guchar) *p & 0xc0) != 0x80)
      (*column)++;
}

/*
 * Text in another encoding is refused with the place of the first byte that
 * is not UTF-8, since guessing an encoding silently garbles names.
 */
gboolean
_sw_import_check_utf8 (const char  *data,
                       gsize        size,
                       const char  *name,
                       GError     **error)
{
  const char *end = NULL;
  guint line, column;

  if (size >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe)
      && ((guchar) data[1] == 0xfe || (guchar) data[1] == 0xff))
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_ENCODING,
                   _("%s: the file is in UTF-16; save it as UTF-8 and import it again"), name);
      return FALSE;
    }

  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_ENCODING,
                   _("%s: the file holds binary data, not text"), name);
      return FALSE;
    }

  if (g_utf8_validate_len (data, size, &end))
    return TRUE;

  _sw_import_place (data, end - data, &line, &column);
  g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_ENCODING,
               _("%s:%u:%u: the text is not valid UTF-8; save the file as UTF-8 and import it "
                 "again"),
               name, line, column);
  return FALSE;
}

/*
 * A colour as "#rrggbb", from the forms other tools write: "#RGB",
 * "#RRGGBB", "#RRGGBBAA" (the alpha is dropped), with or without the "#".
 */
char *
_sw_import_color_normalize (const char *color)
{
  g_autofree char *hex = NULL;
  gsize length;

  if (color == NULL)
    return NULL;

  hex = g_ascii_strdown (color, -1);
  g_strstrip (hex);
  if (hex[0] == '#')
    memmove (hex, hex + 1, strlen (hex));

  length = strlen (hex);
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isxdigit (hex[i]))
      return NULL;

  if (length == 3)
    return g_strdup_printf ("#%c%c%c%c%c%c", hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]);
  if (length == 6 || length == 8)
    return g_strdup_printf ("#%.6s", hex);

  return NULL;
}

static GBytes *
load_input (GFile         *file,
            char         **name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  *name = g_file_get_parse_name (file);

  /* Refused before reading, so that a huge file never reaches memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > SW_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (SW_IMPORT_MAX_FILE_SIZE);

      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is too large (%s); files of up to %s can be imported"),
                   *name, size, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    {
      g_prefix_error (error, "%s: ", *name);
      return NULL;
    }

  /* The file may have grown since it was measured. */
  if (length > SW_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size (SW_IMPORT_MAX_FILE_SIZE);

      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is too large; files of up to %s can be imported"), *name, limit);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/**
 * sw_import_files:
 * @format: (nullable): the format; %NULL to guess it from the first file's name
 * @report: (out) (optional) (transfer full): what could not be carried over
 *
 * Reads @files (one, or for CSV an elements and a connections file) into a
 * new document.  On failure returns %NULL with @error naming the file and
 * the place, and nothing else is touched.
 *
 * Returns: (transfer full) (nullable): the new document, with an empty history.
 */
SwDocument *
sw_import_files (const SwImportFormat  *format,
                 GFile                **files,
                 guint                  n_files,
                 SwImportReport       **report,
                 GCancellable          *cancellable,
                 GError               **error)
{
  g_autoptr(GPtrArray) bytes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SwImportReport) found = sw_import_report_new ();
  g_autofree SwImportInput *inputs = NULL;
  SwDocument *document;

  g_return_val_if_fail (n_files > 0, NULL);

  if (format == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (files[0]);

      format = sw_import_guess_format (name);
      if (format == NULL)
        {
          g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_UNKNOWN_FORMAT,
                       _("%s: the format cannot be told from the file’s name; choose one"),
                       name);
          return NULL;
        }
    }

  if (n_files > format->max_inputs)
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_UNKNOWN_FORMAT,
                   ngettext ("This format is imported from %u file",
                             "This format is imported from up to %u files", format->max_inputs),
                   format->max_inputs);
      return NULL;
    }

  inputs = g_new0 (SwImportInput, n_files);
  for (guint i = 0; i < n_files; i++)
    {
      char *name = NULL;
      GBytes *data = load_input (files[i], &name, cancellable, error);

      g_ptr_array_add (names, name);
      if (data == NULL)
        return NULL;
      g_ptr_array_add (bytes, data);
      inputs[i] = (SwImportInput) { data, name };
    }

  document = format->import (inputs, n_files, found, cancellable, error);
  if (document != NULL && report != NULL)
    *report = g_steal_pointer (&found);

  return document;
}

typedef struct
{
  const SwImportFormat *format;
  GPtrArray            *files;
  SwImportReport       *report;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_ptr_array_unref (data->files);
  g_clear_pointer (&data->report, sw_import_report_unref);
  g_free (data);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  GError *error = NULL;
  SwDocument *document;

  document = sw_import_files (data->format, (GFile **) data->files->pdata, data->files->len,
                              &data->report, cancellable, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/**
 * sw_import_files_async:
 *
 * Imports in a worker thread; see sw_import_files().
 */
void
sw_import_files_async (const SwImportFormat  *format,
                       GFile                **files,
                       guint                  n_files,
                       GCancellable          *cancellable,
                       GAsyncReadyCallback    callback,
                       gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (n_files > 0);

  data = g_new0 (ImportData, 1);
  data->format = format;
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_import_files_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sw_import_files_finish:
 * @report: (out) (optional) (transfer full): see sw_import_files()
 *
 * Returns: (transfer full) (nullable): the new document, or %NULL with @error set.
 */
SwDocument *
sw_import_files_finish (GAsyncResult    *result,
                        SwImportReport **report,
                        GError         **error)
{
  ImportData *data;
  SwDocument *document;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sw_import_files_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  document = g_task_propagate_pointer (G_TASK (result), error);
  if (report != NULL)
    *report = document ? g_steal_pointer (&data->report) : NULL;

  return document;
}
