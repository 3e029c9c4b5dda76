package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// rankWords rank a producer, holder or market among others, after which
// "after" names the places ranked above it: "the world's third largest
// after West Germany and Japan", "the largest producer of the precious
// metal after Mexico". The places are measured, as a country's output is.
var rankWords = map[string]bool{
	"largest": true, "biggest": true, "greatest": true, "second": true, "third": true,
	"fourth": true, "fifth": true, "sixth": true,
}

// maxRankGap is the most words between a ranking word and the "after"
// that names the places ranked before it.
const maxRankGap = 7

// rankAfter reports whether the "after" at token i of sentence si names
// the places a ranking puts first ("the third largest, after Japan and
// Canada"), not a time or a party: a ranking word stands a few words
// before it with no verb between, and the names after it are followed by
// no verb ("after Japan announced") and no possessive ("the largest
// after Liberia's", which ranks Liberia's fleet).
func rankAfter(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	ranked := false
	for k := i - 1; k >= s.Tokens.Start && k >= i-maxRankGap; k-- {
		t := &doc.Tokens[k]
		if rankWordsFilter.May(t.Norm) && rankWords[t.Norm] && !capital(t) { // not "the Third World's"

			ranked = true
			break
		}
		if t.Tag >= annals.VB && t.Tag <= annals.MD || t.Norm == ";" || t.Norm == ":" {
			return false
		}
	}
	if !ranked {
		return false
	}
	j := i + 1
	if j < s.Tokens.End && doc.Tokens[j].Norm == "the" {
		j++
	}
	if j >= s.Tokens.End || !capital(&doc.Tokens[j]) {
		return false
	}
	for ; j < s.Tokens.End; j++ {
		t := &doc.Tokens[j]
		if capital(t) || t.Norm == "," || t.Norm == "and" || t.Norm == "the" {
			continue
		}
		break
	}
	if j == s.Tokens.End {
		return true
	}
	t := &doc.Tokens[j]
	return t.Norm != "'s" && t.Norm != "'" && t.Tag != annals.VBD && t.Tag != annals.VBZ && t.Tag != annals.VBP && t.Tag != annals.MD
}

// modifierChain reports whether the words from token e of sentence si,
// after a country named bare after a cue, make it the modifier of a
// noun further on: an adjective and then a noun ("to U.S. fleet
// movements", "from U.K. public opinion polls"), or "and" or "or" and an
// adjective of another land ("access to U.S. and European capital
// markets", "to U.S. or Soviet registration"). nounAfter weighs only the
// word right after the name.
func modifierChain(doc *annals.Doc, si, e int) bool {
	end := doc.Sentences[si].Tokens.End
	if e+1 >= end {
		return false
	}
	t, n := &doc.Tokens[e], &doc.Tokens[e+1]
	if (t.Norm == "and" || t.Norm == "or") && n.Tag == annals.JJ && capital(n) && n.Flags&annals.AllCaps == 0 {
		// "U.S. and European capital markets": a demonym joins it.
		return e+2 < end && word(&doc.Tokens[e+2]) && !capital(&doc.Tokens[e+2]) &&
			(doc.Tokens[e+2].Tag == annals.NN || doc.Tokens[e+2].Tag == annals.NNS || doc.Tokens[e+2].Tag == annals.JJ)
	}
	// "in Japan major efforts remained necessary": a fronted place and
	// the clause's subject.
	if e+2 < end {
		if v := doc.Tokens[e+2].Tag; v == annals.VBD || v == annals.VBZ || v == annals.VBP || v == annals.MD {
			return false
		}
	}
	// "planted in Malaysia several years ago" says when; "Stores in
	// Australia lower toilet paper limits" has a comparative for a verb.
	return t.Tag == annals.JJ && word(t) && !capital(t) && !keepsPlace[t.Norm] && !notHeads[t.Norm] && len(t.Norm) > 2 &&
		!strings.HasSuffix(t.Norm, "er") && word(n) && !capital(n) && (n.Tag == annals.NN || n.Tag == annals.NNS) &&
		!keepsPlace[n.Norm] && !spanNouns[n.Norm]
}

// spanNouns are the nouns of a stretch of time, which an adjective before
// them makes an adverbial of the clause, not a noun the place qualifies.
var spanNouns = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"day": true, "days": true, "hours": true, "decade": true, "decades": true, "times": true,
}

// chainModifier reports whether the first item sp of a cue's list in
// sentence si, which no "the" opens, is a country written as the
// modifier of a noun further on (see modifierChain). An adjective after
// the name must pass countryModifier's tests too, which keep a
// country's figures ("in U.S. interest rates").
func (r *Recognizer) chainModifier(doc *annals.Doc, si int, sp span) bool {
	list := r.g.index[sp.key]
	if len(list) == 0 || r.g.places[list[0]].Kind != KindCountry || !modifierChain(doc, si, sp.tok.End) {
		return false
	}
	// Only an abbreviation is written as an adjective beside one: "tea
	// from Azerbaijan and Ukrainian hazelnuts" lists two sources.
	if w := doc.Tokens[sp.tok.End].Norm; w == "and" || w == "or" {
		return sp.tok.Len() == 1 && (strings.Contains(doc.Tokens[sp.tok.Start].Norm, ".") || doc.Tokens[sp.tok.Start].Flags&annals.AllCaps != 0 && len(doc.Tokens[sp.tok.Start].Norm) <= 3)
	}
	return r.countryModifier(doc, si, sp)
}

// figuresOf are the plural figures and outlooks that "of" and a land
// follow, beside figureNouns: "the GDPs of Indonesia and Malaysia", "the
// economic outlooks of Singapore, Thailand and the Philippines".
var figuresOf = map[string]bool{
	"gdps": true, "gnps": true, "outlook": true, "outlooks": true, "economies": true,
}

