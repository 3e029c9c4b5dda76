package event

import "github.com/annals-project/annals"

// stayTrips are the nouns of a journey that "on" may introduce after a
// stay: "was in Britain on the first leg of a tour".
var stayTrips = map[string]bool{
	"visit": true, "tour": true, "trip": true, "leg": true, "mission": true, "stopover": true,
}

// codeStay codes a state's envoy being in another country for a purpose
// as a visit (042) to that country: "Iranian Oil Minister Gholamreza
// Aqazadeh is in the United Arab Emirates (UAE) to discuss oil prices",
// "Two World Bank review teams are in the Philippines to assess",
// "Funaro was in Britain on the first leg of a tour". The verb "be" must
// be followed at once by "in" and a country or a capital, and then by a
// purpose: an infinitive, "for talks", or "on" a visit, tour, trip, leg or
// mission. The one there must be a government, its forces or an
// international body from elsewhere (stateVisit); "troops are in Lebanon"
// states no purpose and "the company is in Japan to" is no state's visit.
// It reports whether it coded an event.
func (c *Coder) codeStay(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if j+2 >= sc.end || toks[j].Norm != "in" || vg.Passive || vg.Negated || lemma(&toks[vg.Head]) != "be" {
		return false
	}
	host := -1
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Kind == annals.ActorMention && !m.Implied && (m.Tokens.Start == j+1 || m.Tokens.Start == j+2 && toks[j+1].Norm == "the") {
			if len(m.Code) == 3 || m.Capital {
				host = mi
			}
			break
		}
	}
	if host < 0 || !sc.stayPurpose(sc.doc.Mentions[host].Tokens.End) {
		return false
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	if len(subj) != 1 || !sc.stateVisit(subj, host) {
		return false
	}
	if v := c.visitPattern(); v != nil {
		c.emit(sc, vg, v, subj, []int{host}, "", []string{"a stay in another country for a purpose: a visit"}, venue)
		return true
	}
	return false
}

// stayPurpose reports whether the words from token e, after the country
// of a stay, give its purpose: an acronym in brackets and a time phrase
// may come first ("in the United Arab Emirates (UAE) this week to
// discuss"), then "to" and a bare verb, "for talks", or "on" and, within
// five words and before any comma, a trip noun ("on the first leg of a
// tour").
func (sc *sentCtx) stayPurpose(e int) bool {
	toks := sc.doc.Tokens
	if e+2 < sc.end && toks[e].Norm == "(" && toks[e+2].Norm == ")" {
		e += 3
	}
	e = sc.timePhrase(e, sc.end)
	if e+1 >= sc.end {
		return false
	}
	switch toks[e].Norm {
	case "to":
		return toks[e+1].Tag == annals.VB
	case "for":
		return lemma(&toks[e+1]) == "talk"
	case "on":
		for k := e + 1; k < sc.end && k <= e+5; k++ {
			if toks[k].Tag == annals.COMMA || toks[k].Tag.IsVerb() {
				return false
			}
			if stayTrips[lemma(&toks[k])] && toks[k].Tag.IsNoun() {
				return true
			}
		}
	}
	return false
}
