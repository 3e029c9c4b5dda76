package event

import (
	"github.com/annals-project/annals"
)

// currencies name money traded in markets. Central banks "support the
// dollar" or "back the yen" by buying it: a market intervention, not the
// political support CAMEO 051 records.
var currencies = map[string]bool{
	"dollar": true, "yen": true, "mark": true, "sterling": true, "pound": true,
	"franc": true, "lira": true, "peso": true, "rupee": true, "currency": true,
	"guilder": true, "yuan": true, "rouble": true, "ruble": true, "euro": true,
	"won": true, "rand": true, "krona": true, "krone": true, "real": true,
}

// currencyObject reports whether the verb's object, past determiners and
// adjectives, is a currency ("supported the dollar against the yen").
func (sc *sentCtx) currencyObject(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+5; j++ {
		switch t := &toks[j]; {
		case t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.PRPS:
			continue
		case t.Tag.IsNoun() && j+1 < sc.end && toks[j+1].Tag.IsNoun():
			continue // "the U.S. Currency": the last noun is the head
		case t.Tag.IsNoun() || t.Tag == annals.CD:
			return currencies[lemma(t)]
		default:
			return false
		}
	}
	return false
}

// moneyCredited reports whether "credit X with" is followed by an amount
// ("credited banks with a gross 15.2 billion marks"): money paid in, not
// praise given.
func (sc *sentCtx) moneyCredited(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+8; j++ {
		if toks[j].Norm != "with" {
			continue
		}
		for k := j + 1; k < sc.end && k < j+4; k++ {
			if toks[k].Tag == annals.CD {
				return true
			}
		}
		return false
	}
	return false
}

// namingCall reports whether "call" names or judges its object rather than
// telephoning it: the actor is not the verb's object ("called U.S./Japan
// relations very strained", "called the situation a dilemma for the
// USDA"), or a complement follows the object ("called Biden a decent man",
// "called the attacks an escalation"). A telephone call takes a bare
// object: "Reagan called Mubarak on Tuesday".
func (sc *sentCtx) namingCall(vg *annals.VerbGroup, tgts []int) bool {
	if len(tgts) == 0 || tgts[0] == noActor {
		return false
	}
	if !sc.objectNext(vg, tgts[0]) {
		return true
	}
	toks := sc.doc.Tokens
	e := sc.doc.Mentions[tgts[len(tgts)-1]].Tokens.End
	if e >= sc.end {
		return false
	}
	t := &toks[e]
	switch {
	case t.Tag == annals.NN || t.Tag == annals.NNS || t.Norm == "/":
		return true // "called Kenya/Uganda relations strained": the actor only modifies the object
	case t.Tag == annals.DT && (t.Norm == "a" || t.Norm == "an" || t.Norm == "the"):
		return true
	case t.Tag == annals.JJ || t.Tag == annals.RB && e+1 < sc.end && toks[e+1].Tag == annals.JJ:
		return true
	case t.Norm == "\"" || t.Norm == "“" || t.Norm == "'" || t.Norm == "as":
		return true
	}
	return false
}

// establishment reports whether a role code is one of a state's own
// office-holders (government, elites, legislature, armed forces, courts,
// police) or no role at all.
func establishment(role string) bool {
	switch role {
	case "", "GOV", "ELI", "LEG", "MIL", "JUD", "COP", "SPY":
		return true
	}
	return false
}

// personnelChange reports whether a leadership change (0831) is only a
// post filled or left inside one country's establishment: "Regan quit as
// the president's top aide", "Howard sacked Peacock as shadow foreign
// minister", "Sarney will reshuffle his cabinet". CAMEO 0831 is yielding
// to another party's demand for a change of leaders (power-sharing with
// the opposition, a resignation forced by protesters); an appointment,
// resignation or dismissal among colleagues is routine, not an event
// between two parties.
func personnelChange(code string, src, tgt *annals.ActorRef) bool {
	if code != "0831" || src == nil || tgt == nil || len(src.Code) < 3 || len(tgt.Code) < 3 {
		return false
	}
	if src.Code[:3] != tgt.Code[:3] {
		return false
	}
	role := func(c string) string {
		if len(c) >= 6 {
			return c[3:6]
		}
		return ""
	}
	return establishment(role(src.Code)) && establishment(role(tgt.Code))
}

// objectBeforeOn reports whether a noun phrase stands between "call" and
// its "on" ("called the U.S. attacks on two platforms an escalation",
// "called Museveni on Tuesday"): "call on" asks someone to act only with
// the particle right after the verb, adverbs aside ("called again on").
func (sc *sentCtx) objectBeforeOn(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end; j++ {
		switch t := &toks[j]; {
		case t.Norm == "on" || t.Norm == "upon":
			return false
		case t.Tag == annals.RB:
		default:
			return true
		}
	}
	return false
}

// bareVow reports whether a verb of promising codes 030 by itself. A
// promise, pledge or vow to no party named ("the governor has promised each
// victim a payout", "the government promised not to extend VAT") is a
// commitment to the public, domestic policy rather than an interaction; a
// search for cooperation ("we seek good relations") names its partner by
// what it seeks and stays.
func bareVow(head string) bool {
	switch head {
	case "promise", "pledge", "vow", "offer":
		return true
	}
	return false
}
