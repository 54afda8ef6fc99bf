/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sw-document.h"

G_BEGIN_DECLS

/* The state of one sw_json_write(). */
typedef struct
{
  GString            *out;
  GString            *line;      /* a one-line form being measured */
  GPtrArray          *languages; /* scratch for the languages of a text */
  SwDocument         *document;
  const char         *source;
  const char * const *targets;
} SwJsonWriter;

void      _sw_json_write_string     (GString            *out,
                                     const char         *string);
void      _sw_json_write_double     (GString            *out,
                                     double              value);
void      _sw_json_write_coordinate (GString            *out,
                                     double              value);
void      _sw_json_write_compact    (GString            *out,
                                     JsonNode           *node);
void      _sw_json_begin_member     (SwJsonWriter       *w,
                                     guint               level,
                                     gboolean           *first,
                                     const char         *key);
void      _sw_json_begin_element    (SwJsonWriter       *w,
                                     guint               level,
                                     gboolean           *first);
void      _sw_json_end_container    (SwJsonWriter       *w,
                                     guint               level,
                                     char                close);
gboolean  _sw_json_line_fits        (SwJsonWriter       *w,
                                     guint               level,
                                     const char         *key);
void      _sw_json_string_member    (SwJsonWriter       *w,
                                     guint               level,
                                     gboolean           *first,
                                     const char         *key,
                                     const char         *value);
void      _sw_json_strv_member      (SwJsonWriter       *w,
                                     guint               level,
                                     gboolean           *first,
                                     const char         *key,
                                     const char * const *strings);
void      _sw_json_write_value      (SwJsonWriter       *w,
                                     guint               level,
                                     const char         *key,
                                     JsonNode           *node);
void      _sw_json_extra_members    (SwJsonWriter       *w,
                                     guint               level,
                                     gboolean           *first,
                                     JsonObject         *extra);

G_END_DECLS
