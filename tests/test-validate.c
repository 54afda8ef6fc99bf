/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checks of the plain values a document holds: language tags, dates, colours, ids, fingerprints. */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "sw-validate.h"

static void
test_language_valid (void)
{
  static const char * const valid[] = {
    "en", "fr", "es-419", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "en-US-x-twain",
    "x-private", "ar", "EN", "pt-BR", "yue", "zh-yue", "en-a-bbb-x-y", "sl-rozaj-biske",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("tag \"%s\"", valid[i]);
      g_assert_true (sw_language_tag_is_valid (valid[i], &error));
      g_assert_no_error (error);
    }
}

static void
test_language_invalid (void)
{
  /* Each one is refused for its syntax, not for the language it names. */
  static const char * const invalid[] = {
    "", "e", "english", "en_US", "en--US", "123", "en-a", "a-DE", "en-", "-en", "x", "x-",
    "en-US-US", "en-x", "en-a-b", "fr-abcdefghi", "latn", "en US", "é",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("tag \"%s\"", invalid[i]);
      g_assert_false (sw_language_tag_is_valid (invalid[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, invalid[i]));
      g_assert_null (strstr (error->message, "known language"));
    }
}

static void
test_language_unknown (void)
{
  g_autoptr(GError) error = NULL;

  /* Well-formed, but no ISO 639-1 language is called "xx": the message must say so. */
  g_assert_false (sw_language_tag_is_valid ("xx", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "“xx”"));
  g_assert_nonnull (strstr (error->message, "not a known language"));
  g_clear_error (&error);

  g_assert_false (sw_language_tag_is_valid ("qq-FR", &error));
  g_assert_nonnull (strstr (error->message, "not a known language"));
}

static void
test_language_null (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sw_language_tag_is_valid (NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  /* An error is optional. */
  g_assert_false (sw_language_tag_is_valid ("", NULL));
  g_assert_true (sw_language_tag_is_valid ("fr", NULL));
}

static void
test_dates (void)
{
  g_assert_true (sw_date_is_valid ("2024-02-29"));
  g_assert_true (sw_date_is_valid ("2023-12-31"));
  g_assert_true (sw_date_is_valid ("2000-02-29"));
  g_assert_true (sw_date_is_valid ("0001-01-01"));

  g_assert_false (sw_date_is_valid ("2023-02-29"));
  g_assert_false (sw_date_is_valid ("1900-02-29"));
  g_assert_false (sw_date_is_valid ("2024-13-01"));
  g_assert_false (sw_date_is_valid ("2024-00-10"));
  g_assert_false (sw_date_is_valid ("2024-04-31"));
  g_assert_false (sw_date_is_valid ("2024-04-00"));
  g_assert_false (sw_date_is_valid ("0000-01-01"));
  g_assert_false (sw_date_is_valid ("2024-1-01"));
  g_assert_false (sw_date_is_valid ("2024-01-1"));
  g_assert_false (sw_date_is_valid ("2024/01/01"));
  g_assert_false (sw_date_is_valid ("2024-01-01T00:00:00Z"));
  g_assert_false (sw_date_is_valid ("+024-01-01"));
  g_assert_false (sw_date_is_valid ("2024-+1-01"));
  g_assert_false (sw_date_is_valid ("abcd-ef-gh"));
  g_assert_false (sw_date_is_valid (""));
  g_assert_false (sw_date_is_valid (NULL));
}

static void
test_date_times (void)
{
  g_assert_true (sw_date_time_is_valid ("2024-05-06T09:00:00Z"));
  g_assert_true (sw_date_time_is_valid ("2024-05-06T09:00:00+02:00"));
  g_assert_true (sw_date_time_is_valid ("2024-05-06T09:00:00-05:30"));
  g_assert_true (sw_date_time_is_valid ("2024-02-29T23:59:59Z"));

  /* Without a zone the same text means different instants on different machines. */
  g_assert_false (sw_date_time_is_valid ("2024-05-06T09:00:00"));
  g_assert_false (sw_date_time_is_valid ("2023-02-29T09:00:00Z"));
  g_assert_false (sw_date_time_is_valid ("2024-13-06T09:00:00Z"));
  g_assert_false (sw_date_time_is_valid ("2024-05-06T25:00:00Z"));
  g_assert_false (sw_date_time_is_valid ("2024-05-06 09:00:00Z"));
  g_assert_false (sw_date_time_is_valid ("2024-05-06"));
  g_assert_false (sw_date_time_is_valid ("2024-05-06T"));
  g_assert_false (sw_date_time_is_valid ("2024-05-06Tnoon"));
  g_assert_false (sw_date_time_is_valid (""));
  g_assert_false (sw_date_time_is_valid (NULL));
}

static void
test_colors (void)
{
  g_assert_true (sw_color_is_valid ("#1c71d8"));
  g_assert_true (sw_color_is_valid ("#ABCDEF"));
  g_assert_true (sw_color_is_valid ("#000000"));

  g_assert_false (sw_color_is_valid ("1c71d8"));
  g_assert_false (sw_color_is_valid ("#1c71d"));
  g_assert_false (sw_color_is_valid ("#1c71d8f"));
  g_assert_false (sw_color_is_valid ("#1c71g8"));
  g_assert_false (sw_color_is_valid ("#fff"));
  g_assert_false (sw_color_is_valid ("blue"));
  g_assert_false (sw_color_is_valid (""));
  g_assert_false (sw_color_is_valid (NULL));
}

static void
test_ids (void)
{
  g_autofree char *longest = g_strnfill (200, 'a');
  g_autofree char *too_long = g_strnfill (201, 'a');

  g_assert_true (sw_id_is_valid ("principle-a1b2c3"));
  g_assert_true (sw_id_is_valid ("x"));
  g_assert_true (sw_id_is_valid ("objectif-été-ü"));
  g_assert_true (sw_id_is_valid ("目标-1"));
  g_assert_true (sw_id_is_valid (longest));

  g_assert_false (sw_id_is_valid (too_long));
  g_assert_false (sw_id_is_valid (""));
  g_assert_false (sw_id_is_valid (NULL));
  g_assert_false (sw_id_is_valid ("two words"));
  g_assert_false (sw_id_is_valid (" lead"));
  g_assert_false (sw_id_is_valid ("trail\n"));
  g_assert_false (sw_id_is_valid ("tab\there"));
  g_assert_false (sw_id_is_valid ("no\u00a0break"));
  g_assert_false (sw_id_is_valid ("bell\x07"));
  g_assert_false (sw_id_is_valid ("del\x7f"));
  g_assert_false (sw_id_is_valid ("c1\xc2\x85"));
  g_assert_false (sw_id_is_valid ("bad\xff" "utf8"));
}

static void
test_fingerprints (void)
{
  g_autofree char *digital = sw_fingerprint_compute ("Digital solidarity");
  g_autofree char *empty = sw_fingerprint_compute ("");
  g_autofree char *null = sw_fingerprint_compute (NULL);
  g_autofree char *other = sw_fingerprint_compute ("Digital solidarity.");

  /* printf '%s' "Digital solidarity" | sha256sum */
  g_assert_cmpstr (digital, ==, "8a2e9922900d");
  /* The SHA-256 of nothing; a missing source text counts as empty. */
  g_assert_cmpstr (empty, ==, "e3b0c44298fc");
  g_assert_cmpstr (null, ==, empty);
  g_assert_cmpstr (other, !=, digital);
  g_assert_cmpuint (strlen (other), ==, SW_FINGERPRINT_LENGTH);

  g_assert_true (sw_fingerprint_is_valid (digital));
  g_assert_true (sw_fingerprint_is_valid ("0123456789ab"));
  g_assert_false (sw_fingerprint_is_valid ("0123456789AB"));
  g_assert_false (sw_fingerprint_is_valid ("0123456789a"));
  g_assert_false (sw_fingerprint_is_valid ("0123456789abc"));
  g_assert_false (sw_fingerprint_is_valid ("0123456789ag"));
  g_assert_false (sw_fingerprint_is_valid (""));
  g_assert_false (sw_fingerprint_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/language/valid", test_language_valid);
  g_test_add_func ("/validate/language/invalid", test_language_invalid);
  g_test_add_func ("/validate/language/unknown", test_language_unknown);
  g_test_add_func ("/validate/language/null", test_language_null);
  g_test_add_func ("/validate/date", test_dates);
  g_test_add_func ("/validate/date-time", test_date_times);
  g_test_add_func ("/validate/color", test_colors);
  g_test_add_func ("/validate/id", test_ids);
  g_test_add_func ("/validate/fingerprint", test_fingerprints);

  return g_test_run ();
}
