package actor

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// oneEachWords name what a state has only one of, so that the plural
// ("governments", "foreign ministers", "finance ministers") names several
// states: the story's country is one of them at most, and which ones the
// text does not say.
var oneEachWords = map[string]bool{
	"government": true, "prime minister": true, "foreign minister": true,
	"defence minister": true, "central bank governor": true,
}

// sameStateWords, before a plural of oneEachWords, keep it one state's:
// "successive governments", "former foreign ministers", "state governments".
var sameStateWords = map[string]bool{
	"former": true, "successive": true, "previous": true, "past": true, "earlier": true,
	"later": true, "future": true, "recent": true, "ex": true,
	"state": true, "local": true, "provincial": true, "regional": true, "municipal": true,
	"city": true, "county": true, "prefectural": true, "federal": true, "coalition": true,
}

// gatheringWords, as "X of" before a plural role word, make a gathering
// of several states' envoys: "a group of ministers", "an assembly of
// several foreign ministers".
var gatheringWords = map[string]bool{
	"group": true, "assembly": true, "meeting": true, "conference": true, "gathering": true,
	"council": true, "club": true, "committee": true,
}

// manyStates reports whether the role word doc.Mentions[i], which names no
// country of its own, stands for officials of several states, so that the
// story's country is the wrong one to give it: the plural of an office a
// state holds once ("Sixteen governments signed", "trade ministers"),
// plain "ministers" gathered ("the group of ministers met") or beside an
// international body in the sentence ("Ministers called on the European
// Commission"), and a gathering of such plurals ("an assembly of several
// foreign ministers"). Mentions from first on are in text order.
func manyStates(doc *annals.Doc, first, i int) bool {
	m := &doc.Mentions[i]
	if m.Code != "GOV" && m.Code != "LEG" {
		return false
	}
	toks := doc.Tokens
	s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
	if m.Tokens.End < s.End && toks[m.Tokens.End].Norm == "of" && gatheringWords[toks[m.Tokens.End-1].Norm] {
		// "an assembly of several foreign ministers": the gathering is theirs.
		for k := i + 1; k < len(doc.Mentions) && doc.Mentions[k].Tokens.Start <= m.Tokens.End+3; k++ {
			if n := &doc.Mentions[k]; n.Tokens.Start > m.Tokens.End && n.Kind == annals.AgentMention && len(n.Code) == 3 && pluralOffice(doc, n) {
				return true
			}
		}
		return false
	}
	if m.Code != "GOV" || !plural(doc, m) {
		return false
	}
	if j := m.Tokens.Start - 1; j >= s.Start && (sameStateWords[toks[j].Norm] || toks[j].Flags&annals.Cap != 0 && j > s.Start) {
		return false // "successive governments", "Labour governments"
	}
	if pluralOffice(doc, m) {
		return true
	}
	if m.Name != "minister" {
		return false
	}
	// Plain "ministers": a cabinet's as often as several states'; several
	// states' when gathered or when the sentence's other actor is an
	// international body whose members they are.
	if j := m.Tokens.Start - 1; j-1 >= s.Start && toks[j].Norm == "of" && gatheringWords[toks[j-1].Norm] {
		return true
	}
	igo := func(n *annals.Mention) bool {
		return n.Kind == annals.ActorMention && strings.HasPrefix(n.Code, "IGO")
	}
	for k := i - 1; k >= first && doc.Mentions[k].Tokens.Start >= s.Start; k-- {
		if igo(&doc.Mentions[k]) {
			return true
		}
	}
	for k := i + 1; k < len(doc.Mentions) && doc.Mentions[k].Tokens.Start < s.End; k++ {
		if igo(&doc.Mentions[k]) {
			return true
		}
	}
	return false
}

// plural reports whether the head word of m is plural ("ministers").
func plural(doc *annals.Doc, m *annals.Mention) bool {
	t := &doc.Tokens[m.Tokens.End-1]
	return t.Norm != t.Lemma && strings.HasSuffix(t.Norm, "s")
}

// pluralOffice reports whether m is the plural of an office a state holds
// once: "governments", "foreign ministers", "oil ministers" (a minister
// named by portfolio), not plain "ministers" or "deputy ministers".
func pluralOffice(doc *annals.Doc, m *annals.Mention) bool {
	if !plural(doc, m) {
		return false
	}
	if oneEachWords[m.Name] || oneEachWords[m.Role] && m.Role != "government" {
		return true
	}
	if !strings.HasSuffix(m.Name, " minister") {
		return false
	}
	switch m.Name {
	case "cabinet minister", "deputy minister", "junior minister", "state minister":
		return false
	}
	return true
}

// namedFirmBefore returns, for a definite firm word ("the company", "the
// bank") that refers back to a firm named earlier in its sentence with a
// country of its own, that firm's code: "a penalty from Continental Grain
// Co of the United States ... asking the company to expedite" is the
// American firm's, not the story's country's. The firm named is a
// capitalised name ending in a company suffix or "Bank" that a rule or
// dictionary coded as a country's firm (BUS); a firm named with no country,
// or a bank coded as something else ("the World Bank ... the Bank"), is
// left to the other rules, which may well give the story's country rightly.
func namedFirmBefore(doc *annals.Doc, first, i int) string {
	m := &doc.Mentions[i]
	toks := doc.Tokens
	if m.Code != "BUS" || m.Tokens.Len() != 2 || toks[m.Tokens.Start].Norm != "the" {
		return ""
	}
	switch toks[m.Tokens.End-1].Norm {
	case "company", "bank", "firm", "corporation":
	default:
		return ""
	}
	s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
	for j := m.Tokens.Start - 1; j > s.Start; j-- {
		t := &toks[j]
		if t.Flags&annals.Cap == 0 || toks[j-1].Flags&annals.Cap == 0 {
			continue
		}
		if n := strings.TrimSuffix(t.Norm, "."); !firmSuffixes[n] && n != "bank" {
			continue
		}
		for k := i - 1; k >= first && doc.Mentions[k].Tokens.Start >= s.Start; k-- {
			n := &doc.Mentions[k]
			if n.Tokens.Start <= j && j < n.Tokens.End && n.Kind == annals.ActorMention && n.Via != "context" &&
				strings.HasSuffix(n.Code, "BUS") && countryOf(n.Code) != "" {
				return n.Code
			}
		}
		return "" // the nearest firm named is the one referred to
	}
	return ""
}
