/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-document.h"
#include "sw-json-reader.h"
#include "sw-problem.h"

G_BEGIN_DECLS

/*
 * Where a value sits in the document, as a chain of stack frames: the JSON
 * pointer is only spelled out when there is a problem to report, so reading
 * a valid file allocates nothing for it.
 */
typedef struct _SwJsonPath SwJsonPath;

struct _SwJsonPath
{
  const SwJsonPath *parent;
  const char       *key;   /* a member name, or NULL for an array element */
  guint             index;
};

#define SW_JSON_PATH_KEY(parent_path, name) (&(SwJsonPath) { (parent_path), (name), 0 })
#define SW_JSON_PATH_INDEX(parent_path, i)  (&(SwJsonPath) { (parent_path), NULL, (i) })

/* The state of one load. */
typedef struct
{
  const char   *file;
  GPtrArray    *problems;        /* of SwProblem */
  SwFileError   code;            /* the error a failed load reports */
  SwDocument   *document;        /* being built */
  const char   *source_language; /* NULL when the file has none: texts are then not checked */
  GHashTable   *ids;             /* node and link id -> where it was first used */
} SwJsonReader;

/* Values of SwJsonReader.ids: the position of a node or a link, never 0. */
#define SW_JSON_NODE_PLACE(index) GUINT_TO_POINTER (((index) << 1) + 2)
#define SW_JSON_LINK_PLACE(index) GUINT_TO_POINTER (((index) << 1) + 3)
#define SW_JSON_PLACE_IS_LINK(place) ((GPOINTER_TO_UINT (place) - 2) & 1)
#define SW_JSON_PLACE_INDEX(place)   ((GPOINTER_TO_UINT (place) - 2) >> 1)

/* Checks of the raw bytes, before json-glib reads them (sw-json-scan.c). */
gboolean     _sw_json_check_size      (gsize              size,
                                       const char        *file,
                                       GPtrArray         *problems,
                                       SwFileError       *code);
gboolean     _sw_json_check_text      (const char        *data,
                                       gsize              size,
                                       const char        *file,
                                       GPtrArray         *problems,
                                       SwFileError       *code);
void         _sw_json_report_invalid_utf8 (const char    *data,
                                       gsize              size,
                                       const char        *file,
                                       GPtrArray         *problems);
void         _sw_json_offset_position (const char        *data,
                                       const char        *at,
                                       guint             *line,
                                       guint             *column);
void         _sw_json_text_position   (const char        *data,
                                       gsize              size,
                                       guint              line,
                                       guint              byte_column,
                                       guint             *column);

/* Reporting and typed access (sw-json-reader.c). */
char        *_sw_json_path_to_pointer (const SwJsonPath  *path);
void         _sw_json_report          (SwJsonReader      *reader,
                                       const SwJsonPath  *path,
                                       const char        *format,
                                       ...) G_GNUC_PRINTF (3, 4);
void         _sw_json_report_missing  (SwJsonReader      *reader,
                                       const SwJsonPath  *path,
                                       const char        *key);
JsonNode    *_sw_json_member          (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       gboolean           required,
                                       guint             *n_found);
const char  *_sw_json_describe        (JsonNode          *node);
void         _sw_json_report_type     (SwJsonReader      *reader,
                                       const SwJsonPath  *path,
                                       const char        *expected,
                                       JsonNode          *found);
gboolean     _sw_json_is_string       (JsonNode          *node);
gboolean     _sw_json_get_number      (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       double            *value,
                                       guint             *n_found);
gboolean     _sw_json_get_boolean     (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       gboolean          *value,
                                       guint             *n_found);
const char  *_sw_json_get_string      (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       gboolean           required,
                                       guint             *n_found);
JsonObject  *_sw_json_get_object      (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       gboolean           required,
                                       guint             *n_found);
JsonArray   *_sw_json_get_array       (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       gboolean           required,
                                       guint             *n_found);
JsonObject  *_sw_json_element_object  (SwJsonReader      *reader,
                                       JsonArray         *array,
                                       guint              index,
                                       const SwJsonPath  *path);
const char  *_sw_json_element_string  (SwJsonReader      *reader,
                                       JsonArray         *array,
                                       guint              index,
                                       const SwJsonPath  *path);
const char **_sw_json_get_string_list (SwJsonReader    *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       guint             *n_found);
void         _sw_json_read_text       (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char        *key,
                                       gboolean           required,
                                       SwText            *text,
                                       guint             *n_found);
void         _sw_json_read_fingerprints (SwJsonReader    *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char * const *fields,
                                       SwText * const    *texts,
                                       guint             *n_found);
JsonObject  *_sw_json_collect_extra   (SwJsonReader      *reader,
                                       JsonObject        *object,
                                       const SwJsonPath  *path,
                                       const char * const *known,
                                       guint              n_found);
void         _sw_json_check_language  (SwJsonReader      *reader,
                                       const SwJsonPath  *path,
                                       const char        *language);

/* The parts of a document (sw-json-read-kinds.c, sw-json-read-graph.c). */
void         _sw_json_read_kinds      (SwJsonReader      *reader,
                                       JsonObject        *root,
                                       const SwJsonPath  *root_path,
                                       guint             *n_found);
void         _sw_json_read_nodes      (SwJsonReader      *reader,
                                       JsonObject        *root,
                                       const SwJsonPath  *root_path,
                                       guint             *n_found);
void         _sw_json_read_links      (SwJsonReader      *reader,
                                       JsonObject        *root,
                                       const SwJsonPath  *root_path,
                                       guint             *n_found);

G_END_DECLS
