/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Long random sequences of edits, transactions, undo and redo, checking the
 * document's internal consistency after every step, then that undoing
 * everything gives back the empty document and redoing everything gives
 * back the end state.
 *
 * The end state is known by replaying: a run is a function of its seed (the
 * operations draw from one GRand, the document's ids from another seeded
 * alike), so running it twice gives two documents that must be equal.
 *
 * Replaying also gives the state at each save, so that whenever the
 * document says it is unmodified it can be checked to hold what was saved.
 *
 * The seed is printed; set SW_RANDOM_SEED to repeat a run.
 */
#include "config.h"

#include "sw-document-private.h"
#include "sw-validate.h"

#define N_RUNS       20
#define N_OPERATIONS 300
#define MAX_DEPTH    3

typedef struct
{
  guint32     seed;
  guint       step;
  const char *operation;
  GRand      *rand;
  SwDocument *doc;
  guint       depth;
  gboolean    replaying;

  /* The state at the last save: an empty document until the first one. */
  SwDocument *saved;

  /* The lists as a view that follows items-changed sees them. */
  GPtrArray  *seen_nodes;
  GPtrArray  *seen_links;
} Run;

typedef void (*Operation) (Run *run);

static void run_random_operation (Run *run);
static void run_init             (Run     *run,
                                  guint32  seed);
static void run_operations       (Run     *run,
                                  guint    n_steps);
static void run_clear            (Run     *run);

G_GNUC_PRINTF (2, 3) G_GNUC_NORETURN static void
fail (Run        *run,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_error ("run seed %u, step %u (%s): %s", run->seed, run->step,
           run->operation ? run->operation : "-", message);
}

/* Random choices */

static guint
pick (Run   *run,
      guint  n)
{
  return n > 0 ? (guint) g_rand_int_range (run->rand, 0, (gint32) n) : 0;
}

static gboolean
chance (Run    *run,
        double  probability)
{
  return g_rand_double (run->rand) < probability;
}

static const char *
pick_string (Run                *run,
             const char * const *strings,
             guint               n)
{
  return strings[pick (run, n)];
}

static SwNode *
pick_node (Run *run)
{
  guint n = sw_document_get_n_nodes (run->doc);

  return n > 0 ? sw_document_get_node (run->doc, pick (run, n)) : NULL;
}

static SwLink *
pick_link (Run *run)
{
  guint n = sw_document_get_n_links (run->doc);

  return n > 0 ? sw_document_get_link (run->doc, pick (run, n)) : NULL;
}

static const char *
pick_node_kind (Run *run)
{
  GPtrArray *kinds = sw_document_get_node_kinds (run->doc);

  return sw_node_kind_get_id (g_ptr_array_index (kinds, pick (run, kinds->len)));
}

/* A language of the document, now and then one it does not have. */
static const char *
pick_language (Run *run)
{
  const char * const *languages = sw_document_get_languages (run->doc);
  guint n = g_strv_length ((char **) languages);

  if (chance (run, 0.05))
    return "pt";
  if (n == 0 || chance (run, 0.4))
    return sw_document_get_source_language (run->doc);
  return languages[pick (run, n)];
}

static const char * const texts[] = {
  "Trust", "Trust building", "Open markets", "Résilience", "安全", "", NULL,
};

static const char * const language_pool[] = {
  "fr", "de", "es-419", "zh-Hant-TW", "ar", "sr-Latn-RS", "english", "xx", "en",
};

/* Checks after every step */

static void
sync_seen (GPtrArray  *seen,
           GListModel *model,
           guint       position,
           guint       removed,
           guint       added)
{
  g_ptr_array_remove_range (seen, position, removed);
  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (seen, (int) (position + i), item);
    }
}

static void
nodes_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Run        *run)
{
  sync_seen (run->seen_nodes, model, position, removed, added);
}

static void
links_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Run        *run)
{
  sync_seen (run->seen_links, model, position, removed, added);
}

static void
check_seen (Run        *run,
            GPtrArray  *seen,
            GListModel *model,
            const char *what)
{
  if (seen->len != g_list_model_get_n_items (model))
    fail (run, "a view of the %s sees %u of %u", what, seen->len, g_list_model_get_n_items (model));

  for (guint i = 0; i < seen->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item != g_ptr_array_index (seen, i))
        fail (run, "a view of the %s sees another item at %u", what, i);
    }
}

