/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-history.h"
#include "sw-link-kind.h"
#include "sw-link.h"
#include "sw-node-kind.h"
#include "sw-node.h"
#include "sw-source.h"
#include "sw-text.h"
#include "sw-types.h"

G_BEGIN_DECLS

#define SW_TYPE_DOCUMENT (sw_document_get_type ())
#define SW_DOCUMENT_ERROR (sw_document_error_quark ())

typedef enum
{
  SW_DOCUMENT_ERROR_INVALID,
  SW_DOCUMENT_ERROR_NOT_FOUND,
  SW_DOCUMENT_ERROR_NOT_ALLOWED,
  SW_DOCUMENT_ERROR_DUPLICATE,
} SwDocumentError;

G_DECLARE_FINAL_TYPE (SwDocument, sw_document, SW, DOCUMENT, GObject)

GQuark               sw_document_error_quark          (void);
SwDocument          *sw_document_new                  (const char   *source_language);

/* Metadata */
const SwText        *sw_document_get_title            (SwDocument   *self);
const SwText        *sw_document_get_subtitle         (SwDocument   *self);
const char          *sw_document_get_edition          (SwDocument   *self);
const char          *sw_document_get_source_language  (SwDocument   *self);
const char * const  *sw_document_get_languages        (SwDocument   *self);
gboolean             sw_document_has_language         (SwDocument   *self,
                                                       const char   *language);
const char * const  *sw_document_get_authors          (SwDocument   *self);
GPtrArray           *sw_document_get_sources          (SwDocument   *self);
const char          *sw_document_get_created          (SwDocument   *self);
const char          *sw_document_get_modified_time    (SwDocument   *self);

/* Kinds */
GPtrArray           *sw_document_get_node_kinds       (SwDocument   *self);
GPtrArray           *sw_document_get_link_kinds       (SwDocument   *self);
SwNodeKind          *sw_document_lookup_node_kind     (SwDocument   *self,
                                                       const char   *id);
SwLinkKind          *sw_document_lookup_link_kind     (SwDocument   *self,
                                                       const char   *id);
GPtrArray           *sw_document_get_allowed_link_kinds (SwDocument *self,
                                                       SwNode       *from,
                                                       SwNode       *to);

/* Nodes and links */
GListModel          *sw_document_get_nodes            (SwDocument   *self);
GListModel          *sw_document_get_links            (SwDocument   *self);
guint                sw_document_get_n_nodes          (SwDocument   *self);
guint                sw_document_get_n_links          (SwDocument   *self);
SwNode              *sw_document_get_node             (SwDocument   *self,
                                                       guint         position);
SwLink              *sw_document_get_link             (SwDocument   *self,
                                                       guint         position);
guint                sw_document_get_node_position    (SwDocument   *self,
                                                       SwNode       *node);
guint                sw_document_get_link_position    (SwDocument   *self,
                                                       SwLink       *link);
SwNode              *sw_document_lookup_node          (SwDocument   *self,
                                                       const char   *id);
SwLink              *sw_document_lookup_link          (SwDocument   *self,
                                                       const char   *id);
GPtrArray           *sw_document_get_node_links       (SwDocument   *self,
                                                       SwNode       *node);
const char          *sw_document_get_text             (SwDocument   *self,
                                                       const SwText *text,
                                                       const char   *language,
                                                       gboolean     *used_fallback);
const char          *sw_document_get_node_title       (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *language);
const char          *sw_document_get_kind_label       (SwDocument   *self,
                                                       const char   *kind_id,
                                                       const char   *language);

/* History */
SwHistory           *sw_document_get_history          (SwDocument   *self);
gboolean             sw_document_get_modified         (SwDocument   *self);
void                 sw_document_begin_transaction    (SwDocument   *self,
                                                       const char   *label);
gboolean             sw_document_commit_transaction   (SwDocument   *self);
void                 sw_document_rollback_transaction (SwDocument   *self);
gboolean             sw_document_undo                 (SwDocument   *self);
gboolean             sw_document_redo                 (SwDocument   *self);
void                 sw_document_mark_saved           (SwDocument   *self);

/* Editing: every call below is recorded in the history */
SwNode              *sw_document_add_node             (SwDocument   *self,
                                                       const char   *kind,
                                                       const char   *title,
                                                       double        x,
                                                       double        y,
                                                       GError      **error);
gboolean             sw_document_remove_node          (SwDocument   *self,
                                                       SwNode       *node);
SwLink              *sw_document_add_link             (SwDocument   *self,
                                                       const char   *kind,
                                                       SwNode       *from,
                                                       SwNode       *to,
                                                       GError      **error);
gboolean             sw_document_remove_link          (SwDocument   *self,
                                                       SwLink       *link);
gboolean             sw_document_set_text             (SwDocument   *self,
                                                       gpointer      target,
                                                       SwField       field,
                                                       const char   *language,
                                                       const char   *text,
                                                       GError      **error);
gboolean             sw_document_mark_translation_current (SwDocument *self,
                                                       gpointer      target,
                                                       SwField       field,
                                                       const char   *language);
gboolean             sw_document_set_node_kind        (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *kind,
                                                       GError      **error);
void                 sw_document_set_node_owner       (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *owner);
void                 sw_document_set_node_status      (SwDocument   *self,
                                                       SwNode       *node,
                                                       SwNodeStatus  status);
gboolean             sw_document_set_node_date        (SwDocument   *self,
                                                       SwNode       *node,
                                                       SwField       field,
                                                       const char   *date,
                                                       GError      **error);
void                 sw_document_set_node_indicator   (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *indicator);
void                 sw_document_set_node_tags        (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char * const *tags);
void                 sw_document_move_node            (SwDocument   *self,
                                                       SwNode       *node,
                                                       double        x,
                                                       double        y);
void                 sw_document_set_node_pinned      (SwDocument   *self,
                                                       SwNode       *node,
                                                       gboolean      pinned);
void                 sw_document_set_edition          (SwDocument   *self,
                                                       const char   *edition);
void                 sw_document_set_authors          (SwDocument   *self,
                                                       const char * const *authors);
void                 sw_document_set_sources          (SwDocument   *self,
                                                       GPtrArray    *sources);
gboolean             sw_document_add_language         (SwDocument   *self,
                                                       const char   *language,
                                                       GError      **error);
gboolean             sw_document_remove_language      (SwDocument   *self,
                                                       const char   *language);

/* Queries */
GPtrArray           *sw_document_get_children         (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *link_kind);
GPtrArray           *sw_document_get_parents          (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *link_kind);
GPtrArray           *sw_document_get_nodes_of_kind    (SwDocument   *self,
                                                       const char   *kind);
GPtrArray           *sw_document_get_path_up          (SwDocument   *self,
                                                       SwNode       *node,
                                                       const char   *stop_kind);
GPtrArray           *sw_document_get_orphans          (SwDocument   *self);
GPtrArray           *sw_document_get_roots            (SwDocument   *self);

gboolean             sw_document_equal                (SwDocument   *a,
                                                       SwDocument   *b,
                                                       char        **difference);

G_END_DECLS
