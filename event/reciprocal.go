package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// mirroredNote marks an event that the reciprocal pass added: the other
// party's side of a meeting, talks or an accord coded one way.
const mirroredNote = "mirrored: a reciprocal act coded both ways (event/reciprocal.go)"

// meetingWords are the lemmas whose meeting, talks or negotiation both
// parties hold: the guidelines (eval/testdata/README.md) code such an act
// between two parties in both directions.
var meetingWords = map[string]bool{
	"meet": true, "met": true, "meeting": true, "talk": true, "talks": true,
	"negotiate": true, "negotiation": true, "negotiations": true,
	"discussion": true, "discussions": true,
	"summit": true, "meetings": true,
}

// accordWords are the lemmas of an agreement both parties make: signed,
// reached or entered into, it binds each to the other.
var accordWords = map[string]bool{
	"agreement": true, "agreements": true,
	"accord": true, "accords": true, "deal": true, "deals": true,
	"treaty": true, "pact": true, "sign": true, "signed": true,
}

// lightWords come before the word that names the act in an event's span:
// auxiliaries and the verbs that hold, open or reach talks and accords
// ("will hold talks", "has reached agreement", "entered into a deal").
var lightWords = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "do": true, "did": true, "does": true, "will": true, "would": true,
	"hold": true, "held": true, "open": true, "opened": true, "begin": true, "began": true, "begun": true,
	"start": true, "started": true, "resume": true, "resumed": true, "reach": true, "reached": true,
	"enter": true, "entered": true, "into": true, "conclude": true, "concluded": true,
	"a": true, "an": true, "the": true, "new": true, "further": true, "trade": true,
}

// oneWayWords in an event's words make a meeting one party's act: a host
// receives a guest, a visitor calls on a host.
var oneWayWords = map[string]bool{
	"host": true, "hosted": true, "receive": true, "received": true, "welcome": true, "welcomed": true,
	"visit": true, "visited": true, "invite": true, "invited": true, "brief": true, "briefed": true,
}

// mirrorReciprocal adds, for each event that sentence sc coded from index
// n on whose act is reciprocal by its words and code (a meeting, talks or
// negotiations 04x, an accord 057, or their planned forms 036 and 0311),
// the same event with source and target swapped, unless it is coded
// already. The guidelines code such acts between two parties both ways;
// the patterns find them one way, from the party the sentence is about.
// Rings of three or more parties (A→B, B→C, C→A) stay as they are.
func (c *Coder) mirrorReciprocal(sc *sentCtx, n int) {
	doc := sc.doc
	end := len(doc.Events)
	for i := n; i < end; i++ {
		e := &doc.Events[i]
		if e.Target == nil || e.Source == nil || e.Target.Code == "" || e.Source.Code == e.Target.Code {
			continue
		}
		if !reciprocalCode(e.Code) || sideGroup(e.Source.Code) && armed(e.Source.Code) || sideGroup(e.Target.Code) && armed(e.Target.Code) {
			continue // "the Taliban met with a US envoy": the envoy's errand
		}
		if nationalityOnly(e.Source) || nationalityOnly(e.Target) {
			continue // "Brazil will meet the IMF": who meets is not known, only a country word
		}
		if !twoBodies(e.Source.Code, e.Target.Code) {
			continue // "to meet mounting pressure from Japanese businessmen": a country word, no second body
		}
		if !sc.reciprocalWords(e) || !twoParties(doc.Events[n:end], e) || sc.listAfter(e.Target) || sc.thingOwner(e.Target) {
			continue
		}
		if sc.duplicate(e.Target.Code, e.Source, e.Code) {
			continue
		}
		rev := *e
		rev.Source, rev.Target = e.Target, e.Source
		rev.Evidence.Notes = append(slices.Clip(e.Evidence.Notes), mirroredNote)
		doc.Events = append(doc.Events, rev)
	}
}

// reciprocalCode reports whether CAMEO code is one the pass may mirror:
// consultations (04) but for a visit (042), negotiation and accords (057),
// and the intent to meet or to agree (036, 0311). Hosting (043) counts
// only when the words say meeting or talks, as reciprocalWords checks.
func reciprocalCode(code string) bool {
	switch code {
	case "040", "043", "044", "045", "046", "057", "036", "0311":
		return true
	}
	return false
}

