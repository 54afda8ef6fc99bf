/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-translation.h"
#include "sw-translation-unit.h"

G_BEGIN_DECLS

/* Limits that keep a hostile file from exhausting memory. */
#define SW_TRANSLATION_MAX_FILE_SIZE (256 * 1024 * 1024)

/* The namespaces and the generator's own metadata in XLIFF. */
#define SW_XLIFF_NS_20    "urn:oasis:names:tc:xliff:document:2.0"
#define SW_XLIFF_NS_12    "urn:oasis:names:tc:xliff:document:1.2"
#define SW_XLIFF_NS_MDA   "urn:oasis:names:tc:xliff:metadata:2.0"

/* PO header fields of our own; "X-" fields are kept by gettext tools and editors. */
#define SW_PO_SOURCE_LANGUAGE "X-Source-Language"
#define SW_PO_DOCUMENT        "X-Strategy-Document"
#define SW_PO_FINGERPRINT     "fingerprint: "

/* A note for translators: its category ("kind", "parent", "title", "link") and text. */
typedef struct
{
  const char *category;
  char       *text;
} SwTranslationNote;

/* One unit as a translation file holds it. */
typedef struct
{
  char     *id;
  char     *source;
  char     *target;        /* NULL when the file has none, or an empty one */
  char     *fingerprint;   /* of the source at export time; NULL if the file lost it */
  gboolean  needs_review;  /* state="initial" in XLIFF, fuzzy in PO */
  guint     line;
} SwTranslationEntry;

typedef struct
{
  SwTranslationFormat  format;
  char                *display_name;
  char                *source_language;  /* NULL if the file does not say */
  char                *target_language;
  guint                language_line;
  char                *document_id;      /* NULL if the file does not say */
  char                *document_title;
  GPtrArray           *entries;          /* (element-type SwTranslationEntry) */
} SwTranslationFile;

SwTranslationFile *_sw_translation_file_new        (SwTranslationFormat  format,
                                                    const char          *display_name);
void               _sw_translation_file_free       (SwTranslationFile   *file);
SwTranslationEntry *_sw_translation_file_add_entry (SwTranslationFile   *file,
                                                    guint                line);
void               _sw_translation_set_error       (GError             **error,
                                                    SwTranslationError   code,
                                                    const char          *display_name,
                                                    guint                line,
                                                    const char          *format,
                                                    ...) G_GNUC_PRINTF (5, 6);

/* Shared by the writers. */
char              *_sw_translation_document_id     (SwDocument          *document);
GPtrArray         *_sw_translation_unit_notes      (SwTranslationUnit   *unit,
                                                    SwDocument          *document);
char              *_sw_translation_timestamp       (SwDocument          *document);

GBytes            *_sw_xliff_write                 (SwDocument          *document,
                                                    GPtrArray           *units,
                                                    const char          *language);
GBytes            *_sw_po_write                    (SwDocument          *document,
                                                    GPtrArray           *units,
                                                    const char          *language);
SwTranslationFile *_sw_xliff_read                  (const char          *data,
                                                    gsize                size,
                                                    const char          *display_name,
                                                    GError             **error);
SwTranslationFile *_sw_po_read                     (const char          *data,
                                                    gsize                size,
                                                    const char          *display_name,
                                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTranslationFile, _sw_translation_file_free)

G_END_DECLS
