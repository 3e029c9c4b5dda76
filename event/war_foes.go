package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// armedStateRoles are the roles under which a state fights a war: its
// government, its armed forces, or the country named bare ("Iran launched
// the new offensive").
var armedStateRoles = map[string]bool{"": true, "GOV": true, "MIL": true}

// foeOf returns the mention of the one other state that a sentence names
// when a state's armed attack (root 19) names no target, or -1: "Iran
// launched the new offensive ... of northeast Iraq", "Iraq said its troops
// were pushing Iranian forces out of positions they had occupied when they
// launched a new offensive". A war dispatch names the enemy as a place or
// as the party pushed back, not as the verb's object; the convention codes
// the attack on it. An army's attack whose sentence names no other state
// takes the story's one enemy (storyFoe). Left alone: a sentence that
// names two other states (a third party, an ally, a mediator), a source
// that is no state's government or army (guerrillas, extremists,
// protesters), and an attack whose object is a thing the pattern does not
// name ("Iran has attacked several ships", said an Iraqi minister: the
// ships are the target, of no state named).
func (sc *sentCtx) foeOf(root string, s int, vg *annals.VerbGroup, pattern string) int {
	if root != "19" || s < 0 {
		return -1
	}
	if obj := sc.objectHead(vg); obj >= 0 && !patternWord(pattern, lemma(&sc.doc.Tokens[obj])) {
		return -1
	}
	src := sc.doc.Mentions[s].Code
	own := stateOf(src)
	if own == "" || len(src) != 3 && (len(src) != 6 || !armedStateRoles[src[3:]]) {
		return -1
	}
	foe, ok := sc.otherState(own, false)
	if !ok {
		return -1
	}
	if foe < 0 && len(src) == 6 && src[3:] == "MIL" {
		return sc.storyFoe(own)
	}
	return foe
}

// storyFoe returns the first mention of the one other state that the
// story names as a warring party, by its name or its forces and at least
// twice, or -1 when it names none or several:
// "the Iranian troops which attacked the Qutaiba front were annihilated"
// in a story of the Iran-Iraq war. Only an army's attack that names no
// state in its own sentence asks, so the scan of the story is rare.
func (sc *sentCtx) storyFoe(own string) int {
	doc := sc.doc
	foe, foeState, named := -1, "", 0
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind != annals.ActorMention || m.Type != "COUNTRY" {
			continue // a capital or a ticker read as a state ("Amman", "<F>") is no enemy named
		}
		st := stateOf(m.Code)
		if st == "" || st == own || !sc.armedState(m) {
			continue
		}
		if foeState != "" && st != foeState {
			return -1 // an ally, a mediator or a second front: no one enemy
		}
		if foe < 0 {
			foe, foeState = mi, st
		}
		named++
	}
	if named < 2 {
		return -1 // named once in passing: not the other side of a war
	}
	return foe
}

// armedState reports whether mention m names a state that wages war: its
// government or armed forces, not a person speaking for them ("Redman
// said"), or the country itself, standing alone ("northeast Iraq", "the
// Iranians"), as a possessor ("Iran's offensive"), before its forces
// ("Iranian forces") or as its capital, not as a modifier of some other
// party ("the American press", "Iraqi oil").
func (sc *sentCtx) armedState(m *annals.Mention) bool {
	switch {
	case len(m.Code) == 6:
		return armedStateRoles[m.Code[3:]] && !sc.person(m) // "Redman said": a spokesman, no army
	case len(m.Code) != 3:
		return false
	}
	if m.Tokens.End < len(sc.doc.Tokens) && !m.Capital {
		switch next := &sc.doc.Tokens[m.Tokens.End]; next.Tag {
		case annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.NNPS:
			return forceNouns[lemma(next)]
		}
	}
	return true
}

// forceNouns name a state's fighting men after its country's adjective:
// "pushing Iranian forces out".
var forceNouns = map[string]bool{
	"force": true, "troop": true, "army": true, "soldier": true, "unit": true,
	"brigade": true, "division": true, "artillery": true, "navy": true, "warplane": true,
	"jet": true, "gunboat": true, "infantry": true,
}

// patternWord reports whether word is one of the words of a verb pattern
// ("190 launch|mount attack|offensive"), alternatives included.
func patternWord(pattern, word string) bool {
	if word == "" {
		return false
	}
	for _, f := range strings.FieldsFunc(pattern, func(r rune) bool { return r == ' ' || r == '|' }) {
		if f == word {
			return true
		}
	}
	return false
}