static void
check_step (Run *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *difference = NULL;

  if (!_sw_document_check_invariants (run->doc, &error))
    fail (run, "%s", error->message);
  if (!run->replaying && run->depth == 0 && !sw_document_get_modified (run->doc)
      && !sw_document_equal (run->doc, run->saved, &difference))
    fail (run, "the document says it is unmodified, but differs from the saved state: %s",
          difference);
  if (sw_history_in_transaction (sw_document_get_history (run->doc)) != (run->depth > 0))
    fail (run, "the history is %sin a transaction", run->depth > 0 ? "not " : "");

  check_seen (run, run->seen_nodes, sw_document_get_nodes (run->doc), "nodes");
  check_seen (run, run->seen_links, sw_document_get_links (run->doc), "links");
}

static void
expect (Run        *run,
        gboolean    done,
        gboolean    expected,
        GError     *error,
        const char *what)
{
  if (done != expected)
    fail (run, "%s %s, expected otherwise%s%s", what, done ? "succeeded" : "failed",
          error ? ": " : "", error ? error->message : "");
  if (!done && error == NULL)
    fail (run, "%s failed without saying why", what);
}

/* Nodes and links */

static void
op_add_node (Run *run)
{
  g_autoptr(GError) error = NULL;
  gboolean known = !chance (run, 0.05);
  const char *kind = known ? pick_node_kind (run) : "bogus";
  const char *title = pick_string (run, texts, G_N_ELEMENTS (texts));
  double x = g_rand_double_range (run->rand, -2000, 2000);
  double y = g_rand_double_range (run->rand, -2000, 2000);
  guint n = sw_document_get_n_nodes (run->doc);
  SwNode *node = sw_document_add_node (run->doc, kind, title, x, y, &error);

  expect (run, node != NULL, known, error, "adding a node");
  if (node != NULL && sw_document_get_n_nodes (run->doc) != n + 1)
    fail (run, "adding a node made %u nodes of %u", sw_document_get_n_nodes (run->doc), n);
}

static void
op_remove_node (Run *run)
{
  SwNode *node = pick_node (run);
  g_autoptr(GPtrArray) links = NULL;
  guint n_links;

  if (node == NULL)
    return;

  links = sw_document_get_node_links (run->doc, node);
  n_links = sw_document_get_n_links (run->doc);
  if (!sw_document_remove_node (run->doc, node))
    fail (run, "removing a node of the document failed");
  if (sw_document_get_n_links (run->doc) != n_links - links->len)
    fail (run, "removing a node with %u links left %u of %u links", links->len,
          sw_document_get_n_links (run->doc), n_links);
}

static gboolean
has_link (SwNode     *from,
          SwNode     *to,
          const char *kind,
          SwDocument *doc)
{
  g_autoptr(GPtrArray) links = sw_document_get_node_links (doc, from);

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);

      if (sw_link_get_from (link) == from && sw_link_get_to (link) == to
          && g_str_equal (sw_link_get_kind (link), kind))
        return TRUE;
    }

  return FALSE;
}

static void
op_add_link (Run *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) allowed = NULL;
  GPtrArray *all = sw_document_get_link_kinds (run->doc);
  SwNode *from = pick_node (run);
  SwNode *to = pick_node (run);
  SwLinkKind *kind;
  gboolean expected;
  SwLink *link;

  if (from == NULL)
    return;

  /* Mostly a kind the rules allow, so that links pile up; sometimes any kind. */
  allowed = sw_document_get_allowed_link_kinds (run->doc, from, to);
  if (allowed->len > 0 && chance (run, 0.85))
    kind = g_ptr_array_index (allowed, pick (run, allowed->len));
  else
    kind = g_ptr_array_index (all, pick (run, all->len));

  expected = from != to && g_ptr_array_find (allowed, kind, NULL)
          && !has_link (from, to, sw_link_kind_get_id (kind), run->doc);
  link = sw_document_add_link (run->doc, sw_link_kind_get_id (kind), from, to, &error);
  expect (run, link != NULL, expected, error, "adding a link");
}

static void
op_remove_link (Run *run)
{
  SwLink *link = pick_link (run);

  if (link != NULL && !sw_document_remove_link (run->doc, link))
    fail (run, "removing a link of the document failed");
}

/* Text */

