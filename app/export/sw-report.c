/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report's structure: the title page and the run of blocks every report
 * writer walks.  The chapters themselves are built in sw-report-chapters.c
 * and sw-report-summary.c; this file holds the entry point and the helpers
 * they share.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-report-private.h"
#include "sw-validate.h"

static void
block_free (gpointer data)
{
  SwReportBlock *block = data;

  g_free (block->text);
  g_free (block->eyebrow);
  g_free (block->anchor);
  g_free (block->language);
  g_free (block->color);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_free (block);
}

void
sw_report_free (SwReport *report)
{
  g_free (report->language);
  g_free (report->title);
  g_free (report->subtitle);
  g_free (report->edition);
  g_free (report->date);
  g_strfreev (report->authors);
  g_clear_pointer (&report->sources, g_ptr_array_unref);
  g_clear_pointer (&report->blocks, g_ptr_array_unref);
  g_clear_pointer (&report->scope, g_hash_table_unref);
  g_clear_object (&report->document);
  g_clear_object (&report->builtin);
  g_clear_pointer (&report->catalog, sw_mo_catalog_free);
  g_free (report);
}

/**
 * sw_report_gettext:
 * @msgid: English words of the report, marked with N_() where they are written
 *
 * The report's own words (headings, labels, notes) follow the report's
 * language, not the interface's: a French report from an English desktop
 * says “Sommaire”, not “Contents”.
 *
 * Returns: (transfer none): @msgid in the report's language, or @msgid
 *   itself when the app has no translation into it.
 */
const char *
sw_report_gettext (const SwReport *report,
                   const char     *msgid)
{
  return sw_mo_catalog_gettext (report->catalog, msgid);
}

gboolean
_sw_report_is_visible (SwReportBuilder *builder,
                       SwNode          *node)
{
  return builder->visible == NULL || g_hash_table_contains (builder->visible, node);
}

gboolean
_sw_report_in_scope (SwReportBuilder *builder,
                     SwNode          *node)
{
  return builder->report->scope == NULL || g_hash_table_contains (builder->report->scope, node);
}

/**
 * _sw_report_children_of_kind:
 * @kind: (nullable): only children of this kind
 *
 * Returns: (transfer container): the visible children of @node in document order.
 */
GPtrArray *
_sw_report_children_of_kind (SwReportBuilder *builder,
                             SwNode          *node,
                             const char      *kind)
{
  g_autoptr(GPtrArray) children = sw_document_get_children (builder->document, node, NULL);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < children->len; i++)
    {
      SwNode *child = g_ptr_array_index (children, i);

      if ((kind == NULL || g_str_equal (sw_node_get_kind (child), kind))
          && _sw_report_is_visible (builder, child))
        g_ptr_array_add (result, child);
    }

  return result;
}

GPtrArray *
_sw_report_nodes_of_kind (SwReportBuilder *builder,
                          const char      *kind)
{
  GPtrArray *nodes = sw_document_get_nodes_of_kind (builder->document, kind);

  for (guint i = nodes->len; i > 0; i--)
    if (!_sw_report_is_visible (builder, g_ptr_array_index (nodes, i - 1)))
      g_ptr_array_remove_index (nodes, i - 1);

  return nodes;
}

/*
 * The partners named with @node: the other ends of its links that are not
 * hierarchy links ("commits" in the built-in table) from a partner.
 */
GPtrArray *
_sw_report_partners_of (SwReportBuilder *builder,
                        SwNode          *node)
{
  g_autoptr(GPtrArray) links = sw_document_get_node_links (builder->document, node);
  GPtrArray *partners = g_ptr_array_new ();

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);
      SwNode *other = sw_link_get_from (link) == node ? sw_link_get_to (link)
                                                      : sw_link_get_from (link);

      if (g_str_equal (sw_node_get_kind (other), "partner")
          && !g_ptr_array_find (partners, other, NULL))
        g_ptr_array_add (partners, other);
    }

  return partners;
}

