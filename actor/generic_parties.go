package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// genericPartyNames are party names that several countries' parties
// share ("the Conservative Party" is Britain's, Finland's and Norway's):
// the name itself says nothing of the country.
var genericPartyNames = map[string]bool{
	"conservative": true, "tory": true, "labour": true, "labor": true,
	"socialist": true, "liberal": true, "communist": true, "gaullist": true,
}

// genericParties gives a party or government named by a generic party name
// alone ("the ruling Conservative party", "the Labour Party", "the
// Conservative government"), which the role word codes with the story's
// most frequent country, the country named nearest to it in its
// sentence, or where that names none, in the sentence before it in its
// paragraph: a market
// story from Tokyo or New York that says "sterling firmed as polls showed
// the ruling Conservative party ahead" means Britain's party, not Japan's
// or America's. "Sterling" names
// Britain. A mention whose own words hold a country ("Britain's ruling
// Conservative Party") keeps it, and so does one whose sentence, or the
// sentence before it in its paragraph, names the story's country too
// ("Spanish farmers blocked a crossing with France in a protest against
// the Socialist government"; "Canada held a general election. The Liberal
// Party lost a majority of the House of Commons"); with no country near,
// the story's stays. Mentions from index first on are this run's.
func genericParties(doc *annals.Doc, first int) {
	toks := doc.Tokens
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || len(m.Code) != 6 || m.Tokens.Len() != 1 {
			continue
		}
		if role := m.Code[3:]; role != "OPP" && role != "GOV" {
			continue
		}
		t := m.Tokens.Start
		if toks[t].Lemma != "party" && toks[t].Norm != "government" {
			continue
		}
		s := doc.SentenceOf(t)
		if s < 0 || t == doc.Sentences[s].Tokens.Start {
			continue
		}
		name := &toks[t-1]
		if name.Flags&annals.Cap == 0 || !genericPartyNames[name.Norm] || mentionAt(doc, first, t-1) >= 0 {
			continue
		}
		if c := possessor(doc, doc.Sentences[s].Tokens.Start, t-1); c != "" {
			m.Code = c + m.Code[3:] // "Norway's minority Labour government"
			continue
		}
		st := doc.Sentences[s].Tokens
		c, own := nearestCountry(doc, st.Start, st.End, t-1, m.Code[:3])
		if s > 0 && sameParagraph(doc, s-1, s) {
			prev := doc.Sentences[s-1].Tokens
			pc, pown := nearestCountry(doc, prev.Start, prev.End, t-1, m.Code[:3])
			if c == "" {
				c = pc
			}
			own = own || pown
		}
		if c != "" && !own {
			m.Code = c + m.Code[3:]
		}
	}
}

// nearestCountry returns the country named nearest to token t within
// tokens [lo, hi): by an actor or place mention that names one, or by
// "sterling", the currency of Britain. A tie goes to the earlier. It
// returns "" where none is named; own reports whether country have is
// named there at all, whichever is nearest.
func nearestCountry(doc *annals.Doc, lo, hi, t int, have string) (best string, own bool) {
	dist := 1 << 30
	consider := func(c string, at int) {
		d := at - t
		if d < 0 {
			d = -d
		}
		own = own || c == have
		if c != "" && (d < dist || d == dist && at < t) {
			best, dist = c, d
		}
	}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Tokens.Start < lo || m.Tokens.Start >= hi || m.Kind != annals.ActorMention && m.Kind != annals.PlaceMention {
			continue
		}
		if m.Kind == annals.ActorMention && m.Tokens.Len() == 1 && (doc.Tokens[m.Tokens.Start].Lemma == "party" || doc.Tokens[m.Tokens.Start].Norm == "government") {
			continue // another role word coded from the story says nothing
		}
		c, _ := mentionCountry(doc, m)
		if m.Kind == annals.PlaceMention && strings.HasPrefix(c, "---") {
			c = ""
		}
		at := m.Tokens.Start
		if at < t {
			at = m.Tokens.End - 1
		}
		consider(c, at)
	}
	for k := lo; k < hi; k++ {
		if doc.Tokens[k].Norm == "sterling" {
			consider("GBR", k)
		}
	}
	return best, own
}

// possessor returns the country of the actor named in the possessive before
// the party's name at token name, across up to two lower-case words
// ("Norway's minority Labour government", "Thatcher's rightwing
// Conservative Party"), or "". Tokens before start are another sentence's.
func possessor(doc *annals.Doc, start, name int) string {
	k := name - 1
	for n := 0; k >= start && n < 2 && doc.Tokens[k].Flags&annals.Cap == 0 && doc.Tokens[k].Norm != "'s"; n++ {
		k--
	}
	if k <= start || doc.Tokens[k].Norm != "'s" {
		return ""
	}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind == annals.ActorMention && m.Tokens.Start < k && k-1 < m.Tokens.End {
			return countryOf(m.Code)
		}
	}
	return ""
}

// sameParagraph reports whether sentences a and b of the body stand in one
// paragraph: no blank line parts them.
func sameParagraph(doc *annals.Doc, a, b int) bool {
	sa, sb := doc.Sentences[a], doc.Sentences[b]
	if sa.Title || sb.Title || sa.End > sb.Start || sb.Start > len(doc.Text) {
		return false
	}
	return !strings.Contains(doc.Text[sa.End:sb.Start], "\n\n")
}
