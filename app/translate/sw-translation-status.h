/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

typedef struct
{
  guint translated;
  guint stale;
  guint missing;
} SwTranslationCounts;

/* The counts of one group of units: the document, one node kind, the links or the kind names. */
typedef struct
{
  char                *group;
  char                *label;
  SwTranslationCounts  counts;
} SwTranslationGroupStatus;

typedef struct _SwTranslationStatus SwTranslationStatus;

SwTranslationStatus       *sw_translation_status_new            (SwDocument          *document,
                                                                 GPtrArray           *units);
void                       sw_translation_status_free           (SwTranslationStatus *status);
guint                      sw_translation_status_get_n_units    (SwTranslationStatus *status);
guint                      sw_translation_status_get_n_languages (SwTranslationStatus *status);
const char                *sw_translation_status_get_language   (SwTranslationStatus *status,
                                                                 guint                index);
const SwTranslationCounts *sw_translation_status_get_counts     (SwTranslationStatus *status,
                                                                 const char          *language);
GPtrArray                 *sw_translation_status_get_groups     (SwTranslationStatus *status,
                                                                 const char          *language);
double                     sw_translation_counts_get_fraction   (const SwTranslationCounts *counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTranslationStatus, sw_translation_status_free)

G_END_DECLS
