package event

import (
	"github.com/annals-project/annals"
)

// A warning that a party's measure would bring retaliation: "a senior
// British official said that protectionist bills being considered by
// Congress could trigger retaliation by the European Community", "Denman
// said pending U.S. trade legislation ... will spark retaliation if
// passed", "Steeg said a U.S. oil import fee could prompt trade
// retaliation". Whoever would retaliate, the speaker tells the measure's
// maker what passing it will cost: the annotation conventions code such a
// warning as a threat (130) from the speaker to the maker ("a warning that
// a bill will spark retaliation ... is a threat, 130"; "a secretary's
// warning that a protectionist bill could prompt a trade war or
// retaliation → 130 on USALEG"). The maker must be named in the measure's
// own phrase, as its modifier ("U.S. trade legislation", "the EC tax") or
// after "by" ("bills being considered by Congress"); a measure of no named
// maker ("protectionist legislation could prompt a trade war") is left
// uncoded. The consequence is a forecast (a modal before "lead to",
// "prompt", "provoke", "trigger", "spark", "invite", "bring", "result
// in") of retaliation, counter-measures or a trade war; a measure that
// would merely "hurt" or "harm" threatens nothing.

// consequenceSpeech reports whether w is a verb that reports such a
// warning. It is asked of every verb group's head, so it is a switch,
// not a map.
func consequenceSpeech(w string) bool {
	switch w {
	case "say", "warn", "add", "state", "declare", "caution":
		return true
	}
	return false
}

// adoptedMeasures name a measure a party adopts: a bill, a law, a tax.
var adoptedMeasures = map[string]bool{
	"bill": true, "legislation": true, "law": true, "measure": true, "tax": true, "levy": true, "fee": true,
	"tariff": true, "quota": true, "proposal": true, "plan": true, "policy": true, "restriction": true,
	"curb": true, "ban": true, "sanction": true, "amendment": true,
}

// consequenceVerbs bring about what follows them.
var consequenceVerbs = map[string]bool{
	"lead": true, "prompt": true, "provoke": true, "trigger": true, "spark": true, "invite": true,
	"bring": true, "result": true, "cause": true,
}

// consequenceModals make the consequence a forecast.
var consequenceModals = map[string]bool{
	"could": true, "would": true, "will": true, "may": true, "might": true, "can": true,
}

// codeConsequenceWarning codes "X said Y's measure could lead to
// retaliation" as X threatening Y, for the speech verb sv with the
// reported clause after it ("said (that) ...") or before it ("...,
// the minister warned"). It reports whether it coded an event.
func (c *Coder) codeConsequenceWarning(sc *sentCtx, sv *annals.VerbGroup, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if sv.Negated || sv.Passive || toks[sv.Head].Tag == annals.VBG || !consequenceSpeech(lemma(&toks[sv.Head])) {
		return false
	}
	var makers []int
	var at int
	if j := sv.Tokens.End; j < sc.end && sc.mentionStartingAt(j) < 0 {
		// "said (that) the measure could ...": a party right after
		// "warned" is the one warned, which "warn +" codes.
		if toks[j].Norm == "that" {
			j++
		}
		makers, at = sc.measureConsequence(j, sc.end)
	}
	if comma := sc.tagComma(sv); len(makers) == 0 && comma > sc.start {
		// "... could provoke retaliation, the minister warned": the
		// reported clause opens the sentence; the speaker ends it.
		makers, at = sc.measureConsequence(sc.start, comma)
	}
	if len(makers) == 0 || at < 0 {
		return false
	}
	srcs, via := sc.subject(sv, sc.clause(sv.Head))
	if len(srcs) == 0 {
		return false
	}
	for _, k := range srcs {
		if k < 0 || sc.within([]int{k}, makers) || sc.sameActor(k, makers[0]) {
			return false
		}
	}
	v := c.conditionThreatPattern()
	if v == nil {
		return false
	}
	notes := []string{"a warning that the target's measure would bring retaliation: a threat"}
	if via != "" {
		notes = append(notes, "source via "+via)
	}
	verb := *sv
	c.emit(sc, &verb, v, srcs, makers, via, notes, venue)
	return true
}

