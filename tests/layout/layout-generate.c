/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A large strategy for the layout tests and benchmark, shaped like the real
 * ones: one concept, a few principles guiding every action area, objectives
 * advancing one action area, commitments advancing one or two objectives,
 * partners committing to commitments, and a few depends-on and relates-to
 * links across the tree.  Only kinds, links and places matter to a layout,
 * so titles are short.  A GRand with a fixed seed makes the same document
 * on every run; nodes start scattered, as in a document nobody arranged.
 */
#include "config.h"

#include "layout-generate.h"

typedef struct
{
  SwDocument *document;
  GRand      *rand;
} Generator;

static SwNode *
add_node (Generator  *gen,
          const char *kind,
          guint       index)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("%s %u", kind, index);
  SwNode *node = sw_document_add_node (gen->document, kind, title,
                                       g_rand_int_range (gen->rand, 0, 20000),
                                       g_rand_int_range (gen->rand, 0, 20000), &error);

  g_assert_no_error (error);
  return node;
}

static void
add_link (Generator  *gen,
          const char *kind,
          SwNode     *from,
          SwNode     *to)
{
  g_autoptr(GError) error = NULL;

  sw_document_add_link (gen->document, kind, from, to, &error);
  g_assert_no_error (error);
}

/* A second link may repeat a first one or loop; the rules refuse those, and that is fine. */
static void
try_link (Generator  *gen,
          const char *kind,
          SwNode     *from,
          SwNode     *to)
{
  sw_document_add_link (gen->document, kind, from, to, NULL);
}

static SwNode *
pick (Generator *gen,
      GPtrArray *nodes)
{
  return g_ptr_array_index (nodes, g_rand_int_range (gen->rand, 0, nodes->len));
}

/**
 * layout_generate_strategy:
 *
 * Returns: (transfer full): a strategy of about @n_nodes nodes, built in one undo step.
 */
SwDocument *
layout_generate_strategy (guint   n_nodes,
                          guint32 seed)
{
  g_autoptr(GPtrArray) principles = g_ptr_array_new ();
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autoptr(GPtrArray) objectives = g_ptr_array_new ();
  g_autoptr(GPtrArray) commitments = g_ptr_array_new ();
  Generator gen = { sw_document_new ("en"), g_rand_new_with_seed (seed) };
  guint n_principles = MAX (2, n_nodes / 200);
  guint n_areas = MAX (3, n_nodes / 80);
  guint n_objectives = n_nodes * 3 / 10;
  guint n_partners = n_nodes / 8;
  guint n_commitments = n_nodes - 1 - n_principles - n_areas - n_objectives - n_partners;
  SwNode *concept;

  sw_document_begin_transaction (gen.document, "Generate");
  concept = add_node (&gen, "concept", 0);
  for (guint i = 0; i < n_principles; i++)
    {
      g_ptr_array_add (principles, add_node (&gen, "principle", i));
      add_link (&gen, "guides", concept, g_ptr_array_index (principles, i));
    }
  for (guint i = 0; i < n_areas; i++)
    {
      SwNode *area = add_node (&gen, "action-area", i);

      g_ptr_array_add (areas, area);
      add_link (&gen, "guides", pick (&gen, principles), area);
    }
  for (guint i = 0; i < n_objectives; i++)
    {
      SwNode *objective = add_node (&gen, "objective", i);

      g_ptr_array_add (objectives, objective);
      add_link (&gen, "advances", objective, pick (&gen, areas));
      if (i > 0 && g_rand_int_range (gen.rand, 0, 20) == 0)
        try_link (&gen, "depends-on", objective, pick (&gen, objectives));
    }
  for (guint i = 0; i < n_commitments; i++)
    {
      SwNode *commitment = add_node (&gen, "commitment", i);

      g_ptr_array_add (commitments, commitment);
      add_link (&gen, "advances", commitment, pick (&gen, objectives));
      if (g_rand_int_range (gen.rand, 0, 5) == 0)
        try_link (&gen, "advances", commitment, pick (&gen, objectives));
      if (i > 0 && g_rand_int_range (gen.rand, 0, 25) == 0)
        try_link (&gen, "relates-to", commitment, pick (&gen, commitments));
    }
  for (guint i = 0; i < n_partners; i++)
    {
      SwNode *partner = add_node (&gen, "partner", i);

      add_link (&gen, "commits", partner, pick (&gen, commitments));
      if (g_rand_int_range (gen.rand, 0, 3) == 0)
        try_link (&gen, "commits", partner, pick (&gen, commitments));
    }
  sw_document_commit_transaction (gen.document);

  g_rand_free (gen.rand);

  return gen.document;
}
