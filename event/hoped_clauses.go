package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// hopeWords open a clause whose act is wished for, believed or rumoured,
// not reported as done: "hope Japanese banks will help Nigeria", "believed
// an IMF program would help", "speculate that the administration will
// offer wheat".
var hopeWords = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "hoping": true,
	"believe": true, "believes": true, "believed": true, "believing": true,
	"speculate": true, "speculates": true, "speculated": true, "speculating": true,
}

// hopedFor reports whether verb group vg, opening with a modal ("will
// help", "would offer"), is the verb of a clause that a hope word governs
// with only its subject between ("hoped the bank's governors would
// approve"): the act is hoped for or surmised, so it is coded as
// hypothetical. An event named by a noun ("hopes his visit to Washington
// will help") is not the clause's act and keeps its mode.
func (sc *sentCtx) hopedFor(vg *annals.VerbGroup, v *dict.Verb) bool {
	toks := sc.doc.Tokens
	if strings.HasPrefix(v.Pattern, "~") || toks[vg.Tokens.Start].Tag != annals.MD {
		return false
	}
	for j, n := vg.Tokens.Start-1, 0; j > sc.start && n < 10; j, n = j-1, n+1 {
		t := &toks[j]
		if hopeWords[t.Norm] {
			return n > 0 // a subject stands between
		}
		switch {
		case t.Norm == "that":
			if j-1 > sc.start && hopeWords[toks[j-1].Norm] {
				return true
			}
			return false
		case t.Flags&annals.Punct != 0, t.Tag == annals.STOP, t.Tag == annals.MD, t.Tag == annals.TO,
			t.Tag >= annals.VB && t.Tag <= annals.VBZ:
			return false
		}
	}
	return false
}
