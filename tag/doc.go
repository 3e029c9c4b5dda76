// Package tag is the pipeline stage after segmentation: it gives every
// word token a part-of-speech tag and a lemma, groups tokens into noun
// phrases and verb groups, describes each verb group (head, tense,
// negation, modality, voice) and splits sentences into nested clauses
// (coordinate, relative, subordinate, reported speech) so the coder can
// tell who did what in which clause.
//
// The tagger is rule-based and needs no model: a lexicon generated from
// WordNet 3.0 (lexicon.txt, embedded; see NOTICE-wordnet.txt) and a
// hand-written table of function words give each word its possible tags
// and lemmas, regular inflections are undone by rule, unknown words are
// guessed from their suffixes and capitals, and a few contextual rules pick
// one reading from the neighbouring tags.
//
// Regenerate the lexicon with "go generate" after installing Debian's
// wordnet-base package; builds only read the generated file.
package tag

//go:generate go run ./internal/gen -wordnet /usr/share/wordnet -o lexicon.txt