static void
pick_text_target (Run      *run,
                  gpointer *target,
                  SwField  *field)
{
  switch (pick (run, 5))
    {
    case 0:
      *target = chance (run, 0.5) ? NULL : run->doc;
      *field = chance (run, 0.5) ? SW_FIELD_TITLE : SW_FIELD_SUBTITLE;
      return;

    case 1:
      {
        GPtrArray *kinds = sw_document_get_node_kinds (run->doc);

        *target = g_ptr_array_index (kinds, pick (run, kinds->len));
        *field = SW_FIELD_LABEL;
      }
      return;

    case 2:
      {
        GPtrArray *kinds = sw_document_get_link_kinds (run->doc);

        *target = g_ptr_array_index (kinds, pick (run, kinds->len));
        *field = SW_FIELD_LABEL;
      }
      return;

    case 3:
      *target = pick_link (run);
      *field = SW_FIELD_LABEL;
      if (*target != NULL)
        return;
      G_GNUC_FALLTHROUGH;

    default:
      *target = pick_node (run);
      *field = chance (run, 0.6) ? SW_FIELD_TITLE : SW_FIELD_DESCRIPTION;
      if (*target == NULL)
        {
          *target = run->doc;
          *field = SW_FIELD_TITLE;
        }
      return;
    }
}

static void
op_set_text (Run *run)
{
  g_autoptr(GError) error = NULL;
  SwDocument *doc = run->doc;
  const char *source = sw_document_get_source_language (doc);
  gpointer target;
  SwField field;
  const char *language = pick_language (run);
  const char *value = pick_string (run, texts, G_N_ELEMENTS (texts));
  const SwText *text;
  gboolean done;

  pick_text_target (run, &target, &field);
  done = sw_document_set_text (doc, target, field, language, value, &error);
  expect (run, done, sw_document_has_language (doc, language), error, "setting a text");
  if (!done)
    return;

  text = _sw_document_get_text_mut (doc, target, field);
  if (g_str_equal (language, source))
    {
      if (g_strcmp0 (sw_text_get (text, language), value ? value : "") != 0)
        fail (run, "the source text is not what was set");
    }
  else if (value == NULL || value[0] == '\0')
    {
      if (sw_text_get (text, language) != NULL)
        fail (run, "an empty translation was kept");
    }
  else if (g_strcmp0 (sw_text_get (text, language), value) != 0
           || sw_text_get_state (text, language, source) != SW_TRANSLATION_TRANSLATED)
    fail (run, "a translation is not what was set, or not current");
}

static void
op_mark_current (Run *run)
{
  SwDocument *doc = run->doc;
  const char *source = sw_document_get_source_language (doc);
  const char *language = pick_language (run);
  gpointer target;
  SwField field;
  const SwText *text;
  gboolean expected;

  pick_text_target (run, &target, &field);
  text = _sw_document_get_text_mut (doc, target, field);
  expected = sw_text_get (text, language) != NULL && !g_str_equal (language, source);
  if (sw_document_mark_translation_current (doc, target, field, language) != expected)
    fail (run, "confirming a translation did not do as expected");
  if (expected && sw_text_get_state (text, language, source) != SW_TRANSLATION_TRANSLATED)
    fail (run, "a confirmed translation is not current");
}

/* Fields */

static gboolean
kind_keeps_links (SwDocument *doc,
                  SwNode     *node,
                  const char *kind)
{
  g_autoptr(GPtrArray) links = sw_document_get_node_links (doc, node);

  for (guint i = 0; i < links->len; i++)
    {
      SwLink *link = g_ptr_array_index (links, i);
      SwNode *from = sw_link_get_from (link);
      SwNode *to = sw_link_get_to (link);

      if (!sw_link_kind_allows (sw_document_lookup_link_kind (doc, sw_link_get_kind (link)),
                                from == node ? kind : sw_node_get_kind (from),
                                to == node ? kind : sw_node_get_kind (to)))
        return FALSE;
    }

  return TRUE;
}

static char *
random_date (Run *run)
{
  if (chance (run, 0.15))
    return g_strdup (chance (run, 0.5) ? "2023-02-29" : "31/12/2024");
  if (chance (run, 0.1))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (run->rand, 2020, 2031),
                          g_rand_int_range (run->rand, 1, 13), g_rand_int_range (run->rand, 1, 29));
}

