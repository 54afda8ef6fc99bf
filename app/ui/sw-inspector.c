/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwInspector: the sidebar that shows and edits the selected node.
 *
 * Every edit is a call on the document, so it is undoable and every view
 * hears of it; the inspector itself redraws only from the document's
 * signals, one field at a time, so the field being typed in is never reset
 * under the cursor.  Title and description change as they are typed: the
 * history merges the keystrokes of one field into one step, and leaving
 * the field ends that step.  Fields whose half-typed values mean nothing
 * (owner, dates, tags) apply on Enter, with their button, or when the
 * focus leaves them.
 */
#define G_LOG_DOMAIN "sw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-inspector-private.h"

G_DEFINE_FINAL_TYPE (SwInspector, sw_inspector, GTK_TYPE_WIDGET)

enum {
  SIGNAL_MESSAGE,
  SIGNAL_NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_sw_inspector_message (SwInspector *self,
                       const char  *message)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, message);
}

/**
 * _sw_inspector_parse_tags:
 *
 * Returns: (transfer full): the tags of a comma separated list, trimmed,
 *   without empty or repeated ones.
 */
char **
_sw_inspector_parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0' && g_hash_table_add (seen, tag))
        g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

char *
_sw_inspector_join_tags (const char * const *tags)
{
  return tags ? g_strjoinv (", ", (char **) tags) : g_strdup ("");
}

/* Sets a row's text from the document without it reading as an edit to apply. */
static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gboolean apply = adw_entry_row_get_show_apply_button (row);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") == 0)
    return;

  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_show_apply_button (row, apply);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static const char *
node_text (SwInspector  *self,
           const SwText *text)
{
  const char *value;

  /* A translation is edited as itself: a missing one shows empty, not as the source text. */
  if (self->language != NULL
      && !g_str_equal (self->language, sw_document_get_source_language (self->document)))
    {
      value = sw_text_get (text, self->language);
      return value ? value : "";
    }
  return sw_document_get_text (self->document, text, NULL, NULL);
}

static void
show_kind (SwInspector *self)
{
  const char *kind = sw_node_get_kind (self->node);
  SwNodeKind *node_kind = sw_document_lookup_node_kind (self->document, kind);
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>",
                                                     node_kind ? sw_node_kind_get_color (node_kind)
                                                               : "#77767b");
  guint position = G_MAXUINT;

  gtk_label_set_markup (self->kind_dot, markup);
  gtk_label_set_text (self->kind_label, sw_document_get_kind_label (self->document, kind, self->language));
  g_ptr_array_find_with_equal_func (self->kind_ids, kind, g_str_equal, &position);
  adw_combo_row_set_selected (self->kind_row, position == G_MAXUINT ? GTK_INVALID_LIST_POSITION : position);
}

static void
show_field (SwInspector *self,
            SwField      field)
{
  g_autofree char *tags = NULL;
  GtkTextBuffer *buffer;
  const char *text;

  if (self->node == NULL)
    return;

  self->updating = TRUE;
  switch (field)
    {
    case SW_FIELD_TITLE:
      text = node_text (self, sw_node_get_title (self->node));
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->title_row), text);
      break;

    case SW_FIELD_DESCRIPTION:
      {
        g_autofree char *current = NULL;
        GtkTextIter start, end;

        buffer = gtk_text_view_get_buffer (self->description_view);
        gtk_text_buffer_get_bounds (buffer, &start, &end);
        current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        text = node_text (self, sw_node_get_description (self->node));
        if (g_strcmp0 (current, text) != 0)
          gtk_text_buffer_set_text (buffer, text, -1);
      }
      break;

    case SW_FIELD_KIND:
      show_kind (self);
      break;

    case SW_FIELD_STATUS:
      adw_combo_row_set_selected (self->status_row, sw_node_get_status (self->node));
      break;

    case SW_FIELD_OWNER:
      set_row_text (self->owner_row, sw_node_get_owner (self->node));
      break;

    case SW_FIELD_START:
      set_row_text (self->start_row, sw_node_get_start (self->node));
      break;

    case SW_FIELD_DUE:
      set_row_text (self->due_row, sw_node_get_due (self->node));
      break;

    case SW_FIELD_INDICATOR:
      set_row_text (self->indicator_row, sw_node_get_indicator (self->node));
      break;

    case SW_FIELD_TAGS:
      tags = _sw_inspector_join_tags (sw_node_get_tags (self->node));
      set_row_text (self->tags_row, tags);
      break;

    case SW_FIELD_PINNED:
      gtk_switch_set_active (self->pinned_switch, sw_node_get_pinned (self->node));
      break;

    default:
      break;
    }
  self->updating = FALSE;
}

