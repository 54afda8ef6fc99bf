/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sw-document.h"

G_BEGIN_DECLS

#define SW_TRANSLATION_ERROR (sw_translation_error_quark ())

typedef enum
{
  SW_TRANSLATION_ERROR_NOT_TEXT,        /* binary data or invalid UTF-8 */
  SW_TRANSLATION_ERROR_SYNTAX,          /* not well-formed XML, or a broken PO entry */
  SW_TRANSLATION_ERROR_UNSUPPORTED,     /* another format or version (XLIFF 1.2) */
  SW_TRANSLATION_ERROR_WRONG_LANGUAGE,  /* not a target language of the document */
  SW_TRANSLATION_ERROR_OTHER_DOCUMENT,  /* made from another strategy */
  SW_TRANSLATION_ERROR_DUPLICATE,       /* a unit id twice */
} SwTranslationError;

typedef enum
{
  SW_TRANSLATION_FORMAT_XLIFF,
  SW_TRANSLATION_FORMAT_PO,
} SwTranslationFormat;

/* What an import did. */
typedef struct
{
  char      *language;
  guint      n_updated;         /* texts or fingerprints changed */
  guint      n_unchanged;       /* the same text, already current */
  guint      n_untranslated;    /* no target text in the file */
  guint      n_unknown;         /* ids the document does not have, ignored */
  guint      n_source_changed;  /* imported, but stale: the source changed since the export */
  GPtrArray *unknown_ids;       /* (element-type utf8) */
  GPtrArray *source_changed_ids;/* (element-type utf8) */
} SwTranslationReport;

GQuark               sw_translation_error_quark      (void);
gboolean             sw_translation_format_from_string (const char         *name,
                                                      SwTranslationFormat *format);
const char          *sw_translation_format_get_extension (SwTranslationFormat format);

GBytes              *sw_translation_export           (SwDocument          *document,
                                                      const char          *language,
                                                      SwTranslationFormat  format,
                                                      GError             **error);
SwTranslationReport *sw_translation_import           (SwDocument          *document,
                                                      GBytes              *bytes,
                                                      const char          *display_name,
                                                      GError             **error);

void                 sw_translation_report_free      (SwTranslationReport *report);
char                *sw_translation_report_to_string (SwTranslationReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTranslationReport, sw_translation_report_free)

G_END_DECLS
