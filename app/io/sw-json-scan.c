/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Checks of a file's bytes before json-glib parses them.
 *
 * json-glib's parser recurses once per level of nesting, so a file of a
 * hundred thousand "[" would overflow the stack and crash the app; it also
 * reads a few things that are not JSON (strings in single quotes, comments,
 * unknown escapes) in ways a byte scan cannot follow.  This scan measures
 * the nesting while it skips strings, and refuses anything on which its idea
 * of where strings start and end could differ from json-glib's: so what it
 * lets through is nested no deeper than it measured.
 *
 * json-glib 1.6 also keeps only the last of two members of an object with
 * the same name, silently: a file merged by hand or by version control with
 * "title" twice would lose one.  The scan refuses such an object, naming
 * the second member's place and the first's line.  Names are compared as
 * written, escapes and all.
 */
#define G_LOG_DOMAIN "sw-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-json-reader-private.h"

static void
add_problem (GPtrArray  *problems,
             const char *file,
             guint       line,
             guint       column,
             const char *message)
{
  g_ptr_array_add (problems, sw_problem_new (file, line, column, NULL, message));
}

/*
 * The line and character column of @at.  Lines are only counted when there
 * is a problem to report, so that scanning a valid file stays a few memchr()
 * calls per string.
 */
void
_sw_json_offset_position (const char *data,
                          const char *at,
                          guint      *line,
                          guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < at; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }

  /* Bytes, should the line not be UTF-8: a column a little off, never a read past @at. */
  *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
}

/* json-glib counts columns in bytes; editors show characters, so the column is counted again. */
void
_sw_json_text_position (const char *data,
                        gsize       size,
                        guint       line,
                        guint       byte_column,
                        guint      *column)
{
  const char *end = data + size;
  const char *line_start = data;
  const char *line_end;
  gsize n_bytes;

  for (guint i = 1; i < line && line_start < end; i++)
    {
      const char *newline = memchr (line_start, '\n', end - line_start);

      line_start = newline ? newline + 1 : end;
    }

  line_end = memchr (line_start, '\n', end - line_start);
  if (line_end == NULL)
    line_end = end;
  n_bytes = byte_column > 0 ? MIN ((gsize) byte_column - 1, (gsize) (line_end - line_start)) : 0;

  /* Back off to the start of a character, should the count land inside one.  The end
   * of the line is a boundary, and may be the end of the data: never read it. */
  while (n_bytes > 0 && line_start + n_bytes < line_end
         && (line_start[n_bytes] & 0xc0) == 0x80)
    n_bytes--;
  *column = (guint) g_utf8_strlen (line_start, n_bytes) + 1;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *value)
{
  *value = 0;
  if (end - p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return FALSE;
      *value = (*value << 4) | (gunichar) g_ascii_xdigit_value (p[i]);
    }

  return TRUE;
}

/* Length of the escape at @p (just after the backslash), or 0 if it is not one JSON allows. */
static gsize
escape_length (const char *p,
               const char *end)
{
  gunichar value, low;

  if (p >= end)
    return 0;
  if (strchr ("\"\\/bfnrt", *p) != NULL && *p != '\0')
    return 1;
  if (*p != 'u' || !read_hex4 (p + 1, end, &value))
    return 0;

  /* A surrogate must come in a pair; json-glib reads past the quote after a lone one. */
  if (value >= 0xdc00 && value <= 0xdfff)
    return 0;
  if (value < 0xd800 || value > 0xdbff)
    return 5;
  if (end - p < 11 || p[5] != '\\' || p[6] != 'u' || !read_hex4 (p + 7, end, &low)
      || low < 0xdc00 || low > 0xdfff)
    return 0;

  return 11;
}

/*
 * Skips a string whose opening quote is just before @p.  Returns the byte
 * after the closing quote, @end if there is none (json-glib then reports the
 * unterminated string with its position), or NULL with @bad set on an escape
 * JSON does not allow.  Strings are most of a file, so the quote and the
 * next backslash are found with memchr().
 */
