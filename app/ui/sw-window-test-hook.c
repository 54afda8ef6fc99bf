/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A scripted edit for the crash-recovery test, which runs the real app in a
 * process of its own and kills it: the test has no other way to make edits
 * inside it.  Nothing happens unless SW_TEST_EDIT is set.  Its value is a
 * list of edits separated by ";", applied once to the first document the
 * window shows:
 *
 *   rename:NODE-ID:TITLE   sets the title of a node in the source language
 *   add:KIND:TITLE         adds a node of KIND
 */
#define G_LOG_DOMAIN "sw-window"

#include "config.h"

#include "sw-window-private.h"

static void
apply_one (SwDocument *document,
           const char *edit)
{
  g_auto(GStrv) parts = g_strsplit (edit, ":", 3);
  g_autoptr(GError) error = NULL;

  if (g_strv_length (parts) != 3)
    {
      g_warning ("Ignoring the test edit “%s”", edit);
      return;
    }

  if (g_str_equal (parts[0], "rename"))
    {
      SwNode *node = sw_document_lookup_node (document, parts[1]);

      if (node == NULL || !sw_document_set_text (document, node, SW_FIELD_TITLE, NULL, parts[2], &error))
        g_warning ("Could not rename %s: %s", parts[1], error ? error->message : "no such node");
    }
  else if (g_str_equal (parts[0], "add"))
    {
      if (sw_document_add_node (document, parts[1], parts[2], 0, 0, &error) == NULL)
        g_warning ("Could not add a node: %s", error->message);
    }
  else
    g_warning ("Ignoring the test edit “%s”", edit);
}

void
_sw_window_apply_test_edit (SwWindow *self)
{
  const char *script = g_getenv ("SW_TEST_EDIT");
  g_auto(GStrv) edits = NULL;

  if (script == NULL || self->test_edit_done || self->document == NULL || self->recovered)
    return;

  self->test_edit_done = TRUE;
  edits = g_strsplit (script, ";", -1);
  for (guint i = 0; edits[i] != NULL; i++)
    {
      if (edits[i][0] != '\0')
        apply_one (self->document, edits[i]);
    }
}
