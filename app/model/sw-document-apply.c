/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Applying recorded changes, forwards or backwards.  This is the only place
 * that writes the fields of a document that is already built, and it emits
 * the change notifications views redraw from.
 */
#define G_LOG_DOMAIN "sw-document"

#include "config.h"

#include "sw-document-private.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-text-private.h"

static void
insert_node (SwDocument *self,
             SwNode     *node,
             guint       position)
{
  g_ptr_array_insert (self->nodes, (int) position, g_object_ref (node));
  g_hash_table_insert (self->nodes_by_id, (gpointer) sw_node_get_id (node), node);
  _sw_document_invalidate_positions (self);
  _sw_object_list_items_changed (self->node_list, position, 0, 1);
  g_signal_emit (self, _sw_document_signals[SIGNAL_NODE_ADDED], 0, node, position);
}

static void
remove_node (SwDocument *self,
             SwNode     *node,
             guint       position)
{
  /* The array drops its reference; keep the node alive for the signal. */
  G_GNUC_UNUSED g_autoptr(SwNode) held = g_object_ref (node);

  g_assert (g_ptr_array_index (self->nodes, position) == node);

  g_hash_table_remove (self->nodes_by_id, sw_node_get_id (node));
  g_ptr_array_remove_index (self->nodes, position);
  _sw_document_invalidate_positions (self);
  _sw_object_list_items_changed (self->node_list, position, 1, 0);
  g_signal_emit (self, _sw_document_signals[SIGNAL_NODE_REMOVED], 0, node, position);
}

static void
insert_link (SwDocument *self,
             SwLink     *link,
             guint       position)
{
  g_ptr_array_insert (self->links, (int) position, g_object_ref (link));
  g_hash_table_insert (self->links_by_id, (gpointer) sw_link_get_id (link), link);
  g_ptr_array_add (_sw_node_get_links_out (sw_link_get_from (link)), link);
  g_ptr_array_add (_sw_node_get_links_in (sw_link_get_to (link)), link);
  _sw_document_invalidate_positions (self);
  _sw_object_list_items_changed (self->link_list, position, 0, 1);
  g_signal_emit (self, _sw_document_signals[SIGNAL_LINK_ADDED], 0, link, position);
}

static void
remove_link (SwDocument *self,
             SwLink     *link,
             guint       position)
{
  G_GNUC_UNUSED g_autoptr(SwLink) held = g_object_ref (link);

  g_assert (g_ptr_array_index (self->links, position) == link);

  g_hash_table_remove (self->links_by_id, sw_link_get_id (link));
  g_ptr_array_remove (_sw_node_get_links_out (sw_link_get_from (link)), link);
  g_ptr_array_remove (_sw_node_get_links_in (sw_link_get_to (link)), link);
  g_ptr_array_remove_index (self->links, position);
  _sw_document_invalidate_positions (self);
  _sw_object_list_items_changed (self->link_list, position, 1, 0);
  g_signal_emit (self, _sw_document_signals[SIGNAL_LINK_REMOVED], 0, link, position);
}

static void
emit_field_changed (SwDocument *self,
                    GObject    *target,
                    SwField     field)
{
  GQuark detail = g_quark_from_static_string (sw_field_to_string (field));

  if (target == NULL)
    g_signal_emit (self, _sw_document_signals[SIGNAL_METADATA_CHANGED], detail, field);
  else if (SW_IS_NODE (target))
    g_signal_emit (self, _sw_document_signals[SIGNAL_NODE_CHANGED], detail, target, field);
  else if (SW_IS_LINK (target))
    g_signal_emit (self, _sw_document_signals[SIGNAL_LINK_CHANGED], detail, target, field);
  else
    g_signal_emit (self, _sw_document_signals[SIGNAL_KIND_CHANGED], detail, target, field);
}

