/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwTranslateView: the Translate page.  A list of every text to translate
 * in one target language, filtered by state, kind and search, with an
 * editor beside it (over it in narrow windows, see sw-translate-view-fold.c)
 * that shows the text's place in the graph and its other languages;
 * completeness per language below, per kind in a popover.
 *
 * The view never writes a field: saving calls sw_document_set_text(), so
 * each edit is an undo step like any other.  It redraws from the document's
 * "changed" signal, once per step, and only while it is shown.  Rows do not
 * leave the list when their state stops matching the filter: a text just
 * translated stays where the translator left it until the filter changes.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-languages-dialog.h"
#include "sw-resources.h"
#include "sw-translate-view-private.h"
#include "sw-translation.h"

G_DEFINE_FINAL_TYPE (SwTranslateView, sw_translate_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  SIGNAL_NODE_ACTIVATED,
  SIGNAL_MESSAGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void language_selected_cb (SwTranslateView *self);
static void filter_changed_cb    (SwTranslateView *self);

SwTranslationState
_sw_translate_view_get_state (SwTranslateView   *self,
                              SwTranslationUnit *unit)
{
  return sw_translation_unit_get_state (unit, self->document, self->language);
}

void
_sw_translate_view_message (SwTranslateView *self,
                            const char      *message)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, message);
}

char *
_sw_translate_view_language_label (const char *language)
{
  return sw_language_get_label (language);
}

static gboolean
contains_casefolded (const char *text,
                     const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SwTranslateView *self = user_data;
  SwTranslationUnit *unit = item;
  guint group_index = gtk_drop_down_get_selected (self->group_dropdown);
  SwStateFilter state_filter = gtk_drop_down_get_selected (self->state_dropdown);
  SwTranslationState state;

  if (self->document == NULL || self->language == NULL)
    return FALSE;

  if (group_index > 0 && group_index < self->groups->len)
    {
      g_autofree char *group = sw_translation_unit_get_group (unit);

      if (!g_str_equal (group, self->groups->pdata[group_index]))
        return FALSE;
    }

  state = _sw_translate_view_get_state (self, unit);
  switch (state_filter)
    {
    case SW_STATE_FILTER_TO_DO:
      if (state == SW_TRANSLATION_TRANSLATED)
        return FALSE;
      break;
    case SW_STATE_FILTER_MISSING:
      if (state != SW_TRANSLATION_MISSING)
        return FALSE;
      break;
    case SW_STATE_FILTER_STALE:
      if (state != SW_TRANSLATION_STALE)
        return FALSE;
      break;
    case SW_STATE_FILTER_TRANSLATED:
      if (state != SW_TRANSLATION_TRANSLATED)
        return FALSE;
      break;
    case SW_STATE_FILTER_ALL:
    default:
      break;
    }

  if (self->search != NULL)
    {
      const SwText *text = sw_translation_unit_get_text (unit, self->document);

      return contains_casefolded (sw_translation_unit_get_source (unit, self->document), self->search)
          || contains_casefolded (sw_text_get (text, self->language), self->search);
    }

  return TRUE;
}

static void
update_list_page (SwTranslateView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "no-match" : "list");
}

static void
refilter (SwTranslateView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_page (self);
}

/* The units of the document, kept as they are when nothing was added or removed, so rows keep their place. */
static void
update_units (SwTranslateView *self)
{
  g_autoptr(GPtrArray) units = NULL;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  gboolean same;

  if (self->document == NULL)
    {
      g_list_store_remove_all (self->units);
      return;
    }

  units = sw_translation_units_collect (self->document);
  same = units->len == n_items;
  for (guint i = 0; same && i < n_items; i++)
    {
      g_autoptr(SwTranslationUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      same = sw_translation_unit_get_target (unit) == sw_translation_unit_get_target (units->pdata[i])
             && g_str_equal (sw_translation_unit_get_id (unit), sw_translation_unit_get_id (units->pdata[i]));
    }

  if (!same)
    g_list_store_splice (self->units, 0, n_items, units->pdata, units->len);
}

static GtkWidget *
progress_bar (double fraction)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), fraction);
  /* Full is the goal, not a warning: drop the default "high" offset colouring below it. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  return bar;
}

static char *
counts_text (const SwTranslationCounts *counts)
{
  guint total = counts->translated + counts->stale + counts->missing;

  /* Translators: completeness of a language, e.g. "42 of 106 · 3 stale · 61 missing" */
  return g_strdup_printf (_("%u of %u · %u stale · %u missing"), counts->translated, total,
                          counts->stale, counts->missing);
}

