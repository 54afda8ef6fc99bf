/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Names of the languages strategies are most often translated into, for
 * menus and the Languages dialog.  A tag the table lacks is shown as it is:
 * any valid BCP 47 tag can be a target language.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sw-languages-dialog.h"

static const struct
{
  const char *tag;
  const char *name;
} names[] = {
  { "ar", N_("Arabic") },
  { "bn", N_("Bengali") },
  { "de", N_("German") },
  { "en", N_("English") },
  { "es", N_("Spanish") },
  { "fa", N_("Persian") },
  { "fr", N_("French") },
  { "he", N_("Hebrew") },
  { "hi", N_("Hindi") },
  { "id", N_("Indonesian") },
  { "it", N_("Italian") },
  { "ja", N_("Japanese") },
  { "ko", N_("Korean") },
  { "nl", N_("Dutch") },
  { "pl", N_("Polish") },
  { "pt", N_("Portuguese") },
  { "pt-BR", N_("Portuguese (Brazil)") },
  { "ru", N_("Russian") },
  { "sw", N_("Swahili") },
  { "tr", N_("Turkish") },
  { "uk", N_("Ukrainian") },
  { "ur", N_("Urdu") },
  { "vi", N_("Vietnamese") },
  { "zh", N_("Chinese") },
  { "zh-Hans", N_("Chinese (Simplified)") },
  { "zh-Hant", N_("Chinese (Traditional)") },
};

/* Returns: (nullable): the translated name of @tag, if the table has it. */
const char *
sw_language_get_name (const char *tag)
{
  if (tag == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].tag, tag) == 0)
      return _(names[i].name);

  return NULL;
}

/* Returns: (transfer full): "French (fr)", or the tag alone when its name is unknown. */
char *
sw_language_get_label (const char *tag)
{
  const char *name = sw_language_get_name (tag);

  if (name == NULL)
    return g_strdup (tag ? tag : "");

  /* Translators: a language and its tag, e.g. "French (fr)" */
  return g_strdup_printf (_("%s (%s)"), name, tag);
}
