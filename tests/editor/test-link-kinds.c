/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Link kinds shown with their colour: each choice of the canvas's link
 * chooser and each link in the inspector carries a swatch in the colour
 * the document gives the kind, the colour of its lines on the canvas.
 */
#include "editor-test-util.h"
#include "sw-canvas-private.h"
#include "sw-inspector-private.h"
#include "sw-kind-swatch.h"

static SwKindSwatch *
find_swatch (GtkWidget *widget)
{
  if (SW_IS_KIND_SWATCH (widget))
    return SW_KIND_SWATCH (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      SwKindSwatch *found = find_swatch (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* The swatch is in the kind's colour, as a string and as drawn. */
static void
assert_swatch (GtkWidget  *row,
               SwDocument *document,
               const char *kind_id)
{
  SwKindSwatch *swatch = find_swatch (row);
  SwLinkKind *kind = sw_document_lookup_link_kind (document, kind_id);
  GdkRGBA expected;
  GdkRGBA drawn;

  g_assert_nonnull (swatch);
  g_assert_nonnull (kind);
  g_assert_nonnull (sw_link_kind_get_color (kind));
  g_assert_cmpstr (sw_kind_swatch_get_color (swatch), ==, sw_link_kind_get_color (kind));
  g_assert_true (gdk_rgba_parse (&expected, sw_link_kind_get_color (kind)));
  sw_kind_swatch_get_rgba (swatch, &drawn);
  g_assert_true (gdk_rgba_equal (&expected, &drawn));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (swatch)));
}

/* Linking two nodes the rules let link several ways: every kind offered shows its colour. */
static void
test_chooser (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwCanvas *canvas = SW_CANVAS (window->canvas);
  SwNode *objective = sw_document_lookup_node (document, "aa2-1");
  SwNode *area = sw_document_lookup_node (document, "aa3");
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();
  g_autoptr(GHashTable) colors = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *list;
  GtkWidget *chosen = NULL;
  guint n_rows = 0;
  guint n_links = sw_document_get_n_links (document);

  g_ptr_array_add (pair, objective);
  g_ptr_array_add (pair, area);
  sw_selection_set (sw_window_get_selection (window), pair);
  editor_test_wait (window);
  g_assert_true (gtk_widget_activate_action (window->canvas, "canvas.link", NULL));
  editor_test_wait (window);

  g_assert_nonnull (canvas->link_options);
  g_assert_cmpuint (canvas->link_options->len, >, 1);
  g_assert_true (gtk_widget_get_visible (canvas->link_menu));
  list = gtk_popover_get_child (GTK_POPOVER (canvas->link_menu));
  g_assert_true (GTK_IS_LIST_BOX (list));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      const SwLinkOption *option = &g_array_index (canvas->link_options, SwLinkOption, n_rows);
      SwLinkKind *kind = sw_document_lookup_link_kind (document, option->kind);
      const char *label = sw_document_get_text (document, sw_link_kind_get_label (kind), NULL, NULL);

      g_assert_true (has_label (row, label));
      assert_swatch (row, document, option->kind);
      g_hash_table_add (colors, (gpointer) sw_link_kind_get_color (kind));
      if (g_str_equal (option->kind, "advances"))
        chosen = row;
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, canvas->link_options->len);
  /* Colours that tell the kinds apart, or the swatches would prove nothing. */
  g_assert_cmpuint (g_hash_table_size (colors), >, 1);

  /* Choosing a row makes that link and closes the chooser. */
  g_assert_nonnull (chosen);
  g_signal_emit_by_name (list, "row-activated", chosen);
  editor_test_wait (window);
  g_assert_cmpuint (sw_document_get_n_links (document), ==, n_links + 1);
  g_assert_cmpstr (sw_link_get_kind (sw_document_get_link (document, n_links)), ==, "advances");
  g_assert_true (sw_link_get_from (sw_document_get_link (document, n_links)) == objective);
  g_assert_false (gtk_widget_get_visible (canvas->link_menu));

  editor_test_destroy (window);
}

/* The inspector's links show their kind's colour too. */
static void
test_inspector (void)
{
  SwWindow *window = editor_test_open_sample ("2024");
  SwDocument *document = sw_window_get_document (window);
  SwNode *node = sw_document_lookup_node (document, "aa2");
  g_autoptr(GPtrArray) links = sw_document_get_node_links (document, node);
  g_autoptr(GHashTable) colors = g_hash_table_new (g_str_hash, g_str_equal);
  guint i = 0;

  sw_selection_select_only (sw_window_get_selection (window), node);
  editor_test_wait (window);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->inspector->links_list)); row;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      SwLink *link = g_ptr_array_index (links, i);

      assert_swatch (row, document, sw_link_get_kind (link));
      g_hash_table_add (colors, (gpointer) sw_kind_swatch_get_color (find_swatch (row)));
    }
  g_assert_cmpuint (i, ==, links->len);
  g_assert_cmpuint (g_hash_table_size (colors), >, 1);

  editor_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!editor_test_init (&argc, &argv))
    {
      g_test_skip ("No display");
      return 0;
    }

  g_test_add_func ("/link-kinds/chooser", test_chooser);
  g_test_add_func ("/link-kinds/inspector", test_inspector);
  return g_test_run ();
}
