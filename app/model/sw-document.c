/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwDocument: a strategy as a graph of nodes and typed links, with its
 * metadata, its kind table and its history.
 *
 * This file holds the object, its signals and read access.  Editing lives in
 * sw-document-edit.c, the application of recorded changes in
 * sw-document-apply.c and the queries views need in sw-document-query.c.
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-document-private.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-text-private.h"
#include "sw-validate.h"

G_DEFINE_FINAL_TYPE (SwDocument, sw_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (sw-document-error-quark, sw_document_error)

guint _sw_document_signals[N_DOCUMENT_SIGNALS];

static const char * const empty_strv[] = { NULL };

static void
history_changed_cb (SwDocument *self)
{
  g_signal_emit (self, _sw_document_signals[SIGNAL_CHANGED], 0);
}

static void
sw_document_dispose (GObject *object)
{
  SwDocument *self = SW_DOCUMENT (object);

  /* Links hold their nodes; drop links first so nodes go with them. */
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->link_list);
  g_clear_object (&self->node_list);
  g_clear_pointer (&self->links_by_id, g_hash_table_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->nodes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_document_parent_class)->dispose (object);
}

static void
sw_document_finalize (GObject *object)
{
  SwDocument *self = SW_DOCUMENT (object);

  g_clear_pointer (&self->title, sw_text_free);
  g_clear_pointer (&self->subtitle, sw_text_free);
  g_clear_pointer (&self->edition, g_free);
  g_clear_pointer (&self->source_language, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->kinds_extra, json_object_unref);
  g_clear_pointer (&self->node_kinds_by_id, g_hash_table_unref);
  g_clear_pointer (&self->link_kinds_by_id, g_hash_table_unref);
  g_clear_pointer (&self->node_kinds, g_ptr_array_unref);
  g_clear_pointer (&self->link_kinds, g_ptr_array_unref);
  g_clear_pointer (&self->node_positions, g_hash_table_unref);
  g_clear_pointer (&self->link_positions, g_hash_table_unref);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (sw_document_parent_class)->finalize (object);
}