static void
set_node_value (SwNode       *node,
                SwField       field,
                const GValue *value)
{
  switch (field)
    {
    case SW_FIELD_KIND:
      _sw_node_set_kind (node, g_value_get_string (value));
      break;

    case SW_FIELD_OWNER:
      _sw_node_set_owner (node, g_value_get_string (value));
      break;

    case SW_FIELD_STATUS:
      _sw_node_set_status (node, (SwNodeStatus) g_value_get_enum (value));
      break;

    case SW_FIELD_START:
      _sw_node_set_start (node, g_value_get_string (value));
      break;

    case SW_FIELD_DUE:
      _sw_node_set_due (node, g_value_get_string (value));
      break;

    case SW_FIELD_INDICATOR:
      _sw_node_set_indicator (node, g_value_get_string (value));
      break;

    case SW_FIELD_TAGS:
      _sw_node_set_tags (node, g_value_get_boxed (value));
      break;

    case SW_FIELD_POSITION:
      {
        GVariant *point = g_value_get_variant (value);
        double x, y;

        g_variant_get (point, "(dd)", &x, &y);
        _sw_node_set_position (node, x, y);
      }
      break;

    case SW_FIELD_PINNED:
      _sw_node_set_pinned (node, g_value_get_boolean (value));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
set_document_value (SwDocument   *self,
                    SwField       field,
                    const GValue *value)
{
  switch (field)
    {
    case SW_FIELD_EDITION:
      g_free (self->edition);
      self->edition = g_strdup (g_value_get_string (value));
      break;

    case SW_FIELD_LANGUAGES:
      _sw_document_set_languages (self, g_value_get_boxed (value));
      break;

    case SW_FIELD_AUTHORS:
      g_clear_pointer (&self->authors, g_strfreev);
      if (g_value_get_boxed (value) != NULL && ((char **) g_value_get_boxed (value))[0] != NULL)
        self->authors = g_value_dup_boxed (value);
      break;

    case SW_FIELD_SOURCES:
      g_clear_pointer (&self->sources, g_ptr_array_unref);
      self->sources = g_value_dup_boxed (value);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Reads a plain field into @value, initialised to the field's type. */
void
_sw_document_get_value (SwDocument *self,
                        GObject    *target,
                        SwField     field,
                        GValue     *value)
{
  SwNode *node = target && SW_IS_NODE (target) ? SW_NODE (target) : NULL;

  switch (field)
    {
    case SW_FIELD_KIND:
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, node ? sw_node_get_kind (node) : sw_link_get_kind (SW_LINK (target)));
      break;

    case SW_FIELD_OWNER:
    case SW_FIELD_START:
    case SW_FIELD_DUE:
    case SW_FIELD_INDICATOR:
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, field == SW_FIELD_OWNER ? sw_node_get_owner (node)
                               : field == SW_FIELD_START ? sw_node_get_start (node)
                               : field == SW_FIELD_DUE ? sw_node_get_due (node)
                               : sw_node_get_indicator (node));
      break;

    case SW_FIELD_STATUS:
      g_value_init (value, SW_TYPE_NODE_STATUS);
      g_value_set_enum (value, sw_node_get_status (node));
      break;

    case SW_FIELD_TAGS:
      g_value_init (value, G_TYPE_STRV);
      g_value_set_boxed (value, sw_node_get_tags (node));
      break;

    case SW_FIELD_POSITION:
      g_value_init (value, G_TYPE_VARIANT);
      g_value_set_variant (value, g_variant_new ("(dd)", sw_node_get_x (node), sw_node_get_y (node)));
      break;

    case SW_FIELD_PINNED:
      g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, sw_node_get_pinned (node));
      break;

    case SW_FIELD_EDITION:
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, self->edition);
      break;

    case SW_FIELD_LANGUAGES:
      g_value_init (value, G_TYPE_STRV);
      g_value_set_boxed (value, sw_document_get_languages (self));
      break;

    case SW_FIELD_AUTHORS:
      g_value_init (value, G_TYPE_STRV);
      g_value_set_boxed (value, sw_document_get_authors (self));
      break;

    case SW_FIELD_SOURCES:
      g_value_init (value, G_TYPE_PTR_ARRAY);
      g_value_set_boxed (value, self->sources);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
apply_value (SwDocument     *self,
             const SwChange *change,
             gboolean        reverse)
{
  const GValue *value = reverse ? &change->old_value : &change->new_value;

  if (change->target == NULL)
    set_document_value (self, change->field, value);
  else if (SW_IS_NODE (change->target))
    set_node_value (SW_NODE (change->target), change->field, value);
  else if (SW_IS_LINK (change->target) && change->field == SW_FIELD_KIND)
    _sw_link_set_kind (SW_LINK (change->target), g_value_get_string (value));
  else
    g_assert_not_reached ();

  emit_field_changed (self, change->target, change->field);
}

static void
apply_text (SwDocument     *self,
            const SwChange *change,
            gboolean        reverse)
{
  SwText *text = _sw_document_get_text_mut (self, change->target, change->field);

  g_assert (text != NULL);

  _sw_text_set (text, change->language,
                reverse ? change->old_text : change->new_text,
                reverse ? change->old_fingerprint : change->new_fingerprint);
  emit_field_changed (self, change->target, change->field);
}

/* The history's apply function: one change, forwards or backwards. */
void
_sw_document_apply (const SwChange *change,
                    gboolean        reverse,
                    gpointer        user_data)
{
  SwDocument *self = user_data;
  gboolean inserting;

  switch (change->type)
    {
    case SW_CHANGE_INSERT_NODE:
    case SW_CHANGE_REMOVE_NODE:
      inserting = (change->type == SW_CHANGE_INSERT_NODE) != reverse;
      if (inserting)
        insert_node (self, SW_NODE (change->target), change->position);
      else
        remove_node (self, SW_NODE (change->target), change->position);
      break;

    case SW_CHANGE_INSERT_LINK:
    case SW_CHANGE_REMOVE_LINK:
      inserting = (change->type == SW_CHANGE_INSERT_LINK) != reverse;
      if (inserting)
        insert_link (self, SW_LINK (change->target), change->position);
      else
        remove_link (self, SW_LINK (change->target), change->position);
      break;

    case SW_CHANGE_SET_TEXT:
      apply_text (self, change, reverse);
      break;

    case SW_CHANGE_SET_VALUE:
      apply_value (self, change, reverse);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Applies a new change and hands it to the history. */
void
_sw_document_record (SwDocument *self,
                     SwChange   *change,
                     const char *label,
                     gboolean    coalesce)
{
  _sw_document_apply (change, FALSE, self);
  _sw_history_record (self->history, change, label, coalesce);
}
