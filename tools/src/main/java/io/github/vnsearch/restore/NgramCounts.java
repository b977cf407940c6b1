package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import io.github.vnsearch.tools.JsonMembers;
import io.github.vnsearch.tools.LongIntMap;
import io.github.vnsearch.tools.NewsCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts behind a {@link RestorerModel}: lower-cased syllable unigrams, bigrams and trigrams of
 * a news corpus, normalized by {@link VietnameseNormalizationCharFilter#normalize} (NFC, one
 * tone-mark placement), sentence by sentence, with how often each syllable is capitalized inside a
 * sentence; and the syllables and in-word bigrams of a headword list. Syllables get temporary ids
 * in the order they are first seen; {@link RestorerModelWriter} renumbers the ones it keeps.
 */
final class NgramCounts {

  private static final int MAX_SYLLABLE_LENGTH = 12;

  /** Trigram keys pack three ids of 21 bits. */
  private static final int MAX_TEMPORARY_IDS = 1 << 21;

  private final Map<String, Integer> ids = new HashMap<>();

  /** Syllables by temporary id, the reserved ones first. */
  final List<String> syllables = new ArrayList<>(List.of("<s>", "</s>", "<unk>"));

  long[] counts = new long[1 << 16];
  boolean[] inDictionary = new boolean[1 << 16];

  /** Occurrences not first in a sentence, and how many of them are capitalized. */
  int[] inSentence = new int[1 << 16];

  int[] capitalized = new int[1 << 16];
  final LongIntMap bigrams = new LongIntMap(1 << 22);
  final LongIntMap trigrams = new LongIntMap(1 << 24);
  private long skippedLines;

  /** Counts the {@code title} and {@code body} of every article of {@code corpus}. */
  void countCorpus(Path corpus) throws IOException {
    NewsCorpus.read(
        corpus,
        Long.MAX_VALUE,
        (line, title, body) -> {
          for (String text : new String[] {title, body}) {
            if (text != null) {
              for (String paragraph :
                  VietnameseNormalizationCharFilter.normalize(text).split("\n")) {
                if (isAccentedVietnamese(paragraph)) {
                  countText(paragraph);
                } else {
                  skippedLines++;
                }
              }
            }
          }
          if (line % 10_000 == 0) {
            System.err.printf(
                Locale.ROOT,
                "%,d articles, %,d syllable types, %,d bigram types%n",
                line,
                syllables.size(),
                bigrams.size());
          }
        });
    System.err.printf(
        Locale.ROOT, "skipped %,d paragraphs typed without diacritics or foreign%n", skippedLines);
  }

  /**
   * False for a paragraph of four or more syllables of which fewer than a fifth carry a diacritic:
   * text typed without marks, or in another language. Counting it would teach the model that
   * unaccented spellings are Vietnamese words ({@code ban co the}); real Vietnamese marks about
   * three syllables in four.
   */
  static boolean isAccentedVietnamese(String line) {
    int syllables = 0;
    int accented = 0;
    int i = 0;
    int n = line.length();
    while (i < n) {
      if (!SyllableChars.isSyllableChar(line.charAt(i))) {
        i++;
        continue;
      }
      boolean marked = false;
      while (i < n && SyllableChars.isSyllableChar(line.charAt(i))) {
        char c = Character.toLowerCase(line.charAt(i));
        marked |= VietnameseFoldingFilter.fold(c) != c;
        i++;
      }
      syllables++;
      accented += marked ? 1 : 0;
    }
    return syllables < 4 || accented * 5 >= syllables;
  }

  /**
   * Counts the syllables of one text, sentence by sentence (any non-space separator breaks the
   * bigram context), and how often each syllable is capitalized inside a sentence.
   */
  private void countText(String text) {
    TextCounter counter = new TextCounter(text);
    SyllableChars.forEachSyllable(text, counter);
    counter.finish();
  }

  /** Counts one text's syllables, bigrams and trigrams as {@link SyllableChars} walks it. */
  private final class TextCounter implements SyllableChars.SyllableVisitor {
    private final String text;
    private int prev2 = RestorerModel.BOS;
    private int prev = RestorerModel.BOS;