static void
sw_document_class_init (SwDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GType type = G_TYPE_FROM_CLASS (klass);

  object_class->dispose = sw_document_dispose;
  object_class->finalize = sw_document_finalize;

  /**
   * SwDocument::node-added:
   * @node: the node, now in the document
   * @position: its position in the list of nodes
   */
  _sw_document_signals[SIGNAL_NODE_ADDED] =
    g_signal_new ("node-added", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SW_TYPE_NODE, G_TYPE_UINT);
  _sw_document_signals[SIGNAL_NODE_REMOVED] =
    g_signal_new ("node-removed", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SW_TYPE_NODE, G_TYPE_UINT);
  _sw_document_signals[SIGNAL_LINK_ADDED] =
    g_signal_new ("link-added", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SW_TYPE_LINK, G_TYPE_UINT);
  _sw_document_signals[SIGNAL_LINK_REMOVED] =
    g_signal_new ("link-removed", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SW_TYPE_LINK, G_TYPE_UINT);

  /**
   * SwDocument::node-changed:
   * @node: the node
   * @field: the #SwField that changed; also the signal's detail, by its nick
   *
   * Connect to "node-changed::title" to hear of one field only.
   */
  _sw_document_signals[SIGNAL_NODE_CHANGED] =
    g_signal_new ("node-changed", type, G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, SW_TYPE_NODE, SW_TYPE_FIELD);
  _sw_document_signals[SIGNAL_LINK_CHANGED] =
    g_signal_new ("link-changed", type, G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, SW_TYPE_LINK, SW_TYPE_FIELD);
  _sw_document_signals[SIGNAL_KIND_CHANGED] =
    g_signal_new ("kind-changed", type, G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_OBJECT, SW_TYPE_FIELD);
  _sw_document_signals[SIGNAL_METADATA_CHANGED] =
    g_signal_new ("metadata-changed", type, G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, SW_TYPE_FIELD);

  /**
   * SwDocument::changed:
   *
   * Emitted once per recorded, undone or redone step, after the finer signals.
   */
  _sw_document_signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sw_document_init (SwDocument *self)
{
  self->title = sw_text_new ();
  self->subtitle = sw_text_new ();
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  self->node_kinds = g_ptr_array_new_with_free_func (g_object_unref);
  self->link_kinds = g_ptr_array_new_with_free_func (g_object_unref);
  self->node_kinds_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->link_kinds_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  self->links = g_ptr_array_new_with_free_func (g_object_unref);
  self->nodes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->links_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->node_list = _sw_object_list_new (SW_TYPE_NODE, self->nodes);
  self->link_list = _sw_object_list_new (SW_TYPE_LINK, self->links);
  self->history = _sw_history_new (_sw_document_apply, self);
  self->rand = g_rand_new ();
  g_signal_connect_swapped (self->history, "changed", G_CALLBACK (history_changed_cb), self);
}

/**
 * sw_document_new:
 * @source_language: the BCP 47 tag of the language the document is written in
 *
 * Returns: (transfer full): an empty document with the built-in kinds.
 */
SwDocument *
sw_document_new (const char *source_language)
{
  SwDocument *self;
  g_autoptr(GPtrArray) node_kinds = NULL;
  g_autoptr(GPtrArray) link_kinds = NULL;

  g_return_val_if_fail (sw_language_tag_is_valid (source_language, NULL), NULL);

  self = g_object_new (SW_TYPE_DOCUMENT, NULL);
  self->source_language = g_strdup (source_language);
  node_kinds = _sw_default_node_kinds (source_language);
  link_kinds = _sw_default_link_kinds (source_language);
  _sw_document_set_kinds (self, node_kinds, link_kinds);

  return self;
}

const SwText *
sw_document_get_title (SwDocument *self)
{
  return self->title;
}

const SwText *
sw_document_get_subtitle (SwDocument *self)
{
  return self->subtitle;
}

const char *
sw_document_get_edition (SwDocument *self)
{
  return self->edition;
}

const char *
sw_document_get_source_language (SwDocument *self)
{
  return self->source_language;
}

/**
 * sw_document_get_languages:
 *
 * Returns: (transfer none) (array zero-terminated=1): the target languages, never %NULL.
 */
const char * const *
sw_document_get_languages (SwDocument *self)
{
  return self->languages ? (const char * const *) self->languages : empty_strv;
}

/* The source language counts as one of the document's languages. */
gboolean
sw_document_has_language (SwDocument *self,
                          const char *language)
{
  return g_strcmp0 (language, self->source_language) == 0
      || (self->languages != NULL && language != NULL
          && g_strv_contains ((const char * const *) self->languages, language));
}

/**
 * sw_document_get_authors:
 *
 * Returns: (transfer none) (array zero-terminated=1): the authors, never %NULL.
 */
const char * const *
sw_document_get_authors (SwDocument *self)
{
  return self->authors ? (const char * const *) self->authors : empty_strv;
}

/**
 * sw_document_get_sources:
 *
 * Returns: (transfer none) (element-type SwSource): the source references.
 */
GPtrArray *
sw_document_get_sources (SwDocument *self)
{
  return self->sources;
}

const char *
sw_document_get_created (SwDocument *self)
{
  return self->created;
}

const char *
sw_document_get_modified_time (SwDocument *self)
{
  return self->modified;
}

/**
 * sw_document_get_node_kinds:
 *
 * Returns: (transfer none) (element-type SwNodeKind): the node kinds in table order.
 */
GPtrArray *
sw_document_get_node_kinds (SwDocument *self)
{
  return self->node_kinds;
}

/**
 * sw_document_get_link_kinds:
 *
 * Returns: (transfer none) (element-type SwLinkKind): the link kinds in table order.
 */
GPtrArray *
sw_document_get_link_kinds (SwDocument *self)
{
  return self->link_kinds;
}

/**
 * sw_document_lookup_node_kind:
 *
 * Returns: (transfer none) (nullable): the node kind called @id.
 */
SwNodeKind *
sw_document_lookup_node_kind (SwDocument *self,
                              const char *id)
{
  return id ? g_hash_table_lookup (self->node_kinds_by_id, id) : NULL;
}

/**
 * sw_document_lookup_link_kind:
 *
 * Returns: (transfer none) (nullable): the link kind called @id.
 */
SwLinkKind *
sw_document_lookup_link_kind (SwDocument *self,
                              const char *id)
{
  return id ? g_hash_table_lookup (self->link_kinds_by_id, id) : NULL;
}

/**
 * sw_document_get_allowed_link_kinds:
 *
 * Returns: (transfer container) (element-type SwLinkKind): the link kinds
 *   whose rules allow a link from @from to @to, in table order.
 */
GPtrArray *
sw_document_get_allowed_link_kinds (SwDocument *self,
                                    SwNode     *from,
                                    SwNode     *to)
{
  GPtrArray *allowed = g_ptr_array_new ();

  for (guint i = 0; i < self->link_kinds->len; i++)
    {
      SwLinkKind *kind = g_ptr_array_index (self->link_kinds, i);

      if (sw_link_kind_allows (kind, sw_node_get_kind (from), sw_node_get_kind (to)))
        g_ptr_array_add (allowed, kind);
    }

  return allowed;
}

/**
 * sw_document_get_nodes:
 *
 * Returns: (transfer none): a list model of the nodes, in document order.
 */
GListModel *
sw_document_get_nodes (SwDocument *self)
{
  return G_LIST_MODEL (self->node_list);
}

/**
 * sw_document_get_links:
 *
 * Returns: (transfer none): a list model of the links, in document order.
 */
GListModel *
sw_document_get_links (SwDocument *self)
{
  return G_LIST_MODEL (self->link_list);
}

guint
sw_document_get_n_nodes (SwDocument *self)
{
  return self->nodes->len;
}

guint
sw_document_get_n_links (SwDocument *self)
{
  return self->links->len;
}

/**
 * sw_document_get_node:
 *
 * Returns: (transfer none): the node at @position.
 */
SwNode *
sw_document_get_node (SwDocument *self,
                      guint       position)
{
  g_return_val_if_fail (position < self->nodes->len, NULL);

  return g_ptr_array_index (self->nodes, position);
}

/**
 * sw_document_get_link:
 *
 * Returns: (transfer none): the link at @position.
 */
SwLink *
sw_document_get_link (SwDocument *self,
                      guint       position)
{
  g_return_val_if_fail (position < self->links->len, NULL);

  return g_ptr_array_index (self->links, position);
}

/* Positions are cached until the next insertion or removal; queries sort by them. */
static GHashTable *
build_positions (GPtrArray *items)
{
  GHashTable *positions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (positions, g_ptr_array_index (items, i), GUINT_TO_POINTER (i + 1));

  return positions;
}

void
_sw_document_invalidate_positions (SwDocument *self)
{
  g_clear_pointer (&self->node_positions, g_hash_table_unref);
  g_clear_pointer (&self->link_positions, g_hash_table_unref);
}

/* Returns G_MAXUINT for a node that is not in the document. */
guint
sw_document_get_node_position (SwDocument *self,
                               SwNode     *node)
{
  if (self->node_positions == NULL)
    self->node_positions = build_positions (self->nodes);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->node_positions, node)) - 1;
}