const char *
_sw_report_title (SwReportBuilder *builder,
                  SwNode          *node)
{
  return sw_document_get_node_title (builder->document, node, builder->language);
}

/* The report's own words, marked with N_() where they are written, in the report's language. */
const char *
_sw_report_tr (SwReportBuilder *builder,
               const char      *msgid)
{
  return sw_report_gettext (builder->report, msgid);
}

/*
 * The label of a node kind in the report's language.  A built-in kind whose
 * label was never translated in the document still has the English label it
 * was created with: that one is the app's word, so it is given in the
 * report's language like the report's other words.  A label the drafter
 * wrote stays as written.
 */
const char *
sw_report_kind_label (const SwReport *report,
                      const char     *kind)
{
  SwNodeKind *node_kind = sw_document_lookup_node_kind (report->document, kind);
  SwNodeKind *builtin = sw_document_lookup_node_kind (report->builtin, kind);
  gboolean fallback = FALSE;
  const char *label;
  const char *english;

  if (node_kind == NULL || builtin == NULL)
    return sw_document_get_kind_label (report->document, kind, report->language);

  label = sw_document_get_text (report->document, sw_node_kind_get_label (node_kind),
                                report->language, &fallback);
  english = sw_document_get_text (report->builtin, sw_node_kind_get_label (builtin), "en", NULL);
  if (label[0] == '\0' || (fallback && g_str_equal (label, english)))
    return sw_report_gettext (report, english);
  return label;
}

const char *
_sw_report_kind_label (SwReportBuilder *builder,
                       const char      *kind)
{
  return sw_report_kind_label (builder->report, kind);
}

/* The name of @status in the report's language; the model names it in the interface's. */
const char *
sw_report_status_label (const SwReport *report,
                        SwNodeStatus    status)
{
  static const char * const labels[SW_N_NODE_STATUSES] = {
    [SW_NODE_STATUS_PROPOSED] = N_("Proposed"),
    [SW_NODE_STATUS_ACTIVE] = N_("Active"),
    [SW_NODE_STATUS_DONE] = N_("Done"),
    [SW_NODE_STATUS_AT_RISK] = N_("At risk"),
    [SW_NODE_STATUS_DROPPED] = N_("Dropped"),
  };

  g_return_val_if_fail (status < SW_N_NODE_STATUSES, NULL);

  return sw_report_gettext (report, labels[status]);
}

const char *
_sw_report_status_label (SwReportBuilder *builder,
                         SwNodeStatus     status)
{
  return sw_report_status_label (builder->report, status);
}

SwReportBlock *
_sw_report_add_block (SwReportBuilder   *builder,
                      SwReportBlockType  type,
                      guint              n_columns)
{
  SwReportBlock *block = g_new0 (SwReportBlock, 1);

  g_assert (n_columns <= SW_REPORT_MAX_COLUMNS);

  block->type = type;
  block->n_columns = n_columns;
  if (type == SW_REPORT_BLOCK_FIELDS || type == SW_REPORT_BLOCK_TABLE
      || type == SW_REPORT_BLOCK_LIST)
    block->cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (builder->report->blocks, block);
  return block;
}

void
_sw_report_add_cell (SwReportBlock *block,
                     const char    *text)
{
  g_ptr_array_add (block->cells, g_strdup (text ? text : ""));
}

/* A field with an empty value is left out: a report lists what is known. */
void
_sw_report_add_field (SwReportBlock *block,
                      const char    *label,
                      const char    *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  _sw_report_add_cell (block, label);
  _sw_report_add_cell (block, value);
}

/* Anchors are ASCII letters, digits and '-', so that every writer can use them as they are. */
static char *
make_anchor (SwReportBuilder *builder,
             const char      *base)
{
  GString *anchor = g_string_new (NULL);
  g_autofree char *candidate = NULL;
  guint n = 1;

  for (const char *p = base; *p != '\0'; p++)
    g_string_append_c (anchor, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : '-');

  candidate = g_strdup (anchor->str);
  while (g_hash_table_contains (builder->anchors, candidate))
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", anchor->str, ++n);
    }

  g_string_free (anchor, TRUE);
  g_hash_table_add (builder->anchors, g_strdup (candidate));
  return g_steal_pointer (&candidate);
}

