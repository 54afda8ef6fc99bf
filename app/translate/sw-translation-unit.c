/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwTranslationUnit: one translatable field of a document, the thing a
 * translator translates once per target language.  Its id is the element id
 * and the field ("principle-1.title"), so it survives reordering and stays
 * the same in every exchange file; the state is read from the document each
 * time, never cached, so a unit cannot disagree with the text it stands for.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-translation-unit.h"

struct _SwTranslationUnit
{
  GObject        parent_instance;

  char          *id;
  SwUnitElement  element;
  GObject       *target;   /* NULL for the document itself, to hold no cycle */
  SwField        field;
};

G_DEFINE_FINAL_TYPE (SwTranslationUnit, sw_translation_unit, G_TYPE_OBJECT)

static void
sw_translation_unit_dispose (GObject *object)
{
  SwTranslationUnit *self = SW_TRANSLATION_UNIT (object);

  g_clear_object (&self->target);

  G_OBJECT_CLASS (sw_translation_unit_parent_class)->dispose (object);
}

static void
sw_translation_unit_finalize (GObject *object)
{
  SwTranslationUnit *self = SW_TRANSLATION_UNIT (object);

  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (sw_translation_unit_parent_class)->finalize (object);
}

static void
sw_translation_unit_class_init (SwTranslationUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_translation_unit_dispose;
  object_class->finalize = sw_translation_unit_finalize;
}

static void
sw_translation_unit_init (SwTranslationUnit *self)
{
}

/*
 * Characters kept as they are in a unit id: those XML 1.0 allows anywhere in
 * an NMTOKEN, less ".", "_" and ":", which the id uses as its separator and
 * escape, or which some tools read as a namespace prefix.
 */
static gboolean
is_plain_name_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '-';

  return c == 0xB7 || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6)
      || (c >= 0xF8 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || c == 0x200C
      || c == 0x200D || c == 0x203F || c == 0x2040 || (c >= 0x2070 && c <= 0x218F)
      || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
      || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD)
      || (c >= 0x10000 && c <= 0xEFFFF);
}

/*
 * Element ids may hold any character but spaces and controls.  Every other
 * byte becomes "_XX", so the mapping is one to one and "." only ever
 * separates the parts of a unit id.  An element called "document" or "kind"
 * would meet the ids of the document's own fields and of the kind labels, so
 * its first letter is escaped too.
 */
