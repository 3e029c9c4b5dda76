package where

import (
	"strings"

	"github.com/annals-project/annals"
)

// Round 40 reads company and market news: a firm's home town written as
// the modifier of its name or description ("Hartford, Conn.-based
// United", "the Glenview, Ill., food and consumer products company") and
// a state whose law governs something ("under Delaware law") describe,
// they do not say where anything happens.

// lawHeads follow a state or country that names the law, not a place:
// "under Delaware law", "an Indiana law", "Texas laws".
var lawHeads = map[string]bool{"law": true, "laws": true}

// basedAfter reports whether the tokens from k say that the name before
// them is the seat in a "-based" modifier: "Conn.-based", "Calif. -
// based", or a single token such as "Ohio-based" right after a comma.
func basedAfter(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k < end && doc.Tokens[k].Norm == "." && doc.Tokens[k].Start == doc.Tokens[k-1].End {
		k++
	}
	if k+1 < end && doc.Tokens[k].Norm == "-" && doc.Tokens[k+1].Norm == "based" &&
		doc.Tokens[k].Start == doc.Tokens[k-1].End {
		return true
	}
	return k < end && strings.HasPrefix(doc.Tokens[k].Norm, "-based")
}

// firmDescribed reports whether the words from token k of sentence si,
// past the stop and the comma that close a "City, Region" pair opened by
// "the", describe a firm: up to six words in lower case ending in a firm
// noun ("the Edison, N.J. electronics retailer", "the Cupertino, Calif.,
// company").
func firmDescribed(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k < end && doc.Tokens[k].Norm == "." && doc.Tokens[k].Start == doc.Tokens[k-1].End {
		k++
	}
	if k < end && doc.Tokens[k].Norm == "," {
		k++
	}
	for n := k; n < end && n < k+6; n++ {
		t := &doc.Tokens[n]
		if !word(t) && t.Norm != "-" || capital(t) {
			return false
		}
		if pairHeads[t.Norm] {
			// "the company's": still the firm.
			return true
		}
	}
	return false
}

// modifiers drops the names that describe rather than locate: a
// "City, Region" pair or a name before "-based", a pair opened by "the"
// that describes a firm, and a name before "law". A dropped region that
// places a city drops the city with it.
func (r *Recognizer) modifiers(doc *annals.Doc, spans []span) []span {
	drop := make([]bool, len(spans))
	for x := range spans {
		sp := &spans[x]
		si := doc.SentenceOf(sp.tok.Start)
		if si < 0 {
			continue
		}
		s := &doc.Sentences[si]
		e := sp.tok.End
		// The city of a pair whose region is the box after it.
		city := -1
		if sp.box && x > 0 && spans[x-1].tok.End+1 == sp.tok.Start && doc.Tokens[sp.tok.Start-1].Norm == "," {
			city = x - 1
		}
		switch {
		case basedAfter(doc, si, e):
		case e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," && r.seatBased(sp.key, doc.Tokens[e+1].Norm):
			// "Akron, Ohio-based Gencorp": the region rides on the
			// modifier's word, and the city before it is the seat too
			// (but not "in the U.S., Hamburg-based Westbank said").
		case city >= 0 && spans[city].tok.Start > s.Tokens.Start && doc.Tokens[spans[city].tok.Start-1].Norm == "the" &&
			firmDescribed(doc, si, e):
		case e < s.Tokens.End && lawHeadsFilter.May(doc.Tokens[e].Norm) && lawHeads[doc.Tokens[e].Norm] && !capital(&doc.Tokens[e]):
		default:
			continue
		}
		drop[x] = true
		if city >= 0 {
			drop[city] = true
		}
	}
	out := spans[:0]
	for x, sp := range spans {
		if !drop[x] {
			out = append(out, sp)
		}
	}
	return out
}

// seatBased reports whether w is a region's or country's "-based" word
// ("ohio-based") that holds a town named by key: the town and the word
// make one "Akron, Ohio-based" modifier.
func (r *Recognizer) seatBased(key, w string) bool {
	area, ok := strings.CutSuffix(w, "-based")
	if !ok || area == "" || r.g.container(key) >= 0 {
		return false
	}
	p, _ := r.g.within(key, area)
	return p >= 0
}

// wordTownAbbrevs are more folded state abbreviations that are also words
// or name parts ("Del Monte", "Ind" for independent, "Miss", "Wash",
// "Ore", "Kan"): like townAbbrevs, each names its state only where a
// town's area stands ("Newark, Del.", "Elkhart, Ind.", "Tacoma, Wash.").
var wordTownAbbrevs = map[string]bool{
	"del": true, "ind": true, "kan": true, "wash": true, "ore": true, "miss": true,
}

// firmModifiees are more nouns that a place name before them qualifies in
// company and market news, as modifiee's do: the people, firms and papers
// of a place ("Texas oilman T. Boone Pickens", "Ontario residents",
// "Texas customers", "Minneapolis newspapers", "Texas refineries").
var firmModifiees = map[string]bool{
	"oilman": true, "businessman": true, "businessmen": true, "investor": true,
	"investors": true, "residents": true, "customers": true, "newspapers": true,
	"refineries": true, "legislator": true, "legislators": true, "lawmakers": true,
	"regulators": true, "shareholders": true, "executive": true, "executives": true,
}
