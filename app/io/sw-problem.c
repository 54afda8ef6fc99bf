/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SwProblem: one thing wrong with a file, with its place, in the shape
 * compilers use so that editors and terminals can jump to it.
 */
#include "config.h"

#include "sw-problem.h"

G_DEFINE_BOXED_TYPE (SwProblem, sw_problem, sw_problem_copy, sw_problem_free)

/**
 * sw_problem_new:
 * @file: (nullable): the file's name as shown to people
 * @line: 1-based line, 0 when unknown
 * @column: 1-based column in characters, 0 when unknown
 * @pointer: (nullable): a JSON pointer to the value at fault, "" for the whole document
 * @message: what is wrong, translated
 *
 * Returns: (transfer full): a new problem.
 */
SwProblem *
sw_problem_new (const char *file,
                guint       line,
                guint       column,
                const char *pointer,
                const char *message)
{
  SwProblem *problem = g_new0 (SwProblem, 1);

  problem->file = g_strdup (file);
  problem->line = line;
  problem->column = column;
  problem->pointer = g_strdup (pointer);
  problem->message = g_strdup (message);

  return problem;
}

/**
 * sw_problem_copy:
 *
 * Returns: (transfer full): a copy of @problem.
 */
SwProblem *
sw_problem_copy (const SwProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return sw_problem_new (problem->file, problem->line, problem->column, problem->pointer,
                         problem->message);
}

void
sw_problem_free (SwProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->pointer);
  g_free (problem->message);
  g_free (problem);
}

/**
 * sw_problem_to_string:
 *
 * Gives "FILE:LINE:COLUMN: message" for a problem with a line, and
 * "FILE: /nodes/12/kind: message" for a problem in the content; the pointer
 * of the whole document is shown as "/".
 *
 * Returns: (transfer full): the problem as one line of text.
 */
char *
sw_problem_to_string (const SwProblem *problem)
{
  GString *string;

  g_return_val_if_fail (problem != NULL, NULL);

  string = g_string_new (problem->file);

  if (problem->pointer != NULL)
    g_string_append_printf (string, "%s%s", problem->file ? ": " : "",
                            problem->pointer[0] ? problem->pointer : "/");
  else if (problem->line > 0 && problem->column > 0)
    g_string_append_printf (string, "%s%u:%u", problem->file ? ":" : "", problem->line,
                            problem->column);
  else if (problem->line > 0)
    g_string_append_printf (string, "%s%u", problem->file ? ":" : "", problem->line);

  if (string->len > 0)
    g_string_append (string, ": ");
  g_string_append (string, problem->message ? problem->message : "");

  return g_string_free (string, FALSE);
}

/**
 * sw_problems_to_string:
 * @problems: (element-type SwProblem): problems
 *
 * Returns: (transfer full): the problems, one per line, without a final newline.
 */
char *
sw_problems_to_string (GPtrArray *problems)
{
  GString *string;

  g_return_val_if_fail (problems != NULL, NULL);

  string = g_string_new (NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = sw_problem_to_string (g_ptr_array_index (problems, i));

      if (i > 0)
        g_string_append_c (string, '\n');
      g_string_append (string, line);
    }

  return g_string_free (string, FALSE);
}
