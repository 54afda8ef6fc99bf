/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "sw-source-private.h"

struct _SwSource
{
  gatomicrefcount  ref_count;
  char            *title;
  char            *publisher;
  char            *date;
  char            *url;
  JsonObject      *extra;
};

G_DEFINE_BOXED_TYPE (SwSource, sw_source, sw_source_ref, sw_source_unref)

static char *
non_empty (const char *s)
{
  return s != NULL && s[0] != '\0' ? g_strdup (s) : NULL;
}

/**
 * sw_source_new:
 *
 * Returns: (transfer full): a source reference.
 */
SwSource *
sw_source_new (const char *title,
               const char *publisher,
               const char *date,
               const char *url)
{
  SwSource *self = g_new0 (SwSource, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title ? title : "");
  self->publisher = non_empty (publisher);
  self->date = non_empty (date);
  self->url = non_empty (url);

  return self;
}

SwSource *
sw_source_ref (SwSource *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sw_source_unref (SwSource *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->publisher);
  g_free (self->date);
  g_free (self->url);
  g_clear_pointer (&self->extra, json_object_unref);
  g_free (self);
}

const char *
sw_source_get_title (SwSource *self)
{
  return self->title;
}

const char *
sw_source_get_publisher (SwSource *self)
{
  return self->publisher;
}

const char *
sw_source_get_date (SwSource *self)
{
  return self->date;
}

const char *
sw_source_get_url (SwSource *self)
{
  return self->url;
}

gboolean
sw_source_equal (SwSource *a,
                 SwSource *b)
{
  return g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->publisher, b->publisher) == 0
      && g_strcmp0 (a->date, b->date) == 0 && g_strcmp0 (a->url, b->url) == 0;
}

JsonObject *
_sw_source_get_extra (SwSource *self)
{
  return self->extra;
}

void
_sw_source_set_extra (SwSource   *self,
                      JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra ? json_object_ref (extra) : NULL;
}
