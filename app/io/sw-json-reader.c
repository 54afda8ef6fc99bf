/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading the native file.  The bytes are checked first (sw-json-scan.c),
 * json-glib parses them, then the tree is checked against the format and
 * turned into a document in one pass, collecting every problem rather than
 * stopping at the first: a person fixing a file by hand wants the whole list.
 *
 * The document is built with the model's private API, outside the history,
 * so a loaded document has nothing to undo and is not modified.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-json-reader-private.h"
#include "sw-source-private.h"
#include "sw-validate.h"

G_DEFINE_QUARK (sw-file-error-quark, sw_file_error)

static const char * const document_text_fields[] = { "title", "subtitle", NULL };

/* FALSE if the file is not one this version can read at all; nothing more is then reported. */
static gboolean
read_format (SwJsonReader *reader,
             JsonObject   *root,
             guint        *n)
{
  JsonNode *format = _sw_json_member (reader, root, NULL, "format", FALSE, n);
  JsonNode *version;
  gint64 number;

  if (format == NULL || !_sw_json_is_string (format)
      || !g_str_equal (json_node_get_string (format), SW_FILE_FORMAT))
    {
      _sw_json_report (reader, format ? SW_JSON_PATH_KEY (NULL, "format") : NULL,
                       _("this is not a Strategy Workbench document: it has no "
                         "“format”: “strategy-workbench”"));
      reader->code = SW_FILE_ERROR_NOT_A_STRATEGY;
      return FALSE;
    }

  version = _sw_json_member (reader, root, NULL, "version", TRUE, n);
  if (version == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      _sw_json_report_type (reader, SW_JSON_PATH_KEY (NULL, "version"), _("a whole number"),
                            version);
      return TRUE;
    }

  number = json_node_get_int (version);
  if (number > SW_FILE_VERSION)
    {
      char text[32];

      /* Nothing else is checked: a newer format may well mean something else by every key. */
      g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, number);
      _sw_json_report (reader, SW_JSON_PATH_KEY (NULL, "version"),
                       _("the file was written by a newer version of Strategy Workbench "
                         "(format version %s); this version reads version %d"),
                       text, SW_FILE_VERSION);
      reader->code = SW_FILE_ERROR_NEWER_VERSION;
      return FALSE;
    }
  if (number < 1)
    _sw_json_report (reader, SW_JSON_PATH_KEY (NULL, "version"),
                     _("the format version must be 1 or more"));

  return TRUE;
}

static void
read_languages (SwJsonReader *reader,
                JsonObject   *root,
                guint        *n)
{
  const char *source = _sw_json_get_string (reader, root, NULL, "sourceLanguage", TRUE, n);
  g_autofree const char **languages = _sw_json_get_string_list (reader, root, NULL, "languages", n);
  const SwJsonPath *languages_path = SW_JSON_PATH_KEY (NULL, "languages");
  g_autoptr(GError) error = NULL;
  guint n_kept = 0;

  if (source != NULL && !sw_language_tag_is_valid (source, &error))
    _sw_json_report (reader, SW_JSON_PATH_KEY (NULL, "sourceLanguage"), "%s", error->message);

  /* Even a malformed tag is used, so that the texts in it are not reported as well. */
  reader->source_language = source;
  _sw_document_set_source_language (reader->document, source ? source : "");

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const SwJsonPath *path = SW_JSON_PATH_INDEX (languages_path, i);
      gboolean seen = FALSE;

      g_clear_error (&error);
      for (guint j = 0; j < n_kept && !seen; j++)
        seen = g_str_equal (languages[j], languages[i]);

      if (!sw_language_tag_is_valid (languages[i], &error))
        _sw_json_report (reader, path, "%s", error->message);
      else if (g_strcmp0 (languages[i], source) == 0)
        _sw_json_report (reader, path,
                         _("“%s” is the source language, so it cannot also be a target language"),
                         languages[i]);
      else if (seen)
        _sw_json_report (reader, path, _("“%s” is listed twice"), languages[i]);

      if (!seen && g_strcmp0 (languages[i], source) != 0)
        languages[n_kept++] = languages[i];
    }

  if (languages != NULL)
    {
      languages[n_kept] = NULL;
      _sw_document_set_languages (reader->document, languages);
    }
}

