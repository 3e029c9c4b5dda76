package where

import annals "github.com/annals-project/annals"

// The guards below, and legOpens (joined_legs.go), let annotate skip a
// rule's call for the tokens the rule would turn away at once. Each is a
// necessary condition of its rule, small enough to be inlined: most
// tokens fail it, and the call it spares costs more than the rule's own
// first test (joinedLeg returns two spans by value, which each call
// zeroes and copies; compoundSpans spares compound's likewise).
// chain_guards_internal_test.go checks each against its rule over every
// token of a few hundred articles.

// mayCue reports whether placeCue may find a cue at a token of this
// normal form, tag and flags: a punctuation mark, a preposition, or a
// word placeCueFilter lets through. placeCue answers noCue for any other
// token. (It takes the token's fields, not the token, to stay small
// enough to be inlined.)
func mayCue(norm string, tag annals.Tag, flags annals.TokFlag) bool {
	return flags&annals.Punct != 0 || tag == annals.IN || placeCueFilter.May(norm)
}

// beforeCapital reports whether a capitalised word follows token i
// within sentence si, as compassNarrows needs.
func beforeCapital(doc *annals.Doc, si, i int) bool {
	return i+1 < doc.Sentences[si].Tokens.End && doc.Tokens[i+1].Flags&annals.Cap != 0
}

// lowerCasedText reports whether the article is written in lower case,
// the only text lowerWire reads.
func lowerCasedText(doc *annals.Doc) bool {
	return len(doc.Text) > 0 && doc.Text[0] >= 'a' && doc.Text[0] <= 'z'
}
