/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutlinePage: the Outline view, the hierarchy as a table with the fields
 * a review meeting goes through (kind, status, owner, due date).  It shares
 * the outline model with the sidebar but keeps its own open rows.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-outline-page.h"
#include "sw-outline-row.h"

struct _SwOutlinePage
{
  GtkWidget           parent_instance;

  SwOutlineModel     *model;
  SwOutlineSelection *rows;
  char               *language;
  GHashTable         *bound;  /* widgets bound to a row, to follow a change of language */

  GtkWidget          *scroller;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (SwOutlinePage, sw_outline_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  SwOutlinePage *page;
  SwField        field;
} Column;

static SwNode *
row_node (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(SwOutlineItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  return item ? sw_outline_item_get_node (item) : NULL;
}

static void
show_field (GtkLabel      *label,
            SwOutlinePage *self,
            SwNode        *node,
            SwField        field)
{
  SwDocument *document = sw_outline_model_get_document (self->model);
  const char *text = NULL;

  if (node == NULL || document == NULL)
    {
      gtk_label_set_text (label, NULL);
      return;
    }

  switch (field)
    {
    case SW_FIELD_KIND:
      text = sw_document_get_kind_label (document, sw_node_get_kind (node), self->language);
      break;
    case SW_FIELD_STATUS:
      text = sw_node_status_get_label (sw_node_get_status (node));
      break;
    case SW_FIELD_OWNER:
      text = sw_node_get_owner (node);
      break;
    case SW_FIELD_DUE:
      text = sw_node_get_due (node);
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (label, text);
}

static void
cell_node_changed_cb (GtkLabel *label,
                      SwNode   *node,
                      SwField   field)
{
  Column *column = g_object_get_data (G_OBJECT (label), "sw-column");
  SwNode *shown = g_object_get_data (G_OBJECT (label), "sw-node");

  if (node == shown && field == column->field)
    show_field (label, column->page, node, field);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->field == SW_FIELD_DUE)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "sw-column", column);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              Column                   *column)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  SwDocument *document = sw_outline_model_get_document (column->page->model);
  SwNode *node = row_node (list_item);
  gulong id;

  g_object_set_data (G_OBJECT (label), "sw-node", node);
  show_field (GTK_LABEL (label), column->page, node, column->field);
  if (document != NULL && node != NULL)
    {
      id = g_signal_connect_object (document, "node-changed", G_CALLBACK (cell_node_changed_cb),
                                    label, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (label), "sw-handler", GSIZE_TO_POINTER (id));
      g_object_set_data_full (G_OBJECT (label), "sw-document", g_object_ref (document), g_object_unref);
      g_hash_table_add (column->page->bound, label);
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                Column                   *column)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  SwDocument *document = g_object_get_data (G_OBJECT (label), "sw-document");
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "sw-handler"));

  if (document != NULL && id != 0)
    g_signal_handler_disconnect (document, id);
  g_object_set_data (G_OBJECT (label), "sw-handler", NULL);
  g_object_set_data (G_OBJECT (label), "sw-document", NULL);
  g_object_set_data (G_OBJECT (label), "sw-node", NULL);
  g_hash_table_remove (column->page->bound, label);
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                SwOutlinePage            *self)
{
  gtk_list_item_set_child (list_item, sw_outline_row_new ());
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               SwOutlinePage            *self)
{
  SwDocument *document = sw_outline_model_get_document (self->model);
  GtkWidget *row = gtk_list_item_get_child (list_item);

  if (document == NULL)
    return;
  sw_outline_row_bind (SW_OUTLINE_ROW (row), gtk_list_item_get_item (list_item), document, self->language);
  g_hash_table_add (self->bound, row);
}

static void
unbind_title_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 SwOutlinePage            *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  sw_outline_row_unbind (SW_OUTLINE_ROW (row));
  g_hash_table_remove (self->bound, row);
}

static void
add_column (SwOutlinePage *self,
            const char    *title,
            SwField        field,
            int            width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  if (field == SW_FIELD_TITLE)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_title_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_title_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_title_cb), self);
    }
  else
    {
      Column *data = g_new0 (Column, 1);

      data->page = self;
      data->field = field;
      g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cell_cb), data,
                             (GClosureNotify) (void (*) (void)) g_free, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), data);
    }

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