static void
clear_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_GRID (widget))
        gtk_grid_remove (GTK_GRID (widget), child);
      else
        gtk_box_remove (GTK_BOX (widget), child);
    }
}

static void
update_language_progress (SwTranslateView     *self,
                          SwTranslationStatus *status)
{
  clear_children (GTK_WIDGET (self->progress_box));

  for (guint i = 0; i < sw_translation_status_get_n_languages (status); i++)
    {
      const char *language = sw_translation_status_get_language (status, i);
      const SwTranslationCounts *counts = sw_translation_status_get_counts (status, language);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *name = gtk_label_new (language);
      GtkWidget *bar = progress_bar (sw_translation_counts_get_fraction (counts));
      g_autofree char *text = counts_text (counts);
      g_autofree char *label = _sw_translate_view_language_label (language);
      GtkWidget *numbers = gtk_label_new (text);

      gtk_widget_add_css_class (name, "heading");
      gtk_widget_set_tooltip_text (name, label);
      gtk_widget_set_size_request (bar, 90, -1);
      gtk_widget_add_css_class (numbers, "dim-label");
      gtk_widget_add_css_class (numbers, "numeric");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_box_append (GTK_BOX (box), numbers);
      gtk_box_append (self->progress_box, box);
    }
}

static void
update_group_progress (SwTranslateView     *self,
                       SwTranslationStatus *status)
{
  GPtrArray *groups = sw_translation_status_get_groups (status, self->language);
  g_autofree char *label = _sw_translate_view_language_label (self->language);
  GtkWidget *title = gtk_label_new (label);
  int row = 1;

  clear_children (GTK_WIDGET (self->groups_grid));
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_grid_attach (self->groups_grid, title, 0, 0, 3, 1);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      SwTranslationGroupStatus *group = groups->pdata[i];
      GtkWidget *name;
      GtkWidget *numbers;
      g_autofree char *text = NULL;

      if (group->counts.translated + group->counts.stale + group->counts.missing == 0)
        continue;

      text = counts_text (&group->counts);
      name = gtk_label_new (group->label);
      numbers = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_xalign (GTK_LABEL (numbers), 0);
      gtk_widget_add_css_class (numbers, "dim-label");
      gtk_widget_add_css_class (numbers, "numeric");
      gtk_grid_attach (self->groups_grid, name, 0, row, 1, 1);
      gtk_grid_attach (self->groups_grid, progress_bar (sw_translation_counts_get_fraction (&group->counts)),
                       1, row, 1, 1);
      gtk_grid_attach (self->groups_grid, numbers, 2, row, 1, 1);
      gtk_widget_set_size_request (gtk_grid_get_child_at (self->groups_grid, 1, row), 120, -1);
      row++;
    }
}

static void
update_progress (SwTranslateView *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(SwTranslationStatus) status = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

  if (self->document == NULL || self->language == NULL)
    return;

  units = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (units, g_list_model_get_item (G_LIST_MODEL (self->units), i));
  status = sw_translation_status_new (self->document, units);
  update_language_progress (self, status);
  update_group_progress (self, status);
}

static void
update_group_dropdown (SwTranslateView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(SwTranslationStatus) status = NULL;
  const char *selected = NULL;
  g_autofree char *previous = NULL;
  GPtrArray *groups;
  guint position = 0;

  if (self->groups->len > 0)
    {
      guint index = gtk_drop_down_get_selected (self->group_dropdown);

      if (index > 0 && index < self->groups->len)
        previous = g_strdup (self->groups->pdata[index]);
    }

  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_add (self->groups, NULL);
  gtk_string_list_append (labels, _("All Kinds"));

  status = sw_translation_status_new (self->document, NULL);
  groups = sw_translation_status_get_groups (status, sw_translation_status_get_n_languages (status) > 0
                                                     ? sw_translation_status_get_language (status, 0)
                                                     : NULL);
  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      SwTranslationGroupStatus *group = groups->pdata[i];

      if (group->counts.translated + group->counts.stale + group->counts.missing == 0)
        continue;
      if (g_strcmp0 (previous, group->group) == 0)
        {
          selected = group->group;
          position = self->groups->len;
        }
      g_ptr_array_add (self->groups, g_strdup (group->group));
      gtk_string_list_append (labels, group->label);
    }

  /* The same choice in a new list is no change of filter: rows stay as they are. */
  g_signal_handlers_block_by_func (self->group_dropdown, filter_changed_cb, self);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->group_dropdown, selected ? position : 0);
  g_signal_handlers_unblock_by_func (self->group_dropdown, filter_changed_cb, self);
  if (previous != NULL && selected == NULL)
    refilter (self);
}

