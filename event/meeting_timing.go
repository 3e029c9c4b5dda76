package event

import "github.com/annals-project/annals"

// timingWords open a phrase that dates a meeting by another gathering:
// "to meet just before the IMF/World Bank interim committee meeting",
// "meeting here ahead of this week's IADB annual meetings".
var timingWords = map[string]bool{"before": true, "after": true, "during": true, "following": true, "ahead": true, "prior": true}

// meetsAroundGathering reports whether the target mention tgt of a
// meeting verb sits in a phrase that dates the meeting by another
// gathering ("before the IMF meeting", "ahead of the IADB annual
// meetings"): the body only names that gathering, and the parties do not
// meet it. Only adverbs ("just", "here") and the timing words may stand
// between the verb and the phrase, and a meeting noun must follow the
// mention within a few words.
func (sc *sentCtx) meetsAroundGathering(vg *annals.VerbGroup, tgt int) bool {
	if tgt < 0 {
		return false
	}
	toks := sc.doc.Tokens
	m := &sc.doc.Mentions[tgt]
	timed := false
	for j := vg.Tokens.End; j < m.Tokens.Start && j < sc.end; j++ {
		t := &toks[j]
		switch {
		case timingWords[t.Norm]:
			timed = true
		case t.Norm == "of" || t.Norm == "to":
			if !timed {
				return false // "meet with the minister of", "to meet": no timing phrase yet
			}
		case t.Tag == annals.RB || t.Tag == annals.DT || t.Tag == annals.POS || t.Tag == annals.PRPS:
		case timed && (t.Tag.IsNoun() || t.Tag == annals.JJ || t.Tag == annals.CD):
			// "this week's", "next month's"
		default:
			return false
		}
	}
	if !timed {
		return false
	}
	for j := m.Tokens.End; j < sc.end && j < m.Tokens.End+8; j++ { // "the IMF/World Bank interim committee meeting"
		t := &toks[j]
		if t.Tag.IsNoun() && meetingNouns[lemma(t)] {
			return true
		}
		if (t.Norm == "meeting" || t.Norm == "meetings") && toks[j-1].Tag.IsNoun() {
			return true // "interim committee meeting", tagged as a participle
		}
		if t.Tag.IsVerb() || t.Tag == annals.COMMA || t.Tag == annals.STOP {
			return false
		}
	}
	return false
}
