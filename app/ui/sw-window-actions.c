/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's actions, and which of them the window's state allows. */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sw-canvas.h"
#include "sw-document-private.h"
#include "sw-layout.h"
#include "sw-languages-dialog.h"
#include "sw-window-import.h"
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
SwWindow *
_sw_window_target_window (SwWindow *self)
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

      sw_window_load_file (_sw_window_target_window (self), file);
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
  SwWindow *window = _sw_window_target_window (self);

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
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (widget));

  /* A file already open in some window is brought forward there. */
  for (GList *l = application ? gtk_application_get_windows (application) : NULL; l; l = l->next)
    {
      if (SW_IS_WINDOW (l->data) && sw_window_has_file (l->data, file))
        {
          gtk_window_present (l->data);
          return;
        }
    }

  sw_window_load_file (_sw_window_target_window (SW_WINDOW (widget)), file);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sw_window_open_sample (_sw_window_target_window (SW_WINDOW (widget)),
                         g_variant_get_string (parameter, NULL));
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
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  g_autoptr(GFile) file = self->file ? g_object_ref (self->file) : NULL;

  if (file == NULL)
    return;

  _sw_window_hide_disk_bar (self);
  sw_window_load_file (self, file);
}

/* Undo and redo end the text field's step first, so what was typed is undone as one step. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  if (self->document == NULL)
    return;
  sw_history_break_coalescing (sw_document_get_history (self->document));
  sw_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  if (self->document == NULL)
    return;
  sw_history_break_coalescing (sw_document_get_history (self->document));
  sw_document_redo (self->document);
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* The graph's toolbar sits beside the canvas, not in it: its buttons reach the canvas through these. */
static void
add_node_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "graph");
  gtk_widget_grab_focus (self->canvas);
  gtk_widget_activate_action_variant (self->canvas, "canvas.add-node", parameter);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SwCanvas *canvas = SW_CANVAS (SW_WINDOW (widget)->canvas);

  if (g_str_equal (action_name, "win.zoom-in"))
    sw_canvas_zoom_in (canvas);
  else if (g_str_equal (action_name, "win.zoom-out"))
    sw_canvas_zoom_out (canvas);
  else if (g_str_equal (action_name, "win.zoom-reset"))
    sw_canvas_zoom_reset (canvas);
  else
    sw_canvas_zoom_fit (canvas);
}

typedef struct
{
  SwWindow     *window;
  SwDocument   *document;
  GCancellable *cancellable;
} ArrangeData;

static void
arrange_data_free (ArrangeData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->document);
  g_clear_object (&data->cancellable);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ArrangeData, arrange_data_free)

static void
arrange_ready_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(ArrangeData) data = user_data;
  SwWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwLayoutResult) layout = sw_layout_arrange_finish (data->document, result, &error);

  if (self->arrange_cancellable == data->cancellable)
    g_clear_object (&self->arrange_cancellable);

  if (layout == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _sw_window_show_toast (self, error->message);
    }
  else if (self->document == data->document)
    sw_layout_result_apply (layout, data->document);

  _sw_window_update_actions (self);
}

/* Runs off the main thread; a new Arrange or another document cancels the one running. */
static void
start_arrange (SwWindow  *self,
               GVariant  *parameter,
               GPtrArray *nodes)
{
  ArrangeData *data;
  SwLayoutMode mode;

  if (self->document == NULL || !sw_layout_mode_from_string (g_variant_get_string (parameter, NULL), &mode))
    return;

  if (self->arrange_cancellable != NULL)
    g_cancellable_cancel (self->arrange_cancellable);
  g_set_object (&self->arrange_cancellable, NULL);
  self->arrange_cancellable = g_cancellable_new ();

  data = g_new0 (ArrangeData, 1);
  data->window = g_object_ref (self);
  data->document = g_object_ref (self->document);
  data->cancellable = g_object_ref (self->arrange_cancellable);
  sw_layout_arrange_async (self->document, mode, nodes, self->arrange_cancellable, arrange_ready_cb, data);
  _sw_window_update_actions (self);
}

static void
arrange_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  start_arrange (SW_WINDOW (widget), parameter, NULL);
}

static void
arrange_selection_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  if (sw_selection_get_n_nodes (self->selection) > 0)
    start_arrange (self, parameter, sw_selection_get_nodes (self->selection));
}

/* The document's languages: add and remove target languages, each one undo step. */
static void
languages_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);

  if (self->document != NULL)
    sw_languages_dialog_present (GTK_WINDOW (self), self->document);
}

void
_sw_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", "s", open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.view", "s", view_action);
  gtk_widget_class_install_action (widget_class, "win.add-node", "s", add_node_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.arrange", "s", arrange_action);
  gtk_widget_class_install_action (widget_class, "win.arrange-selection", "s", arrange_selection_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-outline", "show-outline");
  gtk_widget_class_install_property_action (widget_class, "win.show-inspector", "show-inspector");
  gtk_widget_class_install_property_action (widget_class, "win.search", "search-mode");
  _sw_window_class_add_export_action (widget_class);
  _sw_window_class_add_import_action (widget_class);
  gtk_widget_class_install_action (widget_class, "win.languages", NULL, languages_action);
}

void
_sw_window_update_actions (SwWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;
  gboolean idle = self->busy == 0;
  SwHistory *history = has_document ? sw_document_get_history (self->document) : NULL;
  gboolean arranging = self->arrange_cancellable != NULL;
  gboolean has_selection = self->selection != NULL && sw_selection_get_n_nodes (self->selection) > 0;

  gtk_widget_action_set_enabled (widget, "win.save", has_document && idle);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_document && idle);
  gtk_widget_action_set_enabled (widget, "win.reload", has_document && idle && self->file != NULL);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 history != NULL && idle && sw_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 history != NULL && idle && sw_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.view", has_document);
  gtk_widget_action_set_enabled (widget, "win.languages", has_document);
  gtk_widget_action_set_enabled (widget, "win.add-node", has_document);
  gtk_widget_action_set_enabled (widget, "win.zoom-in", has_document);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", has_document);
  gtk_widget_action_set_enabled (widget, "win.zoom-reset", has_document);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", has_document);
  /* The sidebars' toggles would act on nothing visible beside another page. */
  gtk_widget_action_set_enabled (widget, "win.show-outline", has_document && _sw_window_on_graph (self));
  gtk_widget_action_set_enabled (widget, "win.show-inspector", has_document && _sw_window_on_graph (self));
  gtk_widget_action_set_enabled (widget, "win.search", has_document);
  gtk_widget_action_set_enabled (widget, "win.arrange", has_document && idle && !arranging);
  gtk_widget_action_set_enabled (widget, "win.arrange-selection",
                                 has_document && idle && !arranging && has_selection);

  /* Buttons that only mean something with a document are not shown on the welcome page. */
  gtk_widget_set_visible (self->search_button, has_document);
  _sw_window_update_header (self);
  _sw_window_update_export_action (self);
}