static void
show_node (SwInspector *self)
{
  static const SwField fields[] = {
    SW_FIELD_TITLE, SW_FIELD_DESCRIPTION, SW_FIELD_KIND, SW_FIELD_STATUS, SW_FIELD_OWNER,
    SW_FIELD_START, SW_FIELD_DUE, SW_FIELD_INDICATOR, SW_FIELD_TAGS, SW_FIELD_PINNED,
  };
  g_autofree char *title = NULL;

  gtk_label_set_text (self->id_label, sw_node_get_id (self->node));
  if (self->language != NULL
      && !g_str_equal (self->language, sw_document_get_source_language (self->document)))
    /* Translators: the title field when a translation is edited; %s is a language tag */
    title = g_strdup_printf (_("Title (%s)"), self->language);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), title ? title : _("Title"));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    show_field (self, fields[i]);
  _sw_inspector_show_links (self);
}

static void
fill_kinds (SwInspector *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *kinds = sw_document_get_node_kinds (self->document);

  g_ptr_array_set_size (self->kind_ids, 0);
  for (guint i = 0; i < kinds->len; i++)
    {
      const char *id = sw_node_kind_get_id (g_ptr_array_index (kinds, i));

      g_ptr_array_add (self->kind_ids, g_strdup (id));
      gtk_string_list_append (labels, sw_document_get_kind_label (self->document, id, self->language));
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  self->updating = FALSE;
}

static void
update (SwInspector *self)
{
  guint n = self->selection ? sw_selection_get_n_nodes (self->selection) : 0;
  SwNode *node = n == 1 ? g_ptr_array_index (sw_selection_get_nodes (self->selection), 0) : NULL;

  if (node != self->node && self->document != NULL)
    sw_history_break_coalescing (sw_document_get_history (self->document));
  g_set_object (&self->node, node);

  if (n == 0 || self->document == NULL)
    gtk_stack_set_visible_child_name (self->stack, "none");
  else if (n == 1)
    {
      show_node (self);
      gtk_stack_set_visible_child_name (self->stack, "node");
    }
  else
    {
      _sw_inspector_show_multi (self);
      gtk_stack_set_visible_child_name (self->stack, "multiple");
    }
}

static void
node_changed_cb (SwInspector *self,
                 SwNode      *node,
                 SwField      field)
{
  if (node == self->node)
    show_field (self, field);
  else if (self->node != NULL && field == SW_FIELD_TITLE)
    _sw_inspector_queue_links (self);
}

static void
document_changed_cb (SwInspector *self)
{
  if (self->selection != NULL && sw_selection_get_n_nodes (self->selection) > 1)
    _sw_inspector_show_multi (self);
}

static void
kinds_changed_cb (SwInspector *self)
{
  fill_kinds (self);
  if (self->node != NULL)
    show_field (self, SW_FIELD_KIND);
}

static void
set_document (SwInspector *self,
              SwDocument  *document)
{
  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "node-changed", G_CALLBACK (node_changed_cb), self);
      g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
      g_signal_connect_swapped (document, "kind-changed", G_CALLBACK (kinds_changed_cb), self);
      g_signal_connect_swapped (document, "link-added", G_CALLBACK (_sw_inspector_queue_links), self);
      g_signal_connect_swapped (document, "link-removed", G_CALLBACK (_sw_inspector_queue_links), self);
      g_signal_connect_swapped (document, "link-changed", G_CALLBACK (_sw_inspector_queue_links), self);
      fill_kinds (self);
    }
}

