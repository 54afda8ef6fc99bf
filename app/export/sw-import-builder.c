/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwImportBuilder: the part of every importer that makes the document.
 *
 * It is built with the model's private API, as the native loader builds one,
 * so the new document has an empty history.  It applies the document's
 * rules the way an import must: what breaks a rule is changed into the
 * nearest thing that does not (an unknown kind into a note, a link the kinds
 * do not allow into "relates to", an unusable id into a new one), and
 * counted in the report, rather than refused.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-graph-geometry.h"
#include "sw-import-private.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-text-private.h"
#include "sw-validate.h"

#define NOTE_KIND      "note"
#define FALLBACK_LINK  "relates-to"

/* Colours this close (summed over red, green and blue, 0-255 each) count as the same. */
#define COLOR_TOLERANCE 24

/* Nodes without a position are laid out on a grid with this much room between cards. */
#define GRID_GAP 40.0

struct _SwImportBuilder
{
  SwDocument      *document;
  SwImportReport  *report;
  char            *language;
  GHashTable      *by_file_id;     /* id in the file -> SwNode* */
  GHashTable      *placed;         /* SwNode* with a position from the file */
  GPtrArray       *languages;      /* target languages met, in order */
  GHashTable      *bad_languages;  /* tags already reported */
  gboolean         has_title;
};

/**
 * _sw_import_builder_new:
 * @source_language: the language of the new document's text
 */
