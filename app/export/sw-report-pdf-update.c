/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What cairo 1.16's tagged PDF leaves out, added after it: the document's
 * natural language (the catalog's /Lang), which screen readers need to
 * pick a voice, and the figure's alternate text (/Alt on its structure
 * element), which readers who cannot see the graph are given instead.
 * Accessibility rules for public documents (PDF/UA, Section 508, EN 301
 * 549) ask for both, and cairo writes neither.
 *
 * They are written as an incremental update (PDF 1.7, 7.5.6): new versions
 * of the changed objects appended after cairo's file, with a cross-
 * reference section pointing back to cairo's.  The file is read as cairo
 * writes it: cairo 1.16 writes plain objects and a cross-reference table,
 * cairo 1.17.6 and later (the Flatpak runtime's) pack objects into object
 * streams with a cross-reference stream, and the update follows suit.
 * Anything else is left as it is.  No PDF library of the platform writes
 * objects into an existing file, hence this small writer.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "sw-report-pdf-private.h"

/* The first occurrence of @needle in [@data, @end): PDF files hold binary
 * streams, so no search may stop at a zero byte. */
static const char *
find_first (const char *data,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = data; p != NULL && (gsize) (end - p) >= n; p++)
    {
      p = memchr (p, needle[0], end - p - n + 1);
      if (p == NULL)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
    }

  return NULL;
}

/* The last occurrence of @needle in [@data, @end). */
static const char *
find_last (const char *data,
           const char *end,
           const char *needle)
{
  gsize n = strlen (needle);

  if ((gsize) (end - data) < n)
    return NULL;
  for (const char *p = end - n;; p--)
    {
      if (memcmp (p, needle, n) == 0)
        return p;
      if (p == data)
        return NULL;
    }
}

/* The number after @key (e.g. "/Size") in [@dict, @end). */
static gboolean
dict_number (const char *dict,
             const char *end,
             const char *key,
             guint64    *value)
{
  g_autofree char *text = g_strndup (dict, end - dict);
  const char *at = strstr (text, key);
  char *after;

  if (at == NULL)
    return FALSE;
  at += strlen (key);
  if (!g_ascii_isspace (*at))
    return FALSE;
  *value = g_ascii_strtoull (at, &after, 10);
  return after != at;
}

/*
 * The dictionary from @open (at "<<") to @close (its last ">>"), or %NULL
 * if the object holds a stream or binary data.
 */
static char *
dict_head (const char *open,
           const char *close)
{
  if (open == NULL || close == NULL || close < open || find_first (open, close, "stream") != NULL
      || memchr (open, '\0', close - open) != NULL)
    return NULL;

  return g_strndup (open, close - open);
}

/*
 * The dictionary of the plain object starting at @object, without its
 * closing ">>", or %NULL if the object is not a plain dictionary.
 */
static char *
object_dict_head (const char *object,
                  const char *end)
{
  const char *endobj = find_first (object, end, "endobj");
  const char *open;

  if (endobj == NULL)
    return NULL;
  open = find_first (object, endobj, "<<");
  return open != NULL ? dict_head (open, find_last (open, endobj, ">>")) : NULL;
}

/* The number of the object whose "N 0 obj" ends just before @obj_end, if it
 * starts a line. */
static gboolean
object_number (const char *data,
               const char *obj_end,
               guint64    *number)
{
  const char *line = obj_end;

  while (line > data && g_ascii_isdigit (line[-1]))
    line--;
  if (line == obj_end || (line > data && line[-1] != '\n' && line[-1] != '\r'))
    return FALSE;
  *number = g_ascii_strtoull (line, NULL, 10);
  return TRUE;
}