static void
selection_document_cb (SwInspector *self)
{
  set_document (self, sw_selection_get_document (self->selection));
  update (self);
}

/* Edits from the widgets */

static void
title_changed_cb (SwInspector *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->node == NULL)
    return;

  if (!sw_document_set_text (self->document, self->node, SW_FIELD_TITLE, self->language,
                             gtk_editable_get_text (GTK_EDITABLE (self->title_row)), &error))
    _sw_inspector_message (self, error->message);
}

static void
description_changed_cb (SwInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;

  if (self->updating || self->node == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!sw_document_set_text (self->document, self->node, SW_FIELD_DESCRIPTION, self->language,
                             text, &error))
    _sw_inspector_message (self, error->message);
}

/* Leaving a text field ends its undo step: the next typing there is a step of its own. */
static void
text_focus_leave_cb (SwInspector *self)
{
  if (self->document != NULL)
    sw_history_break_coalescing (sw_document_get_history (self->document));
}

static void
kind_selected_cb (SwInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GError) error = NULL;

  if (self->updating || self->node == NULL || selected >= self->kind_ids->len)
    return;

  if (!sw_document_set_node_kind (self->document, self->node,
                                  g_ptr_array_index (self->kind_ids, selected), &error))
    {
      _sw_inspector_message (self, error->message);
      self->updating = TRUE;
      show_kind (self);
      self->updating = FALSE;
    }
}

static void
status_selected_cb (SwInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->node == NULL || selected >= SW_N_NODE_STATUSES)
    return;

  sw_document_set_node_status (self->document, self->node, selected);
}

static void
apply_owner (SwInspector *self)
{
  if (self->node != NULL)
    sw_document_set_node_owner (self->document, self->node,
                                gtk_editable_get_text (GTK_EDITABLE (self->owner_row)));
}

static void
apply_indicator (SwInspector *self)
{
  if (self->node != NULL)
    sw_document_set_node_indicator (self->document, self->node,
                                    gtk_editable_get_text (GTK_EDITABLE (self->indicator_row)));
}

static void
apply_tags (SwInspector *self)
{
  g_auto(GStrv) tags = NULL;

  if (self->node == NULL)
    return;

  tags = _sw_inspector_parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  sw_document_set_node_tags (self->document, self->node, (const char * const *) tags);
  /* Show the tags as kept: trimmed, without repeats. */
  show_field (self, SW_FIELD_TAGS);
}

static void
apply_start (SwInspector *self)
{
  _sw_inspector_apply_date (self, SW_FIELD_START);
}

static void
apply_due (SwInspector *self)
{
  _sw_inspector_apply_date (self, SW_FIELD_DUE);
}

static void
pinned_cb (SwInspector *self)
{
  if (self->updating || self->node == NULL)
    return;

  sw_document_set_node_pinned (self->document, self->node, gtk_switch_get_active (self->pinned_switch));
}

/* Fields that apply as a whole apply when left too, so a value typed and left is not lost. */
static void
watch_focus (SwInspector *self,
             GtkWidget   *widget,
             GCallback    leave)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", leave, self);
  gtk_widget_add_controller (widget, focus);
}

