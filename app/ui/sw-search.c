/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwSearch: which nodes a window's search and filters let through.
 *
 * One object per window, read by the outline (which hides the nodes that do
 * not match) and the canvas (which dims them).  The matches are computed
 * once per change of the criteria or of the document, not by each view, and
 * "changed" is emitted only when the set of matches really changes, so that
 * typing in the inspector while a search is open does not refilter the views
 * on every key.
 */
#define G_LOG_DOMAIN "sw-search"

#include "config.h"

#include <string.h>

#include "sw-search.h"

struct _SwSearch
{
  GObject      parent_instance;

  SwDocument  *document;
  char        *language;
  char        *text;
  GStrv        words;        /* the search text, folded, split at spaces */
  GHashTable  *hidden_kinds; /* kind id set */
  guint        hidden_statuses;
  char        *tag;
  SwNode      *partner;

  GHashTable  *matches;      /* SwNode set; NULL when nothing is searched */
};

G_DEFINE_FINAL_TYPE (SwSearch, sw_search, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Case, accents and compatibility forms do not matter when searching. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_ALL);
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = normal; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, (gssize) bare->len);
}

static gboolean
text_matches (SwSearch *self,
              SwNode   *node)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  if (self->words == NULL || self->words[0] == NULL)
    return TRUE;

  title = fold (sw_document_get_text (self->document, sw_node_get_title (node), self->language, NULL));
  description = fold (sw_document_get_text (self->document, sw_node_get_description (node),
                                            self->language, NULL));

  for (guint i = 0; self->words[i] != NULL; i++)
    {
      if (strstr (title, self->words[i]) == NULL && strstr (description, self->words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
add_ancestors (SwSearch   *self,
               SwNode     *node,
               GHashTable *set)
{
  g_autoptr(GPtrArray) parents = sw_document_get_parents (self->document, node, NULL);

  for (guint i = 0; i < parents->len; i++)
    {
      SwNode *parent = g_ptr_array_index (parents, i);

      if (g_hash_table_add (set, parent))
        add_ancestors (self, parent, set);
    }
}

/*
 * What a partner takes part in: the partner, what it is linked to (its
 * commitments) and everything those serve, up to the concept.
 */
static GHashTable *
partner_reach (SwSearch *self)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) links = sw_document_get_node_links (self->document, self->partner);

  g_hash_table_add (set, self->partner);
  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);
      SwNode *other = sw_link_get_from (link) == self->partner ? sw_link_get_to (link)
                                                                : sw_link_get_from (link);

      if (g_hash_table_add (set, other))
        add_ancestors (self, other, set);
    }

  return set;
}

gboolean
sw_search_get_filtering (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), FALSE);

  return g_hash_table_size (self->hidden_kinds) > 0 || self->hidden_statuses != 0
         || self->tag != NULL || self->partner != NULL;
}

gboolean
sw_search_get_active (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), FALSE);

  return (self->words != NULL && self->words[0] != NULL) || sw_search_get_filtering (self);
}

static gboolean
same_sets (GHashTable *a,
           GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (a == NULL || b == NULL)
    return a == b;
  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!g_hash_table_contains (b, key))
        return FALSE;
    }
  return TRUE;
}

static GHashTable *
compute_matches (SwSearch *self)
{
  g_autoptr(GHashTable) reach = NULL;
  GHashTable *matches;
  guint n;

  if (self->document == NULL || !sw_search_get_active (self))
    return NULL;

  if (self->partner != NULL)
    reach = partner_reach (self);

  matches = g_hash_table_new (NULL, NULL);
  n = sw_document_get_n_nodes (self->document);
  for (guint i = 0; i < n; i++)
    {
      SwNode *node = sw_document_get_node (self->document, i);

      if (g_hash_table_contains (self->hidden_kinds, sw_node_get_kind (node)))
        continue;
      if (self->hidden_statuses & (1u << sw_node_get_status (node)))
        continue;
      if (self->tag != NULL && !sw_node_has_tag (node, self->tag))
        continue;
      if (reach != NULL && !g_hash_table_contains (reach, node))
        continue;
      if (!text_matches (self, node))
        continue;

      g_hash_table_add (matches, node);
    }

  return matches;
}

