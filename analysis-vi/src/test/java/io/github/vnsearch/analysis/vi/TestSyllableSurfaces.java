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

  /** What the scanner computes without the spellings: the syllable number and validity by key. */
  private static void assertSameAsKey(String text, int slot) {
    char[] key = new char[text.length() + 1];
    int n = DictionaryKeys.normalizeSyllable(text.toCharArray(), 0, text.length(), key, 0);
    int id = DICTIONARY.syllableId(key, 0, n);
    if (slot < 0) {
      return;
    }
    assertEquals(text, id, SURFACES.id(slot));
    assertEquals(text, Syllables.isValid(key, 0, n), SURFACES.valid(slot));
  }

  private static int find(String text) {
    return SURFACES.find(text.toCharArray(), 0, text.length());
  }

  public void testEverySpellingIsFoundWithTheNumberOfItsKey() {
    assertTrue(SURFACES.count() > DICTIONARY.syllables());
    for (int e = 0; e < SURFACES.count(); e++) {
      String spelling = SURFACES.spellingText(e);
      int slot = find(spelling);
      assertTrue(spelling, slot >= 0);
      assertEquals(spelling, e, SURFACES.spelling(slot));
      assertSameAsKey(spelling, slot);
      String upper = spelling.toUpperCase(Locale.ROOT);
      if (upper.length() == spelling.length()) {
        assertEquals(upper, slot, find(upper));
      }
    }
  }

  public void testBothTonePlacementsAndAnyCaseFindTheSameSyllable() {
    int hoa = find("hòa");
    assertTrue(hoa >= 0);
    assertEquals(SURFACES.id(hoa), SURFACES.id(find("hoà")));
    assertEquals(SURFACES.id(hoa), SURFACES.id(find("HOÀ")));
    assertEquals(SURFACES.id(find("thủy")), SURFACES.id(find("Thuỷ")));
    assertTrue(SURFACES.valid(find("Nguyễn")));
    assertNotEquals(SURFACES.id(find("má")), SURFACES.id(find("mà")));
  }

  public void testWhatIsNotASpellingIsNotFound() {
    assertEquals(-1, find("Witkoff"));
    assertEquals(-1, find("nghiêngg"));
    assertEquals(-1, find("ho\u0300a")); // NFD: the char filter composes it first
    assertEquals(-1, find("chuyênnghiệp")); // longer than any spelling
  }

  public void testRandomWordsGiveWhatTheirKeyGives() {
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      String text =
          random().nextBoolean()
              ? RandomVietnamese.text(random(), 1).strip()
              : TestUtil.randomRealisticUnicodeString(random(), 1, 8);
      if (text.isEmpty()) {
        continue;
      }
      int slot = find(text);
      assertSameAsKey(text, slot);
    }
  }
}
