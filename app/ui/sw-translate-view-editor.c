/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The editor beside the list: the selected text's source, its translation
 * to edit, its place in the graph and its other languages.
 *
 * It is made for the keyboard: Enter saves and moves to the next text that
 * needs work (missing or stale) in the list as filtered, Shift+Enter starts
 * a new line, Ctrl+Enter keeps a stale translation as still right.  A text
 * is saved when Enter is pressed or when the translator moves to another
 * one, never keystroke by keystroke, so each saved translation is one undo
 * step.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-languages-dialog.h"
#include "sw-translate-view-private.h"
#include "sw-translation.h"
#include "sw-validate.h"

static char *
buffer_text (SwTranslateView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->target_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
clear_context_rows (SwTranslateView *self)
{
  for (guint i = 0; i < self->context_rows->len; i++)
    {
      GtkWidget *row = self->context_rows->pdata[i];

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "sw-group"), row);
    }
  g_ptr_array_set_size (self->context_rows, 0);
}

static GtkWidget *
add_row (SwTranslateView     *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Titles are the document's own text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  g_object_set_data (G_OBJECT (row), "sw-group", group);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->context_rows, row);
  return row;
}

static void
add_list_row (SwTranslateView *self,
              const char      *title,
              GPtrArray       *items)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  if (items->len == 0)
    return;

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (lines, "%s%s", i > 0 ? "\n" : "", (char *) items->pdata[i]);
  add_row (self, self->context_group, title, lines->str);
}

static void
show_context (SwTranslateView   *self,
              SwTranslationUnit *unit)
{
  g_autoptr(SwUnitContext) context = sw_translation_unit_get_context (unit, self->document, NULL);
  gboolean is_node = sw_translation_unit_get_element (unit) == SW_UNIT_NODE;

  add_row (self, self->context_group, _("Kind"), context->kind);
  if (context->title != NULL)
    add_row (self, self->context_group, _("Title"), context->title);
  add_list_row (self, _("Parents"), context->parents);
  add_list_row (self, _("Children"), context->children);
  add_list_row (self, is_node ? _("Other links") : _("Link"), context->links);
  gtk_widget_set_visible (self->show_button, is_node);
}

static void
show_other_languages (SwTranslateView   *self,
                      SwTranslationUnit *unit)
{
  const SwText *text = sw_translation_unit_get_text (unit, self->document);
  const char * const *languages = sw_document_get_languages (self->document);
  guint n_rows = 0;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *value = sw_text_get (text, languages[i]);
      g_autofree char *label = NULL;
      GtkWidget *row;
      GtkWidget *state;

      if (g_str_equal (languages[i], self->language)
          || g_str_equal (languages[i], sw_document_get_source_language (self->document)))
        continue;

      label = _sw_translate_view_language_label (languages[i]);
      row = add_row (self, self->languages_group, label, value ? value : _("Not translated"));
      state = gtk_label_new (NULL);
      gtk_widget_add_css_class (state, "caption-heading");
      gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
      _sw_translate_view_set_state_label (GTK_LABEL (state),
                                          sw_translation_unit_get_state (unit, self->document,
                                                                         languages[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
      n_rows++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->languages_group), n_rows > 0);
}

static void
set_direction (GtkWidget  *widget,
               const char *language)
{
  gtk_widget_set_direction (widget, sw_language_tag_is_rtl (language) ? GTK_TEXT_DIR_RTL
                                                                              : GTK_TEXT_DIR_LTR);
}

/* Fills the editor from the document; the translation only when it is not being edited. */
static void
fill (SwTranslateView *self,
      gboolean         reload_target)
{
  SwTranslationUnit *unit = self->shown;
  const char *source_language = sw_document_get_source_language (self->document);
  const SwText *text = sw_translation_unit_get_text (unit, self->document);
  SwTranslationState state = _sw_translate_view_get_state (self, unit);
  g_autofree char *label = sw_translation_unit_get_label (unit, self->document, NULL);
  g_autofree char *group = sw_translation_unit_get_group (unit);
  g_autofree char *group_label = sw_translation_group_get_label (self->document, group, NULL);
  g_autofree char *subheading = NULL;
  g_autofree char *source_label = _sw_translate_view_language_label (source_language);
  g_autofree char *target_label = _sw_translate_view_language_label (self->language);
  g_autofree char *source_heading = NULL;
  g_autofree char *target_heading = NULL;

  gtk_label_set_text (self->heading_label, label);
  /* Translators: where a text sits, e.g. "Guiding principle · Description" */
  subheading = g_strdup_printf (_("%s · %s"), group_label, sw_translation_unit_get_field_label (unit));
  gtk_label_set_text (self->subheading_label, subheading);
  _sw_translate_view_set_state_label (self->state_label, state);

  /* Translators: the heading of the source text, e.g. "Source, English (en)" */
  source_heading = g_strdup_printf (_("Source, %s"), source_label);
  gtk_label_set_text (self->source_heading, source_heading);
  gtk_label_set_text (self->source_label, sw_translation_unit_get_source (unit, self->document));
  set_direction (GTK_WIDGET (self->source_label), source_language);

  /* Translators: the heading of the translation, with a mnemonic, e.g. "_Translation, French (fr)" */
  target_heading = g_strdup_printf (_("_Translation, %s"), target_label);
  gtk_label_set_text_with_mnemonic (self->target_heading, target_heading);
  set_direction (GTK_WIDGET (self->target_view), self->language);

  if (reload_target)
    {
      const char *target = sw_text_get (text, self->language);

      self->loading = TRUE;
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->target_view), target ? target : "", -1);
      self->loading = FALSE;
      self->editing = FALSE;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.mark-current",
                                 state == SW_TRANSLATION_STALE || self->editing);
  gtk_widget_set_visible (self->confirm_button, state == SW_TRANSLATION_STALE);

  clear_context_rows (self);
  show_context (self, unit);
  show_other_languages (self, unit);
}

