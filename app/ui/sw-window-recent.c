/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The recent strategies under the Open button: the files this app opened or
 * saved, newest first, that still exist.  The list is kept by the desktop's
 * recent-files store (GtkRecentManager), shared with the file chooser.
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-window-private.h"

#define MAX_RECENT 10

void
_sw_window_add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0, };
  const char *groups[] = { "strategy-workbench", NULL };

  data.display_name = NULL;
  data.mime_type = (char *) "application/x-strategy-workbench";
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "strategy-workbench %u";
  data.groups = (char **) groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib), gtk_recent_info_get_modified (ia));
}

static gboolean
is_ours (GtkRecentInfo *info)
{
  if (gtk_recent_info_has_group (info, "strategy-workbench"))
    return TRUE;
  /* Items recorded before the group existed: our name and a JSON file. */
  return gtk_recent_info_has_application (info, g_get_application_name ())
         && g_str_has_suffix (gtk_recent_info_get_uri (info), ".json");
}

static void
rebuild_menu (SwWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (is_ours (info) && (!gtk_recent_info_is_local (info) || gtk_recent_info_exists (info)))
        g_ptr_array_add (ours, info);
    }
  g_ptr_array_sort (ours, compare_newest_first);

  for (guint i = 0; i < ours->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }

  if (ours->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Strategies"), "win.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_sw_window_init_recent (SwWindow *self)
{
  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (rebuild_menu),
                           self, G_CONNECT_SWAPPED);
  rebuild_menu (self);
}
