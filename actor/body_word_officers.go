package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// Round 156: an officer named through the head noun of a body the article
// named before. English news, having named a body in full ("The U.S.
// Feedgrains Council is surprised ..."), refers back to it by its head noun
// in lower case and puts that noun before its officers' titles: "a council
// spokesman said", "council president Darwin E. Stolte said", "association
// officials". The officer is that body's, and takes its code, not the
// government of the country the story is about, which a bare title took
// (the council's president was coded CANGOV in a story on a Canadian
// ruling against American corn).

// bodyHeadNouns are the head nouns of a body's name that the wire reuses,
// lower case, before its officers' titles.
var bodyHeadNouns = map[string]bool{
	"council": true, "association": true, "federation": true, "confederation": true,
	"chamber": true, "union": true, "institute": true, "society": true, "league": true,
	"board": true, "foundation": true,
}

// bodyWordOwner returns the code of the body whose head noun stands, lower
// case, right before the title of role mention i ("council president
// Darwin E. Stolte"), or inside it at its start: the nearest actor named
// before it in the article, from mention first on, as a capitalised name
// ending in that noun ("The U.S. Feedgrains Council"). The body must have a
// country or be a non-governmental organisation; an international body is
// left alone, since "union officials" after "the European Union" are a
// labour union's as often as the Union's. It returns "" when no such body
// was named, and the other rules then decide.
func bodyWordOwner(doc *annals.Doc, first, i int) string {
	noun := bodyNounAt(doc, i)
	if noun < 0 {
		return ""
	}
	return bodyNamedBefore(doc, first, i, noun)
}

// bodyNounAt returns the token of a lower-case body head noun standing
// right before the title of role mention i, or at its start after a
// determiner ("council president", "an association official", "the
// council spokesman"), or -1.
func bodyNounAt(doc *annals.Doc, i int) int {
	m := &doc.Mentions[i]
	toks := doc.Tokens
	k := m.Tokens.Start
	if k >= len(toks) || m.Tokens.End <= k {
		return -1
	}
	if toks[k].Tag == annals.DT && k+1 < m.Tokens.End {
		k++ // "the council spokesman"
	}
	switch {
	case k < m.Tokens.End-1 && toks[k].Flags&annals.Cap == 0 && bodyHeadNouns[toks[k].Norm]:
		return k
	case k == m.Tokens.Start && k > 0 && toks[k-1].Flags&annals.Cap == 0 && bodyHeadNouns[toks[k-1].Norm]:
		return k - 1
	}
	return -1
}

// bodyNamedBefore returns the code of the nearest actor named before token
// noun as a capitalised name ending in that token's word, or "".
func bodyNamedBefore(doc *annals.Doc, first, i, noun int) string {
	toks := doc.Tokens
	for j := i - 1; j >= first; j-- {
		p := &doc.Mentions[j]
		if p.Kind != annals.ActorMention || p.Tokens.End > noun || p.Tokens.End <= p.Tokens.Start || p.Type == "PERSON" {
			continue
		}
		last := &toks[p.Tokens.End-1]
		if last.Flags&annals.Cap == 0 || strings.TrimSuffix(last.Norm, ".") != toks[noun].Norm {
			continue
		}
		if countryOf(p.Code) == "" && !strings.HasPrefix(p.Code, "NGO") || len(p.Code) <= 3 || p.Type == "COUNTRY" {
			return "" // an international body, or a state ("the Russian Federation"): no officer's code
		}
		return p.Code
	}
	return ""
}

// privateBodyNouns head the names of bodies that are no state's: trade
// associations, employers' federations. "Chamber" is left out: a
// parliament's chambers are named so too.
var privateBodyNouns = map[string]bool{
	"association": true, "federation": true, "confederation": true,
}

// privateBodyOfficer reports whether role mention i is an officer of a
// private body the article named before but no rule coded ("The Taiwan
// Flour Mills Association will import ..., an association spokesman told
// Reuters"): a lower-case "association" or "federation" before the title
// refers back to a capitalised name ending in that word that names no
// state ("the Russian Federation" is one). The
// officer is then business (BUS), whose country the other rules give, not
// the government a bare title names.
func privateBodyOfficer(doc *annals.Doc, i int) bool {
	noun := bodyNounAt(doc, i)
	if noun < 0 || !privateBodyNouns[doc.Tokens[noun].Norm] {
		return false
	}
	toks := doc.Tokens
	for k := noun - 1; k > 0; k-- {
		if toks[k].Norm == toks[noun].Norm && toks[k].Flags&annals.Cap != 0 && toks[k-1].Flags&annals.Cap != 0 && toks[k-1].Tag.IsNoun() {
			return !stateNamedAt(doc, k)
		}
	}
	return false
}

// stateNamedAt reports whether an actor mention holding token k codes a
// country itself.
func stateNamedAt(doc *annals.Doc, k int) bool {
	for j := range doc.Mentions {
		p := &doc.Mentions[j]
		if p.Kind == annals.ActorMention && p.Tokens.Start <= k && k < p.Tokens.End && (len(p.Code) <= 3 || p.Type == "COUNTRY") {
			return true
		}
	}
	return false
}
