/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The chapters that follow the hierarchy: an overview with the figure, the
 * concept, each guiding principle, and each action area with its objectives
 * and the commitments under them.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-report-private.h"

/* Kinds counted in the overview, in the order of the hierarchy. */
static const char * const overview_kinds[] = {
  "principle", "action-area", "objective", "commitment", "partner",
};

static void
build_overview (SwReportBuilder *builder)
{
  SwReportBlock *heading;
  SwReportBlock *counts;
  SwReportBlock *figure;

  heading = _sw_report_add_heading (builder, 1, NULL, NULL,
                                    _sw_report_tr (builder, N_("The strategy at a glance")),
                                    "overview");
  heading->new_page = TRUE;

  counts = _sw_report_add_block (builder, SW_REPORT_BLOCK_FIELDS, 2);
  for (guint i = 0; i < G_N_ELEMENTS (overview_kinds); i++)
    {
      g_autoptr(GPtrArray) nodes = _sw_report_nodes_of_kind (builder, overview_kinds[i]);
      g_autofree char *count = g_strdup_printf ("%u", nodes->len);

      if (nodes->len > 0)
        _sw_report_add_field (counts, _sw_report_kind_label (builder, overview_kinds[i]), count);
    }

  figure = _sw_report_add_block (builder, SW_REPORT_BLOCK_FIGURE, 0);
  figure->text = g_strdup (_sw_report_tr (builder,
                                          N_("The strategy as a graph: each card is a part of "
                                             "the strategy, each arrow a link between two "
                                             "parts.")));
}

static char *
dates_text (SwReportBuilder *builder,
            SwNode          *node)
{
  const char *start = sw_node_get_start (node);
  const char *due = sw_node_get_due (node);

  if (start != NULL && due != NULL)
    /* TRANSLATORS: a span of dates in a report, e.g. “2024-05-06 – 2025-12-31” */
    return g_strdup_printf (_sw_report_tr (builder, N_("%s – %s")), start, due);
  if (start != NULL)
    return g_strdup_printf (_sw_report_tr (builder, N_("from %s")), start);
  if (due != NULL)
    return g_strdup_printf (_sw_report_tr (builder, N_("by %s")), due);
  return NULL;
}

static char *
join_titles (SwReportBuilder *builder,
             GPtrArray       *nodes)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (titles, (gpointer) _sw_report_title (builder, g_ptr_array_index (nodes, i)));
  g_ptr_array_add (titles, NULL);

  /* TRANSLATORS: the separator between items of a list in a sentence */
  return g_strjoinv (_sw_report_tr (builder, N_("; ")), (char **) titles->pdata);
}

/*
 * The facts of a node under its heading.  @with_owner_gap names a missing
 * owner, which matters for a commitment: someone has to deliver it.
 */
static void
add_node_fields (SwReportBuilder *builder,
                 SwNode          *node,
                 gboolean         with_owner_gap,
                 gboolean         indented)
{
  SwReportBlock *fields = _sw_report_add_block (builder, SW_REPORT_BLOCK_FIELDS, 2);
  g_autofree char *dates = dates_text (builder, node);
  g_autoptr(GPtrArray) partners = _sw_report_partners_of (builder, node);
  g_autofree char *partner_names = join_titles (builder, partners);
  const char *owner = sw_node_get_owner (node);

  fields->indented = indented;
  if (owner == NULL && with_owner_gap)
    _sw_report_add_field (fields, _sw_report_tr (builder, N_("Owner")),
                          _sw_report_tr (builder, N_("Not assigned")));
  else
    _sw_report_add_field (fields, _sw_report_tr (builder, N_("Owner")), owner);
  _sw_report_add_field (fields, _sw_report_tr (builder, N_("Status")),
                        _sw_report_status_label (builder, sw_node_get_status (node)));
  _sw_report_add_field (fields, _sw_report_tr (builder, N_("Dates")), dates);
  _sw_report_add_field (fields, _sw_report_tr (builder, N_("Indicator")),
                        sw_node_get_indicator (node));
  _sw_report_add_field (fields, _sw_report_tr (builder, N_("Partners")), partner_names);
}

static void
build_commitment (SwReportBuilder *builder,
                  SwNode          *commitment)
{
  SwReportBlock *heading = _sw_report_add_heading (builder, 3, NULL, commitment, NULL, NULL);
  guint first = builder->report->blocks->len;

  heading->indented = TRUE;
  _sw_report_add_description (builder, commitment, SW_REPORT_TEXT_BODY);
  for (guint i = first; i < builder->report->blocks->len; i++)
    ((SwReportBlock *) g_ptr_array_index (builder->report->blocks, i))->indented = TRUE;
  add_node_fields (builder, commitment, TRUE, TRUE);
}

