package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

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

// midName reports whether token i continues a capitalised name begun
// before it, not at the head of its sentence ("York" of "New York"):
// the rules that want the first word of a name (areaNoun,
// comparedFigure, modifierCountry) turn it away at once.
func midName(doc *annals.Doc, s *annals.Sentence, i int) bool {
	return i > s.Tokens.Start && capital(&doc.Tokens[i-1]) && doc.Tokens[i-1].Flags&annals.SentStart == 0
}

// listedAfter reports whether token i follows a comma, "and" or "by"
// with a token before that, where gappedFigure and rankedFigure look
// for the figure their name is listed after ("12 mln dlrs, Japan").
func listedAfter(doc *annals.Doc, s *annals.Sentence, i int) bool {
	if i-2 < s.Tokens.Start {
		return false
	}
	sep := doc.Tokens[i-1].Norm
	return sep == "," || sep == "and" || sep == "by"
}

// subjectOpens reports whether token i of sentence s may open the
// subject of a clause as tradeSubject (opensClause), economySubject and
// supplierSubject (opensClauseThe) need: at the sentence's head, or
// after a word one of them takes before a subject, "the" included.
func subjectOpens(doc *annals.Doc, s *annals.Sentence, i int) bool {
	if i <= s.Tokens.Start {
		return true
	}
	switch doc.Tokens[i-1].Norm {
	case "said", "says", "that", "\"", "“", "added", "noted", "the":
		return true
	}
	return false
}

// tokenClass holds the answers of the tests annotate asks first of every
// token, found for a sentence at once by classify: annotate is too big
// for the compiler to inline even these small tests, and three calls a
// token cost more than reading one byte.
// A token of class 0 (a lower-case word, neither a cue nor "the" nor
// before a capital) is asked nothing by annotate's loop unless the
// article is written in lower case: most tokens are such, and the loop
// passes them over at one test.
type tokenClass uint8

const (
	classMayCue        tokenClass = 1 << iota // mayCue
	classCapital                              // capital
	classBeforeCapital                        // beforeCapital
	classTheOrColon                           // the word "the" or a colon
)

// classify writes the tokenClass of each token of sentence si into
// classes, indexed as doc.Tokens, and returns the sentence's
// sentenceMarks (see marksKnown): one pass over the sentence serves both.
func classify(doc *annals.Doc, si int, classes []tokenClass) sentenceMarks {
	s := &doc.Sentences[si]
	toks := doc.Tokens[s.Tokens.Start:s.Tokens.End]
	cls := classes[s.Tokens.Start:s.Tokens.End]
	m := marksKnown
	for k := range toks {
		t := &toks[k]
		var c tokenClass
		if mayCue(t.Norm, t.Tag, t.Flags) {
			c |= classMayCue
		}
		up := capital(t)
		if up {
			c |= classCapital
		}
		if k+1 < len(toks) && toks[k+1].Flags&annals.Cap != 0 { // beforeCapital
			c |= classBeforeCapital
		}
		if t.Flags&annals.Digit != 0 {
			m |= markDigit
		}
		// The words of areaNounsAfter are all longer than the other
		// marks' tokens, which are few: one length test parts them.
		switch w := t.Norm; {
		case len(w) > 2:
			if w == "the" {
				c |= classTheOrColon
			}
			if !up && areaNounsAfterFilter.May(w) {
				if _, ok := areaNounsAfter[w]; ok {
					m |= markAreaNounAfter
				}
			}
			if !up && (w == "province" || w == "provinces") {
				m |= markProvince
			}
			if strings.HasPrefix(w, "governor") && governorWords[w] {
				m |= markGovernor
			}
		case w == ":":
			c |= classTheOrColon
		case w == "/":
			m |= markSlash
		case w == "vs":
			m |= markVs
		case w == "'s" || w == "'":
			m |= markPossessive
		case w == ",":
			if k+1 < len(toks) && toks[k+1].Norm == "the" {
				m |= markCommaThe
			}
		}
		cls[k] = c
	}
	return m
}
