/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SwApplication: one window per document, app-wide actions and shortcuts. */
#define G_LOG_DOMAIN "sw-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-application.h"
#include "sw-recovery.h"
#include "sw-resources.h"
#include "sw-window-private.h"

struct _SwApplication
{
  AdwApplication parent_instance;

  gboolean       offered;  /* unsaved work was offered back once */
};

G_DEFINE_FINAL_TYPE (SwApplication, sw_application, ADW_TYPE_APPLICATION)

static SwWindow *
new_window (SwApplication *self)
{
  return sw_window_new (GTK_APPLICATION (self));
}

static void
sw_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* A first window shows the welcome page, which lists what can be recovered. */
  SW_APPLICATION (app)->offered = TRUE;
  if (window == NULL)
    window = GTK_WINDOW (new_window (SW_APPLICATION (app)));

  gtk_window_present (window);
}

/* Recovery files that no window of this process holds: what a crash left behind. */
static GPtrArray *
unheld_recoveries (SwApplication *self)
{
  GPtrArray *recoveries = sw_recovery_list ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      SwWindow *window = l->data;

      if (!SW_IS_WINDOW (window) || window->recovery == NULL)
        continue;
      for (guint i = recoveries->len; i > 0; i--)
        {
          SwRecovery *recovery = g_ptr_array_index (recoveries, i - 1);

          if (g_str_equal (sw_recovery_get_path (recovery), sw_recovery_get_path (window->recovery)))
            g_ptr_array_remove_index (recoveries, i - 1);
        }
    }
  return recoveries;
}

/*
 * Files given at start-up skip the welcome page, where unsaved work is
 * offered: a toast says it is there.
 */
static void
offer_recoveries (SwApplication *self,
                  SwWindow      *window)
{
  g_autoptr(GPtrArray) recoveries = NULL;
  AdwToast *toast;

  if (self->offered)
    return;
  self->offered = TRUE;

  recoveries = unheld_recoveries (self);
  if (recoveries->len == 0)
    return;

  toast = adw_toast_new (_("Unsaved work from an earlier session can be recovered"));
  adw_toast_set_button_label (toast, _("_Recover"));
  adw_toast_set_action_name (toast, "app.recover-all");
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (window->toast_overlay, toast);
}

/* Each file opens in a window of its own; a file already open is brought forward. */
static void
sw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SwWindow *last = NULL;

  for (int i = 0; i < n_files; i++)
    {
      SwWindow *window = NULL;

      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
        {
          if (SW_IS_WINDOW (l->data) && sw_window_has_file (l->data, files[i]))
            window = l->data;
        }

      if (window == NULL)
        {
          window = new_window (SW_APPLICATION (app));
          sw_window_load_file (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
      last = window;
    }

  if (last != NULL)
    offer_recoveries (SW_APPLICATION (app), last);
}

/* Opens every recovery file no window holds, each in a window of its own. */
static void
recover_all_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SwApplication *self = user_data;
  g_autoptr(GPtrArray) recoveries = unheld_recoveries (self);

  for (guint i = 0; i < recoveries->len; i++)
    {
      SwWindow *window = NULL;

      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l && !window; l = l->next)
        {
          if (SW_IS_WINDOW (l->data) && sw_window_get_document (l->data) == NULL)
            window = l->data;
        }
      if (window == NULL)
        window = new_window (self);

      _sw_window_adopt_recovery (window, g_ptr_array_index (recoveries, i));
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (user_data)));
}

/* Quitting closes each window in turn, so each can ask about unsaved changes. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (user_data);
  const char *developers[] = { _("The Strategy Workbench developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Strategy Workbench"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Strategy Workbench developers"),
                        "developers", developers,
                        "website", "https://github.com/strategyworkbench/workbench",
                        "issue-url", "https://github.com/strategyworkbench/workbench/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Hold a strategy as a linked graph: draft the next "
                                      "edition, run workshops and translate it."),
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_legal_section (
    ADW_ABOUT_WINDOW (about), _("Bundled strategies"), NULL, GTK_LICENSE_CUSTOM,
    _("The sample documents summarise, in their own words, the United States International "
      "Cyberspace &amp; Digital Policy Strategy (U.S. Department of State, May 2024) and the "
      "International Strategy for Cyberspace (The White House, May 2011). Both are works of "
      "the United States Government."));

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "recover-all", recover_all_action },
  { "quit", quit_action },
  { "about", about_action },
};

typedef struct
{
  const char *action;
  const char *accels[3];
} Accel;

static const Accel accels[] = {
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-outline", { "F9", NULL } },
  { "win.show-inspector", { "<Control>i", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.view::graph", { "<Alt>1", NULL } },
  { "win.view::outline", { "<Alt>2", NULL } },
  { "win.view::translate", { "<Alt>3", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
sw_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (sw_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
sw_application_class_init (SwApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* Makes the linker keep the self-registering resources (style sheets, help overlay). */
  (void) sw_get_resource ();

  app_class->activate = sw_application_activate;
  app_class->open = sw_application_open;
  app_class->startup = sw_application_startup;
}

static void
sw_application_init (SwApplication *self)
{
}

/**
 * sw_application_new:
 *
 * Returns: (transfer full): the application.
 */
SwApplication *
sw_application_new (void)
{
  return g_object_new (SW_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/strategyworkbench/Workbench",
                       NULL);
}
