package event

import "github.com/annals-project/annals"

// perfectParticiple reports whether verb group vg is a perfect participle,
// "having" and a past participle: "will fly to Tokyo on Sunday, after
// having completed a week-long trip to the United States". The act is
// done before the main clause's time, so a future main verb does not make
// it an act ahead.
func (sc *sentCtx) perfectParticiple(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	s := vg.Tokens.Start
	return vg.Tokens.Len() >= 2 && toks[s].Norm == "having" && toks[vg.Head].Tag == annals.VBN
}
