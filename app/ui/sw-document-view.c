/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwDocumentView: a read-only overview of a document, grouped by kind.
 * It redraws from the document's change notifications, batched into one
 * rebuild per main-loop turn so a transaction of many changes costs one.
 */
#define G_LOG_DOMAIN "sw-document-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sw-document-view.h"

/* Past this many nodes of a kind, the overview names how many more there are. */
#define MAX_ROWS_PER_KIND 200

struct _SwDocumentView
{
  GtkWidget   parent_instance;

  SwDocument *document;
  guint       rebuild_id;
  guint       n_rows;

  GtkWidget  *scroller;
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkLabel   *summary_label;
  GtkBox     *groups;
};

G_DEFINE_FINAL_TYPE (SwDocumentView, sw_document_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_groups (SwDocumentView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  self->n_rows = 0;
}

static GtkWidget *
make_row (SwDocument *document,
          SwNode     *node)
{
  const char *owner = sw_node_get_owner (node);
  const char *status = sw_node_status_get_label (sw_node_get_status (node));
  g_autofree char *subtitle = owner ? g_strdup_printf ("%s · %s", status, owner) : g_strdup (status);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sw_document_get_node_title (document, node, NULL));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);

  return row;
}

static void
add_kind_group (SwDocumentView *self,
                SwNodeKind     *kind)
{
  g_autoptr(GPtrArray) nodes = sw_document_get_nodes_of_kind (self->document, sw_node_kind_get_id (kind));
  g_autofree char *title = NULL;
  GtkWidget *group;

  if (nodes->len == 0)
    return;

  /* Translators: a heading, e.g. "Objectives (19)": the kind's label and how many there are */
  title = g_strdup_printf (_("%s (%u)"),
                           sw_document_get_kind_label (self->document, sw_node_kind_get_id (kind), NULL),
                           nodes->len);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);

  for (guint i = 0; i < nodes->len && i < MAX_ROWS_PER_KIND; i++)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_row (self->document, g_ptr_array_index (nodes, i)));
      self->n_rows++;
    }

  if (nodes->len > MAX_ROWS_PER_KIND)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more", "And %u more",
                                                         nodes->len - MAX_ROWS_PER_KIND),
                                               nodes->len - MAX_ROWS_PER_KIND);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->groups, group);
}

static void
rebuild (SwDocumentView *self)
{
  const char *subtitle;
  const char *edition;
  g_autofree char *counts = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *kinds;

  clear_groups (self);
  if (self->document == NULL)
    return;

  gtk_label_set_text (self->title_label,
                      sw_document_get_text (self->document, sw_document_get_title (self->document), NULL, NULL));
  subtitle = sw_document_get_text (self->document, sw_document_get_subtitle (self->document), NULL, NULL);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle[0] != '\0');

  edition = sw_document_get_edition (self->document);
  /* Translators: how big the document is */
  counts = g_strdup_printf (_("%u nodes, %u links"), sw_document_get_n_nodes (self->document),
                            sw_document_get_n_links (self->document));
  /* Translators: "Edition 2024 · 46 nodes, 56 links" */
  summary = edition ? g_strdup_printf (_("Edition %s · %s"), edition, counts) : g_strdup (counts);
  gtk_label_set_text (self->summary_label, summary);

  kinds = sw_document_get_node_kinds (self->document);
  for (guint i = 0; i < kinds->len; i++)
    add_kind_group (self, g_ptr_array_index (kinds, i));
}

static gboolean
rebuild_idle (gpointer user_data)
{
  SwDocumentView *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (SwDocumentView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
sw_document_view_dispose (GObject *object)
{
  SwDocumentView *self = SW_DOCUMENT_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_DOCUMENT_VIEW);

  G_OBJECT_CLASS (sw_document_view_parent_class)->dispose (object);
}

static void
sw_document_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwDocumentView *self = SW_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_document_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwDocumentView *self = SW_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sw_document_view_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_document_view_class_init (SwDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_document_view_dispose;
  object_class->get_property = sw_document_view_get_property;
  object_class->set_property = sw_document_view_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategyworkbench/Workbench/sw-document-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwDocumentView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SwDocumentView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwDocumentView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SwDocumentView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SwDocumentView, groups);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_document_view_init (SwDocumentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sw_document_view_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown.
 */
SwDocument *
sw_document_view_get_document (SwDocumentView *self)
{
  g_return_val_if_fail (SW_IS_DOCUMENT_VIEW (self), NULL);

  return self->document;
}

void
sw_document_view_set_document (SwDocumentView *self,
                               SwDocument     *document)
{
  g_return_if_fail (SW_IS_DOCUMENT_VIEW (self));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* How many node rows the overview shows; tests use it. */
guint
sw_document_view_get_n_rows (SwDocumentView *self)
{
  return self->n_rows;
}
