/**
 * The tokenizer's word dictionaries: the bundled system dictionary ({@link
 * io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary}), dictionaries of the user's own words
 * ({@link io.github.vnsearch.analysis.vi.dict.UserDictionary}), how their keys are spelled ({@link
 * io.github.vnsearch.analysis.vi.dict.DictionaryKeys}) and what each character is to the analysis
 * chain ({@link io.github.vnsearch.analysis.vi.dict.CharacterDefinition}, internal).
 */
package io.github.vnsearch.analysis.vi.dict;
