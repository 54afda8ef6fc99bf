/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading the native file: every kind of bad file is refused with the right
 * error, at the right place, with a message a person can act on; all the
 * problems of a file are listed; unknown keys are kept at every level.
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>

#include "sw-document-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-kind-private.h"
#include "sw-node-private.h"
#include "sw-source-private.h"

#define FILE_NAME "test.json"

/* The keys every document needs, before "nodes". */
#define HEAD "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"en\": \"T\"}, " \
             "\"sourceLanguage\": \"en\", "
#define NODE_A "{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}}"
#define NODE_B "{\"id\": \"b\", \"kind\": \"principle\", \"title\": {\"en\": \"B\"}}"
#define TWO_NODES "\"nodes\": [" NODE_A ", " NODE_B "]"

static SwDocument *
load_string (const char  *json,
             GPtrArray  **problems,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return sw_json_load_bytes (bytes, FILE_NAME, problems, error);
}

static char *
problems_dump (GPtrArray *problems)
{
  return problems ? sw_problems_to_string (problems) : g_strdup ("(none)");
}

/* One problem in the content: where it is, a piece of what it says. */
typedef struct
{
  const char  *json;
  SwFileError  code;
  const char  *pointer;
  const char  *fragment;
} ContentCase;

static const ContentCase content_cases[] = {
  /* Not a strategy at all */
  { "[1, 2]", SW_FILE_ERROR_NOT_A_STRATEGY, "", "not a Strategy Workbench document" },
  { "\"text\"", SW_FILE_ERROR_NOT_A_STRATEGY, "", "it holds a string, not an object" },
  { "{\"version\": 1}", SW_FILE_ERROR_NOT_A_STRATEGY, "", "not a Strategy Workbench document" },
  { "{\"format\": \"other-app\", \"version\": 1}", SW_FILE_ERROR_NOT_A_STRATEGY, "/format",
    "not a Strategy Workbench document" },
  { "{\"format\": 7}", SW_FILE_ERROR_NOT_A_STRATEGY, "/format", "“format”: “strategy-workbench”" },

  /* Versions */
  { "{\"format\": \"strategy-workbench\", \"version\": 2, \"nodes\": 3}",
    SW_FILE_ERROR_NEWER_VERSION, "/version",
    "was written by a newer version of Strategy Workbench (format version 2); "
    "this version reads version 1" },
  { "{\"format\": \"strategy-workbench\", \"version\": \"1\", \"title\": {\"en\": \"T\"}, "
    "\"sourceLanguage\": \"en\", " TWO_NODES "}",
    SW_FILE_ERROR_INVALID, "/version", "expected a whole number, found a string" },
  { "{\"format\": \"strategy-workbench\", \"version\": 1.5, \"title\": {\"en\": \"T\"}, "
    "\"sourceLanguage\": \"en\", " TWO_NODES "}",
    SW_FILE_ERROR_INVALID, "/version", "expected a whole number, found a number" },
  { "{\"format\": \"strategy-workbench\", \"version\": 0, \"title\": {\"en\": \"T\"}, "
    "\"sourceLanguage\": \"en\", " TWO_NODES "}",
    SW_FILE_ERROR_INVALID, "/version", "must be 1 or more" },
  { "{\"format\": \"strategy-workbench\", \"title\": {\"en\": \"T\"}, "
    "\"sourceLanguage\": \"en\", " TWO_NODES "}",
    SW_FILE_ERROR_INVALID, "", "“version” is missing" },

  /* Missing keys */
  { "{\"format\": \"strategy-workbench\", \"version\": 1, \"sourceLanguage\": \"en\", "
    TWO_NODES "}", SW_FILE_ERROR_INVALID, "", "“title” is missing" },
  { "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"en\": \"T\"}, "
    TWO_NODES "}", SW_FILE_ERROR_INVALID, "", "“sourceLanguage” is missing" },
  { HEAD "\"links\": []}", SW_FILE_ERROR_INVALID, "", "“nodes” is missing" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"title\": {\"en\": \"A\"}}]}", SW_FILE_ERROR_INVALID,
    "/nodes/0", "“kind” is missing" },
  { HEAD "\"nodes\": [{\"kind\": \"concept\", \"title\": {\"en\": \"A\"}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0", "“id” is missing" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\"}]}", SW_FILE_ERROR_INVALID,
    "/nodes/0", "“title” is missing" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\"}]}",
    SW_FILE_ERROR_INVALID, "/links/0", "“to” is missing" },
  { HEAD "\"sources\": [{\"publisher\": \"P\"}], " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/sources/0", "“title” is missing" },
  { HEAD "\"kinds\": {\"nodes\": [{\"id\": \"concept\", \"label\": {\"en\": \"C\"}}]}, "
    "\"nodes\": [" NODE_A "]}", SW_FILE_ERROR_INVALID, "/kinds/nodes/0", "“color” is missing" },
  { HEAD "\"kinds\": {\"links\": [{\"id\": \"x\", \"label\": {\"en\": \"x\"}, "
    "\"color\": \"#000000\"}]}, " TWO_NODES "}", SW_FILE_ERROR_INVALID, "/kinds/links/0",
    "“style” is missing" },

  /* Wrong types */
  { HEAD "\"edition\": 2024, " TWO_NODES "}", SW_FILE_ERROR_INVALID, "/edition",
    "expected a string, found a number" },
  { HEAD "\"subtitle\": \"S\", " TWO_NODES "}", SW_FILE_ERROR_INVALID, "/subtitle",
    "expected an object, found a string" },
  { HEAD "\"authors\": \"A\", " TWO_NODES "}", SW_FILE_ERROR_INVALID, "/authors",
    "expected a list, found a string" },
  { HEAD "\"nodes\": {}}", SW_FILE_ERROR_INVALID, "/nodes", "expected a list, found an object" },
  { HEAD "\"nodes\": [3]}", SW_FILE_ERROR_INVALID, "/nodes/0",
    "expected an object, found a number" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"tags\": [\"x\", true]}]}", SW_FILE_ERROR_INVALID, "/nodes/0/tags/1",
    "expected a string, found true" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": null}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0/title/en", "expected a string, found null" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"x\": \"12\"}]}", SW_FILE_ERROR_INVALID, "/nodes/0/x", "expected a number, found a string" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"pinned\": 1}]}", SW_FILE_ERROR_INVALID, "/nodes/0/pinned",
    "expected true or false, found a number" },
  { HEAD "\"nodes\": [{\"id\": 12, \"kind\": \"concept\", \"title\": {\"en\": \"A\"}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0/id", "expected a string, found a number" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"y\": 1e300}]}", SW_FILE_ERROR_INVALID, "/nodes/0/y", "too large" },
  { HEAD TWO_NODES ", \"extra\": [1e999]}", SW_FILE_ERROR_INVALID, "/extra/0", "too large" },

  /* Languages */
  { "{\"format\": \"strategy-workbench\", \"version\": 1, \"title\": {\"xx\": \"T\"}, "
    "\"sourceLanguage\": \"xx\", \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"xx\": \"A\"}}]}", SW_FILE_ERROR_INVALID, "/sourceLanguage",
    "“xx” is not a known language (ISO 639)" },
  { HEAD "\"languages\": [\"fr\", \"en_US\"], " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/languages/1", "“en_US” is not a valid BCP 47 language tag" },
  { HEAD "\"languages\": [\"fr\", \"en\"], " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/languages/1", "“en” is the source language" },
  { HEAD "\"languages\": [\"fr\", \"de\", \"fr\"], " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/languages/2", "“fr” is listed twice" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\", \"de\": \"A\"}}]}", SW_FILE_ERROR_INVALID, "/nodes/0/title/de",
    "“de” is not one of the document's languages" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\", \"qq1\": \"A\"}}]}", SW_FILE_ERROR_INVALID, "/nodes/0/title/qq1",
    "is not a valid BCP 47 language tag" },

  /* Dates and times */
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"due\": \"2024-02-30\"}]}", SW_FILE_ERROR_INVALID, "/nodes/0/due",
    "“2024-02-30” is not a date" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"start\": \"6 May 2024\"}]}", SW_FILE_ERROR_INVALID, "/nodes/0/start", "is not a date" },
  { HEAD "\"sources\": [{\"title\": \"S\", \"date\": \"2024/05/06\"}], " TWO_NODES "}",
    SW_FILE_ERROR_INVALID, "/sources/0/date", "is not a date" },
  { HEAD "\"created\": \"2024-05-06T09:00:00\", " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/created", "is not a date and time" },
  { HEAD "\"modified\": \"2024-05-06\", " TWO_NODES "}", SW_FILE_ERROR_INVALID, "/modified",
    "is not a date and time" },

  /* Kinds */
  { HEAD "\"kinds\": {\"nodes\": [{\"id\": \"concept\", \"label\": {\"en\": \"C\"}, "
    "\"color\": \"purple\"}]}, \"nodes\": [" NODE_A "]}", SW_FILE_ERROR_INVALID,
    "/kinds/nodes/0/color", "“purple” is not a colour" },
  { HEAD "\"kinds\": {\"nodes\": [{\"id\": \"c\", \"label\": {\"en\": \"C\"}, "
    "\"color\": \"#000000\"}, {\"id\": \"c\", \"label\": {\"en\": \"D\"}, "
    "\"color\": \"#000000\"}]}, \"nodes\": [{\"id\": \"a\", \"kind\": \"c\", "
    "\"title\": {\"en\": \"A\"}}]}", SW_FILE_ERROR_INVALID, "/kinds/nodes/1/id",
    "duplicate kind “c”, first defined at /kinds/nodes/0" },
  { HEAD "\"kinds\": {\"links\": [{\"id\": \"x\", \"label\": {\"en\": \"x\"}, "
    "\"color\": \"#000000\", \"style\": \"wavy\"}]}, " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/kinds/links/0/style", "“wavy” is not a line style" },
  { HEAD "\"kinds\": {\"links\": [{\"id\": \"x\", \"label\": {\"en\": \"x\"}, "
    "\"color\": \"#000000\", \"style\": \"solid\", \"parent\": \"up\"}]}, " TWO_NODES "}",
    SW_FILE_ERROR_INVALID, "/kinds/links/0/parent", "“up” is not an end of a link" },
  { HEAD "\"kinds\": {\"links\": [{\"id\": \"x\", \"label\": {\"en\": \"x\"}, "
    "\"color\": \"#000000\", \"style\": \"solid\", \"joins\": [{\"from\": \"concept\", "
    "\"to\": \"goal\"}]}]}, " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/kinds/links/0/joins/0/to", "there is no node kind “goal” in this document" },
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"goal\", \"title\": {\"en\": \"A\"}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0/kind", "there is no node kind “goal” in this document" },

  /* Ids */
  { HEAD "\"nodes\": [" NODE_A ", {\"id\": \"b b\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"B\"}}]}", SW_FILE_ERROR_INVALID, "/nodes/1/id",
    "“b b” is not a valid id" },
  { HEAD "\"nodes\": [{\"id\": \"\", \"kind\": \"concept\", \"title\": {\"en\": \"B\"}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0/id", "is not a valid id" },
  { HEAD "\"nodes\": [" NODE_B ", " NODE_A ", " NODE_A "]}", SW_FILE_ERROR_INVALID,
    "/nodes/2/id", "duplicate id “a”, first used at /nodes/1" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"b\", \"kind\": \"guides\", \"from\": \"a\", "
    "\"to\": \"b\"}]}", SW_FILE_ERROR_INVALID, "/links/0/id",
    "duplicate id “b”, first used at /nodes/1" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", "
    "\"to\": \"b\"}, {\"id\": \"l\", \"kind\": \"relates-to\", \"from\": \"b\", \"to\": \"a\"}]}",
    SW_FILE_ERROR_INVALID, "/links/1/id", "duplicate id “l”, first used at /links/0" },

  /* Links */
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"pushes\", \"from\": \"a\", "
    "\"to\": \"b\"}]}", SW_FILE_ERROR_INVALID, "/links/0/kind",
    "there is no link kind “pushes” in this document" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", "
    "\"to\": \"x\"}]}", SW_FILE_ERROR_INVALID, "/links/0/to", "there is no node with the id “x”" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", "
    "\"to\": \"b\"}, {\"id\": \"m\", \"kind\": \"relates-to\", \"from\": \"l\", \"to\": \"b\"}]}",
    SW_FILE_ERROR_INVALID, "/links/1/from", "“l” is the id of a link, not of a node" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"b\", "
    "\"to\": \"a\"}]}", SW_FILE_ERROR_INVALID, "/links/0",
    "a “guides” link cannot go from a node of kind “Guiding principle” to one of kind “Concept”" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"relates-to\", \"from\": \"a\", "
    "\"to\": \"a\"}]}", SW_FILE_ERROR_INVALID, "/links/0/to", "cannot be linked to itself" },
  { HEAD TWO_NODES ", \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", "
    "\"to\": \"b\"}, {\"id\": \"m\", \"kind\": \"guides\", \"from\": \"a\", \"to\": \"b\"}]}",
    SW_FILE_ERROR_INVALID, "/links/1", "already joined by a “guides” link" },

  /* Status */
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, "
    "\"status\": \"finished\"}]}", SW_FILE_ERROR_INVALID, "/nodes/0/status",
    "“finished” is not a status" },

  /* Fingerprints */
  { HEAD "\"languages\": [\"fr\"], \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\", \"fr\": \"A\"}, \"fingerprints\": {\"title\": "
    "{\"fr\": \"3F2A9C1E0B7D\"}}}]}", SW_FILE_ERROR_INVALID, "/nodes/0/fingerprints/title/fr",
    "“3F2A9C1E0B7D” is not a fingerprint" },
  { HEAD "\"languages\": [\"fr\"], \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\"}, \"owner\": \"O\", \"fingerprints\": {\"owner\": "
    "{\"fr\": \"3f2a9c1e0b7d\"}}}]}", SW_FILE_ERROR_INVALID, "/nodes/0/fingerprints/owner",
    "there is no translatable text “owner” here" },
  { HEAD "\"languages\": [\"fr\"], \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\"}, \"fingerprints\": {\"title\": {\"fr\": \"3f2a9c1e0b7d\"}}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0/fingerprints/title/fr", "no “fr” translation" },
  { HEAD "\"languages\": [\"fr\"], \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\"}, \"fingerprints\": {\"title\": {\"en\": \"3f2a9c1e0b7d\"}}}]}",
    SW_FILE_ERROR_INVALID, "/nodes/0/fingerprints/title/en", "the source text has no fingerprint" },
  { HEAD "\"fingerprints\": {\"description\": {}}, " TWO_NODES "}", SW_FILE_ERROR_INVALID,
    "/fingerprints/description", "there is no translatable text “description” here" },

  /* Pointers escape "~" and "/" in member names (RFC 6901) */
  { HEAD "\"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", "
    "\"title\": {\"en\": \"A\", \"a/b~c\": \"A\"}}]}", SW_FILE_ERROR_INVALID,
    "/nodes/0/title/a~1b~0c", "is not a valid BCP 47 language tag" },
};

static void
test_content_problem (gconstpointer data)
{
  const ContentCase *c = data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string (c->json, &problems, &error);
  g_autofree char *dump = problems_dump (problems);
  gboolean found = FALSE;

  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, (gint) c->code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);

  for (guint i = 0; i < problems->len && !found; i++)
    {
      SwProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpstr (problem->file, ==, FILE_NAME);
      g_assert_nonnull (problem->pointer);
      g_assert_cmpuint (problem->line, ==, 0);
      found = g_str_equal (problem->pointer, c->pointer) && strstr (problem->message, c->fragment);
    }

  if (!found)
    g_error ("expected “%s: %s” among:\n%s", c->pointer, c->fragment, dump);

  /* The error message lists the problems, one a line. */
  g_assert_cmpstr (error->message, ==, dump);
}

/* One problem found before the content is read: a place in lines and columns, or none. */
typedef struct
{
  const char  *name;
  const char  *json;
  gssize       length;
  SwFileError  code;
  guint        line;
  guint        column;
  const char  *fragment;
} TextCase;

static const TextCase text_cases[] = {
  { "empty", "", 0, SW_FILE_ERROR_EMPTY, 0, 0, "the file is empty" },
  { "white-space", " \n\t\r\n  ", -1, SW_FILE_ERROR_EMPTY, 0, 0, "the file is empty" },
  { "byte-order-mark", "\xef\xbb\xbf \n", -1, SW_FILE_ERROR_EMPTY, 0, 0, "the file is empty" },
  { "binary", "{\"a\": \0\1\2}", 10, SW_FILE_ERROR_NOT_TEXT, 0, 0, "binary data" },
  { "invalid-utf8", "{\n  \"title\": \"caf\xc3\xa9 \xff\"\n}", -1, SW_FILE_ERROR_NOT_TEXT, 2, 18,
    "not valid UTF-8" },
  { "truncated-utf8", "{\"a\": \"\xe2\x82", -1, SW_FILE_ERROR_NOT_TEXT, 1, 8, "not valid UTF-8" },
  { "too-deep", "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    -1, SW_FILE_ERROR_TOO_DEEP, 1, 70, "nested too deeply" },
  { "single-quotes", "{\n  'format': 1}", -1, SW_FILE_ERROR_SYNTAX, 2, 3, "double quotes" },
  { "comment", "{\"a\": 1 /* [[[[ \" */}", -1, SW_FILE_ERROR_SYNTAX, 1, 9, "comments" },
  { "hash-comment", "{\"a\": 1\n# note\n}", -1, SW_FILE_ERROR_SYNTAX, 2, 1, "comments" },
  { "bad-escape", "{\"a\": \"x\\qy\"}", -1, SW_FILE_ERROR_SYNTAX, 1, 9, "escape" },
  { "short-unicode-escape", "{\"a\": \"\\u12\", \"b\": \"[[[[\"}", -1, SW_FILE_ERROR_SYNTAX, 1, 8,
    "escape" },
  { "lone-surrogate", "{\"a\": \"\\ud800\"}", -1, SW_FILE_ERROR_SYNTAX, 1, 8, "escape" },
  { "lone-low-surrogate", "{\"a\": \"\\udc00\"}", -1, SW_FILE_ERROR_SYNTAX, 1, 8, "escape" },
  { "trailing-comma", "{\n  \"a\": [1, 2,]\n}", -1, SW_FILE_ERROR_SYNTAX, 2, 13, "Parse error" },
  { "missing-comma", "{\n  \"a\": 1\n  \"b\": 2\n}", -1, SW_FILE_ERROR_SYNTAX, 2, 8,
    "Parse error" },
  { "unterminated", "{\"a\": \"x}", -1, SW_FILE_ERROR_SYNTAX, 1, 10, "unterminated" },
  /* json-glib would keep the last "title" and lose the first, silently. */
  { "duplicate-key", "{\n  \"title\": 1,\n  \"title\": 2\n}", -1, SW_FILE_ERROR_SYNTAX, 3, 3,
    "“title” appears twice in this object; the first is on line 2" },
  { "duplicate-nested-key", "{\"a\": {\"x\": 1}, \"b\": [{\"x\": 1, \"y\": {}, \"x\": 2}]}", -1,
    SW_FILE_ERROR_SYNTAX, 1, 41, "“x” appears twice" },
  /* json-glib would wrap them around silently: 99999999999999999999999 is -1 to it. */
  { "huge-integer", "{\n  \"x\": 99999999999999999999999\n}", -1, SW_FILE_ERROR_SYNTAX, 2, 8,
    "too large" },
  { "just-too-large", "{\"x\": 9223372036854775808}", -1, SW_FILE_ERROR_SYNTAX, 1, 7, "too large" },
  { "just-too-small", "{\"x\": [1, -9223372036854775809]}", -1, SW_FILE_ERROR_SYNTAX, 1, 11,
    "too large" },
  /* json-glib counts bytes; "é" is two of them but one column. */
  { "column-in-characters", "{\"é\": 1 x}", -1, SW_FILE_ERROR_SYNTAX, 1, 7, "Parse error" },
};

static void
test_text_problem (gconstpointer data)
{
  const TextCase *c = data;
  gsize length = c->length < 0 ? strlen (c->json) : (gsize) c->length;
  g_autoptr(GBytes) bytes = g_bytes_new (c->json, length);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = sw_json_load_bytes (bytes, FILE_NAME, &problems, &error);
  g_autofree char *text = NULL;
  g_autofree char *place = NULL;
  SwProblem *problem;

  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, (gint) c->code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);

  problem = g_ptr_array_index (problems, 0);
  text = sw_problem_to_string (problem);
  g_test_message ("%s", text);
  g_assert_null (problem->pointer);
  g_assert_cmpuint (problem->line, ==, c->line);
  g_assert_cmpuint (problem->column, ==, c->column);
  g_assert_nonnull (strstr (problem->message, c->fragment));

  place = c->line ? g_strdup_printf (FILE_NAME ":%u:%u: ", c->line, c->column)
                  : g_strdup (FILE_NAME ": ");
  g_assert_true (g_str_has_prefix (text, place));
  g_assert_cmpstr (error->message, ==, text);
}

/* The largest whole numbers, numbers with exponents and digits in strings pass the scan. */
static void
test_number_limits (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document =
    load_string (HEAD "\"extra\": [9223372036854775807, -9223372036854775808, 1e30, 0.5, -0, "
                 "\"99999999999999999999999\"], " TWO_NODES "}", &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The same name in sibling objects is no duplicate; in one large object it is,
 * however many members come between. */
static void
test_duplicate_keys (void)
{
  g_autoptr(GString) json = g_string_new ("{\"a\": {\"x\": 1}, \"b\": {\"x\": 1},\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (json, "\"k%u\": {\"k%u\": %u},\n", i, i, i);
  g_string_append (json, "\"k2500\": 0}");
  bytes = g_bytes_new (json->str, json->len);
  document = sw_json_load_bytes (bytes, FILE_NAME, &problems, &error);
  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_SYNTAX);
  g_assert_cmpuint (problems->len, ==, 1);
  text = sw_problem_to_string (g_ptr_array_index (problems, 0));
  g_assert_cmpstr (text, ==, FILE_NAME ":5002:1: “k2500” appears twice in this object; "
                             "the first is on line 2502");
}

/* json-glib recurses per level: a hundred thousand would overflow the stack. */
static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) json = g_string_sized_new (2 * depth);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;
  SwProblem *problem;
  gint64 start;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');

  start = g_get_monotonic_time ();
  document = load_string (json->str, &problems, &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_TOO_DEEP);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 1);
  g_assert_cmpuint (problem->column, ==, SW_JSON_MAX_DEPTH + 1);

  /* Exactly the limit is fine as far as nesting goes. */
  g_string_truncate (json, 0);
  for (guint i = 0; i < SW_JSON_MAX_DEPTH; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < SW_JSON_MAX_DEPTH; i++)
    g_string_append_c (json, ']');
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);
  document = load_string (json->str, &problems, &error);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_NOT_A_STRATEGY);
}

