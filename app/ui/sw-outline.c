/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutline: the outline sidebar beside the canvas.  How many nodes of each
 * kind the document has (and how many match the search), then the
 * hierarchy as a tree whose selection is the window's.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sw-outline-row.h"
#include "sw-outline.h"

struct _SwOutline
{
  GtkWidget           parent_instance;

  SwOutlineModel     *model;
  SwSearch           *search;
  SwOutlineSelection *rows;
  SwDocument         *document;
  char               *language;
  GHashTable         *bound;    /* SwOutlineRow set, to follow a change of language */
  GHashTable         *counts;   /* kind id → count, as shown */
  guint               counts_id;

  GtkFlowBox         *counts_box;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (SwOutline, sw_outline, GTK_TYPE_WIDGET)

enum {
  SIGNAL_NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
count_chip (SwOutline  *self,
            SwNodeKind *kind,
            guint       matching,
            guint       total)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *dot = gtk_label_new (NULL);
  GtkWidget *label = gtk_label_new (sw_document_get_kind_label (self->document, sw_node_kind_get_id (kind),
                                                                self->language));
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>",
                                                     sw_node_kind_get_color (kind));
  g_autofree char *number = NULL;
  GtkWidget *count;

  if (sw_search_get_active (self->search))
    /* Translators: nodes of one kind that match a search, out of all of them, e.g. "3/19" */
    number = g_strdup_printf (_("%u/%u"), matching, total);
  else
    number = g_strdup_printf ("%u", total);
  count = gtk_label_new (number);

  gtk_label_set_markup (GTK_LABEL (dot), markup);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (count, "caption-heading");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_name (box, sw_node_kind_get_id (kind));
  return box;
}

static void
update_counts (SwOutline *self)
{
  g_autoptr(GHashTable) totals = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) matching = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *kinds;
  GtkWidget *child;
  guint n;

  g_clear_handle_id (&self->counts_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_flow_box_remove (self->counts_box, child);
  g_hash_table_remove_all (self->counts);

  if (self->document == NULL)
    return;

  n = sw_document_get_n_nodes (self->document);
  for (guint i = 0; i < n; i++)
    {
      SwNode *node = sw_document_get_node (self->document, i);
      const char *kind = sw_node_get_kind (node);

      g_hash_table_insert (totals, (gpointer) kind,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (totals, kind)) + 1));
      if (sw_search_matches (self->search, node))
        g_hash_table_insert (matching, (gpointer) kind,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (matching, kind)) + 1));
    }

  kinds = sw_document_get_node_kinds (self->document);
  for (guint i = 0; i < kinds->len; i++)
    {
      SwNodeKind *kind = g_ptr_array_index (kinds, i);
      const char *id = sw_node_kind_get_id (kind);
      guint total = GPOINTER_TO_UINT (g_hash_table_lookup (totals, id));
      guint match = GPOINTER_TO_UINT (g_hash_table_lookup (matching, id));

      if (total == 0)
        continue;
      g_hash_table_insert (self->counts, g_strdup (id), GUINT_TO_POINTER (match));
      gtk_flow_box_append (self->counts_box, count_chip (self, kind, match, total));
    }

  gtk_stack_set_visible_child_name (self->stack,
                                    sw_search_get_active (self->search)
                                    && sw_search_get_n_matches (self->search) == 0
                                    ? "empty" : "list");
}

static gboolean
counts_idle_cb (gpointer user_data)
{
  SwOutline *self = user_data;

  self->counts_id = 0;
  update_counts (self);
  return G_SOURCE_REMOVE;
}

/* Counts change with nodes and kinds, not with typing: batched into one update per turn. */
static void
queue_counts (SwOutline *self)
{
  if (self->counts_id == 0)
    self->counts_id = g_idle_add (counts_idle_cb, self);
}

