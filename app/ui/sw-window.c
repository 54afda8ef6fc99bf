/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwWindow: one document per window.  This file holds the window's state:
 * which document and file it shows, and closing safely.  Loading and saving
 * live in sw-window-file.c, the actions in sw-window-actions.c, the views
 * (canvas, outline, inspector) in sw-window-views.c, the search in
 * sw-window-search.c and recovery and changes on disk in
 * sw-window-autosave.c.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-resources.h"
#include "sw-window-private.h"

G_DEFINE_FINAL_TYPE (SwWindow, sw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUSY,
  PROP_MODIFIED,
  PROP_LANGUAGE,
  PROP_SHOW_OUTLINE,
  PROP_SHOW_INSPECTOR,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_sw_window_set_busy (SwWindow *self,
                     gboolean  busy)
{
  gboolean was_busy = self->busy > 0;

  if (busy)
    self->busy++;
  else if (self->busy > 0)
    self->busy--;

  if (was_busy != (self->busy > 0))
    {
      _sw_window_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
}

void
_sw_window_set_last_error (SwWindow   *self,
                           const char *message)
{
  g_free (self->last_error);
  self->last_error = g_strdup (message);
}

/* The title is the document's; the subtitle names the file and says whether it has unsaved changes. */
void
_sw_window_update_title (SwWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  const char *title;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Strategy Workbench"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Strategy Workbench"));
      return;
    }

  title = sw_document_get_text (self->document, sw_document_get_title (self->document),
                                self->language, NULL);
  if (title[0] == '\0')
    title = _("Untitled Strategy");

  name = self->file ? g_file_get_basename (self->file) : g_strdup (_("Not saved"));
  if (sw_window_get_modified (self))
    /* Translators: the window subtitle of a document with unsaved changes; %s is the file name */
    subtitle = g_strdup_printf (_("• %s (modified)"), name);
  else
    subtitle = g_steal_pointer (&name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
document_state_changed_cb (SwWindow *self)
{
  _sw_window_update_title (self);
  _sw_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
disconnect_document (SwWindow *self)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (sw_document_get_history (self->document), self);
    }
}

static void
set_document_full (SwWindow   *self,
                   SwDocument *document,
                   GFile      *file,
                   const char *etag,
                   gboolean    recovered)
{
  disconnect_document (self);

  /* The changes of the document replaced here were saved or let go by the person already. */
  _sw_window_autosave_discard (self);

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->recovered = recovered;

  if (document != NULL)
    {
      g_signal_connect_swapped (document, "changed", G_CALLBACK (document_state_changed_cb), self);
      g_signal_connect_swapped (document, "metadata-changed", G_CALLBACK (_sw_window_update_title), self);
      g_signal_connect_swapped (sw_document_get_history (document), "notify::modified",
                                G_CALLBACK (document_state_changed_cb), self);
    }

  _sw_window_views_set_document (self);
  gtk_stack_set_visible_child_name (self->stack, document ? "document" : "welcome");
  _sw_window_hide_disk_bar (self);
  _sw_window_watch_file (self);
  _sw_window_autosave_document_set (self);
  _sw_window_update_title (self);
  _sw_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  if (document != NULL)
    _sw_window_apply_test_edit (self);
  else
    _sw_window_show_recoveries (self);
}

/**
 * sw_window_set_document:
 * @document: (nullable): the document, or %NULL for the welcome page
 * @file: (nullable): where it is saved; %NULL for a document never saved
 * @etag: (nullable): the file's etag when it was read
 */
void
sw_window_set_document (SwWindow   *self,
                        SwDocument *document,
                        GFile      *file,
                        const char *etag)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  set_document_full (self, document, file, etag, FALSE);
}

/*
 * A recovered document holds changes its file does not have, even before
 * any edit in this window: it counts as modified until it is saved, and its
 * recovery file stays with this window.
 */
void
_sw_window_adopt_recovery (SwWindow   *self,
                           SwRecovery *recovery)
{
  set_document_full (self, sw_recovery_get_document (recovery), sw_recovery_get_original (recovery),
                     sw_recovery_get_etag (recovery), TRUE);
  g_set_object (&self->recovery, recovery);
  _sw_window_autosave_document_set (self);
}

