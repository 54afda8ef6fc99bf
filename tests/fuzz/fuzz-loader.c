/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fuzz target for the native file loader.
 *
 * Any input may be refused, but none may crash, leak, hang or log a warning.
 * An input that loads must also survive the properties the app relies on:
 *  - saving and loading again gives an equal document (nothing is lost or
 *    invented on the way), and saving that again gives the same bytes;
 *  - deleting a node or a link and undoing it restores an equal document,
 *    and redoing it leaves a document that still saves and loads.
 * A broken property aborts, so the fuzzer keeps the input as a crash.
 */
#define G_LOG_DOMAIN "sw-fuzz"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sw-document.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

G_GNUC_NORETURN static void
fail (const char *property,
      const char *detail,
      GBytes     *bytes)
{
  fprintf (stderr, "fuzz-loader: %s: %s\n", property, detail ? detail : "");
  if (bytes != NULL)
    fprintf (stderr, "--- document as written ---\n%.*s\n---\n",
             (int) MIN (g_bytes_get_size (bytes), 4096),
             (const char *) g_bytes_get_data (bytes, NULL));
  abort ();
}

static void
check_equal (const char *property,
             SwDocument *expected,
             SwDocument *actual,
             GBytes     *bytes)
{
  g_autofree char *difference = NULL;

  if (!sw_document_equal (expected, actual, &difference))
    fail (property, difference, bytes);
}

/* Writes @document and loads the result; returns the written bytes. */
static GBytes *
round_trip (const char  *property,
            SwDocument  *document,
            SwDocument **reloaded)
{
  g_autoptr(GBytes) written = sw_json_write (document);
  g_autoptr(GError) error = NULL;

  if (written == NULL)
    fail (property, "nothing written", NULL);

  *reloaded = sw_json_load_bytes (written, "written", NULL, &error);
  if (*reloaded == NULL)
    fail (property, error->message, written);
  check_equal (property, document, *reloaded, written);

  return g_steal_pointer (&written);
}

static void
check_round_trip (SwDocument *document)
{
  g_autoptr(SwDocument) reloaded = NULL;
  g_autoptr(GBytes) written = round_trip ("save and load", document, &reloaded);
  g_autoptr(GBytes) rewritten = sw_json_write (reloaded);

  if (!g_bytes_equal (written, rewritten))
    fail ("save, load and save again", "the two saves differ", rewritten);
}

/*
 * A fresh document has nothing to undo, so make a step first.  @edited is a
 * copy of @original loaded from the same bytes: @original stays untouched to
 * compare against.
 */
static void
check_history (SwDocument *original,
               SwDocument *edited)
{
  g_autoptr(SwDocument) reloaded = NULL;
  g_autoptr(GBytes) written = NULL;

  if (sw_document_get_n_links (edited) > 0)
    {
      if (!sw_document_remove_link (edited, sw_document_get_link (edited, 0)))
        fail ("remove the first link", "refused", NULL);
      if (!sw_document_undo (edited))
        fail ("undo removing a link", "nothing to undo", NULL);
      check_equal ("undo removing a link", original, edited, NULL);
    }

  if (sw_document_get_n_nodes (edited) == 0)
    return;

  /* The first node takes its links with it: undo must bring all of them back, in place. */
  if (!sw_document_remove_node (edited, sw_document_get_node (edited, 0)))
    fail ("remove the first node", "refused", NULL);
  if (!sw_document_undo (edited))
    fail ("undo removing a node", "nothing to undo", NULL);
  check_equal ("undo removing a node", original, edited, NULL);
  if (sw_document_get_modified (edited))
    fail ("undo removing a node", "the document still counts as modified", NULL);

  if (!sw_document_redo (edited))
    fail ("redo removing a node", "nothing to redo", NULL);
  if (sw_document_get_n_nodes (edited) != sw_document_get_n_nodes (original) - 1)
    fail ("redo removing a node", "wrong number of nodes", NULL);

  /* A document without nodes is refused on load, by design. */
  if (sw_document_get_n_nodes (edited) > 0)
    written = round_trip ("save and load after an edit", edited, &reloaded);

  if (!sw_document_undo (edited))
    fail ("undo after redo", "nothing to undo", NULL);
  check_equal ("undo after redo", original, edited, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SwDocument) document = NULL;
  g_autoptr(SwDocument) copy = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  /* A warning or a critical is a bug even when the input is refused cleanly. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  bytes = g_bytes_new (data, size);
  document = sw_json_load_bytes (bytes, "input", &problems, &error);
  if (document == NULL)
    {
      if (error == NULL)
        fail ("load", "refused without an error", NULL);
      return 0;
    }
  if (error != NULL)
    fail ("load", "loaded but set an error", NULL);

  check_round_trip (document);

  copy = sw_json_load_bytes (bytes, "input", NULL, NULL);
  if (copy == NULL)
    fail ("load twice", "the second load failed", NULL);
  check_history (document, copy);

  return 0;
}
