package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// nationalCouncils gives a "National Security Council" the state it
// belongs to. The dictionary's "Security Council" is the UN's, and it
// matches inside the longer name; but a national council is one state's
// own body ("fired National Security Council aide Oliver North" in the
// Iran-Contra stories), so coding it IGOUNO puts the UN into that state's
// business. The state is the country named just before it ("the U.S.
// National Security Council", "Israel's National Security Council"), else
// the state actor nearest to it in its sentence ("the Pentagon will ask
// the National Security Council in the White House"); with neither the
// council is left a bare government role, of no country, rather than the
// article's country, which is often the other party ("to ask the National
// Security Council" in a story about Iran).
func nationalCouncils(doc *annals.Doc, first int) {
	toks := doc.Tokens
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		j := m.Tokens.Start
		if m.Kind != annals.ActorMention || m.Code != "IGOUNO" || j < 1 || j >= len(toks) || toks[j].Norm != "security" ||
			toks[j-1].Norm != "national" || toks[j-1].Flags&annals.Cap == 0 {
			continue
		}
		if c := councilState(doc, first, i, j-1); c != "" {
			m.Code, m.Name, m.Type, m.Via = c+"GOV", "National Security Council", "ORG", "context"
			continue
		}
		m.Kind, m.Code, m.Name, m.Type, m.Via = annals.AgentMention, "GOV", "national security council", "", ""
	}
}

// councilState returns the country of the state a national council at
// token start (its "National") belongs to: a country mention ending just
// before it, or before its possessive "'s"; else the nearest state actor
// (a country, or one of its government, military or officials) in the
// sentence; else "".
func councilState(doc *annals.Doc, first, self, start int) string {
	toks := doc.Tokens
	s := doc.Sentences[doc.SentenceOf(start)].Tokens
	end := start
	if end > s.Start && (toks[end-1].Norm == "'s" || toks[end-1].Norm == "’s") {
		end--
	}
	best, dist := "", -1
	for k := first; k < len(doc.Mentions); k++ {
		p := &doc.Mentions[k]
		if k == self || p.Kind != annals.ActorMention || p.Tokens.Start < s.Start || p.Tokens.End > s.End {
			continue
		}
		c := countryOf(p.Code)
		if c == "" || strings.HasPrefix(p.Code, "IGO") || !stateRole(p.Code) {
			continue
		}
		if p.Tokens.End == end {
			return c // "the U.S. National Security Council"
		}
		d := p.Tokens.Start - start
		if d < 0 {
			d = start - p.Tokens.End
		}
		if dist < 0 || d < dist {
			best, dist = c, d
		}
	}
	return best
}

// stateRole reports whether an actor code names a state or its organs:
// the country itself, its government, military or officials.
func stateRole(code string) bool {
	if len(code) == 3 {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "MIL", "ELI", "SPY", "LEG":
		return true
	}
	return false
}