static void
search_changed_cb (SwOutline *self)
{
  update_counts (self);
  /* A search opens the rows that lead to its matches. */
  if (sw_search_get_active (self->search))
    sw_outline_model_expand_visible (self->model, sw_outline_selection_get_tree (self->rows), G_MAXUINT);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              SwOutline                *self)
{
  gtk_list_item_set_child (list_item, sw_outline_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             SwOutline                *self)
{
  SwOutlineRow *row = SW_OUTLINE_ROW (gtk_list_item_get_child (list_item));
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  SwDocument *document = sw_outline_model_get_document (self->model);

  /* The model's document, not the sidebar's: rows may be bound before the sidebar hears of it. */
  if (document == NULL)
    return;
  sw_outline_row_bind (row, tree_row, document, self->language);
  g_hash_table_add (self->bound, row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               SwOutline                *self)
{
  SwOutlineRow *row = SW_OUTLINE_ROW (gtk_list_item_get_child (list_item));

  sw_outline_row_unbind (row);
  g_hash_table_remove (self->bound, row);
}

static void
activate_cb (GtkListView *list_view,
             guint        position,
             SwOutline   *self)
{
  SwNode *node = sw_outline_selection_get_node (self->rows, position);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (node != NULL)
    {
      g_signal_emit (self, signals[SIGNAL_NODE_ACTIVATED], 0, node);
      return;
    }

  /* A group has nothing to show on the canvas: Enter opens or closes it. */
  row = gtk_tree_list_model_get_row (sw_outline_selection_get_tree (self->rows), position);
  if (row != NULL)
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static void
reveal_cb (SwOutline *self,
           guint      position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
set_document (SwOutline  *self,
              SwDocument *document)
{
  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "node-added", G_CALLBACK (queue_counts), self);
      g_signal_connect_swapped (document, "node-removed", G_CALLBACK (queue_counts), self);
      g_signal_connect_swapped (document, "node-changed::kind", G_CALLBACK (queue_counts), self);
      g_signal_connect_swapped (document, "kind-changed", G_CALLBACK (queue_counts), self);
    }
  update_counts (self);
  /* The concept and its principles open at first: the strategy at a glance. */
  sw_outline_model_expand_visible (self->model, sw_outline_selection_get_tree (self->rows), 0);
}

static void
model_document_cb (SwOutline *self)
{
  set_document (self, sw_outline_model_get_document (self->model));
}

static void
sw_outline_dispose (GObject *object)
{
  SwOutline *self = SW_OUTLINE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->counts_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_OUTLINE);
  /* Template children that are not bound to a field are not cleared by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->rows);
  g_clear_object (&self->model);
  g_clear_object (&self->search);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sw_outline_parent_class)->dispose (object);
}

static void
sw_outline_finalize (GObject *object)
{
  SwOutline *self = SW_OUTLINE (object);

  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (sw_outline_parent_class)->finalize (object);
}

static void
sw_outline_class_init (SwOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_outline_dispose;
  object_class->finalize = sw_outline_finalize;

  /**
   * SwOutline::node-activated:
   * @node: the node of the row
   *
   * A row was activated (double-click or Enter): the canvas shows its node.
   */
  signals[SIGNAL_NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, SW_TYPE_NODE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/sw-outline.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "counts", FALSE,
                                             G_STRUCT_OFFSET (SwOutline, counts_box));
  gtk_widget_class_bind_template_child (widget_class, SwOutline, stack);
  gtk_widget_class_bind_template_child (widget_class, SwOutline, list_view);
  gtk_widget_class_set_css_name (widget_class, "sw-outline");
}

static void
sw_outline_init (SwOutline *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound = g_hash_table_new (NULL, NULL);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
}

/*
 * The window owns the model, the search and the selection, which the
 * canvas and the Outline page share; the sidebar shows them.
 */
void
sw_outline_setup (SwOutline      *self,
                  SwOutlineModel *model,
                  SwSearch       *search,
                  SwSelection    *selection)
{
  g_return_if_fail (SW_IS_OUTLINE (self));
  g_return_if_fail (self->model == NULL);

  self->model = g_object_ref (model);
  self->search = g_object_ref (search);
  self->rows = sw_outline_selection_new (model);
  sw_outline_selection_set_selection (self->rows, selection);
  g_signal_connect_swapped (self->rows, "reveal", G_CALLBACK (reveal_cb), self);
  g_signal_connect_swapped (search, "changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (model, "notify::document", G_CALLBACK (model_document_cb), self);
  gtk_list_view_set_model (self->list_view, sw_outline_selection_get_rows (self->rows));
  set_document (self, sw_outline_model_get_document (model));
}

/* @language: (nullable): the display language; %NULL for the source language. */
void
sw_outline_set_language (SwOutline  *self,
                         const char *language)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (SW_IS_OUTLINE (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    sw_outline_row_refresh (row, language);
  update_counts (self);
}

/**
 * sw_outline_get_rows:
 *
 * Returns: (transfer none): the rows and their selection.
 */
SwOutlineSelection *
sw_outline_get_rows (SwOutline *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE (self), NULL);

  return self->rows;
}

/* How many nodes of @kind the counts show: those matching the search, or all. */
guint
sw_outline_get_kind_count (SwOutline  *self,
                           const char *kind)
{
  g_return_val_if_fail (SW_IS_OUTLINE (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, kind));
}

void
sw_outline_focus_list (SwOutline *self)
{
  g_return_if_fail (SW_IS_OUTLINE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
