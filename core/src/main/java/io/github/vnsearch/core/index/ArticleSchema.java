package io.github.vnsearch.core.index;

import io.github.vnsearch.analysis.vi.TwinTextFields;
import io.github.vnsearch.core.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index layout in one place: field names, how an {@link Article} becomes a Lucene {@link
 * Document}, the analyzers used per field at index and query time, and the facet configuration.
 *
 * <p>Text is indexed twice: {@link #TITLE}/{@link #BODY} keep diacritics (exact field) and are
 * analyzed in {@code WORDS} mode (one term per dictionary word, so a word's statistics are its
 * own); {@link #TITLE_FOLDED}/{@link #BODY_FOLDED} fold diacritics (accent-insensitive field) and
 * are analyzed in {@code MIXED} mode (each multi-syllable word and its syllables), so that
 * unaccented syllables and words segmented otherwise still match as a phrase. Queries are analyzed
 * in {@code WORDS} mode. Only {@link #BODY_FOLDED} keeps offsets in its postings: snippets of the
 * body are found there (the highlighter masks {@link #BODY} with its folded twin), and folding
 * never changes offsets, so they point into the stored exact text.
 *
 * <p>{@link #DATE} is the publication day as epoch milliseconds of its start in {@link #ZONE}
 * (point for ranges, doc values for sorting, stored for display). The {@link #DATE} facet is
 * hierarchical: year / month / day, with zero-padded labels ({@code 2025}/{@code 12}/{@code 05});
 * undated articles are counted under the single top-level label {@link #NO_DATE}.
 */
public final class ArticleSchema {

  /** Bump whenever a change makes older indexes unreadable or wrong for this code. */
  public static final int VERSION = 2;

  /** Unique article id (indexed as a single term, stored, sorted doc values for tie-breaks). */
  public static final String ID = "id";

  /** Headline, exact analysis. */
  public static final String TITLE = "title";

  /** Headline, diacritics folded. */
  public static final String TITLE_FOLDED = "title_folded";

  /** Article text, exact analysis. */
  public static final String BODY = "body";

  /** Article text, diacritics folded. */
  public static final String BODY_FOLDED = "body_folded";

  /** Publication day (epoch millis) and the hierarchical facet dimension of the same name. */
  public static final String DATE = "date";

  /** Newspaper section; flat facet dimension and stored. */
  public static final String CATEGORY = "category";

  /** Publisher; flat facet dimension and stored. */
  public static final String SOURCE = "source";

  /** Original address; stored only. */
  public static final String URL = "url";

  /**
   * The headline and the words of the start of the article, for suggestions: binary doc values in
   * {@link LeadText}'s format.
   */
  public static final String LEAD = "lead";

  /** Label of the {@link #DATE} facet bucket for articles without a date. */
  public static final String NO_DATE = "no date";

  /** Calendar days are interpreted in Vietnam's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Commit user data key holding {@link #VERSION}. */
  static final String USER_DATA_VERSION = "vnsearch.schema.version";

  /** Commit user data key holding {@link #analyzerSettings()}. */
  static final String USER_DATA_ANALYSIS = "vnsearch.schema.analysis";

  /** Text with positions; what every text field but {@link #BODY_FOLDED} needs. */
  private static final FieldType TEXT_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /** Text with positions and offsets: {@link #BODY_FOLDED}, where snippets find their matches. */
  private static final FieldType HIGHLIGHTED_TEXT_TYPE =
      textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

  private static FieldType textType(IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  private static final FacetsConfig FACETS = newFacetsConfig();

  private ArticleSchema() {}

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(DATE, true);
    config.setMultiValued(DATE, false);
    config.setMultiValued(CATEGORY, false);
    config.setMultiValued(SOURCE, false);
    return config;
  }

  /** The facet configuration every writer and reader of these indexes must use. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /** The analyzer per field for indexing (WORDS exact fields; MIXED and folding on the others). */
  public static Analyzer indexAnalyzer() {
    return Analyzers.INDEX;
  }

  /**
   * The analyzer per field for queries (WORDS mode; folding on the folded fields). Also the
   * analyzer the highlighter re-analyzes with, when it must.
   */
  public static Analyzer queryAnalyzer() {
    return Analyzers.QUERY;
  }

  /** A description of the analysis chain, recorded in every commit and compared on open. */
  public static String analyzerSettings() {
    return Analyzers.SETTINGS;
  }

  /** The commit user data written with every commit. */
  static Map<String, String> commitUserData() {
    return Map.of(
        USER_DATA_VERSION, Integer.toString(VERSION), USER_DATA_ANALYSIS, analyzerSettings());
  }

  /** The term that identifies {@code id} for updates and deletes. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /** The article whose document, as {@link #toDocument} stores it, holds {@code stored}. */
  static Article toArticle(Document stored) {
    IndexableField date = stored.getField(DATE);
    return Article.builder(stored.get(ID), stored.get(BODY))
        .title(stored.get(TITLE))
        .date(date == null ? null : toDay(date.numericValue().longValue()))
        .source(stored.get(SOURCE))
        .url(stored.get(URL))
        .category(stored.get(CATEGORY))
        .build();
  }

  /** Epoch milliseconds of the start of {@code day} in {@link #ZONE}. */
  public static long toMillis(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant().toEpochMilli();
  }

  /** The day in {@link #ZONE} of an epoch-millisecond instant. */
  public static LocalDate toDay(long millis) {
    return java.time.Instant.ofEpochMilli(millis).atZone(ZONE).toLocalDate();
  }

  /** The {@link #DATE} facet path of a day ({@code null}: {@link #NO_DATE}). */
  public static String[] datePath(LocalDate day) {
    if (day == null) {
      return new String[] {NO_DATE};
    }
    return new String[] {
      String.format("%04d", day.getYear()),
      String.format("%02d", day.getMonthValue()),
      String.format("%02d", day.getDayOfMonth())
    };
  }

  /** The document for {@code article}, before {@link FacetsConfig#build}. */
  static Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
    TwinTextFields title = null;
    if (article.title() != null) {
      doc.add(new StoredField(TITLE, article.title()));
      title = addText(doc, TITLE, TITLE_FOLDED, article.title(), TEXT_TYPE);
    }
    doc.add(new StoredField(BODY, article.body()));
    TwinTextFields body = addText(doc, BODY, BODY_FOLDED, article.body(), HIGHLIGHTED_TEXT_TYPE);
    doc.add(new LeadField(article, title, body)); // after the text fields: reuses their words
    if (article.date() != null) {
      long millis = toMillis(article.date());
      doc.add(new LongPoint(DATE, millis));
      doc.add(new NumericDocValuesField(DATE, millis));
      doc.add(new StoredField(DATE, millis));
    }
    doc.add(new SortedSetDocValuesFacetField(DATE, datePath(article.date())));
    if (article.category() != null) {
      doc.add(new SortedSetDocValuesFacetField(CATEGORY, article.category()));
      doc.add(new StoredField(CATEGORY, article.category()));
    }
    if (article.source() != null) {
      doc.add(new SortedSetDocValuesFacetField(SOURCE, article.source()));
      doc.add(new StoredField(SOURCE, article.source()));
    }
    if (article.url() != null) {
      doc.add(new StoredField(URL, article.url()));
    }
    return doc;
  }

  /**
   * Adds the exact and the folded field of {@code text}, analyzed as {@link #indexAnalyzer()} would
   * but segmented once for both.
   */
  private static TwinTextFields addText(
      Document doc, String exact, String folded, String text, FieldType foldedType) {
    TwinTextFields twin = new TwinTextFields(text);
    doc.add(twin.exact(exact, TEXT_TYPE));
    doc.add(twin.folded(folded, foldedType));
    return twin;
  }

  /**
   * {@link #LEAD}, encoded when the writer asks for its value: by then the writer has inverted the
   * text fields before it, so the words are those they recorded and nothing is segmented again.
   */
  private static final class LeadField extends Field {
    private static final FieldType TYPE = new FieldType();

    static {
      TYPE.setDocValuesType(DocValuesType.BINARY);
      TYPE.freeze();
    }

    private final Article article;
    private final TwinTextFields title;
    private final TwinTextFields body;

    LeadField(Article article, TwinTextFields title, TwinTextFields body) {
      super(LEAD, TYPE);
      this.article = article;
      this.title = title;
      this.body = body;
    }

    @Override
    public BytesRef binaryValue() {
      if (fieldsData == null) {
        try {
          fieldsData = LeadText.encode(article.title(), title, article.body(), body);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // segmenting a String reads no file
        }
      }
      return (BytesRef) fieldsData;
    }
  }

  /** Builds the per-field analyzer: {@code exact} for TITLE/BODY, {@code folded} for the rest. */
  static Analyzer perField(Analyzer exact, Analyzer folded) {
    return new PerFieldAnalyzerWrapper(
        exact, Map.of(TITLE_FOLDED, folded, BODY_FOLDED, folded, TITLE, exact, BODY, exact));
  }
}
