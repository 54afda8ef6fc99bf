/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How fast a strategy goes out to translators and comes back, measured
 * against the native save (sw_json_write) of the same document: the export
 * writes the texts once more with their context, the import reads them and
 * records one undo step, so both should stay within a small multiple of a
 * save.
 *
 * The document is the benchmarks' deterministic 10,000-node strategy with
 * French and Spanish on a fifth of its texts.  The file imported is its
 * French XLIFF with every target filled, as a translator returns it.  Each
 * import runs on a fresh copy, made outside the timing.  Prints medians of
 * five runs and never fails on timing.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-generate.h"
#include "sw-document-private.h"
#include "sw-json-reader.h"
#include "sw-json-writer.h"
#include "sw-text-private.h"
#include "sw-translation-unit.h"
#include "sw-translation.h"
#include "sw-validate.h"

#define SEED    20240506
#define N_NODES 10000
#define N_RUNS  5

typedef enum
{
  OPERATION_SAVE,
  OPERATION_XLIFF_EXPORT,
  OPERATION_XLIFF_IMPORT,
  OPERATION_PO_EXPORT,
  OPERATION_PO_IMPORT,
  N_OPERATIONS
} Operation;

static const char * const operation_names[] = {
  "native save (sw_json_write)", "XLIFF export", "XLIFF import", "PO export", "PO import",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* The file a translator sends back: every French target filled. */
static GBytes *
translated_file (SwDocument          *document,
                 SwTranslationFormat  format)
{
  g_autoptr(SwDocument) translated = NULL;
  g_autoptr(GBytes) native = sw_json_write (document);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  translated = sw_json_load_bytes (native, "generated", NULL, &error);
  g_assert_no_error (error);
  units = sw_translation_units_collect (translated);
  for (guint i = 0; i < units->len; i++)
    {
      SwTranslationUnit *unit = units->pdata[i];
      const char *source = sw_translation_unit_get_source (unit, translated);
      g_autofree char *target = g_strconcat ("FR ", source, NULL);
      g_autofree char *fingerprint = sw_fingerprint_compute (source);

      _sw_text_set (_sw_document_get_text_mut (translated, sw_translation_unit_get_target (unit),
                                               sw_translation_unit_get_field (unit)),
                    "fr", target, fingerprint);
    }

  bytes = sw_translation_export (translated, "fr", format, &error);
  g_assert_no_error (error);
  return bytes;
}

static double
run_once (Operation   operation,
          SwDocument *document,
          GBytes     *file,
          gsize      *size)
{
  g_autoptr(GBytes) written = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 end;

  switch (operation)
    {
    case OPERATION_SAVE:
      written = sw_json_write (document);
      break;
    case OPERATION_XLIFF_EXPORT:
      written = sw_translation_export (document, "fr", SW_TRANSLATION_FORMAT_XLIFF, &error);
      break;
    case OPERATION_PO_EXPORT:
      written = sw_translation_export (document, "fr", SW_TRANSLATION_FORMAT_PO, &error);
      break;
    case OPERATION_XLIFF_IMPORT:
    case OPERATION_PO_IMPORT:
      report = sw_translation_import (document, file, "translated", &error);
      break;
    case N_OPERATIONS:
    default:
      g_assert_not_reached ();
    }
  end = g_get_monotonic_time ();

  g_assert_no_error (error);
  if (report != NULL && report->n_updated == 0)
    g_error ("The import changed nothing");
  if (size != NULL)
    *size = written ? g_bytes_get_size (written) : g_bytes_get_size (file);

  return (end - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(SwDocument) document = bench_generate_strategy (N_NODES, SEED);
  g_autoptr(GBytes) native = sw_json_write (document);
  g_autoptr(GBytes) xliff = translated_file (document, SW_TRANSLATION_FORMAT_XLIFF);
  g_autoptr(GBytes) po = translated_file (document, SW_TRANSLATION_FORMAT_PO);
  g_autoptr(GPtrArray) units = sw_translation_units_collect (document);
  double times[N_OPERATIONS][N_RUNS];
  gsize sizes[N_OPERATIONS] = { 0 };
  double medians[N_OPERATIONS];

  /* Rounds take the operations in turn, so a burst of load elsewhere slows all alike. */
  for (guint run = 0; run < N_RUNS; run++)
    for (Operation op = 0; op < N_OPERATIONS; op++)
      {
        gboolean imports = op == OPERATION_XLIFF_IMPORT || op == OPERATION_PO_IMPORT;
        g_autoptr(SwDocument) copy = imports ? sw_json_load_bytes (native, "generated", NULL, NULL)
                                             : NULL;

        times[op][run] = run_once (op, copy ? copy : document,
                                   op == OPERATION_PO_IMPORT ? po : xliff, &sizes[op]);
      }

  printf ("Translation exchange of a %u-node strategy (%u units, French), median of %u runs\n\n",
          sw_document_get_n_nodes (document), units->len, N_RUNS);
  printf ("%-30s %10s %10s %12s\n", "operation", "ms", "vs save", "bytes");
  for (Operation op = 0; op < N_OPERATIONS; op++)
    {
      qsort (times[op], N_RUNS, sizeof (double), compare_doubles);
      medians[op] = times[op][N_RUNS / 2];
    }
  for (Operation op = 0; op < N_OPERATIONS; op++)
    printf ("%-30s %10.1f %9.2fx %12" G_GSIZE_FORMAT "\n", operation_names[op], medians[op],
            medians[op] / medians[OPERATION_SAVE], sizes[op]);

  return 0;
}
