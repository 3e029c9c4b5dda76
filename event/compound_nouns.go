package event

import "github.com/annals-project/annals"

// collectiveNouns take a plural verb in wire copy ("police attack
// protesters"), so a base-form verb after them is a verb.
var collectiveNouns = map[string]bool{"police": true, "people": true}

// verbAsNoun reports whether token t, tagged as a verb, is the head of a
// noun compound that the noun patterns code: a gerund closing a
// determined noun phrase ("the G-7 meeting,", "last week's ICO meeting in
// London", "a cabinet meeting during which"), or a base form after a
// singular common noun that an actor modifies ("Iranian missile attack on
// a tanker"). The tagger reads such nouns as verbs, and coded as verbs
// they take a party before them for the subject and whatever follows for
// the object: the G-7 meeting Japan, the U.S. attacking a Kuwaiti tanker.
// As nouns the noun patterns code them, with the modifier as owner. A
// base form with no actor before it keeps its verb reading, which finds
// the doer in the clause ("Weizsaecker, on the first day of an official
// visit to Argentina, said").
func (c *Coder) verbAsNoun(sc *sentCtx, t int) bool {
	toks := sc.doc.Tokens
	if !sc.own || t <= sc.start {
		return false
	}
	switch toks[t].Tag {
	case annals.VB, annals.VBP:
		if len(c.dict.NounsFor(lemma(&toks[t]))) == 0 {
			return false
		}
	case annals.VBG:
		if len(c.dict.NounsFor(toks[t].Norm)) == 0 {
			return false
		}
	default:
		return false // compoundHead reads only these tags; codeNouns asks of every token
	}
	return sc.compoundHead(t)
}

// compoundHead reports whether token t, tagged as a verb, reads as the
// head of a noun compound (see verbAsNoun).
func (sc *sentCtx) compoundHead(t int) bool {
	toks := sc.doc.Tokens
	prev := &toks[t-1]
	switch toks[t].Tag {
	case annals.VB, annals.VBP:
		if prev.Tag != annals.NN || collectiveNouns[prev.Norm] || dayWord(prev.Norm) {
			return false // "police attack", "officials tomorrow open talks"
		}
		return len(sc.nounOwner(t)) > 0 || len(sc.adjectiveOwner(t)) > 0
	case annals.VBG:
		if prev.Tag != annals.NN && prev.Tag != annals.NNP && prev.Tag != annals.PUNCT {
			return false
		}
		if t+1 < sc.end && opensNounPhrase(toks[t+1].Tag) {
			return false // "the minister meeting Stoltenberg": a participle with its object
		}
		return sc.determinedModifiers(t)
	}
	return false
}

// opensNounPhrase reports whether a token tagged tag can begin a noun
// phrase, the object a participle would take.
func opensNounPhrase(tag annals.Tag) bool {
	switch tag {
	case annals.DT, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.PRP, annals.PRPS, annals.JJ, annals.CD:
		return true
	}
	return false
}

// determinedModifiers reports whether the words before token t are noun
// modifiers opened by a determiner or a possessive: "the G-7", "this
// week's Asian Development Bank", "a specially convened Franco-German",
// "the Inter-American Development Bank (IADB)", "a U.S. Chamber of
// Commerce". A finite verb or a plain preposition before the determiner
// ends the search.
func (sc *sentCtx) determinedModifiers(t int) bool {
	toks := sc.doc.Tokens
	for j := t - 1; j >= sc.start && j >= t-8; j-- {
		tok := &toks[j]
		switch tok.Tag {
		case annals.DT, annals.POS, annals.PRPS:
			return j < t-1
		case annals.NN, annals.NNP, annals.NNPS, annals.JJ, annals.CD:
		case annals.PUNCT:
			if tok.Norm != "(" && tok.Norm != ")" && tok.Norm != "-" {
				return false
			}
		case annals.IN:
			// "Chamber of Commerce": "of" inside a name
			if tok.Norm != "of" || j == sc.start || toks[j-1].Tag != annals.NNP || toks[j+1].Tag != annals.NNP {
				return false
			}
		case annals.VBN, annals.VBD:
			// "a specially convened", "a planned": a participle used as an adjective
			if j == sc.start {
				return false
			}
			if p := toks[j-1].Tag; p != annals.DT && p != annals.RB {
				return false
			}
		case annals.RB:
			if j == sc.start || toks[j-1].Tag != annals.DT {
				return false
			}
		default:
			return false
		}
	}
	return false
}
