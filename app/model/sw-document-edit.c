/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Editing a document.  Every function here checks its input, then records
 * primitive changes in the history, grouped into one step per call.
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sw-document-private.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-text-private.h"
#include "sw-validate.h"

/* Editing calls take only what belongs to this document; anything else is a programming error. */
static gboolean
owns (SwDocument *self,
      gpointer    target)
{
  if (target == NULL || target == (gpointer) self)
    return TRUE;
  if (SW_IS_NODE (target))
    return sw_document_lookup_node (self, sw_node_get_id (target)) == target;
  if (SW_IS_LINK (target))
    return sw_document_lookup_link (self, sw_link_get_id (target)) == target;
  if (SW_IS_NODE_KIND (target))
    return g_ptr_array_find (self->node_kinds, target, NULL);
  if (SW_IS_LINK_KIND (target))
    return g_ptr_array_find (self->link_kinds, target, NULL);

  return FALSE;
}

static void
record_value (SwDocument   *self,
              gpointer      target,
              SwField       field,
              const GValue *new_value,
              const char   *label)
{
  g_auto(GValue) old_value = G_VALUE_INIT;

  g_return_if_fail (owns (self, target));

  _sw_document_get_value (self, target, field, &old_value);
  _sw_document_record (self, _sw_change_new_value (target, field, &old_value, new_value),
                       label, FALSE);
}

static gboolean
strings_equal (const char *a,
               const char *b)
{
  /* NULL and "" both mean unset. */
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

static void
set_string_field (SwDocument *self,
                  gpointer    target,
                  SwField     field,
                  const char *current,
                  const char *value,
                  const char *label)
{
  g_auto(GValue) new_value = G_VALUE_INIT;

  if (strings_equal (current, value))
    return;

  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_string (&new_value, value && *value ? value : NULL);
  record_value (self, target, field, &new_value, label);
}

/**
 * sw_document_add_node:
 * @title: (nullable): the title in the source language
 *
 * Adds a node of @kind at the end of the document with a fresh id.
 *
 * Returns: (transfer none) (nullable): the new node, or %NULL if @kind is unknown.
 */
SwNode *
sw_document_add_node (SwDocument  *self,
                      const char  *kind,
                      const char  *title,
                      double       x,
                      double       y,
                      GError     **error)
{
  g_autoptr(SwNode) node = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);

  if (sw_document_lookup_node_kind (self, kind) == NULL)
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND,
                   _("The document has no node kind “%s”"), kind ? kind : "");
      return NULL;
    }

  id = _sw_document_generate_id (self, kind);
  node = _sw_node_new (id, kind);
  _sw_text_set (_sw_node_get_text_mut (node, SW_FIELD_TITLE), self->source_language,
                title ? title : "", NULL);
  _sw_node_set_position (node, x, y);

  _sw_document_record (self,
                       _sw_change_new_insert (SW_CHANGE_INSERT_NODE, G_OBJECT (node),
                                              self->nodes->len),
                       _("Add Node"), FALSE);

  return node;
}

/* Removes @node and every link to or from it, as one undo step. */
gboolean
sw_document_remove_node (SwDocument *self,
                         SwNode     *node)
{
  g_autoptr(GPtrArray) links = NULL;
  guint position;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SW_IS_NODE (node), FALSE);

  position = sw_document_get_node_position (self, node);
  if (position == G_MAXUINT)
    return FALSE;

  links = sw_document_get_node_links (self, node);

  sw_document_begin_transaction (self, _("Delete Node"));
  for (guint i = links->len; i > 0; i--)
    sw_document_remove_link (self, g_ptr_array_index (links, i - 1));
  _sw_document_record (self,
                       _sw_change_new_insert (SW_CHANGE_REMOVE_NODE, G_OBJECT (node),
                                              sw_document_get_node_position (self, node)),
                       NULL, FALSE);
  sw_document_commit_transaction (self);

  return TRUE;
}