static void
op_set_field (Run *run)
{
  static const char * const owners[] = { "Ministry", "Agency", "", NULL };
  static const char * const tag_sets[][3] = { { NULL }, { "a", NULL }, { "a", "b", NULL } };
  g_autoptr(GError) error = NULL;
  SwDocument *doc = run->doc;
  SwNode *node = pick_node (run);

  if (node == NULL)
    return;

  switch (pick (run, 8))
    {
    case 0:
      sw_document_set_node_owner (doc, node, pick_string (run, owners, G_N_ELEMENTS (owners)));
      break;

    case 1:
      sw_document_set_node_status (doc, node, pick (run, SW_N_NODE_STATUSES));
      break;

    case 2:
    case 3:
      {
        g_autofree char *date = random_date (run);
        SwField field = chance (run, 0.5) ? SW_FIELD_START : SW_FIELD_DUE;
        gboolean done = sw_document_set_node_date (doc, node, field, date, &error);

        expect (run, done, date == NULL || sw_date_is_valid (date), error, "setting a date");
      }
      break;

    case 4:
      sw_document_set_node_indicator (doc, node, pick_string (run, owners, G_N_ELEMENTS (owners)));
      break;

    case 5:
      sw_document_set_node_tags (doc, node, tag_sets[pick (run, G_N_ELEMENTS (tag_sets))]);
      break;

    case 6:
      sw_document_set_node_pinned (doc, node, chance (run, 0.5));
      break;

    default:
      {
        const char *kind = pick_node_kind (run);
        gboolean expected = kind_keeps_links (doc, node, kind);
        gboolean done = sw_document_set_node_kind (doc, node, kind, &error);

        expect (run, done, expected, error, "changing a kind");
      }
      break;
    }
}

static void
op_move (Run *run)
{
  SwNode *node = pick_node (run);

  if (node != NULL)
    sw_document_move_node (run->doc, node, sw_node_get_x (node) + g_rand_double_range (run->rand, -3, 3),
                           sw_node_get_y (node) + g_rand_double_range (run->rand, -3, 3));
}

static void
op_set_metadata (Run *run)
{
  static const char * const editions[] = { "2024", "Second edition", "", NULL };
  static const char * const author_sets[][3] = { { NULL }, { "Ada", NULL }, { "Ada", "Grace", NULL } };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);

  switch (pick (run, 3))
    {
    case 0:
      sw_document_set_edition (run->doc, pick_string (run, editions, G_N_ELEMENTS (editions)));
      break;

    case 1:
      sw_document_set_authors (run->doc, author_sets[pick (run, G_N_ELEMENTS (author_sets))]);
      break;

    default:
      for (guint i = pick (run, 3); i > 0; i--)
        g_ptr_array_add (sources, sw_source_new (chance (run, 0.5) ? "Paper" : "Report", NULL,
                                                 NULL, NULL));
      sw_document_set_sources (run->doc, sources);
      break;
    }
}

/* Languages */

static void
op_add_language (Run *run)
{
  g_autoptr(GError) error = NULL;
  const char *language = pick_string (run, language_pool, G_N_ELEMENTS (language_pool));
  gboolean expected = sw_language_tag_is_valid (language, NULL)
                   && !sw_document_has_language (run->doc, language);
  gboolean done = sw_document_add_language (run->doc, language, &error);

  expect (run, done, expected, error, "adding a language");
}

static void
op_remove_language (Run *run)
{
  const char * const *languages = sw_document_get_languages (run->doc);
  guint n = g_strv_length ((char **) languages);
  /* A copy: removing the language frees the list it comes from. */
  g_autofree char *language = g_strdup (n > 0 && chance (run, 0.8)
                                        ? languages[pick (run, n)]
                                        : pick_string (run, language_pool,
                                                       G_N_ELEMENTS (language_pool)));
  gboolean expected = g_strv_contains (languages, language);

  if (sw_document_remove_language (run->doc, language) != expected)
    fail (run, "removing the language “%s” did not do as expected", language);
  if (sw_document_has_language (run->doc, language) && expected)
    fail (run, "the language “%s” is still there", language);
}

/* History */

static void
op_undo (Run *run)
{
  SwHistory *history = sw_document_get_history (run->doc);
  gboolean can_undo = sw_history_get_can_undo (history);
  guint n_undo = sw_history_get_n_undo_steps (history);

  if (sw_document_undo (run->doc) != can_undo)
    fail (run, "undo did not do what can-undo said");
  if (can_undo != (run->depth == 0 && n_undo > 0))
    fail (run, "can-undo is wrong");
}

