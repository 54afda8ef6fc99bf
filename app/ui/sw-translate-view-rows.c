/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The list of the Translate page: one row per text, with the element and
 * field, the source, the translation and its state.  Rows are redrawn in
 * place after each step of the document, since a change to one text can
 * change the state of none or of many (a kind label, a source edit).
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-translate-view-private.h"
#include "sw-translation.h"
#include "sw-validate.h"

typedef enum
{
  COLUMN_ELEMENT,
  COLUMN_SOURCE,
  COLUMN_TARGET,
  COLUMN_STATE,
} Column;

void
_sw_translate_view_set_state_label (GtkLabel           *label,
                                    SwTranslationState  state)
{
  static const char * const classes[] = { "error", "success", "warning" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);

  switch (state)
    {
    case SW_TRANSLATION_TRANSLATED:
      gtk_label_set_text (label, _("Translated"));
      gtk_widget_add_css_class (GTK_WIDGET (label), "success");
      break;
    case SW_TRANSLATION_STALE:
      gtk_label_set_text (label, _("Stale"));
      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
      break;
    case SW_TRANSLATION_MISSING:
    default:
      gtk_label_set_text (label, _("Missing"));
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      break;
    }
}

static GtkWidget *
new_label (int lines)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (lines > 1)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), lines);
    }
  /* Long texts must not widen the column: it keeps the width the view gives it. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 8);
  return label;
}

/* Texts in a list are one paragraph: line breaks would only cut them short. */
static char *
one_line (const char *text)
{
  return g_strdelimit (g_strdup (text ? text : ""), "\r\n\t", ' ');
}

static void
show_element (SwTranslateView   *self,
              GtkWidget         *box,
              SwTranslationUnit *unit)
{
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *caption = gtk_widget_get_next_sibling (title);
  g_autofree char *label = sw_translation_unit_get_label (unit, self->document, NULL);
  g_autofree char *group = sw_translation_unit_get_group (unit);
  g_autofree char *group_label = sw_translation_group_get_label (self->document, group, NULL);
  g_autofree char *line = NULL;

  /* Translators: where a text sits, e.g. "Guiding principle · Description" */
  line = g_strdup_printf (_("%s · %s"), group_label, sw_translation_unit_get_field_label (unit));
  gtk_label_set_text (GTK_LABEL (title), label);
  gtk_label_set_text (GTK_LABEL (caption), line);
}

static void
show_cell (SwTranslateView   *self,
           GtkWidget         *widget,
           Column             column,
           SwTranslationUnit *unit)
{
  const SwText *text;
  g_autofree char *value = NULL;
  const char *target;

  switch (column)
    {
    case COLUMN_ELEMENT:
      show_element (self, widget, unit);
      break;

    case COLUMN_SOURCE:
      value = one_line (sw_translation_unit_get_source (unit, self->document));
      gtk_label_set_text (GTK_LABEL (widget), value);
      break;

    case COLUMN_TARGET:
      text = sw_translation_unit_get_text (unit, self->document);
      target = sw_text_get (text, self->language);
      value = one_line (target);
      gtk_label_set_text (GTK_LABEL (widget), value);
      gtk_widget_set_direction (widget, sw_language_tag_is_rtl (self->language)
                                        ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
      break;

    case COLUMN_STATE:
    default:
      _sw_translate_view_set_state_label (GTK_LABEL (widget), _sw_translate_view_get_state (self, unit));
      break;
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          SwTranslateView          *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "sw-column"));
  GtkWidget *widget;

  switch (column)
    {
    case COLUMN_ELEMENT:
      widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_box_append (GTK_BOX (widget), new_label (1));
      gtk_box_append (GTK_BOX (widget), new_label (1));
      gtk_widget_add_css_class (gtk_widget_get_last_child (widget), "dim-label");
      gtk_widget_add_css_class (gtk_widget_get_last_child (widget), "caption");
      break;

    case COLUMN_STATE:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_widget_add_css_class (widget, "caption-heading");
      break;

    case COLUMN_SOURCE:
    case COLUMN_TARGET:
    default:
      widget = new_label (2);
      break;
    }

  gtk_widget_set_margin_top (widget, 3);
  gtk_widget_set_margin_bottom (widget, 3);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (widget), "sw-column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (list_item, widget);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         SwTranslateView          *self)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);
  SwTranslationUnit *unit = gtk_list_item_get_item (list_item);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "sw-column"));

  if (self->document == NULL || unit == NULL)
    return;

  g_object_set_data (G_OBJECT (widget), "sw-unit", unit);
  g_hash_table_add (self->bound, widget);
  show_cell (self, widget, column, unit);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           SwTranslateView          *self)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (widget), "sw-unit", NULL);
  g_hash_table_remove (self->bound, widget);
}

static void
add_column (SwTranslateView *self,
            const char      *title,
            Column           column,
            int              width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "sw-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  else
    gtk_column_view_column_set_expand (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

void
_sw_translate_view_add_columns (SwTranslateView *self)
{
  /* In this order: narrow windows free the first and hide the third (sw-translate-view-fold.c). */
  add_column (self, _("Text"), COLUMN_ELEMENT, 200);
  add_column (self, _("Source"), COLUMN_SOURCE, -1);
  add_column (self, _("Translation"), COLUMN_TARGET, -1);
  add_column (self, _("State"), COLUMN_STATE, 96);
}

/* Redraws the rows on screen from the document. */
void
_sw_translate_view_refresh_rows (SwTranslateView *self)
{
  GHashTableIter iter;
  gpointer widget;

  if (self->document == NULL)
    return;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &widget, NULL))
    {
      SwTranslationUnit *unit = g_object_get_data (G_OBJECT (widget), "sw-unit");
      Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "sw-column"));

      if (unit != NULL)
        show_cell (self, widget, column, unit);
    }
}