/* Brackets inside strings do not count, escaped quotes do not end them. */
static void
test_brackets_in_strings (void)
{
  g_autoptr(GString) json = g_string_new (HEAD "\"edition\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (json, "[{\\\"\\\\");
  g_string_append (json, "\", " TWO_NODES "}");

  document = load_string (json->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (g_str_has_prefix (sw_document_get_edition (document), "[{\"\\[{"));
}

/*
 * A file over the limit is refused without being read.  A sparse file
 * takes no disk space, and mapping it touches no memory.
 */
static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sw-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *size_text = g_format_size (300 * 1024 * 1024);
  g_autofree char *limit_text = g_format_size (SW_JSON_MAX_FILE_SIZE);
  SwProblem *problem;
  int fd;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.json", NULL);
  fd = g_open (path, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 300 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);

  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  document = sw_json_load_bytes (bytes, FILE_NAME, &problems, &error);
  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_TOO_LARGE);
  problem = g_ptr_array_index (problems, 0);
  /* The size and the limit, as people read them: "314.6 MB", "268.4 MB". */
  g_assert_nonnull (strstr (problem->message, size_text));
  g_assert_nonnull (strstr (problem->message, limit_text));
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  file = g_file_new_for_path (path);
  document = sw_json_load_file (file, NULL, &problems, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_TOO_LARGE);
  g_assert_cmpuint (problems->len, ==, 1);

  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&mapped, g_mapped_file_unref);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *pointer,
             const char *fragment)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SwProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->pointer, pointer) == 0 && strstr (problem->message, fragment))
        return TRUE;
    }

  return FALSE;
}