/* The decompressed data of the stream whose dictionary ends at @dict_end. */
static GBytes *
inflate_stream (const char *dict_end,
                const char *end)
{
  g_autoptr(GConverter) inflater = NULL;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  const char *p = find_first (dict_end, end, "stream");
  guint8 buffer[16384];

  if (p == NULL)
    return NULL;
  p += strlen ("stream");
  if (p < end && *p == '\r')
    p++;
  if (p >= end || *p != '\n')
    return NULL;
  p++;

  /* Fed until zlib's own end: no need for /Length, which may be indirect. */
  inflater = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (inflater, p, end - p, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
      if (result == G_CONVERTER_ERROR)
        return NULL;
      g_byte_array_append (out, buffer, written);
      p += read;
      if (result == G_CONVERTER_FINISHED)
        break;
      if (read == 0 && written == 0)
        return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* Adds each object an object stream holds to @objects (number → dictionary). */
static void
index_object_stream (GHashTable *objects,
                     const char *dict,
                     const char *dict_end,
                     const char *end)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = g_strndup (dict, dict_end - dict);
  guint64 n, first;
  const char *data;
  gsize size;
  g_auto(GStrv) header = NULL;
  g_autofree char *header_text = NULL;

  if (!dict_number (dict, dict_end, "/N", &n) || !dict_number (dict, dict_end, "/First", &first)
      || strstr (text, "/FlateDecode") == NULL)
    return;
  bytes = inflate_stream (dict_end, end);
  if (bytes == NULL)
    return;
  data = g_bytes_get_data (bytes, &size);
  if (first > size || n > size)
    return;

  /* The header: the number and offset of each object, in order. */
  header_text = g_strndup (data, first);
  header = g_strsplit_set (g_strstrip (header_text), " \r\n\t", -1);
  {
    g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));

    for (guint i = 0; header[i] != NULL; i++)
      if (header[i][0] != '\0')
        {
          guint64 value = g_ascii_strtoull (header[i], NULL, 10);

          g_array_append_val (pairs, value);
        }
    if (pairs->len != 2 * n)
      return;
    for (guint i = 0; i < n; i++)
      {
        guint64 number = g_array_index (pairs, guint64, 2 * i);
        guint64 start = first + g_array_index (pairs, guint64, 2 * i + 1);
        guint64 stop = i + 1 < n ? first + g_array_index (pairs, guint64, 2 * i + 3) : size;
        const char *open, *close;
        char *head;

        if (start > stop || stop > size)
          return;
        open = find_first (data + start, data + stop, "<<");
        close = open != NULL ? find_last (open, data + stop, ">>") : NULL;
        head = dict_head (open, close);
        if (head != NULL)
          g_hash_table_insert (objects, GUINT_TO_POINTER (number), head);
      }
  }
}

/*
 * Every object with a plain dictionary, whether written alone or packed in
 * an object stream, by number; later versions replace earlier ones.
 */
static GHashTable *
index_objects (const char *data,
               const char *end)
{
  GHashTable *objects = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (const char *p = data; (p = find_first (p, end, " 0 obj")) != NULL; p++)
    {
      const char *after = p + strlen (" 0 obj");
      const char *endobj = find_first (after, end, "endobj");
      const char *open = endobj != NULL ? find_first (after, endobj, "<<") : NULL;
      const char *stream;
      guint64 number;
      char *head;

      if (open == NULL || !object_number (data, p, &number))
        continue;
      stream = find_first (open, endobj, "stream");
      if (stream != NULL)
        {
          /* A stream's dictionary ends at its last ">>" before "stream". */
          const char *dict_end = find_last (open, stream, ">>");

          if (dict_end != NULL && find_first (open, dict_end, "/Type /ObjStm") != NULL)
            index_object_stream (objects, open, dict_end, end);
          p = endobj;
          continue;
        }
      head = object_dict_head (p, end);
      if (head != NULL)
        g_hash_table_insert (objects, GUINT_TO_POINTER (number), head);
      p = endobj;
    }

  return objects;
}

/* A PDF text string in UTF-16BE with its byte order mark, as hex. */
static void
append_text_string (GString    *out,
                    const char *text)
{
  g_autofree gunichar2 *utf16 = NULL;
  glong n = 0;

  utf16 = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);
  g_string_append (out, "<FEFF");
  for (glong i = 0; utf16 != NULL && i < n; i++)
    g_string_append_printf (out, "%04X", utf16[i]);
  g_string_append_c (out, '>');
}

typedef struct
{
  guint64  number;
  GString *text;  /* the object's new version, "N 0 obj ... endobj\n" */
} Update;

static void
update_clear (gpointer data)
{
  Update *update = data;

  g_string_free (update->text, TRUE);
}

static int
compare_updates (gconstpointer a,
                 gconstpointer b)
{
  const Update *ua = a, *ub = b;

  return (ua->number > ub->number) - (ua->number < ub->number);
}