/* @unit: (nullable): the text to edit */
void
_sw_translate_view_show_unit (SwTranslateView   *self,
                              SwTranslationUnit *unit)
{
  g_set_object (&self->shown, unit);
  self->editing = FALSE;

  if (unit == NULL || self->document == NULL || self->language == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.save-next", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.mark-current", FALSE);
      return;
    }

  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.save-next", TRUE);
  fill (self, TRUE);
}

static SwTranslationUnit *
find_unit (SwTranslateView *self,
           const char      *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SwTranslationUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (g_str_equal (sw_translation_unit_get_id (unit), id))
        return unit;
    }

  return NULL;
}

/* After a step of the document: the same text stays in the editor, a translation being typed stays. */
void
_sw_translate_view_refresh_editor (SwTranslateView *self)
{
  SwTranslationUnit *selected = gtk_single_selection_get_selected_item (self->selection);
  SwTranslationUnit *current;

  if (self->shown == NULL)
    {
      _sw_translate_view_show_unit (self, selected);
      return;
    }

  current = find_unit (self, sw_translation_unit_get_id (self->shown));
  if (current == NULL)
    {
      _sw_translate_view_show_unit (self, selected);
      return;
    }

  g_set_object (&self->shown, current);
  fill (self, !self->editing);
}

/* Saves the translation being edited, if it was.  Returns: whether the document changed. */
gboolean
_sw_translate_view_save (SwTranslateView *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *stored;

  if (!self->editing || self->shown == NULL || self->document == NULL || self->language == NULL)
    return FALSE;

  self->editing = FALSE;
  text = buffer_text (self);
  stored = sw_text_get (sw_translation_unit_get_text (self->shown, self->document), self->language);
  if (g_strcmp0 (stored ? stored : "", text) == 0)
    return FALSE;

  if (!sw_document_set_text (self->document, sw_translation_unit_get_target (self->shown),
                             sw_translation_unit_get_field (self->shown), self->language, text, &error))
    {
      _sw_translate_view_message (self, error->message);
      return FALSE;
    }

  /* One saved translation, one undo step, even when the next one is in the same field. */
  sw_history_break_coalescing (sw_document_get_history (self->document));
  return TRUE;
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

static void
select_position (SwTranslateView *self,
                 guint            position)
{
  GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

  gtk_single_selection_set_selected (self->selection, position);
  /* The column view's own list scrolls to a row; GTK 4.8 has no call for it on the column view. */
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}

/* Moves to the next text in the list that is missing or stale, after the current one, wrapping around. */
static gboolean
select_next_to_do (SwTranslateView *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  guint current = gtk_single_selection_get_selected (self->selection);
  guint start = current == GTK_INVALID_LIST_POSITION ? 0 : current + 1;

  for (guint i = 0; i < n; i++)
    {
      guint position = (start + i) % n;
      g_autoptr(SwTranslationUnit) unit = g_list_model_get_item (model, position);

      if (position == current)
        continue;
      if (_sw_translate_view_get_state (self, unit) != SW_TRANSLATION_TRANSLATED)
        {
          select_position (self, position);
          return TRUE;
        }
    }

  return FALSE;
}

static void
go_to_next (SwTranslateView *self)
{
  if (!select_next_to_do (self))
    {
      _sw_translate_view_message (self, _("Every text in the list is translated"));
      if (self->shown != NULL)
        fill (self, FALSE);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->target_view));
}

void
_sw_translate_view_save_next (SwTranslateView *self)
{
  _sw_translate_view_save (self);
  go_to_next (self);
}

/* Ctrl+Enter: the translation, as it stands or as edited, is right for the current source. */
void
_sw_translate_view_mark_current (SwTranslateView *self)
{
  if (self->shown == NULL || self->document == NULL || self->language == NULL)
    return;

  if (!_sw_translate_view_save (self))
    sw_document_mark_translation_current (self->document, sw_translation_unit_get_target (self->shown),
                                          sw_translation_unit_get_field (self->shown), self->language);
  go_to_next (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SwTranslateView       *self)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;

  if (modifiers == 0)
    {
      _sw_translate_view_save_next (self);
      return GDK_EVENT_STOP;
    }
  if (modifiers == GDK_CONTROL_MASK)
    {
      _sw_translate_view_mark_current (self);
      return GDK_EVENT_STOP;
    }

  /* Shift+Enter: a line break in the text. */
  return GDK_EVENT_PROPAGATE;
}

static void
buffer_changed_cb (SwTranslateView *self)
{
  if (self->loading || self->shown == NULL)
    return;

  self->editing = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.mark-current", TRUE);
}

void
_sw_translate_view_init_editor (SwTranslateView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the text view inserts a line break for Enter. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->target_view), keys);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->target_view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);
  _sw_translate_view_show_unit (self, NULL);
}
