package event

import "github.com/annals-project/annals"

// rumourNouns name a report that its teller does not vouch for: a rumour,
// market speculation, a dealer's feeling or impression, a suspicion. News
// writing cites them when nobody has confirmed the act ("Dealers said
// there were widespread rumours that the Federal Reserve telephoned some
// banks"), and a Defense Department spokesman "had no information on
// rumours that the United States had launched a strike". The act of the
// clause they govern is supposed, not reported as done, so the annotators
// do not code it (like an act judged unlikely or hoped for).
var rumourNouns = map[string]bool{
	"rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"speculation": true, "feeling": true, "impression": true,
	"suspicion": true, "suspicions": true, "hunch": true, "conjecture": true,
}

// rumoured reports whether verb group vg is the act of a clause that a
// rumour noun governs:
//   - "rumours that the Fed telephoned some banks ... to ask for quotes":
//     the nearest "that" before the verb, in the same stretch without
//     punctuation, follows a rumour noun, or a copula after one ("the
//     rumours in London were that the U.S. had launched a strike");
//   - "had the feeling Japanese companies had been asked", "Speculation the
//     United States will offer wheat": the clause follows the noun with no
//     "that", its subject's words alone between the noun and the verb.
//
// "rumours of a strike" (no clause) and "denied rumours that" (handled as a
// denial) are left as they are: the first names no act of a clause, and
// the verb before the noun is the speaker's own act.
func (sc *sentCtx) rumoured(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	start := vg.Tokens.Start
	// Zero "that": the rumour noun, then only the subject's words.
	for j, n := start-1, 0; j >= sc.start && n < 6; j, n = j-1, n+1 {
		t := &toks[j]
		if rumourNouns[t.Norm] && t.Tag.IsNoun() {
			return n > 0 // a subject stands between
		}
		if !subjectWord(t.Tag) {
			break
		}
	}
	// "that": look back within the stretch up to the nearest punctuation.
	for j, n := start-1, 0; j > sc.start && n < 16; j, n = j-1, n+1 {
		t := &toks[j]
		if t.Tag == annals.STOP || t.Flags&annals.Punct != 0 {
			return false
		}
		if t.Norm != "that" {
			continue
		}
		k := j - 1
		if copulas[toks[k].Norm] {
			// "the rumours in the London markets were that ...": the
			// copula's subject, a few words back, is the rumour.
			for m := k - 1; m > sc.start && m >= k-7; m-- {
				if toks[m].Tag == annals.STOP || toks[m].Flags&annals.Punct != 0 || toks[m].Tag.IsVerb() {
					return false
				}
				if rumourNouns[toks[m].Norm] && toks[m].Tag.IsNoun() {
					return true
				}
			}
			return false
		}
		return rumourNouns[toks[k].Norm] && toks[k].Tag.IsNoun()
	}
	return false
}

// subjectWord reports whether a token of tag t can stand in a short
// subject noun phrase ("the United States", "Japanese companies", "he").
func subjectWord(t annals.Tag) bool {
	if t.IsNoun() {
		return true
	}
	switch t {
	case annals.DT, annals.JJ, annals.PRP, annals.POS, annals.CD, annals.PRPS:
		return true
	}
	return false
}
