/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The chapters that look across the hierarchy: commitments by partner, the
 * status of the work, and the gaps a drafter still has to fill.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-report-private.h"

static SwReportBlock *
add_table (SwReportBuilder    *builder,
           const char * const *header,
           const double       *widths,
           guint               numeric_columns)
{
  guint n = g_strv_length ((char **) header);
  SwReportBlock *table = _sw_report_add_block (builder, SW_REPORT_BLOCK_TABLE, n);

  for (guint i = 0; i < n; i++)
    {
      _sw_report_add_cell (table, header[i]);
      table->widths[i] = widths[i];
    }
  table->numeric_columns = numeric_columns;
  return table;
}

/* The first parent of @node, for the “advances” column: where a commitment sits. */
static const char *
parent_title (SwReportBuilder *builder,
              SwNode          *node)
{
  g_autoptr(GPtrArray) parents = sw_document_get_parents (builder->document, node, NULL);

  return parents->len > 0 ? _sw_report_title (builder, g_ptr_array_index (parents, 0)) : "";
}

static void
add_partner_row (SwReportBuilder *builder,
                 SwReportBlock   *table,
                 const char      *partner,
                 SwNode          *commitment)
{
  _sw_report_add_cell (table, partner);
  _sw_report_add_cell (table, _sw_report_title (builder, commitment));
  _sw_report_add_cell (table, parent_title (builder, commitment));
  _sw_report_add_cell (table, _sw_report_status_label (builder, sw_node_get_status (commitment)));
}

void
_sw_report_build_partners (SwReportBuilder *builder)
{
  static const double widths[] = { 0.22, 0.34, 0.30, 0.14 };
  const char * const header[] = {
    _sw_report_kind_label (builder, "partner"), _sw_report_kind_label (builder, "commitment"),
    _sw_report_tr (builder, N_("Advances")), _sw_report_tr (builder, N_("Status")), NULL,
  };
  g_autoptr(GPtrArray) partners = sw_document_get_nodes_of_kind (builder->document, "partner");
  g_autoptr(GPtrArray) commitments = _sw_report_nodes_of_kind (builder, "commitment");
  g_autoptr(GHashTable) with_partner = g_hash_table_new (NULL, NULL);
  SwReportBlock *table;

  _sw_report_add_heading (builder, 1, NULL, NULL,
                          _sw_report_tr (builder, N_("Commitments by partner")),
                          "partners")->new_page = TRUE;
  _sw_report_add_paragraph (builder, SW_REPORT_TEXT_LEAD,
                            _sw_report_tr (builder,
                                           N_("Each partner and the commitments it has made, "
                                              "with the part of the strategy each one "
                                              "advances and where it stands.")),
                            NULL);
  table = add_table (builder, header, widths, 0);

  for (guint i = 0; i < partners->len; i++)
    {
      SwNode *partner = g_ptr_array_index (partners, i);
      g_autoptr(GPtrArray) links = sw_document_get_node_links (builder->document, partner);
      const char *name = _sw_report_title (builder, partner);
      guint n_rows = 0;

      for (guint j = 0; j < links->len; j++)
        {
          SwLink *link = g_ptr_array_index (links, j);
          SwNode *other = sw_link_get_from (link) == partner ? sw_link_get_to (link)
                                                             : sw_link_get_from (link);

          if (!g_str_equal (sw_node_get_kind (other), "commitment")
              || !g_ptr_array_find (commitments, other, NULL))
            continue;

          /* The partner's name only on its first row, so that its rows read as one group. */
          add_partner_row (builder, table, n_rows++ == 0 ? name : "", other);
          g_hash_table_add (with_partner, other);
        }
    }

  for (guint i = 0, n_rows = 0; i < commitments->len; i++)
    if (!g_hash_table_contains (with_partner, g_ptr_array_index (commitments, i)))
      add_partner_row (builder, table,
                       n_rows++ == 0 ? _sw_report_tr (builder, N_("No partner named")) : "",
                       g_ptr_array_index (commitments, i));
}

