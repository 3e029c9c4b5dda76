package event

import (
	annals "github.com/annals-project/annals"
)

// This file holds words of the wire's own trade that read as acts: a
// speech "monitored by the British Broadcasting Corporation" is a
// broadcast a listening service recorded, and a "draft law" or "draft
// proposal" is a text not yet adopted, not a call-up to arms.

// reportSense gives why the matched pattern names no act, or "": a
// broadcast monitored by a broadcaster (no investigation, 09), or a draft
// text announced (no mobilisation, 154).
func (sc *sentCtx) reportSense(vg *annals.VerbGroup, code string) string {
	toks := sc.doc.Tokens
	switch {
	case len(code) >= 2 && code[:2] == "09" && lemma(&toks[vg.Head]) == "monitor" && sc.byBroadcaster(vg):
		return "a broadcast monitored by a broadcaster: the wire's source, no investigation"
	case code == "154" && sc.draftText():
		return "a draft text (a draft law, a draft proposal): no call-up to arms"
	}
	return ""
}

// byBroadcaster reports whether the verb group is followed at once by
// "by" and, within a few words, a broadcaster's word: "monitored by the
// British Broadcasting Corporation". "Monitored by" is a participle
// whatever tag the tagger gave it.
func (sc *sentCtx) byBroadcaster(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if j >= sc.end || toks[j].Norm != "by" {
		return false
	}
	for k := j + 1; k < sc.end && k < j+6; k++ {
		if broadcasterWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// broadcasterWords name the services that record foreign broadcasts.
var broadcasterWords = map[string]bool{
	"bbc": true, "broadcasting": true, "radio": true, "television": true,
	"monitoring": true, "reuters": true, "reuter": true,
}

// draftText reports whether the sentence's "draft" leads a text ("the
// draft law", "its draft proposal on farm trade") and no word of arms
// stands beside it.
func (sc *sentCtx) draftText() bool {
	toks := sc.doc.Tokens
	text := false
	for k := sc.start; k < sc.end; k++ {
		switch toks[k].Norm {
		case "mobilization", "mobilisation", "conscription", "call-up", "conscript", "conscripts", "recruits", "troops", "army":
			return false
		case "draft":
			if k+1 < sc.end && textNouns[lemma(&toks[k+1])] {
				text = true
			}
		}
	}
	return text
}

// textNouns are the texts a body drafts before adopting them.
var textNouns = map[string]bool{
	"law": true, "proposal": true, "bill": true, "resolution": true,
	"agreement": true, "constitution": true, "report": true, "budget": true,
	"plan": true, "legislation": true, "treaty": true, "accord": true,
	"text": true, "document": true, "statement": true, "declaration": true,
	"communique": true, "programme": true, "program": true, "package": true,
	"regulation": true, "amendment": true, "contract": true, "version": true,
}
