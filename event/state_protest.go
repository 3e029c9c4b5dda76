package event

import "github.com/annals-project/annals"

// stateProtest reports whether the verb group is "protest" said of a
// state: a government, or a country by its name ("Britain has also
// protested the Japanese limitations", "Indonesia has protested against
// the EC plan"). CAMEO's root 14 is the dissent of citizens and their
// groups; a state that protests another's act complains of it, which the
// annotation conventions code as criticism (111). The noun ("the
// Indonesian protest was made") keeps its root, as the read sets code it.
func (sc *sentCtx) stateProtest(vg *annals.VerbGroup, srcs []int) bool {
	head := &sc.doc.Tokens[vg.Head]
	if lemma(head) != "protest" || !head.Tag.IsVerb() || len(srcs) == 0 || srcs[0] < 0 {
		return false
	}
	m := &sc.doc.Mentions[srcs[0]]
	if m.Kind != annals.ActorMention {
		return false
	}
	if len(m.Code) == 3 {
		return sc.bareState(m) // not "Hongkongers protested", "Serbians protested": citizens
	}
	return len(m.Code) >= 6 && m.Code[3:6] == "GOV"
}
