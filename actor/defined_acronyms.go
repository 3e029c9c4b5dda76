package actor

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// One acronym can stand for several bodies: the dictionary reads "ADB" as
// the Asian Development Bank, which also abbreviates the African
// Development Bank. An article that names a body in full and then uses its
// initials ("The African Development Bank (ADB) is seeking ...", "ADB
// secretary general Koffi Dei-Anang") means that body by them, whatever
// the dictionary's reading of the letters alone.

// definedAcronyms recodes an international body named by an acronym as
// the body of another code named in full before it in the article, whose
// capitalised words have the acronym's initials, when the dictionary's
// reading of the acronym (its name's initials) is another body. The
// nearest such name before the acronym wins.
func definedAcronyms(doc *annals.Doc, first int) {
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Implied || !strings.HasPrefix(m.Code, "IGO") {
			continue
		}
		k := acronymToken(doc.Tokens, m)
		if k < 0 {
			continue
		}
		for j := i - 1; j >= first; j-- {
			n := &doc.Mentions[j]
			if n.Kind != annals.ActorMention || n.Implied || n.Code == m.Code || !strings.HasPrefix(n.Code, "IGO") || n.Tokens.End > k {
				continue
			}
			if name := spelledOut(doc, n.Tokens, doc.Tokens[k].Norm); name != "" {
				m.Code, m.Name, m.Entry, m.Type = n.Code, name, n.Entry, n.Type
				break
			}
		}
	}
}

// acronymToken returns the index of the token of m written in capitals
// whose letters are the initials of m's dictionary name ("ADB" of the
// Asian Development Bank), or -1.
func acronymToken(toks []annals.Token, m *annals.Mention) int {
	caps := false // most IGO mentions are written out: no initials to build
	for k := m.Tokens.Start; k < m.Tokens.End && !caps; k++ {
		caps = toks[k].Flags&annals.AllCaps != 0 && len(toks[k].Norm) >= 2
	}
	if !caps {
		return -1
	}
	want := initials(strings.Fields(m.Name))
	for k := m.Tokens.Start; k < m.Tokens.End; k++ {
		t := &toks[k]
		if t.Flags&annals.AllCaps != 0 && len(t.Norm) >= 2 && t.Norm == want {
			return k
		}
	}
	return -1
}

// spelledOut returns the run of capitalised words inside r whose initials
// spell acronym ("African Development Bank" for "adb"), or "".
func spelledOut(doc *annals.Doc, r annals.Range, acronym string) string {
	toks := doc.Tokens
	for s := r.Start; s < r.End; s++ {
		if toks[s].Flags&annals.Cap == 0 || initialsSkip[toks[s].Norm] {
			continue // "The African Development Bank": the name opens after "The"
		}
		var words []string
		for e := s; e < r.End; e++ {
			t := &toks[e]
			if t.Flags&annals.Cap == 0 && !initialsSkip[t.Norm] {
				break
			}
			words = append(words, t.Norm)
			if initials(words) != acronym || initialsSkip[t.Norm] {
				continue
			}
			if e+1 < r.End && toks[e+1].Flags&annals.Cap != 0 {
				break // the name runs on: "Asian Development Bank Institute"
			}
			text, _, _ := doc.Span(annals.Range{Start: s, End: e + 1})
			return text
		}
	}
	return ""
}

// initialsSkip are the small words a body's initials leave out.
var initialsSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true}

// initials returns the lower-case first letters of the words, skipping
// initialsSkip ("Bank for International Settlements" is "bis").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w != "" && !initialsSkip[strings.ToLower(w)] {
			b.WriteString(strings.ToLower(w[:1]))
		}
	}
	return b.String()
}
