/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Parses the stylesheets given on the command line and fails on any parsing
 * error. GTK only warns about a bad rule when the app starts, and then drops
 * it, so a typo in a stylesheet would otherwise pass unnoticed. */

#include <gtk/gtk.h>

static void
on_parsing_error (GtkCssProvider *provider,
                  GtkCssSection  *section,
                  const GError   *error,
                  gpointer        user_data)
{
  guint *n_errors = user_data;
  g_autofree char *location = gtk_css_section_to_string (section);

  g_printerr ("%s: %s\n", location, error->message);
  (*n_errors)++;
}

int
main (int   argc,
      char *argv[])
{
  guint n_errors = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: %s STYLESHEET...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      g_signal_connect (provider, "parsing-error", G_CALLBACK (on_parsing_error), &n_errors);
      gtk_css_provider_load_from_path (provider, argv[i]);
    }

  return n_errors == 0 ? 0 : 1;
}
