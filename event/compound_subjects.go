package event

import "github.com/annals-project/annals"

// exceptWord and exceptPair open a phrase that takes parties out of a
// group: "all ATPC members except Zaire and Australia agreed", "every
// country other than Japan". They are switches, not maps: excepted asks
// them of up to 16 tokens before every actor, and a map keyed by a pair
// of words hashes both.
func exceptWord(w string) bool {
	switch w {
	case "except", "excepting", "excluding":
		return true
	}
	return false
}

// exceptPair reports whether the words a, b open an except phrase ("other
// than").
func exceptPair(a, b string) bool {
	switch b {
	case "for":
		return a == "except" || a == "save"
	case "than":
		return a == "other"
	case "from":
		return a == "apart" || a == "aside"
	case "of":
		return a == "exception"
	}
	return false
}

// excepted reports whether the actor named over tokens r stands in a list
// that an "except" phrase of sentence s takes out of the group acting or
// acted on: such parties do neither, and a list of them is no set of
// parties acting on each other. The scan walks back over the list's own
// names, "the", commas and conjunctions only; a name after a comma that
// no further member follows stands past the phrase ("other than the EC,
// Japan is the biggest buyer").
func excepted(doc *annals.Doc, s annals.Sentence, r annals.Range) bool {
	toks := doc.Tokens
	j := r.Start - 1
	if j >= s.Tokens.Start && toks[j].Norm == "the" {
		j--
	}
	if j >= s.Tokens.Start && toks[j].Tag == annals.COMMA && (r.End >= s.Tokens.End || toks[r.End].Tag != annals.COMMA && toks[r.End].Tag != annals.CC) {
		return false
	}
	for n := 0; j >= s.Tokens.Start && n < 16; j, n = j-1, n+1 {
		t := &toks[j]
		if exceptWord(t.Norm) || j > s.Tokens.Start && exceptPair(toks[j-1].Norm, t.Norm) {
			return true
		}
		switch {
		case t.Tag == annals.COMMA, t.Tag == annals.CC && t.Norm != "but", t.Norm == "the",
			t.Tag == annals.NNP, t.Tag == annals.NNPS, t.Flags&annals.Cap != 0:
			continue
		}
		return false
	}
	return false
}

// singularVerbAfterList returns the last member alone when a list of
// actors ends in a pronoun right before a verb in the third person
// singular: the "and" joins two clauses, not two subjects ("I have spoken to the
// majority leader and he has agreed to bring it up"), since a compound
// subject takes a plural verb ("the majority leader and he have
// agreed"). Other lists come back unchanged.
func (sc *sentCtx) singularVerbAfterList(list []int, vg *annals.VerbGroup) []int {
	if len(list) < 2 || list[len(list)-1] < 0 {
		return list
	}
	last := &sc.doc.Mentions[list[len(list)-1]]
	if last.Tokens.End != vg.Tokens.Start || last.Tokens.Len() != 1 || sc.doc.Tokens[last.Tokens.Start].Tag != annals.PRP {
		return list
	}
	if t := &sc.doc.Tokens[vg.Tokens.Start]; t.Tag == annals.VBZ || t.Norm == "was" {
		return list[len(list)-1:]
	}
	return list
}

// embeddedConjunct reports whether mention prev, joined by a conjunction to
// mention cur right before a verb, is the object of a preposition inside an
// earlier verb's object, and so no co-subject of the verb after cur: "to
// discuss the future of the Japanese steel industry and French ministers
// meet again". The phrase opened before the conjunction, and the noun
// phrase holding it follows a verb; a reporting verb or "that" before it
// may open the subject's own clause ("said representatives of Britain and
// France met"); so may a subordinator ("before U.S. and Japanese officials
// are to meet").
func (sc *sentCtx) embeddedConjunct(prev, cur *annals.Mention) bool {
	toks := sc.doc.Tokens
	k := cur.Tokens.End
	for k < sc.end && toks[k].Tag == annals.RB {
		k++
	}
	if k >= sc.end || !finiteOrModal(toks[k].Tag) {
		return false
	}
	i := prev.Tokens.Start - 1
	if i >= sc.start && toks[i].Tag == annals.DT {
		i--
	}
	if i <= sc.start || toks[i].Tag != annals.IN || !embeddingPrepositions[toks[i].Norm] {
		return false
	}
	if c := sc.clause(i); c >= 0 && sc.doc.Clauses[c].Tokens.Start == i {
		return false // a subordinator the clause finder saw opening a clause
	}
	j := i - 1
	for j >= sc.start && toks[j].Norm != "that" && (sc.npToken(j) || toks[j].Tag == annals.IN) {
		j--
	}
	if j < sc.start {
		return false
	}
	switch toks[j].Tag {
	case annals.VB, annals.VBD, annals.VBG, annals.VBN, annals.VBP, annals.VBZ, annals.RP:
		return !reportingLemmas[lemma(&toks[j])]
	}
	return false
}

// embeddingPrepositions head phrases whose object a following conjunct
// can leave. None opens a clause: after "before" or "if" the list is the
// clause's subject ("if Congress and the administration fail to agree").
// "between" and "among" are left out, since they take both conjuncts into
// the phrase.
var embeddingPrepositions = map[string]bool{
	"of": true, "on": true, "in": true, "for": true, "with": true, "from": true,
	"about": true, "into": true, "over": true, "at": true, "by": true,
	"against": true, "toward": true, "towards": true, "under": true,
}

// finiteOrModal reports whether tag t can open a clause's verb group.
func finiteOrModal(t annals.Tag) bool {
	switch t {
	case annals.VBD, annals.VBP, annals.VBZ, annals.MD:
		return true
	}
	return false
}
