/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's views and what ties them together: the canvas, the outline
 * sidebar, the Outline page and the inspector share one selection, one
 * search and one display language, all owned by the window.  Also the
 * window's narrow layout and dropping files on it.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-canvas.h"
#include "sw-window-import.h"
#include "sw-window-private.h"

/* Under this width the view switcher moves to the bottom and the header keeps only the essentials. */
#define NARROW_WIDTH 720

/* The rows of the language menu's list: the full label. */
#define LANGUAGE_ROW_UI \
  "<?xml version='1.0' encoding='UTF-8'?>" \
  "<interface><template class='GtkListItem'><property name='child'>" \
  "<object class='GtkLabel'><property name='xalign'>0</property><binding name='label'>" \
  "<lookup name='string' type='GtkStringObject'><lookup name='item'>GtkListItem</lookup></lookup>" \
  "</binding></object></property></template></interface>"

static void
message_cb (SwWindow   *self,
            const char *message)
{
  _sw_window_show_toast (self, message);
}

static SwCanvas *
canvas (SwWindow *self)
{
  return SW_CANVAS (self->canvas);
}

static void
set_canvas_document (SwWindow *self)
{
  /* The canvas fits a new document into view by itself. */
  sw_canvas_set_document (canvas (self), self->document);
  sw_canvas_set_dimmed (canvas (self), NULL);
}

static void
set_canvas_language (SwWindow *self)
{
  sw_canvas_set_language (canvas (self), self->language);
}

/* Nodes the search leaves out stay on the canvas, faded, so the graph keeps its shape. */
static void
search_changed_cb (SwWindow *self)
{
  g_autoptr(GPtrArray) unmatched = sw_search_get_unmatched (self->search);
  g_autoptr(GHashTable) dimmed = NULL;

  if (sw_search_get_active (self->search))
    {
      dimmed = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < unmatched->len; i++)
        g_hash_table_add (dimmed, g_ptr_array_index (unmatched, i));
    }
  sw_canvas_set_dimmed (canvas (self), dimmed);
}

static void
canvas_deleted_cb (SwWindow *self,
                   guint     n_nodes)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (n_nodes == 0)
    message = g_strdup (_("Link deleted"));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u node deleted", "%u nodes deleted",
                                            n_nodes), n_nodes);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
zoom_changed_cb (SwWindow *self)
{
  g_autofree char *label = g_strdup_printf ("%.0f%%", sw_canvas_get_zoom (canvas (self)) * 100);

  gtk_label_set_text (self->zoom_label, label);
}

static void
create_canvas (SwWindow *self)
{
  self->canvas = sw_canvas_new ();
  gtk_widget_set_hexpand (self->canvas, TRUE);
  gtk_widget_set_vexpand (self->canvas, TRUE);
  sw_canvas_set_selection (canvas (self), self->selection);
  gtk_overlay_set_child (self->canvas_overlay, self->canvas);

  g_signal_connect_swapped (self->canvas, "message", G_CALLBACK (message_cb), self);
  g_signal_connect_swapped (self->canvas, "deleted", G_CALLBACK (canvas_deleted_cb), self);
  g_signal_connect_swapped (self->canvas, "notify::zoom", G_CALLBACK (zoom_changed_cb), self);
  g_signal_connect_swapped (self->search, "changed", G_CALLBACK (search_changed_cb), self);
  g_object_bind_property (self->canvas, "show-minimap", self->minimap_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  zoom_changed_cb (self);
}

static void
center_canvas_on (SwWindow *self,
                  SwNode   *node)
{
  sw_canvas_center_on_node (canvas (self), node);
  gtk_widget_grab_focus (self->canvas);
}

/* The kinds of the document in the Add menu of the graph's toolbar. */
static void
update_add_menu (SwWindow *self)
{
  GPtrArray *kinds;

  g_menu_remove_all (self->add_menu);
  if (self->document == NULL)
    return;

  kinds = sw_document_get_node_kinds (self->document);
  for (guint i = 0; i < kinds->len; i++)
    {
      const char *id = sw_node_kind_get_id (g_ptr_array_index (kinds, i));
      g_autoptr(GMenuItem) item = g_menu_item_new (sw_document_get_kind_label (self->document, id,
                                                                               self->language), NULL);

      g_menu_item_set_action_and_target (item, "win.add-node", "s", id);
      g_menu_append_item (self->add_menu, item);
    }
}

/* Shows @node: selects it alone and brings it to the middle of the canvas. */
void
_sw_window_show_node (SwWindow *self,
                      SwNode   *node)
{
  g_return_if_fail (SW_IS_NODE (node));

  sw_selection_select_only (self->selection, node);
  adw_view_stack_set_visible_child_name (self->view_stack, "graph");
  center_canvas_on (self, node);
}

static void
node_activated_cb (SwWindow *self,
                   SwNode   *node)
{
  _sw_window_show_node (self, node);
}


/* Whether the Graph page is shown, the one page the sidebars belong to. */
gboolean
_sw_window_on_graph (SwWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "graph") == 0;
}