// figureOf reports whether the "of" at token i of sentence si follows a
// country's economic figure, so that the names after it are measured
// places ("the surpluses of West Germany and Japan", "the growth rates
// of ..."), as the possessive of ownFigure is: "Japan's surplus".
func (r *Recognizer) figureOf(doc *annals.Doc, si, i int) bool {
	p := &doc.Tokens[i-1]
	if !word(p) {
		return false
	}
	// "The GDPs of Indonesia": an acronym's plural.
	figure := figuresOfFilter.May(p.Norm) && figuresOf[p.Norm] || !capital(p) && (figureNounsFilter.May(p.Norm) && figureNouns[p.Norm] && p.Norm != "trade" && p.Norm != "market" && p.Norm != "markets" && p.Norm != "industry" ||
		i-2 >= doc.Sentences[si].Tokens.Start && figureAfterFilter.May(p.Norm) && figureAfter[p.Norm][doc.Tokens[i-2].Norm])
	if !figure {
		return false
	}
	// "the trade surpluses of Tokyo and Bonn": capitals standing for
	// their governments, as metonyms do.
	end := doc.Sentences[si].Tokens.End
	if j := i + 1; j < end {
		if list := r.g.index[doc.Tokens[j].Norm]; len(list) > 0 && r.g.places[list[0]].Kind == KindCity && r.g.places[list[0]].Capital {
			return false
		}
	}
	// "the growth rate of Malaysia's external debt", "its sector of West
	// Germany industry": the names own or qualify what follows.
	k := i + 1
	for k < end && (capital(&doc.Tokens[k]) || doc.Tokens[k].Norm == "," || doc.Tokens[k].Norm == "and" || doc.Tokens[k].Norm == "the" ||
		// "Dar es Salaam", "Rio de Janeiro": a particle inside a name.
		len(doc.Tokens[k].Norm) <= 3 && word(&doc.Tokens[k]) && k+1 < end && capital(&doc.Tokens[k+1])) {
		k++
	}
	if k == end {
		return true
	}
	n := &doc.Tokens[k]
	return n.Norm != "'s" && n.Norm != "'" && !(word(n) && (n.Tag == annals.NN || n.Tag == annals.NNS))
}

// groupMember reports whether the country span sp is one of the members
// that an article lists for a group of nations ("the Group of Seven --
// the United States, Japan, West Germany, ...", "The Group of Five,
// comprising the U.S., Japan, ..."): a membership, not a place where
// anything happens. The list runs back from the name, over names,
// commas, "and", "the", dashes and brackets, to the group's name.
func groupMember(doc *annals.Doc, si int, sp span) bool {
	s := &doc.Sentences[si]
	for k := sp.tok.Start - 1; k >= s.Tokens.Start && k >= sp.tok.Start-40; k-- {
		t := &doc.Tokens[k]
		if groupName(doc, s, k) {
			return true
		}
		switch {
		case capital(t), t.Norm == ",", t.Norm == "and", t.Norm == "the", t.Norm == "-", t.Norm == "--",
			t.Norm == "(", t.Norm == ")", t.Norm == "comprising", t.Norm == "namely", t.Norm == ":",
			t.Norm == "of" && k > s.Tokens.Start && doc.Tokens[k-1].Norm == "consisting":
		case t.Norm == "consisting":
		default:
			return false
		}
	}
	return false
}

// groupNumbers are the sizes of the groups of nations wire copy names.
var groupNumbers = map[string]bool{
	"five": true, "seven": true, "ten": true, "5": true, "7": true, "10": true,
}

// groupName reports whether token k of sentence s ends a group of
// nations' name: "Group of Seven", "G-7", "G-5".
func groupName(doc *annals.Doc, s *annals.Sentence, k int) bool {
	switch n := doc.Tokens[k].Norm; n {
	case "g-5", "g-7", "g-10", "g5", "g7", "g10":
		return true
	}
	return groupNumbersFilter.May(doc.Tokens[k].Norm) && groupNumbers[doc.Tokens[k].Norm] && k-2 >= s.Tokens.Start &&
		doc.Tokens[k-1].Norm == "of" && doc.Tokens[k-2].Norm == "group"
}

// firmHeads end the names of firms and funds that a country's possessive
// may own, beside firmEnds: "Japan's Overseas Economic Cooperation Fund".
var firmHeads = map[string]bool{
	"fund": true, "bank": true, "bhd": true, "holdings": true, "corporation": true, "airways": true, "airlines": true,
}

// ownedFirm reports whether the country span sp is the possessive of a
// firm's name after it ("to Australia's <Amcor Ltd>", "stake in Canada's
// <Osborne and Chappel Goldfields Ltd>", "to Britain's Redland Plc"): an
// affiliation, not a place where anything happens. A bracket opens a
// firm's name; else a firm word ends a run of capitalised words.
func (r *Recognizer) ownedFirm(doc *annals.Doc, sp span) bool {
	list := r.g.index[sp.key]
	if len(list) == 0 || r.g.places[list[0]].Kind != KindCountry {
		return false
	}
	s := &doc.Sentences[doc.SentenceOf(sp.tok.Start)]
	k := sp.tok.End
	if k+1 >= s.Tokens.End || doc.Tokens[k].Norm != "'s" {
		return false
	}
	k++
	if doc.Tokens[k].Norm == "<" {
		return true
	}
	for n := k; n < s.Tokens.End && n < k+6; n++ {
		t := &doc.Tokens[n]
		if !capital(t) || t.Flags&annals.AllCaps != 0 && len(t.Norm) > 3 {
			return false
		}
		if n > k && (firmEnds[t.Norm] || firmHeads[t.Norm]) {
			return true
		}
	}
	return false
}
