/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * XLIFF 2.0: the export read by Python's XML parser, round trips through a
 * script that plays the translator, stale detection across the exchange,
 * escaping, right-to-left languages, and files as other tools shape them.
 */
#include <string.h>

#include "sw-validate.h"
#include "translate-test-util.h"

static GBytes *
export (SwDocument *document,
        const char *language)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = sw_translation_export (document, language, SW_TRANSLATION_FORMAT_XLIFF, &error);

  g_assert_no_error (error);
  return bytes;
}

static SwTranslationReport *
import (SwDocument *document,
        GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  SwTranslationReport *report = sw_translation_import (document, bytes, "fr.xlf", &error);

  g_assert_no_error (error);
  return report;
}

static const char *
source_of (SwDocument *document,
           const char *id)
{
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, id);

  return sw_translation_unit_get_source (unit, document);
}

static const char *
text_of (SwDocument *document,
         const char *id,
         const char *language)
{
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, id);

  return sw_text_get (sw_translation_unit_get_text (unit, document), language);
}

static void
test_export_read_by_xml_parser (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) bytes = export (document, "es");
  g_autoptr(JsonObject) xliff = tt_read_xliff (bytes);
  g_autoptr(GPtrArray) units = sw_translation_units_collect (document);
  JsonArray *read = json_object_get_array_member (xliff, "units");
  JsonObject *meta = json_object_get_object_member (xliff, "meta");
  JsonObject *stale = tt_find_xliff_unit (xliff, "principle-2.title");
  JsonObject *translated = tt_find_xliff_unit (xliff, "digital-solidarity.title");
  JsonObject *missing = tt_find_xliff_unit (xliff, "principle-1.description");
  JsonObject *notes;
  guint n_translated = 0;

  g_assert_cmpstr (json_object_get_string_member (xliff, "srcLang"), ==, "en");
  g_assert_cmpstr (json_object_get_string_member (xliff, "trgLang"), ==, "es");
  g_assert_cmpstr (json_object_get_string_member (meta, "document"), ==, "2024-05-06T00:00:00Z");
  g_assert_cmpuint (json_array_get_length (read), ==, units->len);

  for (guint i = 0; i < units->len; i++)
    {
      JsonObject *unit = json_array_get_object_element (read, i);
      g_autofree char *fingerprint = sw_fingerprint_compute (json_object_get_string_member (unit, "source"));

      g_assert_cmpstr (json_object_get_string_member (unit, "id"), ==,
                       sw_translation_unit_get_id (units->pdata[i]));
      g_assert_cmpstr (json_object_get_string_member (unit, "source"), ==,
                       sw_translation_unit_get_source (units->pdata[i], document));
      g_assert_cmpstr (json_object_get_string_member (unit, "fingerprint"), ==, fingerprint);
      if (g_str_equal (json_object_get_string_member (unit, "state"), "translated"))
        n_translated++;
    }
  g_assert_cmpuint (n_translated, ==, 2);

  /* A stale text goes out to review with its old translation; a missing one without target. */
  g_assert_cmpstr (json_object_get_string_member (stale, "state"), ==, "initial");
  g_assert_cmpstr (json_object_get_string_member (stale, "target"), ==,
                   "Integrar la ciberseguridad, el desarrollo y la innovación");
  g_assert_cmpstr (json_object_get_string_member (translated, "state"), ==, "translated");
  g_assert_cmpstr (json_object_get_string_member (translated, "target"), ==, "Solidaridad digital");
  g_assert_cmpstr (json_object_get_string_member (missing, "state"), ==, "initial");
  g_assert_true (json_node_is_null (json_object_get_member (missing, "target")));

  /* Notes give the kind, the title a description belongs to, and the parent. */
  notes = json_object_get_object_member (missing, "notes");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (notes, "kind"), 0),
                   ==, "Guiding principle");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (notes, "parent"), 0),
                   ==, "Digital solidarity");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (notes, "title"), 0),
                   ==, "An affirmative vision grounded in international law");
}