/* A person fixing a file wants the whole list, not one problem per attempt. */
static void
test_all_problems (void)
{
  const char *json =
    "{\"format\": \"strategy-workbench\", \"version\": 1, \"sourceLanguage\": \"en\",\n"
    " \"languages\": [\"fr\", \"fr\"], \"created\": \"yesterday\",\n"
    " \"nodes\": [\n"
    "  {\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, \"status\": \"new\"},\n"
    "  {\"id\": \"a\", \"kind\": \"goal\", \"title\": {\"de\": \"B\"}, \"due\": \"soon\"},\n"
    "  {\"id\": \"c\", \"kind\": \"objective\", \"title\": {\"en\": \"C\"}}],\n"
    " \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", \"to\": \"c\"},\n"
    "           {\"id\": \"m\", \"kind\": \"guides\", \"from\": \"a\", \"to\": \"zz\"}]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string (json, &problems, &error);
  g_autofree char *dump = problems_dump (problems);
  g_auto(GStrv) lines = NULL;

  g_test_message ("%s", dump);
  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_INVALID);
  g_assert_true (has_problem (problems, "", "“title” is missing"));
  g_assert_true (has_problem (problems, "/languages/1", "listed twice"));
  g_assert_true (has_problem (problems, "/created", "not a date and time"));
  g_assert_true (has_problem (problems, "/nodes/0/status", "not a status"));
  g_assert_true (has_problem (problems, "/nodes/1/id", "duplicate id “a”, first used at /nodes/0"));
  g_assert_true (has_problem (problems, "/nodes/1/kind", "no node kind “goal”"));
  g_assert_true (has_problem (problems, "/nodes/1/title/de", "not one of the document's languages"));
  g_assert_true (has_problem (problems, "/nodes/1/due", "not a date"));
  g_assert_true (has_problem (problems, "/links/0", "cannot go from"));
  g_assert_true (has_problem (problems, "/links/1/to", "no node with the id “zz”"));
  g_assert_cmpuint (problems->len, ==, 10);

  /* Each line of the message is one problem, with its file and place. */
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (lines[i], FILE_NAME ": /"));
}