guint
sw_document_get_link_position (SwDocument *self,
                               SwLink     *link)
{
  if (self->link_positions == NULL)
    self->link_positions = build_positions (self->links);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->link_positions, link)) - 1;
}

/**
 * sw_document_lookup_node:
 *
 * Returns: (transfer none) (nullable): the node with @id.
 */
SwNode *
sw_document_lookup_node (SwDocument *self,
                         const char *id)
{
  return id ? g_hash_table_lookup (self->nodes_by_id, id) : NULL;
}

/**
 * sw_document_lookup_link:
 *
 * Returns: (transfer none) (nullable): the link with @id.
 */
SwLink *
sw_document_lookup_link (SwDocument *self,
                         const char *id)
{
  return id ? g_hash_table_lookup (self->links_by_id, id) : NULL;
}

static int
compare_link_positions (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  SwDocument *self = user_data;
  guint pa = sw_document_get_link_position (self, *(SwLink **) a);
  guint pb = sw_document_get_link_position (self, *(SwLink **) b);

  return pa < pb ? -1 : pa > pb;
}

/**
 * sw_document_get_node_links:
 *
 * Returns: (transfer container) (element-type SwLink): the links from and to
 *   @node, in document order.
 */
GPtrArray *
sw_document_get_node_links (SwDocument *self,
                            SwNode     *node)
{
  GPtrArray *out = _sw_node_get_links_out (node);
  GPtrArray *in = _sw_node_get_links_in (node);
  GPtrArray *links = g_ptr_array_sized_new (out->len + in->len);

  for (guint i = 0; i < out->len; i++)
    g_ptr_array_add (links, g_ptr_array_index (out, i));
  for (guint i = 0; i < in->len; i++)
    if (!g_ptr_array_find (out, g_ptr_array_index (in, i), NULL))
      g_ptr_array_add (links, g_ptr_array_index (in, i));
  g_ptr_array_sort_with_data (links, compare_link_positions, self);

  return links;
}