/*
 * The inspector edits what is selected on the graph; beside the Translate
 * or Outline page it only takes room from them.  So the flap shows it when
 * the person wants it and the graph is shown, and show-inspector keeps the
 * wish for the way back.
 */
static void
sync_inspector_flap (SwWindow *self)
{
  self->syncing_inspector = TRUE;
  adw_flap_set_reveal_flap (self->inspector_flap, self->show_inspector && _sw_window_on_graph (self));
  self->syncing_inspector = FALSE;
}

/*
 * The flap also opens and closes by itself: folded, a click beside it
 * closes it; when the window narrows or widens it closes or opens.  That
 * is a new wish, kept for the graph; away from the graph it stays closed.
 */
static void
inspector_revealed_cb (SwWindow *self)
{
  gboolean revealed = adw_flap_get_reveal_flap (self->inspector_flap);

  if (self->syncing_inspector)
    return;

  if (revealed != self->show_inspector)
    g_object_set (self, "show-inspector", revealed, NULL);
  else
    sync_inspector_flap (self);
}

static void
page_changed_cb (SwWindow *self)
{
  sync_inspector_flap (self);
  _sw_window_update_actions (self);
}

void
_sw_window_update_header (SwWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean has_document = self->document != NULL;
  gboolean narrow;

  if (width <= 0)
    {
      int height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
    }
  narrow = width > 0 && width < NARROW_WIDTH;

  gtk_widget_set_visible (self->view_switcher, has_document && !narrow);
  /* The sidebars belong to the Graph page; the Outline page is an outline already. */
  gtk_widget_set_visible (self->outline_button, has_document && _sw_window_on_graph (self));
  gtk_widget_set_visible (self->inspector_button, has_document && _sw_window_on_graph (self));
  adw_view_switcher_bar_set_reveal (self->switcher_bar, has_document && narrow);
  /* A split button shows a label or an icon: the icon saves room when narrow. */
  if (narrow)
    adw_split_button_set_icon_name (self->open_button, "document-open-symbolic");
  else
    adw_split_button_set_label (self->open_button, _("_Open"));
}

static void
size_changed_cb (SwWindow *self)
{
  _sw_window_update_header (self);
}

/* Strategies dropped on the window open like files given on the command line. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SwWindow      *self)
{
  GSList *files;
  g_autoptr(GPtrArray) array = g_ptr_array_new ();
  g_autofree char *name = NULL;
  GApplication *application;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  g_slist_free (files);
  if (array->len == 0)
    return FALSE;

  /* Another tool's file is imported; several files may be one spreadsheet's parts. */
  name = g_file_get_basename (g_ptr_array_index (array, 0));
  if (!g_str_has_suffix (name, ".json"))
    {
      _sw_window_import_files (self, (GFile **) array->pdata, array->len);
      return TRUE;
    }

  if (self->document == NULL && array->len == 1)
    {
      sw_window_load_file (self, g_ptr_array_index (array, 0));
      return TRUE;
    }

  application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (application == NULL)
    return FALSE;
  g_application_open (application, (GFile **) array->pdata, (int) array->len, "");
  return TRUE;
}

static void
selection_changed_cb (SwWindow *self)
{
  _sw_window_update_actions (self);
}

/* Every view follows the window's document; a new document starts in its source language. */
void
_sw_window_views_set_document (SwWindow *self)
{
  g_clear_pointer (&self->language, g_free);
  sw_selection_set_document (self->selection, self->document);
  sw_search_set_document (self->search, self->document);
  sw_search_set_language (self->search, NULL);
  sw_outline_model_set_language (self->outline_model, NULL);
  sw_outline_model_set_document (self->outline_model, self->document);
  sw_outline_set_language (self->outline, NULL);
  sw_outline_page_set_language (self->outline_page, NULL);
  sw_inspector_set_language (self->inspector, NULL);
  sw_translate_view_set_document (self->translate_view, self->document);
  set_canvas_document (self);
  update_add_menu (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "graph");
  if (self->document != NULL)
    {
      g_signal_connect_swapped (self->document, "metadata-changed::languages",
                                G_CALLBACK (_sw_window_update_languages), self);
      g_signal_connect_swapped (self->document, "kind-changed", G_CALLBACK (update_add_menu), self);
    }
  _sw_window_update_languages (self);
  g_object_notify (G_OBJECT (self), "language");
}