static void
test_problem_to_string (void)
{
  g_autoptr(SwProblem) syntax = sw_problem_new ("a.json", 3, 8, NULL, "bad");
  g_autoptr(SwProblem) content = sw_problem_new ("a.json", 0, 0, "/nodes/12/kind", "bad");
  g_autoptr(SwProblem) root = sw_problem_new ("a.json", 0, 0, "", "bad");
  g_autoptr(SwProblem) whole = sw_problem_new ("a.json", 0, 0, NULL, "bad");
  g_autoptr(SwProblem) nameless = sw_problem_new (NULL, 2, 1, NULL, "bad");
  g_autoptr(SwProblem) copy = sw_problem_copy (content);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autofree char *s1 = sw_problem_to_string (syntax);
  g_autofree char *s2 = sw_problem_to_string (content);
  g_autofree char *s3 = sw_problem_to_string (root);
  g_autofree char *s4 = sw_problem_to_string (whole);
  g_autofree char *s5 = sw_problem_to_string (nameless);
  g_autofree char *s6 = sw_problem_to_string (copy);
  g_autofree char *all = NULL;
  g_autofree char *none = NULL;

  g_assert_cmpstr (s1, ==, "a.json:3:8: bad");
  g_assert_cmpstr (s2, ==, "a.json: /nodes/12/kind: bad");
  g_assert_cmpstr (s3, ==, "a.json: /: bad");
  g_assert_cmpstr (s4, ==, "a.json: bad");
  g_assert_cmpstr (s5, ==, "2:1: bad");
  g_assert_cmpstr (s6, ==, s2);
  g_assert_true (G_TYPE_IS_BOXED (SW_TYPE_PROBLEM));

  none = sw_problems_to_string (problems);
  g_assert_cmpstr (none, ==, "");
  g_ptr_array_add (problems, syntax);
  g_ptr_array_add (problems, content);
  all = sw_problems_to_string (problems);
  g_assert_cmpstr (all, ==, "a.json:3:8: bad\na.json: /nodes/12/kind: bad");
}