// reciprocalWords reports whether the words of event e's span (the verb
// group or the noun that gave it) name a reciprocal act that fits its
// code: meeting words for 04x and 036, accord words for 057 and 0311
// (planned meetings may be told with either: "agreed to meet"). The
// span's head, past auxiliaries and light verbs ("will hold talks"), must
// be such a word ("will offer a plan at talks" is an offer). A host's or
// visitor's word, a passive ("was met by"), "meeting" taken by a verb
// pattern, a clause of time ("when it meets") or a party named after
// another preposition ("meet for the IMF Interim Committee") keep the act
// one way.
func (sc *sentCtx) reciprocalWords(e *annals.Event) bool {
	toks := sc.doc.Tokens
	meet, accord := false, false
	verb := !strings.Contains(e.Evidence.Pattern, "~")
	last, head := -1, ""
	for i := sc.start; i < sc.end; i++ {
		t := &toks[i]
		if int(t.Start) < e.Evidence.Start {
			continue
		}
		if int(t.End) > e.Evidence.End {
			break
		}
		if last < 0 {
			for j := max(sc.start, i-3); j < i; j++ {
				if toks[j].Norm == "when" {
					return false // "will resist pressure when it meets Uganda": the meeting only times the act
				}
			}
		}
		last = i
		l := lemma(t)
		if head == "" && !lightWords[l] && !lightWords[t.Norm] && t.Tag != annals.MD && t.Tag != annals.RB && t.Tag != annals.TO {
			head = l // "will offer a plan at talks with": an offer, not the talks
			if !meetingWords[l] && !meetingWords[t.Norm] && !accordWords[l] && !accordWords[t.Norm] && l != "agree" && t.Norm != "agreed" {
				return false
			}
		}
		if t.Norm == "meeting" && verb {
			return false // "after meeting with aides", "told a Chamber of Commerce meeting": no finite verb
		}
		if oneWayWords[l] || oneWayWords[t.Norm] {
			return false
		}
		if t.Tag == annals.VBN && i > sc.start && lemma(&toks[i-1]) == "be" {
			return false // "was being met by": a reception, the guest's
		}
		meet = meet || meetingWords[l] || meetingWords[t.Norm]
		if l == "agree" || t.Norm == "agreed" {
			// "agreed to export", "agreed with the United States to open
			// its market": a promise or a concession, one-sided; "agreed
			// upon with": terms settled together, an accord.
			accord = accord || i+2 < sc.end && toks[i+1].Norm == "upon" && toks[i+2].Norm == "with"
		} else {
			accord = accord || accordWords[l] || accordWords[t.Norm]
		}
	}
	if verb && last >= 0 && !sc.partyAfterVerb(last+1, e.Target) {
		return false
	}
	switch e.Code {
	case "057", "0311":
		return accord || e.Code == "0311" && meet
	case "036":
		return meet
	}
	return meet
}

// twoParties reports whether the events of event e's span and code join
// exactly two parties. A ring of three or more (A→B, B→C, C→A) stays as
// coded, and so does one party's talks with a list of others ("Zambia's
// talks with the World Bank and the IMF"): the convention codes the one
// towards each of the others only.
func twoParties(evs []annals.Event, e *annals.Event) bool {
	a, b := e.Source.Code, e.Target.Code
	for i := range evs {
		o := &evs[i]
		if o.Evidence.Start != e.Evidence.Start || o.Code != e.Code || o.Target == nil {
			continue
		}
		s, t := o.Source.Code, o.Target.Code
		if s != a && s != b || t != a && t != b {
			return false
		}
	}
	return true
}

// listAfter reports whether more parties follow actor a in a list ("met
// his Swiss counterpart Otto Stich, Swiss Economics Minister ... and",
// "met with the IMF, then with President Trump"): one side went round
// the others, whose meetings are not each the same act.
func (sc *sentCtx) listAfter(a *annals.ActorRef) bool {
	toks := sc.doc.Tokens
	for i := sc.start; i < sc.end; i++ {
		if int(toks[i].Start) < a.End {
			continue
		}
		for i+1 < sc.end && (toks[i].Tag == annals.NN || toks[i].Tag == annals.NNS) && !timeWords[toks[i].Norm] {
			i++ // "Reagan Administration officials and ...": the head noun of the party's phrase
		}
		if toks[i].Norm == "and" && i+1 < sc.end {
			switch toks[i+1].Tag {
			case annals.DT, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.JJ:
				return true // "talks with Reagan Administration officials and members of Congress"
			}
		}
		return sc.listFollows(i)
	}
	return false
}

// armed reports whether a side group's code names fighters (rebels,
// insurgents, armed forces of no state, separatists) rather than a
// political opposition, which meets a government as a party.
func armed(code string) bool {
	return code[3:6] != "OPP"
}

// partyAfterVerb reports whether target a, when it follows the verb's words
// ending before token from, is the party met or dealt with: the object or
// the party after "with" ("met Funaro", "met on Monday with officials"),
// not one named after another preposition ("meet for the IMF Interim
// Committee", "to meet mounting pressure from Japanese businessmen", "will
// meet with reporters on the union's negotiations with American Motors"),
// which dates, places or owns something else.
func (sc *sentCtx) partyAfterVerb(from int, a *annals.ActorRef) bool {
	toks := sc.doc.Tokens
	for i := from; i < sc.end && int(toks[i].Start) < a.Start; i++ {
		t := &toks[i]
		switch t.Norm {
		case "with", "of", "upon", "than":
			continue // "agreed upon with Gorbachev", "met more than 20 businessmen"
		}
		if t.Tag == annals.IN && !(i+1 < sc.end && timeWords[toks[i+1].Norm]) {
			return false
		}
	}
	return true
}

// twoBodies reports whether codes a and b, when of one country, name two
// bodies of it, each with its own sector: a union and the government meet
// as two parties. A bare country code beside a body of the same country
// names no second party ("met with groups of dissident Eastern employees"
// coded USA beside a congressman).
func twoBodies(a, b string) bool {
	if len(a) < 3 || len(b) < 3 || a[:3] != b[:3] {
		return true
	}
	return len(a) >= 6 && len(b) >= 6 && a[3:6] != b[3:6]
}

// thingOwner reports whether actor a only modifies a thing named after it
// ("helped negotiate the Uganda nuclear deal", "met Lloyds Bank
// executives"): the thing, or the people of the firm, is what the act
// concerned, and a did nothing back.
func (sc *sentCtx) thingOwner(a *annals.ActorRef) bool {
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if int(sc.doc.Tokens[m.Tokens.Start].Start) == a.Start {
			end := m.Tokens.End
			return sc.namesThing(mi) && !(end < sc.end && dayWord(sc.doc.Tokens[end].Norm)) // "Gorbachev last year" names him
		}
	}
	return false
}