/**
 * sw_document_get_text:
 * @language: (nullable): the language wanted; %NULL for the source language
 * @used_fallback: (out) (optional): whether the source text stands in for a missing one
 *
 * Returns: (transfer none): the text in @language, else in the source language.
 */
const char *
sw_document_get_text (SwDocument   *self,
                      const SwText *text,
                      const char   *language,
                      gboolean     *used_fallback)
{
  return sw_text_get_with_fallback (text, language ? language : self->source_language,
                                    self->source_language, used_fallback);
}

const char *
sw_document_get_node_title (SwDocument *self,
                            SwNode     *node,
                            const char *language)
{
  return sw_document_get_text (self, sw_node_get_title (node), language, NULL);
}

/* The label of a node or link kind in @language; the id if the kind is unknown. */
const char *
sw_document_get_kind_label (SwDocument *self,
                            const char *kind_id,
                            const char *language)
{
  SwNodeKind *node_kind = sw_document_lookup_node_kind (self, kind_id);
  SwLinkKind *link_kind = sw_document_lookup_link_kind (self, kind_id);
  const SwText *label = node_kind ? sw_node_kind_get_label (node_kind)
                      : link_kind ? sw_link_kind_get_label (link_kind) : NULL;
  const char *text = label ? sw_document_get_text (self, label, language, NULL) : "";

  return text[0] != '\0' ? text : kind_id;
}

SwHistory *
sw_document_get_history (SwDocument *self)
{
  return self->history;
}

gboolean
sw_document_get_modified (SwDocument *self)
{
  return sw_history_get_modified (self->history);
}

/**
 * sw_document_begin_transaction:
 * @label: what the step does, as the Undo menu item will say it
 *
 * Groups the changes until the matching commit into one undo step.
 */
void
sw_document_begin_transaction (SwDocument *self,
                               const char *label)
{
  _sw_history_begin (self->history, label);
}

gboolean
sw_document_commit_transaction (SwDocument *self)
{
  return _sw_history_commit (self->history);
}

void
sw_document_rollback_transaction (SwDocument *self)
{
  _sw_history_rollback (self->history);
}

gboolean
sw_document_undo (SwDocument *self)
{
  return _sw_history_undo (self->history);
}

gboolean
sw_document_redo (SwDocument *self)
{
  return _sw_history_redo (self->history);
}

void
sw_document_mark_saved (SwDocument *self)
{
  _sw_history_set_save_point (self->history);
}

/* Private construction API */

void
_sw_document_set_kinds (SwDocument *self,
                        GPtrArray  *node_kinds,
                        GPtrArray  *link_kinds)
{
  g_ptr_array_set_size (self->node_kinds, 0);
  g_ptr_array_set_size (self->link_kinds, 0);
  g_hash_table_remove_all (self->node_kinds_by_id);
  g_hash_table_remove_all (self->link_kinds_by_id);

  for (guint i = 0; i < node_kinds->len; i++)
    {
      SwNodeKind *kind = g_ptr_array_index (node_kinds, i);

      g_ptr_array_add (self->node_kinds, g_object_ref (kind));
      g_hash_table_insert (self->node_kinds_by_id, (gpointer) sw_node_kind_get_id (kind), kind);
    }

  for (guint i = 0; i < link_kinds->len; i++)
    {
      SwLinkKind *kind = g_ptr_array_index (link_kinds, i);

      g_ptr_array_add (self->link_kinds, g_object_ref (kind));
      g_hash_table_insert (self->link_kinds_by_id, (gpointer) sw_link_kind_get_id (kind), kind);
    }
}

void
_sw_document_append_node (SwDocument *self,
                          SwNode     *node)
{
  g_ptr_array_add (self->nodes, g_object_ref (node));
  g_hash_table_insert (self->nodes_by_id, (gpointer) sw_node_get_id (node), node);
  _sw_document_invalidate_positions (self);
}

void
_sw_document_append_link (SwDocument *self,
                          SwLink     *link)
{
  g_ptr_array_add (self->links, g_object_ref (link));
  g_hash_table_insert (self->links_by_id, (gpointer) sw_link_get_id (link), link);
  g_ptr_array_add (_sw_node_get_links_out (sw_link_get_from (link)), link);
  g_ptr_array_add (_sw_node_get_links_in (sw_link_get_to (link)), link);
  _sw_document_invalidate_positions (self);
}

