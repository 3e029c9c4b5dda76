package where

import annals "github.com/annals-project/annals"

// Round 63 (issue 5), read from the list misses of the read sets: a
// class of markets whose members a verb of listing names ("Australia's
// leading wheat markets include China, Egypt, Iran, Iraq, the Soviet
// Union and Japan", "the top three markets were Canada, Japan and
// Britain") names the lands goods go to: places, as the annotators mark
// them. namesList reads only classes of places (countries, cities). The
// lands named as a trade's other parties stay out, as the annotators
// leave them out: buyers and purchasers ("Iraq, Japan and the USSR were
// the largest buyers", dev16.tsv), producers ("the main ASEAN tin
// producers are Malaysia, Indonesia and Thailand"), members ("UMOA
// members are Benin") and opponents ("Other countries opposing the tax
// include Britain").

// marketHeads are the plural nouns that name lands as markets.
var marketHeads = map[string]bool{"markets": true, "outlets": true}

// marketGapStops are the words between a class of markets and its list
// verb that make the words a clause about the class rather than a
// modifier of it: "the markets that Japan opened are", "the markets
// analysts said were".
var marketGapStops = map[string]bool{
	"who": true, "which": true, "that": true, "whose": true, "where": true,
	"said": true, "say": true, "says": true,
}

// marketList reports whether token i of sentence si is the verb, or an
// adverb after it, that lists the members of a class of markets named
// at most maxHeadGap words before it ("markets include", "the main
// markets last year were mainly"), with only lower-case words that are
// no verbs, figures and "/" between, and a capitalised word after.
func marketList(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i+1 >= s.Tokens.End || !capital(&doc.Tokens[i+1]) {
		return false
	}
	v := i
	if listAdverbs[doc.Tokens[i].Norm] {
		v = i - 1
	}
	if v <= s.Tokens.Start || !listVerbs[doc.Tokens[v].Norm] {
		return false
	}
	for k := v - 1; k >= s.Tokens.Start && k >= v-maxHeadGap; k-- {
		t := &doc.Tokens[k]
		if marketHeads[t.Norm] && !capital(t) {
			return true
		}
		if !word(t) && t.Norm != "/" || capital(t) || marketGapStops[t.Norm] || t.Tag.IsVerb() {
			return false
		}
	}
	return false
}
