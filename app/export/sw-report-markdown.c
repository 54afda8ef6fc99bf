/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report as CommonMark, for wikis and for pandoc.  Document text is
 * escaped so that it reads as text in CommonMark and in pandoc's Markdown
 * (which also gives meaning to `$`, `@`, `^`, `~` and braces); tables use the
 * pipe syntax that GitHub, GitLab and pandoc read.  The figure is left out:
 * Markdown has no vector graphics of its own.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-report.h"

/* Characters escaped wherever they are: inline syntax in CommonMark or pandoc. */
#define INLINE_SPECIALS "\\`*_[]<>|&~^$@{}!"

static void
append_escaped (GString    *out,
                const char *text)
{
  gboolean line_start = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '\r' || c == '\n' || c == '\t')
        {
          /* Line breaks inside a block would end it or start another. */
          if (!line_start && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }

      if (line_start)
        {
          /* Leading spaces would make a code block; #, -, +, =, > start other blocks. */
          if (c == ' ')
            continue;
          if (strchr ("#-+=>", c) != NULL)
            g_string_append_c (out, '\\');
          else if (g_ascii_isdigit (c))
            {
              const char *q = p;

              /* "1." or "1)" at the start of a block is an ordered list. */
              while (g_ascii_isdigit (*q))
                g_string_append_c (out, *q++);
              if (*q == '.' || *q == ')')
                g_string_append_c (out, '\\');
              p = q - 1;
              line_start = FALSE;
              continue;
            }
        }
      line_start = FALSE;

      if (strchr (INLINE_SPECIALS, c) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, c);
    }
}

/* The identifier GitHub, GitLab and Gitea give a heading, so that the contents can link to it. */
static char *
heading_slug (const char *text,
              GHashTable *used)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *slug = g_string_new (NULL);
  char *candidate;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        g_string_append_c (slug, '-');
      else if (c == '-' || c == '_' || g_unichar_isalnum (c) || g_unichar_ismark (c))
        g_string_append_unichar (slug, c);
    }

  candidate = g_strdup (slug->str);
  for (guint n = 1; g_hash_table_contains (used, candidate); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", slug->str, n);
    }
  g_hash_table_add (used, g_strdup (candidate));
  g_string_free (slug, TRUE);
  return candidate;
}

static char *
heading_text (const SwReport      *report,
              const SwReportBlock *block)
{
  if (block->eyebrow != NULL)
    /* TRANSLATORS: a heading with its kind and number, e.g. “Action area 2: Align …” */
    return g_strdup_printf (sw_report_gettext (report, N_("%s: %s")), block->eyebrow,
                            block->text);
  return g_strdup (block->text);
}

static void
write_heading (GString             *out,
               const SwReport      *report,
               const SwReportBlock *block)
{
  g_autofree char *text = heading_text (report, block);

  g_string_append_len (out, "#####", block->level + 1);
  g_string_append_c (out, ' ');
  append_escaped (out, text);
  g_string_append (out, "\n\n");
}

static void
write_table (GString             *out,
             const SwReportBlock *block)
{
  guint n_rows = block->cells->len / block->n_columns;

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append_c (out, '|');
      for (guint c = 0; c < block->n_columns; c++)
        {
          g_string_append_c (out, ' ');
          append_escaped (out, g_ptr_array_index (block->cells, r * block->n_columns + c));
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');

      if (r == 0)
        {
          g_string_append_c (out, '|');
          for (guint c = 0; c < block->n_columns; c++)
            g_string_append (out, block->numeric_columns & (1u << c) ? " ---: |" : " --- |");
          g_string_append_c (out, '\n');
        }
    }
  g_string_append_c (out, '\n');
}

