/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-types.h"

static const GEnumValue status_values[] = {
  { SW_NODE_STATUS_PROPOSED, "SW_NODE_STATUS_PROPOSED", "proposed" },
  { SW_NODE_STATUS_ACTIVE, "SW_NODE_STATUS_ACTIVE", "active" },
  { SW_NODE_STATUS_DONE, "SW_NODE_STATUS_DONE", "done" },
  { SW_NODE_STATUS_AT_RISK, "SW_NODE_STATUS_AT_RISK", "at-risk" },
  { SW_NODE_STATUS_DROPPED, "SW_NODE_STATUS_DROPPED", "dropped" },
  { 0, NULL, NULL }
};

/* The nicks double as the detail of the document's change signals. */
static const GEnumValue field_values[] = {
  { SW_FIELD_TITLE, "SW_FIELD_TITLE", "title" },
  { SW_FIELD_SUBTITLE, "SW_FIELD_SUBTITLE", "subtitle" },
  { SW_FIELD_DESCRIPTION, "SW_FIELD_DESCRIPTION", "description" },
  { SW_FIELD_LABEL, "SW_FIELD_LABEL", "label" },
  { SW_FIELD_KIND, "SW_FIELD_KIND", "kind" },
  { SW_FIELD_OWNER, "SW_FIELD_OWNER", "owner" },
  { SW_FIELD_STATUS, "SW_FIELD_STATUS", "status" },
  { SW_FIELD_START, "SW_FIELD_START", "start" },
  { SW_FIELD_DUE, "SW_FIELD_DUE", "due" },
  { SW_FIELD_INDICATOR, "SW_FIELD_INDICATOR", "indicator" },
  { SW_FIELD_TAGS, "SW_FIELD_TAGS", "tags" },
  { SW_FIELD_POSITION, "SW_FIELD_POSITION", "position" },
  { SW_FIELD_PINNED, "SW_FIELD_PINNED", "pinned" },
  { SW_FIELD_EDITION, "SW_FIELD_EDITION", "edition" },
  { SW_FIELD_LANGUAGES, "SW_FIELD_LANGUAGES", "languages" },
  { SW_FIELD_AUTHORS, "SW_FIELD_AUTHORS", "authors" },
  { SW_FIELD_SOURCES, "SW_FIELD_SOURCES", "sources" },
  { 0, NULL, NULL }
};

GType
sw_node_status_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("SwNodeStatus", status_values));

  return type;
}

GType
sw_field_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("SwField", field_values));

  return type;
}

const char *
sw_node_status_to_string (SwNodeStatus status)
{
  g_return_val_if_fail (status < SW_N_NODE_STATUSES, NULL);

  return status_values[status].value_nick;
}

gboolean
sw_node_status_from_string (const char   *string,
                            SwNodeStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; status_values[i].value_nick != NULL; i++)
    {
      if (g_str_equal (string, status_values[i].value_nick))
        {
          *status = status_values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * sw_node_status_get_label:
 *
 * Returns: (transfer none): the status as a person reads it, translated.
 */
const char *
sw_node_status_get_label (SwNodeStatus status)
{
  switch (status)
    {
    case SW_NODE_STATUS_PROPOSED: return _("Proposed");
    case SW_NODE_STATUS_ACTIVE: return _("Active");
    case SW_NODE_STATUS_DONE: return _("Done");
    case SW_NODE_STATUS_AT_RISK: return _("At risk");
    case SW_NODE_STATUS_DROPPED: return _("Dropped");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
sw_field_to_string (SwField field)
{
  g_return_val_if_fail (field < SW_N_FIELDS, NULL);

  return field_values[field].value_nick;
}

gboolean
sw_field_is_translatable (SwField field)
{
  return field == SW_FIELD_TITLE
      || field == SW_FIELD_SUBTITLE
      || field == SW_FIELD_DESCRIPTION
      || field == SW_FIELD_LABEL;
}
