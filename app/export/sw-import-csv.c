/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Importing spreadsheets in the layout of spreadsheet-based mapping tools
 * (Kumu's "Elements" and "Connections" sheets, and our own CSV export):
 * elements with `Label`, `Type`, `Description`, `Tags` (joined by `|`) and an
 * optional `ID`, connections with `From`, `To`, `Type` and `Label`.  Our own
 * columns (`Kind`, `Status`, `Owner`, `Start`, `Due`, `Indicator`, `X`, `Y`)
 * are read when present.  The two tables may come as two files, in either
 * order, or one after the other in one file.  `From` and `To` name an
 * element by its ID, or else by its label.  Connections alone make a graph
 * too: the elements they name become notes.
 *
 * The parser follows RFC 4180 and accepts what spreadsheets write besides:
 * LF or CRLF line ends, a byte order mark, and ";" or tab as the separator.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-import-private.h"

typedef struct
{
  GStrv  fields;
  guint  line;
} Row;

typedef enum
{
  TABLE_ELEMENTS,
  TABLE_CONNECTIONS,
} TableType;

typedef struct
{
  TableType   type;
  const char *name;      /* of the file */
  GPtrArray  *rows;      /* Row*, the header first */
} Table;

/* The columns we read, found in the header without regard to case. */
enum
{
  COLUMN_ID,
  COLUMN_LABEL,
  COLUMN_TYPE,
  COLUMN_KIND,
  COLUMN_DESCRIPTION,
  COLUMN_TAGS,
  COLUMN_STATUS,
  COLUMN_OWNER,
  COLUMN_START,
  COLUMN_DUE,
  COLUMN_INDICATOR,
  COLUMN_X,
  COLUMN_Y,
  COLUMN_FROM,
  COLUMN_TO,
  N_COLUMNS
};

static const char * const column_names[N_COLUMNS] = {
  "id", "label", "type", "kind", "description", "tags", "status", "owner", "start", "due",
  "indicator", "x", "y", "from", "to",
};

/* Other names tools give the same columns. */
static const struct { const char *alias; int column; } aliases[] = {
  { "name", COLUMN_LABEL },
  { "title", COLUMN_LABEL },
  { "tag", COLUMN_TAGS },
  { "source", COLUMN_FROM },
  { "target", COLUMN_TO },
};

typedef struct
{
  SwImportBuilder *builder;
  SwImportReport  *report;
  GHashTable      *by_label;        /* label -> SwNode*, the first of each */
  GHashTable      *unknown_types;
  gboolean         has_elements;
} Reader;

static void
row_free (Row *row)
{
  g_strfreev (row->fields);
  g_free (row);
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* The separator the header uses most, outside quotes: ",", ";" or a tab. */
static char
guess_separator (const char *data,
                 gsize       size)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < size && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      for (guint j = 0; !quoted && j < G_N_ELEMENTS (candidates); j++)
        if (data[i] == candidates[j])
          counts[j]++;
    }

  for (guint j = 0; j < G_N_ELEMENTS (candidates); j++)
    if (counts[j] > best_count)
      {
        best = candidates[j];
        best_count = counts[j];
      }

  return best;
}

static void
end_row (GPtrArray  *rows,
         GPtrArray  *fields,
         guint       line)
{
  Row *row = g_new0 (Row, 1);

  g_ptr_array_add (fields, NULL);
  row->fields = (GStrv) g_ptr_array_steal (fields, NULL);
  row->line = line;
  g_ptr_array_add (rows, row);
  g_ptr_array_set_free_func (fields, g_free);
}

