/**
 * What the build tools share: reading a news corpus ({@link io.github.vnsearch.tools.NewsCorpus},
 * with core's JSON Lines loop), the members of a JSON object ({@link
 * io.github.vnsearch.tools.JsonMembers}), the checksum files of built resources ({@link
 * io.github.vnsearch.tools.Checksums}) and n-gram counts packed into longs ({@link
 * io.github.vnsearch.tools.LongIntMap}). The tools themselves are in the packages of the resources
 * they build ({@code io.github.vnsearch.analysis.vi}, {@code .analysis.vi.dict}, {@code
 * io.github.vnsearch.restore}) and run on the class path beside those modules' jars, where they
 * reach the package-private writers of the formats.
 */
package io.github.vnsearch.tools;
