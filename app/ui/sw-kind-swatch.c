/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwKindSwatch: a small square in a kind's colour, beside the kind's name
 * in choosers and lists, so that a person can match a name to the lines
 * and cards on the canvas.  The colour is resolved as the canvas's painter
 * resolves it, the fallback for a missing or unreadable colour included.
 */
#define G_LOG_DOMAIN "sw-swatch"

#include "config.h"

#include <adwaita.h>

#include "sw-graph-palette.h"
#include "sw-kind-swatch.h"

#define SWATCH_SIZE   12
#define SWATCH_RADIUS 3

struct _SwKindSwatch
{
  GtkWidget  parent_instance;

  char      *color;
};

G_DEFINE_FINAL_TYPE (SwKindSwatch, sw_kind_swatch, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sw_kind_swatch_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = *natural = SWATCH_SIZE;
}

static void
sw_kind_swatch_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SwKindSwatch *self = SW_KIND_SWATCH (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds;
  GskRoundedRect rounded;
  GdkRGBA rgba;

  /* Centred in whatever room the parent gives, always square. */
  graphene_rect_init (&bounds, (width - SWATCH_SIZE) / 2.f, (height - SWATCH_SIZE) / 2.f,
                      SWATCH_SIZE, SWATCH_SIZE);
  gsk_rounded_rect_init_from_rect (&rounded, &bounds, SWATCH_RADIUS);
  sw_kind_swatch_get_rgba (self, &rgba);

  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, &rgba, &bounds);
  gtk_snapshot_pop (snapshot);
}

static void
dark_changed_cb (SwKindSwatch *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sw_kind_swatch_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SwKindSwatch *self = SW_KIND_SWATCH (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_kind_swatch_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SwKindSwatch *self = SW_KIND_SWATCH (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      sw_kind_swatch_set_color (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_kind_swatch_finalize (GObject *object)
{
  SwKindSwatch *self = SW_KIND_SWATCH (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (sw_kind_swatch_parent_class)->finalize (object);
}

static void
sw_kind_swatch_class_init (SwKindSwatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sw_kind_swatch_get_property;
  object_class->set_property = sw_kind_swatch_set_property;
  object_class->finalize = sw_kind_swatch_finalize;
  widget_class->measure = sw_kind_swatch_measure;
  widget_class->snapshot = sw_kind_swatch_snapshot;

  /* The colour as the document gives it, "#rrggbb"; NULL when the kind has none. */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "kindswatch");
  /* The kind's name is beside it: the colour adds nothing to read aloud. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
sw_kind_swatch_init (SwKindSwatch *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  /* The fallback colour differs between the light and dark canvas. */
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (dark_changed_cb), self);
}

/**
 * sw_kind_swatch_new:
 * @color: (nullable): the kind's colour, as sw_link_kind_get_color() or
 *   sw_node_kind_get_color() give it
 */
GtkWidget *
sw_kind_swatch_new (const char *color)
{
  return g_object_new (SW_TYPE_KIND_SWATCH, "color", color, NULL);
}

const char *
sw_kind_swatch_get_color (SwKindSwatch *self)
{
  g_return_val_if_fail (SW_IS_KIND_SWATCH (self), NULL);

  return self->color;
}

void
sw_kind_swatch_set_color (SwKindSwatch *self,
                          const char   *color)
{
  g_return_if_fail (SW_IS_KIND_SWATCH (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/* The colour drawn: the kind's own, or the canvas's colour for a kind without one. */
void
sw_kind_swatch_get_rgba (SwKindSwatch *self,
                         GdkRGBA      *rgba)
{
  SwColor color;
  gboolean dark;

  g_return_if_fail (SW_IS_KIND_SWATCH (self));

  dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  sw_palette_kind_color (sw_palette_get (dark), self->color, &color);

  rgba->red = color.red;
  rgba->green = color.green;
  rgba->blue = color.blue;
  rgba->alpha = color.alpha;
}
