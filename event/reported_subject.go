package event

import "github.com/annals-project/annals"

// reportedSubject returns the index into doc.Mentions of the actor that
// opens the clause a speaker reports in sentence s, before token limit,
// when the sentence names no actor before its first verb and that verb is
// "said" or "added": in "He said the ADB had already responded to members
// like the U.S., which urged it to improve", the ADB is what the sentence
// is about, the speaker only its source. -1 when there is none. The actor
// must stand whole right after the verb (or its "that") and be followed by
// a verb, as a subject is.
func (sc *sentCtx) reportedSubject(s, limit int) int {
	doc := sc.doc
	st := doc.Sentences[s]
	var vg *annals.VerbGroup
	for i := range doc.Verbs {
		if h := doc.Verbs[i].Head; h >= st.Tokens.Start && h < st.Tokens.End {
			vg = &doc.Verbs[i]
			break
		}
	}
	if vg == nil || vg.Tokens.End >= limit {
		return -1
	}
	switch lemma(&doc.Tokens[vg.Head]) {
	case "say", "add":
	default:
		return -1
	}
	at := vg.Tokens.End
	if at < st.Tokens.End && doc.Tokens[at].Norm == "that" {
		at++
	}
	opens := func(t int) bool { // the clause's first word, or its determiner's noun
		return t == at || t == at+1 && doc.Tokens[at].Tag == annals.DT
	}
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Code == "" || m.Implied || m.Tokens.Start < st.Tokens.Start || m.Tokens.End > st.Tokens.End {
			continue
		}
		if m.Tokens.Start < vg.Head {
			return -1 // an actor before the verb: the sentence's own subject, or none
		}
		if opens(m.Tokens.Start) && m.Tokens.End <= limit && (best < 0 || m.Tokens.End > doc.Mentions[best].Tokens.End) {
			best = i
		}
	}
	if best < 0 || !sc.whole(best) {
		return -1
	}
	j := doc.Mentions[best].Tokens.End
	for j < st.Tokens.End && (doc.Tokens[j].Tag == annals.RB || dayWord(doc.Tokens[j].Norm)) {
		j++
	}
	if j >= limit || j >= st.Tokens.End {
		return -1
	}
	if t := &doc.Tokens[j]; t.Tag.IsVerb() || t.Tag == annals.MD {
		return best
	}
	return -1
}