/*
 * A heading for @node (its title, its kind's colour, an anchor from its id)
 * or, with @node %NULL, for a part of the report named by @text and @anchor.
 */
SwReportBlock *
_sw_report_add_heading (SwReportBuilder *builder,
                        guint            level,
                        const char      *eyebrow,
                        SwNode          *node,
                        const char      *text,
                        const char      *anchor)
{
  SwReportBlock *block = _sw_report_add_block (builder, SW_REPORT_BLOCK_HEADING, 0);

  block->level = level;
  block->eyebrow = g_strdup (eyebrow);
  if (node != NULL)
    {
      SwNodeKind *kind = sw_document_lookup_node_kind (builder->document,
                                                       sw_node_get_kind (node));
      g_autofree char *base = g_strconcat ("n-", sw_node_get_id (node), NULL);
      gboolean fallback = FALSE;

      block->text = g_strdup (sw_document_get_text (builder->document, sw_node_get_title (node),
                                                    builder->language, &fallback));
      block->language = g_strdup (fallback ? sw_document_get_source_language (builder->document)
                                           : builder->language);
      block->color = g_strdup (kind ? sw_node_kind_get_color (kind) : NULL);
      block->anchor = make_anchor (builder, base);
    }
  else
    {
      block->text = g_strdup (text);
      block->anchor = make_anchor (builder, anchor);
    }

  return block;
}

SwReportBlock *
_sw_report_add_paragraph (SwReportBuilder   *builder,
                          SwReportTextStyle  style,
                          const char        *text,
                          const char        *language)
{
  SwReportBlock *block = _sw_report_add_block (builder, SW_REPORT_BLOCK_PARAGRAPH, 0);

  block->style = style;
  block->text = g_strdup (text);
  block->language = g_strdup (language);
  return block;
}

/* The description of @node, one paragraph per paragraph of its text. */
void
_sw_report_add_description (SwReportBuilder   *builder,
                            SwNode            *node,
                            SwReportTextStyle  style)
{
  gboolean fallback = FALSE;
  const char *text = sw_document_get_text (builder->document, sw_node_get_description (node),
                                           builder->language, &fallback);
  const char *language = fallback ? sw_document_get_source_language (builder->document)
                                  : builder->language;
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (paragraphs[i]));

      if (stripped[0] != '\0')
        _sw_report_add_paragraph (builder, i == 0 ? style : SW_REPORT_TEXT_BODY, stripped,
                                  language);
    }
}

/* Each node of the scope and every node above it, so that a chapter shows where a part sits. */
static GHashTable *
visible_nodes (SwDocument *document,
               GHashTable *scope)
{
  GHashTable *visible = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer node;

  g_hash_table_iter_init (&iter, scope);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    if (g_hash_table_add (visible, node))
      g_ptr_array_add (queue, node);

  for (guint i = 0; i < queue->len; i++)
    {
      g_autoptr(GPtrArray) parents = sw_document_get_parents (document,
                                                              g_ptr_array_index (queue, i), NULL);

      for (guint j = 0; j < parents->len; j++)
        if (g_hash_table_add (visible, g_ptr_array_index (parents, j)))
          g_ptr_array_add (queue, g_ptr_array_index (parents, j));
    }

  return visible;
}

/*
 * The date of this version of the text: when it was last changed, else
 * created, else today.  It is written in the report's language, so the
 * month's name comes from the report's catalog: %B would give it in the
 * process's locale.
 */
