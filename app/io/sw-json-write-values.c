/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The pieces of JSON the writer is made of: strings, numbers, members,
 * lists and any value the app keeps without knowing it.
 *
 * The text is built by hand rather than with JsonGenerator, because the file
 * is meant to be read in diffs and kept in git: the generator writes
 * `"key" : value` with a space before the colon, prints doubles with 17
 * significant digits (0.1 becomes 0.10000000000000001) and cannot put a
 * short array on one line.  Here numbers are written in the shortest form
 * that reads back to the same value, and short lists stay on one line.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-json-write-private.h"

/* Lines longer than this are broken: one list item or one language per line. */
#define MAX_LINE_WIDTH 100

void
_sw_json_write_string (GString    *out,
                       const char *string)
{
  const char *run = string;
  const char *p;

  g_string_append_c (out, '"');

  for (p = string; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;
      char code[8];
      gsize skip = 0;

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0xe2)
        continue;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case 0xe2:
          /* U+2028 and U+2029 end lines in JavaScript; escaped, the file can be pasted into code. */
          if ((guchar) p[1] == 0x80 && ((guchar) p[2] == 0xa8 || (guchar) p[2] == 0xa9))
            {
              escape = (guchar) p[2] == 0xa8 ? "\\u2028" : "\\u2029";
              skip = 2;
            }
          break;
        default:
          g_snprintf (code, sizeof code, "\\u%04x", c);
          escape = code;
          break;
        }

      if (escape == NULL)
        continue;

      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      p += skip;
      run = p + 1;
    }

  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* The shortest of %.15g, %.16g and %.17g that reads back as the same double. */
void
_sw_json_write_double (GString *out,
                       double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      /* JSON has no infinity; the reader refuses it, so only a program could have put it here. */
      g_string_append (out, "null");
      return;
    }

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.16g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);

  g_string_append (out, buffer);
  /* Keep it a double when read back: "2" would come back as an integer. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

void
_sw_json_write_coordinate (GString *out,
                           double   value)
{
  /* The model keeps whole pixels; clamp what a double would print as an exponent. */
  if (!isfinite (value))
    value = 0;
  value = CLAMP (round (value), -9007199254740992.0, 9007199254740992.0);
  g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) value);
}

static void
newline (GString *out,
         guint    level)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

/* Starts a member of an object at @level: the comma after the previous one, the key. */
void
_sw_json_begin_member (SwJsonWriter *w,
                       guint         level,
                       gboolean     *first,
                       const char   *key)
{
  if (!*first)
    g_string_append_c (w->out, ',');
  *first = FALSE;
  newline (w->out, level);
  _sw_json_write_string (w->out, key);
  g_string_append (w->out, ": ");
}

void
_sw_json_begin_element (SwJsonWriter *w,
                        guint         level,
                        gboolean     *first)
{
  if (!*first)
    g_string_append_c (w->out, ',');
  *first = FALSE;
  newline (w->out, level);
}

void
_sw_json_end_container (SwJsonWriter *w,
                        guint         level,
                        char          close)
{
  newline (w->out, level);
  g_string_append_c (w->out, close);
}

void
_sw_json_string_member (SwJsonWriter *w,
                        guint         level,
                        gboolean     *first,
                        const char   *key,
                        const char   *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  _sw_json_begin_member (w, level, first, key);
  _sw_json_write_string (w->out, value);
}

/* Whether `"key": ` followed by @w->line (and a comma) fits on a line at @level. */
gboolean
_sw_json_line_fits (SwJsonWriter *w,
                    guint         level,
                    const char   *key)
{
  glong width = 2 * level + g_utf8_strlen (key, -1) + 4 + g_utf8_strlen (w->line->str, -1) + 1;

  return width <= MAX_LINE_WIDTH;
}

void
_sw_json_strv_member (SwJsonWriter       *w,
                      guint               level,
                      gboolean           *first,
                      const char         *key,
                      const char * const *strings)
{
  gboolean first_string = TRUE;

  if (strings == NULL || strings[0] == NULL)
    return;

  g_string_truncate (w->line, 0);
  g_string_append_c (w->line, '[');
  for (guint i = 0; strings[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (w->line, ", ");
      _sw_json_write_string (w->line, strings[i]);
    }
  g_string_append_c (w->line, ']');

  _sw_json_begin_member (w, level, first, key);
  if (_sw_json_line_fits (w, level, key))
    {
      g_string_append_len (w->out, w->line->str, w->line->len);
      return;
    }

  g_string_append_c (w->out, '[');
  for (guint i = 0; strings[i] != NULL; i++)
    {
      _sw_json_begin_element (w, level + 1, &first_string);
      _sw_json_write_string (w->out, strings[i]);
    }
  _sw_json_end_container (w, level, ']');
}

static gboolean
is_scalar (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_NULL (node);
}

static void
append_scalar (GString  *out,
               JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      _sw_json_write_string (out, json_node_get_string (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_DOUBLE:
      _sw_json_write_double (out, json_node_get_double (node));
      break;
    default:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    }
}

/* Any value on one line, for the members of a join rule. */
void
_sw_json_write_compact (GString  *out,
                        JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      g_string_append_c (out, '{');
      for (GList *l = members; l != NULL; l = l->next)
        {
          if (l != members)
            g_string_append (out, ", ");
          _sw_json_write_string (out, l->data);
          g_string_append (out, ": ");
          _sw_json_write_compact (out, json_object_get_member (object, l->data));
        }
      g_string_append_c (out, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      g_string_append_c (out, '[');
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          _sw_json_write_compact (out, json_array_get_element (array, i));
        }
      g_string_append_c (out, ']');
    }
  else
    append_scalar (out, node);
}

/* Keys the app does not know, after the ones it does, as they were read. */
void
_sw_json_extra_members (SwJsonWriter *w,
                        guint         level,
                        gboolean     *first,
                        JsonObject   *extra)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      _sw_json_begin_member (w, level, first, l->data);
      _sw_json_write_value (w, level, l->data, json_object_get_member (extra, l->data));
    }
}

/*
 * Any value, pretty-printed like the rest of the file: objects one member a
 * line, arrays of plain values on one line when they fit.  @key is the
 * member name already written on the line, to measure it; NULL for an
 * array element.
 */
void
_sw_json_write_value (SwJsonWriter *w,
                      guint         level,
                      const char   *key,
                      JsonNode     *node)
{
  gboolean first = TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      g_string_append_c (w->out, '{');
      if (json_object_get_size (object) == 0)
        {
          g_string_append_c (w->out, '}');
          return;
        }
      _sw_json_extra_members (w, level + 1, &first, object);
      _sw_json_end_container (w, level, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);
      gboolean scalars = TRUE;

      for (guint i = 0; i < length && scalars; i++)
        scalars = is_scalar (json_array_get_element (array, i));

      if (scalars)
        {
          g_string_truncate (w->line, 0);
          _sw_json_write_compact (w->line, node);
          /* An element has no key, but the same test with an empty one is close enough. */
          if (length == 0 || _sw_json_line_fits (w, level, key ? key : ""))
            {
              g_string_append_len (w->out, w->line->str, w->line->len);
              return;
            }
        }

      g_string_append_c (w->out, '[');
      for (guint i = 0; i < length; i++)
        {
          _sw_json_begin_element (w, level + 1, &first);
          _sw_json_write_value (w, level + 1, NULL, json_array_get_element (array, i));
        }
      _sw_json_end_container (w, level, ']');
    }
  else
    append_scalar (w->out, node);
}

