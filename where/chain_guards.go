package where

import (
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/wordfilter"
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

// capitalsHead reports whether sentence s opens with a word in capitals,
// as listDateline and listDatelinePair need: most sentences do not, and
// each call returns spans.
func capitalsHead(doc *annals.Doc, s *annals.Sentence) bool {
	return s.Tokens.Start < s.Tokens.End && doc.Tokens[s.Tokens.Start].Flags&annals.AllCaps != 0
}

// oddCaseOpens reports whether token j of body sentence s may open
// oddCaseCity's name: a capitalised word, not in capitals, with a word
// neither capitalised nor punctuation after it, or any token of an
// article written in lower case (lowerCased).
func oddCaseOpens(doc *annals.Doc, s *annals.Sentence, j int, lowerCased bool) bool {
	if j >= s.Tokens.End || s.Title {
		return false
	}
	if lowerCased {
		return true
	}
	// lowerInitial's flag tests alone, for the next word.
	return doc.Tokens[j].Flags&(annals.Cap|annals.AllCaps) == annals.Cap && j+1 < s.Tokens.End &&
		doc.Tokens[j+1].Flags&(annals.Cap|annals.AllCaps|annals.Punct) == 0
}

// pairSepAt reports whether the capitalised run that ends at token k of
// sentence s is followed as pair needs: a comma or "in", then a
// capitalised word.
func pairSepAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	if k+1 >= s.Tokens.End {
		return false
	}
	w := doc.Tokens[k].Norm
	return (w == "," || w == "in") && capital(&doc.Tokens[k+1])
}

// rowCellAt reports whether the capitalised run that ends at token k of
// sentence s is followed by a table's cell, with a token after it, as
// tableRow needs.
func rowCellAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	return k+1 < s.Tokens.End && cell(&doc.Tokens[k])
}

// legToAt reports whether the capitalised run that ends at token k of
// sentence s is followed by "to" and a capitalised word, with a token
// after it, as legFrom needs.
func legToAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	return k+2 < s.Tokens.End && doc.Tokens[k].Norm == "to" && capital(&doc.Tokens[k+1])
}

// heldVerbMayAt reports whether the token at k of sentence s, after a
// capitalised run, may lead heldVote to its verb: a comma or "and"
// going on to another subject, an adverb, a time ("last year") or the
// verb itself.
func heldVerbMayAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	if k >= s.Tokens.End {
		return false
	}
	switch w := doc.Tokens[k].Norm; w {
	case ",", "and", "(", "last", "this", "next":
		return true
	default:
		return verbAdverbFilter.May(w) && verbAdverbs[w] || heldVoteVerbsFilter.May(w) && heldVoteVerbSet.has(w)
	}
}

// possessiveAt reports whether the capitalised run that ends at token k
// of sentence s is followed by "'s" and a token after it, as cityQuote
// needs.
func possessiveAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	return k+1 < s.Tokens.End && doc.Tokens[k].Norm == "'s"
}

// economyVerbMayAt reports whether the token at k of sentence s, after
// a capitalised run, may lead economySubject to its verb: an adverb, or
// the finite verb itself.
func economyVerbMayAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	if k >= s.Tokens.End {
		return false
	}
	// "South Africa this year is targeting": a time between (timeSkip).
	if k+2 < s.Tokens.End {
		switch doc.Tokens[k].Norm {
		case "last", "this", "next":
			switch doc.Tokens[k+1].Norm {
			case "year", "month", "week", "quarter":
				k += 2
			}
		}
	}
	switch t := &doc.Tokens[k]; t.Tag {
	case annals.VBD, annals.VBZ, annals.VBP, annals.MD, annals.RB:
		return true
	default:
		return verbAdverbFilter.May(t.Norm) && verbAdverbs[t.Norm]
	}
}

// firmCommaAt reports whether a comma stands before token i of sentence
// s, two tokens or more after its start, as seatAfterFirm (and so
// firmSeat) needs: most capitalised words follow no comma.
func firmCommaAt(doc *annals.Doc, s *annals.Sentence, i int) bool {
	return i-2 > s.Tokens.Start && doc.Tokens[i-1].Norm == ","
}

// rowSepAt reports whether token i, the third of the text or later,
// follows a comma, a full stop or a dash, the tokens after which
// rowOpens (and so priceRow) finds a row.
func rowSepAt(doc *annals.Doc, i int) bool {
	if i < 2 {
		return false
	}
	switch doc.Tokens[i-1].Norm {
	case ",", ".", "-", "--":
		return true
	}
	return false
}

// hyphenAt reports whether token i of sentence s holds a hyphen or has a
// "-" token after it, as compound (and so compoundSpans) needs. A word
// is short: its bytes are read here rather than by strings.IndexByte,
// whose call costs more than the loop.
func hyphenAt(doc *annals.Doc, s *annals.Sentence, i int, src string) bool {
	a := &doc.Tokens[i]
	for _, c := range []byte(src[a.Start:a.End]) {
		if c == '-' {
			return true
		}
	}
	return i+1 < s.Tokens.End && doc.Tokens[i+1].Norm == "-"
}

