/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report as one self-contained HTML file: inline CSS that reads well on
 * a phone and prints on paper, the graph as inline SVG, sections and
 * headings that follow the report's structure.  Every piece of document
 * text goes through g_markup_escape_text(), in text and in attributes alike,
 * so nothing in a document can become markup or script.
 */
#define G_LOG_DOMAIN "sw-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-report-figure.h"
#include "sw-report-html-private.h"
#include "sw-validate.h"

typedef struct
{
  GString  *out;
  SwReport *report;
  guint     open_levels;   /* how many <section> elements are open */
  guint     section_level[4];
} HtmlWriter;

/* Appends @text escaped for an element's content or a quoted attribute value. */
static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  g_string_append (out, escaped);
}

/* Paragraph breaks inside a text become <br>, so a description keeps its shape. */
static void
append_multiline (GString    *out,
                  const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<br />");
      append_text (out, lines[i]);
    }
}

/* lang and dir for a text that fell back to another language than the report's. */
static void
append_language_attributes (GString             *out,
                            const SwReport      *report,
                            const SwReportBlock *block)
{
  if (block->language == NULL || g_str_equal (block->language, report->language))
    return;

  g_string_append (out, " lang=\"");
  append_text (out, block->language);
  g_string_append (out, "\" dir=\"auto\"");
}

static void
close_sections (HtmlWriter *w,
                guint       level)
{
  while (w->open_levels > 0 && w->section_level[w->open_levels - 1] >= level)
    {
      g_string_append (w->out, "</section>\n");
      w->open_levels--;
    }
}

static void
write_heading (HtmlWriter          *w,
               const SwReportBlock *block)
{
  GString *out = w->out;
  guint h = block->level + 1;

  close_sections (w, block->level);
  g_string_append (out, "<section id=\"");
  append_text (out, block->anchor);
  g_string_append_printf (out, "\" class=\"level-%u%s%s\"", block->level,
                          block->new_page ? " new-page" : "",
                          block->indented ? " item" : "");
  /* Colours come from the kind table; only a well-formed one reaches the style attribute. */
  if (block->color != NULL && sw_color_is_valid (block->color))
    g_string_append_printf (out, " style=\"--kind: %s\"", block->color);
  g_string_append (out, ">\n");
  g_assert (w->open_levels < G_N_ELEMENTS (w->section_level));
  w->section_level[w->open_levels++] = block->level;

  g_string_append_printf (out, "<h%u", h);
  append_language_attributes (out, w->report, block);
  g_string_append_c (out, '>');
  if (block->eyebrow != NULL)
    {
      g_string_append (out, "<span class=\"eyebrow\">");
      append_text (out, block->eyebrow);
      g_string_append (out, "</span> ");
    }
  append_text (out, block->text);
  g_string_append_printf (out, "</h%u>\n", h);
}