static const char *
read_date_time (SwJsonReader *reader,
                JsonObject   *root,
                const char   *key,
                guint        *n)
{
  const char *value = _sw_json_get_string (reader, root, NULL, key, FALSE, n);

  if (value != NULL && !sw_date_time_is_valid (value))
    {
      _sw_json_report (reader, SW_JSON_PATH_KEY (NULL, key),
                       _("“%s” is not a date and time: write it as 2024-05-06T09:00:00Z"), value);
      return NULL;
    }

  return value;
}

static SwSource *
read_source (SwJsonReader     *reader,
             JsonObject       *object,
             const SwJsonPath *path)
{
  static const char * const known[] = { "title", "publisher", "date", "url", NULL };
  g_autoptr(JsonObject) extra = NULL;
  const char *title, *publisher, *date, *url;
  SwSource *source;
  guint n = 0;

  title = _sw_json_get_string (reader, object, path, "title", TRUE, &n);
  publisher = _sw_json_get_string (reader, object, path, "publisher", FALSE, &n);
  date = _sw_json_get_string (reader, object, path, "date", FALSE, &n);
  url = _sw_json_get_string (reader, object, path, "url", FALSE, &n);

  if (date != NULL && !sw_date_is_valid (date))
    _sw_json_report (reader, SW_JSON_PATH_KEY (path, "date"),
                     _("“%s” is not a date: write it as YYYY-MM-DD, such as 2024-05-06"), date);

  source = sw_source_new (title, publisher, date, url);
  extra = _sw_json_collect_extra (reader, object, path, known, n);
  _sw_source_set_extra (source, extra);

  return source;
}

static void
read_sources (SwJsonReader *reader,
              JsonObject   *root,
              guint        *n)
{
  JsonArray *array = _sw_json_get_array (reader, root, NULL, "sources", FALSE, n);
  const SwJsonPath *path = SW_JSON_PATH_KEY (NULL, "sources");
  g_autoptr(GPtrArray) sources = NULL;

  if (array == NULL)
    return;

  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = _sw_json_element_object (reader, array, i, path);

      if (object != NULL)
        g_ptr_array_add (sources, read_source (reader, object, SW_JSON_PATH_INDEX (path, i)));
    }

  _sw_document_set_sources (reader->document, sources);
}

static void
read_metadata (SwJsonReader *reader,
               JsonObject   *root,
               guint        *n)
{
  SwDocument *document = reader->document;
  SwText *texts[2] = {
    _sw_document_get_text_mut (document, NULL, SW_FIELD_TITLE),
    _sw_document_get_text_mut (document, NULL, SW_FIELD_SUBTITLE),
  };
  g_autofree const char **authors = NULL;
  const char *created, *modified;

  _sw_json_read_text (reader, root, NULL, "title", TRUE, texts[0], n);
  _sw_json_read_text (reader, root, NULL, "subtitle", FALSE, texts[1], n);
  _sw_document_set_edition (document,
                            _sw_json_get_string (reader, root, NULL, "edition", FALSE, n));

  authors = _sw_json_get_string_list (reader, root, NULL, "authors", n);
  _sw_document_set_authors (document, authors);
  read_sources (reader, root, n);

  created = read_date_time (reader, root, "created", n);
  modified = read_date_time (reader, root, "modified", n);
  _sw_document_set_times (document, created, modified);

  _sw_json_read_fingerprints (reader, root, NULL, document_text_fields, texts, n);
}

