// Package text is the first stage of the pipeline: it splits an article into
// paragraphs, sentences and tokens without rewriting a byte of it.
//
// Every token carries byte offsets into the original string and a normalised
// form (Norm): lower case, with curly quotes and apostrophes straightened,
// Unicode dashes made ASCII. Tokens follow news-text conventions close to the
// Penn Treebank's: possessives and contractions are split off ("Taliban" "’s",
// "ca" "n't"), hyphenated words and abbreviations stay whole ("al-Qaeda",
// "U.S."), and every quotation mark is its own token marked as opening or
// closing.
//
// [Tokenize] serves the dictionary compiler, so that a dictionary name is cut
// exactly like the news text it must match; [Segmenter] is the pipeline
// stage that also finds paragraphs and sentences.
package text