/* The nodes of @kind at or below @area, each once. */
static GPtrArray *
under_area (SwReportBuilder *builder,
            SwNode          *area,
            const char      *kind)
{
  g_autoptr(GPtrArray) children = _sw_report_children_of_kind (builder, area, NULL);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < children->len; i++)
    {
      SwNode *child = g_ptr_array_index (children, i);
      g_autoptr(GPtrArray) grandchildren = _sw_report_children_of_kind (builder, child, kind);

      if (g_str_equal (sw_node_get_kind (child), kind) && !g_ptr_array_find (result, child, NULL))
        g_ptr_array_add (result, child);
      for (guint j = 0; j < grandchildren->len; j++)
        if (!g_ptr_array_find (result, g_ptr_array_index (grandchildren, j), NULL))
          g_ptr_array_add (result, g_ptr_array_index (grandchildren, j));
    }

  return result;
}

static void
add_count_row (SwReportBlock *table,
               const char    *label,
               const guint   *counts)
{
  guint total = 0;

  _sw_report_add_cell (table, label);
  for (guint s = 0; s < SW_N_NODE_STATUSES; s++)
    {
      g_autofree char *cell = g_strdup_printf ("%u", counts[s]);

      _sw_report_add_cell (table, cell);
      total += counts[s];
    }
  {
    g_autofree char *cell = g_strdup_printf ("%u", total);

    _sw_report_add_cell (table, cell);
  }
}

/* A table of how many nodes of @kind stand at each status, per action area. */
static void
build_status_table (SwReportBuilder *builder,
                    const char      *kind,
                    const char      *heading)
{
  static const double widths[] = { 0.34, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11 };
  const char *header[SW_N_NODE_STATUSES + 3] = { _sw_report_kind_label (builder, "action-area") };
  g_autoptr(GPtrArray) areas = _sw_report_nodes_of_kind (builder, "action-area");
  guint totals[SW_N_NODE_STATUSES] = { 0 };
  g_autofree char *anchor = g_strconcat ("status-", kind, NULL);
  SwReportBlock *table;

  for (guint s = 0; s < SW_N_NODE_STATUSES; s++)
    header[s + 1] = _sw_report_status_label (builder, s);
  header[SW_N_NODE_STATUSES + 1] = _sw_report_tr (builder, N_("Total"));

  _sw_report_add_heading (builder, 2, NULL, NULL, heading, anchor);
  table = add_table (builder, header, widths, 0x7e);

  for (guint i = 0; i < areas->len; i++)
    {
      SwNode *area = g_ptr_array_index (areas, i);
      g_autoptr(GPtrArray) nodes = under_area (builder, area, kind);
      guint counts[SW_N_NODE_STATUSES] = { 0 };

      for (guint j = 0; j < nodes->len; j++)
        if (_sw_report_in_scope (builder, g_ptr_array_index (nodes, j)))
          counts[sw_node_get_status (g_ptr_array_index (nodes, j))]++;
      for (guint s = 0; s < SW_N_NODE_STATUSES; s++)
        totals[s] += counts[s];
      add_count_row (table, _sw_report_title (builder, area), counts);
    }

  add_count_row (table, _sw_report_tr (builder, N_("All action areas")), totals);
}

void
_sw_report_build_status (SwReportBuilder *builder)
{
  _sw_report_add_heading (builder, 1, NULL, NULL,
                          _sw_report_tr (builder, N_("Status of the work")),
                          "status")->new_page = TRUE;
  _sw_report_add_paragraph (builder, SW_REPORT_TEXT_LEAD,
                            _sw_report_tr (builder,
                                           N_("How many objectives and commitments under each "
                                              "action area are proposed, under way, done, at "
                                              "risk or dropped.")),
                            NULL);
  build_status_table (builder, "objective", _sw_report_tr (builder, N_("Objectives by status")));
  build_status_table (builder, "commitment", _sw_report_tr (builder, N_("Commitments by status")));
}