static void
write_block (GString             *out,
             const SwReport      *report,
             const SwReportBlock *block)
{
  switch (block->type)
    {
    case SW_REPORT_BLOCK_HEADING:
      write_heading (out, report, block);
      break;

    case SW_REPORT_BLOCK_PARAGRAPH:
      if (block->style == SW_REPORT_TEXT_NOTE)
        g_string_append_c (out, '*');
      append_escaped (out, block->text);
      if (block->style == SW_REPORT_TEXT_NOTE)
        g_string_append_c (out, '*');
      g_string_append (out, "\n\n");
      break;

    case SW_REPORT_BLOCK_FIELDS:
      for (guint i = 0; i + 1 < block->cells->len; i += 2)
        {
          g_string_append (out, "- **");
          append_escaped (out, g_ptr_array_index (block->cells, i));
          g_string_append (out, ":** ");
          append_escaped (out, g_ptr_array_index (block->cells, i + 1));
          g_string_append_c (out, '\n');
        }
      if (block->cells->len > 0)
        g_string_append_c (out, '\n');
      break;

    case SW_REPORT_BLOCK_LIST:
      for (guint i = 0; i < block->cells->len; i++)
        {
          g_string_append (out, "- ");
          append_escaped (out, g_ptr_array_index (block->cells, i));
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
      break;

    case SW_REPORT_BLOCK_TABLE:
      write_table (out, block);
      break;

    case SW_REPORT_BLOCK_FIGURE:
    default:
      break;
    }
}

static void
write_front_matter (GString  *out,
                    SwReport *report)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();

  g_string_append (out, "# ");
  append_escaped (out, report->title);
  g_string_append (out, "\n\n");
  if (report->subtitle[0] != '\0')
    {
      g_string_append_c (out, '*');
      append_escaped (out, report->subtitle);
      g_string_append (out, "*\n\n");
    }

  if (report->edition != NULL)
    g_ptr_array_add (facts, g_strdup_printf (sw_report_gettext (report, N_("Edition %s")),
                                             report->edition));
  g_ptr_array_add (facts, g_strdup (report->date));
  if (report->authors[0] != NULL)
    g_ptr_array_add (facts, g_strjoinv (", ", report->authors));
  for (guint i = 0; i < facts->len; i++)
    {
      if (i > 0)
        g_string_append (out, " · ");
      append_escaped (out, g_ptr_array_index (facts, i));
      g_free (g_ptr_array_index (facts, i));
    }
  g_string_append (out, "\n\n");

  if (report->sources->len > 0)
    {
      g_string_append_printf (out, "**%s**\n\n", sw_report_gettext (report, N_("Sources")));
      for (guint i = 0; i < report->sources->len; i++)
        {
          g_string_append (out, "- ");
          append_escaped (out, g_ptr_array_index (report->sources, i));
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_contents (GString  *out,
                SwReport *report)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The title's and this heading's slugs are taken first, as renderers give
   * them out in order; they are only kept from the others. */
  G_GNUC_UNUSED g_autofree char *title_slug = heading_slug (report->title, used);
  const char *contents = sw_report_gettext (report, N_("Contents"));
  G_GNUC_UNUSED g_autofree char *contents_slug = heading_slug (contents, used);

  g_string_append_printf (out, "## %s\n\n", contents);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);
      g_autofree char *text = NULL;
      g_autofree char *slug = NULL;

      if (block->type != SW_REPORT_BLOCK_HEADING || block->level > 1)
        {
          /* Deeper headings take their slugs too, so that later duplicates number alike. */
          if (block->type == SW_REPORT_BLOCK_HEADING)
            {
              g_autofree char *deeper = heading_text (report, block);

              g_free (heading_slug (deeper, used));
            }
          continue;
        }

      text = heading_text (report, block);
      slug = heading_slug (text, used);
      g_string_append (out, "- [");
      append_escaped (out, text);
      g_string_append_printf (out, "](#%s)\n", slug);
    }
  g_string_append_c (out, '\n');
}

GBytes *
sw_report_write_markdown (SwDocument             *document,
                          const SwExportOptions  *options,
                          GCancellable           *cancellable,
                          GError                **error)
{
  g_autoptr(SwReport) report = sw_report_new (document, options);
  GString *out = g_string_new (NULL);

  write_front_matter (out, report);
  write_contents (out, report);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      write_block (out, report, g_ptr_array_index (report->blocks, i));
    }

  /* One newline at the end, as text files have. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free_to_bytes (out);
}