static void
op_redo (Run *run)
{
  SwHistory *history = sw_document_get_history (run->doc);
  gboolean can_redo = sw_history_get_can_redo (history);
  guint n_redo = sw_history_get_n_redo_steps (history);

  if (sw_document_redo (run->doc) != can_redo)
    fail (run, "redo did not do what can-redo said");
  if (can_redo != (run->depth == 0 && n_redo > 0))
    fail (run, "can-redo is wrong");
}

static void
op_break_coalescing (Run *run)
{
  sw_history_break_coalescing (sw_document_get_history (run->doc));
}

static void
op_mark_saved (Run *run)
{
  if (run->depth > 0)
    return;

  sw_document_mark_saved (run->doc);
  if (sw_document_get_modified (run->doc))
    fail (run, "a document just saved is modified");

  /* The saved state is where a replay of this run stands after this step. */
  if (!run->replaying)
    {
      Run replay;

      run_init (&replay, run->seed);
      replay.replaying = TRUE;
      run_operations (&replay, run->step);
      g_set_object (&run->saved, replay.doc);
      run_clear (&replay);
    }
}

static void
op_transaction (Run *run)
{
  SwHistory *history = sw_document_get_history (run->doc);
  guint n_undo = sw_history_get_n_undo_steps (history);
  guint n = 2 + pick (run, 4);
  gboolean rollback;
  gboolean recorded;

  if (run->depth >= MAX_DEPTH)
    return;

  sw_document_begin_transaction (run->doc, "Random");
  run->depth++;
  for (guint i = 0; i < n; i++)
    {
      run_random_operation (run);
      run->operation = "transaction";
    }

  /* A rollback closes every level, so only the outermost may roll back. */
  rollback = run->depth == 1 && chance (run, 0.25);
  run->depth--;
  if (rollback)
    {
      sw_document_rollback_transaction (run->doc);
      if (sw_history_get_n_undo_steps (history) != n_undo)
        fail (run, "a rolled back transaction left a step");
      return;
    }

  recorded = sw_document_commit_transaction (run->doc);
  if (recorded && (run->depth > 0 || sw_history_get_n_undo_steps (history) != n_undo + 1))
    fail (run, "a transaction did not make exactly one step");
  if (!recorded && sw_history_get_n_undo_steps (history) != n_undo)
    fail (run, "a transaction said it recorded nothing but left a step");
}

static const struct
{
  const char *name;
  guint       weight;
  Operation   func;
} operations[] = {
  { "add node", 14, op_add_node },
  { "remove node", 4, op_remove_node },
  { "add link", 16, op_add_link },
  { "remove link", 4, op_remove_link },
  { "set text", 14, op_set_text },
  { "mark translation current", 3, op_mark_current },
  { "set field", 10, op_set_field },
  { "move", 5, op_move },
  { "set metadata", 3, op_set_metadata },
  { "add language", 3, op_add_language },
  { "remove language", 1, op_remove_language },
  { "transaction", 5, op_transaction },
  { "undo", 10, op_undo },
  { "redo", 6, op_redo },
  { "break coalescing", 2, op_break_coalescing },
  { "mark saved", 1, op_mark_saved },
};

static void
run_random_operation (Run *run)
{
  guint total = 0;
  guint choice;

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    total += operations[i].weight;

  choice = pick (run, total);
  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      if (choice < operations[i].weight)
        {
          run->operation = operations[i].name;
          operations[i].func (run);
          check_step (run);
          return;
        }
      choice -= operations[i].weight;
    }

  g_assert_not_reached ();
}

/* Runs */

static void
run_init (Run     *run,
          guint32  seed)
{
  run->seed = seed;
  run->step = 0;
  run->operation = NULL;
  run->depth = 0;
  run->replaying = FALSE;
  run->rand = g_rand_new_with_seed (seed);
  run->doc = sw_document_new ("en");
  run->saved = sw_document_new ("en");
  _sw_document_set_random_seed (run->doc, seed);
  run->seen_nodes = g_ptr_array_new_with_free_func (g_object_unref);
  run->seen_links = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (sw_document_get_nodes (run->doc), "items-changed",
                    G_CALLBACK (nodes_changed_cb), run);
  g_signal_connect (sw_document_get_links (run->doc), "items-changed",
                    G_CALLBACK (links_changed_cb), run);
}