static void
test_round_trip (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwDocument) before = tt_copy (document);
  g_autoptr(GBytes) exported = export (document, "fr");
  g_autoptr(GBytes) filled = tt_fill_targets (exported, "fr.xlf", "FR:");
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(SwTranslationReport) again = NULL;
  g_autoptr(SwTranslationUnit) edited = NULL;
  g_autoptr(GPtrArray) units = sw_translation_units_collect (document);
  g_autoptr(GError) error = NULL;
  SwHistory *history = sw_document_get_history (document);
  guint n_steps = sw_history_get_n_undo_steps (history);
  guint n_units = units->len;

  report = import (document, filled);
  g_assert_cmpuint (report->n_updated, ==, n_units);
  g_assert_cmpuint (report->n_unknown, ==, 0);
  g_assert_cmpuint (report->n_source_changed, ==, 0);

  /* Every target filled by the script: the language is fully translated. */
  tt_assert_counts (document, "fr", n_units, 0, 0);
  for (guint i = 0; i < n_units; i++)
    {
      g_autofree char *expected = g_strconcat ("FR:", sw_translation_unit_get_source (units->pdata[i],
                                                                                     document), NULL);

      g_assert_cmpstr (sw_text_get (sw_translation_unit_get_text (units->pdata[i], document), "fr"),
                       ==, expected);
    }
  /* Spanish is untouched. */
  tt_assert_counts (document, "es", 2, 1, n_units - 3);

  /* The import is one undo step, and undoing it gives the document back. */
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);
  g_assert_cmpstr (sw_history_get_undo_label (history), ==, "Import Translation");
  g_assert_true (sw_document_undo (document));
  tt_assert_same (document, before);
  g_assert_true (sw_document_redo (document));
  tt_assert_counts (document, "fr", n_units, 0, 0);

  /* The same file again changes nothing, and leaves no empty step to undo. */
  again = import (document, filled);
  g_assert_cmpuint (again->n_updated, ==, 0);
  g_assert_cmpuint (again->n_unchanged, ==, n_units);
  g_assert_cmpuint (sw_history_get_n_undo_steps (history), ==, n_steps + 1);

  /* A source edit makes exactly that unit stale. */
  edited = tt_find_unit (document, "aa3.title");
  sw_document_set_text (document, sw_translation_unit_get_target (edited), SW_FIELD_TITLE, NULL,
                        "Reshaped title", &error);
  g_assert_no_error (error);
  tt_assert_counts (document, "fr", n_units - 1, 1, 0);
  for (guint i = 0; i < n_units; i++)
    g_assert_cmpint (sw_translation_unit_get_state (units->pdata[i], document, "fr"), ==,
                     g_str_equal (sw_translation_unit_get_id (units->pdata[i]), "aa3.title")
                     ? SW_TRANSLATION_STALE : SW_TRANSLATION_TRANSLATED);
}

/* A translation of a source that changed after the export comes in stale, never as current. */
static void
test_source_changed_since_export (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) exported = export (document, "fr");
  g_autoptr(GBytes) filled = tt_fill_targets (exported, "fr.xlf", "FR:");
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, "aa1-1.title");
  g_autoptr(GError) error = NULL;
  g_autofree char *old_source = g_strdup (source_of (document, "aa1-1.title"));
  g_autofree char *old_fingerprint = sw_fingerprint_compute (old_source);
  g_autofree char *expected = g_strconcat ("FR:", old_source, NULL);
  guint n_units;

  sw_document_set_text (document, sw_translation_unit_get_target (unit), SW_FIELD_TITLE, NULL,
                        "A title rewritten while the translator worked", &error);
  g_assert_no_error (error);

  report = import (document, filled);
  n_units = report->n_updated;
  g_assert_cmpuint (report->n_source_changed, ==, 1);
  g_assert_cmpstr (report->source_changed_ids->pdata[0], ==, "aa1-1.title");

  g_assert_cmpstr (text_of (document, "aa1-1.title", "fr"), ==, expected);
  g_assert_cmpstr (sw_text_get_fingerprint (sw_translation_unit_get_text (unit, document), "fr"), ==,
                   old_fingerprint);
  g_assert_cmpint (sw_translation_unit_get_state (unit, document, "fr"), ==, SW_TRANSLATION_STALE);
  tt_assert_counts (document, "fr", n_units - 1, 1, 0);
}