/* @force: the criteria changed, so the views must hear of it even if the set did not. */
static void
update (SwSearch *self,
        gboolean  force)
{
  GHashTable *matches = compute_matches (self);

  if (!force && same_sets (matches, self->matches))
    {
      g_clear_pointer (&matches, g_hash_table_unref);
      return;
    }

  g_clear_pointer (&self->matches, g_hash_table_unref);
  self->matches = matches;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
document_changed_cb (SwSearch *self)
{
  if (sw_search_get_active (self))
    update (self, FALSE);
}

static void
node_removed_cb (SwSearch *self,
                 SwNode   *node)
{
  if (node == self->partner)
    {
      g_clear_object (&self->partner);
      update (self, TRUE);
    }
}

static void
sw_search_dispose (GObject *object)
{
  SwSearch *self = SW_SEARCH (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->partner);

  G_OBJECT_CLASS (sw_search_parent_class)->dispose (object);
}

static void
sw_search_finalize (GObject *object)
{
  SwSearch *self = SW_SEARCH (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->hidden_kinds, g_hash_table_unref);
  g_clear_pointer (&self->matches, g_hash_table_unref);

  G_OBJECT_CLASS (sw_search_parent_class)->finalize (object);
}

static void
sw_search_class_init (SwSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_search_dispose;
  object_class->finalize = sw_search_finalize;

  /**
   * SwSearch::changed:
   *
   * The criteria or the set of matching nodes changed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_search_init (SwSearch *self)
{
  self->hidden_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * sw_search_new:
 *
 * Returns: (transfer full): a search that lets every node through.
 */
SwSearch *
sw_search_new (void)
{
  return g_object_new (SW_TYPE_SEARCH, NULL);
}

/**
 * sw_search_get_document:
 *
 * Returns: (transfer none) (nullable): the document searched.
 */
SwDocument *
sw_search_get_document (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), NULL);

  return self->document;
}

/* A new document keeps the search text but drops filters that name its predecessor's content. */
void
sw_search_set_document (SwSearch   *self,
                        SwDocument *document)
{
  g_return_if_fail (SW_IS_SEARCH (self));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
      g_signal_connect_swapped (document, "node-removed", G_CALLBACK (node_removed_cb), self);
    }

  g_clear_object (&self->partner);
  g_clear_pointer (&self->tag, g_free);
  update (self, TRUE);
}

/* @language: (nullable): the display language; %NULL for the source language. */
void
sw_search_set_language (SwSearch   *self,
                        const char *language)
{
  g_return_if_fail (SW_IS_SEARCH (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  if (self->words != NULL && self->words[0] != NULL)
    update (self, FALSE);
}

const char *
sw_search_get_text (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), NULL);

  return self->text ? self->text : "";
}

void
sw_search_set_text (SwSearch   *self,
                    const char *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (SW_IS_SEARCH (self));

  if (g_strcmp0 (sw_search_get_text (self), text ? text : "") == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->words, g_strfreev);
  {
    g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

    folded = fold (stripped);
  }
  if (folded[0] != '\0')
    {
      g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (parts[i][0] != '\0')
            g_strv_builder_add (builder, parts[i]);
        }
      self->words = g_strv_builder_end (builder);
    }

  update (self, TRUE);
}

gboolean
sw_search_get_kind_shown (SwSearch   *self,
                          const char *kind)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), TRUE);

  return !g_hash_table_contains (self->hidden_kinds, kind);
}

void
sw_search_set_kind_shown (SwSearch   *self,
                          const char *kind,
                          gboolean    shown)
{
  g_return_if_fail (SW_IS_SEARCH (self));
  g_return_if_fail (kind != NULL);

  if (sw_search_get_kind_shown (self, kind) == !!shown)
    return;

  if (shown)
    g_hash_table_remove (self->hidden_kinds, kind);
  else
    g_hash_table_add (self->hidden_kinds, g_strdup (kind));
  update (self, TRUE);
}