static void
test_valid_minimal (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string (HEAD TWO_NODES "}", &problems, &error);
  SwHistory *history;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Built outside the history: nothing to undo, nothing unsaved. */
  history = sw_document_get_history (document);
  g_assert_false (sw_document_get_modified (document));
  g_assert_false (sw_history_get_can_undo (history));
  g_assert_false (sw_history_get_can_redo (history));
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, 0);

  /* Without "kinds", the built-in ones. */
  g_assert_cmpuint (sw_document_get_node_kinds (document)->len, ==, 7);
  g_assert_cmpuint (sw_document_get_link_kinds (document)->len, ==, 5);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 2);
  g_assert_cmpstr (sw_node_get_id (sw_document_get_node (document, 1)), ==, "b");
  g_assert_cmpint (sw_node_get_status (sw_document_get_node (document, 0)), ==,
                   SW_NODE_STATUS_PROPOSED);
  g_assert_cmpstr (sw_text_get (sw_document_get_title (document), "en"), ==, "T");
}

/*
 * A document without nodes is what New makes and what is left when every
 * node is deleted: saved, it must open again, and so must its recovery
 * file.  Only what it holds, not a missing "nodes", makes it empty.
 */
static void
test_valid_empty (void)
{
  g_autoptr(SwDocument) new_document = sw_document_new ("en");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string (HEAD "\"nodes\": []}", &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 0);
  g_assert_cmpstr (sw_text_get (sw_document_get_title (document), "en"), ==, "T");
  g_clear_object (&document);

  /* What the writer makes of a new document reads back. */
  bytes = sw_json_write (new_document);
  document = sw_json_load_bytes (bytes, FILE_NAME, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, 0);
  g_assert_cmpstr (sw_document_get_source_language (document), ==, "en");
}