static void
add_update (GArray     *updates,
            guint64     number,
            const char *head,
            const char *key,
            GString    *value)
{
  Update update = { number, g_string_new (NULL) };

  g_string_append_printf (update.text, "%" G_GUINT64_FORMAT " 0 obj\n%s   %s %s\n>>\nendobj\n",
                          number, head, key, value->str);
  g_array_append_val (updates, update);
}

/* The figures' structure elements, in number order: dictionaries that say /S /Figure. */
static void
add_figure_alts (GArray     *updates,
                 GHashTable *objects,
                 const char *alt)
{
  g_autoptr(GString) value = g_string_new (NULL);
  g_autoptr(GList) numbers = g_hash_table_get_keys (objects);

  append_text_string (value, alt);
  for (GList *l = numbers; l != NULL; l = l->next)
    {
      const char *head = g_hash_table_lookup (objects, l->data);

      if (strstr (head, "/S /Figure") != NULL && strstr (head, "/StructElem") != NULL
          && strstr (head, "/Alt") == NULL)
        add_update (updates, GPOINTER_TO_UINT (l->data), head, "/Alt", value);
    }
}

/* The entries an update's trailer carries over: /Root, /Info, and /ID,
 * which an update must keep. */
static void
append_trailer_entries (GString    *out,
                        const char *trailer,
                        const char *trailer_end)
{
  const char *id = find_first (trailer, trailer_end, "/ID");
  const char *close = id != NULL ? find_first (id, trailer_end, "]") : NULL;
  guint64 root, info;

  if (dict_number (trailer, trailer_end, "/Root", &root))
    g_string_append_printf (out, "   /Root %" G_GUINT64_FORMAT " 0 R\n", root);
  if (dict_number (trailer, trailer_end, "/Info", &info))
    g_string_append_printf (out, "   /Info %" G_GUINT64_FORMAT " 0 R\n", info);
  if (close != NULL)
    g_string_append_printf (out, "   %.*s\n", (int) (close + 1 - id), id);
}

/* A classic cross-reference table and trailer, after a file that has one. */
static void
append_xref_table (GString    *tail,
                   gsize       length,
                   GArray     *updates,
                   GArray     *offsets,
                   const char *trailer,
                   const char *trailer_end,
                   guint64     size,
                   guint64     prev)
{
  guint64 xref = length + tail->len;

  g_string_append (tail, "xref\n");
  for (guint i = 0; i < updates->len; i++)
    /* Entries are twenty bytes: a space before the newline. */
    g_string_append_printf (tail, "%" G_GUINT64_FORMAT " 1\n%010" G_GUINT64_FORMAT " 00000 n \n",
                            g_array_index (updates, Update, i).number,
                            g_array_index (offsets, guint64, i));
  g_string_append_printf (tail, "trailer\n<< /Size %" G_GUINT64_FORMAT "\n", size);
  append_trailer_entries (tail, trailer, trailer_end);
  g_string_append_printf (tail, "   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n%"
                          G_GUINT64_FORMAT "\n%%%%EOF\n", prev, xref);
}

/*
 * A cross-reference stream (PDF 1.7, 7.5.8), after a file that has one:
 * itself a new object, numbered @size, listing the updated objects and
 * itself.  Its entries are binary, uncompressed: a type byte (1, in use),
 * a four-byte offset and a two-byte generation.
 */
static void
append_xref_stream (GString    *tail,
                    gsize       length,
                    GArray     *updates,
                    GArray     *offsets,
                    const char *trailer,
                    const char *trailer_end,
                    guint64     size,
                    guint64     prev)
{
  guint64 xref = length + tail->len;
  g_autoptr(GByteArray) entries = g_byte_array_new ();
  g_autoptr(GString) index = g_string_new (NULL);

  for (guint i = 0; i <= updates->len; i++)
    {
      guint64 offset = i < updates->len ? g_array_index (offsets, guint64, i) : xref;
      guint8 entry[7] = { 1, offset >> 24 & 0xff, offset >> 16 & 0xff, offset >> 8 & 0xff,
                          offset & 0xff, 0, 0 };

      g_byte_array_append (entries, entry, sizeof entry);
      g_string_append_printf (index, "%s%" G_GUINT64_FORMAT " 1", i > 0 ? " " : "",
                              i < updates->len ? g_array_index (updates, Update, i).number : size);
    }

  g_string_append_printf (tail, "%" G_GUINT64_FORMAT " 0 obj\n<< /Type /XRef\n   /Size %"
                          G_GUINT64_FORMAT "\n", size, size + 1);
  append_trailer_entries (tail, trailer, trailer_end);
  g_string_append_printf (tail, "   /Prev %" G_GUINT64_FORMAT "\n   /W [1 4 2]\n   /Index [%s]\n"
                          "   /Length %u\n>>\nstream\n", prev, index->str, entries->len);
  g_string_append_len (tail, (const char *) entries->data, entries->len);
  g_string_append_printf (tail, "\nendstream\nendobj\nstartxref\n%" G_GUINT64_FORMAT
                          "\n%%%%EOF\n", xref);
}

