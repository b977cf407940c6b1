package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import java.util.Locale;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestSyllableSurfaces extends LuceneTestCase {

  private static final WordDictionary DICTIONARY = TokenInfoDictionary.getInstance();
  private static final SyllableSurfaces SURFACES = SyllableSurfaces.of(DICTIONARY);

  private static long find(String text) {
    return SURFACES.find(text.toCharArray(), 0, text.length());
  }

  /** A found spelling gives what the scanner computes without it: number and validity by key. */
  private static void assertSameAsKey(String text, long slot) {
    if (slot == 0) {
      return;
    }
    char[] key = new char[text.length() + 1];
    int n = DictionaryKeys.normalizeSyllable(text.toCharArray(), 0, text.length(), key, 0);
    assertEquals(text, DICTIONARY.syllableId(key, 0, n), SyllableSurfaces.id(slot));
    assertEquals(text, Syllables.isValid(key, 0, n), SyllableSurfaces.valid(slot));
    // and its placed spelling is the text lower-cased with its tone mark placed as the filter does
    char[] placed = text.toLowerCase(Locale.ROOT).toCharArray();
    ToneMarks.canonicalize(placed, 0, placed.length);
    assertEquals(text, new String(placed), SURFACES.placedText(SyllableSurfaces.id(slot)));
  }

  public void testEverySyllableIsFoundByItsPlacedSpellingInAnyCase() {
    int found = 0;
    for (int id = 0; id < SURFACES.syllables(); id++) {
      String placed = SURFACES.placedText(id);
      if (placed.isEmpty()) {
        continue; // a syllable left to the long way
      }
      found++;
      long slot = find(placed);
      assertEquals(placed, id, SyllableSurfaces.id(slot));
      assertSameAsKey(placed, slot);
      String upper = placed.toUpperCase(Locale.ROOT);
      if (upper.length() == placed.length()) {
        assertEquals(upper, slot, find(upper));
      }
    }
    assertTrue(found + " of " + DICTIONARY.syllables(), found > 0.95 * DICTIONARY.syllables());
    assertTrue(SURFACES.count() > found);
  }

  public void testBothTonePlacementsAndAnyCaseFindTheSameSyllable() {
    long hoa = find("hòa");
    assertTrue(hoa != 0);
    assertEquals(SyllableSurfaces.id(hoa), SyllableSurfaces.id(find("hoà")));
    assertEquals(find("hoà"), find("HOÀ"));
    assertEquals("hòa", SURFACES.placedText(SyllableSurfaces.id(find("hoà"))));
    assertEquals(SyllableSurfaces.id(find("thủy")), SyllableSurfaces.id(find("Thuỷ")));
    assertTrue(SyllableSurfaces.valid(find("Nguyễn")));
    assertNotEquals(SyllableSurfaces.id(find("má")), SyllableSurfaces.id(find("mà")));
  }

  public void testWhatIsNotASpellingIsNotFound() {
    assertEquals(0, find("Witkoff"));
    assertEquals(0, find("nghiêngg"));
    assertEquals(0, find("ho\u0300a")); // NFD: the char filter composes it first
    assertEquals(0, find("chuyênnghiệp")); // longer than any spelling
  }

  public void testRandomWordsGiveWhatTheirKeyGives() {
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      String text =
          random().nextBoolean()
              ? RandomVietnamese.text(random(), 1).strip()
              : TestUtil.randomRealisticUnicodeString(random(), 1, 8);
      if (!text.isEmpty()) {
        assertSameAsKey(text, find(text));
      }
    }
  }
}