static void
write_table (GString             *out,
             const SwReportBlock *block)
{
  guint n_rows = block->cells->len / block->n_columns;

  g_string_append (out, "<div class=\"table\"><table>\n<thead><tr>");
  for (guint c = 0; c < block->n_columns; c++)
    {
      g_string_append_printf (out, "<th scope=\"col\"%s>",
                              block->numeric_columns & (1u << c) ? " class=\"number\"" : "");
      append_text (out, g_ptr_array_index (block->cells, c));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint r = 1; r < n_rows; r++)
    {
      const char *first = g_ptr_array_index (block->cells, r * block->n_columns);

      /* A row that starts a group (a new partner) draws a rule above it. */
      g_string_append (out, first[0] != '\0' ? "<tr class=\"group\">" : "<tr>");
      for (guint c = 0; c < block->n_columns; c++)
        {
          gboolean number = (block->numeric_columns & (1u << c)) != 0;

          g_string_append (out, c == 0 ? "<th scope=\"row\"" : "<td");
          if (number)
            g_string_append (out, " class=\"number\"");
          g_string_append_c (out, '>');
          append_text (out, g_ptr_array_index (block->cells, r * block->n_columns + c));
          g_string_append (out, c == 0 ? "</th>" : "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table></div>\n");
}

static void
write_figure (GString             *out,
              SwReport            *report,
              const SwReportBlock *block)
{
  g_autofree char *svg = _sw_report_figure_svg (report);

  if (svg == NULL)
    return;

  g_string_append (out, "<figure class=\"graph\">\n");
  /* The SVG comes from cairo, which escapes the text it draws. */
  g_string_append (out, svg);
  g_string_append (out, "<figcaption>");
  append_text (out, block->text);
  g_string_append (out, "</figcaption>\n</figure>\n");
}

static void
write_block (HtmlWriter          *w,
             const SwReportBlock *block)
{
  GString *out = w->out;
  static const char * const paragraph_classes[] = { "", " class=\"lead\"", " class=\"note\"" };

  switch (block->type)
    {
    case SW_REPORT_BLOCK_HEADING:
      write_heading (w, block);
      break;

    case SW_REPORT_BLOCK_PARAGRAPH:
      g_string_append_printf (out, "<p%s", paragraph_classes[block->style]);
      append_language_attributes (out, w->report, block);
      g_string_append_c (out, '>');
      append_multiline (out, block->text);
      g_string_append (out, "</p>\n");
      break;

    case SW_REPORT_BLOCK_FIELDS:
      if (block->cells->len == 0)
        break;
      g_string_append (out, "<dl class=\"fields\">\n");
      for (guint i = 0; i + 1 < block->cells->len; i += 2)
        {
          g_string_append (out, "<div><dt>");
          append_text (out, g_ptr_array_index (block->cells, i));
          g_string_append (out, "</dt><dd>");
          append_text (out, g_ptr_array_index (block->cells, i + 1));
          g_string_append (out, "</dd></div>\n");
        }
      g_string_append (out, "</dl>\n");
      break;

    case SW_REPORT_BLOCK_LIST:
      g_string_append (out, "<ul>\n");
      for (guint i = 0; i < block->cells->len; i++)
        {
          g_string_append (out, "<li>");
          append_text (out, g_ptr_array_index (block->cells, i));
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
      break;

    case SW_REPORT_BLOCK_TABLE:
      write_table (out, block);
      break;

    case SW_REPORT_BLOCK_FIGURE:
      write_figure (out, w->report, block);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_head (GString               *out,
            SwReport              *report,
            const SwExportOptions *options)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_text (out, report->language);
  g_string_append_printf (out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\" />\n",
                          report->rtl ? "rtl" : "ltr");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, "
                        "initial-scale=1\" />\n");
  g_string_append (out, "<meta name=\"generator\" content=\"Strategy Workbench "
                        PACKAGE_VERSION "\" />\n<title>");
  append_text (out, report->title);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, _sw_report_html_css);
  g_string_append_printf (out, "@page { size: %s; margin: 22mm 20mm 24mm; }\n",
                          options->page_size == SW_PAGE_SIZE_LETTER ? "letter" : "A4");
  g_string_append (out, "</style>\n</head>\n");
}

static void
write_title_page (GString  *out,
                  SwReport *report)
{
  g_string_append (out, "<header class=\"title-page\">\n");
  if (report->edition != NULL)
    {
      g_autofree char *edition = g_strdup_printf (sw_report_gettext (report, N_("Edition %s")),
                                                  report->edition);

      g_string_append (out, "<p class=\"edition\">");
      append_text (out, edition);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<h1>");
  append_text (out, report->title);
  g_string_append (out, "</h1>\n");
  if (report->subtitle[0] != '\0')
    {
      g_string_append (out, "<p class=\"subtitle\">");
      append_text (out, report->subtitle);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<p class=\"meta\">");
  append_text (out, report->date);
  for (guint i = 0; report->authors[i] != NULL; i++)
    {
      g_string_append (out, i == 0 ? "<br />" : ", ");
      append_text (out, report->authors[i]);
    }
  g_string_append (out, "</p>\n");

  if (report->sources->len > 0)
    {
      g_string_append (out, "<section class=\"sources\" aria-labelledby=\"sources\">\n"
                            "<h2 id=\"sources\">");
      append_text (out, sw_report_gettext (report, N_("Sources")));
      g_string_append (out, "</h2>\n<ul>\n");
      for (guint i = 0; i < report->sources->len; i++)
        {
          g_string_append (out, "<li>");
          append_text (out, g_ptr_array_index (report->sources, i));
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n</section>\n");
    }
  g_string_append (out, "</header>\n");
}

static void
write_contents (GString  *out,
                SwReport *report)
{
  g_string_append (out, "<nav class=\"contents\" aria-labelledby=\"contents\">\n"
                        "<h2 id=\"contents\">");
  append_text (out, sw_report_gettext (report, N_("Contents")));
  g_string_append (out, "</h2>\n<ol>\n");
  for (guint i = 0; i < report->blocks->len; i++)
    {
      const SwReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->type != SW_REPORT_BLOCK_HEADING || block->level != 1)
        continue;

      g_string_append (out, "<li><a href=\"#");
      append_text (out, block->anchor);
      g_string_append (out, "\">");
      if (block->eyebrow != NULL)
        {
          g_string_append (out, "<span class=\"eyebrow\">");
          append_text (out, block->eyebrow);
          g_string_append (out, "</span> ");
        }
      append_text (out, block->text);
      g_string_append (out, "</a></li>\n");
    }
  g_string_append (out, "</ol>\n</nav>\n");
}

GBytes *
sw_report_write_html (SwDocument             *document,
                      const SwExportOptions  *options,
                      GCancellable           *cancellable,
                      GError                **error)
{
  g_autoptr(SwReport) report = sw_report_new (document, options);
  HtmlWriter w = { g_string_new (NULL), report, 0 };

  write_head (w.out, report, options);
  g_string_append (w.out, "<body>\n");
  write_title_page (w.out, report);
  write_contents (w.out, report);
  g_string_append (w.out, "<main>\n");
  for (guint i = 0; i < report->blocks->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_string_free (w.out, TRUE);
          return NULL;
        }
      write_block (&w, g_ptr_array_index (report->blocks, i));
      if (options->progress != NULL)
        options->progress ((double) (i + 1) / report->blocks->len, options->progress_data);
    }
  close_sections (&w, 0);
  g_string_append (w.out, "</main>\n</body>\n</html>\n");

  return g_string_free_to_bytes (w.out);
}
