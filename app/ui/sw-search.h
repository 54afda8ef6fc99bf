/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TYPE_SEARCH (sw_search_get_type ())

G_DECLARE_FINAL_TYPE (SwSearch, sw_search, SW, SEARCH, GObject)

SwSearch    *sw_search_new             (void);
SwDocument  *sw_search_get_document    (SwSearch    *self);
void         sw_search_set_document    (SwSearch    *self,
                                        SwDocument  *document);
void         sw_search_set_language    (SwSearch    *self,
                                        const char  *language);
const char  *sw_search_get_text        (SwSearch    *self);
void         sw_search_set_text        (SwSearch    *self,
                                        const char  *text);
gboolean     sw_search_get_kind_shown  (SwSearch    *self,
                                        const char  *kind);
void         sw_search_set_kind_shown  (SwSearch    *self,
                                        const char  *kind,
                                        gboolean     shown);
gboolean     sw_search_get_status_shown (SwSearch   *self,
                                        SwNodeStatus status);
void         sw_search_set_status_shown (SwSearch   *self,
                                        SwNodeStatus status,
                                        gboolean     shown);
const char  *sw_search_get_tag         (SwSearch    *self);
void         sw_search_set_tag         (SwSearch    *self,
                                        const char  *tag);
SwNode      *sw_search_get_partner     (SwSearch    *self);
void         sw_search_set_partner     (SwSearch    *self,
                                        SwNode      *partner);
void         sw_search_reset           (SwSearch    *self);

gboolean     sw_search_get_active      (SwSearch    *self);
gboolean     sw_search_get_filtering   (SwSearch    *self);
gboolean     sw_search_matches         (SwSearch    *self,
                                        SwNode      *node);
guint        sw_search_get_n_matches   (SwSearch    *self);
GPtrArray   *sw_search_get_unmatched   (SwSearch    *self);
char       **sw_search_list_tags       (SwDocument  *document);

G_END_DECLS
