package event

import (
	"github.com/annals-project/annals"
)

// oneGovernment reports whether a cooperative act (roots 03 to 05) joins
// two parties coded alike as one state's executive ("JPNGOV" and
// "JPNGOV": "at today's Cabinet meeting, Nakasone told", "Volcker works
// very closely with Treasury Secretary Baker"), or a meeting (root 04)
// joins two parties of one other state organ ("Wright met with House
// Ways and Means Committee chairman Dan Rostenkowski"). The convention
// (eval/testdata/README.md) codes no meetings, agreements or pledges
// within one government: they are the state's own business, not
// relations between actors. Round 68 covered two named officials
// meeting (its colleaguesMet, now folded into this check); this covers
// every party so coded, bodies and unnamed groups included. A legislator's support for another ("voiced
// support for the impeachment inquiry") and parties or candidates
// endorsing each other (USAOPP) stay codable, as the read sets code them.
// A party named loosely (looseParty) may be coded GOV by the story's
// country while it is a firm, a union or a party, whose meetings with the
// government are coded, so such pairs are left alone.
func (sc *sentCtx) oneGovernment(root string, src, tgt *annals.ActorRef, s, t int) bool {
	if src == nil || tgt == nil || src.Code != tgt.Code || len(src.Code) != 6 {
		return false
	}
	if sc.looseParty(s) || sc.looseParty(t) {
		return false
	}
	switch root {
	case "03", "05":
		return src.Code[3:] == "GOV"
	case "04":
		return stateOrgans[src.Code[3:]]
	}
	return false
}

// scheduleWords are the past participles that put an event named by a
// noun on a calendar: "a meeting ... was set for next Wednesday", "talks
// are scheduled for April 20".
var scheduleWords = map[string]bool{"scheduled": true, "planned": true, "slated": true, "set": true, "fixed": true}

// setAhead reports whether the event noun at token t is the subject of a
// passive that schedules it: "a meeting between Petrobras and oil industry
// leaders was set for next Wednesday", "a meeting between Brazil and
// Argentina is scheduled for next week". The meeting is planned, not
// held (036 by the convention, not 043). nounFuture stops at the first
// finite verb, so it missed the auxiliary before the participle. "Set"
// and "fixed" count only with "for" after them ("set up", "set out"
// are other acts), and a date gone by ("was scheduled for last week")
// leaves the noun as it was.
func (sc *sentCtx) setAhead(t, limit int) bool {
	toks := sc.doc.Tokens
	for j := t + 1; j < limit && j < t+14; j++ {
		tk := &toks[j]
		if scheduleWords[tk.Norm] && (tk.Tag.IsVerb() || tk.Tag == annals.JJ) && toks[j-1].Lemma == "be" {
			return sc.scheduledFor(j, limit) // "have been set for": the tagger reads "set" as an adjective too
		}
		switch {
		case tk.Lemma == "be" || tk.Lemma == "have" || tk.Tag == annals.MD:
			// "was", "has been", "will be"
		case tk.Tag.IsVerb() || tk.Tag == annals.COMMA || tk.Tag == annals.STOP:
			return false
		}
	}
	return false
}

// scheduledFor reports whether the participle at j of a passive that
// schedules an event is followed by a time still to come: "set for next
// Wednesday", "scheduled to begin", not "scheduled for last week" or "set
// up".
func (sc *sentCtx) scheduledFor(j, limit int) bool {
	toks := sc.doc.Tokens
	if j+1 >= limit {
		return false
	}
	next := toks[j+1].Norm
	if (toks[j].Norm == "set" || toks[j].Norm == "fixed") && next != "for" {
		return false
	}
	if next == "for" && j+2 < limit {
		switch toks[j+2].Norm {
		case "last", "yesterday", "earlier":
			return false
		}
	}
	return next == "for" || next == "to" || next == "on" || next == "in" || next == "at"
}

// looseParty reports whether mention k is a plural group word ("Port
// officials", "political leaders", "government ministers, producers,
// exporters", "its representatives"), which the actor stage codes by the
// story's country and may stand for any of its parties, or an officer of
// a body named after the mention ("secretary general of the Bolivian
// Labour Organization"), coded by the country word the body's name
// begins with.
func (sc *sentCtx) looseParty(k int) bool {
	if k < 0 {
		return false
	}
	m := &sc.doc.Mentions[k]
	if m.Tokens.End <= m.Tokens.Start {
		return false
	}
	toks := sc.doc.Tokens
	last := &toks[m.Tokens.End-1]
	if last.Tag == annals.NNS {
		return true
	}
	return last.Tag == annals.JJ && m.Tokens.End < sc.end && toks[m.Tokens.End].Tag.IsNoun()
}
