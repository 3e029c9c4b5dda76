package event

import "github.com/annals-project/annals"

// paperNouns are what a government hands to a body for its decision: a
// plan, a bill, a report. Submitting one is routine business, no yielding.
var paperNouns = map[string]bool{
	"proposal": true, "plan": true, "law": true, "bill": true, "report": true,
	"budget": true, "request": true, "application": true, "list": true,
	"letter": true, "draft": true, "program": true, "programme": true,
	"bid": true, "offer": true, "document": true, "paper": true, "study": true,
	"tender": true, "package": true, "legislation": true, "amendment": true,
	"resolution": true, "memorandum": true, "estimate": true, "figure": true,
}

// paperSubmitted reports whether "submit to" hands over a paper ("submitted
// to Congress its proposals", "submitted to parliament a law", "a report
// submitted to Cabinet ministers") rather than giving in to a party: the
// paper, the noun right before the verb (a passive, a bare participle, or
// a participle the tagger read as a past tense), or in the active the
// first noun of the clause after the verb's party, is one of paperNouns.
func (sc *sentCtx) paperSubmitted(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	j := vg.Tokens.Start - 1
	if j > sc.start && toks[j].Tag.IsNoun() && paperNouns[lemma(&toks[j])] {
		return true // a paper submits nothing: "a monthly report submitted to Cabinet ministers", even read as a past tense
	}
	if vg.Passive || toks[vg.Head].Tag == annals.VBN && vg.Tokens.End-vg.Tokens.Start == 1 {
		return false
	}
	for j, n := vg.Tokens.End, 0; j < sc.end && n < 20; j, n = j+1, n+1 {
		t := &toks[j]
		if t.Flags&annals.Punct != 0 || t.Tag >= annals.VB && t.Tag <= annals.VBZ || t.Tag == annals.MD {
			return false
		}
		if (t.Tag == annals.NN || t.Tag == annals.NNS) && paperNouns[lemma(t)] {
			return true
		}
	}
	return false
}
