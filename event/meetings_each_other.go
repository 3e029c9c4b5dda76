package event

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// Round 49: causes read from development sets 14 and 15 that recur in the
// older read sets and across Reuters.

// metEachOther reports whether verb group vg, coded code with the party
// at mention t as target, is a meeting in person of two sides ("Miyazawa
// met with Baker", "U.S. bankers will meet with ministry officials",
// "before a meeting with Baker"): each side meets the other, so the
// meeting is coded both ways, as the guidelines code every reciprocal verb
// with two parties. It stays one way for a passive ("he was met by": a
// welcome), for a party met among others ("met his Swiss counterpart
// Stich, Swiss Economics Minister Delamuraz and ...", "met with the IMF,
// then with President Trump"), which the guidelines code from the one who
// met them, and for an armed group or opposition met by an envoy, which
// the read sets code one way.
func (sc *sentCtx) metEachOther(vg *annals.VerbGroup, code string, t int, src, tgt *annals.ActorRef) bool {
	if !sc.own || vg.Passive || t < 0 || t >= len(sc.doc.Mentions) {
		return false
	}
	switch code {
	case "036", "040", "043":
	default:
		return false
	}
	switch lemma(&sc.doc.Tokens[vg.Head]) {
	case "meet", "meeting":
	default:
		return false
	}
	if !sideRole(src.Code) || !sideRole(tgt.Code) || src.Via == "context" || tgt.Via == "context" {
		return false // a party guessed from the article, not named as met
	}
	for i := vg.Tokens.Start; i < vg.Tokens.End; i++ {
		if n := sc.doc.Tokens[i].Norm; n == "never" || n == "not" || n == "n't" {
			return false // "had never met Gorbachev"
		}
	}
	if !sc.partyMet(vg, sc.doc.Mentions[t].Tokens.Start) {
		return false
	}
	end := sc.doc.Mentions[t].Tokens.End
	if sc.namesThing(t) && !sc.peopleAfter(end) {
		return false // "met U.S. trade demands": a thing, not a party
	}
	return !sc.amongOthers(end) || sc.subjectAfter(end, src)
}

// partyMet reports whether the party whose mention starts at token m is
// the one met: the object of "meet" or of the "with" after it ("will meet
// King Hassan", "met this morning with members of the House committee",
// "a meeting on Monday with Baker"), reached past no word but those of a
// noun phrase and "of" or "from" ("representatives from 151 companies").
// "Meet for the IMF Interim Committee", "meet just before the IMF
// meeting" and "a cabinet meeting during which U.K./Japanese trade
// problems were discussed" name a venue or a topic, not a party met.
func (sc *sentCtx) partyMet(vg *annals.VerbGroup, m int) bool {
	toks := sc.doc.Tokens
	p := vg.Tokens.End
	if lemma(&toks[vg.Head]) == "meeting" {
		p = -1
		for j := vg.Head + 1; j < sc.end && j <= vg.Head+5; j++ {
			if toks[j].Norm == "with" {
				p = j + 1
				break
			}
		}
		if p < 0 {
			return false
		}
	}
	if m < p {
		return false
	}
	for j := p; j < m; j++ {
		t := &toks[j]
		switch t.Tag {
		case annals.IN, annals.TO:
			if t.Norm != "with" && t.Norm != "of" && t.Norm != "from" {
				return false
			}
		case annals.COMMA, annals.VB, annals.VBD, annals.VBG, annals.VBN, annals.VBP, annals.VBZ, annals.MD:
			return false
		}
	}
	return true
}

// peopleAfter reports whether the first common noun from token i on, past
// adjectives, names people ("Japanese Finance Ministry officials", "West
// German government officials"): the party is then their employer, not a
// modifier of a thing.
func (sc *sentCtx) peopleAfter(i int) bool {
	for j := i; j < sc.end && j < i+3; j++ {
		t := &sc.doc.Tokens[j]
		switch {
		case t.Tag == annals.JJ, t.Norm == "government":
			continue
		case t.Tag == annals.NN, t.Tag == annals.NNS:
			return meetingPeople[strings.TrimSuffix(t.Norm, "s")]
		}
		return false
	}
	return false
}

// meetingPeople are the nouns, singular, of the people one side sends to
// meet another.
var meetingPeople = map[string]bool{
	"official": true, "leader": true, "representative": true, "delegation": true,
	"negotiator": true, "executive": true, "minister": true, "envoy": true,
	"counterpart": true, "team": true, "banker": true, "diplomat": true,
}

// sideRole reports whether an actor code names a side that meets another
// as a party to talks: a state, its organs, an IGO, firms or unions; not
// a militant group (IMG) or the armed and opposition groups of sideGroup.
func sideRole(code string) bool {
	return !strings.HasPrefix(code, "IMG") && !sideGroup(code)
}

// amongOthers reports whether the words from token i on go on to name
// another party beside the one that ends there: ", Swiss Economics
// Minister ...", "and Bundesbank President ...", ", then with President
// Trump".
func (sc *sentCtx) amongOthers(i int) bool {
	toks := sc.doc.Tokens
	if i+1 >= sc.end {
		return false
	}
	switch {
	case toks[i].Tag == annals.COMMA, toks[i].Norm == "and", toks[i].Norm == "then":
	default:
		return false
	}
	switch n := &toks[i+1]; {
	case n.Tag == annals.NNP, n.Tag == annals.NNPS, n.Tag == annals.JJ:
		return true
	case n.Norm == "then", n.Norm == "with":
		return true
	}
	return false
}
