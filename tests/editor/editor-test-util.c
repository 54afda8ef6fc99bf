/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the editor's window tests. */
#include <glib/gstdio.h>

#include "editor-test-util.h"
#include "sw-application.h"

#ifdef HAVE_XTEST
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <gdk/x11/gdkx.h>
#endif

static char *data_home;
static SwApplication *application;

void
editor_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        editor_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_data_home (void)
{
  if (data_home != NULL)
    editor_test_remove_tree (data_home);
}

/*
 * Recovery files and recent files of the tested windows go to a folder of
 * their own, never the person's.  Returns FALSE when there is no display.
 */
gboolean
editor_test_init (int    *argc,
                  char ***argv)
{
  data_home = g_dir_make_tmp ("sw-editor-test-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  atexit (remove_data_home);

  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    return FALSE;
  adw_init ();

  /*
   * Windows live in the real application, registered but not run, so they
   * get its keyboard shortcuts; not unique, so no running instance of the
   * app is disturbed.
   */
  application = sw_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));
  return TRUE;
}

GtkApplication *
editor_test_application (void)
{
  return GTK_APPLICATION (application);
}

const char *
editor_test_data_home (void)
{
  return data_home;
}

SwWindow *
editor_test_new_window (void)
{
  SwWindow *window = sw_window_new (GTK_APPLICATION (application));

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Runs the main loop until the window is idle and queued updates have run. */
void
editor_test_wait (SwWindow *window)
{
  while (window != NULL && sw_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  /* Bounded, since a frame clock may keep ticking. */
  for (guint i = 0; i < 500 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/* Iterates the main loop until @done says so; the test's own timeout stops a hang. */
void
editor_test_wait_until (gboolean (*done) (gpointer),
                        gpointer   data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

SwWindow *
editor_test_open_sample (const char *edition)
{
  SwWindow *window = editor_test_new_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", "s", edition));
  editor_test_wait (window);
  g_assert_nonnull (sw_window_get_document (window));
  return window;
}

char *
editor_test_copy_sample (const char  *edition,
                         char       **dir)
{
  g_autofree char *name = g_strdup_printf ("strategy-%s.json", edition);
  g_autofree char *sample = g_build_filename (g_getenv ("SW_SAMPLES_DIR"), name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  char *path;

  *dir = g_dir_make_tmp ("sw-editor-XXXXXX", NULL);
  path = g_build_filename (*dir, name, NULL);
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

/* The message dialog shown over @window, if any. */
AdwMessageDialog *
editor_test_find_dialog (SwWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

void
editor_test_destroy (SwWindow *window)
{
  AdwMessageDialog *dialog;

  while ((dialog = editor_test_find_dialog (window)) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  if (sw_window_get_document (window) != NULL)
    sw_document_mark_saved (sw_window_get_document (window));
  window->recovered = FALSE;
  gtk_window_destroy (GTK_WINDOW (window));
  editor_test_wait (NULL);
}

/* GTK 4.8 has no public query of a widget action's state: a widget's action muxer has it. */
gboolean
editor_test_action_enabled (SwWindow   *window,
                            const char *name)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  /* A button inside the window follows the action's enabled state. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), name);
  gtk_box_append (GTK_BOX (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window))), probe);
  editor_test_wait (NULL);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_box_remove (GTK_BOX (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window))), probe);
  return enabled;
}

/*
 * Types a key into @widget's window through the X server (XTest), so that
 * the event takes the path a person's key press takes: window shortcuts and
 * the focused widget's key bindings compete as they really do.  Returns
 * FALSE where that is not possible (no XTest, not X11).
 */
gboolean
editor_test_send_key (GtkWidget       *widget,
                      guint            keyval,
                      GdkModifierType  modifiers)
{
#ifdef HAVE_XTEST
  GdkDisplay *display = gtk_widget_get_display (widget);
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  Display *xdisplay;
  KeyCode code, control, shift, alt;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;

  xdisplay = gdk_x11_display_get_xdisplay (display);
  code = XKeysymToKeycode (xdisplay, keyval);
  control = XKeysymToKeycode (xdisplay, XK_Control_L);
  shift = XKeysymToKeycode (xdisplay, XK_Shift_L);
  alt = XKeysymToKeycode (xdisplay, XK_Alt_L);
  if (code == 0)
    return FALSE;

  /* Without a window manager, the window must be raised, given the focus and hold the pointer. */
  {
    Window xid = gdk_x11_surface_get_xid (surface);
    XWindowAttributes attributes;
    Window child;
    int x = 0, y = 0;

    XRaiseWindow (xdisplay, xid);
    XGetWindowAttributes (xdisplay, xid, &attributes);
    XTranslateCoordinates (xdisplay, xid, attributes.root, attributes.width / 2, attributes.height / 2,
                           &x, &y, &child);
    XTestFakeMotionEvent (xdisplay, -1, x, y, CurrentTime);
    XSetInputFocus (xdisplay, xid, RevertToParent, CurrentTime);
    XSync (xdisplay, False);
    for (guint i = 0; i < 50 && !gtk_window_is_active (GTK_WINDOW (gtk_widget_get_root (widget))); i++)
      {
        editor_test_wait (NULL);
        g_usleep (5000);
      }
  }

  if (modifiers & GDK_CONTROL_MASK)
    XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  if (modifiers & GDK_SHIFT_MASK)
    XTestFakeKeyEvent (xdisplay, shift, True, CurrentTime);
  if (modifiers & GDK_ALT_MASK)
    XTestFakeKeyEvent (xdisplay, alt, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, False, CurrentTime);
  if (modifiers & GDK_ALT_MASK)
    XTestFakeKeyEvent (xdisplay, alt, False, CurrentTime);
  if (modifiers & GDK_SHIFT_MASK)
    XTestFakeKeyEvent (xdisplay, shift, False, CurrentTime);
  if (modifiers & GDK_CONTROL_MASK)
    XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XSync (xdisplay, False);

  /* Let GDK read the events and GTK dispatch them. */
  for (guint i = 0; i < 20; i++)
    {
      editor_test_wait (NULL);
      g_usleep (5000);
    }
  return TRUE;
#else
  return FALSE;
#endif
}

/*
 * Clicks the middle of @widget with the first button through the X server,
 * as a person would.  Returns FALSE where that is not possible.
 */
gboolean
editor_test_click (GtkWidget *widget)
{
#ifdef HAVE_XTEST
  GdkDisplay *display = gtk_widget_get_display (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t point;
  double surface_x, surface_y;
  Display *xdisplay;
  Window xid;
  XWindowAttributes attributes;
  Window child;
  int x = 0, y = 0;
  int scale;

  if (!GDK_IS_X11_DISPLAY (display)
      || !gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                    &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                          gtk_widget_get_height (widget) / 2.f),
                                    &point))
    return FALSE;

  /* The surface holds the window's shadow around the widget tree. */
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  scale = gdk_surface_get_scale_factor (surface);
  xdisplay = gdk_x11_display_get_xdisplay (display);
  xid = gdk_x11_surface_get_xid (surface);
  XRaiseWindow (xdisplay, xid);
  XGetWindowAttributes (xdisplay, xid, &attributes);
  XTranslateCoordinates (xdisplay, xid, attributes.root, (int) ((point.x + surface_x) * scale),
                         (int) ((point.y + surface_y) * scale), &x, &y, &child);
  XTestFakeMotionEvent (xdisplay, -1, x, y, CurrentTime);
  XSync (xdisplay, False);
  editor_test_wait (NULL);
  XTestFakeButtonEvent (xdisplay, 1, True, CurrentTime);
  XTestFakeButtonEvent (xdisplay, 1, False, CurrentTime);
  XSync (xdisplay, False);

  for (guint i = 0; i < 20; i++)
    {
      editor_test_wait (NULL);
      g_usleep (5000);
    }
  return TRUE;
#else
  return FALSE;
#endif
}

/* The first GtkText under @widget: where an entry row takes its typing. */
GtkWidget *
editor_test_find_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = editor_test_find_text (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}
