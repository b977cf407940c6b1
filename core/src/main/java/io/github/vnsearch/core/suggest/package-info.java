/**
 * Search-as-you-type suggestions over an {@link io.github.vnsearch.core.index.ArticleIndex}: words,
 * frequent phrases and headlines completed from what a user has typed so far, with or without
 * diacritics and in the intermediate states of a Telex input method.
 */
package io.github.vnsearch.core.suggest;