static void
activate_cb (GtkColumnView *view,
             guint          position,
             SwOutlinePage *self)
{
  SwNode *node = sw_outline_selection_get_node (self->rows, position);

  if (node != NULL)
    g_signal_emit (self, signals[SIGNAL_NODE_ACTIVATED], 0, node);
}

static void
reveal_cb (SwOutlinePage *self,
           guint          position)
{
  /* GTK 4.8 has no scroll-to for column views: the row's height is steady, so the scroll is simple. */
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (sw_outline_selection_get_rows (self->rows)));
  double upper = gtk_adjustment_get_upper (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  double row_height = n > 0 ? upper / n : 0;
  double top = row_height * position;
  double value = gtk_adjustment_get_value (adjustment);

  if (top < value || top + row_height > value + page)
    gtk_adjustment_set_value (adjustment, top - page / 3);
}

static void
sw_outline_page_dispose (GObject *object)
{
  SwOutlinePage *self = SW_OUTLINE_PAGE (object);
  GtkWidget *child;

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_OUTLINE_PAGE);
  /* Template children that are not bound to a field are not cleared by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->column_view = NULL;
  g_clear_object (&self->rows);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (sw_outline_page_parent_class)->dispose (object);
}

static void
sw_outline_page_finalize (GObject *object)
{
  SwOutlinePage *self = SW_OUTLINE_PAGE (object);

  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (sw_outline_page_parent_class)->finalize (object);
}

static void
sw_outline_page_class_init (SwOutlinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_outline_page_dispose;
  object_class->finalize = sw_outline_page_finalize;

  signals[SIGNAL_NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, SW_TYPE_NODE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/sw-outline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SwOutlinePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SwOutlinePage, column_view);
}

static void
sw_outline_page_init (SwOutlinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound = g_hash_table_new (NULL, NULL);

  add_column (self, _("Title"), SW_FIELD_TITLE, -1);
  add_column (self, _("Kind"), SW_FIELD_KIND, 160);
  add_column (self, _("Status"), SW_FIELD_STATUS, 110);
  add_column (self, _("Owner"), SW_FIELD_OWNER, 220);
  add_column (self, _("Due"), SW_FIELD_DUE, 110);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
}

/* A new document opens on its top level, as the sidebar does. */
static void
model_document_cb (SwOutlinePage *self)
{
  sw_outline_model_expand_visible (self->model, sw_outline_selection_get_tree (self->rows), 0);
}

void
sw_outline_page_setup (SwOutlinePage  *self,
                       SwOutlineModel *model,
                       SwSelection    *selection)
{
  g_return_if_fail (SW_IS_OUTLINE_PAGE (self));
  g_return_if_fail (self->model == NULL);

  self->model = g_object_ref (model);
  self->rows = sw_outline_selection_new (model);
  sw_outline_selection_set_selection (self->rows, selection);
  g_signal_connect_swapped (self->rows, "reveal", G_CALLBACK (reveal_cb), self);
  gtk_column_view_set_model (self->column_view, sw_outline_selection_get_rows (self->rows));
  g_signal_connect_object (model, "notify::document", G_CALLBACK (model_document_cb), self,
                           G_CONNECT_SWAPPED);
  model_document_cb (self);
}

void
sw_outline_page_set_language (SwOutlinePage *self,
                              const char    *language)
{
  GHashTableIter iter;
  gpointer widget;

  g_return_if_fail (SW_IS_OUTLINE_PAGE (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &widget, NULL))
    {
      if (SW_IS_OUTLINE_ROW (widget))
        sw_outline_row_refresh (widget, language);
      else
        {
          Column *column = g_object_get_data (widget, "sw-column");

          show_field (widget, self, g_object_get_data (widget, "sw-node"), column->field);
        }
    }
}

/**
 * sw_outline_page_get_rows:
 *
 * Returns: (transfer none): the rows and their selection.
 */
SwOutlineSelection *
sw_outline_page_get_rows (SwOutlinePage *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_PAGE (self), NULL);

  return self->rows;
}