static void
sw_inspector_dispose (GObject *object)
{
  SwInspector *self = SW_INSPECTOR (object);
  GtkWidget *child;

  g_clear_handle_id (&self->links_id, g_source_remove);
  sw_inspector_set_selection (self, NULL);
  set_document (self, NULL);
  g_clear_object (&self->node);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_INSPECTOR);
  /* Template children that are not bound to a field are not cleared by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sw_inspector_parent_class)->dispose (object);
}

static void
sw_inspector_finalize (GObject *object)
{
  SwInspector *self = SW_INSPECTOR (object);

  g_clear_pointer (&self->kind_ids, g_ptr_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (sw_inspector_parent_class)->finalize (object);
}

static void
sw_inspector_class_init (SwInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_inspector_dispose;
  object_class->finalize = sw_inspector_finalize;

  /**
   * SwInspector::message:
   * @message: why an edit was refused
   */
  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * SwInspector::node-activated:
   * @node: the other end of a link the person chose
   */
  signals[SIGNAL_NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, SW_TYPE_NODE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/sw-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, SwInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, kind_dot);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, kind_label);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, id_label);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, title_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, description_view);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, status_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, owner_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, start_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, start_button);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, start_clear);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, due_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, due_button);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, due_calendar);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, due_clear);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, tags_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, pinned_switch);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, links_group);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, links_list);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, multi_group);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, multi_status_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, multi_owner_row);
  gtk_widget_class_bind_template_child (widget_class, SwInspector, multi_tags_row);
  gtk_widget_class_set_css_name (widget_class, "sw-inspector");
}

static GListModel *
status_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < SW_N_NODE_STATUSES; i++)
    gtk_string_list_append (labels, sw_node_status_get_label (i));
  return G_LIST_MODEL (labels);
}

static void
sw_inspector_init (SwInspector *self)
{
  g_autoptr(GListModel) statuses = status_labels ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->kind_ids = g_ptr_array_new_with_free_func (g_free);

  self->updating = TRUE;
  adw_combo_row_set_model (self->status_row, statuses);
  self->updating = FALSE;

  /* The window's undo must reach the document, not stop at the text widgets' own undo. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->description_view), FALSE);

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (title_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (description_changed_cb), self);
  watch_focus (self, GTK_WIDGET (self->title_row), G_CALLBACK (text_focus_leave_cb));
  watch_focus (self, GTK_WIDGET (self->description_view), G_CALLBACK (text_focus_leave_cb));

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->pinned_switch, "notify::active", G_CALLBACK (pinned_cb), self);

  g_signal_connect_swapped (self->owner_row, "apply", G_CALLBACK (apply_owner), self);
  g_signal_connect_swapped (self->indicator_row, "apply", G_CALLBACK (apply_indicator), self);
  g_signal_connect_swapped (self->tags_row, "apply", G_CALLBACK (apply_tags), self);
  g_signal_connect_swapped (self->start_row, "apply", G_CALLBACK (apply_start), self);
  g_signal_connect_swapped (self->due_row, "apply", G_CALLBACK (apply_due), self);
  watch_focus (self, GTK_WIDGET (self->owner_row), G_CALLBACK (apply_owner));
  watch_focus (self, GTK_WIDGET (self->indicator_row), G_CALLBACK (apply_indicator));
  watch_focus (self, GTK_WIDGET (self->tags_row), G_CALLBACK (apply_tags));

  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->owner_row, self->start_row, self->due_row,
                                               self->indicator_row, self->tags_row, NULL };
       *row != NULL; row++)
    gtk_editable_set_enable_undo (GTK_EDITABLE (*row), FALSE);

  _sw_inspector_init_dates (self);
  _sw_inspector_init_multi (self);
}

/* @selection: (nullable): the window's selection, whose nodes the inspector shows. */
void
sw_inspector_set_selection (SwInspector *self,
                            SwSelection *selection)
{
  g_return_if_fail (SW_IS_INSPECTOR (self));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_swapped (selection, "changed", G_CALLBACK (update), self);
      g_signal_connect_swapped (selection, "notify::document", G_CALLBACK (selection_document_cb), self);
      set_document (self, sw_selection_get_document (selection));
    }
  else
    set_document (self, NULL);
  update (self);
}

/* @language: (nullable): the language whose texts are shown and edited; %NULL for the source. */
void
sw_inspector_set_language (SwInspector *self,
                           const char  *language)
{
  g_return_if_fail (SW_IS_INSPECTOR (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  if (self->document != NULL)
    fill_kinds (self);
  update (self);
}
