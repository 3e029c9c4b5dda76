package event

import "github.com/annals-project/annals"

// aircraftNouns name the aircraft whose bombing is an air strike: "Israeli
// jets bombed Palestinian targets", "Iraqi warplanes bombed".
var aircraftNouns = map[string]bool{
	"jet": true, "warplane": true, "plane": true, "aircraft": true,
	"bomber": true, "helicopter": true, "gunship": true, "fighter-bomber": true,
}

// aircraftSubject reports whether the subject just before the verb group
// is aircraft ("Israeli jets bombed", "Iraqi warplanes have bombed"). The
// conventions code military strikes 190/195 (eval/testdata/README.md);
// "bomb" alone is coded 183, the bombing of insurgents and terrorists,
// which an air raid is not: planes dropping bombs employ aerial weapons,
// 195.
func (sc *sentCtx) aircraftSubject(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.Start - 1; j >= sc.start && j >= vg.Tokens.Start-3; j-- {
		t := &toks[j]
		if t.Tag.IsNoun() {
			return aircraftNouns[lemma(t)]
		}
		if t.Tag != annals.RB {
			return false
		}
	}
	return false
}