static void
run_clear (Run *run)
{
  g_signal_handlers_disconnect_by_data (sw_document_get_nodes (run->doc), run);
  g_signal_handlers_disconnect_by_data (sw_document_get_links (run->doc), run);
  g_clear_object (&run->doc);
  g_clear_object (&run->saved);
  g_clear_pointer (&run->rand, g_rand_free);
  g_clear_pointer (&run->seen_nodes, g_ptr_array_unref);
  g_clear_pointer (&run->seen_links, g_ptr_array_unref);
}

static void
run_operations (Run   *run,
                guint  n_steps)
{
  for (run->step = 1; run->step <= n_steps; run->step++)
    run_random_operation (run);
  run->operation = NULL;
}

static void
assert_equal (Run        *run,
              SwDocument *a,
              SwDocument *b,
              const char *when)
{
  g_autofree char *difference = NULL;

  if (!sw_document_equal (a, b, &difference))
    fail (run, "%s, the documents differ: %s", when, difference);
}

/*
 * Checks of a run's end state; each leaves the document as it found it, at
 * the end of the run with its history.  A save-then-load check of the native
 * file (check_round_trip) belongs in this list once the file format exists.
 */
typedef void (*EndCheck) (Run *run);

static void
check_undo_redo_all (Run *run)
{
  SwHistory *history = sw_document_get_history (run->doc);
  guint n_undo = sw_history_get_n_undo_steps (history);
  guint n_redo = sw_history_get_n_redo_steps (history);
  g_autoptr(SwDocument) empty = sw_document_new ("en");
  Run replay;

  run->operation = "undo all";
  for (guint i = 0; i < n_undo; i++)
    {
      if (!sw_document_undo (run->doc))
        fail (run, "undo %u of %u failed", i + 1, n_undo);
      check_step (run);
    }
  if (sw_document_undo (run->doc))
    fail (run, "undo went past the first step");
  assert_equal (run, run->doc, empty, "after undoing everything");

  /* Forward through the end state to the last step that was ever undone... */
  run->operation = "redo all";
  for (guint i = 0; i < n_undo + n_redo; i++)
    {
      if (!sw_document_redo (run->doc))
        fail (run, "redo %u of %u failed", i + 1, n_undo + n_redo);
      check_step (run);
    }
  if (sw_document_redo (run->doc))
    fail (run, "redo went past the last step");

  /* ...and back to the end state, which a replay of the run reaches too. */
  for (guint i = 0; i < n_redo; i++)
    {
      if (!sw_document_undo (run->doc))
        fail (run, "undo %u of %u back to the end state failed", i + 1, n_redo);
      check_step (run);
    }

  run_init (&replay, run->seed);
  replay.replaying = TRUE;
  run_operations (&replay, N_OPERATIONS);
  assert_equal (run, run->doc, replay.doc, "back at the end state");
  run_clear (&replay);
  run->operation = NULL;
}

static const EndCheck end_checks[] = {
  check_undo_redo_all,
};

static guint32
get_seed (void)
{
  const char *env = g_getenv ("SW_RANDOM_SEED");

  if (env != NULL && env[0] != '\0')
    return (guint32) g_ascii_strtoull (env, NULL, 10);

  return g_random_int ();
}

static void
test_random (gconstpointer data)
{
  guint32 seed = GPOINTER_TO_UINT (data);

  for (guint i = 0; i < N_RUNS; i++)
    {
      Run run;

      run_init (&run, seed + i);
      run_operations (&run, N_OPERATIONS);
      g_test_message ("run seed %u: %u nodes, %u links, %u undo steps", run.seed,
                      sw_document_get_n_nodes (run.doc), sw_document_get_n_links (run.doc),
                      sw_history_get_n_undo_steps (sw_document_get_history (run.doc)));

      for (guint c = 0; c < G_N_ELEMENTS (end_checks); c++)
        end_checks[c] (&run);

      run_clear (&run);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint32 seed;

  g_test_init (&argc, &argv, NULL);

  seed = get_seed ();
  g_test_message ("seed %u (set SW_RANDOM_SEED=%u to repeat)", seed, seed);
  g_test_add_data_func ("/random/edit-undo-redo", GUINT_TO_POINTER (seed), test_random);

  return g_test_run ();
}
