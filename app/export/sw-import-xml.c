/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A small XML tree for the GraphML importer, read with GLib's GMarkup.
 *
 * GMarkup rather than libxml2: it is already in GLib, it never loads
 * anything from the network or the disk (there is no DTD or XInclude
 * processing to turn off), and it expands only the five predefined entities
 * and character references, so a reference to an entity declared in the
 * file, as in a "billion laughs" file or an external entity aimed at
 * /etc/passwd, is an error at its line and column instead of an expansion.
 * What GMarkup lacks is added here: namespaces (resolved from the xmlns
 * declarations in scope), declared encodings other than UTF-8 (converted
 * with g_convert()), and a limit on nesting.
 */
#define G_LOG_DOMAIN "sw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-import-private.h"

/* Deeper than any GraphML a tool writes; deeper still only exhausts memory. */
#define MAX_DEPTH 256

typedef struct
{
  SwXmlElement *root;
  SwXmlElement *current;
  guint         depth;
  gboolean      declares_entities;
  GCancellable *cancellable;
} ParseState;

void
_sw_xml_element_free (SwXmlElement *element)
{
  if (element == NULL)
    return;

  g_free (element->name);
  g_strfreev (element->attr_names);
  g_strfreev (element->attr_values);
  if (element->text != NULL)
    g_string_free (element->text, TRUE);
  g_clear_pointer (&element->children, g_ptr_array_unref);
  g_free (element);
}

const char *
_sw_xml_get_attribute (SwXmlElement *element,
                       const char   *name)
{
  for (guint i = 0; element->attr_names[i] != NULL; i++)
    if (g_str_equal (element->attr_names[i], name))
      return element->attr_values[i];

  return NULL;
}

/* The namespace URI bound to @prefix (NULL: the default namespace) where @element is. */
static const char *
resolve_prefix (SwXmlElement *element,
                const char   *prefix)
{
  g_autofree char *attribute = prefix ? g_strconcat ("xmlns:", prefix, NULL) : g_strdup ("xmlns");

  for (SwXmlElement *e = element; e != NULL; e = e->parent)
    {
      const char *uri = _sw_xml_get_attribute (e, attribute);

      if (uri != NULL)
        return uri[0] != '\0' ? g_intern_string (uri) : NULL;
    }

  return NULL;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *qualified_name,
               const char          **attr_names,
               const char          **attr_values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;
  SwXmlElement *element;
  const char *colon = strchr (qualified_name, ':');
  g_autofree char *prefix = colon ? g_strndup (qualified_name, colon - qualified_name) : NULL;

  if (++state->depth > MAX_DEPTH)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("elements are nested more than %u deep"), MAX_DEPTH);
      return;
    }

  if (g_cancellable_set_error_if_cancelled (state->cancellable, error))
    return;

  element = g_new0 (SwXmlElement, 1);
  element->name = g_strdup (colon ? colon + 1 : qualified_name);
  element->attr_names = g_strdupv ((char **) attr_names);
  element->attr_values = g_strdupv ((char **) attr_values);
  element->parent = state->current;
  g_markup_parse_context_get_position (context, &element->line, &element->column);
  element->ns = resolve_prefix (element, prefix);

  if (state->current == NULL)
    state->root = element;
  else
    {
      if (state->current->children == NULL)
        state->current->children =
          g_ptr_array_new_with_free_func ((GDestroyNotify) _sw_xml_element_free);
      g_ptr_array_add (state->current->children, element);
    }
  state->current = element;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;

  state->depth--;
  state->current = state->current->parent;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  ParseState *state = user_data;

  if (state->current == NULL)
    return;

  if (state->current->text == NULL)
    state->current->text = g_string_new (NULL);
  g_string_append_len (state->current->text, text, length);
}

/* Remembered only to explain the error that a reference to such an entity then gets. */
static void
passthrough (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;

  if (length > 9 && strncmp (text, "<!DOCTYPE", 9) == 0
      && g_strstr_len (text, length, "<!ENTITY") != NULL)
    state->declares_entities = TRUE;
}

static const GMarkupParser parser = { start_element, end_element, text, passthrough, NULL };

/* The encoding named by the XML declaration, or NULL. */
static char *
declared_encoding (const char *data,
                   gsize       size)
{
  const char *end, *found;
  g_autofree char *declaration = NULL;
  char quote;
  const char *value;

  if (size < 5 || strncmp (data, "<?xml", 5) != 0)
    return NULL;

  end = g_strstr_len (data, MIN (size, 1024), "?>");
  if (end == NULL)
    return NULL;

  declaration = g_strndup (data, end - data);
  found = strstr (declaration, "encoding");
  if (found == NULL)
    return NULL;

  value = found + strlen ("encoding");
  while (*value == ' ' || *value == '=')
    value++;
  quote = *value;
  if (quote != '"' && quote != '\'')
    return NULL;
  value++;

  return g_strndup (value, strcspn (value, quote == '"' ? "\"" : "'"));
}