/* Lists the target languages and picks one: the one asked for if the document has it, else the first. */
static void
update_language_dropdown (SwTranslateView *self,
                          const char      *wanted)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *languages = sw_document_get_languages (self->document);
  const char *source = sw_document_get_source_language (self->document);
  g_autofree char *chosen = NULL;
  guint selected = 0;

  g_ptr_array_set_size (self->languages, 0);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *label = NULL;

      if (g_str_equal (languages[i], source))
        continue;
      if (g_strcmp0 (languages[i], wanted) == 0)
        selected = self->languages->len;
      label = _sw_translate_view_language_label (languages[i]);
      g_ptr_array_add (self->languages, g_strdup (languages[i]));
      gtk_string_list_append (labels, label);
    }

  g_signal_handlers_block_by_func (self->language_dropdown, language_selected_cb, self);
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (labels));
  if (self->languages->len > 0)
    {
      gtk_drop_down_set_selected (self->language_dropdown, selected);
      chosen = g_strdup (self->languages->pdata[selected]);
    }
  g_signal_handlers_unblock_by_func (self->language_dropdown, language_selected_cb, self);

  if (g_strcmp0 (chosen, self->language) != 0)
    {
      g_free (self->language);
      self->language = g_steal_pointer (&chosen);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
    }
}

static void
update_actions (SwTranslateView *self)
{
  gboolean has_document = self->document != NULL;
  gboolean has_language = has_document && self->language != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.export", has_language);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.import", has_language);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "translate.languages", has_document);
}

/* Everything that depends on the document: run in an idle after each step, and when shown. */
static void
refresh (SwTranslateView *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->dirty = FALSE;

  if (self->document == NULL)
    {
      g_list_store_remove_all (self->units);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      update_actions (self);
      return;
    }

  update_language_dropdown (self, self->language);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->language ? "units" : "empty");
  update_actions (self);
  if (self->language == NULL)
    return;

  update_units (self);
  update_group_dropdown (self);
  update_list_page (self);
  update_progress (self);
  _sw_translate_view_refresh_rows (self);
  _sw_translate_view_refresh_editor (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  SwTranslateView *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SwTranslateView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
document_changed_cb (SwTranslateView *self)
{
  schedule_refresh (self);
}

static void
language_selected_cb (SwTranslateView *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  if (selected >= self->languages->len)
    return;

  _sw_translate_view_save (self);
  sw_translate_view_set_language (self, self->languages->pdata[selected]);
}

static void
filter_changed_cb (SwTranslateView *self)
{
  _sw_translate_view_save (self);
  refilter (self);
}

static void
search_changed_cb (SwTranslateView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (text[0] != '\0')
    self->search = g_utf8_casefold (text, -1);
  filter_changed_cb (self);
}

static void
selection_changed_cb (SwTranslateView *self)
{
  SwTranslationUnit *unit = gtk_single_selection_get_selected_item (self->selection);

  if (unit == self->shown)
    return;

  /* Leaving a text saves it, as moving on in any translation editor does. */
  _sw_translate_view_save (self);
  _sw_translate_view_show_unit (self, unit);
}

static void
activate_cb (SwTranslateView *self)
{
  _sw_translate_view_open_editor (self);
}

static void
sw_translate_view_map (GtkWidget *widget)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (widget);

  GTK_WIDGET_CLASS (sw_translate_view_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
save_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _sw_translate_view_save_next (SW_TRANSLATE_VIEW (widget));
}

static void
mark_current_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _sw_translate_view_mark_current (SW_TRANSLATE_VIEW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _sw_translate_view_export (SW_TRANSLATE_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _sw_translate_view_import (SW_TRANSLATE_VIEW (widget));
}

static void
languages_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->document != NULL)
    sw_languages_dialog_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->document);
}

static void
show_node_cb (SwTranslateView *self)
{
  if (self->shown != NULL && sw_translation_unit_get_element (self->shown) == SW_UNIT_NODE)
    g_signal_emit (self, signals[SIGNAL_NODE_ACTIVATED], 0, sw_translation_unit_get_target (self->shown));
}

static void
sw_translate_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_translate_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sw_translate_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      sw_translate_view_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_translate_view_dispose (GObject *object)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (object);
  GtkWidget *child;

  sw_translate_view_set_document (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_TRANSLATE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->column_view = NULL;
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (sw_translate_view_parent_class)->dispose (object);
}

static void
sw_translate_view_finalize (GObject *object)
{
  SwTranslateView *self = SW_TRANSLATE_VIEW (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->context_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_translate_view_parent_class)->finalize (object);
}