/* Texts with everything XML must escape, and white space at the ends, come back exactly. */
static void
test_escaping (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwTranslationUnit) unit = tt_find_unit (document, "principle-3.description");
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) filled = NULL;
  g_autoptr(JsonObject) xliff = NULL;
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *tricky = "  <b>Tom & \"Jerry\"</b> ]]> 'quoted'\r\n\tsecond line\nthird ≠ üñí 文字  ";
  g_autofree char *expected = NULL;

  sw_document_set_text (document, sw_translation_unit_get_target (unit), SW_FIELD_DESCRIPTION, NULL,
                        tricky, &error);
  g_assert_no_error (error);

  exported = export (document, "fr");
  xliff = tt_read_xliff (exported);
  g_assert_cmpstr (json_object_get_string_member (tt_find_xliff_unit (xliff, "principle-3.description"),
                                                  "source"), ==, tricky);

  /* XML parsers read a raw carriage return as a line feed, and Python writes it raw. */
  tricky = "  <b>Tom & \"Jerry\"</b> ]]> 'quoted'\n\tsecond line\nthird ≠ üñí 文字  ";
  expected = g_strconcat ("FR:", tricky, NULL);
  sw_document_set_text (document, sw_translation_unit_get_target (unit), SW_FIELD_DESCRIPTION, NULL,
                        tricky, &error);
  g_assert_no_error (error);
  g_clear_pointer (&exported, g_bytes_unref);
  exported = export (document, "fr");
  filled = tt_fill_targets (exported, "fr.xlf", "FR:");
  report = import (document, filled);
  g_assert_cmpuint (report->n_source_changed, ==, 0);
  g_assert_cmpstr (text_of (document, "principle-3.description", "fr"), ==, expected);
  g_assert_cmpint (sw_translation_unit_get_state (unit, document, "fr"), ==, SW_TRANSLATION_TRANSLATED);
}

static void
test_right_to_left (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(GBytes) arabic = NULL;
  g_autoptr(GBytes) french = NULL;
  g_autoptr(JsonObject) xliff = NULL;
  g_autoptr(JsonObject) ltr = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *unit;

  sw_document_add_language (document, "ar", &error);
  g_assert_no_error (error);
  arabic = export (document, "ar");
  xliff = tt_read_xliff (arabic);
  unit = tt_find_xliff_unit (xliff, "digital-solidarity.title");
  g_assert_cmpstr (json_object_get_string_member (unit, "trgDir"), ==, "rtl");
  g_assert_true (json_node_is_null (json_object_get_member (unit, "srcDir")));

  french = export (document, "fr");
  ltr = tt_read_xliff (french);
  g_assert_true (json_node_is_null (json_object_get_member (tt_find_xliff_unit (ltr, "digital-solidarity.title"),
                                                            "trgDir")));
  g_assert_true (sw_language_tag_is_rtl ("he"));
  g_assert_true (sw_language_tag_is_rtl ("fa-IR"));
  g_assert_true (sw_language_tag_is_rtl ("az-Arab"));
  g_assert_false (sw_language_tag_is_rtl ("zh-Hans"));
  g_assert_false (sw_language_tag_is_rtl ("fr"));
}

