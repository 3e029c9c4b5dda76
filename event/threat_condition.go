package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// A threat spoken as a condition: "Channon said if Congress passed
// legislation to curb textile imports, the community would have to
// retaliate", "U.S. officials told him that unless Taiwan allowed its
// dollar to rise faster it would face retaliation", "Yeutter warned
// another trade row will develop if the EC proceeds with the tax". The
// speaker threatens the party whose act the condition names; the
// annotation conventions code that as a threat (130) from the speaker to
// that party, whoever the speaker says would retaliate. The retaliation
// itself is conditional and stays uncoded. A forecast with no measure in
// it ("said if Japan cuts rates, the yen would fall") threatens nothing:
// the consequence must name retaliation or a counter-measure.

// conditionSpeech are the verbs that report such a threat.
// "Warn" and "threaten" are left to their own patterns ("warned that it
// would retaliate if Japan did not move" is coded by "retaliate").
var conditionSpeech = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "declare": true,
}

// retaliationWords name a measure taken in answer to another's act.
var retaliationWords = map[string]bool{
	"retaliate": true, "retaliation": true, "retaliatory": true, "countermeasure": true, "countermeasures": true,
	"counter-measure": true, "counter-measures": true, "reprisal": true, "reprisals": true,
}

// conditionThreatPattern returns the dictionary's bare retaliation
// pattern ("130 retaliate ; target: none"), whose code and entry the
// event takes, or nil when the dictionary has none.
func (c *Coder) conditionThreatPattern() *dict.Verb {
	for _, id := range c.dict.VerbsFor("retaliate") {
		if v := &c.dict.Verbs[id]; v.Code == "130" && v.TargetNone && len(v.Items) == 1 {
			return v
		}
	}
	return nil
}

// codeConditionThreat codes "X said if Y does Z, (we) would retaliate" as
// X threatening Y. It reports whether it coded an event.
func (c *Coder) codeConditionThreat(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if vg.Negated || vg.Passive || !conditionSet.Has(lemma(&toks[vg.Head])) {
		return false
	}
	// The condition: the first "if" or "unless" after the verb, with no
	// other report verb between ("said ..., an official added").
	cond := -1
	for j := vg.Tokens.End; j < sc.end; j++ {
		n := toks[j].Norm
		if n == "if" || n == "unless" {
			cond = j
			break
		}
		if n == ";" || n == ":" || isQuote(n) {
			return false // a quote or another sentence part: not the speaker's own condition
		}
		if toks[j].Tag.IsVerb() && conditionSet.Has(lemma(&toks[j])) {
			return false
		}
	}
	if cond < 0 {
		return false
	}
	// The party whose act is the condition: an actor opening the clause,
	// past a determiner or adjective, right before its verb ("if Congress
	// passed", "unless Taiwan allowed", "if the EC proceeds").
	tgt, tend := -1, -1
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start <= cond || m.Tokens.Start > cond+3 {
			continue
		}
		ok := true
		for j := cond + 1; j < m.Tokens.Start; j++ {
			if tg := toks[j].Tag; tg != annals.DT && tg != annals.JJ {
				ok = false
			}
		}
		if ok && m.Kind != annals.PronounMention {
			tgt, tend = mi, m.Tokens.End
		}
		break
	}
	switch {
	case tgt >= 0:
		if tend >= sc.end || !toks[tend].Tag.IsVerb() && !(toks[tend].Tag == annals.RB && tend+1 < sc.end && toks[tend+1].Tag.IsVerb()) {
			return false
		}
	case lemma(&toks[vg.Head]) == "tell":
		// "told Congress that if textile legislation is approved, the
		// community would retaliate": the party told is the one warned,
		// when the condition names none.
		tgt = sc.toldParty(vg, cond)
		if tgt < 0 {
			return false
		}
	default:
		return false
	}
	// The condition runs to its clause's end, or to the next comma.
	condEnd := sc.end
	if ci := sc.clause(cond); ci >= 0 && sc.doc.Clauses[ci].Tokens.Start == cond {
		condEnd = sc.doc.Clauses[ci].Tokens.End
	} else {
		for j := cond + 1; j < sc.end; j++ {
			if toks[j].Tag == annals.COMMA {
				condEnd = j
				break
			}
		}
	}
	if condEnd >= sc.end-1 {
		// No comma closes the condition ("said if Congress passed
		// legislation curbing imports the only way the EC could react was
		// to retaliate"): the consequence starts at the first modal after
		// the condition's own verb.
		verb := false
		for j := cond + 1; j < condEnd; j++ {
			if verb && toks[j].Tag == annals.MD {
				condEnd = j
				break
			}
			verb = verb || toks[j].Tag.IsVerb()
		}
	}
	// The consequence, outside the condition, names retaliation. A
	// consequence quoted after the condition ("said if Japan honours the
	// pact, \"the retaliatory response will last a short period\"") is
	// another's words or a measure already taken: not coded.
	found := false
	for j := vg.Tokens.End; j < sc.end && !found; j++ {
		if j >= cond && j < condEnd {
			continue
		}
		if j > cond && isQuote(toks[j].Norm) {
			return false
		}
		found = retaliationWords[toks[j].Norm] || retaliationWords[lemma(&toks[j])]
	}
	if !found {
		return false
	}
	v := c.conditionThreatPattern()
	if v == nil {
		return false
	}
	subj, via := sc.subject(vg, sc.clause(vg.Head))
	if len(subj) == 0 || sc.within([]int{tgt}, subj) {
		return false
	}
	for _, k := range subj {
		if k < 0 {
			return false
		}
	}
	notes := []string{"threat told as a condition: the party whose act the condition names is the target"}
	if via != "" {
		notes = append(notes, "source via "+via)
	}
	verb := *vg
	c.emit(sc, &verb, v, subj, []int{tgt}, via, notes, venue)
	return true
}

// isQuote reports whether a token is a quotation mark.
func isQuote(n string) bool {
	return n == "\"" || n == "“" || n == "”"
}

// toldParty returns the actor told, right after the verb "tell" (past a
// determiner) and right before "that" or the condition at cond, or -1.
func (sc *sentCtx) toldParty(vg *annals.VerbGroup, cond int) int {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if j < sc.end && toks[j].Tag == annals.DT {
		j++
	}
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start != j || m.Kind == annals.PronounMention {
			continue
		}
		if e := m.Tokens.End; e == cond || e+1 == cond && toks[e].Norm == "that" {
			return mi
		}
		return -1
	}
	return -1
}
