package event

import annals "github.com/annals-project/annals"

// trailingSpeakerTalks returns the speaker of a sentence that tells of
// talks named by the noun at token t in a phrase of a preposition and
// closes with the speech tag, and the tag's verb: "There is a good chance
// that the United States and Latin America will agree reforms as a result
// of talks yesterday with Baker, Petricioli said." It is asked only when
// no owner, host or reporter of the talks was found before the noun, so the
// one reporting them is their other party, as in taggedTalks, where the
// talks open the sentence. Nil when the tag's subject is not a named actor
// set off by a comma that runs up to the verb ("the official Tanjug news
// agency said" names a reporter). The partner is the noun pattern's own
// target; one of the speaker's own country ends the event (codeNouns).
func (sc *sentCtx) trailingSpeakerTalks(t int) ([]int, *annals.VerbGroup) {
	if j := sc.talksPrep(t); j <= sc.start || sc.doc.Tokens[j].Tag != annals.IN {
		return nil, nil // "Talks with ..." opening the sentence: taggedTalks
	}
	subj, vg := sc.closingSpeechTag(t)
	if len(subj) == 0 || sc.doc.Mentions[subj[len(subj)-1]].Tokens.End != vg.Tokens.Start {
		return nil, nil // "the official Tanjug news agency said": the actor only modifies the speaker, a reporter
	}
	return subj, vg
}

// closingSpeechTag returns the subject of the speech tag that closes the
// sentence after token t ("..., he added.", "..., Petricioli said.") and
// its verb: a named actor right after a comma, the verb "say" or "add"
// neither negated nor passive, at most two words from the end.
func (sc *sentCtx) closingSpeechTag(t int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	for i := len(sc.doc.Verbs) - 1; i >= 0; i-- {
		vg := &sc.doc.Verbs[i]
		if vg.Head >= sc.end || vg.Head <= t {
			continue
		}
		if l := lemma(&toks[vg.Head]); l != "say" && l != "add" || vg.Negated || vg.Passive || vg.Head+2 < sc.end-1 {
			return nil, nil // the tag closes the sentence: "..., he said."
		}
		subj, _ := sc.subject(vg, sc.clause(vg.Head))
		if !namedActors(subj) || toks[sc.doc.Mentions[subj[0]].Tokens.Start-1].Norm != "," {
			return nil, nil
		}
		return subj, vg
	}
	return nil, nil
}
