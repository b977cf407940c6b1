package io.github.vnsearch.core.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of one plain-text news article, as saved from a news site, into an {@link
 * Article}: finds the date and the headline and strips page furniture.
 *
 * <p>Recognized layouts: a {@code date YYYY-MM-DD} header glued to the start of the first line; a
 * headline on the first line (possibly after a short dateline or section name such as {@code Hà
 * Nội} / {@code Thế giới}) followed by a blank line; a {@code 31/07/2023 09:49 GMT+7} line near the
 * top; no date at all.
 *
 * <p>Furniture is removed line by line and only where it is unmistakable: markdown image markup and
 * table pipes, image file names, photo captions ending in a credit such as {@code Ảnh: Reuters},
 * navigation links ({@code Xem chi tiết}, {@code Bài liên quan}, {@code Top}), comment box notices,
 * hashtag lines and a repeat of the headline. A line is never cut in the middle, and a line that is
 * an ordinary sentence is always kept.
 */
public final class PlainTextArticleParser {

  private static final Pattern DATE_HEADER =
      Pattern.compile("^\\s*date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\b\\s*(.*)$");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:[\\p{L} ]{2,12},\\s*)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})"
              + "(?:\\s*[-,|]?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?"
              + "(?:\\s*\\(?(?:GMT|UTC)?\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\)?)?\\s*$");
  private static final Pattern ISO_DATE_LINE =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");
  private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern IMAGE_FILE =
      Pattern.compile("^\\S+\\.(?:jpe?g|png|gif|webp|bmp)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "(?:^|[\\s.(])(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Photo)\\s*:\\s*[^.:]{1,40}[.)]?$");
  private static final Pattern IMAGE_ALT = Pattern.compile("[-–]\\s*Ảnh\\s*\\d+\\s*\\.?$");
  private static final Pattern PHOTO_AGENCY =
      Pattern.compile("^[\\p{Lu}]{2,}(?:[ /][\\p{Lu}]{2,}){0,2}$");
  private static final Pattern COMMENT_NOTICE =
      Pattern.compile("^(?:Bạn không thể gửi bình luận|Gửi bình luận|Bình luận của bạn)");
  private static final Pattern SECONDS_LEFT = Pattern.compile("^\\d+\\s*giây nữa\\.?$");
  private static final Pattern HASHTAGS = Pattern.compile("^#\\p{L}.*");
  private static final Pattern VIDEO_SOURCE = Pattern.compile("^Nguồn video\\s*:.{0,60}$");
  private static final Set<String> NAVIGATION =
      Set.of(
          "xem chi tiết",
          "top",
          "bài liên quan",
          "tin liên quan",
          "xem thêm",
          "đọc thêm",
          "tin cùng chuyên mục");

  private static final int MAX_HEADER_LINES = 6;

  private PlainTextArticleParser() {}

  /**
   * Parses {@code text} (already decoded) into an article with the given id, or returns {@code
   * null} when no article text is left.
   *
   * @throws InvalidArticleException when the text has a date that does not exist where the date
   *     goes ({@code date 2025-13-45}, {@code 31/02/2024 09:49 GMT+7}): such an article is not
   *     indexed as undated, it is reported
   */
  public static Article parse(String id, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\\r?\\n|\\r", -1)));
    lines.replaceAll(String::strip);
    LocalDate date = null;
    int first = firstNonBlank(lines, 0);
    if (first < 0) {
      return null;
    }
    Matcher header = DATE_HEADER.matcher(lines.get(first));
    if (header.matches()) {
      try {
        date = date(header.group(1), header.group(2), header.group(3));
      } catch (DateTimeException e) {
        throw invalidDate(
            first, "date " + header.group(1) + "-" + header.group(2) + "-" + header.group(3));
      }
      lines.set(first, header.group(4).strip());
    }

    int titleLine = findTitle(lines);
    String title = titleLine >= 0 ? lines.get(titleLine) : null;
    int bodyStart = titleLine >= 0 ? titleLine + 1 : 0;

    // A date line under the title (or at the very top).
    for (int i = bodyStart, seen = 0; i < lines.size() && seen < MAX_HEADER_LINES; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      LocalDate lineDate = dateLine(lines, i);
      if (lineDate != null) {
        if (date == null) {
          date = lineDate;
        }
        lines.set(i, "");
        break;
      }
    }

    StringBuilder body = new StringBuilder();
    for (int i = bodyStart; i < lines.size(); i++) {
      String line = clean(lines.get(i));
      if (line.isEmpty() || line.equals(title)) {
        continue;
      }
      if (IMAGE_ALT.matcher(line).find()) {
        // "<headline> - Ảnh 1." then possibly a caption line and an agency credit line.
        int caption = nextNonBlank(lines, i + 1);
        int credit = caption < 0 ? -1 : nextNonBlank(lines, caption + 1);
        if (credit >= 0
            && PHOTO_AGENCY.matcher(lines.get(credit)).matches()
            && lines.get(caption).split("\\s+").length <= 40
            && !lines.get(caption).endsWith(".")) {
          i = credit;
        }
        continue;
      }
      if (PHOTO_AGENCY.matcher(line).matches()) {
        continue;
      }
      if (COMMENT_NOTICE.matcher(line).find()) {
        if (i + 1 < lines.size() && SECONDS_LEFT.matcher(lines.get(i + 1)).matches()) {
          i++;
        }
        continue;
      }
      if (body.length() > 0) {
        body.append('\n');
      }
      body.append(line);
    }
    if (body.isEmpty() || body.chars().noneMatch(Character::isLetterOrDigit)) {
      return null;
    }
    return Article.builder(id, body.toString()).title(title).date(date).build();
  }

  /**
   * The line with the headline, or -1: a short line at the top followed by a blank or date line.
   */
  private static int findTitle(List<String> lines) {
    for (int i = firstNonBlank(lines, 0), seen = 0;
        i >= 0 && seen < 3;
        i = firstNonBlank(lines, i + 1), seen++) {
      String line = lines.get(i);
      int words = line.split("\\s+").length;
      boolean endsLikeHeadline = !line.matches(".*[.:;,…]$") && !line.startsWith("\"");
      boolean separated =
          i + 1 >= lines.size() || lines.get(i + 1).isEmpty() || dateLine(lines, i + 1) != null;
      if (words >= 4 && words <= 35 && line.length() <= 250 && endsLikeHeadline && separated) {
        return i;
      }
      // Only a short dateline or section name ("Hà Nội", "Thế giới") may precede the headline.
      if (words > 4 || !endsLikeHeadline || dateLine(lines, i) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** The line without furniture markup, or "" when the whole line is furniture. */
  static String clean(String line) {
    String s = line;
    if (s.isEmpty()) {
      return s;
    }
    s = MARKDOWN_IMAGE.matcher(s).replaceAll("").strip();
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.startsWith("|")) {
      s = s.substring(1).strip();
    }
    if (s.isEmpty()
        || IMAGE_FILE.matcher(s).matches()
        || HASHTAGS.matcher(s).matches()
        || VIDEO_SOURCE.matcher(s).matches()
        || s.startsWith(">>>")
        || NAVIGATION.contains(s.replaceAll("[\\s:.…»>]+$", "").toLowerCase(Locale.ROOT))) {
      return "";
    }
    if (PHOTO_CREDIT.matcher(s).find() && s.split("\\s+").length <= 40) {
      return "";
    }
    return s;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    return firstNonBlank(lines, from);
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The date of {@code lines[i]} when it is only a date (and time), or null.
   *
   * @throws InvalidArticleException when it has the form of a date but no such day exists
   */
  private static LocalDate dateLine(List<String> lines, int i) {
    try {
      return dateLine(lines.get(i));
    } catch (DateTimeException e) {
      throw invalidDate(i, lines.get(i));
    }
  }

  private static InvalidArticleException invalidDate(int lineIndex, String date) {
    return new InvalidArticleException(lineIndex + 1, "invalid date '" + date + "' (no such day)");
  }

  /**
   * The date of a line that is only a date (and time), or null.
   *
   * @throws DateTimeException when the line has the form of a date but no such day exists
   */
  static LocalDate dateLine(String line) {
    Matcher m = DATE_LINE.matcher(line);
    if (m.matches()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = ISO_DATE_LINE.matcher(line);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }
}
