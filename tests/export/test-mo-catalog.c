/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The reader of compiled message catalogs that reports use for their own
 * words: files written here in both byte orders, broken files, and the
 * build's own catalogs found by language with a fallback to the base one.
 */
#include "config.h"

#include <string.h>

#include "sw-mo-catalog.h"

typedef struct
{
  const char *id;
  gsize       id_length;    /* with the NULs inside plural and context entries */
  const char *str;
  gsize       str_length;
} Entry;

#define ENTRY(id, str) { id, sizeof id - 1, str, sizeof str - 1 }

/* Entries sorted by msgid, as msgfmt writes them; the first is the header. */
static const Entry entries[] = {
  ENTRY ("", "Content-Type: text/plain; charset=UTF-8\n"),
  ENTRY ("%u node\0%u nodes", "%u nœud\0%u nœuds"),
  ENTRY ("Contents", "Sommaire"),
  ENTRY ("Untranslated", ""),
  ENTRY ("month\004May", "mai"),
};

static void
put_u32 (GByteArray *out,
         guint32     value,
         gboolean    big_endian)
{
  guint32 raw = big_endian ? GUINT32_TO_BE (value) : GUINT32_TO_LE (value);

  g_byte_array_append (out, (const guint8 *) &raw, sizeof raw);
}

/* A .mo file of @entries, laid out as msgfmt lays it out, without the hash table. */
static GBytes *
write_mo (gboolean big_endian)
{
  GByteArray *out = g_byte_array_new ();
  guint32 n = G_N_ELEMENTS (entries);
  guint32 originals = 28, translations = originals + 8 * n;
  guint32 offset = translations + 8 * n;

  put_u32 (out, 0x950412de, big_endian);
  put_u32 (out, 0, big_endian);
  put_u32 (out, n, big_endian);
  put_u32 (out, originals, big_endian);
  put_u32 (out, translations, big_endian);
  put_u32 (out, 0, big_endian);
  put_u32 (out, offset, big_endian);

  for (guint i = 0; i < n; i++)
    {
      put_u32 (out, entries[i].id_length, big_endian);
      put_u32 (out, offset, big_endian);
      offset += entries[i].id_length + 1;
    }
  for (guint i = 0; i < n; i++)
    {
      put_u32 (out, entries[i].str_length, big_endian);
      put_u32 (out, offset, big_endian);
      offset += entries[i].str_length + 1;
    }
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) entries[i].id, entries[i].id_length + 1);
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) entries[i].str, entries[i].str_length + 1);

  return g_byte_array_free_to_bytes (out);
}

static void
check_catalog (SwMoCatalog *catalog)
{
  g_assert_nonnull (catalog);
  g_assert_cmpstr (sw_mo_catalog_gettext (catalog, "Contents"), ==, "Sommaire");
  /* A plural entry answers with its first form, as gettext() does. */
  g_assert_cmpstr (sw_mo_catalog_gettext (catalog, "%u node"), ==, "%u nœud");
  /* An empty translation is no translation. */
  g_assert_cmpstr (sw_mo_catalog_gettext (catalog, "Untranslated"), ==, "Untranslated");
  g_assert_cmpstr (sw_mo_catalog_gettext (catalog, "Missing"), ==, "Missing");
  g_assert_cmpstr (sw_mo_catalog_pgettext (catalog, "month", "May"), ==, "mai");
  g_assert_cmpstr (sw_mo_catalog_gettext (catalog, "May"), ==, "May");
}

static void
test_byte_orders (void)
{
  for (guint big_endian = 0; big_endian < 2; big_endian++)
    {
      g_autoptr(GBytes) bytes = write_mo (big_endian);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwMoCatalog) catalog = sw_mo_catalog_new_from_bytes (bytes, &error);

      g_assert_no_error (error);
      check_catalog (catalog);
    }
}

/* No catalog stands for English: every word is its msgid. */
static void
test_no_catalog (void)
{
  g_assert_cmpstr (sw_mo_catalog_gettext (NULL, "Contents"), ==, "Contents");
  g_assert_cmpstr (sw_mo_catalog_pgettext (NULL, "month", "May"), ==, "May");
}

static void
test_broken (void)
{
  g_autoptr(GBytes) good = write_mo (FALSE);
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  /* Too short, not a catalog, cut short, and an entry pointing past the end. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SwMoCatalog) catalog = NULL;

      switch (i)
        {
        case 0:
          bytes = g_bytes_new (data, 10);
          break;
        case 1:
          bytes = g_bytes_new ("<?xml version=\"1.0\"?><not-a-catalog/>................", 52);
          break;
        case 2:
          bytes = g_bytes_new (data, size - 8);
          break;
        default:
          /* The second original's offset. */
          memset (copy + 28 + 8 + 4, 0xff, 4);
          bytes = g_bytes_new (copy, size);
          break;
        }

      catalog = sw_mo_catalog_new_from_bytes (bytes, &error);
      g_assert_null (catalog);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

/* The build's catalogs, in the layout of an installed locale directory. */
static void
test_find (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  g_autofree char *french = NULL;
  g_autofree char *canadian = NULL;
  g_autoptr(SwMoCatalog) catalog = NULL;

  g_setenv ("SW_LOCALEDIR", dir, TRUE);

  french = sw_mo_catalog_find_file (GETTEXT_PACKAGE, "fr");
  g_assert_nonnull (french);
  g_assert_true (g_str_has_suffix (french, G_DIR_SEPARATOR_S "fr" G_DIR_SEPARATOR_S
                                   "LC_MESSAGES" G_DIR_SEPARATOR_S GETTEXT_PACKAGE ".mo"));
  canadian = sw_mo_catalog_find_file (GETTEXT_PACKAGE, "fr-CA");
  g_assert_cmpstr (canadian, ==, french);

  g_assert_null (sw_mo_catalog_find_file (GETTEXT_PACKAGE, "en"));
  g_assert_null (sw_mo_catalog_find_file (GETTEXT_PACKAGE, "en-GB"));
  g_assert_null (sw_mo_catalog_find_file (GETTEXT_PACKAGE, "tlh"));
  g_assert_null (sw_mo_catalog_find_file (GETTEXT_PACKAGE, ""));
  g_assert_null (sw_mo_catalog_new_for_language (GETTEXT_PACKAGE, "tlh"));

  catalog = sw_mo_catalog_new_for_language (GETTEXT_PACKAGE, "es-MX");
  g_assert_nonnull (catalog);
  g_assert_cmpstr (sw_mo_catalog_gettext (catalog, "Contents"), ==, "Índice");
  g_assert_cmpstr (sw_mo_catalog_pgettext (catalog, "month", "November"), ==, "noviembre");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mo-catalog/byte-orders", test_byte_orders);
  g_test_add_func ("/mo-catalog/no-catalog", test_no_catalog);
  g_test_add_func ("/mo-catalog/broken", test_broken);
  g_test_add_func ("/mo-catalog/find", test_find);

  return g_test_run ();
}
