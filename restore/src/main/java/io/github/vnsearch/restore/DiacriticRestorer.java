package io.github.vnsearch.restore;

import java.util.List;
import java.util.Objects;

/**
 * Restores the diacritics of Vietnamese text typed without them: {@code dam phan hoa binh} becomes
 * {@code đàm phán hòa bình}.
 *
 * <p>Each syllable typed without marks may stand for several accented syllables ({@code ban} is
 * {@code bạn, bán, bàn, bản, bận…}); the restorer picks the most likely sequence with a Viterbi
 * search under a syllable trigram language model counted from Vietnamese news. Everything else is
 * kept exactly: syllables the user did accent, words the model does not know ({@code Witkoff}),
 * acronyms in capitals inside lower-case text ({@code NATO}), numbers, punctuation and spacing. The
 * case of every typed letter is kept, so the output has the same length as the input.
 *
 * <p>Instances are immutable and thread-safe; {@link #getDefault()} returns the one backed by the
 * bundled model, which is loaded on first use.
 */
public final class DiacriticRestorer {

  private static final class Holder {
    static final DiacriticRestorer INSTANCE = new DiacriticRestorer(RestorerModel.bundled());
  }

  private final RestorerModel model;
  private final ThreadLocal<Lattice> lattices;

  DiacriticRestorer(RestorerModel model) {
    this.model = model;
    this.lattices = ThreadLocal.withInitial(() -> new Lattice(model));
  }

  /** The restorer backed by the bundled model (loaded lazily, once per JVM). */
  public static DiacriticRestorer getDefault() {
    return Holder.INSTANCE;
  }

  /** Returns {@code text} with the diacritics of its unaccented Vietnamese syllables restored. */
  public String restore(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Lattice lattice = lattices.get();
    lattice.build(text);
    return lattice.best();
  }

  /**
   * Returns up to {@code k} restorations of {@code text}, best first, each with its score. The
   * first one equals {@link #restore(CharSequence)}; fewer than {@code k} are returned when the
   * text has fewer readings.
   *
   * @throws IllegalArgumentException when {@code k < 1}
   */
  public List<Restoration> restoreTopK(CharSequence text, int k) {
    Objects.requireNonNull(text, "text");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    Lattice lattice = lattices.get();
    lattice.build(text);
    return lattice.kBest(k);
  }

  /**
   * True when {@code text} looks like Vietnamese typed without diacritics: among its syllables that
   * are either accented or known unaccented spellings, fewer than half carry a diacritic. Text with
   * no such syllable (numbers, foreign words only) is not "mostly unaccented".
   */
  public boolean isMostlyUnaccented(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Lattice lattice = lattices.get();
    lattice.build(text);
    return mostlyUnaccented(lattice);
  }

  private static boolean mostlyUnaccented(Lattice lattice) {
    int accented = lattice.accentedCount();
    int vietnamese = accented + lattice.restorableCount();
    return vietnamese > 0 && accented * 2 < vietnamese;
  }

  /**
   * Restores {@code text} when it {@linkplain #isMostlyUnaccented is mostly unaccented}, else
   * returns {@code null}; the same as both calls, with one pass over the text instead of two (what
   * a search engine wants on its query path).
   */
  public String restoreIfMostlyUnaccented(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Lattice lattice = lattices.get();
    lattice.build(text);
    return mostlyUnaccented(lattice) ? lattice.best() : null;
  }

  /** Approximate heap bytes used by the model behind this restorer. */
  public long ramBytesUsed() {
    return model.ramBytesUsed();
  }
}