/* Errors from files can be long lists of problems: they go in a dialog that can show them all. */
void
_sw_window_show_error (SwWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (body);

  _sw_window_set_last_error (self, body);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_sw_window_show_toast (SwWindow   *self,
                       const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  SwWindow *self = user_data;

  if (g_str_equal (response, "discard"))
    {
      sw_document_mark_saved (self->document);
      self->recovered = FALSE;
      _sw_window_autosave_discard (self);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      _sw_window_save (self, FALSE);
    }
}

static void
save_window_state (SwWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
sw_window_close_request (GtkWindow *window)
{
  SwWindow *self = SW_WINDOW (window);
  GtkWidget *dialog;
  g_autofree char *title = NULL;

  save_window_state (self);

  if (self->document == NULL || !sw_window_get_modified (self))
    {
      _sw_window_autosave_discard (self);
      return GTK_WINDOW_CLASS (sw_window_parent_class)->close_request (window);
    }

  title = g_strdup (adw_window_title_get_title (self->window_title));
  dialog = adw_message_dialog_new (window, _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes which are not saved "
                                    "will be permanently lost."), title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
sw_window_dispose (GObject *object)
{
  SwWindow *self = SW_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->arrange_cancellable != NULL)
    g_cancellable_cancel (self->arrange_cancellable);
  _sw_window_autosave_dispose (self);
  disconnect_document (self);
  if (self->selection != NULL)
    sw_selection_set_document (self->selection, NULL);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->arrange_cancellable);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->add_menu);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->search);
  g_clear_object (&self->outline_model);

  G_OBJECT_CLASS (sw_window_parent_class)->dispose (object);
}

static void
sw_window_finalize (GObject *object)
{
  SwWindow *self = SW_WINDOW (object);

  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->last_error, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->language_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_window_parent_class)->finalize (object);
}

static void
set_boolean (SwWindow *self,
             gboolean *field,
             gboolean  value,
             guint     prop_id)
{
  if (*field == !!value)
    return;

  *field = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
sw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy > 0);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, sw_window_get_modified (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_SHOW_OUTLINE:
      g_value_set_boolean (value, self->show_outline);
      break;

    case PROP_SHOW_INSPECTOR:
      g_value_set_boolean (value, self->show_inspector);
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, self->search_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      _sw_window_set_language (self, g_value_get_string (value));
      break;

    case PROP_SHOW_OUTLINE:
      set_boolean (self, &self->show_outline, g_value_get_boolean (value), prop_id);
      break;

    case PROP_SHOW_INSPECTOR:
      set_boolean (self, &self->show_inspector, g_value_get_boolean (value), prop_id);
      break;

    case PROP_SEARCH_MODE:
      set_boolean (self, &self->search_mode, g_value_get_boolean (value), prop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_class_init (SwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sw_window_dispose;
  object_class->finalize = sw_window_finalize;
  object_class->get_property = sw_window_get_property;
  object_class->set_property = sw_window_set_property;
  window_class->close_request = sw_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The language texts are shown in, for every view; NULL is the source language. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_OUTLINE] =
    g_param_spec_boolean ("show-outline", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_INSPECTOR] =
    g_param_spec_boolean ("show-inspector", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The resources register themselves when linked in; naming them here makes the linker
   * keep them from the static library. */
  (void) sw_get_resource ();
  g_type_ensure (SW_TYPE_OUTLINE);
  g_type_ensure (SW_TYPE_OUTLINE_PAGE);
  g_type_ensure (SW_TYPE_TRANSLATE_VIEW);
  g_type_ensure (SW_TYPE_INSPECTOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/sw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, outline_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, inspector_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, recovery_group);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, recovery_list);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, disk_revealer);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, disk_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, disk_dismiss);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, inspector_flap);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, outline_flap);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, canvas_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, minimap_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, outline_page);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, translate_view);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, switcher_bar);

  _sw_window_class_add_actions (widget_class);
}

static void
sw_window_init (SwWindow *self)
{
  self->show_outline = TRUE;
  self->show_inspector = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->selection = sw_selection_new (NULL);
  self->search = sw_search_new ();
  self->outline_model = sw_outline_model_new (self->search);
  _sw_window_init_views (self);
  _sw_window_init_search (self);
  _sw_window_init_recent (self);

  _sw_window_update_title (self);
  _sw_window_update_actions (self);
  _sw_window_show_recoveries (self);
}

/**
 * sw_window_new:
 *
 * Returns: (transfer full): a window showing the welcome page.
 */
SwWindow *
sw_window_new (GtkApplication *application)
{
  return g_object_new (SW_TYPE_WINDOW, "application", application, NULL);
}

/**
 * sw_window_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown.
 */
SwDocument *
sw_window_get_document (SwWindow *self)
{
  return self->document;
}

/**
 * sw_window_get_file:
 *
 * Returns: (transfer none) (nullable): where the document is saved.
 */
GFile *
sw_window_get_file (SwWindow *self)
{
  return self->file;
}

gboolean
sw_window_has_file (SwWindow *self,
                    GFile    *file)
{
  return self->file != NULL && g_file_equal (self->file, file);
}

gboolean
sw_window_get_busy (SwWindow *self)
{
  return self->busy > 0;
}

/* Whether the document differs from its file: edited here, or recovered after a crash. */
gboolean
sw_window_get_modified (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);

  return self->document != NULL && (self->recovered || sw_document_get_modified (self->document));
}

/**
 * sw_window_get_selection:
 *
 * Returns: (transfer none): the selection the canvas, outline and inspector share.
 */
SwSelection *
sw_window_get_selection (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->selection;
}

/**
 * sw_window_get_last_error:
 *
 * Returns: (nullable): the message of the last failed open or save, for tests.
 */
const char *
sw_window_get_last_error (SwWindow *self)
{
  return self->last_error;
}
