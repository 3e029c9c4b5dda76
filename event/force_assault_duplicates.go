package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// dropAssaultBesideForce removes, among the sentence's events from n on,
// an 18x assault that repeats a 19x military force of the same source and
// target in the same clause: "Iranian forces killed or wounded 1,500 Iraqi
// soldiers" is one strike, coded 190 by "killed", and "wounded" names its
// casualties, not a second act of unconventional violence. CAMEO keeps 18x
// for force outside armed combat (a beating, a bombing by a lone group);
// once the coder has read the same pair's act as armed combat, the
// conventions code military strikes 190/195 only, and a sentence that
// states the same event twice is annotated once. Verbs coordinated on one
// subject ("shot and wounded") count as one clause: the tagger gives the
// second its own coordinate clause under the first. A 19x and an 18x in
// different clauses ("troops shelled the town after gunmen had shot a
// guard") are separate acts and both stay, as do events of other pairs.
func (sc *sentCtx) dropAssaultBesideForce(n int) {
	doc := sc.doc
	// Most sentences' events hold no 18x beside a 19x: one pass over the
	// codes spares them the copies below.
	var roots [2]bool
	for i := n; i < len(doc.Events); i++ {
		if c := doc.Events[i].Code; len(c) >= 2 && c[0] == '1' && (c[1] == '8' || c[1] == '9') {
			roots[c[1]-'8'] = true
		}
	}
	if !roots[0] || !roots[1] {
		return
	}
	evs := doc.Events[n:]
	out := slices.Clone(evs) // read whole while evs is rewritten in place
	keep := evs[:0]
	clauses := make([]int, len(out))
	for i := range out {
		clauses[i] = sc.coordinationHead(sc.clause(sc.tokenAt(out[i].Evidence.Start)))
	}
	for i := range out {
		e := &out[i]
		if strings.HasPrefix(e.Code, "18") && e.Source != nil && e.Target != nil && !e.Negated {
			dup := false
			for j := range out {
				o := &out[j]
				if j != i && strings.HasPrefix(o.Code, "19") && !o.Negated && o.Source != nil && o.Target != nil &&
					o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code && clauses[j] == clauses[i] {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
		}
		keep = append(keep, *e)
	}
	doc.Events = doc.Events[:n+len(keep)]
}

// coordinationHead returns the clause that clause ci is coordinated
// under: ci itself unless it is a coordinate clause ("or wounded 1,500
// soldiers" under "troops killed"), whose verbs share their parent's subject.
func (sc *sentCtx) coordinationHead(ci int) int {
	cls := sc.doc.Clauses
	for n := 0; ci >= 0 && ci < len(cls) && cls[ci].Kind == annals.Coordinate && cls[ci].Parent >= 0 && n < len(cls); n++ {
		ci = cls[ci].Parent
	}
	return ci
}
