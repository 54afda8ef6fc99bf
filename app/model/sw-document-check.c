/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A full check of a document's internal consistency: the arrays, the lookup
 * tables, the position caches, the list models and the adjacency lists all
 * tell the same story, and every value is one the editing API could have
 * made.  Tests call it after every step of long random edit sequences, so
 * that a change which forgets one of the structures fails at once and not
 * many steps later.
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include <math.h>

#include "sw-document-private.h"
#include "sw-node-private.h"
#include "sw-validate.h"

#define FAIL(...) G_STMT_START { \
    g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID, __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

static gboolean
check_languages (SwDocument  *self,
                 GError     **error)
{
  const char * const *languages = sw_document_get_languages (self);

  if (!sw_language_tag_is_valid (self->source_language, NULL))
    FAIL ("invalid source language “%s”", self->source_language);
  if (self->languages != NULL && self->languages[0] == NULL)
    FAIL ("an empty language list is stored as NULL");

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (!sw_language_tag_is_valid (languages[i], NULL))
        FAIL ("invalid target language “%s”", languages[i]);
      if (g_str_equal (languages[i], self->source_language))
        FAIL ("the source language “%s” is also a target language", languages[i]);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (languages[i], languages[j]))
          FAIL ("target language “%s” listed twice", languages[i]);
    }

  return TRUE;
}

/* Every text is in one of the document's languages, and translations carry a valid fingerprint. */
static gboolean
check_text (SwDocument   *self,
            const SwText *text,
            const char   *what,
            GError      **error)
{
  for (guint i = 0; i < sw_text_get_n_languages (text); i++)
    {
      const char *language = sw_text_get_language (text, i);
      const char *fingerprint = sw_text_get_fingerprint (text, language);

      if (!sw_document_has_language (self, language))
        FAIL ("%s has a text in “%s”, which is not a language of the document", what, language);
      if (sw_text_get (text, language) == NULL)
        FAIL ("%s has a NULL text in “%s”", what, language);
      if (fingerprint != NULL && !sw_fingerprint_is_valid (fingerprint))
        FAIL ("%s has an invalid fingerprint “%s” in “%s”", what, fingerprint, language);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (sw_text_get_language (text, j), language))
          FAIL ("%s has two texts in “%s”", what, language);
    }

  return TRUE;
}

