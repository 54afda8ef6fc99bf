/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-change-private.h"
#include "sw-document.h"
#include "sw-history-private.h"
#include "sw-object-list-private.h"

G_BEGIN_DECLS

/* Shared by the sw-document*.c files, which split one object by responsibility. */
struct _SwDocument
{
  GObject       parent_instance;

  SwText       *title;
  SwText       *subtitle;
  char         *edition;
  char         *source_language;
  GStrv         languages;
  GStrv         authors;
  GPtrArray    *sources;
  char         *created;
  char         *modified;
  JsonObject   *extra;
  JsonObject   *kinds_extra;

  GPtrArray    *node_kinds;
  GPtrArray    *link_kinds;
  GHashTable   *node_kinds_by_id;
  GHashTable   *link_kinds_by_id;

  GPtrArray    *nodes;
  GPtrArray    *links;
  GHashTable   *nodes_by_id;
  GHashTable   *links_by_id;
  SwObjectList *node_list;
  SwObjectList *link_list;
  GHashTable   *node_positions;
  GHashTable   *link_positions;

  SwHistory    *history;
  GRand        *rand;
};

enum {
  SIGNAL_NODE_ADDED,
  SIGNAL_NODE_REMOVED,
  SIGNAL_LINK_ADDED,
  SIGNAL_LINK_REMOVED,
  SIGNAL_NODE_CHANGED,
  SIGNAL_LINK_CHANGED,
  SIGNAL_KIND_CHANGED,
  SIGNAL_METADATA_CHANGED,
  SIGNAL_CHANGED,
  N_DOCUMENT_SIGNALS
};

extern guint _sw_document_signals[N_DOCUMENT_SIGNALS];

/* Building a document outside the history (the loader, new documents). */
void        _sw_document_set_kinds          (SwDocument  *self,
                                             GPtrArray   *node_kinds,
                                             GPtrArray   *link_kinds);
void        _sw_document_append_node        (SwDocument  *self,
                                             SwNode      *node);
void        _sw_document_append_link        (SwDocument  *self,
                                             SwLink      *link);
SwText     *_sw_document_get_text_mut       (SwDocument  *self,
                                             gpointer     target,
                                             SwField      field);
void        _sw_document_set_source_language (SwDocument *self,
                                             const char  *language);
void        _sw_document_set_languages      (SwDocument  *self,
                                             const char * const *languages);
void        _sw_document_set_times          (SwDocument  *self,
                                             const char  *created,
                                             const char  *modified);
void        _sw_document_touch_modified     (SwDocument  *self);
void        _sw_document_set_edition        (SwDocument  *self,
                                             const char  *edition);
void        _sw_document_set_authors        (SwDocument  *self,
                                             const char * const *authors);
void        _sw_document_set_sources        (SwDocument  *self,
                                             GPtrArray   *sources);
JsonObject *_sw_document_get_extra          (SwDocument  *self);
void        _sw_document_set_extra          (SwDocument  *self,
                                             JsonObject  *extra);
JsonObject *_sw_document_get_kinds_extra    (SwDocument  *self);
void        _sw_document_set_kinds_extra    (SwDocument  *self,
                                             JsonObject  *extra);
char       *_sw_document_generate_id        (SwDocument  *self,
                                             const char  *prefix);
void        _sw_document_set_random_seed    (SwDocument  *self,
                                             guint32      seed);
gboolean    _sw_document_id_in_use          (SwDocument  *self,
                                             const char  *id);

/* Applying changes (sw-document-apply.c). */
void        _sw_document_apply              (const SwChange *change,
                                             gboolean        reverse,
                                             gpointer        user_data);
void        _sw_document_record             (SwDocument  *self,
                                             SwChange    *change,
                                             const char  *label,
                                             gboolean     coalesce);
void        _sw_document_get_value          (SwDocument  *self,
                                             GObject     *target,
                                             SwField      field,
                                             GValue      *value);
void        _sw_document_invalidate_positions (SwDocument *self);

/* Consistency of the internal structures, for tests (sw-document-check.c). */
gboolean    _sw_document_check_invariants   (SwDocument  *self,
                                             GError     **error);

G_END_DECLS
