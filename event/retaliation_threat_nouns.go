package event

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// A threat of retaliation named by a noun: "the recent threats of trade
// retaliation from the European Community", "a tax that has sparked
// threats of U.S. retaliation", "the EC's threat of retaliation",
// "warnings of reprisals by Washington". The noun phrase tells that the
// threat was made and by whom: the possessor or modifier of "threat"
// ("the EC's threat", "U.S. threats"), the modifier of the retaliation
// ("threats of U.S. retaliation": the one who would retaliate is the one
// who threatens), or the party after "from" or "by". The conventions code
// it as the verb "threatened retaliation" is coded (130), on the party
// named after "against" or else on the party whose act the retaliation
// answers (answered_threats.go). A phrase that names no maker ("fears of
// a threat of retaliation") is left uncoded, as is a threat that is
// denied ("no threat of retaliation").

// threatNouns name a threat or a warning.
var threatNouns = map[string]bool{"threat": true, "warning": true}

// retaliatoryMeasures are the nouns "retaliatory" makes a retaliation of.
var retaliatoryMeasures = map[string]bool{
	"action": true, "actions": true, "measure": true, "measures": true, "step": true, "steps": true, "move": true, "moves": true,
}

// codeThreatNoun codes the threat of retaliation named by the noun at t.
// It reports whether it coded an event.
func (c *Coder) codeThreatNoun(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	// "of" or "to" must follow the noun: the cheap test first, as most
	// nouns are no threat.
	if t+2 >= sc.end || toks[t+1].Norm != "of" && toks[t+1].Tag != annals.TO || !threatNouns[lemma(&toks[t])] {
		return false
	}
	if toks[t+1].Tag == annals.TO && lemma(&toks[t]) == "threat" {
		return c.codeThreatToAct(sc, t, venue)
	}
	if toks[t+1].Norm != "of" {
		return false
	}
	if t > sc.start && (toks[t-1].Norm == "no" || toks[t-1].Norm == "any") {
		return false // "there was no threat of retaliation", "denied any threat of"
	}
	// The retaliation: at most three modifiers after "of" ("of possible
	// U.S. trade retaliation").
	r, end := -1, -1
	for j := t + 2; j < sc.end && j <= t+5; j++ {
		n := toks[j].Norm
		if n == "retaliatory" && j+1 < sc.end && retaliatoryMeasures[toks[j+1].Norm] {
			r, end = j, j+2
			break
		}
		if n != "retaliatory" && retaliationWords[n] {
			r, end = j, j+1
			break
		}
		if tg := toks[j].Tag; tg != annals.JJ && tg != annals.NN && tg != annals.NNP && tg != annals.DT {
			return false
		}
	}
	if r < 0 {
		return false
	}
	srcs := sc.threatNounMaker(t, r, end)
	if len(srcs) != 1 {
		return false
	}
	v := c.conditionThreatPattern()
	if v == nil {
		return false
	}
	// "threats of retaliation against Japan": the party named; else the
	// party answered, found when the event is made.
	var objs []int
	if end+1 < sc.end && toks[end].Norm == "against" {
		if mi := sc.mentionStartingAt(end + 1); mi >= 0 {
			objs = []int{mi}
		} else if end+2 < sc.end && toks[end+1].Tag == annals.DT {
			if mi := sc.mentionStartingAt(end + 2); mi >= 0 {
				objs = []int{mi}
			}
		}
	}
	if len(objs) > 0 && sc.sameActor(objs[0], srcs[0]) {
		return false
	}
	vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: end}, Head: t, Clause: sc.clause(t)}
	c.emit(sc, vg, v, srcs, objs, "", []string{"event named by a noun", "a threat of retaliation: its maker is the owner of the threat or of the retaliation"}, venue)
	return true
}

// threatNounMaker returns the maker of the threat of retaliation named by
// the noun at t, the retaliation word at r and the phrase ending at end:
// the threat's possessor or modifier, else the retaliation's modifier,
// else the party after "from" or "by" right after the phrase.
func (sc *sentCtx) threatNounMaker(t, r, end int) []int {
	toks := sc.doc.Tokens
	if o := sc.nounOwner(t); len(o) > 0 {
		return o
	}
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start > t+1 && m.Tokens.End <= r {
			return []int{mi} // "threats of U.S. retaliation"
		}
	}
	if end+1 < sc.end && (toks[end].Norm == "from" || toks[end].Norm == "by") {
		if mi := sc.mentionStartingAt(end + 1); mi >= 0 {
			return []int{mi}
		}
		if end+2 < sc.end && toks[end+1].Tag == annals.DT {
			if mi := sc.mentionStartingAt(end + 2); mi >= 0 {
				return []int{mi}
			}
		}
	}
	return nil
}

// codeThreatToAct codes a threat to act named by a noun with its maker
// before it: "President Reagan's threat to impose tariffs on Japanese
// electronics exports", "U.S. threats to curb imports from Japan". As
// with "Reagan threatened to impose tariffs on Japanese exports", the
// threat is coded (130) on the party the threatened act is aimed at: the
// first actor in the infinitive's phrase, before any condition, cause or
// other clause ("because of Japan's alleged refusal" gives the reason, not
// the target). A threat with no maker before it, or no party in its
// phrase, is left uncoded.
func (c *Coder) codeThreatToAct(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if t+2 >= sc.end || !toks[t+2].Tag.IsVerb() {
		return false
	}
	srcs := sc.nounOwner(t)
	if len(srcs) != 1 {
		return false
	}
	// The phrase ends at a clause break: a comma, a subordinator, or a
	// finite verb of the sentence ("threats to scrap the agreement ...
	// have pushed MITI").
	end := sc.end
	for j := t + 3; j < sc.end; j++ {
		tg := toks[j].Tag
		if tg == annals.COMMA || tg == annals.MD || tg == annals.VBZ || tg == annals.VBP || tg == annals.VBD || tg == annals.IN && phraseBreaks[toks[j].Norm] {
			end = j
			break
		}
	}
	tgt := -1
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start > t+2 && m.Tokens.End <= end && m.Kind == annals.ActorMention {
			tgt = mi
			break
		}
	}
	if tgt < 0 || sc.sameActor(tgt, srcs[0]) {
		return false
	}
	v := c.threatenToPattern()
	if v == nil {
		return false
	}
	vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 3}, Head: t, Clause: sc.clause(t)}
	c.emit(sc, vg, v, srcs, []int{tgt}, "", []string{"event named by a noun", "a threat to act: its target is the party the act is aimed at"}, venue)
	return true
}

// phraseBreaks open a clause of condition, cause or time after an
// infinitive's phrase.
var phraseBreaks = map[string]bool{
	"if": true, "unless": true, "because": true, "after": true, "before": true, "until": true, "while": true, "since": true, "as": true,
}

// threatenToPattern returns the dictionary's bare "threaten to" pattern
// (130), whose code and entry a threat to act named by a noun takes, or
// nil when the dictionary has none.
func (c *Coder) threatenToPattern() *dict.Verb {
	for _, id := range c.dict.VerbsFor("threaten") {
		v := &c.dict.Verbs[id]
		if v.Code == "130" && v.TargetNone && len(v.Items) == 2 && slices.Equal(v.Items[1].Alts, []string{"to"}) {
			return v
		}
	}
	return nil
}
