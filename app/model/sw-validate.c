/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Checks of the plain values a document holds.
 *
 * Language tags are checked by hand against the syntax of RFC 5646 (BCP 47):
 * GLib has no parser for them and ICU would be a large dependency for one
 * check.  The primary subtag of two letters must also be an ISO 639-1 code,
 * so a typo like "xx" or "fe" is caught; three-letter codes are only checked
 * for syntax, since ISO 639-3 has thousands of them.
 */
#define G_LOG_DOMAIN "sw-validate"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-validate.h"

/* ISO 639-1, from the iso-codes project's ISO 639-2 table. */
static const char iso_639_1[] =
  "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy "
  "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu "
  "hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb "
  "lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om "
  "or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw "
  "ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

static gboolean
all_chars (const char *s,
           gsize       len,
           gboolean  (*pred) (gchar))
{
  for (gsize i = 0; i < len; i++)
    if (!pred (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean is_alpha (gchar c) { return g_ascii_isalpha (c); }
static gboolean is_digit (gchar c) { return g_ascii_isdigit (c); }
static gboolean is_alnum (gchar c) { return g_ascii_isalnum (c); }

static gboolean
is_known_two_letter_language (const char *subtag)
{
  char lower[3] = { g_ascii_tolower (subtag[0]), g_ascii_tolower (subtag[1]), 0 };

  /* Codes are three bytes apart, but the last one ends the string: stop there, not past it. */
  for (const char *p = iso_639_1; ; p += 3)
    {
      if (p[0] == lower[0] && p[1] == lower[1])
        return TRUE;
      if (p[2] == '\0')
        return FALSE;
    }
}

typedef enum
{
  STAGE_EXTLANG,
  STAGE_SCRIPT,
  STAGE_REGION,
  STAGE_VARIANT,
  STAGE_EXTENSION,
} Stage;

static gboolean
check_subtags (char **parts,
               guint  first)
{
  Stage stage = STAGE_EXTLANG;
  guint n_extlang = 0;

  for (guint i = first; parts[i] != NULL; i++)
    {
      const char *p = parts[i];
      gsize len = strlen (p);

      if (len == 0 || len > 8 || !all_chars (p, len, is_alnum))
        return FALSE;

      if (len == 1)
        {
          /* A singleton starts an extension or private use; each needs at least one subtag. */
          gboolean private_use = g_ascii_tolower (p[0]) == 'x';
          guint j = i + 1;
          guint n = 0;

          for (; parts[j] != NULL; j++, n++)
            {
              gsize sublen = strlen (parts[j]);

              if (!private_use && sublen == 1)
                break;
              if (sublen < (private_use ? 1 : 2) || sublen > 8
                  || !all_chars (parts[j], sublen, is_alnum))
                return FALSE;
            }
          if (n == 0)
            return FALSE;
          i = j - 1;
          stage = STAGE_EXTENSION;
          continue;
        }

      if (stage == STAGE_EXTENSION)
        return FALSE;

      if (stage == STAGE_EXTLANG && len == 3 && all_chars (p, len, is_alpha) && n_extlang < 3)
        {
          n_extlang++;
          continue;
        }
      if (stage <= STAGE_SCRIPT && len == 4 && all_chars (p, len, is_alpha))
        {
          stage = STAGE_REGION;
          continue;
        }
      if (stage <= STAGE_REGION
          && ((len == 2 && all_chars (p, len, is_alpha)) || (len == 3 && all_chars (p, len, is_digit))))
        {
          stage = STAGE_VARIANT;
          continue;
        }
      if ((len >= 5) || (len == 4 && g_ascii_isdigit (p[0])))
        {
          stage = STAGE_VARIANT;
          continue;
        }

      return FALSE;
    }

  return TRUE;
}

/**
 * sw_language_tag_is_valid:
 * @tag: (nullable): a language tag such as "fr" or "zh-Hant-TW"
 *
 * Returns: %TRUE if @tag is a well-formed BCP 47 tag of a known language.
 */
gboolean
sw_language_tag_is_valid (const char  *tag,
                          GError     **error)
{
  g_auto(GStrv) parts = NULL;
  gsize len;

  if (tag == NULL || tag[0] == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("A language tag cannot be empty"));
      return FALSE;
    }

  parts = g_strsplit (tag, "-", -1);
  len = strlen (parts[0]);

  if (len == 1 && g_ascii_tolower (parts[0][0]) == 'x' && parts[1] != NULL)
    {
      if (check_subtags (parts, 0))
        return TRUE;
    }
  /*
   * RFC 5646 reserves primary subtags of four letters and keeps those of five
   * to eight for registration, and the registry holds none of them: a word
   * such as "english" is a mistake, not a language.
   */
  else if ((len == 2 || len == 3) && all_chars (parts[0], len, is_alpha)
           && check_subtags (parts, 1))
    {
      if (len == 2 && !is_known_two_letter_language (parts[0]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a known language (ISO 639)"), tag);
          return FALSE;
        }
      return TRUE;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a valid BCP 47 language tag"), tag);
  return FALSE;
}

/* Languages written right to left, by the primary subtag of a BCP 47 tag. */
static const char * const rtl_languages[] = {
  "ar", "arc", "ckb", "dv", "fa", "he", "iw", "khw", "ks", "nqo", "ps", "sd", "syr", "ug", "ur",
  "yi", NULL,
};

/*
 * Whether text in @tag runs right to left: reports, the translation files and
 * the translation editor all ask this, so the answer lives in one place.
 */
gboolean
sw_language_tag_is_rtl (const char *tag)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) subtags = NULL;

  if (tag == NULL || tag[0] == '\0')
    return FALSE;

  lower = g_ascii_strdown (tag, -1);
  subtags = g_strsplit_set (lower, "-_", 3);

  /* A script subtag wins over the language's usual script: "az-Arab", "ku-Latn". */
  if (subtags[1] != NULL && strlen (subtags[1]) == 4)
    return g_str_equal (subtags[1], "arab") || g_str_equal (subtags[1], "hebr")
        || g_str_equal (subtags[1], "syrc") || g_str_equal (subtags[1], "thaa")
        || g_str_equal (subtags[1], "nkoo");

  return g_strv_contains (rtl_languages, subtags[0]);
}

/* An ISO 8601 calendar date, "YYYY-MM-DD", that exists. */
gboolean
sw_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  if (!all_chars (date, 4, is_digit) || !all_chars (date + 5, 2, is_digit)
      || !all_chars (date + 8, 2, is_digit))
    return FALSE;

  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* An ISO 8601 date and time with a time zone, e.g. "2024-05-06T09:00:00Z". */
gboolean
sw_date_time_is_valid (const char *date_time)
{
  g_autoptr(GDateTime) parsed = NULL;
  char date[11];

  if (date_time == NULL || strlen (date_time) < 11 || date_time[10] != 'T')
    return FALSE;

  memcpy (date, date_time, 10);
  date[10] = '\0';
  if (!sw_date_is_valid (date))
    return FALSE;

  /* No default zone: a bare local time would mean different instants on different machines. */
  parsed = g_date_time_new_from_iso8601 (date_time, NULL);
  return parsed != NULL;
}

static gboolean is_xdigit (gchar c) { return g_ascii_isxdigit (c); }

gboolean
sw_color_is_valid (const char *color)
{
  return color != NULL && strlen (color) == 7 && color[0] == '#'
      && all_chars (color + 1, 6, is_xdigit);
}

/* Ids appear in JSON pointers, DOT, XML and XLIFF unit ids: keep them free of spaces and controls. */
gboolean
sw_id_is_valid (const char *id)
{
  if (id == NULL || id[0] == '\0' || strlen (id) > 200 || !g_utf8_validate (id, -1, NULL))
    return FALSE;

  for (const char *p = id; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}

/**
 * sw_fingerprint_compute:
 * @source_text: the source-language text a translation is made from
 *
 * Returns: (transfer full): the first 12 hex digits of the text's SHA-256.
 */
char *
sw_fingerprint_compute (const char *source_text)
{
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                        source_text ? source_text : "", -1);

  return g_strndup (sum, SW_FINGERPRINT_LENGTH);
}

gboolean
sw_fingerprint_is_valid (const char *fingerprint)
{
  if (fingerprint == NULL || strlen (fingerprint) != SW_FINGERPRINT_LENGTH)
    return FALSE;

  for (const char *p = fingerprint; *p; p++)
    if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'f'))
      return FALSE;

  return TRUE;
}
