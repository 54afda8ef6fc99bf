/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Renders the window with the 2024 strategy, light and dark, wide and
 * narrow, into PNG files: the pictures of the AppStream metadata and the
 * README, and a quick look at the layout after a change.
 *
 *   take-screenshots OUTPUT-FOLDER   (under a display, e.g. xvfb-run)
 */
#include <glib/gstdio.h>

#include "sw-application.h"
#include "sw-canvas-private.h"
#include "sw-window-private.h"

static void
wait_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20000);
    }
}

static void
save (SwWindow   *window,
      const char *path)
{
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

static void
shoot (GtkApplication *application,
       const char     *folder,
       const char     *view,
       gboolean        dark,
       int             width,
       int             height)
{
  SwWindow *window = sw_window_new (application);
  g_autofree char *name = g_strdup_printf ("%s%s-%s.png", g_str_equal (view, "graph") ? "" : "outline-",
                                           width >= 1000 ? "wide" : "narrow", dark ? "dark" : "light");
  g_autofree char *path = g_build_filename (folder, name, NULL);
  SwDocument *document;
  SwNode *node;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", "2024");
  wait_frames (20);

  /* An action area selected, its objectives around it, readable. */
  document = sw_window_get_document (window);
  node = sw_document_lookup_node (document, "aa2");
  sw_selection_select_only (sw_window_get_selection (window), node);
  sw_canvas_set_zoom (SW_CANVAS (window->canvas), width >= 1000 ? 0.65 : 0.5);
  sw_canvas_center_on_node (SW_CANVAS (window->canvas), node);
  /* Up a little, so the commitments under it clear the toolbar. */
  _sw_canvas_pan (SW_CANVAS (window->canvas), 0, 90);
  adw_view_stack_set_visible_child_name (window->view_stack, view);
  wait_frames (30);

  save (window, path);
  sw_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_frames (5);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwApplication) application = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("sw-screenshots-XXXXXX", NULL);

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTPUT-FOLDER\n", argv[0]);
      return 2;
    }

  /* Nothing of the person's (recent files, unsaved work) shows in the pictures. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();
  g_mkdir_with_parents (argv[1], 0755);

  application = sw_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, NULL);

  shoot (GTK_APPLICATION (application), argv[1], "graph", FALSE, 1400, 900);
  shoot (GTK_APPLICATION (application), argv[1], "graph", TRUE, 1400, 900);
  shoot (GTK_APPLICATION (application), argv[1], "graph", FALSE, 560, 900);
  shoot (GTK_APPLICATION (application), argv[1], "graph", TRUE, 560, 900);
  shoot (GTK_APPLICATION (application), argv[1], "outline", FALSE, 1400, 900);
  return 0;
}