/* RFC 4180: fields in double quotes may hold separators, line breaks and doubled quotes. */
static GPtrArray *
parse_csv (const char  *data,
           gsize        size,
           const char  *name,
           GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  char separator = guess_separator (data, size);
  guint line = 1, row_line = 1;
  gsize i = 0;

  while (i < size)
    {
      if (data[i] == '"' && field->len == 0)
        {
          gsize start = i++;

          for (;;)
            {
              if (i >= size)
                {
                  guint quote_line, quote_column;

                  _sw_import_place (data, start, &quote_line, &quote_column);
                  g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX,
                               _("%s:%u:%u: this quoted field is never closed"), name, quote_line,
                               quote_column);
                  return NULL;
                }
              if (data[i] == '"' && i + 1 < size && data[i + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  i += 2;
                  continue;
                }
              if (data[i] == '"')
                {
                  i++;
                  break;
                }
              if (data[i] == '\n')
                line++;
              g_string_append_c (field, data[i++]);
            }
          continue;
        }

      if (data[i] == separator)
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          i++;
        }
      else if (data[i] == '\r' || data[i] == '\n')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          end_row (rows, fields, row_line);
          i += data[i] == '\r' && i + 1 < size && data[i + 1] == '\n' ? 2 : 1;
          row_line = ++line;
        }
      else
        g_string_append_c (field, data[i++]);
    }

  if (field->len > 0 || fields->len > 0)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      end_row (rows, fields, row_line);
    }

  return g_steal_pointer (&rows);
}

static int
find_column (const char *header)
{
  g_autofree char *name = g_ascii_strdown (header, -1);

  g_strstrip (name);
  for (int i = 0; i < N_COLUMNS; i++)
    if (g_str_equal (name, column_names[i]))
      return i;
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (name, aliases[i].alias))
      return aliases[i].column;

  return -1;
}

static gboolean
is_blank (Row *row)
{
  for (guint i = 0; row->fields[i] != NULL; i++)
    if (row->fields[i][strspn (row->fields[i], " \t")] != '\0')
      return FALSE;

  return TRUE;
}

/* Whether @row is the header of a table, and of which. */
static gboolean
header_type (Row       *row,
             TableType *type)
{
  gboolean has[N_COLUMNS] = { FALSE };

  for (guint i = 0; row->fields[i] != NULL; i++)
    {
      int column = find_column (row->fields[i]);

      if (column >= 0)
        has[column] = TRUE;
    }

  if (has[COLUMN_FROM] && has[COLUMN_TO])
    *type = TABLE_CONNECTIONS;
  else if (has[COLUMN_LABEL] || has[COLUMN_ID])
    *type = TABLE_ELEMENTS;
  else
    return FALSE;

  return TRUE;
}

/* Splits one file's rows into tables; a blank row followed by a header starts the next. */
static gboolean
split_tables (GPtrArray   *rows,
              const char  *name,
              GPtrArray   *tables,
              GError     **error)
{
  Table *table = NULL;
  gboolean after_blank = TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      TableType type;

      if (is_blank (row))
        {
          after_blank = TRUE;
          continue;
        }

      if (after_blank && header_type (row, &type))
        {
          table = g_new0 (Table, 1);
          table->type = type;
          table->name = name;
          table->rows = g_ptr_array_new ();
          g_ptr_array_add (tables, table);
        }
      else if (table == NULL)
        {
          g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_NOT_THIS_FORMAT,
                       _("%s:%u: the first row names neither elements (a “Label” or “ID” "
                         "column) nor connections (“From” and “To” columns)"),
                       name, row->line);
          return FALSE;
        }

      g_ptr_array_add (table->rows, row);
      after_blank = FALSE;
    }

  return TRUE;
}