static const char *
skip_string (const char  *p,
             const char  *end,
             const char **bad)
{
  const char *quote = NULL;

  for (;;)
    {
      const char *backslash;
      gsize length;

      /* Searched again only once passed, so a string of many escapes stays linear. */
      if (quote == NULL || quote < p)
        {
          quote = memchr (p, '"', end - p);
          if (quote == NULL)
            quote = end;
        }

      backslash = memchr (p, '\\', quote - p);
      if (backslash == NULL)
        return quote < end ? quote + 1 : end;

      length = escape_length (backslash + 1, end);
      if (length == 0)
        {
          *bad = backslash;
          return NULL;
        }
      p = backslash + 1 + length;
    }
}

/* The bytes the scan looks at outside strings; everything else is skipped. */
static const guint8 structural[256] = {
  ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1, ['"'] = 1, ['\''] = 1, ['#'] = 1, ['/'] = 1,
  ['-'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
  ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/*
 * Skips the number at @p.  json-glib 1.6 reads a whole number past the
 * range of a 64-bit integer without a word, wrapped around:
 * 99999999999999999999999 becomes -1, a position like any other.  So a
 * whole number out of that range sets @too_large; numbers with a fraction
 * or an exponent are doubles, whose overflow the reader sees.
 */
static const char *
skip_number (const char *p,
             const char *end,
             gboolean   *too_large)
{
  gboolean negative = *p == '-';
  const char *digits = negative ? p + 1 : p;
  const char *q = digits;
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";
  gsize n;

  while (q < end && g_ascii_isdigit (*q))
    q++;
  n = q - digits;
  *too_large = FALSE;
  if (q < end && (*q == '.' || *q == 'e' || *q == 'E'))
    {
      while (q < end && (g_ascii_isdigit (*q) || strchr (".eE+-", *q) != NULL))
        q++;
      return q;
    }

  /* Leading zeros are not JSON; json-glib refuses them on its own. */
  if (n > 19 || (n == 19 && memcmp (digits, limit, 19) > 0))
    *too_large = TRUE;

  return q;
}

static const char *
skip_blank (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;

  return p;
}

/* A member name as written, between its quotes. */
typedef struct
{
  const char *start;
  gsize       length;
} SwKeyRef;

static guint
key_ref_hash (gconstpointer data)
{
  const SwKeyRef *key = data;
  guint hash = 5381;

  for (gsize i = 0; i < key->length; i++)
    hash = hash * 33 + (guchar) key->start[i];

  return hash;
}

static gboolean
key_ref_equal (gconstpointer a,
               gconstpointer b)
{
  const SwKeyRef *ka = a, *kb = b;

  return ka->length == kb->length && memcmp (ka->start, kb->start, ka->length) == 0;
}

/* An open object or array, and for an object the names met so far. */
typedef struct
{
  gboolean    is_object;
  guint       first_key;
  GHashTable *index;
} SwScanFrame;

/* Objects with more members than this look names up in a hash table, so
 * that a hostile object of a million members stays linear. */
#define LINEAR_KEYS 24

/*
 * Records the name @key of a member of @frame.  Returns the earlier member
 * of the same name, or %NULL.  @keys holds the names of every open object,
 * each object's after its parent's.
 */
static const SwKeyRef *
add_key (SwScanFrame    *frame,
         GArray         *keys,
         const SwKeyRef *key)
{
  guint n = keys->len - frame->first_key;
  const SwKeyRef *found = NULL;

  if (frame->index == NULL && n < LINEAR_KEYS)
    {
      for (guint i = frame->first_key; i < keys->len; i++)
        if (key_ref_equal (&g_array_index (keys, SwKeyRef, i), key))
          return &g_array_index (keys, SwKeyRef, i);
      g_array_append_vals (keys, key, 1);
      return NULL;
    }

  if (frame->index == NULL)
    {
      frame->index = g_hash_table_new_full (key_ref_hash, key_ref_equal, g_free, NULL);
      for (guint i = frame->first_key; i < keys->len; i++)
        g_hash_table_add (frame->index, g_memdup2 (&g_array_index (keys, SwKeyRef, i),
                                                   sizeof (SwKeyRef)));
    }
  found = g_hash_table_lookup (frame->index, key);
  if (found == NULL)
    g_hash_table_add (frame->index, g_memdup2 (key, sizeof (SwKeyRef)));

  return found;
}

/* Whether the string that ended just before @after names a member. */
static gboolean
is_key (const char *after,
        const char *end)
{
  const char *next = skip_blank (after, end);

  return next < end && *next == ':';
}

static void
close_frame (SwScanFrame *frame,
             GArray      *keys)
{
  g_clear_pointer (&frame->index, g_hash_table_unref);
  if (frame->is_object)
    g_array_set_size (keys, frame->first_key);
}

static gboolean
scan_structure (const char  *data,
                gsize        size,
                const char  *file,
                GPtrArray   *problems,
                SwFileError *code)
{
  const char *end = data + size;
  const char *p = data;
  const char *message = NULL;
  g_autofree char *deep = NULL;
  g_autofree char *duplicate = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (SwKeyRef));
  SwScanFrame frames[SW_JSON_MAX_DEPTH + 1];
  guint depth = 0;
  guint line, column;
  /*
   * json-glib 1.6 stops after the first value and takes no notice of an
   * object or array after it, which it leaks: so "{...}{...}" would load,
   * and leak.  A container at the top level must be all there is.
   */
  gboolean has_bom = size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0;
  const char *first = skip_blank (has_bom ? data + 3 : data, end);
  const char *trailing = _("there is more after the end of the JSON data");

  while (message == NULL)
    {
      /* Indentation and plain values are most of what is outside strings: skip them fast. */
      while (p < end && !structural[(guchar) *p])
        p++;
      if (p == end)
        break;

      switch (*p)
        {
        case '[':
        case '{':
          if (depth == 0 && p != first)
            {
              message = trailing;
              *code = SW_FILE_ERROR_SYNTAX;
              break;
            }
          if (depth + 1 > SW_JSON_MAX_DEPTH)
            {
              deep = g_strdup_printf (_("the data is nested too deeply (more than %u levels)"),
                                      (guint) SW_JSON_MAX_DEPTH);
              message = deep;
              *code = SW_FILE_ERROR_TOO_DEEP;
              break;
            }
          frames[++depth] = (SwScanFrame) { *p == '{', keys->len, NULL };
          p++;
          break;

        case ']':
        case '}':
          if (depth > 0)
            close_frame (&frames[depth], keys);
          if (depth > 0 && --depth == 0 && skip_blank (p + 1, end) < end)
            {
              p = skip_blank (p + 1, end);
              message = trailing;
              *code = SW_FILE_ERROR_SYNTAX;
              break;
            }
          p++;
          break;

        case '"':
          {
            const char *bad = NULL;
            const char *after = skip_string (p + 1, end, &bad);

            if (after == NULL)
              {
                p = bad;
                message = _("this escape sequence is not valid in JSON");
                *code = SW_FILE_ERROR_SYNTAX;
              }
            else if (depth > 0 && frames[depth].is_object && is_key (after, end))
              {
                SwKeyRef key = { p + 1, after - p - 2 };
                const SwKeyRef *first_key = add_key (&frames[depth], keys, &key);

                if (first_key != NULL)
                  {
                    guint first_line, first_column;
                    g_autofree char *raw = g_strndup (key.start, MIN (key.length, 80));
                    g_autofree char *name = g_utf8_make_valid (raw, -1);

                    _sw_json_offset_position (data, first_key->start - 1, &first_line,
                                              &first_column);
                    /* Translators: a member of a JSON object, e.g. "title" twice: the first
                     * is on line 12; the place of the second starts the message. */
                    duplicate = g_strdup_printf (_("“%s” appears twice in this object; the first "
                                                   "is on line %u"),
                                                 name, first_line);
                    message = duplicate;
                    *code = SW_FILE_ERROR_SYNTAX;
                  }
                else
                  p = after;
              }
            else
              p = after;
          }
          break;

        case '\'':
          message = _("JSON strings are written in double quotes");
          *code = SW_FILE_ERROR_SYNTAX;
          break;

        case '#':
        case '/':
          message = _("comments are not allowed in JSON");
          *code = SW_FILE_ERROR_SYNTAX;
          break;

        case '-':
        case '0' ... '9':
          {
            gboolean too_large;
            const char *after = skip_number (p, end, &too_large);

            if (too_large)
              {
                message = _("this whole number is too large: the largest is 9223372036854775807");
                *code = SW_FILE_ERROR_SYNTAX;
              }
            else
              p = MAX (after, p + 1);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  for (; depth > 0; depth--)
    close_frame (&frames[depth], keys);

  if (message == NULL)
    return TRUE;

  _sw_json_offset_position (data, p, &line, &column);
  add_problem (problems, file, line, column, message);
  return FALSE;
}

/* json-glib refuses text that is not UTF-8 without saying where: this finds the place. */
void
_sw_json_report_invalid_utf8 (const char *data,
                              gsize       size,
                              const char *file,
                              GPtrArray  *problems)
{
  const char *invalid = NULL;
  guint line, column;

  if (g_utf8_validate_len (data, size, &invalid))
    invalid = data;

  _sw_json_offset_position (data, invalid, &line, &column);
  add_problem (problems, file, line, column,
               _("the text is not valid UTF-8, the only encoding Strategy Workbench reads"));
}

gboolean
_sw_json_check_size (gsize        size,
                     const char  *file,
                     GPtrArray   *problems,
                     SwFileError *code)
{
  g_autofree char *size_text = NULL;
  g_autofree char *limit_text = NULL;
  g_autofree char *message = NULL;

  if (size <= SW_JSON_MAX_FILE_SIZE)
    return TRUE;

  size_text = g_format_size (size);
  limit_text = g_format_size (SW_JSON_MAX_FILE_SIZE);
  /* Translators: e.g. "the file is too large (314.6 MB); Strategy Workbench opens files of up to 268.4 MB" */
  message = g_strdup_printf (_("the file is too large (%s); Strategy Workbench opens files of up to %s"),
                             size_text, limit_text);
  add_problem (problems, file, 0, 0, message);
  *code = SW_FILE_ERROR_TOO_LARGE;
  return FALSE;
}

/* White space only, after a byte order mark if any: json-glib skips one. */
static gboolean
is_blank (const char *data,
          gsize       size)
{
  gsize start = size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

  for (gsize i = start; i < size; i++)
    if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r')
      return FALSE;

  return TRUE;
}

/**
 * _sw_json_check_text:
 *
 * Refuses what json-glib should not be given: too much, nothing, binary
 * data, and nesting deeper than SW_JSON_MAX_DEPTH.  UTF-8 is left to
 * json-glib, which checks it anyway; _sw_json_report_invalid_utf8() then
 * finds the place.
 *
 * Returns: %TRUE if @data may be parsed; else adds one problem and sets @code.
 */
gboolean
_sw_json_check_text (const char  *data,
                     gsize        size,
                     const char  *file,
                     GPtrArray   *problems,
                     SwFileError *code)
{
  if (!_sw_json_check_size (size, file, problems, code))
    return FALSE;

  if (is_blank (data, size))
    {
      add_problem (problems, file, 0, 0, _("the file is empty"));
      *code = SW_FILE_ERROR_EMPTY;
      return FALSE;
    }

  if (memchr (data, '\0', size) != NULL)
    {
      add_problem (problems, file, 0, 0,
                   _("the file holds binary data, not text: it is not a Strategy Workbench document"));
      *code = SW_FILE_ERROR_NOT_TEXT;
      return FALSE;
    }

  return scan_structure (data, size, file, problems, code);
}
