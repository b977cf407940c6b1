/**
 * Vietnamese diacritic restoration: {@link io.github.vnsearch.restore.DiacriticRestorer} puts the
 * marks back into text typed without them, with the syllable model bundled in this module.
 */
module io.github.vnsearch.restore {
  // Used inside only: the API takes and returns text. analysis.vi normalizes and folds it as the
  // model was counted; lucene.core reads the model (codec header, FST).
  requires io.github.vnsearch.analysis.vi;
  requires org.apache.lucene.core;

  exports io.github.vnsearch.restore;
}
