/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Exporting the language being translated for translators, and importing
 * what they send back, from the Translate page.  The files are read and
 * written with the same code as `strategy-workbench translate`; an import
 * is one undo step, and a file that cannot be imported is explained in a
 * dialog that names the line.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-translate-view-private.h"
#include "sw-translation.h"

static GtkWindow *
parent_window (SwTranslateView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (SwTranslateView *self,
            const char      *heading,
            const char      *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SwTranslateView *self)
{
  SwTranslationFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "sw-format"));
  const char *language = g_object_get_data (G_OBJECT (chooser), "sw-language");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      bytes = sw_translation_export (self->document, language, format, &error);
      if (bytes != NULL)
        g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                 FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
      if (error != NULL)
        show_error (self, _("Could Not Export the Translation"), error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: %s is a file name */
          g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

          _sw_translate_view_message (self, message);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

/* @format: "xliff" or "po" */
void
_sw_translate_view_export (SwTranslateView *self,
                           const char      *format_name)
{
  SwTranslationFormat format;
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  const char *title;

  if (self->document == NULL || self->language == NULL
      || !sw_translation_format_from_string (format_name, &format))
    return;

  _sw_translate_view_save (self);
  title = sw_text_get (sw_document_get_title (self->document),
                       sw_document_get_source_language (self->document));
  name = g_strdup_printf ("%s.%s.%s", title && *title ? title : _("Strategy"), self->language,
                          sw_translation_format_get_extension (format));
  g_strdelimit (name, "/\\:", '-');

  chooser = gtk_file_chooser_native_new (format == SW_TRANSLATION_FORMAT_PO ? _("Export as PO")
                                                                            : _("Export as XLIFF 2.0"),
                                         parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "sw-format", GINT_TO_POINTER (format));
  g_object_set_data_full (G_OBJECT (chooser), "sw-language", g_strdup (self->language), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SwTranslateView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      name = g_file_get_basename (file);
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      if (bytes != NULL)
        report = sw_translation_import (self->document, bytes, name, &error);

      if (report == NULL)
        show_error (self, _("Could Not Import the Translation"), error->message);
      else
        {
          /* Translators: a toast after an import, e.g. "Imported fr: 40 texts updated, 2 stale" */
          g_autofree char *message = g_strdup_printf (_("Imported %s: %u texts updated, %u stale, %u "
                                                        "unknown"),
                                                      report->language, report->n_updated,
                                                      report->n_source_changed, report->n_unknown);

          _sw_translate_view_message (self, message);
          sw_translate_view_set_language (self, report->language);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

void
_sw_translate_view_import (SwTranslateView *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->document == NULL)
    return;

  _sw_translate_view_save (self);
  gtk_file_filter_set_name (filter, _("XLIFF and PO files"));
  gtk_file_filter_add_pattern (filter, "*.xlf");
  gtk_file_filter_add_pattern (filter, "*.xliff");
  gtk_file_filter_add_pattern (filter, "*.po");

  chooser = gtk_file_chooser_native_new (_("Import Translation"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