static void
test_valid_full (void)
{
  const char *json =
    "{\"format\": \"strategy-workbench\", \"version\": 1,\n"
    " \"title\": {\"fr\": \"Titre\", \"en\": \"Title\"}, \"subtitle\": {\"en\": \"Sub\"},\n"
    " \"edition\": \"2024\", \"sourceLanguage\": \"en\", \"languages\": [\"fr\", \"es\"],\n"
    " \"authors\": [\"A\", \"B\"],\n"
    " \"sources\": [{\"title\": \"S\", \"publisher\": \"P\", \"date\": \"2024-05-06\", "
    "\"url\": \"https://example.org/\"}],\n"
    " \"created\": \"2024-05-06T09:00:00Z\", \"modified\": \"2024-05-07T10:00:00+02:00\",\n"
    " \"fingerprints\": {\"title\": {\"fr\": \"3f2a9c1e0b7d\"}},\n"
    " \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\", \"es\": \"Á\"},\n"
    "   \"description\": {\"en\": \"D\"}, \"owner\": \"O\", \"status\": \"at-risk\",\n"
    "   \"start\": \"2024-01-01\", \"due\": \"2025-12-31\", \"indicator\": \"I\",\n"
    "   \"tags\": [\"t1\", \"t2\"], \"x\": 10.6, \"y\": -20, \"pinned\": true,\n"
    "   \"fingerprints\": {\"title\": {\"es\": \"0123456789ab\"}}},\n"
    "  {\"id\": \"b\", \"kind\": \"principle\", \"title\": {\"en\": \"B\"}}],\n"
    " \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", \"to\": \"b\",\n"
    "   \"label\": {\"en\": \"L\", \"fr\": \"L\"}, \"fingerprints\": {\"label\": {\"fr\": "
    "\"aaaaaaaaaaaa\"}}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string (json, NULL, &error);
  g_autoptr(GPtrArray) links = NULL;
  SwNode *a, *b;
  SwLink *link;
  SwSource *source;

  g_assert_no_error (error);
  g_assert_cmpstr (sw_document_get_edition (document), ==, "2024");
  g_assert_cmpstr (sw_document_get_source_language (document), ==, "en");
  g_assert_cmpstr (sw_document_get_languages (document)[1], ==, "es");
  g_assert_cmpstr (sw_document_get_authors (document)[1], ==, "B");
  g_assert_cmpstr (sw_document_get_created (document), ==, "2024-05-06T09:00:00Z");
  g_assert_cmpstr (sw_document_get_modified_time (document), ==, "2024-05-07T10:00:00+02:00");
  g_assert_cmpstr (sw_text_get_fingerprint (sw_document_get_title (document), "fr"), ==,
                   "3f2a9c1e0b7d");
  /* Languages are kept in the document's order, source first. */
  g_assert_cmpstr (sw_text_get_language (sw_document_get_title (document), 0), ==, "en");
  g_assert_cmpstr (sw_text_get (sw_document_get_subtitle (document), "en"), ==, "Sub");

  source = g_ptr_array_index (sw_document_get_sources (document), 0);
  g_assert_cmpstr (sw_source_get_publisher (source), ==, "P");
  g_assert_cmpstr (sw_source_get_url (source), ==, "https://example.org/");

  a = sw_document_lookup_node (document, "a");
  b = sw_document_lookup_node (document, "b");
  g_assert_cmpstr (sw_text_get (sw_node_get_description (a), "en"), ==, "D");
  g_assert_cmpstr (sw_text_get_fingerprint (sw_node_get_title (a), "es"), ==, "0123456789ab");
  g_assert_cmpstr (sw_node_get_owner (a), ==, "O");
  g_assert_cmpint (sw_node_get_status (a), ==, SW_NODE_STATUS_AT_RISK);
  g_assert_cmpstr (sw_node_get_start (a), ==, "2024-01-01");
  g_assert_cmpstr (sw_node_get_due (a), ==, "2025-12-31");
  g_assert_cmpstr (sw_node_get_indicator (a), ==, "I");
  g_assert_true (sw_node_has_tag (a, "t2"));
  g_assert_cmpfloat (sw_node_get_x (a), ==, 11);
  g_assert_cmpfloat (sw_node_get_y (a), ==, -20);
  g_assert_true (sw_node_get_pinned (a));
  g_assert_false (sw_node_get_pinned (b));

  link = sw_document_lookup_link (document, "l");
  g_assert_true (sw_link_get_from (link) == a);
  g_assert_true (sw_link_get_to (link) == b);
  g_assert_cmpstr (sw_text_get_fingerprint (sw_link_get_label (link), "fr"), ==, "aaaaaaaaaaaa");
  links = sw_document_get_node_links (document, a);
  g_assert_cmpuint (links->len, ==, 1);
}