static char *
report_date (SwReportBuilder *builder)
{
  static const char * const months[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };
  SwDocument *document = builder->document;
  const char *stamp = sw_document_get_modified_time (document);
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *month = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *format = NULL;

  if (stamp == NULL)
    stamp = sw_document_get_created (document);
  if (stamp != NULL)
    time = g_date_time_new_from_iso8601 (stamp, NULL);
  if (time == NULL)
    time = g_date_time_new_now_local ();

  /* A '%' in a month's name must reach the formatter as itself. */
  parts = g_strsplit (sw_mo_catalog_pgettext (builder->report->catalog, "month",
                                              months[g_date_time_get_month (time) - 1]),
                      "%", -1);
  month = g_strjoinv ("%%", parts);
  g_clear_pointer (&parts, g_strfreev);
  /* TRANSLATORS: the date on a report's title page, as g_date_time_format() writes
   * it (%-d the day, %Y the year); %B stands for the month's name, translated above. */
  parts = g_strsplit (_sw_report_tr (builder, N_("%-d %B %Y")), "%B", -1);
  format = g_strjoinv (month, parts);

  return g_date_time_format (time, format);
}

static void
build_title_page (SwReportBuilder *builder)
{
  SwReport *report = builder->report;
  SwDocument *document = builder->document;
  GPtrArray *sources = sw_document_get_sources (document);

  report->title = g_strdup (sw_document_get_text (document, sw_document_get_title (document),
                                                  builder->language, NULL));
  report->subtitle = g_strdup (sw_document_get_text (document,
                                                     sw_document_get_subtitle (document),
                                                     builder->language, NULL));
  report->edition = g_strdup (sw_document_get_edition (document));
  report->date = report_date (builder);
  report->authors = g_strdupv ((GStrv) sw_document_get_authors (document));
  report->sources = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      SwSource *source = g_ptr_array_index (sources, i);
      GString *line = g_string_new (sw_source_get_title (source));

      if (sw_source_get_publisher (source) != NULL)
        g_string_append_printf (line, ", %s", sw_source_get_publisher (source));
      if (sw_source_get_date (source) != NULL)
        g_string_append_printf (line, ", %s", sw_source_get_date (source));
      if (sw_source_get_url (source) != NULL)
        g_string_append_printf (line, ". %s", sw_source_get_url (source));
      g_ptr_array_add (report->sources, g_string_free (line, FALSE));
    }
}

/**
 * sw_report_new:
 * @options: the language and the scope (options->nodes); other fields are ignored
 *
 * Builds the report of @document.  Reads the document, so call it where the
 * document is not being edited; the result can then go to any thread.
 *
 * Returns: (transfer full): the report
 */
SwReport *
sw_report_new (SwDocument            *document,
               const SwExportOptions *options)
{
  SwReport *report = g_new0 (SwReport, 1);
  SwReportBuilder builder = { report, document, NULL, NULL, NULL };
  const char *language = options->language;

  if (language == NULL || !sw_document_has_language (document, language))
    language = sw_document_get_source_language (document);

  report->language = g_strdup (language);
  report->catalog = sw_mo_catalog_new_for_language (GETTEXT_PACKAGE, language);
  report->rtl = sw_language_tag_is_rtl (language);
  report->document = g_object_ref (document);
  report->builtin = sw_document_new ("en");
  report->blocks = g_ptr_array_new_with_free_func (block_free);
  if (options->nodes != NULL)
    {
      GHashTableIter iter;
      gpointer node;

      report->scope = g_hash_table_new (NULL, NULL);
      g_hash_table_iter_init (&iter, options->nodes);
      while (g_hash_table_iter_next (&iter, &node, NULL))
        g_hash_table_add (report->scope, node);
      builder.visible = visible_nodes (document, report->scope);
    }

  builder.language = report->language;
  builder.anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  build_title_page (&builder);
  _sw_report_build_chapters (&builder);
  _sw_report_build_partners (&builder);
  _sw_report_build_status (&builder);
  _sw_report_build_gaps (&builder);

  g_clear_pointer (&builder.visible, g_hash_table_unref);
  g_clear_pointer (&builder.anchors, g_hash_table_unref);
  return report;
}
