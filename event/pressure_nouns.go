package event

import (
	annals "github.com/annals-project/annals"
)

// Round 57: pressure named by a noun ("under pressure from the United
// States", "under Congressional pressure") is an appeal (020) from its
// maker to the party under it, as the annotation conventions code it.

// pressureMaker returns the maker of the pressure named by the noun at
// token t when nounOwner found none: the actor opening a "from" phrase
// right after it ("under pressure from the United States", "from official
// and private creditors", past determiners and modifiers), or a
// nationality adjective before it ("under Congressional pressure"). Nil
// for any other noun, so that demands and requests keep their "by" and
// "of" makers.
func (sc *sentCtx) pressureMaker(t int) []int {
	toks := sc.doc.Tokens
	if lemma(&toks[t]) != "pressure" {
		return nil
	}
	if t+2 >= sc.end || toks[t+1].Norm != "from" {
		// "under U.S. pressure", "under Congressional pressure": the
		// modifier is the maker, though a preposition governs the phrase.
		for j, n := t-1, 0; j > sc.start && n < 3; j, n = j-1, n+1 {
			for _, mi := range sc.ments {
				if m := &sc.doc.Mentions[mi]; m.Tokens.End == j+1 && m.Part.End == 0 {
					return []int{mi}
				}
			}
			if tg := toks[j].Tag; tg != annals.JJ && tg != annals.NN {
				return nil
			}
		}
		return nil
	}
	for k := t + 2; k < sc.end && k <= t+6; k++ {
		for i, mi := range sc.ments {
			if m := &sc.doc.Mentions[mi]; m.Tokens.Start == k {
				if k == t+2 && toks[k].Flags&annals.Cap == 0 && toks[k].Tag != annals.DT {
					return nil // "from official and private creditors": a bare lower-case word is no maker
				}
				return sc.coordinated(i)
			}
		}
		if tg := toks[k].Tag; tg != annals.DT && tg != annals.JJ && tg != annals.CC && tg != annals.NN && tg != annals.POS {
			return nil
		}
	}
	return nil
}

// underPressure returns the party acting under the pressure named by the
// noun at t, governed by "under" at token j: the actor ending right before
// a comma that opens the phrase ("The U.S. Administration, under
// Congressional pressure to cut the deficit, will urge"), the subject of
// the main verb after the comma that closes a phrase opening the sentence
// ("Under pressure from Washington, Japan agreed"), or the subject of the
// verb before the phrase ("had come under pressure from the United
// States", "reduced the increases under union pressure"). Nil for any
// other noun, a passive verb ("measures taken under pressure from the
// IMF") or a subject that is no actor ("futures came under pressure").
func (sc *sentCtx) underPressure(t, j, ci int) []int {
	toks := sc.doc.Tokens
	if lemma(&toks[t]) != "pressure" {
		return nil
	}
	if j > sc.start && toks[j-1].Tag == annals.COMMA {
		if sc.verbAfterComma(t) == nil {
			return nil
		}
		for k, mi := range sc.ments {
			if sc.doc.Mentions[mi].Tokens.End == j-1 {
				return sc.coordinated(k)
			}
		}
		return nil
	}
	var vg *annals.VerbGroup
	if j == sc.start {
		vg = sc.verbAfterComma(t)
	} else {
		vg = sc.verbBefore(j, ci)
	}
	if vg == nil || vg.Passive {
		return nil
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	if !namedActors(subj) {
		return nil
	}
	return subj
}

// pressureOn reports whether mention mi after the noun at token t is a
// target the noun may take: any for nouns other than pressure, and for
// pressure only the party right after "on" that follows the noun ("U.S.
// pressure on Japan to open"), so that the makers of "pressure from London
// and Washington" or "pressure by U.S. authorities" are not taken for it.
func (sc *sentCtx) pressureOn(t, mi int) bool {
	toks := sc.doc.Tokens
	if lemma(&toks[t]) != "pressure" {
		return true
	}
	if mi < 0 || t+2 >= sc.end || toks[t+1].Norm != "on" {
		return false
	}
	st := sc.doc.Mentions[mi].Tokens.Start
	return st == t+2 || st == t+3 && toks[t+2].Tag == annals.DT
}
