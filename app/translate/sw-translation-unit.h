/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_TRANSLATION_UNIT (sw_translation_unit_get_type ())

G_DECLARE_FINAL_TYPE (SwTranslationUnit, sw_translation_unit, SW, TRANSLATION_UNIT, GObject)

/* What a unit's text belongs to. */
typedef enum
{
  SW_UNIT_DOCUMENT,
  SW_UNIT_NODE_KIND,
  SW_UNIT_LINK_KIND,
  SW_UNIT_NODE,
  SW_UNIT_LINK,
} SwUnitElement;

/* Where a unit stands among its neighbours in the graph, for translators. */
typedef struct
{
  char      *kind;      /* the label of the node or link kind, or what the element is */
  char      *title;     /* the title of the node a description belongs to, or NULL */
  GPtrArray *parents;   /* (element-type utf8) titles */
  GPtrArray *children;  /* (element-type utf8) titles */
  GPtrArray *links;     /* (element-type utf8) "guides → Title", "Title → advances" */
} SwUnitContext;

const char          *sw_translation_unit_get_id          (SwTranslationUnit *self);
SwUnitElement        sw_translation_unit_get_element     (SwTranslationUnit *self);
gpointer             sw_translation_unit_get_target      (SwTranslationUnit *self);
SwField              sw_translation_unit_get_field       (SwTranslationUnit *self);
const char          *sw_translation_unit_get_element_id  (SwTranslationUnit *self);
const SwText        *sw_translation_unit_get_text        (SwTranslationUnit *self,
                                                          SwDocument        *document);
const char          *sw_translation_unit_get_source      (SwTranslationUnit *self,
                                                          SwDocument        *document);
SwTranslationState   sw_translation_unit_get_state       (SwTranslationUnit *self,
                                                          SwDocument        *document,
                                                          const char        *language);
char                *sw_translation_unit_get_group       (SwTranslationUnit *self);
char                *sw_translation_unit_get_label      (SwTranslationUnit *self,
                                                          SwDocument        *document,
                                                          const char        *language);
const char          *sw_translation_unit_get_field_label (SwTranslationUnit *self);
SwUnitContext       *sw_translation_unit_get_context     (SwTranslationUnit *self,
                                                          SwDocument        *document,
                                                          const char        *language);
void                 sw_unit_context_free                (SwUnitContext     *context);

GPtrArray           *sw_translation_units_collect        (SwDocument        *document);
GHashTable          *sw_translation_units_index          (GPtrArray         *units);
char                *sw_translation_unit_id_build        (const char        *element_id,
                                                          const char        *field);
char                *sw_translation_group_get_label      (SwDocument        *document,
                                                          const char        *group,
                                                          const char        *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwUnitContext, sw_unit_context_free)

G_END_DECLS
