/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Deep comparison of two documents, for round-trip checks: every field,
 * every text with its fingerprints, the order of everything and the unknown
 * keys the file carried.  The history is not part of a document's value.
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include "sw-document-private.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-source-private.h"

static gboolean
extras_equal (JsonObject *a,
              JsonObject *b)
{
  g_autoptr(JsonNode) na = NULL;
  g_autoptr(JsonNode) nb = NULL;

  if (a == NULL || b == NULL)
    return (a == NULL || json_object_get_size (a) == 0) && (b == NULL || json_object_get_size (b) == 0);

  na = json_node_init_object (json_node_alloc (), a);
  nb = json_node_init_object (json_node_alloc (), b);
  return json_node_equal (na, nb);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  return g_strv_equal (a, b);
}

#define DIFFER(...) G_STMT_START { *difference = g_strdup_printf (__VA_ARGS__); return FALSE; } G_STMT_END

static gboolean
compare_metadata (SwDocument  *a,
                  SwDocument  *b,
                  char       **difference)
{
  if (!sw_text_equal (a->title, b->title) || !sw_text_equal (a->subtitle, b->subtitle))
    DIFFER ("title or subtitle");
  if (g_strcmp0 (a->edition, b->edition) != 0)
    DIFFER ("edition");
  if (g_strcmp0 (a->source_language, b->source_language) != 0)
    DIFFER ("source language");
  if (!strv_equal (sw_document_get_languages (a), sw_document_get_languages (b)))
    DIFFER ("languages");
  if (!strv_equal (sw_document_get_authors (a), sw_document_get_authors (b)))
    DIFFER ("authors");
  if (g_strcmp0 (a->created, b->created) != 0 || g_strcmp0 (a->modified, b->modified) != 0)
    DIFFER ("created or modified time");
  if (a->sources->len != b->sources->len)
    DIFFER ("number of sources");
  for (guint i = 0; i < a->sources->len; i++)
    {
      SwSource *sa = g_ptr_array_index (a->sources, i);
      SwSource *sb = g_ptr_array_index (b->sources, i);

      if (!sw_source_equal (sa, sb) || !extras_equal (_sw_source_get_extra (sa), _sw_source_get_extra (sb)))
        DIFFER ("source %u", i);
    }
  if (!extras_equal (a->extra, b->extra))
    DIFFER ("unknown top-level keys");

  return TRUE;
}

static gboolean
compare_kinds (SwDocument  *a,
               SwDocument  *b,
               char       **difference)
{
  if (a->node_kinds->len != b->node_kinds->len || a->link_kinds->len != b->link_kinds->len)
    DIFFER ("number of kinds");
  if (!extras_equal (a->kinds_extra, b->kinds_extra))
    DIFFER ("unknown keys of the kind table");

  for (guint i = 0; i < a->node_kinds->len; i++)
    {
      SwNodeKind *ka = g_ptr_array_index (a->node_kinds, i);
      SwNodeKind *kb = g_ptr_array_index (b->node_kinds, i);

      if (g_strcmp0 (sw_node_kind_get_id (ka), sw_node_kind_get_id (kb)) != 0
          || !sw_text_equal (sw_node_kind_get_label (ka), sw_node_kind_get_label (kb))
          || g_strcmp0 (sw_node_kind_get_color (ka), sw_node_kind_get_color (kb)) != 0
          || g_strcmp0 (sw_node_kind_get_icon (ka), sw_node_kind_get_icon (kb)) != 0
          || !extras_equal (_sw_node_kind_get_extra (ka), _sw_node_kind_get_extra (kb)))
        DIFFER ("node kind %u (%s)", i, sw_node_kind_get_id (ka));
    }

  for (guint i = 0; i < a->link_kinds->len; i++)
    {
      SwLinkKind *ka = g_ptr_array_index (a->link_kinds, i);
      SwLinkKind *kb = g_ptr_array_index (b->link_kinds, i);

      if (g_strcmp0 (sw_link_kind_get_id (ka), sw_link_kind_get_id (kb)) != 0
          || !sw_text_equal (sw_link_kind_get_label (ka), sw_link_kind_get_label (kb))
          || g_strcmp0 (sw_link_kind_get_color (ka), sw_link_kind_get_color (kb)) != 0
          || sw_link_kind_get_style (ka) != sw_link_kind_get_style (kb)
          || sw_link_kind_get_parent (ka) != sw_link_kind_get_parent (kb)
          || sw_link_kind_get_n_joins (ka) != sw_link_kind_get_n_joins (kb)
          || !extras_equal (_sw_link_kind_get_extra (ka), _sw_link_kind_get_extra (kb)))
        DIFFER ("link kind %u (%s)", i, sw_link_kind_get_id (ka));

      for (guint j = 0; j < sw_link_kind_get_n_joins (ka); j++)
        {
          const char *fa, *ta, *fb, *tb;

          sw_link_kind_get_join (ka, j, &fa, &ta);
          sw_link_kind_get_join (kb, j, &fb, &tb);
          if (!g_str_equal (fa, fb) || !g_str_equal (ta, tb)
              || !extras_equal (_sw_link_kind_get_join_extra (ka, j),
                                _sw_link_kind_get_join_extra (kb, j)))
            DIFFER ("join %u of link kind %s", j, sw_link_kind_get_id (ka));
        }
    }

  return TRUE;
}