/* The SwText of a translatable field; @target NULL is the document. */
SwText *
_sw_document_get_text_mut (SwDocument *self,
                           gpointer    target,
                           SwField     field)
{
  if (target == NULL || target == self)
    return field == SW_FIELD_TITLE ? self->title : field == SW_FIELD_SUBTITLE ? self->subtitle
                                                                              : NULL;
  if (SW_IS_NODE (target))
    return _sw_node_get_text_mut (target, field);
  if (SW_IS_LINK (target))
    return field == SW_FIELD_LABEL ? _sw_link_get_label_mut (target) : NULL;
  if (SW_IS_NODE_KIND (target))
    return field == SW_FIELD_LABEL ? _sw_node_kind_get_label_mut (target) : NULL;
  if (SW_IS_LINK_KIND (target))
    return field == SW_FIELD_LABEL ? _sw_link_kind_get_label_mut (target) : NULL;

  return NULL;
}

void
_sw_document_set_source_language (SwDocument *self,
                                  const char *language)
{
  g_free (self->source_language);
  self->source_language = g_strdup (language);
}

void
_sw_document_set_languages (SwDocument         *self,
                            const char * const *languages)
{
  g_clear_pointer (&self->languages, g_strfreev);
  if (languages != NULL && languages[0] != NULL)
    self->languages = g_strdupv ((char **) languages);
}

void
_sw_document_set_times (SwDocument *self,
                        const char *created,
                        const char *modified)
{
  g_free (self->created);
  self->created = g_strdup (created);
  g_free (self->modified);
  self->modified = g_strdup (modified);
}

/*
 * Saving a changed document stamps the time; it is bookkeeping, not an edit,
 * so it bypasses the history.  An unchanged document keeps its stamp, so that
 * loading and saving leaves the file as it was.
 */
void
_sw_document_touch_modified (SwDocument *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_free (self->modified);
  self->modified = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  if (self->created == NULL)
    self->created = g_strdup (self->modified);
}

/* Empty strings are stored as NULL, as the editing API does. */
void
_sw_document_set_edition (SwDocument *self,
                          const char *edition)
{
  g_free (self->edition);
  self->edition = edition != NULL && edition[0] != '\0' ? g_strdup (edition) : NULL;
}

void
_sw_document_set_authors (SwDocument         *self,
                          const char * const *authors)
{
  g_clear_pointer (&self->authors, g_strfreev);
  if (authors != NULL && authors[0] != NULL)
    self->authors = g_strdupv ((char **) authors);
}

/* Takes a reference to @sources (element-type SwSource), as applying a change does. */
void
_sw_document_set_sources (SwDocument *self,
                          GPtrArray  *sources)
{
  g_ptr_array_unref (self->sources);
  self->sources = g_ptr_array_ref (sources);
}

JsonObject *
_sw_document_get_extra (SwDocument *self)
{
  return self->extra;
}

void
_sw_document_set_extra (SwDocument *self,
                        JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra ? json_object_ref (extra) : NULL;
}

/* Unknown keys of the file's "kinds" object, next to "nodes" and "links". */
JsonObject *
_sw_document_get_kinds_extra (SwDocument *self)
{
  return self->kinds_extra;
}

void
_sw_document_set_kinds_extra (SwDocument *self,
                              JsonObject *extra)
{
  g_clear_pointer (&self->kinds_extra, json_object_unref);
  self->kinds_extra = extra ? json_object_ref (extra) : NULL;
}

gboolean
_sw_document_id_in_use (SwDocument *self,
                        const char *id)
{
  return g_hash_table_contains (self->nodes_by_id, id)
      || g_hash_table_contains (self->links_by_id, id);
}

/*
 * Ids are random rather than counted, so that two people adding nodes to
 * copies of one file never make the same id, and a deleted node's id is
 * never handed to another.
 */
char *
_sw_document_generate_id (SwDocument *self,
                          const char *prefix)
{
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";

  for (;;)
    {
      char suffix[7];
      g_autofree char *id = NULL;

      for (guint i = 0; i < 6; i++)
        suffix[i] = alphabet[g_rand_int_range (self->rand, 0, sizeof alphabet - 1)];
      suffix[6] = '\0';

      id = g_strconcat (prefix, "-", suffix, NULL);
      if (!_sw_document_id_in_use (self, id))
        return g_steal_pointer (&id);
    }
}

void
_sw_document_set_random_seed (SwDocument *self,
                              guint32     seed)
{
  g_rand_set_seed (self->rand, seed);
}
