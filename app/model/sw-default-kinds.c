/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The built-in kind table, used for new documents and for files without a
 * "kinds" key.  Labels are written in the document's source language when the
 * interface has a translation for it, else in English, since they become
 * document text that travels with the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-kind-private.h"
#include "sw-text-private.h"

typedef struct
{
  const char *id;
  const char *label;
  const char *color;
  const char *icon;
} NodeKindDefault;

typedef struct
{
  const char  *id;
  const char  *label;
  const char  *color;
  SwLinkStyle  style;
  SwParentEnd  parent;
  const char  *joins; /* "from>to from>to ..." */
} LinkKindDefault;

static const NodeKindDefault node_kinds[] = {
  { "concept", N_("Concept"), "#9141ac", "starred-symbolic" },
  { "principle", N_("Guiding principle"), "#1c71d8", "compass-symbolic" },
  { "action-area", N_("Action area"), "#26a269", "view-grid-symbolic" },
  { "objective", N_("Objective"), "#e5a50a", "flag-symbolic" },
  { "partner", N_("Partner"), "#c64600", "system-users-symbolic" },
  { "commitment", N_("Commitment"), "#986a44", "emblem-ok-symbolic" },
  { "note", N_("Note"), "#77767b", "document-edit-symbolic" },
};

static const LinkKindDefault link_kinds[] = {
  { "guides", N_("guides"), "#1c71d8", SW_LINK_STYLE_SOLID, SW_PARENT_FROM,
    "concept>principle principle>action-area concept>action-area" },
  { "advances", N_("advances"), "#26a269", SW_LINK_STYLE_SOLID, SW_PARENT_TO,
    "objective>action-area commitment>objective commitment>action-area" },
  { "commits", N_("commits to"), "#c64600", SW_LINK_STYLE_SOLID, SW_PARENT_NONE,
    "partner>commitment" },
  { "depends-on", N_("depends on"), "#77767b", SW_LINK_STYLE_DASHED, SW_PARENT_NONE, NULL },
  { "relates-to", N_("relates to"), "#77767b", SW_LINK_STYLE_DOTTED, SW_PARENT_NONE, NULL },
};

/*
 * Kind labels are English in the source and stored as data, so they are
 * only translated when the document's source language is the locale's.
 */
static const char *
label_for (const char *english,
           const char *language)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, english);
  const char * const *names = g_get_language_names ();

  if (g_str_equal (language, "en") || translated == english)
    return english;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *lower = g_ascii_strdown (names[i], -1);

      if (g_str_has_prefix (lower, language))
        return translated;
    }

  return english;
}

/**
 * _sw_default_node_kinds:
 *
 * Returns: (transfer full) (element-type SwNodeKind): the built-in node kinds.
 */
GPtrArray *
_sw_default_node_kinds (const char *language)
{
  GPtrArray *kinds = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (node_kinds); i++)
    {
      SwNodeKind *kind = sw_node_kind_new (node_kinds[i].id, node_kinds[i].color);

      _sw_text_set (_sw_node_kind_get_label_mut (kind), language,
                    label_for (node_kinds[i].label, language), NULL);
      _sw_node_kind_set_icon (kind, node_kinds[i].icon);
      g_ptr_array_add (kinds, kind);
    }

  return kinds;
}

/**
 * _sw_default_link_kinds:
 *
 * Returns: (transfer full) (element-type SwLinkKind): the built-in link kinds.
 */
GPtrArray *
_sw_default_link_kinds (const char *language)
{
  GPtrArray *kinds = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (link_kinds); i++)
    {
      const LinkKindDefault *def = &link_kinds[i];
      SwLinkKind *kind = sw_link_kind_new (def->id, def->color, def->style, def->parent);
      g_auto(GStrv) joins = g_strsplit (def->joins ? def->joins : "", " ", -1);

      _sw_text_set (_sw_link_kind_get_label_mut (kind), language,
                    label_for (def->label, language), NULL);
      for (guint j = 0; joins[j] != NULL; j++)
        {
          g_auto(GStrv) ends = g_strsplit (joins[j], ">", 2);

          if (ends[0] != NULL && ends[1] != NULL)
            _sw_link_kind_add_join (kind, ends[0], ends[1]);
        }
      g_ptr_array_add (kinds, kind);
    }

  return kinds;
}
