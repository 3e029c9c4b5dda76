package event

import "github.com/annals-project/annals"

// speakingDocuments are the texts a body adopts or issues to speak for it:
// when one of them "calls on", "urges" or "condemns", its maker does.
var speakingDocuments = map[string]bool{
	"resolution": true, "motion": true, "statement": true, "amendment": true,
	"bill": true, "communique": true, "declaration": true, "letter": true,
	"petition": true, "memorandum": true, "legislation": true, "proposal": true,
	"measure": true, "note": true,
}

// makingVerbs are the verbs by which a body makes such a text its own:
// "the House passed a resolution urging", "MPs signed a motion calling
// for". Verbs that refuse a text ("vetoed a bill calling for") are not
// among them: their subject does not speak through it.
var makingVerbs = map[string]bool{
	"pass": true, "adopt": true, "approve": true, "sign": true, "issue": true,
	"introduce": true, "table": true, "draft": true, "sponsor": true,
	"release": true, "publish": true, "write": true, "send": true,
	"submit": true, "file": true, "present": true, "unveil": true,
	"deliver": true, "circulate": true,
}

// documentMaker returns, for a subject noun phrase span of verb group vg
// that names no actor and is headed by a text a body issues ("a motion
// calling for sanctions", "a resolution adopted by the Senate urged", "A
// parliamentary motion, signed by 98 MPs, today urged"), the body that
// made it: the agent of a "by" phrase right after the text, else, for a
// text that is the object of a verb of making ("The House passed a
// resolution urging"), that verb's subject. A resolution, motion or
// statement speaks for whoever adopted or issued it, and the annotation
// conventions code its appeals and criticism as that body's (a modifier
// or possessor of the text, "the Senate resolution", is found as the
// subject already). Only a text that addresses a party right after its
// verb ("urged the U.K. Government", "calling on Japan") counts, as
// measureSubject (field.go) does for measures: "a motion calling for trade
// sanctions against Japan" states what the text asks, not whom, and the
// party it names is no party appealed to. Nil when no maker is named in
// the sentence.
func (sc *sentCtx) documentMaker(vg *annals.VerbGroup, span annals.Range, depth int) []int {
	toks := sc.doc.Tokens
	if depth > 4 || span.Len() == 0 || vg.Passive {
		return nil
	}
	head := span.End - 1
	if !toks[head].Tag.IsNoun() || !speakingDocuments[lemma(&toks[head])] || !sc.addressesParty(vg) {
		return nil
	}
	// "a resolution adopted by the Senate", "a motion, signed by 98 MPs,".
	j := span.End
	if j < vg.Tokens.Start && toks[j].Tag == annals.COMMA {
		j++
	}
	if j < vg.Tokens.Start && toks[j].Tag == annals.VBN && makingVerbs[lemma(&toks[j])] {
		j++
	}
	if j < vg.Tokens.Start && toks[j].Norm == "by" {
		return sc.actorRightAfter(j+1, vg.Tokens.Start, nil)
	}
	// "The House passed a resolution urging": the participle's text is the
	// object of a verb of making, whose subject speaks through it.
	if toks[vg.Head].Tag != annals.VBG || vg.Tokens.Start != span.End {
		return nil
	}
	prev := sc.verbBefore(span.Start, -1)
	if prev == nil || prev.Tokens.End != span.Start || prev.Passive || prev.Negated || !makingVerbs[lemma(&toks[prev.Head])] {
		return nil
	}
	src, _ := sc.subjectOf(prev, sc.clause(prev.Head), depth+1)
	return src
}

// addressesParty reports whether verb group vg is followed by the party it
// addresses: an actor right after it, after a determiner, or after "on" or
// "upon" ("calls on Japan").
func (sc *sentCtx) addressesParty(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if j < sc.end && (toks[j].Norm == "on" || toks[j].Norm == "upon") {
		j++
	}
	if j < sc.end && toks[j].Tag == annals.DT {
		j++
	}
	for _, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.Start == j {
			return true
		}
	}
	return false
}
