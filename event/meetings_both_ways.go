package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// metBothWays reports whether a meeting told with the verb "meet" between
// source src and target tgt goes both ways ("Lawson met Funaro", "Conable
// will meet with Suharto"). The guidelines (eval/testdata/README.md) code
// a reciprocal verb with two parties in both directions: the one met meets
// the other as much. It stays one way where the verb is a passive ("was
// met by": a reception), a gerund or a noun ("after meeting Funaro", "a
// Chamber of Commerce meeting"), where the object is a list ("met his Swiss
// counterpart, the economics minister and the bank's president", "met the
// IMF, then Trump": one side went round the others), and where either side
// is an armed or opposition group, whose meeting with an envoy is the
// envoy's errand.
func (sc *sentCtx) metBothWays(vg *annals.VerbGroup, code string, src, tgt *annals.ActorRef, tgts []int) bool {
	if !sc.own || src == nil || tgt == nil || src.Code == tgt.Code {
		return false
	}
	switch code {
	case "036", "040", "043":
	default:
		return false
	}
	head := &sc.doc.Tokens[vg.Head]
	if lemma(head) != "meet" || vg.Passive {
		return false
	}
	switch head.Tag {
	case annals.VB, annals.VBD, annals.VBP, annals.VBZ:
	default:
		return false
	}
	if sideGroup(src.Code) || sideGroup(tgt.Code) {
		return false
	}
	if nationalityOnly(src) || nationalityOnly(tgt) {
		return false // "Italian ... Goria met": who met is not known, only a country word
	}
	// "met Andriessen and Narjes", two commissioners of one body, are one
	// party; two bodies or a comma list are several.
	if !sc.oneParty(tgts) {
		return false
	}
	if !sc.metObject(vg, slices.Min(tgts)) {
		return false
	}
	last := slices.Max(tgts)
	if sc.namesThing(last) && !dayWord(sc.doc.Tokens[sc.doc.Mentions[last].Tokens.End].Norm) {
		return false // "met the Iran nuclear negotiators": a thing's modifier, no party
	}
	return !sc.listFollows(sc.doc.Mentions[last].Tokens.End)
}

// metObject reports whether mention mi is the one met: the verb's object
// or the party after "with" ("met Funaro", "met on Monday with Brazilian
// officials", "met with members of the committee"), not a party named
// after another preposition ("meet for the IMF Interim Committee", "meet
// just before the IMF meeting"), which only dates or places the meeting.
func (sc *sentCtx) metObject(vg *annals.VerbGroup, mi int) bool {
	start := sc.doc.Mentions[mi].Tokens.Start
	for i := vg.Tokens.End; i < start; i++ {
		t := &sc.doc.Tokens[i]
		if t.Tag == annals.IN && t.Norm != "with" && t.Norm != "of" && !(i+1 < start && timeWords[sc.doc.Tokens[i+1].Norm]) {
			return false // "on Monday", "in March" only date the meeting
		}
	}
	return true
}

// nationalityOnly reports whether actor a was found only by a one-word
// country name or adjective that left its role unknown ("Italian" of an
// unrecognised minister's name): such an actor is a guess, and a reverse
// event aimed at it would double the guess.
func nationalityOnly(a *annals.ActorRef) bool {
	return len(a.Code) == 3 && !strings.ContainsAny(strings.TrimSpace(a.Text), " -")
}

// sideGroup reports whether actor code names an armed, rebel or
// opposition group rather than a state, a body or a firm.
func sideGroup(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "REB", "INS", "OPP", "UAF", "SEP":
		return true
	}
	return false
}

// listFollows reports whether the words from token i go on with more
// parties: a comma, "then" or "and" followed by a capitalised word or
// "with" ("Otto Stich, Swiss Economics Minister Jean-Pascal Delamuraz and
// ...", "the IMF, then with President Trump").
func (sc *sentCtx) listFollows(i int) bool {
	toks := sc.doc.Tokens
	if i >= sc.end || toks[i].Norm != "," {
		return false
	}
	for j := i + 1; j < sc.end && j < i+4; j++ {
		switch toks[j].Norm {
		case "then", "and", "with":
			continue
		}
		return toks[j].Flags&annals.Cap != 0
	}
	return false
}

// oneParty reports whether the actors of mentions tgts are one party, all
// of one code ("Andriessen and Narjes" of the Commission, "Stoltenberg and
// Poehl" of West Germany's government): the guidelines code a reciprocal
// act with such a party both ways, as with one person. Parties of
// different codes stay one way ("X met A and B").
func (sc *sentCtx) oneParty(tgts []int) bool {
	if len(tgts) == 0 || tgts[0] == noActor {
		return false
	}
	first := sc.doc.Mentions[tgts[0]].Code
	for _, t := range tgts[1:] {
		if t == noActor || sc.doc.Mentions[t].Code != first {
			return false
		}
	}
	return true
}