/**
 * _sw_report_pdf_add_language:
 * @pdf: a PDF as cairo wrote it
 * @language: the report's language, a BCP 47 tag
 * @figure_alt: (nullable): what the figure shows, in words
 *
 * Appends the update that gives @pdf its language and its figures their
 * alternate text.
 *
 * Returns: %FALSE, leaving @pdf as it was, if it is not laid out as
 *   cairo writes PDF
 */
gboolean
_sw_report_pdf_add_language (GByteArray *pdf,
                             const char *language,
                             const char *figure_alt)
{
  const char *data = (const char *) pdf->data;
  gsize length = pdf->len;
  const char *end = data + length;
  g_autoptr(GArray) updates = g_array_new (FALSE, FALSE, sizeof (Update));
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GHashTable) objects = NULL;
  g_autoptr(GString) tail = g_string_new ("\n");
  g_autoptr(GString) lang = NULL;
  const char *startxref, *trailer, *trailer_end;
  gboolean xref_stream;
  guint64 prev, size, root;
  const char *catalog;

  g_array_set_clear_func (updates, update_clear);

  /* A language tag is letters, digits and hyphens; anything else stays out. */
  for (const char *c = language; c != NULL && *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '-')
      return FALSE;
  if (language == NULL || language[0] == '\0')
    return FALSE;

  /* The last cross-reference section: a table with its trailer, or a stream
   * whose dictionary stands for the trailer. */
  startxref = find_last (data, end, "startxref");
  if (startxref == NULL)
    return FALSE;
  prev = g_ascii_strtoull (startxref + strlen ("startxref"), NULL, 10);
  if (prev == 0 || prev >= length)
    return FALSE;
  xref_stream = !g_str_has_prefix (data + prev, "xref") || length - prev < 4;
  if (xref_stream)
    {
      trailer = find_first (data + prev, end, "<<");
      trailer_end = trailer != NULL ? find_first (trailer, end, "stream") : NULL;
      if (trailer_end == NULL || find_first (trailer, trailer_end, "/Type /XRef") == NULL)
        return FALSE;
    }
  else
    {
      trailer = find_first (data + prev, end, "trailer");
      trailer_end = startxref;
      if (trailer == NULL || trailer > startxref)
        return FALSE;
    }
  if (!dict_number (trailer, trailer_end, "/Size", &size)
      || !dict_number (trailer, trailer_end, "/Root", &root))
    return FALSE;

  objects = index_objects (data, end);
  catalog = g_hash_table_lookup (objects, GUINT_TO_POINTER (root));
  if (catalog == NULL || strstr (catalog, "/Type /Catalog") == NULL
      || strstr (catalog, "/Lang") != NULL)
    return FALSE;

  lang = g_string_new (NULL);
  g_string_append_printf (lang, "(%s)", language);
  add_update (updates, root, catalog, "/Lang", lang);
  if (figure_alt != NULL && figure_alt[0] != '\0')
    add_figure_alts (updates, objects, figure_alt);
  g_array_sort (updates, compare_updates);

  /* The objects, then the cross-reference section of the same kind as cairo's. */
  for (guint i = 0; i < updates->len; i++)
    {
      guint64 offset = length + tail->len;

      g_array_append_val (offsets, offset);
      g_string_append (tail, g_array_index (updates, Update, i).text->str);
    }
  if (xref_stream)
    append_xref_stream (tail, length, updates, offsets, trailer, trailer_end, size, prev);
  else
    append_xref_table (tail, length, updates, offsets, trailer, trailer_end, size, prev);

  g_byte_array_append (pdf, (const guint8 *) tail->str, tail->len);
  return TRUE;
}