static gboolean
check_link (SwDocument  *self,
            const char  *kind_id,
            SwNode      *from,
            SwNode      *to,
            SwLink      *ignore,
            GError     **error)
{
  SwLinkKind *kind = sw_document_lookup_link_kind (self, kind_id);
  GPtrArray *out;

  if (kind == NULL)
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND,
                   _("The document has no link kind “%s”"), kind_id ? kind_id : "");
      return FALSE;
    }

  if (sw_document_get_node_position (self, from) == G_MAXUINT
      || sw_document_get_node_position (self, to) == G_MAXUINT)
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND,
                   _("A link can only join nodes of the document"));
      return FALSE;
    }

  if (from == to)
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                   _("A node cannot be linked to itself"));
      return FALSE;
    }

  if (!sw_link_kind_allows (kind, sw_node_get_kind (from), sw_node_get_kind (to)))
    {
      /* Translators: e.g. "A “guides” link cannot go from an Objective to a Partner" */
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                   _("A “%s” link cannot go from a node of kind “%s” to one of kind “%s”"),
                   sw_document_get_kind_label (self, kind_id, NULL),
                   sw_document_get_kind_label (self, sw_node_get_kind (from), NULL),
                   sw_document_get_kind_label (self, sw_node_get_kind (to), NULL));
      return FALSE;
    }

  out = _sw_node_get_links_out (from);
  for (guint i = 0; i < out->len; i++)
    {
      SwLink *link = g_ptr_array_index (out, i);

      if (link != ignore && sw_link_get_to (link) == to
          && g_str_equal (sw_link_get_kind (link), kind_id))
        {
          g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_DUPLICATE,
                       _("These nodes are already joined by a “%s” link"),
                       sw_document_get_kind_label (self, kind_id, NULL));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * sw_document_add_link:
 *
 * Links @from to @to if the kind's rules allow it.
 *
 * Returns: (transfer none) (nullable): the new link, or %NULL with @error set.
 */
SwLink *
sw_document_add_link (SwDocument  *self,
                      const char  *kind,
                      SwNode      *from,
                      SwNode      *to,
                      GError     **error)
{
  g_autoptr(SwLink) link = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (SW_IS_NODE (from) && SW_IS_NODE (to), NULL);

  if (!check_link (self, kind, from, to, NULL, error))
    return NULL;

  id = _sw_document_generate_id (self, "link");
  link = _sw_link_new (id, kind, from, to);
  _sw_document_record (self,
                       _sw_change_new_insert (SW_CHANGE_INSERT_LINK, G_OBJECT (link),
                                              self->links->len),
                       _("Add Link"), FALSE);

  return link;
}

gboolean
sw_document_remove_link (SwDocument *self,
                         SwLink     *link)
{
  guint position;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SW_IS_LINK (link), FALSE);

  position = sw_document_get_link_position (self, link);
  if (position == G_MAXUINT)
    return FALSE;

  _sw_document_record (self, _sw_change_new_insert (SW_CHANGE_REMOVE_LINK, G_OBJECT (link), position),
                       _("Delete Link"), FALSE);
  return TRUE;
}

static gboolean
check_target (SwDocument  *self,
              gpointer     target,
              SwField      field,
              SwText     **text,
              GError     **error)
{
  *text = _sw_document_get_text_mut (self, target, field);
  if (*text == NULL)
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a translatable field of this element"),
                   sw_field_to_string (field));
      return FALSE;
    }

  return TRUE;
}

/**
 * sw_document_set_text:
 * @target: (nullable): a node, link, node kind or link kind; %NULL for the document
 * @language: (nullable): the language; %NULL for the source language
 * @text: (nullable): the new text; %NULL or empty removes a translation
 *
 * Sets a translatable field in one language.  A translation records the
 * fingerprint of the current source text.  Consecutive calls on the same
 * field and language outside a transaction make one undo step.
 */
gboolean
sw_document_set_text (SwDocument  *self,
                      gpointer     target,
                      SwField      field,
                      const char  *language,
                      const char  *text,
                      GError     **error)
{
  SwText *current;
  g_autofree char *fingerprint = NULL;
  gboolean is_source;
  const char *old_text;
  const char *old_fingerprint;

  g_return_val_if_fail (SW_IS_DOCUMENT (self), FALSE);

  if (target == self)
    target = NULL;
  g_return_val_if_fail (owns (self, target), FALSE);
  if (language == NULL)
    language = self->source_language;
  if (!check_target (self, target, field, &current, error))
    return FALSE;

  if (!sw_document_has_language (self, language))
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND,
                   _("The document has no language “%s”"), language);
      return FALSE;
    }

  is_source = g_str_equal (language, self->source_language);
  if (is_source && text == NULL)
    text = "";
  if (!is_source && text != NULL && text[0] == '\0')
    text = NULL;
  if (!is_source && text != NULL)
    fingerprint = sw_fingerprint_compute (sw_text_get (current, self->source_language));

  old_text = sw_text_get (current, language);
  old_fingerprint = sw_text_get_fingerprint (current, language);
  if (g_strcmp0 (old_text, text) == 0 && g_strcmp0 (old_fingerprint, fingerprint) == 0)
    return TRUE;

  _sw_document_record (self,
                       _sw_change_new_text (target, field, language, old_text, old_fingerprint,
                                            text, fingerprint),
                       _("Edit Text"), TRUE);
  return TRUE;
}

