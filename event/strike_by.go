package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// strikeByNouns name a stoppage of work whose strikers a "by" phrase
// may name.
var strikeByNouns = map[string]bool{"strike": true, "walkout": true, "stoppage": true}

// strikeByVerbs are the participles that may stand between the noun and
// "by": "the strike, called by leftist unions".
var strikeByVerbs = map[string]bool{
	"called": true, "staged": true, "led": true, "organised": true, "organized": true,
	"launched": true, "declared": true, "begun": true, "started": true,
}

// codeStrikeBy codes a strike named by a noun, with workers (LAB) after
// "by", as their strike against their own government: 143, 142 for a
// hunger strike, 133 when it is only threatened ("the threat of a strike
// by", "strikes are being threatened"). Analysts code a strike against the
// state only, so the sentence must name the state (a state-owned employer,
// the government, a general strike: stateNamed) as the round-73 rule asks
// of strikes told by verbs. It reports whether token t is a strike noun,
// which the generic noun patterns then leave alone: this pass is the only
// reader of the noun pattern "~strike|walkout|stoppage by"; a strike of
// arms (armedStrike) is left to the generic patterns.
func (c *Coder) codeStrikeBy(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if l := lemma(&toks[t]); !strikeByFilter.May(l) || !strikeByNouns[l] || sc.armedStrike(t) {
		return false // "the U.S. strike on an Iranian oil platform": the generic noun patterns code it
	}
	if sc.strikeAsSetting(t) {
		return true // "Negotiations resumed in the 14-day-old strike by": the strike places the talks
	}
	j := t + 1
	if j < sc.end && toks[j].Norm == "," {
		j++
	}
	if j < sc.end && strikeByVerbs[toks[j].Norm] {
		j++
	}
	if j >= sc.end || toks[j].Norm != "by" {
		return true // the pattern asks for "by": "a strike threat by" is not one
	}
	k := sc.strikersAfter(j)
	if k < 0 || !sc.stateNamed(t) {
		return true
	}
	m := &sc.doc.Mentions[k]
	var v *dict.Verb
	for _, id := range c.dict.NounsFor("strike") {
		if w := &c.dict.Verbs[id]; w.Code == "143" {
			v = w
		}
	}
	if v == nil {
		return true
	}
	code, notes := "143", []string{"a strike by workers, named by a noun, where the sentence names the state"}
	switch {
	case sc.strikeThreatened(t):
		code = "133"
		notes = append(notes, "threatened: 133")
	case t > sc.start && toks[t-1].Norm == "hunger":
		code = "142"
		notes = append(notes, "a hunger strike: 142")
	}
	for e := len(sc.doc.Events) - 1; e >= 0 && sc.doc.Events[e].Sentence == sc.si; e-- {
		if ev := &sc.doc.Events[e]; (ev.Root == "14" || ev.Root == "13") && strings.HasPrefix(ev.Source.Code, m.Code[:3]) {
			return true // the verb already told it: "joined a strike by"
		}
	}
	sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: annals.Range{Start: t, End: t}, Name: m.Code[:3] + " government",
		Code: m.Code[:3] + "GOV", Entity: -1, Implied: true, Via: "context",
	})
	w := *v
	w.Code = code
	nvg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: sc.clause(t)}
	c.emit(sc, nvg, &w, []int{k}, []int{len(sc.doc.Mentions) - 1}, "", notes, venue)
	return true
}

// strikersAfter returns the workers' mention (a six-letter code ending
// in LAB) after "by" at token j, with only numbers and modifiers between
// ("by 1,300 state employed miners", "by 55,000 oil industry employees"),
// or -1.
func (sc *sentCtx) strikersAfter(j int) int {
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Implied || m.Tokens.Start <= j {
			continue
		}
		if m.Tokens.Start > j+6 || len(m.Code) != 6 || !strings.HasSuffix(m.Code, "LAB") {
			return -1
		}
		for i := j + 1; i < m.Tokens.Start; i++ {
			switch sc.doc.Tokens[i].Tag {
			case annals.CD, annals.JJ, annals.NN, annals.NNS, annals.VBN, annals.DT:
			default:
				return -1
			}
		}
		return mi
	}
	return -1
}

// strikeStateWords are the words that name the state as a party to a strike
// anywhere in its sentence: the employer ("the state corporation",
// "state-run") or what the strikers oppose ("the government", "austerity").
// Words that only measure a strike ("nationwide", "general") count only
// right before the noun (stateNamed): "General Motors" and "the
// nationwide strike of 1984" beside another strike do not.
var strikeStateWords = map[string]bool{
	"government": true, "governments": true, "state": true, "ministry": true, "minister": true,
	"authorities": true, "parliament": true, "regime": true, "law": true, "laws": true, "decree": true,
	"austerity": true, "freeze": true, "privatisation": true, "privatization": true,
}

// stateNamed reports whether the sentence names the state beside the
// strike noun at t: a word of the state (strikeStateWords, "state-owned"), a
// general or nationwide strike, or a government actor of its own words
// ("Petrobras", "the government").
func (sc *sentCtx) stateNamed(t int) bool {
	if t > sc.start {
		switch sc.doc.Tokens[t-1].Norm {
		case "general", "nationwide", "national":
			return true
		}
	}
	for i := sc.start; i < sc.end; i++ {
		n := sc.doc.Tokens[i].Norm
		if strikeStateWords[n] || strings.HasPrefix(n, "state-") {
			return true
		}
	}
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; !m.Implied && strings.HasSuffix(m.Code, "GOV") {
			return true
		}
	}
	return false
}

// strikeThreatened reports whether the strike noun at t is only
// threatened: "the threat of a strike", "strikes are being threatened,
// including national stoppages by".
func (sc *sentCtx) strikeThreatened(t int) bool {
	for i := max(sc.start, t-8); i < t; i++ {
		switch tok := &sc.doc.Tokens[i]; {
		case tok.Norm == "threatened", lemma(tok) == "threat", lemma(tok) == "threaten":
			return true
		}
	}
	return false
}

// strikeAsSetting reports whether the strike noun at t, past its
// modifiers, follows "in" or "during": a strike that only places another
// act ("Negotiations resumed in the 14-day-old strike by Canada's letter
// carriers"), which the sentence codes by that act.
func (sc *sentCtx) strikeAsSetting(t int) bool {
	i := t - 1
	for n := 0; i >= sc.start && n < 5; i, n = i-1, n+1 {
		switch sc.doc.Tokens[i].Tag {
		case annals.DT, annals.JJ, annals.CD, annals.NN, annals.POS, annals.PRPS:
			continue
		}
		break
	}
	if i < sc.start {
		return false
	}
	n := sc.doc.Tokens[i].Norm
	return n == "in" || n == "during"
}