SwImportBuilder *
_sw_import_builder_new (const char     *source_language,
                        SwImportReport *report)
{
  SwImportBuilder *self = g_new0 (SwImportBuilder, 1);

  self->document = sw_document_new (source_language);
  self->report = sw_import_report_ref (report);
  self->language = g_strdup (source_language);
  self->by_file_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->placed = g_hash_table_new (NULL, NULL);
  self->languages = g_ptr_array_new_with_free_func (g_free);
  self->bad_languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

void
_sw_import_builder_free (SwImportBuilder *self)
{
  g_clear_object (&self->document);
  g_clear_pointer (&self->report, sw_import_report_unref);
  g_free (self->language);
  g_hash_table_unref (self->by_file_id);
  g_hash_table_unref (self->placed);
  g_ptr_array_unref (self->languages);
  g_hash_table_unref (self->bad_languages);
  g_free (self);
}

SwDocument *
_sw_import_builder_get_document (SwImportBuilder *self)
{
  return self->document;
}

const char *
_sw_import_builder_get_language (SwImportBuilder *self)
{
  return self->language;
}

/* Whether @name is @text in any of its languages, ignoring case and surrounding space. */
static gboolean
text_names (const SwText *text,
            const char   *name)
{
  for (guint i = 0; i < sw_text_get_n_languages (text); i++)
    {
      g_autofree char *a = g_utf8_casefold (sw_text_get (text, sw_text_get_language (text, i)), -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (g_str_equal (g_strstrip (a), g_strstrip (b)))
        return TRUE;
    }

  return FALSE;
}

/**
 * _sw_import_builder_find_node_kind:
 *
 * Returns: (nullable): the id of the node kind whose id or label (in any
 *   language, ignoring case) is @name.
 */
const char *
_sw_import_builder_find_node_kind (SwImportBuilder *self,
                                   const char      *name)
{
  GPtrArray *kinds = sw_document_get_node_kinds (self->document);

  if (name == NULL || name[0] == '\0')
    return NULL;

  for (guint i = 0; i < kinds->len; i++)
    if (g_ascii_strcasecmp (sw_node_kind_get_id (g_ptr_array_index (kinds, i)), name) == 0)
      return sw_node_kind_get_id (g_ptr_array_index (kinds, i));

  for (guint i = 0; i < kinds->len; i++)
    if (text_names (sw_node_kind_get_label (g_ptr_array_index (kinds, i)), name))
      return sw_node_kind_get_id (g_ptr_array_index (kinds, i));

  return NULL;
}

const char *
_sw_import_builder_find_link_kind (SwImportBuilder *self,
                                   const char      *name)
{
  GPtrArray *kinds = sw_document_get_link_kinds (self->document);

  if (name == NULL || name[0] == '\0')
    return NULL;

  for (guint i = 0; i < kinds->len; i++)
    if (g_ascii_strcasecmp (sw_link_kind_get_id (g_ptr_array_index (kinds, i)), name) == 0)
      return sw_link_kind_get_id (g_ptr_array_index (kinds, i));

  for (guint i = 0; i < kinds->len; i++)
    if (text_names (sw_link_kind_get_label (g_ptr_array_index (kinds, i)), name))
      return sw_link_kind_get_id (g_ptr_array_index (kinds, i));

  return NULL;
}

static guint
color_distance (const char *a,
                const char *b)
{
  guint x = (guint) g_ascii_strtoull (a + 1, NULL, 16);
  guint y = (guint) g_ascii_strtoull (b + 1, NULL, 16);
  guint distance = 0;

  for (guint shift = 0; shift <= 16; shift += 8)
    distance += (guint) ABS ((int) ((x >> shift) & 0xff) - (int) ((y >> shift) & 0xff));

  return distance;
}

/**
 * _sw_import_builder_node_kind_for_color:
 *
 * Returns: (nullable): the node kind drawn in @color, or in one so close that
 *   a tool rounding colours would have made it.
 */
const char *
_sw_import_builder_node_kind_for_color (SwImportBuilder *self,
                                        const char      *color)
{
  g_autofree char *wanted = _sw_import_color_normalize (color);
  GPtrArray *kinds = sw_document_get_node_kinds (self->document);
  const char *best = NULL;
  guint best_distance = COLOR_TOLERANCE + 1;

  if (wanted == NULL)
    return NULL;

  for (guint i = 0; i < kinds->len; i++)
    {
      SwNodeKind *kind = g_ptr_array_index (kinds, i);
      g_autofree char *own = _sw_import_color_normalize (sw_node_kind_get_color (kind));
      guint distance = own ? color_distance (own, wanted) : G_MAXUINT;

      if (distance < best_distance)
        {
          best = sw_node_kind_get_id (kind);
          best_distance = distance;
        }
    }

  return best;
}

/* @wanted if it can be an id here, else a new one; counted when the file's id is lost. */
static char *
choose_id (SwImportBuilder *self,
           const char      *wanted,
           const char      *prefix)
{
  if (wanted != NULL && sw_id_is_valid (wanted) && !_sw_document_id_in_use (self->document, wanted))
    return g_strdup (wanted);

  if (wanted != NULL)
    _sw_import_report_tally (self->report, SW_IMPORT_TALLY_NEW_ID);

  return _sw_document_generate_id (self->document, prefix);
}

/**
 * _sw_import_builder_add_node:
 * @file_id: (nullable): what the file calls the node, for links to find it
 * @wanted_id: (nullable): the id to keep, if not @file_id (our own data in a file)
 * @kind: (nullable): a node kind id; %NULL or an unknown one makes a note
 *
 * Returns: (transfer none) (nullable): the node, or %NULL if the file
 *   already has a node called @file_id.
 */
SwNode *
_sw_import_builder_add_node (SwImportBuilder *self,
                             const char      *file_id,
                             const char      *wanted_id,
                             const char      *kind)
{
  g_autoptr(SwNode) node = NULL;
  g_autofree char *id = NULL;

  if (file_id != NULL && g_hash_table_contains (self->by_file_id, file_id))
    return NULL;

  if (kind == NULL || sw_document_lookup_node_kind (self->document, kind) == NULL)
    {
      _sw_import_report_tally (self->report, SW_IMPORT_TALLY_NO_KIND);
      kind = NOTE_KIND;
    }

  id = choose_id (self, wanted_id ? wanted_id : file_id, "node");
  node = _sw_node_new (id, kind);
  _sw_document_append_node (self->document, node);
  g_hash_table_insert (self->by_file_id, g_strdup (file_id ? file_id : id), node);

  return node;
}

/**
 * _sw_import_builder_lookup:
 *
 * Returns: (transfer none) (nullable): the node the file calls @file_id.
 */
SwNode *
_sw_import_builder_lookup (SwImportBuilder *self,
                           const char      *file_id)
{
  return file_id ? g_hash_table_lookup (self->by_file_id, file_id) : NULL;
}

static gboolean
use_language (SwImportBuilder *self,
              const char      *language)
{
  if (g_str_equal (language, self->language))
    return TRUE;

  for (guint i = 0; i < self->languages->len; i++)
    if (g_str_equal (g_ptr_array_index (self->languages, i), language))
      return TRUE;

  if (!sw_language_tag_is_valid (language, NULL))
    {
      if (g_hash_table_add (self->bad_languages, g_strdup (language)))
        _sw_import_report_add (self->report,
                               _("“%s” is not a language tag: the text in it was left out"),
                               language);
      return FALSE;
    }

  g_ptr_array_add (self->languages, g_strdup (language));
  return TRUE;
}

/* A language the document has, even if no text of the file is in it. */
void
_sw_import_builder_add_language (SwImportBuilder *self,
                                 const char      *language)
{
  use_language (self, language);
}

/**
 * _sw_import_builder_set_text:
 * @target: a node or a link of the document
 * @fingerprint: (nullable): for a translation, the fingerprint of the source
 *   text it was made from; %NULL takes it as made from the current one
 */
void
_sw_import_builder_set_text (SwImportBuilder *self,
                             gpointer         target,
                             SwField          field,
                             const char      *language,
                             const char      *text,
                             const char      *fingerprint)
{
  SwText *value = _sw_document_get_text_mut (self->document, target, field);

  g_return_if_fail (value != NULL);

  if (text == NULL || text[0] == '\0' || language == NULL || !use_language (self, language))
    return;

  if (fingerprint != NULL && !sw_fingerprint_is_valid (fingerprint))
    fingerprint = NULL;

  _sw_text_set (value, language, text, fingerprint);
}

void
_sw_import_builder_set_title (SwImportBuilder *self,
                              const char      *language,
                              const char      *title)
{
  if (title == NULL || title[0] == '\0' || !use_language (self, language))
    return;

  _sw_text_set (_sw_document_get_text_mut (self->document, NULL, SW_FIELD_TITLE), language, title,
                NULL);
  self->has_title = TRUE;
}

/* A subtitle in @language, and an edition such as "2024". */
void
_sw_import_builder_set_metadata (SwImportBuilder *self,
                                 const char      *language,
                                 const char      *subtitle,
                                 const char      *edition)
{
  if (subtitle != NULL && subtitle[0] != '\0' && use_language (self, language))
    _sw_text_set (_sw_document_get_text_mut (self->document, NULL, SW_FIELD_SUBTITLE),
                  language, subtitle, NULL);
  if (edition != NULL && edition[0] != '\0')
    _sw_document_set_edition (self->document, edition);
}

void
_sw_import_builder_set_position (SwImportBuilder *self,
                                 SwNode          *node,
                                 double           x,
                                 double           y)
{
  if (!isfinite (x) || !isfinite (y))
    return;

  /* Whole pixels, as the canvas keeps them. */
  _sw_node_set_position (node, round (x), round (y));
  g_hash_table_add (self->placed, node);
}

static gboolean
parse_status (const char   *value,
              SwNodeStatus *status)
{
  g_autofree char *nick = g_ascii_strdown (value, -1);

  g_strdelimit (nick, " _", '-');
  if (sw_node_status_from_string (nick, status))
    return TRUE;

  for (guint i = 0; i < SW_N_NODE_STATUSES; i++)
    {
      g_autofree char *label = g_utf8_casefold (sw_node_status_get_label (i), -1);
      g_autofree char *given = g_utf8_casefold (value, -1);

      if (g_str_equal (label, given))
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Tags separated by "|", as spreadsheet mapping tools join them; blanks and repeats dropped. */
static void
set_tags (SwNode     *node,
          const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, "|", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) tags = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0' && g_hash_table_add (seen, tag))
        g_strv_builder_add (builder, tag);
    }

  tags = g_strv_builder_end (builder);
  _sw_node_set_tags (node, (const char * const *) tags);
}

/**
 * _sw_import_builder_set_field:
 * @name: "owner", "status", "start", "due", "indicator", "tags" or "pinned"
 * @place: where the value is in the file, for the report
 *
 * Sets a plain field from text; a value the field cannot hold is left out
 * and reported.
 */
void
_sw_import_builder_set_field (SwImportBuilder *self,
                              SwNode          *node,
                              const char      *name,
                              const char      *value,
                              const char      *place)
{
  SwNodeStatus status;

  if (value == NULL || value[0] == '\0')
    return;

  if (g_str_equal (name, "owner"))
    _sw_node_set_owner (node, value);
  else if (g_str_equal (name, "indicator"))
    _sw_node_set_indicator (node, value);
  else if (g_str_equal (name, "tags"))
    set_tags (node, value);
  else if (g_str_equal (name, "pinned"))
    _sw_node_set_pinned (node, g_ascii_strcasecmp (value, "true") == 0 || g_str_equal (value, "1"));
  else if (g_str_equal (name, "status") && parse_status (value, &status))
    _sw_node_set_status (node, status);
  else if (g_str_equal (name, "status"))
    _sw_import_report_add (self->report, _("%s: “%s” is not a status and was left out"), place,
                           value);
  else if ((g_str_equal (name, "start") || g_str_equal (name, "due")) && sw_date_is_valid (value))
    (g_str_equal (name, "start") ? _sw_node_set_start : _sw_node_set_due) (node, value);
  else if (g_str_equal (name, "start") || g_str_equal (name, "due"))
    _sw_import_report_add (self->report,
                           _("%s: “%s” is not a date written as YYYY-MM-DD and was left out"),
                           place, value);
  else
    g_return_if_reached ();
}

static gboolean
is_duplicate (SwNode     *from,
              SwNode     *to,
              const char *kind)
{
  GPtrArray *out = _sw_node_get_links_out (from);

  for (guint i = 0; i < out->len; i++)
    {
      SwLink *link = g_ptr_array_index (out, i);

      if (sw_link_get_to (link) == to && g_str_equal (sw_link_get_kind (link), kind))
        return TRUE;
    }

  return FALSE;
}

/* The one link kind of the hierarchy that joins these kinds of nodes, if only one does. */
static const char *
infer_link_kind (SwImportBuilder *self,
                 SwNode          *from,
                 SwNode          *to)
{
  GPtrArray *kinds = sw_document_get_link_kinds (self->document);
  const char *found = NULL;

  for (guint i = 0; i < kinds->len; i++)
    {
      SwLinkKind *kind = g_ptr_array_index (kinds, i);

      if (!sw_link_kind_has_joins (kind)
          || !sw_link_kind_allows (kind, sw_node_get_kind (from), sw_node_get_kind (to)))
        continue;
      if (found != NULL)
        return NULL;
      found = sw_link_kind_get_id (kind);
    }

  return found;
}

/* The kind the link gets, and in @tally what the report counts of it (SW_IMPORT_N_TALLIES: none). */
static const char *
resolve_link_kind (SwImportBuilder *self,
                   const char      *kind,
                   SwNode          *from,
                   SwNode          *to,
                   SwImportTally   *tally)
{
  SwLinkKind *found = kind ? sw_document_lookup_link_kind (self->document, kind) : NULL;
  const char *inferred;

  *tally = SW_IMPORT_N_TALLIES;
  if (found != NULL)
    {
      if (sw_link_kind_allows (found, sw_node_get_kind (from), sw_node_get_kind (to)))
        return kind;

      *tally = SW_IMPORT_TALLY_LINK_NOT_ALLOWED;
      return FALLBACK_LINK;
    }

  inferred = infer_link_kind (self, from, to);
  *tally = inferred ? SW_IMPORT_TALLY_LINK_KIND_INFERRED : SW_IMPORT_TALLY_LINK_NO_KIND;
  return inferred ? inferred : FALLBACK_LINK;
}

/**
 * _sw_import_builder_add_link:
 * @wanted_id: (nullable): the file's id for the link
 * @kind: (nullable): a link kind id; %NULL or an unknown one is inferred from
 *   the kinds of the ends, or becomes "relates-to"
 *
 * Returns: (transfer none) (nullable): the link, or %NULL when it joins a
 *   node to itself or repeats a link (both counted in the report).
 */
SwLink *
_sw_import_builder_add_link (SwImportBuilder *self,
                             const char      *wanted_id,
                             const char      *kind,
                             SwNode          *from,
                             SwNode          *to)
{
  g_autoptr(SwLink) link = NULL;
  g_autofree char *id = NULL;
  SwImportTally tally;

  if (from == to)
    {
      _sw_import_report_tally (self->report, SW_IMPORT_TALLY_SELF_LINK);
      return NULL;
    }

  kind = resolve_link_kind (self, kind, from, to, &tally);
  if (is_duplicate (from, to, kind))
    {
      _sw_import_report_tally (self->report, SW_IMPORT_TALLY_DUPLICATE_LINK);
      return NULL;
    }
  if (tally != SW_IMPORT_N_TALLIES)
    _sw_import_report_tally (self->report, tally);

  id = choose_id (self, wanted_id, "link");
  link = _sw_link_new (id, kind, from, to);
  _sw_document_append_link (self->document, link);

  return link;
}

/* A node needs a title in the source language; the file may have it in another only. */
static void
complete_title (SwImportBuilder *self,
                SwNode          *node)
{
  SwText *title = _sw_node_get_text_mut (node, SW_FIELD_TITLE);

  if (sw_text_get (title, self->language) != NULL)
    return;

  if (sw_text_get_n_languages (title) > 0)
    {
      g_autofree char *text = g_strdup (sw_text_get (title, sw_text_get_language (title, 0)));

      _sw_text_set (title, self->language, text, NULL);
      return;
    }

  _sw_text_set (title, self->language, sw_node_get_id (node), NULL);
  _sw_import_report_tally (self->report, SW_IMPORT_TALLY_NO_TITLE);
}

/* Translations whose file did not say what they were made from are taken as current. */
static void
complete_fingerprints (SwImportBuilder *self,
                       SwText          *text)
{
  const char *source = sw_text_get (text, self->language);
  g_autofree char *fingerprint = NULL;

  if (source == NULL)
    return;

  for (guint i = 0; i < sw_text_get_n_languages (text); i++)
    {
      const char *language = sw_text_get_language (text, i);

      if (g_str_equal (language, self->language) || sw_text_get_fingerprint (text, language))
        continue;

      if (fingerprint == NULL)
        fingerprint = sw_fingerprint_compute (source);
      _sw_text_set (text, language, sw_text_get (text, language), fingerprint);
    }
}

/* Unplaced nodes go in a square grid under the placed ones, so none hides another. */
static void
place_the_rest (SwImportBuilder *self)
{
  guint n_nodes = sw_document_get_n_nodes (self->document);
  guint n_unplaced = n_nodes - g_hash_table_size (self->placed);
  guint columns = (guint) ceil (sqrt (n_unplaced));
  double left = 0, top = 0;
  guint index = 0;

  if (n_unplaced == 0)
    return;

  if (g_hash_table_size (self->placed) > 0)
    {
      left = G_MAXDOUBLE;
      top = -G_MAXDOUBLE;
      for (guint i = 0; i < n_nodes; i++)
        {
          SwNode *node = sw_document_get_node (self->document, i);

          if (!g_hash_table_contains (self->placed, node))
            continue;
          left = MIN (left, sw_node_get_x (node));
          top = MAX (top, sw_node_get_y (node) + SW_CARD_HEIGHT + 4 * GRID_GAP);
        }
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (self->document, i);

      if (g_hash_table_contains (self->placed, node))
        continue;

      _sw_node_set_position (node, left + (index % columns) * (SW_CARD_WIDTH + GRID_GAP),
                             top + (index / columns) * (SW_CARD_HEIGHT + GRID_GAP));
      _sw_import_report_tally (self->report, SW_IMPORT_TALLY_NO_POSITION);
      index++;
    }
}

static char *
now_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * _sw_import_builder_finish:
 * @name: the file's name, for the message and the title of a file without one
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *   when the file held no node.
 */
SwDocument *
_sw_import_builder_finish (SwImportBuilder  *self,
                           const char       *name,
                           GError          **error)
{
  SwDocument *document = self->document;
  guint n_nodes = sw_document_get_n_nodes (document);
  guint n_links = sw_document_get_n_links (document);
  g_autofree char *now = now_string ();

  if (n_nodes == 0)
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_EMPTY,
                   _("%s: there is nothing to import: the file has no nodes"), name);
      return NULL;
    }

  if (!self->has_title)
    {
      g_autofree char *title = _sw_import_title_from_name (name);

      _sw_import_builder_set_title (self, self->language, title);
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      complete_title (self, node);
      complete_fingerprints (self, _sw_node_get_text_mut (node, SW_FIELD_TITLE));
      complete_fingerprints (self, _sw_node_get_text_mut (node, SW_FIELD_DESCRIPTION));
    }
  for (guint i = 0; i < n_links; i++)
    complete_fingerprints (self, _sw_link_get_label_mut (sw_document_get_link (document, i)));
  complete_fingerprints (self, _sw_document_get_text_mut (document, NULL, SW_FIELD_TITLE));

  g_ptr_array_add (self->languages, NULL);
  _sw_document_set_languages (document, (const char * const *) self->languages->pdata);
  g_ptr_array_remove_index (self->languages, self->languages->len - 1);
  _sw_document_set_times (document, now, now);
  place_the_rest (self);

  _sw_import_report_set_counts (self->report, n_nodes, n_links);
  return g_steal_pointer (&self->document);
}