    TextCounter(String text) {
      this.text = text;
    }

    @Override
    public void syllable(int start, int end, boolean broken, boolean sentenceStart) {
      if (broken && prev != RestorerModel.BOS) {
        finish();
        prev2 = RestorerModel.BOS;
        prev = RestorerModel.BOS;
      }
      int id = intern(text.substring(start, end), false);
      counts[id]++;
      if (!sentenceStart) {
        inSentence[id]++;
        if (SyllableChars.isCapitalized(text, start, end)) {
          capitalized[id]++;
        }
      }
      bigrams.add(key(prev, id), 1);
      if (prev != RestorerModel.BOS) {
        trigrams.add(key(prev2, prev, id), 1);
      }
      prev2 = prev;
      prev = id;
    }

    /** Ends the current sentence context, if there is one. */
    void finish() {
      if (prev != RestorerModel.BOS) {
        bigrams.add(key(prev, RestorerModel.EOS), 1);
        trigrams.add(key(prev2, prev, RestorerModel.EOS), 1);
      }
    }
  }

  /**
   * Lower-case form of a syllable of normalized text, or null when it is not made of Vietnamese
   * letters.
   */
  static String normalizeSyllable(String syllable) {
    if (syllable.length() > MAX_SYLLABLE_LENGTH) {
      return null;
    }
    String s = syllable.toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char f = VietnameseFoldingFilter.fold(s.charAt(i));
      if (f < 'a' || f > 'z') {
        return null;
      }
    }
    return s;
  }

  private int intern(String raw, boolean fromDictionary) {
    String s = normalizeSyllable(raw);
    if (s == null) {
      return RestorerModel.UNK;
    }
    Integer id = ids.get(s);
    if (id == null && syllables.size() >= MAX_TEMPORARY_IDS) {
      return RestorerModel.UNK;
    }
    if (id == null) {
      id = syllables.size();
      ids.put(s, id);
      syllables.add(s);
      if (id >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
        inDictionary = Arrays.copyOf(inDictionary, inDictionary.length * 2);
        inSentence = Arrays.copyOf(inSentence, inSentence.length * 2);
        capitalized = Arrays.copyOf(capitalized, capitalized.length * 2);
      }
    }
    if (fromDictionary) {
      inDictionary[id] = true;
    }
    return id;
  }

  /**
   * Adds each headword's syllables to the vocabulary and {@code weight} to the counts of its
   * syllables and in-word bigrams, so that dictionary words are known even when the corpus misses
   * them. The headwords are the member names of a JSON object ({@code .json}, as in the npm package
   * {@code @vntk/dictionary}) or the lines of a text file.
   */
  void addDictionary(Path file, int weight) throws IOException {
    List<String> words = new ArrayList<>();
    if (file.toString().endsWith(".json")) {
      JsonMembers.read(file, (name, value) -> words.add(name));
    } else {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    }
    int added = 0;
    for (String word : words) {
      String[] parts = VietnameseNormalizationCharFilter.normalize(word).split(" +");
      int[] wordIds = new int[parts.length];
      boolean ok = true;
      for (int i = 0; i < parts.length && ok; i++) {
        wordIds[i] = intern(parts[i], true);
        ok = wordIds[i] != RestorerModel.UNK;
      }
      if (!ok) {
        continue;
      }
      added++;
      for (int i = 0; i < wordIds.length; i++) {
        counts[wordIds[i]] += weight;
        if (i > 0) {
          bigrams.add(key(wordIds[i - 1], wordIds[i]), weight);
        }
      }
    }
    System.err.printf(Locale.ROOT, "dictionary: %,d of %,d headwords added%n", added, words.size());
  }

  /** The key of bigram {@code a b}: two ids of 32 bits. */
  static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  /** The key of trigram {@code a b c}: three ids of 21 bits. */
  static long key(int a, int b, int c) {
    return ((long) a << 42) | ((long) b << 21) | c;
  }
}
