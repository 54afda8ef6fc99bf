/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SwText: one translatable field, with fallback and translation states. */
#include "config.h"

#include "sw-document.h"
#include "sw-text-private.h"
#include "sw-validate.h"

/* A translation made from @source, as the document records it. */
static void
set_translation (SwText     *text,
                 const char *language,
                 const char *value,
                 const char *source)
{
  g_autofree char *fingerprint = sw_fingerprint_compute (source);

  _sw_text_set (text, language, value, fingerprint);
}

static void
test_get_set (void)
{
  g_autoptr(SwText) text = sw_text_new ();

  g_assert_true (sw_text_is_empty (text));
  g_assert_null (sw_text_get (text, "en"));
  g_assert_null (sw_text_get (text, NULL));

  _sw_text_set (text, "en", "Digital solidarity", NULL);
  set_translation (text, "fr", "Solidarité numérique", "Digital solidarity");

  g_assert_false (sw_text_is_empty (text));
  g_assert_cmpuint (sw_text_get_n_languages (text), ==, 2);
  g_assert_cmpstr (sw_text_get_language (text, 0), ==, "en");
  g_assert_cmpstr (sw_text_get_language (text, 1), ==, "fr");
  g_assert_cmpstr (sw_text_get (text, "en"), ==, "Digital solidarity");
  g_assert_cmpstr (sw_text_get (text, "fr"), ==, "Solidarité numérique");
  g_assert_null (sw_text_get_fingerprint (text, "en"));
  g_assert_cmpstr (sw_text_get_fingerprint (text, "fr"), ==, "8a2e9922900d");
  g_assert_null (sw_text_get (text, "de"));

  /* Setting again replaces in place; NULL removes. */
  _sw_text_set (text, "en", "Digital solidarity for all", NULL);
  g_assert_cmpuint (sw_text_get_n_languages (text), ==, 2);
  g_assert_cmpstr (sw_text_get (text, "en"), ==, "Digital solidarity for all");

  _sw_text_set (text, "fr", NULL, NULL);
  g_assert_cmpuint (sw_text_get_n_languages (text), ==, 1);
  g_assert_null (sw_text_get (text, "fr"));
  g_assert_null (sw_text_get_fingerprint (text, "fr"));

  _sw_text_remove (text, "en");
  _sw_text_remove (text, "de");
  g_assert_true (sw_text_is_empty (text));
}

static void
test_fallback (void)
{
  g_autoptr(SwText) text = sw_text_new ();
  gboolean used_fallback = FALSE;

  _sw_text_set (text, "en", "Open markets", NULL);
  set_translation (text, "fr", "Marchés ouverts", "Open markets");

  g_assert_cmpstr (sw_text_get_with_fallback (text, "fr", "en", &used_fallback), ==,
                   "Marchés ouverts");
  g_assert_false (used_fallback);

  g_assert_cmpstr (sw_text_get_with_fallback (text, "de", "en", &used_fallback), ==,
                   "Open markets");
  g_assert_true (used_fallback);

  g_assert_cmpstr (sw_text_get_with_fallback (text, "en", "en", &used_fallback), ==,
                   "Open markets");
  g_assert_false (used_fallback);

  /* The flag is optional, and a text with neither language reads as empty, never NULL. */
  g_assert_cmpstr (sw_text_get_with_fallback (text, "de", "en", NULL), ==, "Open markets");
  _sw_text_remove (text, "en");
  g_assert_cmpstr (sw_text_get_with_fallback (text, "de", "en", &used_fallback), ==, "");
  g_assert_true (used_fallback);
}

static void
test_document_fallback (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");
  g_autoptr(GError) error = NULL;
  SwNode *node;
  gboolean used_fallback = FALSE;

  g_assert_true (sw_document_add_language (doc, "fr", &error));
  g_assert_no_error (error);
  node = sw_document_add_node (doc, "principle", "Security", 0, 0, &error);
  g_assert_no_error (error);

  /* NULL asks for the source language. */
  g_assert_cmpstr (sw_document_get_text (doc, sw_node_get_title (node), NULL, &used_fallback), ==,
                   "Security");
  g_assert_false (used_fallback);
  g_assert_cmpstr (sw_document_get_text (doc, sw_node_get_title (node), "fr", &used_fallback), ==,
                   "Security");
  g_assert_true (used_fallback);

  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "Sécurité", &error));
  g_assert_cmpstr (sw_document_get_text (doc, sw_node_get_title (node), "fr", &used_fallback), ==,
                   "Sécurité");
  g_assert_false (used_fallback);
  g_assert_cmpstr (sw_document_get_node_title (doc, node, "fr"), ==, "Sécurité");
  g_assert_cmpstr (sw_document_get_node_title (doc, node, NULL), ==, "Security");
}

static void
test_states (void)
{
  g_autoptr(SwText) text = sw_text_new ();

  g_assert_cmpint (sw_text_get_state (text, "fr", "en"), ==, SW_TRANSLATION_MISSING);
  g_assert_cmpint (sw_text_get_state (text, "en", "en"), ==, SW_TRANSLATION_MISSING);

  _sw_text_set (text, "en", "Capacity building", NULL);
  g_assert_cmpint (sw_text_get_state (text, "en", "en"), ==, SW_TRANSLATION_TRANSLATED);
  g_assert_cmpint (sw_text_get_state (text, "fr", "en"), ==, SW_TRANSLATION_MISSING);

  set_translation (text, "fr", "Renforcement des capacités", "Capacity building");
  g_assert_cmpint (sw_text_get_state (text, "fr", "en"), ==, SW_TRANSLATION_TRANSLATED);

  /* A source change makes the translation stale without touching it. */
  _sw_text_set (text, "en", "Capacity-building", NULL);
  g_assert_cmpint (sw_text_get_state (text, "fr", "en"), ==, SW_TRANSLATION_STALE);
  g_assert_cmpstr (sw_text_get (text, "fr"), ==, "Renforcement des capacités");

  /* Changing the source back makes it current again: the state is derived, not stored. */
  _sw_text_set (text, "en", "Capacity building", NULL);
  g_assert_cmpint (sw_text_get_state (text, "fr", "en"), ==, SW_TRANSLATION_TRANSLATED);

  /* A translation without a fingerprint cannot be known current. */
  _sw_text_set (text, "de", "Kapazitätsaufbau", NULL);
  g_assert_cmpint (sw_text_get_state (text, "de", "en"), ==, SW_TRANSLATION_STALE);
}

