/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwImportReport: what an import could not carry over as it was.  Things
 * that happen to many elements at once ("12 file nodes became notes") are
 * counted and said once; things about one element ("edge e7: no node “n99”")
 * are listed, up to a limit, so that a huge broken file gives a report a
 * person can still read.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-import-private.h"

/* Listed one by one up to here, then counted. */
#define MAX_LINES 100

struct _SwImportReport
{
  gatomicrefcount  ref_count;
  guint            n_nodes;
  guint            n_links;
  guint            tallies[SW_IMPORT_N_TALLIES];
  GPtrArray       *lines;
  guint            n_more;
};

G_DEFINE_BOXED_TYPE (SwImportReport, sw_import_report, sw_import_report_ref,
                     sw_import_report_unref)

/**
 * sw_import_report_new:
 *
 * Returns: (transfer full): an empty report.
 */
SwImportReport *
sw_import_report_new (void)
{
  SwImportReport *self = g_new0 (SwImportReport, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->lines = g_ptr_array_new_with_free_func (g_free);

  return self;
}

SwImportReport *
sw_import_report_ref (SwImportReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sw_import_report_unref (SwImportReport *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->lines);
  g_free (self);
}

guint
sw_import_report_get_n_nodes (SwImportReport *self)
{
  return self->n_nodes;
}

guint
sw_import_report_get_n_links (SwImportReport *self)
{
  return self->n_links;
}

void
_sw_import_report_set_counts (SwImportReport *self,
                              guint           n_nodes,
                              guint           n_links)
{
  self->n_nodes = n_nodes;
  self->n_links = n_links;
}

void
_sw_import_report_tally (SwImportReport *self,
                         SwImportTally   tally)
{
  g_return_if_fail (tally < SW_IMPORT_N_TALLIES);

  self->tallies[tally]++;
}

void
_sw_import_report_add (SwImportReport *self,
                       const char     *format,
                       ...)
{
  va_list args;

  if (self->lines->len >= MAX_LINES)
    {
      self->n_more++;
      return;
    }

  va_start (args, format);
  g_ptr_array_add (self->lines, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Kept as one switch so that xgettext sees each plural pair. */
static char *
tally_line (SwImportTally tally,
            guint         n)
{
  switch (tally)
    {
    case SW_IMPORT_TALLY_FILE_NODES:
      return g_strdup_printf (ngettext ("%u file node became a note",
                                        "%u file nodes became notes", n), n);
    case SW_IMPORT_TALLY_LINK_NODES:
      return g_strdup_printf (ngettext ("%u web link node became a note",
                                        "%u web link nodes became notes", n), n);
    case SW_IMPORT_TALLY_GROUPS:
      return g_strdup_printf (ngettext ("%u group is not a node here: its label became a tag "
                                        "of the nodes inside it",
                                        "%u groups are not nodes here: their labels became tags "
                                        "of the nodes inside them", n), n);
    case SW_IMPORT_TALLY_NO_KIND:
      return g_strdup_printf (ngettext ("%u node had no kind this document knows and became a note",
                                        "%u nodes had no kind this document knows and became notes",
                                        n), n);
    case SW_IMPORT_TALLY_LINK_NOT_ALLOWED:
      return g_strdup_printf (ngettext ("%u link was not allowed between the kinds of its ends "
                                        "and became “relates to”",
                                        "%u links were not allowed between the kinds of their ends "
                                        "and became “relates to”", n), n);
    case SW_IMPORT_TALLY_LINK_NO_KIND:
      return g_strdup_printf (ngettext ("%u link had no kind this document knows and became "
                                        "“relates to”",
                                        "%u links had no kind this document knows and became "
                                        "“relates to”", n), n);
    case SW_IMPORT_TALLY_LINK_KIND_INFERRED:
      return g_strdup_printf (ngettext ("%u link took its kind from the kinds of its ends",
                                        "%u links took their kind from the kinds of their ends",
                                        n), n);
    case SW_IMPORT_TALLY_NO_POSITION:
      return g_strdup_printf (ngettext ("%u node had no position and was placed on a grid",
                                        "%u nodes had no position and were placed on a grid",
                                        n), n);
    case SW_IMPORT_TALLY_NO_TITLE:
      return g_strdup_printf (ngettext ("%u node had no title and is titled with its id",
                                        "%u nodes had no title and are titled with their ids",
                                        n), n);
    case SW_IMPORT_TALLY_NEW_ID:
      return g_strdup_printf (ngettext ("%u id could not be kept and was replaced",
                                        "%u ids could not be kept and were replaced", n), n);
    case SW_IMPORT_TALLY_SELF_LINK:
      return g_strdup_printf (ngettext ("%u link from a node to itself was skipped",
                                        "%u links from a node to itself were skipped", n), n);
    case SW_IMPORT_TALLY_DUPLICATE_LINK:
      return g_strdup_printf (ngettext ("%u link repeated another one and was skipped",
                                        "%u links repeated others and were skipped", n), n);
    case SW_IMPORT_N_TALLIES:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sw_import_report_get_lines:
 *
 * Returns: (transfer full): one sentence per thing that was not carried
 *   over as it was, counted ones first; empty when everything was.
 */
char **
sw_import_report_get_lines (SwImportReport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < SW_IMPORT_N_TALLIES; i++)
    if (self->tallies[i] > 0)
      {
        g_autofree char *line = tally_line (i, self->tallies[i]);

        g_strv_builder_add (builder, line);
      }

  for (guint i = 0; i < self->lines->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->lines, i));

  if (self->n_more > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("… and %u more",
                                                         "… and %u more", self->n_more),
                                               self->n_more);

      g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}

/**
 * sw_import_report_to_string:
 *
 * Returns: (transfer full): the counts, then each line of the report.
 */
char *
sw_import_report_to_string (SwImportReport *self)
{
  g_auto(GStrv) lines = sw_import_report_get_lines (self);
  GString *text = g_string_new (NULL);
  g_autofree char *nodes = g_strdup_printf (ngettext ("%u node", "%u nodes", self->n_nodes),
                                            self->n_nodes);
  g_autofree char *links = g_strdup_printf (ngettext ("%u link", "%u links", self->n_links),
                                            self->n_links);

  /* Translators: "Imported 46 nodes and 56 links" */
  g_string_append_printf (text, _("Imported %s and %s"), nodes, links);
  g_string_append_c (text, '\n');
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (text, "  %s\n", lines[i]);

  return g_string_free (text, FALSE);
}
