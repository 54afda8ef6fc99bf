/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwLanguagesDialog: the target languages of a document, to add and remove.
 *
 * Each change is one call on the document, so one undo step.  Removing a
 * language takes its translations with it, so the dialog asks first and
 * then offers Undo in a toast; the window's Undo works as well.  The rows
 * follow the document, so an undo made elsewhere shows here at once.
 */
#define G_LOG_DOMAIN "sw-languages"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-languages-dialog.h"
#include "sw-translation-status.h"
#include "sw-validate.h"

struct _SwLanguagesDialog
{
  AdwPreferencesWindow  parent_instance;

  SwDocument           *document;
  AdwPreferencesGroup  *source_group;
  AdwPreferencesGroup  *targets_group;
  AdwPreferencesGroup  *add_group;
  AdwEntryRow          *tag_row;
  AdwExpanderRow       *suggestions_row;
  GPtrArray            *rows;   /* rows to remove on a rebuild, with their group */
};

G_DEFINE_FINAL_TYPE (SwLanguagesDialog, sw_languages_dialog, ADW_TYPE_PREFERENCES_WINDOW)

/* Offered with one click; any other valid tag can be typed. */
static const char * const suggested[] = {
  "ar", "de", "es", "fr", "ja", "pt", "ru", "uk", "zh-Hans", NULL,
};

static void
clear_rows (SwLanguagesDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      GtkWidget *group = g_object_get_data (G_OBJECT (row), "sw-group");

      if (ADW_IS_EXPANDER_ROW (group))
        adw_expander_row_remove (ADW_EXPANDER_ROW (group), row);
      else
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
add_row (SwLanguagesDialog *self,
         GtkWidget         *group,
         const char        *tag,
         const char        *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *label = sw_language_get_label (tag);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (row), "sw-group", group);
  g_ptr_array_add (self->rows, row);

  if (ADW_IS_EXPANDER_ROW (group))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (group), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return row;
}

static GtkWidget *
row_button (GtkWidget  *row,
            const char *icon_name,
            const char *tooltip,
            const char *action,
            const char *tag)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", tag);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static void
rebuild (SwLanguagesDialog *self)
{
  const char * const *languages = sw_document_get_languages (self->document);
  const char *source = sw_document_get_source_language (self->document);
  g_autoptr(SwTranslationStatus) status = sw_translation_status_new (self->document, NULL);
  guint n_units = sw_translation_status_get_n_units (status);
  gboolean any_target = FALSE;
  gboolean any_suggestion = FALSE;

  clear_rows (self);
  add_row (self, GTK_WIDGET (self->source_group), source, _("The language the strategy is written in"));

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const SwTranslationCounts *counts = sw_translation_status_get_counts (status, languages[i]);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      g_autofree char *tooltip = NULL;
      g_autofree char *label = sw_language_get_label (languages[i]);

      if (counts == NULL)
        continue;
      /* Translators: "42 of 106 texts translated, 3 stale" */
      subtitle = g_strdup_printf (_("%u of %u texts translated, %u stale"), counts->translated,
                                  n_units, counts->stale);
      row = add_row (self, GTK_WIDGET (self->targets_group), languages[i], subtitle);
      /* Translators: %s is a language, e.g. "Remove French (fr)" */
      tooltip = g_strdup_printf (_("Remove %s"), label);
      row_button (row, "user-trash-symbolic", tooltip, "languages.remove", languages[i]);
      any_target = TRUE;
    }
  if (!any_target)
    add_row (self, GTK_WIDGET (self->targets_group), _("None yet"), NULL);

  for (guint i = 0; suggested[i] != NULL; i++)
    {
      GtkWidget *row;

      if (sw_document_has_language (self->document, suggested[i])
          || g_str_equal (suggested[i], source))
        continue;
      row = add_row (self, GTK_WIDGET (self->suggestions_row), suggested[i], NULL);
      row_button (row, "list-add-symbolic", _("Add this language"), "languages.add", suggested[i]);
      any_suggestion = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_row), any_suggestion);
}

static void
languages_changed_cb (SwLanguagesDialog *self)
{
  rebuild (self);
}

static void
undo_cb (AdwToast          *toast,
         SwLanguagesDialog *self)
{
  sw_document_undo (self->document);
}