/* A list of @nodes under a heading, each with @detail of it; “None.” when empty. */
static void
add_gap_list (SwReportBuilder *builder,
              const char      *heading,
              const char      *anchor,
              GPtrArray       *nodes,
              gboolean         with_kind)
{
  SwReportBlock *list;

  _sw_report_add_heading (builder, 2, NULL, NULL, heading, anchor);
  if (nodes->len == 0)
    {
      _sw_report_add_paragraph (builder, SW_REPORT_TEXT_NOTE,
                                _sw_report_tr (builder, N_("None.")), NULL);
      return;
    }

  list = _sw_report_add_block (builder, SW_REPORT_BLOCK_LIST, 0);
  for (guint i = 0; i < nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (nodes, i);
      const char *context = with_kind ? _sw_report_kind_label (builder, sw_node_get_kind (node))
                                      : parent_title (builder, node);
      g_autofree char *item = context[0] != '\0'
        /* TRANSLATORS: an item in a list of gaps: a title, then its kind or where it sits */
        ? g_strdup_printf (_sw_report_tr (builder, N_("%s (%s)")),
                           _sw_report_title (builder, node), context)
        : g_strdup (_sw_report_title (builder, node));

      _sw_report_add_cell (list, item);
    }
}

void
_sw_report_build_gaps (SwReportBuilder *builder)
{
  g_autoptr(GPtrArray) objectives = _sw_report_nodes_of_kind (builder, "objective");
  g_autoptr(GPtrArray) commitments = _sw_report_nodes_of_kind (builder, "commitment");
  g_autoptr(GPtrArray) orphans = sw_document_get_orphans (builder->document);
  g_autoptr(GPtrArray) bare_objectives = g_ptr_array_new ();
  g_autoptr(GPtrArray) unowned = g_ptr_array_new ();
  g_autoptr(GPtrArray) outside = g_ptr_array_new ();

  for (guint i = 0; i < objectives->len; i++)
    {
      SwNode *objective = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) children = sw_document_get_children (builder->document, objective,
                                                                NULL);
      gboolean has_commitment = FALSE;

      for (guint j = 0; j < children->len && !has_commitment; j++)
        has_commitment = g_str_equal (sw_node_get_kind (g_ptr_array_index (children, j)),
                                      "commitment");
      if (!has_commitment && _sw_report_in_scope (builder, objective))
        g_ptr_array_add (bare_objectives, objective);
    }

  for (guint i = 0; i < commitments->len; i++)
    {
      SwNode *commitment = g_ptr_array_index (commitments, i);

      if (sw_node_get_owner (commitment) == NULL && _sw_report_in_scope (builder, commitment))
        g_ptr_array_add (unowned, commitment);
    }

  for (guint i = 0; i < orphans->len; i++)
    if (_sw_report_in_scope (builder, g_ptr_array_index (orphans, i)))
      g_ptr_array_add (outside, g_ptr_array_index (orphans, i));

  _sw_report_add_heading (builder, 1, NULL, NULL, _sw_report_tr (builder, N_("Gaps")),
                          "gaps")->new_page = TRUE;
  _sw_report_add_paragraph (builder, SW_REPORT_TEXT_LEAD,
                            _sw_report_tr (builder,
                                           N_("What the strategy does not say yet: objectives "
                                              "that no commitment advances, commitments that "
                                              "nobody owns, and parts that are not connected "
                                              "to the rest.")),
                            NULL);
  add_gap_list (builder, _sw_report_tr (builder, N_("Objectives without commitments")),
                "gaps-objectives", bare_objectives, FALSE);
  add_gap_list (builder, _sw_report_tr (builder, N_("Commitments without an owner")),
                "gaps-owners", unowned, FALSE);
  add_gap_list (builder, _sw_report_tr (builder, N_("Parts outside the hierarchy")),
                "gaps-outside", outside, TRUE);
}