/* Confirms a stale translation as still right for the current source text. */
gboolean
sw_document_mark_translation_current (SwDocument *self,
                                      gpointer    target,
                                      SwField     field,
                                      const char *language)
{
  SwText *current;
  const char *text;
  g_autofree char *fingerprint = NULL;

  if (target == self)
    target = NULL;
  if (!check_target (self, target, field, &current, NULL))
    return FALSE;

  text = sw_text_get (current, language);
  if (text == NULL || g_strcmp0 (language, self->source_language) == 0)
    return FALSE;

  fingerprint = sw_fingerprint_compute (sw_text_get (current, self->source_language));
  if (g_strcmp0 (fingerprint, sw_text_get_fingerprint (current, language)) == 0)
    return TRUE;

  _sw_document_record (self,
                       _sw_change_new_text (target, field, language, text,
                                            sw_text_get_fingerprint (current, language),
                                            text, fingerprint),
                       _("Confirm Translation"), FALSE);
  return TRUE;
}

/* Changes the kind of @node, if every link it has stays allowed. */
gboolean
sw_document_set_node_kind (SwDocument  *self,
                           SwNode      *node,
                           const char  *kind,
                           GError     **error)
{
  g_autoptr(GPtrArray) links = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (sw_document_lookup_node_kind (self, kind) == NULL)
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_FOUND,
                   _("The document has no node kind “%s”"), kind ? kind : "");
      return FALSE;
    }

  if (g_str_equal (kind, sw_node_get_kind (node)))
    return TRUE;

  links = sw_document_get_node_links (self, node);
  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);
      SwLinkKind *link_kind = sw_document_lookup_link_kind (self, sw_link_get_kind (link));
      const char *from = sw_link_get_from (link) == node ? kind : sw_node_get_kind (sw_link_get_from (link));
      const char *to = sw_link_get_to (link) == node ? kind : sw_node_get_kind (sw_link_get_to (link));

      if (!sw_link_kind_allows (link_kind, from, to))
        {
          g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_NOT_ALLOWED,
                       _("A node of kind “%s” cannot keep its “%s” link to “%s”"),
                       sw_document_get_kind_label (self, kind, NULL),
                       sw_document_get_kind_label (self, sw_link_get_kind (link), NULL),
                       sw_document_get_node_title (self, sw_link_get_from (link) == node
                                                         ? sw_link_get_to (link)
                                                         : sw_link_get_from (link), NULL));
          return FALSE;
        }
    }

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, kind);
  record_value (self, node, SW_FIELD_KIND, &value, _("Change Kind"));
  return TRUE;
}

void
sw_document_set_node_owner (SwDocument *self,
                            SwNode     *node,
                            const char *owner)
{
  set_string_field (self, node, SW_FIELD_OWNER, sw_node_get_owner (node), owner, _("Set Owner"));
}

void
sw_document_set_node_status (SwDocument   *self,
                             SwNode       *node,
                             SwNodeStatus  status)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (status < SW_N_NODE_STATUSES);

  if (sw_node_get_status (node) == status)
    return;

  g_value_init (&value, SW_TYPE_NODE_STATUS);
  g_value_set_enum (&value, status);
  record_value (self, node, SW_FIELD_STATUS, &value, _("Set Status"));
}

/**
 * sw_document_set_node_date:
 * @field: %SW_FIELD_START or %SW_FIELD_DUE
 * @date: (nullable): an ISO 8601 date ("2024-05-06"), or %NULL to clear
 */
gboolean
sw_document_set_node_date (SwDocument  *self,
                           SwNode      *node,
                           SwField      field,
                           const char  *date,
                           GError     **error)
{
  g_return_val_if_fail (field == SW_FIELD_START || field == SW_FIELD_DUE, FALSE);

  if (date != NULL && date[0] != '\0' && !sw_date_is_valid (date))
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a date of the form YYYY-MM-DD"), date);
      return FALSE;
    }

  set_string_field (self, node, field,
                    field == SW_FIELD_START ? sw_node_get_start (node) : sw_node_get_due (node),
                    date, field == SW_FIELD_START ? _("Set Start Date") : _("Set Due Date"));
  return TRUE;
}

void
sw_document_set_node_indicator (SwDocument *self,
                                SwNode     *node,
                                const char *indicator)
{
  set_string_field (self, node, SW_FIELD_INDICATOR, sw_node_get_indicator (node), indicator,
                    _("Set Indicator"));
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal ((const char * const *) (a ? a : empty), (const char * const *) (b ? b : empty));
}

void
sw_document_set_node_tags (SwDocument         *self,
                           SwNode             *node,
                           const char * const *tags)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (strv_equal (sw_node_get_tags (node), tags))
    return;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, tags);
  record_value (self, node, SW_FIELD_TAGS, &value, _("Set Tags"));
}

