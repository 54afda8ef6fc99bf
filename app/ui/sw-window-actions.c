/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's actions, and which of them the window's state allows. */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sw-document-private.h"
#include "sw-validate.h"
#include "sw-window-private.h"

static GtkFileFilter *
strategy_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Strategies"));
  gtk_file_filter_add_mime_type (filter, "application/x-strategy-workbench");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");

  return filter;
}

/* A window with a document opens others in a new window; an empty one uses itself. */
static SwWindow *
target_window (SwWindow *self)
{
  SwWindow *window;

  if (self->document == NULL)
    return self;

  window = sw_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  SwWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      sw_window_load_file (target_window (self), file);
    }

  g_object_unref (dialog);
}

void
_sw_window_choose_open (SwWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = strategy_filter ();

  chooser = gtk_file_chooser_native_new (_("Open Strategy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  SwWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      sw_window_save_to (self, file);
    }
  else
    self->close_after_save = FALSE;

  g_object_unref (dialog);
}

/* Saves to the document's file, or asks where when it has none or @choose_file is set. */
void
_sw_window_save (SwWindow *self,
                 gboolean  choose_file)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  const char *title;

  if (self->document == NULL)
    return;

  if (self->file != NULL && !choose_file)
    {
      sw_window_save_to (self, self->file);
      return;
    }

  filter = strategy_filter ();
  chooser = gtk_file_chooser_native_new (_("Save Strategy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  title = sw_document_get_text (self->document, sw_document_get_title (self->document), NULL, NULL);
  name = g_strdup_printf ("%s.json", title[0] ? title : _("Untitled Strategy"));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The source language of a new document follows the person's language, when it is a valid tag. */
static char *
default_source_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *tag = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (g_str_equal (tag, "C") || g_str_equal (tag, "POSIX"))
        continue;
      if (sw_language_tag_is_valid (tag, NULL))
        return g_steal_pointer (&tag);
    }

  return g_strdup ("en");
}

/* A new strategy starts from its central concept, so it is a valid document from the first moment. */
void
_sw_window_new_document (SwWindow *self)
{
  g_autofree char *language = default_source_language ();
  g_autoptr(SwDocument) document = sw_document_new (language);
  SwWindow *window = target_window (self);

  sw_document_set_text (document, NULL, SW_FIELD_TITLE, NULL, _("Untitled Strategy"), NULL);
  sw_document_add_node (document, "concept", _("Central concept"), 0, 0, NULL);
  /* Starting a document is not an edit to undo. */
  _sw_history_clear (sw_document_get_history (document));
  sw_window_set_document (window, document, NULL, NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _sw_window_new_document (SW_WINDOW (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _sw_window_choose_open (SW_WINDOW (widget));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sw_window_open_sample (target_window (SW_WINDOW (widget)), g_variant_get_string (parameter, NULL));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _sw_window_save (SW_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _sw_window_save (SW_WINDOW (widget), TRUE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  if (self->document != NULL)
    sw_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  if (self->document != NULL)
    sw_document_redo (self->document);
}

void
_sw_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", "s", open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  _sw_window_class_add_export_action (widget_class);
}

void
_sw_window_update_actions (SwWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean idle = self->busy == 0;
  SwHistory *history = has_document ? sw_document_get_history (self->document) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 history != NULL && idle && sw_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 history != NULL && idle && sw_history_get_can_redo (history));
  _sw_window_update_export_action (self);
}
