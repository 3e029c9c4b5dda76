package event

import (
	"slices"
	"strings"
)

// policeClashNote marks the police's side of a clash that a protest
// pattern coded from the crowd's side.
const policeClashNote = "police clash: the police's force against the crowd they fought (event/police_clashes.go)"

// clashHeads are the verbs of a fight between a crowd and the police in
// which both sides use force: "battled police", "clashed with police",
// "scuffled with police". Throwing stones at police or storming a
// building is the crowd's act alone.
var clashHeads = []string{"battle", "clash", "scuffle", "tussle", "fight"}

// policeClashes adds, for each violent protest (145 and its subcodes)
// that sentence sc coded from index n on with a clash verb against a
// police force, the police's act against the crowd: the guidelines code
// police violence against protesters or opponents 175 (eval/testdata
// README.md), and the read sets code "farmers battled police" and
// "mourners clashed with police" so. An event already coded stays single.
func (c *Coder) policeClashes(sc *sentCtx, n int) {
	doc := sc.doc
	end := len(doc.Events)
	for i := n; i < end; i++ {
		e := &doc.Events[i]
		if e.Source == nil || e.Target == nil || !strings.HasPrefix(e.Code, "145") || e.Negated {
			continue
		}
		if !policeCode(e.Target.Code) || policeCode(e.Source.Code) || !clashPattern(e.Evidence.Pattern) {
			continue
		}
		if sc.duplicate(e.Target.Code, e.Source, "175") {
			continue
		}
		info, ok := c.cb.Lookup("175")
		if !ok {
			return
		}
		rev := *e
		rev.Source, rev.Target = e.Target, e.Source
		rev.Code, rev.Root, rev.Plover, rev.QuadClass, rev.Goldstein = "175", info.Root, info.Plover, info.QuadClass, info.Goldstein
		rev.Evidence.Notes = append(slices.Clip(e.Evidence.Notes), policeClashNote)
		doc.Events = append(doc.Events, rev)
	}
}

// policeCode reports whether an actor code names a police force: the
// role COP after the country ("ESPCOP").
func policeCode(code string) bool {
	return len(code) >= 6 && code[3:6] == "COP"
}

// clashPattern reports whether a pattern ("145 battle police|security")
// is headed by a clash verb.
func clashPattern(pattern string) bool {
	f := strings.Fields(pattern)
	if len(f) < 2 {
		return false
	}
	for _, h := range strings.Split(f[1], "|") {
		if slices.Contains(clashHeads, h) {
			return true
		}
	}
	return false
}