static void
show_toast (SwLanguagesDialog *self,
            const char        *title,
            gboolean           with_undo)
{
  AdwToast *toast = adw_toast_new (title);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static gboolean
add_language (SwLanguagesDialog *self,
              const char        *tag)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;

  if (!sw_document_add_language (self->document, tag, &error))
    {
      show_toast (self, error->message, FALSE);
      return FALSE;
    }

  label = sw_language_get_label (tag);
  /* Translators: %s is a language, e.g. "Added French (fr)" */
  title = g_strdup_printf (_("Added %s"), label);
  show_toast (self, title, TRUE);
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  add_language (SW_LANGUAGES_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
tag_applied_cb (SwLanguagesDialog *self)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_row))));

  if (tag[0] != '\0' && add_language (self, tag))
    gtk_editable_set_text (GTK_EDITABLE (self->tag_row), "");
}

static void
remove_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    SwLanguagesDialog *self)
{
  const char *tag = g_object_get_data (G_OBJECT (dialog), "sw-language");
  g_autofree char *label = sw_language_get_label (tag);
  g_autofree char *title = NULL;

  if (!g_str_equal (response, "remove") || !sw_document_remove_language (self->document, tag))
    return;

  /* Translators: %s is a language, e.g. "Removed French (fr)" */
  title = g_strdup_printf (_("Removed %s"), label);
  show_toast (self, title, TRUE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwLanguagesDialog *self = SW_LANGUAGES_DIALOG (widget);
  const char *tag = g_variant_get_string (parameter, NULL);
  g_autoptr(SwTranslationStatus) status = sw_translation_status_new (self->document, NULL);
  const SwTranslationCounts *counts = sw_translation_status_get_counts (status, tag);
  g_autofree char *label = sw_language_get_label (tag);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint n_texts = counts ? counts->translated + counts->stale : 0;

  if (counts == NULL)
    return;

  /* Translators: %s is a language, e.g. "Remove French (fr)?" */
  heading = g_strdup_printf (_("Remove %s?"), label);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u translated text is removed with it. You can undo this.",
                                       "Its %u translated texts are removed with it. You can undo this.",
                                       n_texts), n_texts);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sw-language", g_strdup (tag), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sw_languages_dialog_dispose (GObject *object)
{
  SwLanguagesDialog *self = SW_LANGUAGES_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, languages_changed_cb, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_languages_dialog_parent_class)->dispose (object);
}

static void
sw_languages_dialog_class_init (SwLanguagesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_languages_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "languages.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "languages.remove", "s", remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static AdwPreferencesGroup *
new_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (page, group);
  return group;
}

static void
sw_languages_dialog_init (SwLanguagesDialog *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  self->rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Languages"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 620);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  self->source_group = new_group (page, _("Source Language"), NULL);
  self->targets_group = new_group (page, _("Target Languages"),
                                   _("The languages the strategy is translated into"));
  self->add_group = new_group (page, _("Add a Language"), NULL);

  self->tag_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tag_row), _("Language tag, such as “fr” or “pt-BR”"));
  adw_entry_row_set_show_apply_button (self->tag_row, TRUE);
  g_signal_connect_swapped (self->tag_row, "apply", G_CALLBACK (tag_applied_cb), self);
  g_signal_connect_swapped (self->tag_row, "entry-activated", G_CALLBACK (tag_applied_cb), self);
  adw_preferences_group_add (self->add_group, GTK_WIDGET (self->tag_row));

  self->suggestions_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestions_row), _("Common Languages"));
  adw_preferences_group_add (self->add_group, GTK_WIDGET (self->suggestions_row));

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

/**
 * sw_languages_dialog_present:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Shows the languages of @document, to add and remove.
 *
 * Returns: (transfer none): the dialog, owned by GTK until it is closed.
 */
GtkWindow *
sw_languages_dialog_present (GtkWindow  *parent,
                             SwDocument *document)
{
  SwLanguagesDialog *self;

  g_return_val_if_fail (SW_IS_DOCUMENT (document), NULL);

  self = g_object_new (SW_TYPE_LANGUAGES_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_swapped (document, "metadata-changed::languages", G_CALLBACK (languages_changed_cb),
                            self);
  rebuild (self);
  gtk_window_present (GTK_WINDOW (self));

  return GTK_WINDOW (self);
}
