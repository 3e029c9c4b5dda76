package event

import "github.com/annals-project/annals"

// workNouns, after "out of", are a livelihood lost: "throwing hundreds of
// employees out of work" puts people out of jobs; no one's claim or plan
// is thrown out.
var workNouns = map[string]bool{
	"work": true, "job": true, "jobs": true, "employment": true, "business": true,
}

// thrownOutOfWork reports whether "throw out" is the idiom of job losses:
// "out of" and a work noun follow the verb's object in the same clause.
// "Throw out a suit" (a rejection, 120) has no "of" after "out".
func (sc *sentCtx) thrownOutOfWork(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j, n := vg.Tokens.End, 0; j+2 < sc.end && n < 10; j, n = j+1, n+1 {
		t := &toks[j]
		if t.Flags&annals.Punct != 0 || t.Tag >= annals.VB && t.Tag <= annals.VBZ || t.Tag == annals.MD {
			return false
		}
		if t.Norm == "out" && toks[j+1].Norm == "of" {
			k := j + 2
			if k+1 < sc.end && (toks[k].Tag == annals.PRPS || toks[k].Tag == annals.DT) {
				k++ // "out of their jobs"
			}
			return workNouns[toks[k].Norm]
		}
	}
	return false
}