/* @language: (nullable): a target language of the document, or %NULL for the source. */
void
_sw_window_set_language (SwWindow   *self,
                         const char *language)
{
  if (self->document != NULL && language != NULL
      && g_str_equal (language, sw_document_get_source_language (self->document)))
    language = NULL;
  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  sw_search_set_language (self->search, language);
  sw_outline_model_set_language (self->outline_model, language);
  sw_outline_set_language (self->outline, language);
  sw_outline_page_set_language (self->outline_page, language);
  sw_inspector_set_language (self->inspector, language);
  sw_translate_view_set_language (self->translate_view, language);
  set_canvas_language (self);
  update_add_menu (self);
  _sw_window_update_title (self);
  g_object_notify (G_OBJECT (self), "language");
}

static void
language_selected_cb (SwWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  if (self->language_ids == NULL || selected >= self->language_ids->len)
    return;
  _sw_window_set_language (self, selected == 0 ? NULL : g_ptr_array_index (self->language_ids, selected));
}

/* The button of the language menu shows the tag alone, to stay small in the header bar. */
static void
setup_language_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "sw-language-tag");
  gtk_list_item_set_child (item, label);
}

static void
bind_language_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  SwWindow                 *self)
{
  guint position = gtk_list_item_get_position (item);
  const char *tag = self->language_ids != NULL && position < self->language_ids->len
                    ? g_ptr_array_index (self->language_ids, position) : "";
  g_autofree char *upper = g_ascii_strup (tag, -1);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), upper);
}

static void
init_language_menu (SwWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_builder_list_item_factory_new_from_bytes (
    NULL, g_bytes_new_static (LANGUAGE_ROW_UI, sizeof LANGUAGE_ROW_UI - 1));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_language_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_language_cb), self);
  gtk_drop_down_set_factory (self->language_dropdown, factory);
  gtk_drop_down_set_list_factory (self->language_dropdown, list_factory);
}

/* The language menu lists the source language, then the document's target languages. */
void
_sw_window_update_languages (SwWindow *self)
{
  const char * const *languages = self->document ? sw_document_get_languages (self->document) : NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *source;
  guint selected = 0;

  g_signal_handlers_disconnect_by_func (self->language_dropdown, language_selected_cb, self);
  g_clear_pointer (&self->language_ids, g_ptr_array_unref);
  self->language_ids = g_ptr_array_new_with_free_func (g_free);

  if (languages == NULL || languages[0] == NULL)
    {
      gtk_drop_down_set_model (self->language_dropdown, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->language_dropdown), FALSE);
      return;
    }

  source = sw_document_get_source_language (self->document);
  g_ptr_array_add (self->language_ids, g_strdup (source));
  /* Translators: the source language in the language menu; %s is a language tag such as "en" */
  {
    g_autofree char *label = g_strdup_printf (_("%s (source)"), source);
    gtk_string_list_append (labels, label);
  }
  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_equal (languages[i], source))
        continue;
      if (g_strcmp0 (self->language, languages[i]) == 0)
        selected = self->language_ids->len;
      g_ptr_array_add (self->language_ids, g_strdup (languages[i]));
      gtk_string_list_append (labels, languages[i]);
    }

  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->language_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->language_dropdown), TRUE);
  g_signal_connect_swapped (self->language_dropdown, "notify::selected",
                            G_CALLBACK (language_selected_cb), self);
}

void
_sw_window_init_views (SwWindow *self)
{
  GtkDropTarget *drop;

  sw_outline_setup (self->outline, self->outline_model, self->search, self->selection);
  sw_outline_page_setup (self->outline_page, self->outline_model, self->selection);
  sw_inspector_set_selection (self->inspector, self->selection);
  init_language_menu (self);
  self->add_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (self->add_menu));
  create_canvas (self);

  g_object_bind_property (self, "show-outline", self->outline_flap, "reveal-flap",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self, "notify::show-inspector", G_CALLBACK (sync_inspector_flap), self);
  g_signal_connect_swapped (self->inspector_flap, "notify::reveal-flap",
                            G_CALLBACK (inspector_revealed_cb), self);
  sync_inspector_flap (self);

  g_signal_connect_swapped (self->outline, "node-activated", G_CALLBACK (node_activated_cb), self);
  g_signal_connect_swapped (self->outline_page, "node-activated", G_CALLBACK (node_activated_cb), self);
  g_signal_connect_swapped (self->inspector, "node-activated", G_CALLBACK (node_activated_cb), self);
  g_signal_connect_swapped (self->inspector, "message", G_CALLBACK (message_cb), self);
  g_signal_connect_swapped (self->translate_view, "node-activated", G_CALLBACK (node_activated_cb), self);
  g_signal_connect_swapped (self->translate_view, "message", G_CALLBACK (message_cb), self);
  g_signal_connect_swapped (self->selection, "changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (size_changed_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (size_changed_cb), NULL);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (page_changed_cb), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
