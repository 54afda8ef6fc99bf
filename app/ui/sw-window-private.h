/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-inspector.h"
#include "sw-outline-model.h"
#include "sw-outline-page.h"
#include "sw-outline.h"
#include "sw-recovery.h"
#include "sw-search.h"
#include "sw-selection.h"
#include "sw-translate-view.h"
#include "sw-window.h"

G_BEGIN_DECLS

/* Shared by the sw-window*.c files, which split one window by responsibility; tests read it too. */
struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  SwDocument           *document;
  GFile                *file;
  char                 *etag;
  char                 *last_error;
  GSettings            *settings;
  GCancellable         *cancellable;
  guint                 busy;
  gboolean              close_after_save;
  gboolean              recovered;      /* holds changes recovered after a crash */

  /* What the views share */
  SwSelection          *selection;
  SwSearch             *search;
  SwOutlineModel       *outline_model;
  char                 *language;       /* display language; NULL for the source */
  GPtrArray            *language_ids;   /* the language menu's entries */
  gboolean              show_outline;
  gboolean              show_inspector; /* wanted beside the graph; other pages never show it */
  gboolean              syncing_inspector;
  gboolean              search_mode;
  GtkWidget            *canvas;         /* the graph view */

  /* Saving safety (sw-window-autosave.c) */
  SwRecovery           *recovery;
  guint                 autosave_id;
  GFileMonitor         *monitor;
  guint                 disk_check_id;
  gboolean              test_edit_done;

  GCancellable         *arrange_cancellable;
  GMenu                *recent_menu;
  GtkPopover           *filter_popover;

  AdwHeaderBar         *header_bar;
  AdwSplitButton       *open_button;
  GtkWidget            *outline_button;
  GtkWidget            *view_switcher;
  AdwWindowTitle       *window_title;
  GtkWidget            *save_button;
  GtkWidget            *inspector_button;
  GtkWidget            *search_button;
  GtkDropDown          *language_dropdown;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *welcome_page;
  AdwPreferencesGroup  *recovery_group;
  GtkListBox           *recovery_list;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkLabel             *match_label;
  GtkRevealer          *disk_revealer;
  GtkLabel             *disk_label;
  GtkWidget            *disk_button;
  GtkWidget            *disk_dismiss;
  AdwFlap              *inspector_flap;
  AdwFlap              *outline_flap;
  AdwViewStack         *view_stack;
  SwOutline            *outline;
  GtkOverlay           *canvas_overlay;
  GtkMenuButton        *add_button;
  GtkLabel             *zoom_label;
  GtkWidget            *minimap_button;
  GMenu                *add_menu;
  SwOutlinePage        *outline_page;
  SwTranslateView      *translate_view;
  SwInspector          *inspector;
  AdwViewSwitcherBar   *switcher_bar;
};

/* sw-window.c */
void  _sw_window_update_title       (SwWindow       *self);
void  _sw_window_set_busy           (SwWindow       *self,
                                     gboolean        busy);
void  _sw_window_set_last_error     (SwWindow       *self,
                                     const char     *message);
void  _sw_window_show_error         (SwWindow       *self,
                                     const char     *heading,
                                     const char     *body);
void  _sw_window_show_toast         (SwWindow       *self,
                                     const char     *message);
void  _sw_window_adopt_recovery     (SwWindow       *self,
                                     SwRecovery     *recovery);

/* sw-window-actions.c */
void  _sw_window_class_add_actions  (GtkWidgetClass *widget_class);
void  _sw_window_update_actions     (SwWindow       *self);
void  _sw_window_new_document       (SwWindow       *self);
void  _sw_window_save               (SwWindow       *self,
                                     gboolean        choose_file);
void  _sw_window_choose_open        (SwWindow       *self);
SwWindow *_sw_window_target_window  (SwWindow       *self);

/* sw-window-export.c */
void  _sw_window_class_add_export_action (GtkWidgetClass *widget_class);
void  _sw_window_update_export_action    (SwWindow       *self);

/* sw-window-views.c */
void  _sw_window_init_views         (SwWindow       *self);
void  _sw_window_views_set_document (SwWindow       *self);
void  _sw_window_set_language       (SwWindow       *self,
                                     const char     *language);
void  _sw_window_update_languages   (SwWindow       *self);
void  _sw_window_show_node          (SwWindow       *self,
                                     SwNode         *node);
void  _sw_window_update_header      (SwWindow       *self);
gboolean _sw_window_on_graph        (SwWindow       *self);

/* sw-window-search.c */
void  _sw_window_init_search        (SwWindow       *self);

/* sw-window-recent.c */
void  _sw_window_init_recent        (SwWindow       *self);
void  _sw_window_add_to_recent      (GFile          *file);

/* sw-window-autosave.c */
void  _sw_window_autosave_document_set  (SwWindow   *self);
void  _sw_window_autosave_saved         (SwWindow   *self);
void  _sw_window_autosave_discard       (SwWindow   *self);
void  _sw_window_autosave_dispose       (SwWindow   *self);
void  _sw_window_show_recoveries        (SwWindow   *self);
void  _sw_window_watch_file             (SwWindow   *self);
void  _sw_window_hide_disk_bar          (SwWindow   *self);

/* sw-window-test-hook.c */
void  _sw_window_apply_test_edit    (SwWindow       *self);

G_END_DECLS
