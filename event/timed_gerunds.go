package event

import "github.com/annals-project/annals"

// timedGerundHost returns the verb group whose time a bare gerund after
// "after" or "before" shares: "Funaro would leave early tomorrow morning
// for Zurich after meeting Stoltenberg this evening". The gerund has no
// tense of its own; English places it just before or after its host's
// act, so when the host lies ahead ("would leave", "will fly") the
// meeting lies ahead too and is announced, not done. A writer who means a
// meeting already held while the host lies ahead says "after having met"
// (perfect_participles.go), which is not a bare gerund. The host is the
// nearest verb group before the preposition in the sentence, or, for a
// fronted adjunct ("After meeting Baker, Miyazawa will ..."), the next
// one after the gerund. Nil when vg is no such gerund.
func (sc *sentCtx) timedGerundHost(vg *annals.VerbGroup) *annals.VerbGroup {
	if !sc.timedGerund(vg) {
		return nil
	}
	s := vg.Tokens.Start
	var host *annals.VerbGroup
	if h := sc.verbBefore(s-1, -1); h != nil && h.Head < s-1 {
		host = h
	} else if i := firstVerbAt(sc.doc.Verbs, vg.Tokens.End); i < len(sc.doc.Verbs) && sc.doc.Verbs[i].Head < sc.end {
		host = &sc.doc.Verbs[i]
	}
	if host != nil && sc.timedGerund(host) {
		// "After meeting Baker, before leaving for Tokyo, ...": a gerund
		// has no time to lend, and two such gerunds would each take the
		// other as host without end.
		return nil
	}
	return host
}

// timedGerund reports whether vg is a bare gerund right after "after" or
// "before" ("after meeting Stoltenberg").
func (sc *sentCtx) timedGerund(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	s := vg.Tokens.Start
	if vg.Tokens.Len() != 1 || toks[s].Tag != annals.VBG || s-1 < sc.start {
		return false
	}
	p := toks[s-1].Norm
	return p == "after" || p == "before"
}

// timedGerundMode returns the mode a gerund after "after" or "before"
// takes from its host when the host lies ahead ("future", for a host
// that is future or intended) or is only supposed ("hypothetical"), and
// "" otherwise: a past or present host leaves the gerund's act done.
func (sc *sentCtx) timedGerundMode(vg *annals.VerbGroup) string {
	host := sc.timedGerundHost(vg)
	if host == nil {
		return ""
	}
	switch sc.modeOf(host) {
	case "future", "intent":
		return "future"
	case "hypothetical":
		return "hypothetical"
	}
	return ""
}
