/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-inspector.h"

G_BEGIN_DECLS

/* Shared by the sw-inspector*.c files, which split one widget by responsibility; tests read it too. */
struct _SwInspector
{
  GtkWidget       parent_instance;

  SwSelection    *selection;
  SwDocument     *document;
  SwNode         *node;          /* the node shown alone, or NULL */
  GPtrArray      *kind_ids;      /* the kind row's entries */
  char           *language;
  gboolean        updating;      /* the widgets are being set from the document */
  guint           links_id;

  GtkStack       *stack;
  GtkLabel       *kind_dot;
  GtkLabel       *kind_label;
  GtkLabel       *id_label;
  AdwEntryRow    *title_row;
  GtkTextView    *description_view;
  AdwComboRow    *kind_row;
  AdwComboRow    *status_row;
  AdwEntryRow    *owner_row;
  AdwEntryRow    *start_row;
  GtkMenuButton  *start_button;
  GtkCalendar    *start_calendar;
  GtkButton      *start_clear;
  AdwEntryRow    *due_row;
  GtkMenuButton  *due_button;
  GtkCalendar    *due_calendar;
  GtkButton      *due_clear;
  AdwEntryRow    *indicator_row;
  AdwEntryRow    *tags_row;
  GtkSwitch      *pinned_switch;
  AdwPreferencesGroup *links_group;
  GtkListBox     *links_list;
  AdwPreferencesGroup *multi_group;
  AdwComboRow    *multi_status_row;
  AdwEntryRow    *multi_owner_row;
  AdwEntryRow    *multi_tags_row;
};

void    _sw_inspector_message          (SwInspector *self,
                                        const char  *message);
char  **_sw_inspector_parse_tags       (const char  *text);
char   *_sw_inspector_join_tags        (const char * const *tags);

/* sw-inspector-dates.c */
void    _sw_inspector_init_dates       (SwInspector *self);
void    _sw_inspector_apply_date       (SwInspector *self,
                                        SwField      field);

/* sw-inspector-links.c */
void    _sw_inspector_show_links       (SwInspector *self);
void    _sw_inspector_queue_links      (SwInspector *self);

/* sw-inspector-multi.c */
void    _sw_inspector_init_multi       (SwInspector *self);
void    _sw_inspector_show_multi       (SwInspector *self);

G_END_DECLS
