package actor

import (
	"slices"

	"github.com/annals-project/annals"
)

// abbrevTitles are the abbreviated titles news wires put before a
// legislator's or governor's name ("Sen. John Heinz", "Rep. Ed Jones",
// "Gov. Mario Cuomo"), which the role-word dictionary, written in whole
// words, cannot match; each gives its role code and role text.
var abbrevTitles = map[string][2]string{
	"sen.": {"LEG", "senator"}, "sen": {"LEG", "senator"},
	"rep.": {"LEG", "representative"}, "rep": {"LEG", "representative"},
	"gov.": {"GOV", "governor"},
}

// legTitles are the whole-word titles that may stand before a name that a
// US party tag follows ("Senator Lloyd Bentsen, D-Texas").
var legTitles = map[string]bool{
	"senator": true, "congressman": true, "congresswoman": true, "representative": true,
	"sen.": true, "sen": true, "rep.": true, "rep": true,
}

// partyTag reports whether token t is a US party-and-state tag: "R-Pa",
// "D-N.Y.", "D-Tenn.". Only a capital R, D or I before the hyphen counts.
func partyTag(t *annals.Token) bool {
	n := t.Norm
	if len(n) < 3 || t.Flags&annals.Cap == 0 || n[1] != '-' {
		return false
	}
	switch n[0] {
	case 'r', 'd', 'i':
	default:
		return false
	}
	for i := 2; i < len(n); i++ {
		if (n[i] < 'a' || n[i] > 'z') && n[i] != '.' {
			return false
		}
	}
	return n[2] != '.'
}

// nameBefore returns the start of a run of one to four capitalised proper
// nouns ending just before token end, and a whole-word or abbreviated
// title before it when there is one; ok is false when no name ends there.
func nameBefore(toks []annals.Token, start, end int) (from int, titled, ok bool) {
	j := end
	for j > start && end-j < 4 && toks[j-1].Flags&annals.Cap != 0 && (toks[j-1].Tag == annals.NNP || toks[j-1].Tag == annals.NNPS) && !legTitles[toks[j-1].Norm] {
		j--
	}
	if j == end {
		return 0, false, false
	}
	if j > start && legTitles[toks[j-1].Norm] {
		return j - 1, true, true
	}
	return j, false, end-j >= 2
}

// legislators codes the people news wires name with an abbreviated title or
// a US party tag. "Sen. John Heinz, R-Pa," and "Rep. Ed Jones (D-Tenn.)"
// are US legislators (USALEG) whatever country the story is about: the tag
// says so. "Gov. Mario Cuomo" with no tag is a governor of the country the
// story is about, left for contextualise like any role word. Mentions from
// index first on are this sentence's, kept in text order.
func legislators(doc *annals.Doc, first, start, end int) {
	toks := doc.Tokens
	if !mayNameLegislator(toks[start:end]) {
		return
	}
	for k := start + 2; k < end; k++ {
		if !partyTag(&toks[k]) || toks[k-1].Norm != "," && toks[k-1].Norm != "(" {
			continue
		}
		from, _, ok := nameBefore(toks, start, k-1)
		if !ok {
			continue
		}
		span := annals.Range{Start: from, End: k - 1}
		if mi := overlapping(doc, first, span); mi >= 0 {
			m := &doc.Mentions[mi]
			if m.Kind == annals.AgentMention && (m.Code == "LEG" || m.Code == "GOV") {
				m.Kind, m.Code, m.Via, m.Type = annals.ActorMention, "USALEG", "party tag", "PERSON"
			}
			continue
		}
		name, _, _ := doc.Span(span)
		insertMention(doc, first, annals.Mention{
			Kind: annals.ActorMention, Tokens: span, Name: name, Code: "USALEG",
			Type: "PERSON", Entity: -1, Role: "legislator", Via: "party tag",
		})
	}
	for k := start; k+2 < end; k++ {
		// The capital first: it spares most tokens the lookup.
		if toks[k].Flags&annals.Cap == 0 {
			continue
		}
		if !abbrevTitleFilter.May(toks[k].Norm) {
			continue
		}
		t, ok := abbrevTitles[toks[k].Norm]
		if !ok {
			continue
		}
		j := k + 1
		for j < end && j-k <= 4 && toks[j].Flags&annals.Cap != 0 && (toks[j].Tag == annals.NNP || toks[j].Tag == annals.NNPS) {
			j++
		}
		span := annals.Range{Start: k, End: j}
		if j-k < 3 || overlapping(doc, first, span) >= 0 {
			continue // "Rep." before one word may be a sales rep's name
		}
		name, _, _ := doc.Span(annals.Range{Start: k + 1, End: j})
		insertMention(doc, first, annals.Mention{
			Kind: annals.AgentMention, Tokens: span, Name: name, Code: t[0],
			Type: "PERSON", Entity: -1, Role: t[1],
		})
	}
}

// mayNameLegislator reports whether a token of toks is capitalised and
// may be a party tag or an abbreviated title, the tokens at which the two
// scans of legislators begin. Most sentences have none: one pass that
// tests the capital first spares them both scans.
func mayNameLegislator(toks []annals.Token) bool {
	for k := range toks {
		t := &toks[k]
		if t.Flags&annals.Cap != 0 && (partyTag(t) || abbrevTitleFilter.May(t.Norm)) {
			return true
		}
	}
	return false
}

// overlapping returns the index of the first mention from index first on
// that shares a token with span, or -1.
func overlapping(doc *annals.Doc, first int, span annals.Range) int {
	for i := first; i < len(doc.Mentions); i++ {
		r := doc.Mentions[i].Tokens
		if r.Start < span.End && span.Start < r.End {
			return i
		}
	}
	return -1
}

// insertMention adds m among the mentions from index first on, keeping
// them in text order.
func insertMention(doc *annals.Doc, first int, m annals.Mention) {
	i := first
	for i < len(doc.Mentions) && doc.Mentions[i].Tokens.Start < m.Tokens.Start {
		i++
	}
	doc.Mentions = slices.Insert(doc.Mentions, i, m)
}

// ruling reports whether a word between an actor ending at token aend and
// token k says the party after it governs: "Britain's ruling Conservative
// Party", "Japan's governing Liberal Democrats".
func ruling(toks []annals.Token, aend, k int) bool {
	for i := aend; i < k; i++ {
		if toks[i].Norm == "ruling" || toks[i].Norm == "governing" {
			return true
		}
	}
	return false
}

// partyName reports whether token k is a capitalised word of a party's
// name after "ruling", "governing" or "opposition" that follows an actor
// ending at aend: "Conservative" in "Britain's ruling Conservative Party".
// A party the dictionary names ("Liberal Democratic Party") is left to it.
func (r *Recognizer) partyName(toks []annals.Token, aend, k int) bool {
	if k <= aend || toks[k].Flags&annals.Cap == 0 || toks[k].Tag != annals.NNP && toks[k].Tag != annals.NNPS && toks[k].Tag != annals.JJ {
		return false
	}
	if e, a := r.dict.MatchActor(toks, k); a != nil && !r.partyNameTail(toks, aend, k, e, a, 0) {
		return false
	}
	for i := aend; i < k; i++ {
		switch toks[i].Norm {
		case "ruling", "governing", "opposition":
			return true
		}
	}
	return false
}
