/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The context of a translation unit: what a translator needs to know of the
 * graph around a text (its kind, the node it describes, its parents and
 * children, its other links) and that no translation tool knows by itself.
 */
#define G_LOG_DOMAIN "sw-translate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-translation-unit.h"

static GPtrArray *
node_titles (SwDocument *document,
             GPtrArray  *nodes,
             const char *language)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (titles, g_strdup (sw_document_get_node_title (document, nodes->pdata[i], language)));

  return titles;
}

static void
add_node_context (SwUnitContext *context,
                  SwDocument    *document,
                  SwNode        *node,
                  SwField        field,
                  const char    *language)
{
  g_autoptr(GPtrArray) parents = sw_document_get_parents (document, node, NULL);
  g_autoptr(GPtrArray) children = sw_document_get_children (document, node, NULL);
  g_autoptr(GPtrArray) links = sw_document_get_node_links (document, node);

  context->kind = g_strdup (sw_document_get_kind_label (document, sw_node_get_kind (node), language));
  if (field != SW_FIELD_TITLE)
    context->title = g_strdup (sw_document_get_node_title (document, node, language));
  g_ptr_array_extend_and_steal (context->parents, node_titles (document, parents, language));
  g_ptr_array_extend_and_steal (context->children, node_titles (document, children, language));

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = links->pdata[i];
      const char *kind = sw_document_get_kind_label (document, sw_link_get_kind (link), language);

      /* Links that make the hierarchy are listed as parents and children already. */
      if (g_ptr_array_find (parents, sw_link_get_from (link), NULL)
          || g_ptr_array_find (parents, sw_link_get_to (link), NULL)
          || g_ptr_array_find (children, sw_link_get_from (link), NULL)
          || g_ptr_array_find (children, sw_link_get_to (link), NULL))
        continue;

      if (sw_link_get_from (link) == node)
        g_ptr_array_add (context->links,
                         g_strdup_printf ("%s → %s", kind,
                                          sw_document_get_node_title (document, sw_link_get_to (link),
                                                                      language)));
      else
        g_ptr_array_add (context->links,
                         g_strdup_printf ("%s → %s",
                                          sw_document_get_node_title (document, sw_link_get_from (link),
                                                                      language),
                                          kind));
    }
}

/**
 * sw_translation_unit_get_context:
 * @language: (nullable): the language of titles and labels, %NULL for the source
 *
 * Returns: (transfer full): the unit's neighbourhood in the graph.
 */
SwUnitContext *
sw_translation_unit_get_context (SwTranslationUnit *self,
                                 SwDocument        *document,
                                 const char        *language)
{
  SwUnitContext *context = g_new0 (SwUnitContext, 1);

  context->parents = g_ptr_array_new_with_free_func (g_free);
  context->children = g_ptr_array_new_with_free_func (g_free);
  context->links = g_ptr_array_new_with_free_func (g_free);

  switch (sw_translation_unit_get_element (self))
    {
    case SW_UNIT_DOCUMENT:
      context->kind = g_strdup (_("Document"));
      break;

    case SW_UNIT_NODE_KIND:
      context->kind = g_strdup (_("Name of a node kind"));
      break;

    case SW_UNIT_LINK_KIND:
      context->kind = g_strdup (_("Name of a link kind"));
      break;

    case SW_UNIT_NODE:
      add_node_context (context, document, SW_NODE (sw_translation_unit_get_target (self)), sw_translation_unit_get_field (self), language);
      break;

    case SW_UNIT_LINK:
    default:
      {
        SwLink *link = SW_LINK (sw_translation_unit_get_target (self));
        const char *kind = sw_document_get_kind_label (document, sw_link_get_kind (link), language);

        context->kind = g_strdup (kind);
        g_ptr_array_add (context->links,
                         g_strdup_printf ("%s → %s → %s",
                                          sw_document_get_node_title (document, sw_link_get_from (link),
                                                                      language),
                                          kind,
                                          sw_document_get_node_title (document, sw_link_get_to (link),
                                                                      language)));
      }
      break;
    }

  return context;
}

void
sw_unit_context_free (SwUnitContext *context)
{
  if (context == NULL)
    return;

  g_free (context->kind);
  g_free (context->title);
  g_ptr_array_unref (context->parents);
  g_ptr_array_unref (context->children);
  g_ptr_array_unref (context->links);
  g_free (context);
}
