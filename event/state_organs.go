package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// stateOrgans are the roles of a state's own bodies and officers.
var stateOrgans = map[string]bool{
	"GOV": true, "LEG": true, "MIL": true, "JUD": true, "COP": true, "SPY": true,
}

// organAndOwnState reports whether one party of a pair is a state named
// bare ("Japan", "Nigeria") and the other an organ or officer of that same
// state: "legislators called on Japan" in a story about Japan, "Goldman
// Sachs (Japan) Corp president Eugene Atkinson urged Japan". A state's
// own bodies do not act on the state itself; such a pair comes from a role
// word given the story's country ("an assembly of several foreign
// ministers" in a story about Turkey). A people named by the country
// ("Hongkongers", "Serbians" protesting their government) and a country
// word that modifies the real party ("Japan's chip users", "Japanese
// securities houses asked the Finance Ministry") are left alone.
func (sc *sentCtx) organAndOwnState(s, t int) bool {
	if s < 0 || t < 0 || !sc.sameCountry(s, t) {
		return false
	}
	ms, mt := &sc.doc.Mentions[s], &sc.doc.Mentions[t]
	switch {
	case len(ms.Code) == 3 && len(mt.Code) >= 6:
		return sc.borrowedOrgan(mt) && sc.bareState(ms)
	case len(mt.Code) == 3 && len(ms.Code) >= 6:
		return sc.borrowedOrgan(ms) && sc.bareState(mt)
	}
	return false
}

// borrowedOrgan reports whether mention m is a state organ or officer
// whose country the story gave, not the text ("legislators", "an
// assembly"), named as a party: not owned by a pronoun ("its troops") and
// not a modifier of a thing ("government proposals").
func (sc *sentCtx) borrowedOrgan(m *annals.Mention) bool {
	if !stateOrgans[m.Code[3:6]] || m.Via != "context" || m.Tokens.End <= m.Tokens.Start {
		return false
	}
	toks := sc.doc.Tokens
	for j := m.Tokens.Start; j < m.Tokens.End; j++ {
		if toks[j].Tag == annals.PRPS {
			return false
		}
	}
	if j := m.Tokens.Start - 1; j >= sc.start && (toks[j].Tag == annals.PRPS || toks[j].Tag == annals.POS) {
		return false
	}
	return m.Tokens.End >= sc.end || !toks[m.Tokens.End].Tag.IsNoun()
}

// bareState reports whether mention m names a state by a proper noun
// standing alone, not as a people ("Iraqis"), a possessor ("Japan's"), a
// modifier ("U.S. allies", "Japanese securities houses") or a part of a
// longer name ("Gulf Canada"): a country word before a noun stands for the
// noun's party, often a firm or a foreign ally, not for the state.
func (sc *sentCtx) bareState(m *annals.Mention) bool {
	if m.Type != "COUNTRY" || m.Tokens.End <= m.Tokens.Start || m.Part.End > 0 {
		return false
	}
	toks := sc.doc.Tokens
	last := &toks[m.Tokens.End-1]
	if last.Tag != annals.NNP || peopleWord(last.Norm, m.Name) {
		return false
	}
	if m.Tokens.Start > sc.start && toks[m.Tokens.Start-1].Tag == annals.NNP {
		return false // "Gulf Canada", "New England": part of a longer name
	}
	if m.Tokens.End < sc.end {
		switch toks[m.Tokens.End].Tag {
		case annals.POS, annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.NNPS:
			return false // "Japan's", "U.S. allies", "U.S. West Inc": the country only modifies the party
		}
	}
	return true
}

// peopleWord reports whether word, the last word of a country's mention,
// names its people in the plural ("Hongkongers", "Serbians", "Iraqis")
// rather than the country ("United States", "Philippines"): it ends in
// "s" and is not the last word of the country's name.
func peopleWord(word, name string) bool {
	if !strings.HasSuffix(word, "s") {
		return false
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return !strings.EqualFold(word, name)
}

// person reports whether mention m refers to a person the entity stage
// knows by name, or to an officer whose country the text gives ("the
// Egyptian ambassador"), not the story.
func (sc *sentCtx) person(m *annals.Mention) bool {
	if m.Type == "PERSON" || m.Role != "" && m.Via == "" && !strings.HasSuffix(sc.doc.Tokens[m.Tokens.End-1].Norm, "s") {
		return true
	}
	return m.Entity >= 0 && m.Entity < len(sc.doc.Entities) && sc.doc.Entities[m.Entity].Type == "PERSON"
}

// departures are the verbs of setting off on a trip.
var departures = map[string]bool{"leave": true, "fly": true, "travel": true, "head": true, "depart": true}

// talksNouns name the meetings a trip is for.
var talksNouns = map[string]bool{
	"talks": true, "negotiations": true, "discussions": true, "consultations": true, "meetings": true, "meeting": true,
}

// departingFor reports whether a verb of setting off in the present, not
// in the past, names the talks it goes for: "Rha leaves today for Ottawa
// for trade talks", "Smith, who flies to Brussels today for talks",
// "flying to Japan for talks with government officials". The traveller
// is on the way; the talks, and the visit, lie ahead (an intent to meet,
// 036), as the convention codes a trip announced. "Flew to Indonesia
// yesterday" and "arrives for talks" are done and stay visits.
func (sc *sentCtx) departingFor(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if vg.Modal != "" || vg.Tokens.Len() != 1 || !departures[lemma(&toks[vg.Head])] {
		return false
	}
	switch toks[vg.Head].Tag {
	case annals.VBZ, annals.VBP, annals.VBG:
	default:
		return false
	}
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+10; j++ {
		switch toks[j].Norm {
		case ",", ";", ":", "and":
			return false
		case "to":
			if j+1 < sc.end && toks[j+1].Tag.IsVerb() {
				return false // "leaves to attend": a purpose of its own, not talks
			}
		case "for":
			for k := j + 1; k < sc.end && k <= j+3; k++ {
				if talksNouns[toks[k].Norm] {
					return true
				}
			}
		}
	}
	return false
}
