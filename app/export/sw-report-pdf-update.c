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
 * reference section and a trailer pointing back to cairo's.  The file is
 * read as cairo writes it (plain objects, a cross-reference table, a
 * trailer dictionary); anything else is left as it is.  No PDF library of
 * the platform writes objects into an existing file, hence this small
 * writer.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

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

/* Where object @number starts: "N 0 obj" at the start of a line, the last one. */
static const char *
find_object (const char *data,
             const char *end,
             guint64     number)
{
  g_autofree char *header = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 0 obj", number);
  const char *at = find_last (data, end, header);

  return at != NULL ? at + 1 : NULL;
}

/*
 * The dictionary of the object starting at @object, without its closing
 * ">>", or %NULL if the object is not a plain dictionary.
 */
static char *
object_dict_head (const char *object,
                  const char *end)
{
  const char *endobj = find_first (object, end, "endobj");
  const char *open, *close;

  if (endobj == NULL)
    return NULL;
  open = find_first (object, endobj, "<<");
  close = open != NULL ? find_last (open, endobj, ">>") : NULL;
  if (close == NULL || find_first (open, endobj, "stream") != NULL
      || memchr (open, '\0', close - open) != NULL)
    return NULL;

  return g_strndup (open, close - open);
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

/* The figures' structure elements: objects whose dictionary says /S /Figure. */
static void
add_figure_alts (GArray     *updates,
                 const char *data,
                 const char *end,
                 const char *alt)
{
  for (const char *p = data; (p = find_first (p, end, "/S /Figure")) != NULL; p++)
    {
      const char *object = find_last (data, p, " 0 obj");
      const char *line = object;
      g_autofree char *head = NULL;
      Update update;

      /* Back to the start of the "N 0 obj" line that holds it. */
      while (line != NULL && line > data && g_ascii_isdigit (line[-1]))
        line--;
      if (object == NULL || line == object || (line > data && line[-1] != '\n'))
        continue;
      head = object_dict_head (line, end);
      if (head == NULL || strstr (head, "/StructElem") == NULL || strstr (head, "/Alt") != NULL)
        continue;

      update.number = g_ascii_strtoull (line, NULL, 10);
      update.text = g_string_new (NULL);
      g_string_append_printf (update.text, "%" G_GUINT64_FORMAT " 0 obj\n%s   /Alt ",
                              update.number, head);
      append_text_string (update.text, alt);
      g_string_append (update.text, "\n>>\nendobj\n");
      g_array_append_val (updates, update);
    }
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
  g_autoptr(GString) tail = g_string_new ("\n");
  const char *startxref, *trailer;
  guint64 prev, size, root, info = 0;
  gboolean has_info;
  g_autofree char *root_head = NULL;
  const char *root_object;
  Update update;

  g_array_set_clear_func (updates, update_clear);

  /* A language tag is letters, digits and hyphens; anything else stays out. */
  for (const char *c = language; c != NULL && *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '-')
      return FALSE;
  if (language == NULL || language[0] == '\0')
    return FALSE;

  startxref = find_last (data, end, "startxref");
  trailer = find_last (data, end, "trailer");
  if (startxref == NULL || trailer == NULL || trailer > startxref)
    return FALSE;
  prev = g_ascii_strtoull (startxref + strlen ("startxref"), NULL, 10);
  if (prev == 0 || prev >= length
      || !dict_number (trailer, startxref, "/Size", &size)
      || !dict_number (trailer, startxref, "/Root", &root))
    return FALSE;
  has_info = dict_number (trailer, startxref, "/Info", &info);

  root_object = find_object (data, end, root);
  if (root_object == NULL)
    return FALSE;
  root_head = object_dict_head (root_object, end);
  if (root_head == NULL || strstr (root_head, "/Type /Catalog") == NULL
      || strstr (root_head, "/Lang") != NULL)
    return FALSE;

  update.number = root;
  update.text = g_string_new (NULL);
  g_string_append_printf (update.text, "%" G_GUINT64_FORMAT " 0 obj\n%s   /Lang (%s)\n>>\nendobj\n",
                          root, root_head, language);
  g_array_append_val (updates, update);
  if (figure_alt != NULL && figure_alt[0] != '\0')
    add_figure_alts (updates, data, end, figure_alt);
  g_array_sort (updates, compare_updates);

  /* The objects, then a cross-reference table of one entry a section. */
  {
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint64));
    guint64 xref;

    for (guint i = 0; i < updates->len; i++)
      {
        Update *u = &g_array_index (updates, Update, i);
        guint64 offset = length + tail->len;

        g_array_append_val (offsets, offset);
        g_string_append (tail, u->text->str);
      }

    xref = length + tail->len;
    g_string_append (tail, "xref\n");
    for (guint i = 0; i < updates->len; i++)
      /* Entries are twenty bytes: a space before the newline. */
      g_string_append_printf (tail, "%" G_GUINT64_FORMAT " 1\n%010" G_GUINT64_FORMAT " 00000 n \n",
                              g_array_index (updates, Update, i).number,
                              g_array_index (offsets, guint64, i));
    g_string_append_printf (tail, "trailer\n<< /Size %" G_GUINT64_FORMAT
                            "\n   /Root %" G_GUINT64_FORMAT " 0 R\n", size, root);
    if (has_info)
      g_string_append_printf (tail, "   /Info %" G_GUINT64_FORMAT " 0 R\n", info);
    g_string_append_printf (tail, "   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n%"
                            G_GUINT64_FORMAT "\n%%%%EOF\n", prev, xref);
  }

  g_byte_array_append (pdf, (const guint8 *) tail->str, tail->len);
  return TRUE;
}