static void
test_document_states (void)
{
  g_autoptr(SwDocument) doc = sw_document_new ("en");
  g_autoptr(GError) error = NULL;
  SwNode *node;
  const SwText *title;

  g_assert_true (sw_document_add_language (doc, "fr", NULL));
  g_assert_true (sw_document_add_language (doc, "de", NULL));
  node = sw_document_add_node (doc, "objective", "Open markets", 0, 0, NULL);
  title = sw_node_get_title (node);

  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_MISSING);
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "fr", "Marchés ouverts", &error));
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "de", "Offene Märkte", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_TRANSLATED);

  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, NULL, "Open and fair markets",
                                       &error));
  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_STALE);
  g_assert_cmpint (sw_text_get_state (title, "de", "en"), ==, SW_TRANSLATION_STALE);
  g_assert_cmpstr (sw_text_get (title, "fr"), ==, "Marchés ouverts");

  /* Confirming one translation leaves the other stale and keeps the text. */
  g_assert_true (sw_document_mark_translation_current (doc, node, SW_FIELD_TITLE, "fr"));
  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_TRANSLATED);
  g_assert_cmpint (sw_text_get_state (title, "de", "en"), ==, SW_TRANSLATION_STALE);
  g_assert_cmpstr (sw_text_get (title, "fr"), ==, "Marchés ouverts");

  /* Retranslating also makes it current. */
  g_assert_true (sw_document_set_text (doc, node, SW_FIELD_TITLE, "de",
                                       "Offene und faire Märkte", &error));
  g_assert_cmpint (sw_text_get_state (title, "de", "en"), ==, SW_TRANSLATION_TRANSLATED);

  /* Undoing the confirmation brings the staleness back. */
  g_assert_true (sw_document_undo (doc));
  g_assert_true (sw_document_undo (doc));
  g_assert_cmpint (sw_text_get_state (title, "fr", "en"), ==, SW_TRANSLATION_STALE);
}

static void
test_equal (void)
{
  g_autoptr(SwText) a = sw_text_new ();
  g_autoptr(SwText) b = sw_text_new ();

  g_assert_true (sw_text_equal (a, b));

  _sw_text_set (a, "en", "Trust", NULL);
  set_translation (a, "fr", "Confiance", "Trust");
  set_translation (a, "de", "Vertrauen", "Trust");

  /* The same entries in another order. */
  set_translation (b, "de", "Vertrauen", "Trust");
  _sw_text_set (b, "en", "Trust", NULL);
  g_assert_false (sw_text_equal (a, b));
  g_assert_false (sw_text_equal (b, a));
  set_translation (b, "fr", "Confiance", "Trust");
  g_assert_true (sw_text_equal (a, b));
  g_assert_true (sw_text_equal (b, a));

  /* A different value, fingerprint or language each makes them differ. */
  _sw_text_set (b, "fr", "Confiance mutuelle", sw_text_get_fingerprint (b, "fr"));
  g_assert_false (sw_text_equal (a, b));
  set_translation (b, "fr", "Confiance", "Trust!");
  g_assert_false (sw_text_equal (a, b));
  set_translation (b, "fr", "Confiance", "Trust");
  g_assert_true (sw_text_equal (a, b));

  _sw_text_remove (b, "de");
  set_translation (b, "es", "Vertrauen", "Trust");
  g_assert_false (sw_text_equal (a, b));
  g_assert_false (sw_text_equal (b, a));
}

static void
test_copy (void)
{
  g_autoptr(SwText) text = sw_text_new ();
  g_autoptr(SwText) copy = NULL;
  g_autoptr(SwText) boxed = NULL;

  _sw_text_set (text, "en", "Resilience", NULL);
  set_translation (text, "fr", "Résilience", "Resilience");

  copy = sw_text_copy (text);
  g_assert_true (sw_text_equal (text, copy));
  g_assert_cmpstr (sw_text_get_fingerprint (copy, "fr"), ==, sw_text_get_fingerprint (text, "fr"));

  /* The copy is deep: changing one leaves the other alone. */
  _sw_text_set (copy, "en", "Cyber resilience", NULL);
  _sw_text_remove (copy, "fr");
  g_assert_cmpstr (sw_text_get (text, "en"), ==, "Resilience");
  g_assert_cmpstr (sw_text_get (text, "fr"), ==, "Résilience");
  g_assert_false (sw_text_equal (text, copy));

  boxed = g_boxed_copy (SW_TYPE_TEXT, text);
  g_assert_true (sw_text_equal (text, boxed));
  g_assert_true (boxed != text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/get-set", test_get_set);
  g_test_add_func ("/text/fallback", test_fallback);
  g_test_add_func ("/text/fallback/document", test_document_fallback);
  g_test_add_func ("/text/state", test_states);
  g_test_add_func ("/text/state/document", test_document_states);
  g_test_add_func ("/text/equal", test_equal);
  g_test_add_func ("/text/copy", test_copy);

  return g_test_run ();
}