/* Moves @node's centre to (@x, @y), rounded to whole pixels. */
void
sw_document_move_node (SwDocument *self,
                       SwNode     *node,
                       double      x,
                       double      y)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (round (x) == sw_node_get_x (node) && round (y) == sw_node_get_y (node))
    return;

  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new ("(dd)", x, y));
  record_value (self, node, SW_FIELD_POSITION, &value, _("Move Node"));
}

void
sw_document_set_node_pinned (SwDocument *self,
                             SwNode     *node,
                             gboolean    pinned)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (!!pinned == sw_node_get_pinned (node))
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, pinned);
  record_value (self, node, SW_FIELD_PINNED, &value, pinned ? _("Pin Node") : _("Unpin Node"));
}

void
sw_document_set_edition (SwDocument *self,
                         const char *edition)
{
  set_string_field (self, NULL, SW_FIELD_EDITION, self->edition, edition, _("Set Edition"));
}

void
sw_document_set_authors (SwDocument         *self,
                         const char * const *authors)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (strv_equal (sw_document_get_authors (self), authors))
    return;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, authors);
  record_value (self, NULL, SW_FIELD_AUTHORS, &value, _("Set Authors"));
}

/**
 * sw_document_set_sources:
 * @sources: (element-type SwSource): the new source references
 */
void
sw_document_set_sources (SwDocument *self,
                         GPtrArray  *sources)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  gboolean same = sources->len == self->sources->len;

  for (guint i = 0; i < sources->len; i++)
    {
      g_ptr_array_add (copy, sw_source_ref (g_ptr_array_index (sources, i)));
      if (same && !sw_source_equal (g_ptr_array_index (sources, i), g_ptr_array_index (self->sources, i)))
        same = FALSE;
    }
  if (same)
    return;

  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&value, copy);
  record_value (self, NULL, SW_FIELD_SOURCES, &value, _("Set Sources"));
}

gboolean
sw_document_add_language (SwDocument  *self,
                          const char  *language,
                          GError     **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GError) invalid = NULL;
  g_auto(GStrv) languages = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  /* The validator speaks for file data; editing errors are the document's own. */
  if (!sw_language_tag_is_valid (language, &invalid))
    {
      g_set_error_literal (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_INVALID, invalid->message);
      return FALSE;
    }

  if (sw_document_has_language (self, language))
    {
      g_set_error (error, SW_DOCUMENT_ERROR, SW_DOCUMENT_ERROR_DUPLICATE,
                   _("The document already has the language “%s”"), language);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) sw_document_get_languages (self));
  g_strv_builder_add (builder, language);
  languages = g_strv_builder_end (builder);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, languages);
  record_value (self, NULL, SW_FIELD_LANGUAGES, &value, _("Add Language"));
  return TRUE;
}

static void
remove_text_language (SwDocument *self,
                      gpointer    target,
                      SwField     field,
                      const char *language)
{
  SwText *text = _sw_document_get_text_mut (self, target, field);

  if (sw_text_get (text, language) == NULL)
    return;

  _sw_document_record (self,
                       _sw_change_new_text (target, field, language, sw_text_get (text, language),
                                            sw_text_get_fingerprint (text, language), NULL, NULL),
                       NULL, FALSE);
}

/* Removes a target language and all its texts, as one undo step. */
gboolean
sw_document_remove_language (SwDocument *self,
                             const char *language)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) languages = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  const char * const *current = sw_document_get_languages (self);

  if (language == NULL || !g_strv_contains (current, language))
    return FALSE;

  builder = g_strv_builder_new ();
  for (guint i = 0; current[i] != NULL; i++)
    if (!g_str_equal (current[i], language))
      g_strv_builder_add (builder, current[i]);
  languages = g_strv_builder_end (builder);

  sw_document_begin_transaction (self, _("Remove Language"));

  remove_text_language (self, NULL, SW_FIELD_TITLE, language);
  remove_text_language (self, NULL, SW_FIELD_SUBTITLE, language);
  for (guint i = 0; i < self->node_kinds->len; i++)
    remove_text_language (self, g_ptr_array_index (self->node_kinds, i), SW_FIELD_LABEL, language);
  for (guint i = 0; i < self->link_kinds->len; i++)
    remove_text_language (self, g_ptr_array_index (self->link_kinds, i), SW_FIELD_LABEL, language);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      remove_text_language (self, g_ptr_array_index (self->nodes, i), SW_FIELD_TITLE, language);
      remove_text_language (self, g_ptr_array_index (self->nodes, i), SW_FIELD_DESCRIPTION, language);
    }
  for (guint i = 0; i < self->links->len; i++)
    remove_text_language (self, g_ptr_array_index (self->links, i), SW_FIELD_LABEL, language);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, languages);
  record_value (self, NULL, SW_FIELD_LANGUAGES, &value, NULL);

  sw_document_commit_transaction (self);
  return TRUE;
}
