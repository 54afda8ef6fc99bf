/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwOutlineRow: what one row of the outline shows: an expander, the kind's
 * colour, the title in the display language, and for a group how many
 * nodes it holds.  A bound row follows its node's title, kind and status
 * by itself, so a rename never touches the tree's lists.
 */
#define G_LOG_DOMAIN "sw-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-outline-item.h"
#include "sw-outline-row.h"

struct _SwOutlineRow
{
  GtkWidget       parent_instance;

  GtkTreeExpander *expander;
  GtkLabel       *dot;
  GtkLabel       *title;
  GtkImage       *reference_icon;
  GtkLabel       *count;

  SwDocument     *document;
  SwOutlineItem  *item;
  GtkTreeListRow *row;
  char           *language;
  gulong          changed_id;
  gulong          item_notify_id;
};

G_DEFINE_FINAL_TYPE (SwOutlineRow, sw_outline_row, GTK_TYPE_WIDGET)

static void
show_node (SwOutlineRow *self,
           SwNode       *node)
{
  SwNodeKind *kind = sw_document_lookup_node_kind (self->document, sw_node_get_kind (node));
  const char *color = kind ? sw_node_kind_get_color (kind) : NULL;
  const char *title = sw_document_get_node_title (self->document, node, self->language);
  g_autofree char *markup = NULL;
  g_autofree char *tooltip = NULL;
  const char *kind_label = sw_document_get_kind_label (self->document, sw_node_get_kind (node),
                                                       self->language);

  markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", color ? color : "#77767b");
  gtk_label_set_markup (self->dot, markup);
  gtk_label_set_text (self->title, title[0] ? title : _("Untitled"));
  /* Translators: the tooltip of an outline row: a kind, then a status, e.g. "Objective · Active" */
  tooltip = g_strdup_printf (_("%s · %s"), kind_label,
                             sw_node_status_get_label (sw_node_get_status (node)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dot), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->dot), TRUE);

  if (sw_node_get_status (node) == SW_NODE_STATUS_DROPPED)
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "sw-dropped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "sw-dropped");
}

static void
show_group (SwOutlineRow *self)
{
  g_autofree char *count = g_strdup_printf ("%u", sw_outline_item_get_count (self->item));

  gtk_widget_set_visible (GTK_WIDGET (self->dot), FALSE);
  gtk_label_set_text (self->title, sw_outline_item_get_label (self->item));
  gtk_label_set_text (self->count, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count), TRUE);
}

static void
update (SwOutlineRow *self)
{
  SwOutlineItemType type;

  if (self->item == NULL)
    return;

  type = sw_outline_item_get_item_type (self->item);
  gtk_widget_set_visible (GTK_WIDGET (self->reference_icon), type == SW_OUTLINE_ITEM_REFERENCE);
  gtk_widget_set_visible (GTK_WIDGET (self->count), FALSE);

  if (type == SW_OUTLINE_ITEM_GROUP)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
      show_group (self);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->title), "heading");
      show_node (self, sw_outline_item_get_node (self->item));
    }

  if (type == SW_OUTLINE_ITEM_REFERENCE)
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "dim-label");
}

static void
node_changed_cb (SwOutlineRow *self,
                 SwNode       *node,
                 SwField       field)
{
  if (self->item != NULL && node == sw_outline_item_get_node (self->item)
      && (field == SW_FIELD_TITLE || field == SW_FIELD_KIND || field == SW_FIELD_STATUS))
    update (self);
}

static void
sw_outline_row_dispose (GObject *object)
{
  SwOutlineRow *self = SW_OUTLINE_ROW (object);

  sw_outline_row_unbind (self);
  gtk_widget_unparent (GTK_WIDGET (self->expander));

  G_OBJECT_CLASS (sw_outline_row_parent_class)->dispose (object);
}

static void
sw_outline_row_finalize (GObject *object)
{
  SwOutlineRow *self = SW_OUTLINE_ROW (object);

  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (sw_outline_row_parent_class)->finalize (object);
}

static void
sw_outline_row_class_init (SwOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_outline_row_dispose;
  object_class->finalize = sw_outline_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sw-outline-row");
}

static void
sw_outline_row_init (SwOutlineRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->expander = GTK_TREE_EXPANDER (gtk_tree_expander_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->expander), GTK_WIDGET (self));

  self->dot = GTK_LABEL (gtk_label_new (NULL));
  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->title, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  self->reference_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("go-jump-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reference_icon),
                               _("Also under this parent; its own place is under another"));
  gtk_widget_add_css_class (GTK_WIDGET (self->reference_icon), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->reference_icon), FALSE);
  self->count = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->count), "numeric");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->dot));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reference_icon));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count));
  gtk_tree_expander_set_child (self->expander, box);
}

GtkWidget *
sw_outline_row_new (void)
{
  return g_object_new (SW_TYPE_OUTLINE_ROW, NULL);
}

/* Shows @row's item; the row then follows its node until unbound. */
void
sw_outline_row_bind (SwOutlineRow   *self,
                     GtkTreeListRow *row,
                     SwDocument     *document,
                     const char     *language)
{
  g_return_if_fail (SW_IS_OUTLINE_ROW (self));

  sw_outline_row_unbind (self);
  self->row = g_object_ref (row);
  self->item = gtk_tree_list_row_get_item (row);
  self->document = g_object_ref (document);
  g_free (self->language);
  self->language = g_strdup (language);

  gtk_tree_expander_set_list_row (self->expander, row);
  self->changed_id = g_signal_connect_swapped (document, "node-changed",
                                               G_CALLBACK (node_changed_cb), self);
  self->item_notify_id = g_signal_connect_swapped (self->item, "notify", G_CALLBACK (update), self);
  update (self);
}

void
sw_outline_row_unbind (SwOutlineRow *self)
{
  g_return_if_fail (SW_IS_OUTLINE_ROW (self));

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  if (self->item != NULL)
    g_clear_signal_handler (&self->item_notify_id, self->item);
  gtk_tree_expander_set_list_row (self->expander, NULL);
  g_clear_object (&self->document);
  g_clear_object (&self->item);
  g_clear_object (&self->row);
}

void
sw_outline_row_refresh (SwOutlineRow *self,
                        const char   *language)
{
  g_return_if_fail (SW_IS_OUTLINE_ROW (self));

  g_free (self->language);
  self->language = g_strdup (language);
  update (self);
}

const char *
sw_outline_row_get_title (SwOutlineRow *self)
{
  g_return_val_if_fail (SW_IS_OUTLINE_ROW (self), NULL);

  return gtk_label_get_text (self->title);
}