/* Where each column we read is in @header, -1 when it is not; reports the columns left out. */
static void
map_columns (Reader     *reader,
             Table      *table,
             int         columns[N_COLUMNS])
{
  Row *header = g_ptr_array_index (table->rows, 0);
  g_autoptr(GStrvBuilder) unused = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (int i = 0; i < N_COLUMNS; i++)
    columns[i] = -1;

  for (guint i = 0; header->fields[i] != NULL; i++)
    {
      int column = find_column (header->fields[i]);

      if (column >= 0 && columns[column] < 0)
        columns[column] = (int) i;
      else if (header->fields[i][0] != '\0')
        g_strv_builder_add (unused, header->fields[i]);
    }

  names = g_strv_builder_end (unused);
  if (names[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", names);

      _sw_import_report_add (reader->report, _("%s: these columns were not imported: %s"),
                             table->name, list);
    }
}

static const char *
cell (Row       *row,
      const int  columns[N_COLUMNS],
      int        column)
{
  int index = columns[column];

  if (index < 0 || index >= (int) g_strv_length (row->fields))
    return NULL;

  return row->fields[index][0] != '\0' ? row->fields[index] : NULL;
}

static const char *
element_kind (Reader    *reader,
              Table     *table,
              Row       *row,
              const int  columns[N_COLUMNS])
{
  const char *type = cell (row, columns, COLUMN_TYPE);
  const char *kind = _sw_import_builder_find_node_kind (reader->builder,
                                                        cell (row, columns, COLUMN_KIND));

  if (kind == NULL)
    kind = _sw_import_builder_find_node_kind (reader->builder, type);

  if (kind == NULL && type != NULL && g_hash_table_add (reader->unknown_types, g_strdup (type)))
    _sw_import_report_add (reader->report,
                           _("%s: the type “%s” is not a kind of node in this document"),
                           table->name, type);

  return kind;
}

static void
read_element (Reader    *reader,
              Table     *table,
              Row       *row,
              const int  columns[N_COLUMNS])
{
  static const int fields[] = {
    COLUMN_STATUS, COLUMN_OWNER, COLUMN_START, COLUMN_DUE, COLUMN_INDICATOR, COLUMN_TAGS
  };
  const char *language = _sw_import_builder_get_language (reader->builder);
  const char *id = cell (row, columns, COLUMN_ID);
  const char *label = cell (row, columns, COLUMN_LABEL);
  g_autofree char *place = g_strdup_printf ("%s:%u", table->name, row->line);
  const char *x, *y;
  SwNode *node;

  if (id == NULL && label == NULL)
    {
      _sw_import_report_add (reader->report, _("%s: a row with neither a label nor an ID was "
                                                "skipped"), place);
      return;
    }

  node = _sw_import_builder_add_node (reader->builder, id, NULL,
                                      element_kind (reader, table, row, columns));
  if (node == NULL)
    {
      _sw_import_report_add (reader->report, _("%s: a second element with the ID “%s” was "
                                                "skipped"), place, id);
      return;
    }

  if (label != NULL && !g_hash_table_contains (reader->by_label, label))
    g_hash_table_insert (reader->by_label, g_strdup (label), node);

  _sw_import_builder_set_text (reader->builder, node, SW_FIELD_TITLE, language, label, NULL);
  _sw_import_builder_set_text (reader->builder, node, SW_FIELD_DESCRIPTION, language,
                               cell (row, columns, COLUMN_DESCRIPTION), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    _sw_import_builder_set_field (reader->builder, node, column_names[fields[i]],
                                  cell (row, columns, fields[i]), place);

  x = cell (row, columns, COLUMN_X);
  y = cell (row, columns, COLUMN_Y);
  if (x != NULL && y != NULL)
    {
      char *x_end = NULL, *y_end = NULL;
      double x_value = g_ascii_strtod (x, &x_end), y_value = g_ascii_strtod (y, &y_end);

      if (*x_end == '\0' && *y_end == '\0')
        _sw_import_builder_set_position (reader->builder, node, x_value, y_value);
      else
        _sw_import_report_add (reader->report, _("%s: the position “%s, %s” is not two numbers "
                                                  "and was left out"), place, x, y);
    }
}

/* An end of a connection: an element's ID, else its label; else, with no elements, a new note. */
static SwNode *
resolve_end (Reader     *reader,
             const char *name,
             const char *place)
{
  SwNode *node = _sw_import_builder_lookup (reader->builder, name);

  if (node == NULL && name != NULL)
    node = g_hash_table_lookup (reader->by_label, name);

  if (node == NULL && name != NULL && !reader->has_elements)
    {
      node = _sw_import_builder_add_node (reader->builder, NULL, NULL, NULL);
      _sw_import_builder_set_text (reader->builder, node, SW_FIELD_TITLE,
                                   _sw_import_builder_get_language (reader->builder), name, NULL);
      g_hash_table_insert (reader->by_label, g_strdup (name), node);
    }

  return node;
}

static void
read_connection (Reader    *reader,
                 Table     *table,
                 Row       *row,
                 const int  columns[N_COLUMNS])
{
  const char *from_name = cell (row, columns, COLUMN_FROM);
  const char *to_name = cell (row, columns, COLUMN_TO);
  const char *label = cell (row, columns, COLUMN_LABEL);
  g_autofree char *place = g_strdup_printf ("%s:%u", table->name, row->line);
  SwNode *from = resolve_end (reader, from_name, place);
  SwNode *to = resolve_end (reader, to_name, place);
  const char *kind;
  SwLink *link;

  if (from_name == NULL || to_name == NULL)
    {
      _sw_import_report_add (reader->report, _("%s: a connection without “From” or “To” was "
                                                "skipped"), place);
      return;
    }
  if (from == NULL || to == NULL)
    {
      _sw_import_report_add (reader->report,
                             _("%s: there is no element “%s”; the connection was skipped"), place,
                             from == NULL ? from_name : to_name);
      return;
    }

  kind = _sw_import_builder_find_link_kind (reader->builder, cell (row, columns, COLUMN_KIND));
  if (kind == NULL)
    kind = _sw_import_builder_find_link_kind (reader->builder, cell (row, columns, COLUMN_TYPE));

  link = _sw_import_builder_add_link (reader->builder, cell (row, columns, COLUMN_ID), kind, from,
                                      to);
  if (link != NULL && label != NULL
      && _sw_import_builder_find_link_kind (reader->builder, label) == NULL)
    _sw_import_builder_set_text (reader->builder, link, SW_FIELD_LABEL,
                                 _sw_import_builder_get_language (reader->builder), label, NULL);
}

static void
read_table (Reader *reader,
            Table  *table)
{
  int columns[N_COLUMNS];

  map_columns (reader, table, columns);
  for (guint i = 1; i < table->rows->len; i++)
    {
      Row *row = g_ptr_array_index (table->rows, i);

      if (table->type == TABLE_ELEMENTS)
        read_element (reader, table, row, columns);
      else
        read_connection (reader, table, row, columns);
    }
}

SwDocument *
_sw_import_csv (const SwImportInput  *inputs,
                guint                 n_inputs,
                SwImportReport       *report,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  g_autoptr(SwImportBuilder) builder = NULL;
  g_autoptr(GHashTable) by_label = NULL;
  g_autoptr(GHashTable) unknown_types = NULL;
  g_autofree char *language = _sw_import_default_language ();
  Reader reader;

  for (guint i = 0; i < n_inputs; i++)
    {
      gsize size;
      const char *data = g_bytes_get_data (inputs[i].bytes, &size);
      GPtrArray *file_rows;

      if (data == NULL)
        data = "";
      if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
        {
          data += 3;
          size -= 3;
        }
      if (!_sw_import_check_utf8 (data, size, inputs[i].name, error))
        return NULL;
      file_rows = parse_csv (data, size, inputs[i].name, error);
      if (file_rows == NULL)
        return NULL;
      g_ptr_array_add (rows, file_rows);
      if (!split_tables (file_rows, inputs[i].name, tables, error))
        return NULL;
    }

  builder = _sw_import_builder_new (language, report);
  by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  unknown_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader = (Reader) { builder, report, by_label, unknown_types, FALSE };

  /* Elements first, whichever file or place they are in, so that connections find them. */
  for (guint i = 0; i < tables->len; i++)
    if (((Table *) g_ptr_array_index (tables, i))->type == TABLE_ELEMENTS)
      {
        reader.has_elements = TRUE;
        read_table (&reader, g_ptr_array_index (tables, i));
      }
  for (guint i = 0; i < tables->len; i++)
    if (((Table *) g_ptr_array_index (tables, i))->type == TABLE_CONNECTIONS)
      read_table (&reader, g_ptr_array_index (tables, i));

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return _sw_import_builder_finish (builder, inputs[0].name, error);
}