// defaultOpenerMay reports whether the token before token i, which
// must not open its sentence, is one that defaultOpener (and so
// byDefault) may read a name after: punctuation, a word its walk back
// passes over ("and", "or", "the"), or a word areaAdjFilter lets
// through. After any other word (most capitalised words follow one)
// defaultOpener says no.
func defaultOpenerMay(doc *annals.Doc, i int) bool {
	p := &doc.Tokens[i-1]
	if p.Flags&annals.Punct != 0 {
		return true
	}
	switch p.Norm {
	case ",", "and", "or", "the":
		return true
	}
	return areaAdjFilter.May(p.Norm)
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
	return subordinateOpens(doc, s, i)
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

// wordRole is what a word's slot of classify's roleTable says: that
// some word of that slot is a cue word (mayCue's placeCueFilter), one
// of the words classify's switch looks for, or a word of
// subjectVerbWords. A clear bit is certain; a set one needs the word
// itself.
type wordRole uint8

const (
	roleCue         wordRole = 1 << iota // a word of placeCueWords
	roleMarked                           // "the", a mark's word, an areaNounsAfter or governorWords word
	roleSubjectVerb                      // a word of subjectVerbWords
	roleCalledNoun                       // a word of calledNouns
)

// subjectVerbWords holds every word that the subject rules of nameRules'
// chain (tradeSubject, supplierSubject, afflictedSubject and
// balanceSubject) need after the name to find anything: a verb of
// trading, supplying or affliction, a trade role or a balance. Each rule
// reads its verb through one of these sets, so a sentence that holds
// none of the words (markSubjectVerb unset) gives none of them a name,
// and nameRules asks them nothing there. A set such a rule comes to read
// its verb through must be added here.
var subjectVerbWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{tradeVerbs, supplyVerbs, tradeRoles, afflictVerbs, balanceNouns, tradingVerbs, tradedVerbs, presentTrade, countHoldVerbs, relianceVerbs, earnVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// subjectVerbSet holds subjectVerbWords for classify, which asks it of
// every token whose slot holds roleSubjectVerb, until one is found: a
// wordtab probe answers as the map does for less.
var subjectVerbSet = setOf(subjectVerbWords)

// roleTable holds, for each wordfilter slot, the roles of the words that
// hash to it: classify hashes each token once, and most tokens, in no
// set, pass both tests on that one byte.
var roleTable = func() *[wordfilter.Slots]wordRole {
	t := new([wordfilter.Slots]wordRole)
	for w := range placeCueWords {
		t[wordfilter.SlotOf(w)] |= roleCue
	}
	for _, w := range markedWords() {
		t[wordfilter.SlotOf(w)] |= roleMarked
	}
	for w := range subjectVerbWords {
		t[wordfilter.SlotOf(w)] |= roleSubjectVerb
	}
	for w := range calledNouns {
		t[wordfilter.SlotOf(w)] |= roleCalledNoun
	}
	return t
}()

// markedWords returns every word classify's switch may act on.
func markedWords() []string {
	words := []string{"the", "province", "provinces", ":", "/", "vs", "'s", "'", ","}
	for w := range areaNounsAfter {
		words = append(words, w)
	}
	for w := range governorWords {
		words = append(words, w)
	}
	return words
}

// classify writes the tokenClass of each token of sentence si into
// classes, indexed as doc.Tokens, and returns the sentence's
// sentenceMarks (see marksKnown): one pass over the sentence serves both.
func classify(doc *annals.Doc, si int, classes []tokenClass) sentenceMarks {
	s := &doc.Sentences[si]
	toks := doc.Tokens[s.Tokens.Start:s.Tokens.End]
	cls := classes[s.Tokens.Start:s.Tokens.End]
	cls = cls[:len(toks)]
	m := marksKnown
	for k := range toks {
		t := &toks[k]
		var c tokenClass
		w := t.Norm
		role := roleTable[wordfilter.SlotOf(w)]
		// mayCue, its filter read from the role.
		if t.Flags&annals.Punct != 0 || t.Tag == annals.IN || role&roleCue != 0 {
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
		if role&roleMarked != 0 {
			c, m = markWord(toks, k, up, c, m)
		}
		if role&roleSubjectVerb != 0 && m&markSubjectVerb == 0 && subjectVerbSet.has(w) {
			m |= markSubjectVerb
		}
		if role&roleCalledNoun != 0 && m&markCalledNoun == 0 && calledNounSet.has(w) {
			m |= markCalledNoun
		}
		cls[k] = c
	}
	return m
}

// markWord adds to c and m what token k of toks, whose slot holds a
// word of markedWords, gives: its class bit as "the" or a colon, and its
// sentence's marks.
func markWord(toks []annals.Token, k int, up bool, c tokenClass, m sentenceMarks) (tokenClass, sentenceMarks) {
	// The words of areaNounsAfter are all longer than the other
	// marks' tokens, which are few: one length test parts them.
	switch w := toks[k].Norm; {
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
	return c, m
}
