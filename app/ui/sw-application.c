/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SwApplication: one window per document, app-wide actions and shortcuts. */
#define G_LOG_DOMAIN "sw-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-application.h"
#include "sw-resources.h"
#include "sw-window.h"

struct _SwApplication
{
  AdwApplication parent_instance;
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

  if (window == NULL)
    window = GTK_WINDOW (new_window (SW_APPLICATION (app)));

  gtk_window_present (window);
}

/* Each file opens in a window of its own; a file already open is brought forward. */
static void
sw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
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