static void
build_objective (SwReportBuilder *builder,
                 SwNode          *objective,
                 const char      *eyebrow)
{
  g_autoptr(GPtrArray) commitments = _sw_report_children_of_kind (builder, objective, NULL);

  _sw_report_add_heading (builder, 2, eyebrow, objective, NULL, NULL);
  _sw_report_add_description (builder, objective, SW_REPORT_TEXT_BODY);
  add_node_fields (builder, objective, FALSE, FALSE);

  if (commitments->len == 0)
    _sw_report_add_paragraph (builder, SW_REPORT_TEXT_NOTE,
                              _sw_report_tr (builder,
                                             N_("No commitment advances this objective yet.")),
                              NULL);

  for (guint i = 0; i < commitments->len; i++)
    build_commitment (builder, g_ptr_array_index (commitments, i));
}

static void
build_action_area (SwReportBuilder *builder,
                   SwNode          *area,
                   guint            number)
{
  g_autoptr(GPtrArray) children = _sw_report_children_of_kind (builder, area, NULL);
  g_autoptr(GPtrArray) direct = g_ptr_array_new ();
  g_autofree char *eyebrow = g_strdup_printf ("%s %u", _sw_report_kind_label (builder, "action-area"),
                                              number);
  guint n_sections = 0;

  _sw_report_add_heading (builder, 1, eyebrow, area, NULL, NULL)->new_page = TRUE;
  _sw_report_add_description (builder, area, SW_REPORT_TEXT_LEAD);
  add_node_fields (builder, area, FALSE, FALSE);

  for (guint i = 0; i < children->len; i++)
    {
      SwNode *child = g_ptr_array_index (children, i);
      g_autofree char *section = NULL;

      /* Commitments that advance the area itself come after its objectives. */
      if (g_str_equal (sw_node_get_kind (child), "commitment"))
        {
          g_ptr_array_add (direct, child);
          continue;
        }

      section = g_strdup_printf ("%s %u.%u", _sw_report_kind_label (builder, sw_node_get_kind (child)),
                                 number, ++n_sections);
      build_objective (builder, child, section);
    }

  if (direct->len > 0)
    {
      g_autofree char *anchor = g_strdup_printf ("area-%u-direct", number);

      _sw_report_add_heading (builder, 2, NULL, NULL,
                              _sw_report_tr (builder,
                                             N_("Commitments to the action area as a whole")),
                              anchor);
      for (guint i = 0; i < direct->len; i++)
        build_commitment (builder, g_ptr_array_index (direct, i));
    }
}

/*
 * One chapter per node of @kind.  These chapters are short, so only the
 * first opens a page when @opens_page, and the others follow it.
 */
static void
build_simple_chapters (SwReportBuilder *builder,
                       const char      *kind,
                       gboolean         numbered,
                       gboolean         opens_page)
{
  g_autoptr(GPtrArray) nodes = _sw_report_nodes_of_kind (builder, kind);

  for (guint i = 0; i < nodes->len; i++)
    {
      SwNode *node = g_ptr_array_index (nodes, i);
      g_autoptr(GPtrArray) children = _sw_report_children_of_kind (builder, node, NULL);
      g_autofree char *eyebrow = numbered
        ? g_strdup_printf ("%s %u", _sw_report_kind_label (builder, kind), i + 1)
        : g_strdup (_sw_report_kind_label (builder, kind));
      SwReportBlock *heading = _sw_report_add_heading (builder, 1, eyebrow, node, NULL, NULL);

      heading->new_page = opens_page && i == 0;
      _sw_report_add_description (builder, node, SW_REPORT_TEXT_LEAD);
      if (children->len > 0)
        {
          SwReportBlock *fields = _sw_report_add_block (builder, SW_REPORT_BLOCK_FIELDS, 2);
          g_autofree char *names = join_titles (builder, children);

          /* TRANSLATORS: a field in a report, followed by the parts a principle guides */
          _sw_report_add_field (fields, _sw_report_tr (builder, N_("Guides")), names);
        }
    }
}

void
_sw_report_build_chapters (SwReportBuilder *builder)
{
  g_autoptr(GPtrArray) areas = _sw_report_nodes_of_kind (builder, "action-area");
  g_autoptr(GPtrArray) concepts = _sw_report_nodes_of_kind (builder, "concept");

  build_overview (builder);
  build_simple_chapters (builder, "concept", FALSE, TRUE);
  build_simple_chapters (builder, "principle", TRUE, concepts->len == 0);

  for (guint i = 0; i < areas->len; i++)
    build_action_area (builder, g_ptr_array_index (areas, i), i + 1);
}
