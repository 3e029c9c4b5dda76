package event

import annals "github.com/annals-project/annals"

// whenHabitual reports whether verb group vg, a bare present ("talks",
// "meet"), stands in a clause opened by "whenever", or by "when" with no
// date between the commas around it and no future or modal in the rest of
// the sentence:
// "emphasizing the problems that remain when it talks with Congress" tells
// what a party does each time, not an act of the day. With a date or a
// future the present tells a plan ("when he visits Washington next month",
// "will explain the plan when he visits the U.S."), coded as such.
func (sc *sentCtx) whenHabitual(vg *annals.VerbGroup) bool {
	doc := sc.doc
	toks := doc.Tokens
	if vg.Tokens.Len() != 1 || vg.Modal != "" || toks[vg.Head].Tag != annals.VBZ && toks[vg.Head].Tag != annals.VBP {
		return false
	}
	w := -1
	for k := vg.Tokens.Start - 1; k >= sc.start && k >= vg.Tokens.Start-6; k-- {
		t := &toks[k]
		if t.Norm == "when" || t.Norm == "whenever" {
			w = k
			break
		}
		if t.Tag.IsVerb() || t.Tag == annals.MD || t.Tag == annals.COMMA {
			return false
		}
	}
	if w < 0 {
		return false
	}
	if toks[w].Norm == "whenever" {
		return true
	}
	end := vg.Tokens.End // the clause runs to the next comma or the sentence's end
	for end < sc.end && toks[end].Tag != annals.COMMA {
		end++
	}
	start := w // and back to the comma or the sentence's start: "This week when he visits"
	for start > sc.start && toks[start-1].Tag != annals.COMMA {
		start--
	}
	from, to := int(toks[start].Start), int(toks[end-1].End)
	for i := range doc.Times {
		if tm := &doc.Times[i]; tm.Start >= from && tm.End <= to {
			return false // "when he visits Washington next month": a plan
		}
	}
	for i := range doc.Verbs {
		g := &doc.Verbs[i]
		if g.Head < sc.start || g.Head >= sc.end || g == vg {
			continue
		}
		if g.Modal != "" || g.Tense == annals.Future {
			return false // "will explain the plan when he visits the U.S."
		}
	}
	return true
}
