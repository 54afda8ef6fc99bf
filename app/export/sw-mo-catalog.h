/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The interface's message catalog in one language, read from the compiled
 * .mo file, for text that must follow a language other than the process's:
 * a report in French written by an app running in English.  A catalog never
 * changes once read, so any thread can look words up in it.
 */
typedef struct _SwMoCatalog SwMoCatalog;

SwMoCatalog *sw_mo_catalog_new_from_bytes   (GBytes       *bytes,
                                             GError      **error);
SwMoCatalog *sw_mo_catalog_new_for_language (const char   *domain,
                                             const char   *language);
void         sw_mo_catalog_free             (SwMoCatalog  *self);
const char  *sw_mo_catalog_gettext          (SwMoCatalog  *self,
                                             const char   *msgid) G_GNUC_FORMAT (2);
const char  *sw_mo_catalog_pgettext         (SwMoCatalog  *self,
                                             const char   *context,
                                             const char   *msgid) G_GNUC_FORMAT (3);
char        *sw_mo_catalog_find_file        (const char   *domain,
                                             const char   *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwMoCatalog, sw_mo_catalog_free)

G_END_DECLS