/* The file as UTF-8: converted from the encoding it declares, or checked to be UTF-8. */
static GBytes *
to_utf8 (GBytes      *bytes,
         const char  *name,
         GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *encoding = NULL;
  g_autofree char *converted = NULL;
  gsize converted_size = 0;

  if (data == NULL)
    data = "";
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    return _sw_import_check_utf8 (data + 3, size - 3, name, error)
             ? g_bytes_new_from_bytes (bytes, 3, size - 3) : NULL;

  /* Checked before the declaration, which UTF-16 would hide. */
  if (!_sw_import_check_utf8 (data, MIN (size, 2), name, error))
    return NULL;

  encoding = declared_encoding (data, size);
  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0
      || g_ascii_strcasecmp (encoding, "UTF8") == 0
      || g_ascii_strcasecmp (encoding, "US-ASCII") == 0
      || g_ascii_strcasecmp (encoding, "ASCII") == 0)
    return _sw_import_check_utf8 (data, size, name, error) ? g_bytes_ref (bytes) : NULL;

  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_ENCODING,
                   _("%s: the file holds binary data, not text"), name);
      return NULL;
    }

  converted = g_convert (data, size, "UTF-8", encoding, NULL, &converted_size, NULL);
  if (converted == NULL)
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_ENCODING,
                   _("%s: the file says it is in the encoding “%s”, but it cannot be read as "
                     "such; save it as UTF-8 and import it again"),
                   name, encoding);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&converted), converted_size);
}

/* GMarkup's messages start with their own "Error on line N char M: ", which the place replaces. */
static const char *
strip_position (const char *message)
{
  const char *colon = strstr (message, ": ");

  if (g_str_has_prefix (message, "Error on line") && colon != NULL)
    return colon + 2;

  return message;
}

/**
 * _sw_xml_parse:
 * @name: the file's name, for messages
 *
 * Returns: (transfer full) (nullable): the root element, or %NULL with
 *   @error saying "NAME:LINE:COLUMN: what is wrong".
 */
SwXmlElement *
_sw_xml_parse (GBytes        *bytes,
               const char    *name,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GBytes) utf8 = to_utf8 (bytes, name, error);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  ParseState state = { NULL, NULL, 0, FALSE, cancellable };
  const char *data;
  gsize size;

  if (utf8 == NULL)
    return NULL;

  data = g_bytes_get_data (utf8, &size);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  if (!g_markup_parse_context_parse (context, data ? data : "", size, &parse_error)
      || !g_markup_parse_context_end_parse (context, &parse_error))
    {
      int line = 0, column = 0;

      _sw_xml_element_free (state.root);
      if (g_error_matches (parse_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&parse_error));
          return NULL;
        }

      g_markup_parse_context_get_position (context, &line, &column);
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX, "%s:%d:%d: %s%s", name, line,
                   column, strip_position (parse_error->message),
                   state.declares_entities
                     ? _(" (entities declared in the file are not expanded, so that a file cannot "
                         "read other files or grow without limit)")
                     : "");
      return NULL;
    }

  if (state.root == NULL)
    {
      g_set_error (error, SW_IMPORT_ERROR, SW_IMPORT_ERROR_SYNTAX,
                   _("%s: the file holds no XML element"), name);
      return NULL;
    }

  return state.root;
}

/**
 * _sw_xml_get_child:
 * @ns: (nullable): the namespace URI, %NULL for none
 *
 * Returns: (transfer none) (nullable): the first child called @name in @ns.
 */
SwXmlElement *
_sw_xml_get_child (SwXmlElement *element,
                   const char   *ns,
                   const char   *name)
{
  for (guint i = 0; element->children != NULL && i < element->children->len; i++)
    {
      SwXmlElement *child = g_ptr_array_index (element->children, i);

      if (g_strcmp0 (child->ns, ns) == 0 && g_str_equal (child->name, name))
        return child;
    }

  return NULL;
}

/**
 * _sw_xml_find:
 *
 * Returns: (transfer none) (nullable): the first descendant called @name in
 *   @ns, depth first.
 */
SwXmlElement *
_sw_xml_find (SwXmlElement *element,
              const char   *ns,
              const char   *name)
{
  for (guint i = 0; element->children != NULL && i < element->children->len; i++)
    {
      SwXmlElement *child = g_ptr_array_index (element->children, i);
      SwXmlElement *found;

      if (g_strcmp0 (child->ns, ns) == 0 && g_str_equal (child->name, name))
        return child;
      if ((found = _sw_xml_find (child, ns, name)) != NULL)
        return found;
    }

  return NULL;
}

/* The element's own text, without surrounding white space. */
char *
_sw_xml_get_text (SwXmlElement *element)
{
  return g_strstrip (g_strdup (element->text ? element->text->str : ""));
}
