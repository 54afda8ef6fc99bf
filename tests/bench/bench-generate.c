/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Large strategies for the benchmarks, shaped like the real ones: one
 * concept, a few guiding principles, action areas, many objectives and
 * commitments, partners committing to them, about 1.3 links per node,
 * titles and descriptions of the length people write, tags, owners, dates,
 * and translations into two languages on a fifth of the texts.
 *
 * Everything comes from a GRand with a fixed seed, never from the clock, so
 * the same size gives the same file, byte for byte, on every run.  The
 * document is built the way the loader builds one, outside the history:
 * recording thousands of steps would time the history, not the file.
 */
#include "config.h"

#include <string.h>

#include "bench-generate.h"
#include "sw-document-private.h"
#include "sw-node-private.h"
#include "sw-text-private.h"
#include "sw-validate.h"

#define TRANSLATED_PERCENT 20

static const char * const target_languages[] = { "fr", "es", NULL };

static const char * const words[] = {
  "digital", "security", "resilience", "infrastructure", "partners", "allies", "capacity",
  "building", "open", "interoperable", "reliable", "secure", "internet", "networks", "data",
  "governance", "human", "rights", "online", "freedom", "trust", "innovation", "supply",
  "chains", "critical", "technologies", "standards", "international", "cooperation",
  "cyberspace", "norms", "responsible", "state", "behaviour", "deterrence", "incidents",
  "response", "public", "private", "sector", "research", "workforce", "skills", "access",
  "connectivity", "undersea", "cables", "cloud", "services", "artificial", "intelligence",
  "privacy", "protection", "law", "enforcement", "crime", "ransomware", "accountability",
  "development", "inclusive", "economy", "trade", "markets", "telecommunications",
  "spectrum", "satellites", "emerging", "economies", "regional", "multilateral", "forums",
  "commitments", "funding", "programmes", "pilot", "assessment", "framework", "strategy",
};

static const char * const joiners[] = {
  "and", "for", "with", "across", "through", "of", "in", "to", "by", "among",
};

/* Not real translations: text of the same length and alphabet, which is what costs. */
static const char * const foreign_words[2][12] = {
  { "sécurité", "numérique", "réseaux", "coopération", "données", "partenaires", "droits",
    "résilience", "confiance", "développement", "chaînes", "accès" },
  { "seguridad", "digital", "redes", "cooperación", "datos", "socios", "derechos",
    "resiliencia", "confianza", "desarrollo", "cadenas", "acceso" },
};

static const char * const owners[] = {
  "Bureau of Cyberspace and Digital Policy", "Ministry of Foreign Affairs",
  "National Cyber Security Centre", "Agency for International Development",
  "Department of Commerce", "Department of Justice", "Ministry of Digital Affairs",
  "Office of the Special Envoy for Critical Technologies", "Telecommunications Authority",
  "Data Protection Authority", "Ministry of Defence", "Development Finance Corporation",
};

static const char * const tags[] = {
  "security", "connectivity", "rights", "infrastructure", "trade", "ai", "standards",
  "capacity-building", "norms", "crime", "privacy", "supply-chain", "research", "funding",
  "telecom", "cloud", "workforce", "diplomacy", "resilience", "inclusion",
};

typedef struct
{
  SwDocument *document;
  GRand      *rand;
  GPtrArray  *by_kind[7];
  GHashTable *joined;
  guint       n_links;
} Generator;

enum { CONCEPT, PRINCIPLE, ACTION_AREA, OBJECTIVE, COMMITMENT, PARTNER, NOTE };

static const char * const kind_ids[] = {
  "concept", "principle", "action-area", "objective", "commitment", "partner", "note",
};

#define PICK(gen, array) ((array)[g_rand_int_range ((gen)->rand, 0, G_N_ELEMENTS (array))])

static gboolean
chance (Generator *gen,
        guint      percent)
{
  return (guint) g_rand_int_range (gen->rand, 0, 100) < percent;
}

static char *
make_phrase (Generator *gen,
             guint      min_words,
             guint      max_words)
{
  GString *phrase = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, min_words, max_words + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (phrase, ' ');
      if (i > 0 && i + 1 < n && chance (gen, 20))
        g_string_append_printf (phrase, "%s ", PICK (gen, joiners));
      g_string_append (phrase, PICK (gen, words));
    }
  phrase->str[0] = g_ascii_toupper (phrase->str[0]);

  return g_string_free (phrase, FALSE);
}

/* Two to four sentences: 150 to 600 characters, like the samples' descriptions. */
static char *
make_paragraph (Generator *gen)
{
  GString *paragraph = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 2, 5);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = make_phrase (gen, 8, 18);

      g_string_append_printf (paragraph, "%s%s.", i > 0 ? " " : "", sentence);
    }

  return g_string_free (paragraph, FALSE);
}

static char *
make_foreign (Generator  *gen,
              guint       language,
              const char *source)
{
  GString *text = g_string_new (NULL);
  guint n = MAX (1, (guint) strlen (source) / 9);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", PICK (gen, foreign_words[language]));

  return g_string_free (text, FALSE);
}