static void
sw_translate_view_class_init (SwTranslateViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sw_translate_view_get_property;
  object_class->set_property = sw_translate_view_set_property;
  object_class->dispose = sw_translate_view_dispose;
  object_class->finalize = sw_translate_view_finalize;
  widget_class->map = sw_translate_view_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The target language being translated; never the source language. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwTranslateView::node-activated:
   * @node: the node whose text is being translated, to show in the graph
   */
  signals[SIGNAL_NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, SW_TYPE_NODE);
  /**
   * SwTranslateView::message:
   * @message: what an import or export did, for a toast
   */
  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "translate.save-next", NULL, save_next_action);
  gtk_widget_class_install_action (widget_class, "translate.mark-current", NULL, mark_current_action);
  gtk_widget_class_install_action (widget_class, "translate.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "translate.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "translate.languages", NULL, languages_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "translate.mark-current", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "translate.mark-current", NULL);
  _sw_translate_view_class_init_fold (widget_class);

  /* Naming the resources makes the linker keep them from the static library. */
  (void) sw_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/sw-translate-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, stack);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, exchange_button);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, back_bar);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, back_button);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, subheading_label);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, state_label);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, source_heading);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, source_label);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, target_heading);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, target_view);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, save_button);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, context_group);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, show_button);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, languages_group);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, groups_button);
  gtk_widget_class_bind_template_child (widget_class, SwTranslateView, groups_grid);
}

static void
sw_translate_view_init (SwTranslateView *self)
{
  g_autoptr(GtkStringList) states = NULL;

  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  g_type_ensure (ADW_TYPE_PREFERENCES_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->languages = g_ptr_array_new_with_free_func (g_free);
  self->groups = g_ptr_array_new_with_free_func (g_free);
  self->bound = g_hash_table_new (NULL, NULL);
  self->context_rows = g_ptr_array_new ();

  states = gtk_string_list_new ((const char *[]) {
    _("All Texts"), _("To Translate"), _("Missing"), _("Stale"), _("Translated"), NULL });
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (states));
  gtk_drop_down_set_selected (self->state_dropdown, SW_STATE_FILTER_TO_DO);

  self->units = g_list_store_new (SW_TYPE_TRANSLATION_UNIT);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->units)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  _sw_translate_view_add_columns (self);
  _sw_translate_view_init_editor (self);
  _sw_translate_view_init_fold (self);

  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (self->language_dropdown, "notify::selected", G_CALLBACK (language_selected_cb), self);
  g_signal_connect_swapped (self->state_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->show_button, "clicked", G_CALLBACK (show_node_cb), self);

  update_actions (self);
}

/**
 * sw_translate_view_new:
 *
 * Returns: (transfer floating): a Translate page showing no document.
 */
GtkWidget *
sw_translate_view_new (void)
{
  return g_object_new (SW_TYPE_TRANSLATE_VIEW, NULL);
}

SwDocument *
sw_translate_view_get_document (SwTranslateView *self)
{
  g_return_val_if_fail (SW_IS_TRANSLATE_VIEW (self), NULL);

  return self->document;
}

/* @document: (nullable): the document to translate */
void
sw_translate_view_set_document (SwTranslateView *self,
                                SwDocument      *document)
{
  g_return_if_fail (SW_IS_TRANSLATE_VIEW (self));
  g_return_if_fail (document == NULL || SW_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      _sw_translate_view_save (self);
      g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
    }
  g_clear_object (&self->shown);
  g_set_object (&self->document, document);
  g_clear_pointer (&self->language, g_free);
  if (document != NULL)
    g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);

  /* A new document shows at once, mapped or not, so the first look is never stale. */
  if (self->units != NULL)
    {
      g_list_store_remove_all (self->units);
      refresh (self);
      refilter (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* Returns: (nullable): the target language being translated. */
const char *
sw_translate_view_get_language (SwTranslateView *self)
{
  g_return_val_if_fail (SW_IS_TRANSLATE_VIEW (self), NULL);

  return self->language;
}

/*
 * @language: (nullable): a target language of the document; the source
 *   language or %NULL keep the current choice, since the source is not
 *   translated.
 */
void
sw_translate_view_set_language (SwTranslateView *self,
                                const char      *language)
{
  g_return_if_fail (SW_IS_TRANSLATE_VIEW (self));

  if (language == NULL || self->document == NULL || g_strcmp0 (language, self->language) == 0
      || !g_ptr_array_find_with_equal_func (self->languages, language, g_str_equal, NULL))
    return;

  _sw_translate_view_save (self);
  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);

  g_clear_object (&self->shown);
  refresh (self);
  refilter (self);
}
