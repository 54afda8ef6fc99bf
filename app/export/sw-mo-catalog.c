/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A reader of GNU .mo message catalogs.
 *
 * gettext answers in the process's language only: LANGUAGE and setlocale()
 * are process-wide, exports run in a worker thread while the window goes on
 * in the interface's language, and the per-thread uselocale() is neither on
 * Windows nor honoured the same way by every libintl.  A report in another
 * language therefore reads that language's catalog itself.  The format is
 * small and fixed (see “The Format of GNU MO Files” in the gettext manual):
 * a header, then two tables of (length, offset) pairs for the original and
 * the translated strings.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <libintl.h>
#include <string.h>

#include <gio/gio.h>

#include "sw-mo-catalog.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U
#define MO_HEADER_SIZE   28

struct _SwMoCatalog
{
  GHashTable *messages;   /* msgid (with "context\004" before it) → msgstr, both UTF-8 */
};

typedef struct
{
  const guint8 *data;
  gsize         size;
  gboolean      swapped;
} MoFile;

static guint32
read_u32 (const MoFile *mo,
          gsize         offset)
{
  guint32 value;

  memcpy (&value, mo->data + offset, sizeof value);
  return mo->swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/*
 * The string of table entry @index, or %NULL when the entry points outside
 * the file or its string is not NUL-terminated where it says it ends.
 */
static const char *
read_string (const MoFile *mo,
             guint32       table,
             guint32       index,
             gsize        *length)
{
  /* 64 bits, so that no offset in the file can wrap around on a 32-bit machine. */
  guint64 entry = (guint64) table + (guint64) index * 8;
  guint32 len, offset;

  if (entry + 8 > mo->size)
    return NULL;
  len = read_u32 (mo, entry);
  offset = read_u32 (mo, entry + 4);
  if ((guint64) offset + len >= mo->size || mo->data[(gsize) offset + len] != '\0')
    return NULL;

  *length = len;
  return (const char *) mo->data + offset;
}

/* The charset the header entry names in its Content-Type, or %NULL. */
static char *
header_charset (const char *header)
{
  const char *charset = strstr (header, "charset=");
  const char *end;

  if (charset == NULL)
    return NULL;
  charset += strlen ("charset=");
  end = charset;
  while (*end != '\0' && !g_ascii_isspace (*end) && *end != ';')
    end++;
  return g_strndup (charset, end - charset);
}

/*
 * Only the first part of a plural entry is kept (its msgid and the first
 * form of its msgstr): reports need no plurals yet, and the singular is
 * what gettext() itself answers for such an entry.
 */
static char *
to_utf8 (const char *text,
         gsize       length,
         const char *charset)
{
  gsize first = strnlen (text, length);

  if (charset == NULL)
    return g_utf8_validate (text, first, NULL) ? g_strndup (text, first) : NULL;
  return g_convert (text, first, "UTF-8", charset, NULL, NULL, NULL);
}

/**
 * sw_mo_catalog_new_from_bytes:
 * @bytes: the contents of a .mo file
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error set
 *   when @bytes is not a .mo file this reader understands.
 */
SwMoCatalog *
sw_mo_catalog_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(GHashTable) messages = NULL;
  g_autofree char *charset = NULL;
  SwMoCatalog *self;
  MoFile mo;
  guint32 magic, revision, n, originals, translations;

  mo.data = g_bytes_get_data (bytes, &mo.size);
  if (mo.size < MO_HEADER_SIZE)
    goto invalid;

  memcpy (&magic, mo.data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    goto invalid;
  mo.swapped = magic == MO_MAGIC_SWAPPED;

  /* Major revisions 0 and 1 share the tables read here; 1 only adds
   * system-dependent strings after them, which this app's catalogs have none of. */
  revision = read_u32 (&mo, 4);
  if ((revision >> 16) > 1)
    goto invalid;
  n = read_u32 (&mo, 8);
  originals = read_u32 (&mo, 12);
  translations = read_u32 (&mo, 16);
  if ((guint64) n * 8 > mo.size)
    goto invalid;

  messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint32 i = 0; i < n; i++)
    {
      gsize id_length, str_length;
      const char *id = read_string (&mo, originals, i, &id_length);
      const char *str = read_string (&mo, translations, i, &str_length);
      char *key, *value;

      if (id == NULL || str == NULL)
        goto invalid;

      /* The entry with an empty msgid is the header, which names the charset. */
      if (id_length == 0)
        {
          g_free (charset);
          charset = header_charset (str);
          if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") == 0)
            g_clear_pointer (&charset, g_free);
          continue;
        }
      if (str_length == 0)
        continue;

      key = to_utf8 (id, id_length, charset);
      value = to_utf8 (str, str_length, charset);
      if (key == NULL || value == NULL)
        {
          g_free (key);
          g_free (value);
          continue;
        }
      g_hash_table_replace (messages, key, value);
    }

  self = g_new0 (SwMoCatalog, 1);
  self->messages = g_steal_pointer (&messages);
  return self;

invalid:
  /* Not for the person at the window: a missing catalog only means English words. */
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a valid .mo catalog");
  return NULL;
}