/* What other tools write: other prefixes, split segments, inline markup, no state. */
static void
test_other_tools_files (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwTranslationReport) report = NULL;
  g_autoptr(SwTranslationUnit) description = tt_find_unit (document, "principle-1.description");
  g_autoptr(SwTranslationUnit) title = tt_find_unit (document, "principle-1.title");
  g_autoptr(SwTranslationUnit) subtitle = tt_find_unit (document, "document.subtitle");
  g_autofree char *fingerprint = sw_fingerprint_compute (source_of (document, "principle-1.description"));
  g_autofree char *file = g_strdup_printf (
    "<?xml version='1.0'?>\n"
    "<!-- written by another tool -->\n"
    "<x:xliff xmlns:x='urn:oasis:names:tc:xliff:document:2.0' xmlns:m='urn:oasis:names:tc:xliff:metadata:2.0'\n"
    "         version='2.0' srcLang='en-US' trgLang='FR'>\n"
    " <x:file id='f1'>\n"
    "  <x:group id='g'>\n"
    "   <x:unit id='principle-1.description'>\n"
    "    <m:metadata><m:metaGroup><m:meta type='fingerprint'>%s</m:meta></m:metaGroup></m:metadata>\n"
    "    <x:segment state='final'><x:source>Pursue</x:source><x:target>Poursuivre</x:target></x:segment>\n"
    "    <x:ignorable><x:source> </x:source></x:ignorable>\n"
    "    <x:segment state='reviewed'><x:source>rest</x:source>"
    "<x:target>une <x:pc id='1'>image</x:pc><x:ph id='2'/> &#233;tendue&#x21;</x:target></x:segment>\n"
    "   </x:unit>\n"
    "   <x:unit id='document.subtitle'><x:segment><x:source>Towards an Innovative, Secure, and "
    "Rights-Respecting Digital Future</x:source><x:target>Vers un avenir</x:target></x:segment></x:unit>\n"
    "   <x:unit id='principle-1.title'><x:segment state='translated'><x:source>x</x:source></x:segment></x:unit>\n"
    "   <x:unit id='no-such-node.title'><x:segment state='translated'><x:source>x</x:source>"
    "<x:target>y</x:target></x:segment></x:unit>\n"
    "  </x:group>\n"
    " </x:file>\n"
    "</x:xliff>\n", fingerprint);
  g_autoptr(GBytes) bytes = tt_bytes (file);

  /* Language tags compare without case; the file's "en-US" is not the document's "en" though. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (sw_translation_import (document, bytes, "other.xlf", &error));
    g_assert_error (error, SW_TRANSLATION_ERROR, SW_TRANSLATION_ERROR_WRONG_LANGUAGE);
    g_test_message ("%s", error->message);
    g_assert_true (g_str_has_prefix (error->message, "other.xlf:4: "));
  }

  {
    g_autofree char *fixed = NULL;
    g_autoptr(GBytes) fixed_bytes = NULL;
    char *at = strstr (file, "srcLang='en-US'");

    memcpy (at, "srcLang='EN'   ", strlen ("srcLang='EN'   "));
    fixed = g_strdup (file);
    fixed_bytes = tt_bytes (fixed);
    report = import (document, fixed_bytes);
  }

  g_assert_cmpstr (report->language, ==, "fr");
  g_assert_cmpuint (report->n_updated, ==, 2);
  g_assert_cmpuint (report->n_untranslated, ==, 1);
  g_assert_cmpuint (report->n_unknown, ==, 1);
  g_assert_cmpstr (report->unknown_ids->pdata[0], ==, "no-such-node.title");

  /* Segments joined, inline markup dropped with its text kept, character references read. */
  g_assert_cmpstr (text_of (document, "principle-1.description", "fr"), ==, "Poursuivre une image étendue!");
  g_assert_cmpint (sw_translation_unit_get_state (description, document, "fr"), ==,
                   SW_TRANSLATION_TRANSLATED);
  /* A segment without a state is "initial" in XLIFF 2.0: a draft, so it comes in stale. */
  g_assert_cmpstr (text_of (document, "document.subtitle", "fr"), ==, "Vers un avenir");
  g_assert_cmpint (sw_translation_unit_get_state (subtitle, document, "fr"), ==, SW_TRANSLATION_STALE);
  /* No target: the translation the document had stays. */
  g_assert_cmpstr (text_of (document, "principle-1.title", "fr"), ==,
                   "Une vision positive fondée sur le droit international");
  g_assert_cmpint (sw_translation_unit_get_state (title, document, "fr"), ==, SW_TRANSLATION_TRANSLATED);
}

/* translate-toolkit writes XLIFF 1.x; a 1.x file it makes from our PO is refused, not misread. */
static void
test_translate_toolkit_xliff_12 (void)
{
  g_autoptr(SwDocument) document = tt_load_sample ();
  g_autoptr(SwDocument) copy = NULL;
  g_autoptr(GBytes) po = NULL;
  g_autoptr(GBytes) xliff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *po_path = NULL;
  g_autofree char *xliff_path = tt_temp_path ("toolkit.xlf");
  const char *argv[] = { "po2xliff", "--progress=none", NULL, xliff_path, NULL };

  if (!tt_have_program ("po2xliff"))
    {
      g_test_skip ("translate-toolkit is not installed");
      return;
    }

  po = sw_translation_export (document, "fr", SW_TRANSLATION_FORMAT_PO, &error);
  g_assert_no_error (error);
  po_path = tt_write_temp ("toolkit.po", po);
  argv[2] = po_path;
  g_assert_cmpint (tt_run (argv, NULL, NULL), ==, 0);

  copy = tt_copy (document);
  xliff = tt_read (xliff_path);
  g_assert_null (sw_translation_import (document, xliff, "toolkit.xlf", &error));
  g_assert_error (error, SW_TRANSLATION_ERROR, SW_TRANSLATION_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "XLIFF 1."));
  tt_assert_same (document, copy);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translate/xliff/export", test_export_read_by_xml_parser);
  g_test_add_func ("/translate/xliff/round-trip", test_round_trip);
  g_test_add_func ("/translate/xliff/source-changed", test_source_changed_since_export);
  g_test_add_func ("/translate/xliff/escaping", test_escaping);
  g_test_add_func ("/translate/xliff/right-to-left", test_right_to_left);
  g_test_add_func ("/translate/xliff/other-tools", test_other_tools_files);
  g_test_add_func ("/translate/xliff/translate-toolkit", test_translate_toolkit_xliff_12);

  return g_test_run ();
}
