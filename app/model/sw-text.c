/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwText: one translatable field, a text per language.
 *
 * A target-language entry keeps the fingerprint of the source text it was
 * translated from, so the state of a translation (missing, translated or
 * stale) is derived, never stored: changing the source makes a translation
 * stale without touching it.  A field has a handful of languages at most, so
 * a small array beats a hash table in memory and speed.
 */
#include "config.h"

#include <string.h>

#include "sw-text-private.h"
#include "sw-validate.h"

typedef struct
{
  char *language;
  char *value;
  char *fingerprint;
} Entry;

struct _SwText
{
  GArray *entries;
};

G_DEFINE_BOXED_TYPE (SwText, sw_text, sw_text_copy, sw_text_free)

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->language);
  g_free (entry->value);
  g_free (entry->fingerprint);
}

static Entry *
find_entry (const SwText *text,
            const char   *language,
            guint        *index)
{
  if (language == NULL)
    return NULL;

  for (guint i = 0; i < text->entries->len; i++)
    {
      Entry *entry = &g_array_index (text->entries, Entry, i);

      if (g_str_equal (entry->language, language))
        {
          if (index != NULL)
            *index = i;
          return entry;
        }
    }

  return NULL;
}

/**
 * sw_text_new:
 *
 * Returns: (transfer full): a text with no language.
 */
SwText *
sw_text_new (void)
{
  SwText *text = g_new0 (SwText, 1);

  text->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (text->entries, entry_clear);

  return text;
}

/**
 * sw_text_copy:
 *
 * Returns: (transfer full): a deep copy of @text.
 */
SwText *
sw_text_copy (const SwText *text)
{
  SwText *copy = sw_text_new ();

  for (guint i = 0; i < text->entries->len; i++)
    {
      const Entry *entry = &g_array_index (text->entries, Entry, i);
      Entry dup = { g_strdup (entry->language), g_strdup (entry->value),
                    g_strdup (entry->fingerprint) };

      g_array_append_val (copy->entries, dup);
    }

  return copy;
}

void
sw_text_free (SwText *text)
{
  if (text == NULL)
    return;

  g_array_unref (text->entries);
  g_free (text);
}

/* Equal texts have the same languages with the same values and fingerprints, in any order. */
gboolean
sw_text_equal (const SwText *a,
               const SwText *b)
{
  if (a->entries->len != b->entries->len)
    return FALSE;

  for (guint i = 0; i < a->entries->len; i++)
    {
      const Entry *ea = &g_array_index (a->entries, Entry, i);
      const Entry *eb = find_entry (b, ea->language, NULL);

      if (eb == NULL || g_strcmp0 (ea->value, eb->value) != 0
          || g_strcmp0 (ea->fingerprint, eb->fingerprint) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
sw_text_is_empty (const SwText *text)
{
  return text == NULL || text->entries->len == 0;
}

guint
sw_text_get_n_languages (const SwText *text)
{
  return text->entries->len;
}

const char *
sw_text_get_language (const SwText *text,
                      guint         index)
{
  g_return_val_if_fail (index < text->entries->len, NULL);

  return g_array_index (text->entries, Entry, index).language;
}

/**
 * sw_text_get:
 *
 * Returns: (nullable): the text in @language, or %NULL if there is none.
 */
const char *
sw_text_get (const SwText *text,
             const char   *language)
{
  Entry *entry = find_entry (text, language, NULL);

  return entry ? entry->value : NULL;
}

/**
 * sw_text_get_fingerprint:
 *
 * Returns: (nullable): the fingerprint of the source text the @language text
 *   was translated from.
 */
const char *
sw_text_get_fingerprint (const SwText *text,
                         const char   *language)
{
  Entry *entry = find_entry (text, language, NULL);

  return entry ? entry->fingerprint : NULL;
}

/**
 * sw_text_get_with_fallback:
 * @used_fallback: (out) (optional): set to %TRUE when @language had no text
 *
 * Returns: (not nullable): the text in @language, else in @fallback_language,
 *   else the empty string.
 */
const char *
sw_text_get_with_fallback (const SwText *text,
                           const char   *language,
                           const char   *fallback_language,
                           gboolean     *used_fallback)
{
  const char *value = sw_text_get (text, language);

  if (used_fallback != NULL)
    *used_fallback = value == NULL;

  if (value == NULL)
    value = sw_text_get (text, fallback_language);

  return value ? value : "";
}

SwTranslationState
sw_text_get_state (const SwText *text,
                   const char   *language,
                   const char   *source_language)
{
  Entry *entry = find_entry (text, language, NULL);
  g_autofree char *current = NULL;

  if (entry == NULL)
    return SW_TRANSLATION_MISSING;

  if (g_strcmp0 (language, source_language) == 0)
    return SW_TRANSLATION_TRANSLATED;

  current = sw_fingerprint_compute (sw_text_get (text, source_language));
  if (g_strcmp0 (current, entry->fingerprint) != 0)
    return SW_TRANSLATION_STALE;

  return SW_TRANSLATION_TRANSLATED;
}

void
_sw_text_set (SwText     *text,
              const char *language,
              const char *value,
              const char *fingerprint)
{
  Entry *entry;

  g_return_if_fail (language != NULL);

  if (value == NULL)
    {
      _sw_text_remove (text, language);
      return;
    }

  entry = find_entry (text, language, NULL);
  if (entry == NULL)
    {
      Entry added = { g_strdup (language), g_strdup (value), g_strdup (fingerprint) };

      g_array_append_val (text->entries, added);
      return;
    }

  if (entry->value != value)
    {
      g_free (entry->value);
      entry->value = g_strdup (value);
    }
  if (entry->fingerprint != fingerprint)
    {
      g_free (entry->fingerprint);
      entry->fingerprint = g_strdup (fingerprint);
    }
}

void
_sw_text_remove (SwText     *text,
                 const char *language)
{
  guint index;

  if (find_entry (text, language, &index) != NULL)
    g_array_remove_index (text->entries, index);
}