static gboolean
check_kinds (SwDocument  *self,
             GError     **error)
{
  if (g_hash_table_size (self->node_kinds_by_id) != self->node_kinds->len
      || g_hash_table_size (self->link_kinds_by_id) != self->link_kinds->len)
    FAIL ("kind lookup tables and kind lists differ in size");

  for (guint i = 0; i < self->node_kinds->len; i++)
    {
      SwNodeKind *kind = g_ptr_array_index (self->node_kinds, i);

      if (sw_document_lookup_node_kind (self, sw_node_kind_get_id (kind)) != kind)
        FAIL ("node kind “%s” is not in the lookup table", sw_node_kind_get_id (kind));
      if (!check_text (self, sw_node_kind_get_label (kind), sw_node_kind_get_id (kind), error))
        return FALSE;
    }

  for (guint i = 0; i < self->link_kinds->len; i++)
    {
      SwLinkKind *kind = g_ptr_array_index (self->link_kinds, i);

      if (sw_document_lookup_link_kind (self, sw_link_kind_get_id (kind)) != kind)
        FAIL ("link kind “%s” is not in the lookup table", sw_link_kind_get_id (kind));
      if (!check_text (self, sw_link_kind_get_label (kind), sw_link_kind_get_id (kind), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_node_fields (SwDocument  *self,
                   SwNode      *node,
                   GError     **error)
{
  const char *id = sw_node_get_id (node);
  const char *start = sw_node_get_start (node);
  const char *due = sw_node_get_due (node);

  if (sw_document_lookup_node_kind (self, sw_node_get_kind (node)) == NULL)
    FAIL ("node “%s” has the unknown kind “%s”", id, sw_node_get_kind (node));
  if (sw_node_get_status (node) >= SW_N_NODE_STATUSES)
    FAIL ("node “%s” has an invalid status", id);
  if ((start != NULL && !sw_date_is_valid (start)) || (due != NULL && !sw_date_is_valid (due)))
    FAIL ("node “%s” has an invalid date", id);
  if (sw_node_get_x (node) != round (sw_node_get_x (node))
      || sw_node_get_y (node) != round (sw_node_get_y (node)))
    FAIL ("node “%s” is not at whole pixels", id);
  if (!check_text (self, sw_node_get_title (node), id, error)
      || !check_text (self, sw_node_get_description (node), id, error))
    return FALSE;

  return TRUE;
}

/* The adjacency lists of @node hold exactly the document's links that start or end there. */
static gboolean
check_adjacency (SwDocument  *self,
                 SwNode      *node,
                 GError     **error)
{
  GPtrArray *out = _sw_node_get_links_out (node);
  GPtrArray *in = _sw_node_get_links_in (node);
  const char *id = sw_node_get_id (node);

  for (guint i = 0; i < out->len; i++)
    {
      SwLink *link = g_ptr_array_index (out, i);

      if (sw_document_get_link_position (self, link) == G_MAXUINT)
        FAIL ("node “%s” lists an outgoing link that is not in the document", id);
      if (sw_link_get_from (link) != node)
        FAIL ("node “%s” lists the outgoing link “%s” of another node", id, sw_link_get_id (link));
    }

  for (guint i = 0; i < in->len; i++)
    {
      SwLink *link = g_ptr_array_index (in, i);

      if (sw_document_get_link_position (self, link) == G_MAXUINT)
        FAIL ("node “%s” lists an incoming link that is not in the document", id);
      if (sw_link_get_to (link) != node)
        FAIL ("node “%s” lists the incoming link “%s” of another node", id, sw_link_get_id (link));
    }

  return TRUE;
}

static gboolean
check_nodes (SwDocument  *self,
             GError     **error)
{
  GListModel *model = sw_document_get_nodes (self);
  guint n_out = 0;
  guint n_in = 0;

  if (g_hash_table_size (self->nodes_by_id) != self->nodes->len)
    FAIL ("%u node ids in the lookup table for %u nodes",
          g_hash_table_size (self->nodes_by_id), self->nodes->len);
  if (g_list_model_get_n_items (model) != self->nodes->len)
    FAIL ("the node list model has %u items for %u nodes",
          g_list_model_get_n_items (model), self->nodes->len);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (self->nodes, i);
      g_autoptr(SwNode) item = g_list_model_get_item (model, i);
      const char *id = sw_node_get_id (node);

      if (!sw_id_is_valid (id))
        FAIL ("node %u has the invalid id “%s”", i, id);
      if (sw_document_lookup_node (self, id) != node)
        FAIL ("node “%s” is not found by its id", id);
      if (sw_document_lookup_link (self, id) != NULL)
        FAIL ("the id “%s” is used by a node and a link", id);
      if (sw_document_get_node_position (self, node) != i || sw_document_get_node (self, i) != node)
        FAIL ("node “%s” is at %u but its cached position is %u", id, i,
              sw_document_get_node_position (self, node));
      if (item != node)
        FAIL ("the node list model has another item at %u than node “%s”", i, id);
      if (!check_node_fields (self, node, error) || !check_adjacency (self, node, error))
        return FALSE;

      n_out += _sw_node_get_links_out (node)->len;
      n_in += _sw_node_get_links_in (node)->len;
    }

  /* With each link listed once at each end (checked in check_links), the totals rule out extras. */
  if (n_out != self->links->len || n_in != self->links->len)
    FAIL ("the adjacency lists hold %u outgoing and %u incoming links for %u links",
          n_out, n_in, self->links->len);

  return TRUE;
}

static guint
count_in (GPtrArray *array,
          gpointer   item)
{
  guint n = 0;

  for (guint i = 0; i < array->len; i++)
    if (g_ptr_array_index (array, i) == item)
      n++;

  return n;
}

static gboolean
check_link (SwDocument  *self,
            SwLink      *link,
            guint        position,
            GError     **error)
{
  const char *id = sw_link_get_id (link);
  SwNode *from = sw_link_get_from (link);
  SwNode *to = sw_link_get_to (link);
  SwLinkKind *kind = sw_document_lookup_link_kind (self, sw_link_get_kind (link));

  if (!sw_id_is_valid (id))
    FAIL ("link %u has the invalid id “%s”", position, id);
  if (sw_document_lookup_link (self, id) != link)
    FAIL ("link “%s” is not found by its id", id);
  if (sw_document_get_link_position (self, link) != position
      || sw_document_get_link (self, position) != link)
    FAIL ("link “%s” is at %u but its cached position is %u", id, position,
          sw_document_get_link_position (self, link));
  if (sw_document_get_node_position (self, from) == G_MAXUINT
      || sw_document_get_node_position (self, to) == G_MAXUINT)
    FAIL ("link “%s” joins a node that is not in the document", id);
  if (from == to)
    FAIL ("link “%s” joins a node to itself", id);
  if (kind == NULL)
    FAIL ("link “%s” has the unknown kind “%s”", id, sw_link_get_kind (link));
  if (!sw_link_kind_allows (kind, sw_node_get_kind (from), sw_node_get_kind (to)))
    FAIL ("link “%s” of kind “%s” joins a “%s” to a “%s” against the rules", id,
          sw_link_get_kind (link), sw_node_get_kind (from), sw_node_get_kind (to));
  if (count_in (_sw_node_get_links_out (from), link) != 1)
    FAIL ("link “%s” is not listed once among the outgoing links of its node", id);
  if (count_in (_sw_node_get_links_in (to), link) != 1)
    FAIL ("link “%s” is not listed once among the incoming links of its node", id);

  for (guint i = 0; i < position; i++)
    {
      SwLink *other = g_ptr_array_index (self->links, i);

      if (sw_link_get_from (other) == from && sw_link_get_to (other) == to
          && g_str_equal (sw_link_get_kind (other), sw_link_get_kind (link)))
        FAIL ("links “%s” and “%s” duplicate each other", sw_link_get_id (other), id);
    }

  return check_text (self, sw_link_get_label (link), id, error);
}

static gboolean
check_links (SwDocument  *self,
             GError     **error)
{
  GListModel *model = sw_document_get_links (self);

  if (g_hash_table_size (self->links_by_id) != self->links->len)
    FAIL ("%u link ids in the lookup table for %u links",
          g_hash_table_size (self->links_by_id), self->links->len);
  if (g_list_model_get_n_items (model) != self->links->len)
    FAIL ("the link list model has %u items for %u links",
          g_list_model_get_n_items (model), self->links->len);

  for (guint i = 0; i < self->links->len; i++)
    {
      SwLink *link = g_ptr_array_index (self->links, i);
      g_autoptr(SwLink) item = g_list_model_get_item (model, i);

      if (item != link)
        FAIL ("the link list model has another item at %u than link “%s”", i,
              sw_link_get_id (link));
      if (!check_link (self, link, i, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * _sw_document_check_invariants:
 *
 * Checks that the document's structures agree with each other.
 *
 * Returns: %TRUE if they do, else %FALSE with @error saying what is wrong first.
 */
gboolean
_sw_document_check_invariants (SwDocument  *self,
                               GError     **error)
{
  g_return_val_if_fail (SW_IS_DOCUMENT (self), FALSE);

  return check_languages (self, error)
      && check_text (self, self->title, "the document title", error)
      && check_text (self, self->subtitle, "the document subtitle", error)
      && check_kinds (self, error)
      && check_nodes (self, error)
      && check_links (self, error);
}