static void
read_document (SwJsonReader *reader,
               JsonNode     *root_node)
{
  static const char * const known[] = {
    "format", "version", "title", "subtitle", "edition", "sourceLanguage", "languages",
    "authors", "sources", "created", "modified", "fingerprints", "kinds", "nodes", "links", NULL
  };
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *root;
  guint n = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      _sw_json_report (reader, NULL,
                       _("this is not a Strategy Workbench document: it holds %s, not an object"),
                       _sw_json_describe (root_node));
      reader->code = SW_FILE_ERROR_NOT_A_STRATEGY;
      return;
    }

  root = json_node_get_object (root_node);
  if (!read_format (reader, root, &n))
    return;

  /* Texts are checked against the languages, and nodes against the kinds, so these come first. */
  read_languages (reader, root, &n);
  read_metadata (reader, root, &n);
  _sw_json_read_kinds (reader, root, NULL, &n);
  _sw_json_read_nodes (reader, root, NULL, &n);
  _sw_json_read_links (reader, root, NULL, &n);

  extra = _sw_json_collect_extra (reader, root, NULL, known, n);
  _sw_document_set_extra (reader->document, extra);
}

/* json-glib's message starts with "<data>:LINE:COLUMN: "; the column counts bytes. */
static SwProblem *
syntax_problem (const char   *file,
                const char   *data,
                gsize         size,
                const GError *error)
{
  const char *message = error->message;
  guint line = 0, byte_column = 0, column = 0;
  int consumed = 0;

  if (g_str_has_prefix (message, "<data>:")
      && sscanf (message + strlen ("<data>:"), "%u:%u: %n", &line, &byte_column, &consumed) == 2
      && consumed > 0)
    {
      message += strlen ("<data>:") + consumed;
      _sw_json_text_position (data, size, line, byte_column, &column);
    }

  return sw_problem_new (file, line, column, NULL, message);
}

static void
free_parser_cb (gpointer data,
                gpointer user_data)
{
  g_object_unref (data);
}

/*
 * Freeing json-glib's tree of a large file takes about a third as long as
 * parsing it, and nothing needs to wait for it, so a large tree is freed in
 * a worker thread while the caller goes on with the document.  This is
 * safe because the document shares nothing with the tree: the model copies
 * every string, and unknown keys are deep copies.  Small trees are freed at
 * once, which is quicker than handing them over.
 */
#define FREE_IN_THREAD_SIZE (1024 * 1024)

static void
drop_parser (JsonParser *parser,
             gsize       size)
{
  static GThreadPool *pool;

  if (size < FREE_IN_THREAD_SIZE)
    {
      g_object_unref (parser);
      return;
    }

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (free_parser_cb, NULL, 1, FALSE, NULL));
  g_thread_pool_push (pool, parser, NULL);
}

static void
fail (GPtrArray   *found,
      SwFileError  code,
      GPtrArray  **problems,
      GError     **error)
{
  g_autofree char *message = sw_problems_to_string (found);

  g_set_error_literal (error, SW_FILE_ERROR, code, message);
  if (problems != NULL)
    *problems = g_ptr_array_ref (found);
}

/**
 * sw_json_load_bytes:
 * @display_name: (nullable): the name problems give the file, such as its path
 * @problems: (out) (optional) (transfer container) (element-type SwProblem):
 *   every problem found; an empty array after a successful load
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set.
 */
