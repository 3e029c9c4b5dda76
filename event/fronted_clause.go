package event

import annals "github.com/annals-project/annals"

// frontSubordinators may open a gerund clause put before the main clause
// ("After visiting France, Funaro flew on", "In announcing the sanctions,
// Reagan said"). "Without" is left out: "Without naming Japan, ..." tells
// of an act not done.
var frontSubordinators = map[string]bool{
	"after": true, "before": true, "in": true, "on": true, "upon": true,
	"while": true, "when": true, "since": true, "by": true, "through": true,
}

// frontedSubject returns the source of a gerund that heads a clause opening
// the sentence and closed by a comma ("Accusing the French of overfishing,
// Canada said", "After visiting the U.S., England and France, Funaro is
// now on his way"): English leaves that clause's subject unsaid because it
// is the main clause's, which follows the comma. The main clause is the
// first finite verb group after a comma, and its subject the actors
// between that comma and the verb, so that an actor inside the fronted
// clause is never taken for its own source. Only a clause whose object is
// an actor counts ("After visiting the U.S."): the other actors of a
// fronted clause stand in its circumstances ("Talking to journalists
// before a meeting of EC ministers", "While expressing regret over
// America's decision"), and the main clause's subject does nothing to them.
func (sc *sentCtx) frontedSubject(vg *annals.VerbGroup) ([]int, string) {
	toks := sc.doc.Tokens
	if vg.Tokens.Len() != 1 || toks[vg.Head].Tag != annals.VBG {
		return nil, ""
	}
	open := sc.start
	if open < vg.Head && frontSubordinators[toks[open].Norm] {
		open++
	}
	if open != vg.Head || !sc.actorObject(vg.Head) {
		return nil, ""
	}
	comma := -1 // the last comma before the main verb
	for vi := range sc.doc.Verbs {
		m := &sc.doc.Verbs[vi]
		if m.Tokens.Start <= vg.Head {
			continue
		}
		if m.Tokens.Start >= sc.end {
			break
		}
		for j := vg.Head + 1; j < m.Tokens.Start; j++ {
			switch {
			case toks[j].Tag == annals.STOP, toks[j].Norm == ";", toks[j].Norm == ":", toks[j].Tag == annals.QUOTE:
				return nil, ""
			case toks[j].Norm == ",":
				comma = j
			}
		}
		if !finiteGroup(toks, m) {
			continue // "After visiting France and meeting Chirac, ..."
		}
		if comma < 0 {
			return nil, "" // a tensed verb before the comma: no gerund clause, or a misread one ("announcing the U.S. Sanctions yesterday,")
		}
		// The main clause's subject: the actors from just after the comma
		// up to the main verb, an adverb or two before it ("Canada
		// yesterday said"). The subject finder would read "Criticising the
		// United States, Japan said" as an appositive of the first.
		var subj []int
		last := comma + 1
		for _, mi := range sc.ments {
			r := sc.doc.Mentions[mi].Tokens
			if r.Start < last || r.End > m.Tokens.Start {
				continue
			}
			if len(subj) == 0 && r.Start-comma > 3 {
				return nil, "" // no actor opens the main clause: its subject is no plain name
			}
			subj, last = append(subj, mi), r.End
		}
		if len(subj) == 0 || m.Tokens.Start-last > 2 {
			return nil, ""
		}
		return subj, "fronted clause"
	}
	return nil, ""
}

// finiteGroup reports whether verb group m is finite: a tensed head, or a
// participle or infinitive behind an auxiliary or modal.
func finiteGroup(toks []annals.Token, m *annals.VerbGroup) bool {
	return m.Tokens.Len() > 1 || finiteOrModal(toks[m.Head].Tag)
}

// actorObject reports whether an actor mention is the object of the verb at
// token h: it follows the verb with at most a determiner or modifier
// between, and heads its noun phrase rather than modifying the next noun
// ("announcing the U.S. sanctions" names the sanctions, not the U.S.).
func (sc *sentCtx) actorObject(h int) bool {
	toks := sc.doc.Tokens
	i := h + 1
	for i < sc.end && i <= h+3 && modifierTag(toks[i].Tag) {
		i++
	}
	for _, mi := range sc.ments {
		r := sc.doc.Mentions[mi].Tokens
		if r.Start <= h || r.Start > i || r.End <= i {
			continue // the mention may take in the determiner: "the United States"
		}
		if r.End < sc.end && (toks[r.End].Tag.IsNoun() || toks[r.End].Tag == annals.POS) {
			return false
		}
		return true
	}
	return false
}

// modifierTag reports whether a word of the tag may stand before the head
// of a noun phrase.
func modifierTag(t annals.Tag) bool {
	switch t {
	case annals.DT, annals.JJ, annals.PRPS, annals.CD:
		return true
	}
	return false
}