/* The source text, and on a fifth of texts translations with their fingerprints. */
static void
fill_text (Generator  *gen,
           SwText     *text,
           const char *source)
{
  g_autofree char *fingerprint = NULL;

  _sw_text_set (text, "en", source, NULL);
  if (!chance (gen, TRANSLATED_PERCENT))
    return;

  fingerprint = sw_fingerprint_compute (source);
  for (guint i = 0; target_languages[i] != NULL; i++)
    {
      g_autofree char *translation = make_foreign (gen, i, source);

      _sw_text_set (text, target_languages[i], translation, fingerprint);
    }
}

static void
fill_details (Generator *gen,
              SwNode    *node,
              guint      kind)
{
  static const SwNodeStatus statuses[] = {
    SW_NODE_STATUS_PROPOSED, SW_NODE_STATUS_ACTIVE, SW_NODE_STATUS_ACTIVE,
    SW_NODE_STATUS_ACTIVE, SW_NODE_STATUS_DONE, SW_NODE_STATUS_AT_RISK, SW_NODE_STATUS_DROPPED,
  };
  const char *node_tags[4] = { NULL, };
  guint n_tags = 0;

  _sw_node_set_status (node, PICK (gen, statuses));
  for (guint i = g_rand_int_range (gen->rand, 0, 4); i > 0; i--)
    {
      const char *tag = PICK (gen, tags);

      if (!g_strv_contains (node_tags, tag))
        node_tags[n_tags++] = tag;
    }
  _sw_node_set_tags (node, node_tags);

  if (kind != OBJECTIVE && kind != COMMITMENT && kind != ACTION_AREA)
    return;

  _sw_node_set_owner (node, PICK (gen, owners));
  if (chance (gen, 60))
    {
      g_autofree char *start = g_strdup_printf ("2024-%02d-%02d", g_rand_int_range (gen->rand, 1, 13),
                                                g_rand_int_range (gen->rand, 1, 29));
      g_autofree char *due = g_strdup_printf ("%d-%02d-%02d", g_rand_int_range (gen->rand, 2025, 2031),
                                              g_rand_int_range (gen->rand, 1, 13),
                                              g_rand_int_range (gen->rand, 1, 29));

      _sw_node_set_start (node, start);
      _sw_node_set_due (node, due);
    }
  if (kind == OBJECTIVE && chance (gen, 70))
    {
      g_autofree char *measure = make_phrase (gen, 6, 14);
      g_autofree char *indicator = g_strdup_printf ("Number of %s", measure);

      indicator[10] = g_ascii_tolower (indicator[10]);
      _sw_node_set_indicator (node, indicator);
    }
}

static void
add_node (Generator *gen,
          guint      kind)
{
  GPtrArray *same_kind = gen->by_kind[kind];
  g_autofree char *id = g_strdup_printf ("%s-%u", kind_ids[kind], same_kind->len + 1);
  g_autoptr(SwNode) node = _sw_node_new (id, kind_ids[kind]);
  g_autofree char *title = make_phrase (gen, kind == PARTNER ? 2 : 4, kind == PARTNER ? 5 : 11);
  guint column = same_kind->len % 60;
  guint row = same_kind->len / 60;

  fill_text (gen, _sw_node_get_text_mut (node, SW_FIELD_TITLE), title);
  if (kind != PARTNER || chance (gen, 50))
    {
      g_autofree char *description = make_paragraph (gen);

      fill_text (gen, _sw_node_get_text_mut (node, SW_FIELD_DESCRIPTION), description);
    }
  fill_details (gen, node, kind);

  /* One band of rows per kind, as the layered layout would place them. */
  _sw_node_set_position (node, 120 + column * 260, 80 + kind * 4000 + row * 140);
  _sw_node_set_pinned (node, chance (gen, 5));

  _sw_document_append_node (gen->document, node);
  g_ptr_array_add (same_kind, node);
}

static SwNode *
pick_node (Generator *gen,
           guint      kind)
{
  GPtrArray *nodes = gen->by_kind[kind];

  return g_ptr_array_index (nodes, g_rand_int_range (gen->rand, 0, nodes->len));
}

/* Returns FALSE, adding nothing, if the two nodes are already joined that way. */
static gboolean
add_link (Generator  *gen,
          const char *kind,
          SwNode     *from,
          SwNode     *to)
{
  g_autofree char *key = g_strdup_printf ("%s %s %s", sw_node_get_id (from), kind,
                                          sw_node_get_id (to));
  g_autofree char *id = NULL;
  g_autoptr(SwLink) link = NULL;

  if (from == to || !g_hash_table_add (gen->joined, g_steal_pointer (&key)))
    return FALSE;

  id = g_strdup_printf ("link-%u", ++gen->n_links);
  link = _sw_link_new (id, kind, from, to);
  if (g_str_equal (kind, "relates-to") && chance (gen, 30))
    {
      g_autofree char *label = make_phrase (gen, 1, 3);

      fill_text (gen, _sw_link_get_label_mut (link), label);
    }
  _sw_document_append_link (gen->document, link);

  return TRUE;
}