static gboolean
is_file (const char *path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/*
 * The directories that may hold the catalogs, in the order they are tried:
 * SW_LOCALEDIR for tests and runs from the build tree (whose po/ directory
 * has the same LANG/LC_MESSAGES layout), the directory the app bound its
 * domain to (which a relocatable build sets at run time), then LOCALEDIR.
 */
static GPtrArray *
locale_dirs (const char *domain)
{
  GPtrArray *dirs = g_ptr_array_new ();
  const char *bound = bindtextdomain (domain, NULL);

  if (g_getenv ("SW_LOCALEDIR") != NULL)
    g_ptr_array_add (dirs, (gpointer) g_getenv ("SW_LOCALEDIR"));
  if (bound != NULL)
    g_ptr_array_add (dirs, (gpointer) bound);
  g_ptr_array_add (dirs, (gpointer) LOCALEDIR);
  return dirs;
}

/**
 * sw_mo_catalog_find_file:
 * @domain: the gettext domain, e.g. GETTEXT_PACKAGE
 * @language: a BCP 47 tag such as "fr" or "fr-CA"
 *
 * Finds the catalog of @language, or of its base language when there is
 * none for the region (“fr-CA” falls back to “fr”).
 *
 * Returns: (transfer full) (nullable): the path of the .mo file
 */
char *
sw_mo_catalog_find_file (const char *domain,
                         const char *language)
{
  g_autoptr(GPtrArray) dirs = NULL;
  g_autofree char *file = NULL;
  g_autofree char *full = NULL;
  g_autofree char *base = NULL;
  const char *names[2];

  g_return_val_if_fail (domain != NULL, NULL);

  if (language == NULL || language[0] == '\0')
    return NULL;

  /* Catalogs are in directories named like locales: “fr_CA”, not “fr-CA”. */
  full = g_strdelimit (g_strdup (language), "-", '_');
  base = g_strndup (full, strcspn (full, "_"));
  names[0] = full;
  names[1] = g_str_equal (base, full) ? NULL : base;

  /* English is the source: it has no catalog, and a stray one must not win. */
  if (g_ascii_strcasecmp (base, "en") == 0)
    return NULL;

  dirs = locale_dirs (domain);
  file = g_strconcat (domain, ".mo", NULL);
  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint i = 0; names[n] != NULL && i < dirs->len; i++)
      {
        g_autofree char *path = g_build_filename (g_ptr_array_index (dirs, i), names[n],
                                                  "LC_MESSAGES", file, NULL);

        if (is_file (path))
          return g_steal_pointer (&path);
      }

  return NULL;
}

/**
 * sw_mo_catalog_new_for_language:
 *
 * Reads the catalog of @language (see sw_mo_catalog_find_file()).
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL when there is
 *   none (English, a language the app has no translation for) or it cannot
 *   be read; the caller then uses the English words.
 */
SwMoCatalog *
sw_mo_catalog_new_for_language (const char *domain,
                                const char *language)
{
  g_autofree char *path = sw_mo_catalog_find_file (domain, language);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SwMoCatalog *self;

  if (path == NULL)
    return NULL;

  mapped = g_mapped_file_new (path, FALSE, &error);
  if (mapped == NULL)
    {
      g_warning ("Could not read %s: %s", path, error->message);
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  self = sw_mo_catalog_new_from_bytes (bytes, &error);
  if (self == NULL)
    g_warning ("Could not read %s: %s", path, error->message);
  return self;
}

void
sw_mo_catalog_free (SwMoCatalog *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->messages);
  g_free (self);
}

/**
 * sw_mo_catalog_gettext:
 * @self: (nullable): a catalog; %NULL stands for English
 *
 * Returns: (transfer none): the translation of @msgid, or @msgid itself when
 *   the catalog has none.
 */
const char *
sw_mo_catalog_gettext (SwMoCatalog *self,
                       const char  *msgid)
{
  const char *translation;

  if (self == NULL)
    return msgid;

  translation = g_hash_table_lookup (self->messages, msgid);
  return translation != NULL ? translation : msgid;
}

/* Like sw_mo_catalog_gettext(), for a msgid with a msgctxt, as g_dpgettext2() looks it up. */
const char *
sw_mo_catalog_pgettext (SwMoCatalog *self,
                        const char  *context,
                        const char  *msgid)
{
  g_autofree char *key = NULL;
  const char *translation;

  if (self == NULL)
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  translation = g_hash_table_lookup (self->messages, key);
  return translation != NULL ? translation : msgid;
}
