/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sw-translate-view.h"
#include "sw-translation-status.h"
#include "sw-translation-unit.h"

G_BEGIN_DECLS

/* Which texts the list shows, by state. */
typedef enum
{
  SW_STATE_FILTER_ALL,
  SW_STATE_FILTER_TO_DO,
  SW_STATE_FILTER_MISSING,
  SW_STATE_FILTER_STALE,
  SW_STATE_FILTER_TRANSLATED,
} SwStateFilter;

/* Shared by the sw-translate-view*.c files, which split one widget by responsibility. */
struct _SwTranslateView
{
  GtkWidget            parent_instance;

  SwDocument          *document;
  char                *language;      /* the target language being translated */
  GPtrArray           *languages;     /* (element-type utf8) the dropdown's languages */
  GPtrArray           *groups;        /* (element-type utf8) the group dropdown's keys, NULL first */
  GListStore          *units;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  SwTranslationUnit   *shown;         /* the unit in the editor */
  GHashTable          *bound;         /* row widgets bound to a unit */
  GPtrArray           *context_rows;  /* rows added to the preference groups */
  guint                refresh_id;
  gboolean             dirty;         /* the document changed while the view was hidden */
  gboolean             editing;       /* the target text differs from the document's */
  gboolean             loading;       /* the editor is being filled, not typed in */
  int                  text_column_width; /* the Text column's own width, while folded */
  char                *search;        /* casefolded */

  GtkWidget           *stack;
  GtkDropDown         *language_dropdown;
  GtkDropDown         *state_dropdown;
  GtkDropDown         *group_dropdown;
  GtkSearchEntry      *search_entry;
  GtkWidget           *exchange_button;
  AdwLeaflet          *leaflet;
  GtkWidget           *editor_pane;
  GtkWidget           *back_bar;
  GtkWidget           *back_button;
  GtkStack            *list_stack;
  GtkWidget           *scroller;
  GtkColumnView       *column_view;
  GtkStack            *editor_stack;
  GtkLabel            *heading_label;
  GtkLabel            *subheading_label;
  GtkLabel            *state_label;
  GtkLabel            *source_heading;
  GtkLabel            *source_label;
  GtkLabel            *target_heading;
  GtkTextView         *target_view;
  GtkWidget           *confirm_button;
  GtkWidget           *save_button;
  GtkWidget           *hint_label;
  AdwPreferencesGroup *context_group;
  GtkWidget           *show_button;
  AdwPreferencesGroup *languages_group;
  GtkBox              *progress_box;
  GtkWidget           *groups_button;
  GtkGrid             *groups_grid;
};

/* sw-translate-view-rows.c */
void        _sw_translate_view_add_columns     (SwTranslateView   *self);
void        _sw_translate_view_refresh_rows    (SwTranslateView   *self);
void        _sw_translate_view_set_state_label (GtkLabel          *label,
                                                SwTranslationState state);

/* sw-translate-view-editor.c */
void        _sw_translate_view_init_editor     (SwTranslateView   *self);
void        _sw_translate_view_show_unit       (SwTranslateView   *self,
                                                SwTranslationUnit *unit);
void        _sw_translate_view_refresh_editor  (SwTranslateView   *self);
gboolean    _sw_translate_view_save            (SwTranslateView   *self);
void        _sw_translate_view_save_next       (SwTranslateView   *self);
void        _sw_translate_view_mark_current    (SwTranslateView   *self);

/* sw-translate-view-exchange.c */
void        _sw_translate_view_export          (SwTranslateView   *self,
                                                const char        *format);
void        _sw_translate_view_import          (SwTranslateView   *self);

/* sw-translate-view-fold.c */
void        _sw_translate_view_init_fold       (SwTranslateView   *self);
void        _sw_translate_view_class_init_fold (GtkWidgetClass    *widget_class);
void        _sw_translate_view_open_editor     (SwTranslateView   *self);

/* sw-translate-view.c */
SwTranslationState _sw_translate_view_get_state (SwTranslateView  *self,
                                                 SwTranslationUnit *unit);
void        _sw_translate_view_message         (SwTranslateView   *self,
                                                const char        *message);
char       *_sw_translate_view_language_label  (const char        *language);

G_END_DECLS