// tagComma returns the comma before a speech verb that closes the
// sentence as its tag ("..., the minister warned.", "..., said Lawson."),
// or -1: sv is the sentence's last verb group, and only its subject's
// words stand between the comma and it.
func (sc *sentCtx) tagComma(sv *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	for v := firstVerbAt(sc.doc.Verbs, sv.Head+1); v < len(sc.doc.Verbs) && sc.doc.Verbs[v].Head < sc.end; v++ {
		if sc.doc.Verbs[v].Head > sv.Head {
			return -1
		}
	}
	for j := sv.Tokens.Start - 1; j > sc.start && j > sv.Tokens.Start-10; j-- {
		if toks[j].Tag == annals.COMMA {
			return j
		}
		if toks[j].Tag.IsVerb() || toks[j].Tag == annals.STOP || isQuote(toks[j].Norm) {
			return -1
		}
	}
	return -1
}

// measureConsequence reads a reported clause from token s to limit that
// opens with a measure's noun phrase and forecasts retaliation from it. It
// returns the measure's named maker and the consequence verb's token, or
// nil and -1.
func (sc *sentCtx) measureConsequence(s, limit int) ([]int, int) {
	toks := sc.doc.Tokens
	// The noun phrase: determiners and modifiers, then a run of nouns
	// whose last is a measure ("pending U.S. trade legislation").
	head, noun := -1, false
	for k := s; k < limit && k < s+8; k++ {
		tg := toks[k].Tag
		isNoun := tg == annals.NN || tg == annals.NNS
		if noun && !isNoun {
			break
		}
		switch {
		case isNoun:
			noun, head = true, k
		case tg == annals.DT || tg == annals.JJ || tg == annals.VBN || tg == annals.VBG || tg == annals.CD || tg == annals.NNP || tg == annals.NNPS || tg == annals.POS:
		default:
			return nil, -1
		}
	}
	if head < 0 || !adoptedMeasures[lemma(&toks[head])] {
		return nil, -1
	}
	var makers []int
	for k, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start >= s && m.Tokens.End <= head && m.Kind == annals.ActorMention {
			makers = sc.coordinated(k) // "U.S. trade legislation", "the EC's tax"
			break
		}
	}
	after := head + 1
	if len(makers) == 0 {
		// "bills being considered by Congress", "the tax proposed by the
		// Commission".
		j := head + 1
		if j < limit && toks[j].Norm == "being" {
			j++
		}
		if j+1 < limit && toks[j].Tag == annals.VBN && toks[j+1].Norm == "by" {
			k := j + 2
			if k < limit && toks[k].Tag == annals.DT && sc.mentionStartingAt(k) < 0 {
				k++
			}
			if mi := sc.mentionStartingAt(k); mi >= 0 && sc.doc.Mentions[mi].Kind == annals.ActorMention {
				makers = []int{mi}
				after = sc.doc.Mentions[mi].Tokens.End
			}
		}
	}
	if len(makers) == 0 {
		return nil, -1
	}
	// The consequence: the first modal after the phrase, before any other
	// report, quotation or clause break, with a consequence verb and
	// retaliation or a trade war within four words of it.
	for k := after; k < limit; k++ {
		n := toks[k].Norm
		if n == ";" || n == ":" || isQuote(n) || toks[k].Tag.IsVerb() && speechHeads[lemma(&toks[k])] {
			return nil, -1
		}
		if toks[k].Tag != annals.MD {
			continue
		}
		if !consequenceModals[n] {
			return nil, -1
		}
		if k > after && toks[k-1].Tag == annals.CC && toks[k-1].Norm != "but" {
			// "would disrupt world markets and could prompt retaliation":
			// the measure's second forecast, same subject.
		} else if k != sc.firstModalAfter(after, limit) {
			return nil, -1
		}
		v := k + 1
		for v < limit && toks[v].Tag == annals.RB {
			if isNegation(toks[v].Norm) {
				return nil, -1 // "would not lead to retaliation"
			}
			v++ // "could easily provoke"
		}
		if v >= limit || !toks[v].Tag.IsVerb() || !consequenceVerbs[lemma(&toks[v])] {
			continue // "would disrupt world markets": a forecast of no retaliation; a later one may follow
		}
		for j := v + 1; j < limit && j <= v+5; j++ {
			w := toks[j].Norm
			if retaliationWords[w] || retaliationWords[lemma(&toks[j])] || (w == "war" || w == "wars") && toks[j-1].Norm == "trade" {
				return makers, v
			}
		}
		return nil, -1
	}
	return nil, -1
}

// firstModalAfter returns the first modal from token k to limit, or -1.
func (sc *sentCtx) firstModalAfter(k, limit int) int {
	for ; k < limit; k++ {
		if sc.doc.Tokens[k].Tag == annals.MD {
			return k
		}
	}
	return -1
}
