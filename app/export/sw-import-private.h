/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-import.h"

G_BEGIN_DECLS

/* What happens to many elements at once is counted, and said once in the report. */
typedef enum
{
  SW_IMPORT_TALLY_FILE_NODES,
  SW_IMPORT_TALLY_LINK_NODES,
  SW_IMPORT_TALLY_GROUPS,
  SW_IMPORT_TALLY_NO_KIND,
  SW_IMPORT_TALLY_LINK_NOT_ALLOWED,
  SW_IMPORT_TALLY_LINK_NO_KIND,
  SW_IMPORT_TALLY_LINK_KIND_INFERRED,
  SW_IMPORT_TALLY_NO_POSITION,
  SW_IMPORT_TALLY_NO_TITLE,
  SW_IMPORT_TALLY_NEW_ID,
  SW_IMPORT_TALLY_SELF_LINK,
  SW_IMPORT_TALLY_DUPLICATE_LINK,
  SW_IMPORT_N_TALLIES
} SwImportTally;

void        _sw_import_report_tally     (SwImportReport  *report,
                                         SwImportTally    tally);
void        _sw_import_report_add       (SwImportReport  *report,
                                         const char      *format,
                                         ...) G_GNUC_PRINTF (2, 3);
void        _sw_import_report_set_counts (SwImportReport *report,
                                         guint            n_nodes,
                                         guint            n_links);

/*
 * Builds the new document with the model's private API, outside the
 * history, as the native loader does: an imported document starts with
 * nothing to undo.  Ids in the file are kept when they are valid and free.
 */
typedef struct _SwImportBuilder SwImportBuilder;

SwImportBuilder *_sw_import_builder_new          (const char      *source_language,
                                                  SwImportReport  *report);
void             _sw_import_builder_free         (SwImportBuilder *self);
SwDocument      *_sw_import_builder_get_document (SwImportBuilder *self);
const char      *_sw_import_builder_get_language (SwImportBuilder *self);
const char      *_sw_import_builder_find_node_kind (SwImportBuilder *self,
                                                  const char      *name);
const char      *_sw_import_builder_node_kind_for_color (SwImportBuilder *self,
                                                  const char      *color);
SwNode          *_sw_import_builder_add_node     (SwImportBuilder *self,
                                                  const char      *file_id,
                                                  const char      *wanted_id,
                                                  const char      *kind);
SwNode          *_sw_import_builder_lookup       (SwImportBuilder *self,
                                                  const char      *file_id);
void             _sw_import_builder_set_text     (SwImportBuilder *self,
                                                  gpointer         target,
                                                  SwField          field,
                                                  const char      *language,
                                                  const char      *text,
                                                  const char      *fingerprint);
void             _sw_import_builder_set_position (SwImportBuilder *self,
                                                  SwNode          *node,
                                                  double           x,
                                                  double           y);
void             _sw_import_builder_set_field    (SwImportBuilder *self,
                                                  SwNode          *node,
                                                  const char      *name,
                                                  const char      *value,
                                                  const char      *place);
const char      *_sw_import_builder_find_link_kind (SwImportBuilder *self,
                                                  const char      *name);
SwLink          *_sw_import_builder_add_link     (SwImportBuilder *self,
                                                  const char      *wanted_id,
                                                  const char      *kind,
                                                  SwNode          *from,
                                                  SwNode          *to);
void             _sw_import_builder_add_language (SwImportBuilder *self,
                                                  const char      *language);
void             _sw_import_builder_set_title    (SwImportBuilder *self,
                                                  const char      *language,
                                                  const char      *title);
void             _sw_import_builder_set_metadata (SwImportBuilder *self,
                                                  const char      *language,
                                                  const char      *subtitle,
                                                  const char      *edition);
SwDocument      *_sw_import_builder_finish       (SwImportBuilder *self,
                                                  const char      *name,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwImportBuilder, _sw_import_builder_free)

/* Shared checks and helpers (sw-import.c). */
char        *_sw_import_default_language (void);
char        *_sw_import_title_from_name  (const char      *name);
gboolean     _sw_import_check_utf8       (const char      *data,
                                          gsize            size,
                                          const char      *name,
                                          GError         **error);
void         _sw_import_place            (const char      *data,
                                          gsize            offset,
                                          guint           *line,
                                          guint           *column);
char        *_sw_import_color_normalize  (const char      *color);

/* A small XML tree read with GMarkup (sw-import-xml.c). */
typedef struct _SwXmlElement SwXmlElement;

struct _SwXmlElement
{
  const char   *ns;        /* interned namespace URI, NULL for none */
  char         *name;      /* local name */
  char        **attr_names;
  char        **attr_values;
  GString      *text;
  GPtrArray    *children;
  SwXmlElement *parent;
  int           line;
  int           column;
};

SwXmlElement *_sw_xml_parse           (GBytes          *bytes,
                                       const char      *name,
                                       GCancellable    *cancellable,
                                       GError         **error);
void          _sw_xml_element_free    (SwXmlElement    *element);
const char   *_sw_xml_get_attribute   (SwXmlElement    *element,
                                       const char      *name);
SwXmlElement *_sw_xml_get_child       (SwXmlElement    *element,
                                       const char      *ns,
                                       const char      *name);
SwXmlElement *_sw_xml_find            (SwXmlElement    *element,
                                       const char      *ns,
                                       const char      *name);
char         *_sw_xml_get_text        (SwXmlElement    *element);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwXmlElement, _sw_xml_element_free)

/* The importers (sw-import-canvas.c, sw-import-graphml.c, sw-import-csv.c). */
SwDocument *_sw_import_canvas   (const SwImportInput  *inputs,
                                 guint                 n_inputs,
                                 SwImportReport       *report,
                                 GCancellable         *cancellable,
                                 GError              **error);
SwDocument *_sw_import_graphml  (const SwImportInput  *inputs,
                                 guint                 n_inputs,
                                 SwImportReport       *report,
                                 GCancellable         *cancellable,
                                 GError              **error);
SwDocument *_sw_import_csv      (const SwImportInput  *inputs,
                                 guint                 n_inputs,
                                 SwImportReport       *report,
                                 GCancellable         *cancellable,
                                 GError              **error);

G_END_DECLS