static void
add_hierarchy (Generator *gen)
{
  static const guint tree[][2] = {
    { PRINCIPLE, CONCEPT }, { ACTION_AREA, PRINCIPLE }, { OBJECTIVE, ACTION_AREA },
    { COMMITMENT, OBJECTIVE },
  };
  static const char * const tree_kinds[] = { "guides", "guides", "advances", "advances" };

  for (guint t = 0; t < G_N_ELEMENTS (tree); t++)
    {
      GPtrArray *children = gen->by_kind[tree[t][0]];
      gboolean parent_is_from = g_str_equal (tree_kinds[t], "guides");

      for (guint i = 0; i < children->len; i++)
        {
          SwNode *child = g_ptr_array_index (children, i);
          SwNode *parent = pick_node (gen, tree[t][1]);

          add_link (gen, tree_kinds[t], parent_is_from ? parent : child,
                    parent_is_from ? child : parent);
        }
    }

  for (guint i = 0; i < gen->by_kind[PARTNER]->len; i++)
    for (guint n = g_rand_int_range (gen->rand, 1, 5); n > 0; n--)
      add_link (gen, "commits", g_ptr_array_index (gen->by_kind[PARTNER], i),
                pick_node (gen, COMMITMENT));
}

/* Cross-links between the many objectives and commitments bring the total to ~1.3 per node. */
static void
add_cross_links (Generator *gen,
                 guint      n_links)
{
  while (gen->n_links < n_links)
    {
      guint from_kind = chance (gen, 50) ? OBJECTIVE : COMMITMENT;
      guint to_kind = chance (gen, 50) ? OBJECTIVE : COMMITMENT;

      add_link (gen, chance (gen, 60) ? "depends-on" : "relates-to", pick_node (gen, from_kind),
                pick_node (gen, to_kind));
    }
}

static void
fill_metadata (Generator *gen,
               guint      n_nodes)
{
  static const char * const authors[] = { "Ministry of Foreign Affairs", "Digital Policy Office",
                                          NULL };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_source_unref);
  g_autofree char *title = g_strdup_printf ("International Digital Strategy (%u nodes)", n_nodes);

  _sw_document_set_languages (gen->document, target_languages);
  fill_text (gen, _sw_document_get_text_mut (gen->document, NULL, SW_FIELD_TITLE), title);
  fill_text (gen, _sw_document_get_text_mut (gen->document, NULL, SW_FIELD_SUBTITLE),
             "Towards an open, secure and rights-respecting digital future");
  _sw_document_set_times (gen->document, "2024-05-06T09:00:00Z", "2024-11-29T17:30:00+01:00");

  g_ptr_array_add (sources, sw_source_new ("International Digital Strategy",
                                           "Ministry of Foreign Affairs", "2024-05-06",
                                           "https://example.org/strategy"));
  g_ptr_array_add (sources, sw_source_new ("National Cybersecurity Strategy", "Government",
                                           "2023-03-02", NULL));
  sw_document_set_edition (gen->document, "2024");
  sw_document_set_authors (gen->document, authors);
  sw_document_set_sources (gen->document, sources);
}

/**
 * bench_generate_strategy:
 * @n_nodes: how many nodes, at least 100
 * @seed: the same seed gives the same document
 *
 * Returns: (transfer full): a strategy of @n_nodes nodes and about 1.3 links per node.
 */
SwDocument *
bench_generate_strategy (guint   n_nodes,
                         guint32 seed)
{
  Generator gen = { NULL, };
  guint counts[G_N_ELEMENTS (kind_ids)];
  guint rest;

  g_return_val_if_fail (n_nodes >= 100, NULL);

  counts[CONCEPT] = 1;
  counts[PRINCIPLE] = 5;
  counts[ACTION_AREA] = MAX (6, n_nodes / 40);
  counts[PARTNER] = n_nodes / 20;
  counts[NOTE] = n_nodes / 100;
  rest = n_nodes - 6 - counts[ACTION_AREA] - counts[PARTNER] - counts[NOTE];
  counts[OBJECTIVE] = rest * 2 / 5;
  counts[COMMITMENT] = rest - counts[OBJECTIVE];

  gen.document = sw_document_new ("en");
  gen.rand = g_rand_new_with_seed (seed);
  gen.joined = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < G_N_ELEMENTS (kind_ids); k++)
    gen.by_kind[k] = g_ptr_array_new ();

  fill_metadata (&gen, n_nodes);
  for (guint k = 0; k < G_N_ELEMENTS (kind_ids); k++)
    for (guint i = 0; i < counts[k]; i++)
      add_node (&gen, k);
  add_hierarchy (&gen);
  add_cross_links (&gen, n_nodes * 13 / 10);

  /* The metadata went through the history; a generated document starts unmodified. */
  sw_document_mark_saved (gen.document);

  for (guint k = 0; k < G_N_ELEMENTS (kind_ids); k++)
    g_ptr_array_unref (gen.by_kind[k]);
  g_hash_table_unref (gen.joined);
  g_rand_free (gen.rand);

  return gen.document;
}