static char *
member_names (JsonObject *object)
{
  g_autoptr(GList) members = object ? json_object_get_members (object) : NULL;
  GString *names = g_string_new (NULL);

  for (GList *l = members; l != NULL; l = l->next)
    g_string_append_printf (names, "%s%s", l != members ? "," : "", (const char *) l->data);

  return g_string_free (names, FALSE);
}

#define assert_extra(object, expected) \
  G_STMT_START { g_autofree char *names_ = member_names (object); \
                 g_assert_cmpstr (names_, ==, expected); } G_STMT_END

/* Keys of a later version or of other tools survive, in order, wherever the format has an object. */
static void
test_unknown_keys (void)
{
  const char *json =
    "{\"zTop\": 1, \"format\": \"strategy-workbench\", \"version\": 1, \"aTop\": {\"n\": [1]},\n"
    " \"title\": {\"en\": \"T\"}, \"sourceLanguage\": \"en\",\n"
    " \"sources\": [{\"title\": \"S\", \"isbn\": \"978\"}],\n"
    " \"kinds\": {\"views\": [], \"nodes\": [{\"id\": \"concept\", \"label\": {\"en\": \"C\"},\n"
    "   \"color\": \"#000000\", \"shape\": \"round\"}],\n"
    "   \"links\": [{\"id\": \"guides\", \"label\": {\"en\": \"g\"}, \"color\": \"#000000\",\n"
    "     \"style\": \"solid\", \"weight\": 2, \"joins\": [{\"from\": \"concept\", \"to\": \"*\",\n"
    "     \"why\": \"all\"}]}], \"extraThing\": true},\n"
    " \"nodes\": [{\"id\": \"a\", \"kind\": \"concept\", \"title\": {\"en\": \"A\"}, \"z\": null,\n"
    "   \"meta\": {\"b\": 1, \"a\": 2}},\n"
    "  {\"id\": \"b\", \"kind\": \"concept\", \"title\": {\"en\": \"B\"}}],\n"
    " \"links\": [{\"id\": \"l\", \"kind\": \"guides\", \"from\": \"a\", \"to\": \"b\", "
    "\"w\": 0.5}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string (json, NULL, &error);
  SwLinkKind *guides;
  JsonObject *meta;

  g_assert_no_error (error);
  assert_extra (_sw_document_get_extra (document), "zTop,aTop");
  assert_extra (_sw_document_get_kinds_extra (document), "views,extraThing");
  assert_extra (_sw_source_get_extra (g_ptr_array_index (sw_document_get_sources (document), 0)),
                "isbn");
  assert_extra (_sw_node_kind_get_extra (sw_document_lookup_node_kind (document, "concept")),
                "shape");
  guides = sw_document_lookup_link_kind (document, "guides");
  assert_extra (_sw_link_kind_get_extra (guides), "weight");
  assert_extra (_sw_link_kind_get_join_extra (guides, 0), "why");
  assert_extra (_sw_node_get_extra (sw_document_lookup_node (document, "a")), "z,meta");
  assert_extra (_sw_node_get_extra (sw_document_lookup_node (document, "b")), "");
  assert_extra (_sw_link_get_extra (sw_document_lookup_link (document, "l")), "w");

  meta = json_object_get_object_member (_sw_node_get_extra (sw_document_lookup_node (document, "a")),
                                        "meta");
  assert_extra (meta, "b,a");
  g_assert_cmpfloat (json_object_get_double_member (
                       _sw_link_get_extra (sw_document_lookup_link (document, "l")), "w"), ==, 0.5);
}

