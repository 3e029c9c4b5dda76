package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals/dict"
)

// A visit called off is a reduction of relations (CAMEO 160) only when it
// is called off at the host: in protest, in retaliation, as a snub. News
// reports most cancellations and postponements with a reason at home
// ("because of pressing business at home", "because of continued
// confusion in the Japanese Parliament"), and then the trip is a change
// of the traveller's schedule with no act toward the host; the gold sets
// code none of those (Baker's cancelled trip to Australia, heldout4).
// So the "cancel|postpone visit|trip|tour to +" pattern does not code when
// its sentence gives a reason for the cancellation ("because of", "due
// to", "for domestic reasons") and no hostile motive. A cancellation
// reported with no reason at all stays 160, as before.

// hostileMotives are the lemmas by which a sentence says that a
// cancellation is aimed at the host.
var hostileMotives = map[string]bool{
	"protest": true, "retaliation": true, "retaliate": true, "retaliatory": true,
	"reprisal": true, "snub": true, "anger": true, "angry": true, "outrage": true,
	"displeasure": true, "dissatisfaction": true, "boycott": true,
}

// statedReasons are the lemmas by which a sentence gives a reason.
var statedReasons = map[string]bool{
	"because": true, "owing": true, "due": true, "reason": true, "illness": true, "ill": true, "health": true,
}

// unaimedCancellation reports whether v is a called-off-visit pattern
// whose sentence gives a reason for the cancellation and no hostile
// motive.
func (sc *sentCtx) unaimedCancellation(v *dict.Verb) bool {
	if !strings.HasPrefix(v.Code, "16") || len(v.Items) < 2 {
		return false
	}
	if !slices.Contains(v.Items[0].Alts, "cancel") || !slices.Contains(v.Items[1].Alts, "visit") && !slices.Contains(v.Items[1].Alts, "trip") {
		return false
	}
	reason := false
	for j := sc.start; j < sc.end; j++ {
		t := &sc.doc.Tokens[j]
		if hostileMotives[t.Lemma] || hostileMotives[t.Norm] {
			return false
		}
		reason = reason || statedReasons[t.Lemma] || statedReasons[t.Norm]
	}
	return reason
}