gboolean
sw_search_get_status_shown (SwSearch     *self,
                            SwNodeStatus  status)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), TRUE);

  return (self->hidden_statuses & (1u << status)) == 0;
}

void
sw_search_set_status_shown (SwSearch     *self,
                            SwNodeStatus  status,
                            gboolean      shown)
{
  guint hidden;

  g_return_if_fail (SW_IS_SEARCH (self));
  g_return_if_fail (status < SW_N_NODE_STATUSES);

  hidden = shown ? self->hidden_statuses & ~(1u << status) : self->hidden_statuses | (1u << status);
  if (hidden == self->hidden_statuses)
    return;

  self->hidden_statuses = hidden;
  update (self, TRUE);
}

/**
 * sw_search_get_tag:
 *
 * Returns: (nullable): the tag every match must have, or %NULL.
 */
const char *
sw_search_get_tag (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), NULL);

  return self->tag;
}

void
sw_search_set_tag (SwSearch   *self,
                   const char *tag)
{
  g_return_if_fail (SW_IS_SEARCH (self));

  if (tag != NULL && tag[0] == '\0')
    tag = NULL;
  if (g_strcmp0 (self->tag, tag) == 0)
    return;

  g_free (self->tag);
  self->tag = g_strdup (tag);
  update (self, TRUE);
}

/**
 * sw_search_get_partner:
 *
 * Returns: (transfer none) (nullable): the partner whose part the matches
 *   must be, or %NULL.
 */
SwNode *
sw_search_get_partner (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), NULL);

  return self->partner;
}

void
sw_search_set_partner (SwSearch *self,
                       SwNode   *partner)
{
  g_return_if_fail (SW_IS_SEARCH (self));

  if (g_set_object (&self->partner, partner))
    update (self, TRUE);
}

/* Clears the text and every filter. */
void
sw_search_reset (SwSearch *self)
{
  g_return_if_fail (SW_IS_SEARCH (self));

  if (!sw_search_get_active (self))
    return;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->tag, g_free);
  g_clear_object (&self->partner);
  g_hash_table_remove_all (self->hidden_kinds);
  self->hidden_statuses = 0;
  update (self, TRUE);
}

/* Every node matches while nothing is searched for. */
gboolean
sw_search_matches (SwSearch *self,
                   SwNode   *node)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), TRUE);

  return self->matches == NULL || g_hash_table_contains (self->matches, node);
}

guint
sw_search_get_n_matches (SwSearch *self)
{
  g_return_val_if_fail (SW_IS_SEARCH (self), 0);

  if (self->matches != NULL)
    return g_hash_table_size (self->matches);
  return self->document ? sw_document_get_n_nodes (self->document) : 0;
}

/**
 * sw_search_get_unmatched:
 *
 * Returns: (transfer container) (element-type SwNode): the nodes that do not
 *   match, in document order: what the canvas dims.
 */
GPtrArray *
sw_search_get_unmatched (SwSearch *self)
{
  GPtrArray *result = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (SW_IS_SEARCH (self), result);

  if (self->matches == NULL || self->document == NULL)
    return result;

  n = sw_document_get_n_nodes (self->document);
  for (guint i = 0; i < n; i++)
    {
      SwNode *node = sw_document_get_node (self->document, i);

      if (!g_hash_table_contains (self->matches, node))
        g_ptr_array_add (result, node);
    }

  return result;
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/**
 * sw_search_list_tags:
 *
 * Returns: (transfer full): every tag used in @document, sorted.
 */
char **
sw_search_list_tags (SwDocument *document)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  guint n = sw_document_get_n_nodes (document);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; i < n; i++)
    {
      const char * const *node_tags = sw_node_get_tags (sw_document_get_node (document, i));

      for (guint j = 0; node_tags != NULL && node_tags[j] != NULL; j++)
        {
          if (g_hash_table_add (seen, (gpointer) node_tags[j]))
            g_ptr_array_add (tags, (gpointer) node_tags[j]);
        }
    }

  g_ptr_array_sort (tags, compare_tags);
  for (guint i = 0; i < tags->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (tags, i));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}