/* A JSON file that is not a document at all: the message says what it is, not fifty problems. */
static void
test_other_json (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = load_string ("{\"name\": \"package\", \"version\": \"1.0\"}",
                                                 &problems, &error);

  g_assert_null (document);
  g_assert_error (error, SW_FILE_ERROR, SW_FILE_ERROR_NOT_A_STRATEGY);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_samples (void)
{
  const char *dir = g_getenv ("SW_SAMPLES_DIR");
  const char *names[] = { "strategy-2024.json", "strategy-2011.json" };

  if (dir == NULL)
    {
      g_test_skip ("SW_SAMPLES_DIR is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *etag = NULL;
      g_autoptr(SwDocument) document = sw_json_load_file (file, &etag, &problems, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_nonnull (etag);
      g_assert_cmpuint (sw_document_get_n_nodes (document), >, 10);
      g_assert_false (sw_document_get_modified (document));
    }
}

/*
 * A file over a mebibyte has its parsed tree freed in a worker thread: the
 * document must not share anything with it, unknown keys included.
 */
static void
test_large_file (void)
{
  const guint n_nodes = 2000;
  g_autoptr(GString) json = g_string_new (HEAD "\"nodes\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDocument) document = NULL;

  for (guint i = 0; i < n_nodes; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"n%u\", \"kind\": \"objective\", "
                              "\"title\": {\"en\": \"Node %u\"}, \"description\": {\"en\": \"",
                              i ? ", " : "", i, i);
      for (guint j = 0; j < 12; j++)
        g_string_append (json, "A sentence of the length people write in a description. ");
      g_string_append_printf (json, "\"}, \"meta\": {\"k\": [%u, \"v%u\", {\"deep\": true}]}}", i, i);
    }
  g_string_append (json, "]}");
  g_assert_cmpuint (json->len, >, 1024 * 1024);

  document = load_string (json->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_document_get_n_nodes (document), ==, n_nodes);

  for (guint i = 0; i < n_nodes; i += 97)
    {
      JsonObject *extra = _sw_node_get_extra (sw_document_get_node (document, i));
      JsonArray *list = json_object_get_array_member (json_object_get_object_member (extra, "meta"),
                                                      "k");
      g_autofree char *value = g_strdup_printf ("v%u", i);

      g_assert_cmpint (json_array_get_int_element (list, 0), ==, i);
      g_assert_cmpstr (json_array_get_string_element (list, 1), ==, value);
      g_assert_true (json_object_get_boolean_member (json_array_get_object_element (list, 2),
                                                     "deep"));
    }
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/strategy.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(SwDocument) document = sw_json_load_file (file, &etag, &problems, NULL, &error);

  g_assert_null (document);
  g_assert_null (etag);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
load_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_load_async (void)
{
  const char *dir = g_getenv ("SW_SAMPLES_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/strategy.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(SwDocument) document = NULL;

  if (dir == NULL)
    {
      g_test_skip ("SW_SAMPLES_DIR is not set");
      return;
    }

  path = g_build_filename (dir, "strategy-2011.json", NULL);
  file = g_file_new_for_path (path);
  sw_json_load_file_async (file, NULL, load_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  document = sw_json_load_file_finish (result, &etag, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_nonnull (etag);
  g_assert_cmpuint (problems->len, ==, 0);

  g_clear_object (&result);
  g_clear_object (&document);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_pointer (&etag, g_free);
  sw_json_load_file_async (missing, NULL, load_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  document = sw_json_load_file_finish (result, &etag, &problems, &error);
  g_assert_null (document);
  g_assert_null (etag);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (problems->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (content_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-reader/content/%u", i);

      g_test_add_data_func (path, &content_cases[i], test_content_problem);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-reader/text/%s", text_cases[i].name);

      g_test_add_data_func (path, &text_cases[i], test_text_problem);
    }

  g_test_add_func ("/json-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json-reader/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/json-reader/number-limits", test_number_limits);
  g_test_add_func ("/json-reader/brackets-in-strings", test_brackets_in_strings);
  g_test_add_func ("/json-reader/too-large", test_too_large);
  g_test_add_func ("/json-reader/all-problems", test_all_problems);
  g_test_add_func ("/json-reader/problem-to-string", test_problem_to_string);
  g_test_add_func ("/json-reader/other-json", test_other_json);
  g_test_add_func ("/json-reader/valid-minimal", test_valid_minimal);
  g_test_add_func ("/json-reader/valid-empty", test_valid_empty);
  g_test_add_func ("/json-reader/valid-full", test_valid_full);
  g_test_add_func ("/json-reader/unknown-keys", test_unknown_keys);
  g_test_add_func ("/json-reader/samples", test_samples);
  g_test_add_func ("/json-reader/large-file", test_large_file);
  g_test_add_func ("/json-reader/missing-file", test_missing_file);
  g_test_add_func ("/json-reader/load-async", test_load_async);

  return g_test_run ();
}