static gboolean
nodes_equal (SwNode *a,
             SwNode *b)
{
  return g_str_equal (sw_node_get_id (a), sw_node_get_id (b))
      && g_strcmp0 (sw_node_get_kind (a), sw_node_get_kind (b)) == 0
      && sw_text_equal (sw_node_get_title (a), sw_node_get_title (b))
      && sw_text_equal (sw_node_get_description (a), sw_node_get_description (b))
      && g_strcmp0 (sw_node_get_owner (a), sw_node_get_owner (b)) == 0
      && sw_node_get_status (a) == sw_node_get_status (b)
      && g_strcmp0 (sw_node_get_start (a), sw_node_get_start (b)) == 0
      && g_strcmp0 (sw_node_get_due (a), sw_node_get_due (b)) == 0
      && g_strcmp0 (sw_node_get_indicator (a), sw_node_get_indicator (b)) == 0
      && strv_equal (sw_node_get_tags (a), sw_node_get_tags (b))
      && sw_node_get_x (a) == sw_node_get_x (b)
      && sw_node_get_y (a) == sw_node_get_y (b)
      && sw_node_get_pinned (a) == sw_node_get_pinned (b)
      && extras_equal (_sw_node_get_extra (a), _sw_node_get_extra (b));
}

static gboolean
links_equal (SwLink *a,
             SwLink *b)
{
  return g_str_equal (sw_link_get_id (a), sw_link_get_id (b))
      && g_strcmp0 (sw_link_get_kind (a), sw_link_get_kind (b)) == 0
      && g_str_equal (sw_node_get_id (sw_link_get_from (a)), sw_node_get_id (sw_link_get_from (b)))
      && g_str_equal (sw_node_get_id (sw_link_get_to (a)), sw_node_get_id (sw_link_get_to (b)))
      && sw_text_equal (sw_link_get_label (a), sw_link_get_label (b))
      && extras_equal (_sw_link_get_extra (a), _sw_link_get_extra (b));
}

/**
 * sw_document_equal:
 * @difference: (out) (optional) (transfer full): what differs first, for test messages
 *
 * Returns: %TRUE if @a and @b hold the same strategy, field for field and in the same order.
 */
gboolean
sw_document_equal (SwDocument  *a,
                   SwDocument  *b,
                   char       **difference)
{
  g_autofree char *ignored = NULL;

  if (difference == NULL)
    difference = &ignored;

  if (!compare_metadata (a, b, difference) || !compare_kinds (a, b, difference))
    return FALSE;

  if (a->nodes->len != b->nodes->len)
    DIFFER ("number of nodes: %u and %u", a->nodes->len, b->nodes->len);
  for (guint i = 0; i < a->nodes->len; i++)
    if (!nodes_equal (g_ptr_array_index (a->nodes, i), g_ptr_array_index (b->nodes, i)))
      DIFFER ("node %u (%s)", i, sw_node_get_id (g_ptr_array_index (a->nodes, i)));

  if (a->links->len != b->links->len)
    DIFFER ("number of links: %u and %u", a->links->len, b->links->len);
  for (guint i = 0; i < a->links->len; i++)
    if (!links_equal (g_ptr_array_index (a->links, i), g_ptr_array_index (b->links, i)))
      DIFFER ("link %u (%s)", i, sw_link_get_id (g_ptr_array_index (a->links, i)));

  return TRUE;
}
