/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SW_TYPE_PROBLEM (sw_problem_get_type ())

/*
 * One thing wrong with a file.  Syntax problems have a line and a column;
 * problems in the content have a JSON pointer to the value ("/nodes/12/kind").
 */
typedef struct
{
  char  *file;       /* the name shown to people, e.g. the path as given */
  guint  line;       /* 1-based, 0 when unknown */
  guint  column;     /* 1-based, 0 when unknown */
  char  *pointer;    /* JSON pointer, NULL for syntax problems */
  char  *message;    /* translated, without the location */
} SwProblem;

GType      sw_problem_get_type    (void) G_GNUC_CONST;
SwProblem *sw_problem_new         (const char      *file,
                                   guint            line,
                                   guint            column,
                                   const char      *pointer,
                                   const char      *message);
SwProblem *sw_problem_copy        (const SwProblem *problem);
void       sw_problem_free        (SwProblem       *problem);
char      *sw_problem_to_string   (const SwProblem *problem);
char      *sw_problems_to_string  (GPtrArray       *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwProblem, sw_problem_free)

G_END_DECLS
