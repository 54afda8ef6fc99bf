/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How far the translation of a document has come: per target language, the
 * units translated, stale and missing, in all and per group of units (the
 * document, each node kind, the links, the kind names).
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include "sw-translation-status.h"
#include "sw-translation-unit.h"

typedef struct
{
  char                *language;
  SwTranslationCounts  counts;
  GPtrArray           *groups;   /* (element-type SwTranslationGroupStatus) */
} LanguageStatus;

struct _SwTranslationStatus
{
  guint      n_units;
  GPtrArray *languages;          /* (element-type LanguageStatus) */
};

static void
group_status_free (gpointer data)
{
  SwTranslationGroupStatus *group = data;

  g_free (group->group);
  g_free (group->label);
  g_free (group);
}

static void
language_status_free (gpointer data)
{
  LanguageStatus *status = data;

  g_free (status->language);
  g_ptr_array_unref (status->groups);
  g_free (status);
}

static void
count (SwTranslationCounts *counts,
       SwTranslationState   state)
{
  switch (state)
    {
    case SW_TRANSLATION_TRANSLATED:
      counts->translated++;
      break;
    case SW_TRANSLATION_STALE:
      counts->stale++;
      break;
    case SW_TRANSLATION_MISSING:
    default:
      counts->missing++;
      break;
    }
}

/* The groups in a fixed order, so the status reads the same every time: document, node kinds, links, kinds. */
static GPtrArray *
new_groups (SwDocument *document,
            GHashTable *by_key)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_status_free);
  GPtrArray *node_kinds = sw_document_get_node_kinds (document);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (keys, g_strdup ("document"));
  for (guint i = 0; i < node_kinds->len; i++)
    g_ptr_array_add (keys, g_strconcat ("node:", sw_node_kind_get_id (node_kinds->pdata[i]), NULL));
  g_ptr_array_add (keys, g_strdup ("links"));
  g_ptr_array_add (keys, g_strdup ("kinds"));

  for (guint i = 0; i < keys->len; i++)
    {
      SwTranslationGroupStatus *group = g_new0 (SwTranslationGroupStatus, 1);

      group->group = g_strdup (keys->pdata[i]);
      group->label = sw_translation_group_get_label (document, group->group, NULL);
      g_ptr_array_add (groups, group);
      g_hash_table_insert (by_key, group->group, group);
    }

  return groups;
}

/**
 * sw_translation_status_new:
 * @units: (nullable) (element-type SwTranslationUnit): the document's units,
 *   if the caller has them already
 *
 * Returns: (transfer full): the state of every unit in every target language.
 */
SwTranslationStatus *
sw_translation_status_new (SwDocument *document,
                           GPtrArray  *units)
{
  SwTranslationStatus *status = g_new0 (SwTranslationStatus, 1);
  const char * const *languages = sw_document_get_languages (document);
  const char *source = sw_document_get_source_language (document);
  g_autoptr(GPtrArray) own_units = NULL;
  g_autoptr(GPtrArray) unit_groups = NULL;

  if (units == NULL)
    units = own_units = sw_translation_units_collect (document);

  unit_groups = g_ptr_array_new_with_free_func (g_free);
  for (guint u = 0; u < units->len; u++)
    g_ptr_array_add (unit_groups, sw_translation_unit_get_group (units->pdata[u]));

  status->n_units = units->len;
  status->languages = g_ptr_array_new_with_free_func (language_status_free);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      LanguageStatus *language = g_new0 (LanguageStatus, 1);
      g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

      if (g_str_equal (languages[l], source))
        {
          g_free (language);
          continue;
        }

      language->language = g_strdup (languages[l]);
      language->groups = new_groups (document, by_key);
      g_ptr_array_add (status->languages, language);

      for (guint u = 0; u < units->len; u++)
        {
          SwTranslationState state = sw_translation_unit_get_state (units->pdata[u], document,
                                                                    languages[l]);
          SwTranslationGroupStatus *group = g_hash_table_lookup (by_key, unit_groups->pdata[u]);

          count (&language->counts, state);
          /* A node of a kind the table lacks still counts in all, just in no group. */
          if (group != NULL)
            count (&group->counts, state);
        }
    }

  return status;
}

void
sw_translation_status_free (SwTranslationStatus *status)
{
  if (status == NULL)
    return;

  g_ptr_array_unref (status->languages);
  g_free (status);
}

guint
sw_translation_status_get_n_units (SwTranslationStatus *status)
{
  return status->n_units;
}

guint
sw_translation_status_get_n_languages (SwTranslationStatus *status)
{
  return status->languages->len;
}

const char *
sw_translation_status_get_language (SwTranslationStatus *status,
                                    guint                index)
{
  g_return_val_if_fail (index < status->languages->len, NULL);

  return ((LanguageStatus *) status->languages->pdata[index])->language;
}

static LanguageStatus *
find_language (SwTranslationStatus *status,
               const char          *language)
{
  for (guint i = 0; i < status->languages->len; i++)
    {
      LanguageStatus *entry = status->languages->pdata[i];

      if (g_strcmp0 (entry->language, language) == 0)
        return entry;
    }

  return NULL;
}

/* Returns: (nullable): the counts of @language, %NULL if it is not a target language. */
const SwTranslationCounts *
sw_translation_status_get_counts (SwTranslationStatus *status,
                                  const char          *language)
{
  LanguageStatus *entry = find_language (status, language);

  return entry ? &entry->counts : NULL;
}

/**
 * sw_translation_status_get_groups:
 *
 * Returns: (transfer none) (nullable) (element-type SwTranslationGroupStatus):
 *   the counts per group, groups without units included.
 */
GPtrArray *
sw_translation_status_get_groups (SwTranslationStatus *status,
                                  const char          *language)
{
  LanguageStatus *entry = find_language (status, language);

  return entry ? entry->groups : NULL;
}

/* The share of units translated and current, 1 when there is nothing to translate. */
double
sw_translation_counts_get_fraction (const SwTranslationCounts *counts)
{
  guint total = counts->translated + counts->stale + counts->missing;

  return total == 0 ? 1.0 : (double) counts->translated / total;
}