static void
append_escaped_id (GString    *out,
                   const char *element_id)
{
  gsize start = out->len;

  for (const char *p = element_id; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_plain_name_char (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else
        for (const char *b = p; b < g_utf8_next_char (p); b++)
          g_string_append_printf (out, "_%02X", (guchar) *b);
    }

  if (g_str_equal (out->str + start, "document") || g_str_equal (out->str + start, "kind"))
    {
      char first[4];

      g_snprintf (first, sizeof first, "_%02X", (guchar) out->str[start]);
      g_string_erase (out, start, 1);
      g_string_insert (out, start, first);
    }
}

/**
 * sw_translation_unit_id_build:
 * @element_id: the id of a node or link
 * @field: the field's name in the file format ("title")
 *
 * Returns: (transfer full): the unit id, a valid XML NMTOKEN.
 */
char *
sw_translation_unit_id_build (const char *element_id,
                              const char *field)
{
  GString *out = g_string_new (NULL);

  append_escaped_id (out, element_id);
  g_string_append_c (out, '.');
  g_string_append (out, field);
  return g_string_free (out, FALSE);
}

static SwTranslationUnit *
unit_new (SwUnitElement  element,
          gpointer       target,
          SwField        field)
{
  SwTranslationUnit *self = g_object_new (SW_TYPE_TRANSLATION_UNIT, NULL);
  const char *field_name = sw_field_to_string (field);

  self->element = element;
  self->target = target ? g_object_ref (target) : NULL;
  self->field = field;

  switch (element)
    {
    case SW_UNIT_DOCUMENT:
      self->id = g_strconcat ("document.", field_name, NULL);
      break;

    case SW_UNIT_NODE_KIND:
    case SW_UNIT_LINK_KIND:
      {
        GString *id = g_string_new (element == SW_UNIT_NODE_KIND ? "kind.node." : "kind.link.");

        append_escaped_id (id, sw_translation_unit_get_element_id (self));
        g_string_append_c (id, '.');
        g_string_append (id, field_name);
        self->id = g_string_free (id, FALSE);
      }
      break;

    case SW_UNIT_NODE:
    case SW_UNIT_LINK:
    default:
      self->id = sw_translation_unit_id_build (sw_translation_unit_get_element_id (self), field_name);
      break;
    }

  return self;
}

/* Only fields with a source text are units: there is nothing to translate in an empty one. */
static void
add_unit (GPtrArray     *units,
          SwDocument    *document,
          SwUnitElement  element,
          gpointer       target,
          SwField        field,
          const SwText  *text)
{
  const char *source = sw_text_get (text, sw_document_get_source_language (document));

  if (source != NULL && source[0] != '\0')
    g_ptr_array_add (units, unit_new (element, target, field));
}

/**
 * sw_translation_units_collect:
 *
 * Returns: (transfer container) (element-type SwTranslationUnit): every
 *   field of @document with a source text: the document's title and
 *   subtitle, the nodes and the links in document order, then the kind
 *   labels, which translators do last as they are more interface than content.
 */
GPtrArray *
sw_translation_units_collect (SwDocument *document)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *node_kinds = sw_document_get_node_kinds (document);
  GPtrArray *link_kinds = sw_document_get_link_kinds (document);
  guint n_nodes = sw_document_get_n_nodes (document);
  guint n_links = sw_document_get_n_links (document);

  add_unit (units, document, SW_UNIT_DOCUMENT, NULL, SW_FIELD_TITLE, sw_document_get_title (document));
  add_unit (units, document, SW_UNIT_DOCUMENT, NULL, SW_FIELD_SUBTITLE,
            sw_document_get_subtitle (document));

  for (guint i = 0; i < n_nodes; i++)
    {
      SwNode *node = sw_document_get_node (document, i);

      add_unit (units, document, SW_UNIT_NODE, node, SW_FIELD_TITLE, sw_node_get_title (node));
      add_unit (units, document, SW_UNIT_NODE, node, SW_FIELD_DESCRIPTION,
                sw_node_get_description (node));
    }

  for (guint i = 0; i < n_links; i++)
    {
      SwLink *link = sw_document_get_link (document, i);

      add_unit (units, document, SW_UNIT_LINK, link, SW_FIELD_LABEL, sw_link_get_label (link));
    }

  for (guint i = 0; i < node_kinds->len; i++)
    add_unit (units, document, SW_UNIT_NODE_KIND, node_kinds->pdata[i], SW_FIELD_LABEL,
              sw_node_kind_get_label (node_kinds->pdata[i]));
  for (guint i = 0; i < link_kinds->len; i++)
    add_unit (units, document, SW_UNIT_LINK_KIND, link_kinds->pdata[i], SW_FIELD_LABEL,
              sw_link_kind_get_label (link_kinds->pdata[i]));

  return units;
}

/**
 * sw_translation_units_index:
 * @units: (element-type SwTranslationUnit): units
 *
 * Returns: (transfer container): a table from unit id to unit (borrowed from @units).
 */
GHashTable *
sw_translation_units_index (GPtrArray *units)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < units->len; i++)
    {
      SwTranslationUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (index, unit->id, unit);
    }

  return index;
}

const char *
sw_translation_unit_get_id (SwTranslationUnit *self)
{
  g_return_val_if_fail (SW_IS_TRANSLATION_UNIT (self), NULL);

  return self->id;
}

SwUnitElement
sw_translation_unit_get_element (SwTranslationUnit *self)
{
  return self->element;
}

/**
 * sw_translation_unit_get_target:
 *
 * Returns: (transfer none) (nullable): the node, link or kind the text
 *   belongs to, %NULL for the document; as sw_document_set_text() takes it.
 */
gpointer
sw_translation_unit_get_target (SwTranslationUnit *self)
{
  return self->target;
}

SwField
sw_translation_unit_get_field (SwTranslationUnit *self)
{
  return self->field;
}

const char *
sw_translation_unit_get_element_id (SwTranslationUnit *self)
{
  switch (self->element)
    {
    case SW_UNIT_NODE_KIND:
      return sw_node_kind_get_id (SW_NODE_KIND (self->target));
    case SW_UNIT_LINK_KIND:
      return sw_link_kind_get_id (SW_LINK_KIND (self->target));
    case SW_UNIT_NODE:
      return sw_node_get_id (SW_NODE (self->target));
    case SW_UNIT_LINK:
      return sw_link_get_id (SW_LINK (self->target));
    case SW_UNIT_DOCUMENT:
    default:
      return "document";
    }
}