SwDocument *
sw_json_load_bytes (GBytes      *bytes,
                    const char  *display_name,
                    GPtrArray  **problems,
                    GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_problem_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) parse_error = NULL;
  SwJsonReader reader = { display_name, found, SW_FILE_ERROR_INVALID, NULL, NULL, NULL };
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  /* An empty GBytes may hold NULL, and even NULL + 0 is undefined behaviour in C. */
  if (data == NULL)
    data = "";
  if (!_sw_json_check_text (data, size, display_name, found, &reader.code))
    {
      fail (found, reader.code, problems, error);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      if (g_error_matches (parse_error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA)
          && !g_utf8_validate_len (data, size, NULL))
        {
          _sw_json_report_invalid_utf8 (data, size, display_name, found);
          fail (found, SW_FILE_ERROR_NOT_TEXT, problems, error);
          return NULL;
        }
      g_ptr_array_add (found, syntax_problem (display_name, data, size, parse_error));
      fail (found, SW_FILE_ERROR_SYNTAX, problems, error);
      return NULL;
    }

  /* The scan refused blank text, so this is only a safeguard. */
  if (json_parser_get_root (parser) == NULL)
    {
      g_ptr_array_add (found, sw_problem_new (display_name, 0, 0, NULL, _("the file is empty")));
      fail (found, SW_FILE_ERROR_EMPTY, problems, error);
      return NULL;
    }

  document = g_object_new (SW_TYPE_DOCUMENT, NULL);
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  reader.document = document;
  reader.ids = ids;
  read_document (&reader, json_parser_get_root (parser));

  /* The ids point into the tree: drop them first. */
  g_clear_pointer (&ids, g_hash_table_unref);
  drop_parser (g_steal_pointer (&parser), size);

  if (found->len > 0)
    {
      fail (found, reader.code, problems, error);
      return NULL;
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return g_steal_pointer (&document);
}

/* A failure to read the file is handed back as a problem too, so callers list one thing. */
static void
fail_early (const char    *name,
            const GError  *read_error,
            GPtrArray    **problems,
            GError       **error)
{
  if (problems != NULL)
    {
      *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_problem_free);
      g_ptr_array_add (*problems, sw_problem_new (name, 0, 0, NULL, read_error->message));
    }
  g_propagate_error (error, g_error_copy (read_error));
}

/**
 * sw_json_load_file:
 * @etag: (out) (optional) (transfer full): the file's etag, for sw_json_save_file()
 * @problems: (out) (optional) (transfer container) (element-type SwProblem): see
 *   sw_json_load_bytes()
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set.
 */
SwDocument *
sw_json_load_file (GFile         *file,
                   char         **etag,
                   GPtrArray    **problems,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *file_etag = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GError) read_error = NULL;
  SwFileError code = SW_FILE_ERROR_TOO_LARGE;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  /* Refuse a huge file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  found = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_problem_free);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE)
      && !_sw_json_check_size ((gsize) MAX (g_file_info_get_size (info), 0), name, found, &code))
    {
      fail (found, code, problems, error);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, &file_etag, &read_error))
    {
      fail_early (name, read_error, problems, error);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  document = sw_json_load_bytes (bytes, name, problems, error);
  if (document != NULL && etag != NULL)
    *etag = g_steal_pointer (&file_etag);

  return g_steal_pointer (&document);
}

typedef struct
{
  char      *etag;
  GPtrArray *problems;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->etag);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  SwDocument *document;

  document = sw_json_load_file (G_FILE (source_object), &data->etag, &data->problems,
                                cancellable, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/**
 * sw_json_load_file_async:
 *
 * Loads @file in a worker thread; see sw_json_load_file().
 */
void
sw_json_load_file_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_json_load_file_async);
  g_task_set_task_data (task, g_new0 (LoadData, 1), (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * sw_json_load_file_finish:
 * @etag: (out) (optional) (transfer full): the file's etag
 * @problems: (out) (optional) (transfer container) (element-type SwProblem): see
 *   sw_json_load_bytes()
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set.
 */
SwDocument *
sw_json_load_file_finish (GAsyncResult  *result,
                          char         **etag,
                          GPtrArray    **problems,
                          GError       **error)
{
  LoadData *data;
  SwDocument *document;

  /* The task's source object is the file, which the caller does not pass back. */
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sw_json_load_file_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  document = g_task_propagate_pointer (G_TASK (result), error);
  if (etag != NULL)
    *etag = document ? g_steal_pointer (&data->etag) : NULL;
  if (problems != NULL)
    *problems = g_steal_pointer (&data->problems);

  return document;
}
