/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SwDocument  SwDocument;
typedef struct _SwHistory   SwHistory;
typedef struct _SwNode      SwNode;
typedef struct _SwLink      SwLink;
typedef struct _SwNodeKind  SwNodeKind;
typedef struct _SwLinkKind  SwLinkKind;
typedef struct _SwText      SwText;
typedef struct _SwSource    SwSource;

/**
 * SwNodeStatus:
 *
 * Where a node stands. The nicks are the strings of the file format.
 */
typedef enum
{
  SW_NODE_STATUS_PROPOSED,
  SW_NODE_STATUS_ACTIVE,
  SW_NODE_STATUS_DONE,
  SW_NODE_STATUS_AT_RISK,
  SW_NODE_STATUS_DROPPED,
} SwNodeStatus;

#define SW_N_NODE_STATUSES (SW_NODE_STATUS_DROPPED + 1)

/**
 * SwTranslationState:
 *
 * The state of one field in one target language.
 */
typedef enum
{
  SW_TRANSLATION_MISSING,
  SW_TRANSLATION_TRANSLATED,
  SW_TRANSLATION_STALE,
} SwTranslationState;

/* How a link kind is drawn. */
typedef enum
{
  SW_LINK_STYLE_SOLID,
  SW_LINK_STYLE_DASHED,
  SW_LINK_STYLE_DOTTED,
} SwLinkStyle;

/* Which end of a link kind is the parent in the strategy's hierarchy. */
typedef enum
{
  SW_PARENT_NONE,
  SW_PARENT_FROM,
  SW_PARENT_TO,
} SwParentEnd;

/*
 * Every field a change can address.  Translatable fields hold an SwText;
 * the others hold a plain value (see sw-change-private.h).
 */
typedef enum
{
  SW_FIELD_TITLE,
  SW_FIELD_SUBTITLE,
  SW_FIELD_DESCRIPTION,
  SW_FIELD_LABEL,
  SW_FIELD_KIND,
  SW_FIELD_OWNER,
  SW_FIELD_STATUS,
  SW_FIELD_START,
  SW_FIELD_DUE,
  SW_FIELD_INDICATOR,
  SW_FIELD_TAGS,
  SW_FIELD_POSITION,
  SW_FIELD_PINNED,
  SW_FIELD_EDITION,
  SW_FIELD_LANGUAGES,
  SW_FIELD_AUTHORS,
  SW_FIELD_SOURCES,
} SwField;

#define SW_N_FIELDS (SW_FIELD_SOURCES + 1)

#define SW_TYPE_NODE_STATUS (sw_node_status_get_type ())
#define SW_TYPE_FIELD       (sw_field_get_type ())

GType        sw_node_status_get_type   (void) G_GNUC_CONST;
GType        sw_field_get_type         (void) G_GNUC_CONST;
const char  *sw_node_status_to_string  (SwNodeStatus  status);
gboolean     sw_node_status_from_string (const char   *string,
                                         SwNodeStatus *status);
const char  *sw_node_status_get_label  (SwNodeStatus  status);
const char  *sw_field_to_string        (SwField       field);
gboolean     sw_field_is_translatable  (SwField       field);

G_END_DECLS