const SwText *
sw_translation_unit_get_text (SwTranslationUnit *self,
                              SwDocument        *document)
{
  switch (self->element)
    {
    case SW_UNIT_DOCUMENT:
      return self->field == SW_FIELD_SUBTITLE ? sw_document_get_subtitle (document)
                                              : sw_document_get_title (document);
    case SW_UNIT_NODE_KIND:
      return sw_node_kind_get_label (SW_NODE_KIND (self->target));
    case SW_UNIT_LINK_KIND:
      return sw_link_kind_get_label (SW_LINK_KIND (self->target));
    case SW_UNIT_NODE:
      return self->field == SW_FIELD_DESCRIPTION ? sw_node_get_description (SW_NODE (self->target))
                                                 : sw_node_get_title (SW_NODE (self->target));
    case SW_UNIT_LINK:
    default:
      return sw_link_get_label (SW_LINK (self->target));
    }
}

/* Returns: (not nullable): the source text, "" when there is none. */
const char *
sw_translation_unit_get_source (SwTranslationUnit *self,
                                SwDocument        *document)
{
  const char *source = sw_text_get (sw_translation_unit_get_text (self, document),
                                    sw_document_get_source_language (document));

  return source ? source : "";
}

SwTranslationState
sw_translation_unit_get_state (SwTranslationUnit *self,
                               SwDocument        *document,
                               const char        *language)
{
  return sw_text_get_state (sw_translation_unit_get_text (self, document), language,
                            sw_document_get_source_language (document));
}

/**
 * sw_translation_unit_get_group:
 *
 * Returns: (transfer full): the group the unit is counted in: "document",
 *   "kinds", "links" or "node:" and the node's kind.
 */
char *
sw_translation_unit_get_group (SwTranslationUnit *self)
{
  switch (self->element)
    {
    case SW_UNIT_DOCUMENT:
      return g_strdup ("document");
    case SW_UNIT_NODE_KIND:
    case SW_UNIT_LINK_KIND:
      return g_strdup ("kinds");
    case SW_UNIT_LINK:
      return g_strdup ("links");
    case SW_UNIT_NODE:
    default:
      return g_strconcat ("node:", sw_node_get_kind (SW_NODE (self->target)), NULL);
    }
}

/* Returns: (transfer full): what a group is called in @language's interface. */
char *
sw_translation_group_get_label (SwDocument *document,
                                const char *group,
                                const char *language)
{
  if (g_str_equal (group, "document"))
    return g_strdup (_("Document"));
  if (g_str_equal (group, "kinds"))
    return g_strdup (_("Kind names"));
  if (g_str_equal (group, "links"))
    return g_strdup (_("Link labels"));
  if (g_str_has_prefix (group, "node:"))
    return g_strdup (sw_document_get_kind_label (document, group + strlen ("node:"), language));

  return g_strdup (group);
}

const char *
sw_translation_unit_get_field_label (SwTranslationUnit *self)
{
  switch (self->field)
    {
    case SW_FIELD_TITLE:
      return _("Title");
    case SW_FIELD_SUBTITLE:
      return _("Subtitle");
    case SW_FIELD_DESCRIPTION:
      return _("Description");
    case SW_FIELD_LABEL:
    default:
      return _("Label");
    }
}

/**
 * sw_translation_unit_get_label:
 * @language: (nullable): the language of titles, %NULL for the source
 *
 * Returns: (transfer full): the element a person recognises: the node's
 *   title, "From → To" for a link, the kind's label, the document.
 */
char *
sw_translation_unit_get_label (SwTranslationUnit *self,
                               SwDocument        *document,
                               const char        *language)
{
  switch (self->element)
    {
    case SW_UNIT_DOCUMENT:
      return g_strdup (_("Document"));
    case SW_UNIT_NODE_KIND:
      /* Translators: a kind of node, by its id in the file, e.g. Node kind “principle” */
      return g_strdup_printf (_("Node kind “%s”"), sw_node_kind_get_id (SW_NODE_KIND (self->target)));
    case SW_UNIT_LINK_KIND:
      /* Translators: a kind of link, by its id in the file, e.g. Link kind “guides” */
      return g_strdup_printf (_("Link kind “%s”"), sw_link_kind_get_id (SW_LINK_KIND (self->target)));
    case SW_UNIT_NODE:
      return g_strdup (sw_document_get_node_title (document, SW_NODE (self->target), language));
    case SW_UNIT_LINK:
    default:
      {
        SwLink *link = SW_LINK (self->target);

        return g_strdup_printf ("%s → %s",
                                sw_document_get_node_title (document, sw_link_get_from (link), language),
                                sw_document_get_node_title (document, sw_link_get_to (link), language));
      }
    }
}
