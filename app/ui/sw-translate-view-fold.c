/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Translate page in narrow windows.  The list and the editor are the
 * two pages of a leaflet: side by side when both fit, else one at a time.
 * Folded, choosing a text in the list (a click, or Enter on its row) opens
 * the editor over the list; the back button, Escape, Alt+Left or a swipe
 * return to the list.  Enter and Ctrl+Enter in the editor work as they do
 * unfolded and stay in the editor, moving to the next text in place.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include "sw-translate-view-private.h"

static gboolean
showing_editor (SwTranslateView *self)
{
  return adw_leaflet_get_visible_child (self->leaflet) == self->editor_pane;
}

static void
update_back_action (SwTranslateView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.back",
                                 adw_leaflet_get_folded (self->leaflet) && showing_editor (self));
}

/* Where the person goes to work on the selected text: the editor, over the list when folded. */
void
_sw_translate_view_open_editor (SwTranslateView *self)
{
  if (self->shown == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->target_view));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/*
 * Back on the list, by any way of going back: leaving a text saves it, as
 * choosing another one does, and the keyboard continues in the list.
 */
static void
visible_child_cb (SwTranslateView *self)
{
  update_back_action (self);
  if (!adw_leaflet_get_folded (self->leaflet) || showing_editor (self))
    return;

  _sw_translate_view_save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/*
 * The list alone in a narrow window keeps what helps to choose a text: the
 * text and its source share the width, the translation is left for the
 * editor.  Unfolded, the columns are as the person left them.
 */
static void
fold_columns (SwTranslateView *self,
              gboolean         folded)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) text = g_list_model_get_item (columns, 0);
  g_autoptr(GtkColumnViewColumn) translation = g_list_model_get_item (columns, 2);

  if (text == NULL || translation == NULL)
    return;

  gtk_column_view_column_set_visible (translation, !folded);
  if (folded)
    {
      self->text_column_width = gtk_column_view_column_get_fixed_width (text);
      gtk_column_view_column_set_fixed_width (text, -1);
      gtk_column_view_column_set_expand (text, TRUE);
    }
  else if (self->text_column_width != 0)
    {
      gtk_column_view_column_set_expand (text, FALSE);
      gtk_column_view_column_set_fixed_width (text, self->text_column_width);
    }
}

/*
 * Folding shows one page: the editor if the person is typing in it, else
 * the list.  Folded, one click on a row opens it, as in other narrow lists;
 * unfolded, a click only selects, and the editor is beside it anyway.
 */
static void
folded_cb (SwTranslateView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  gtk_column_view_set_single_click_activate (self->column_view, folded);
  fold_columns (self, folded);
  if (folded)
    {
      gboolean editing = focus != NULL && gtk_widget_is_ancestor (focus, self->editor_pane);

      adw_leaflet_set_visible_child (self->leaflet,
                                     editing ? self->editor_pane : GTK_WIDGET (self->list_stack));
    }
  update_back_action (self);
}

void
_sw_translate_view_init_fold (SwTranslateView *self)
{
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child", G_CALLBACK (visible_child_cb), self);
  folded_cb (self);
}

void
_sw_translate_view_class_init_fold (GtkWidgetClass *widget_class)
{
  g_type_ensure (ADW_TYPE_LEAFLET);
  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);

  gtk_widget_class_install_action (widget_class, "translate.back", NULL, back_action);
  /* Only while the action is enabled, folded on the editor: elsewhere Escape keeps its meaning. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "translate.back", NULL);
}
