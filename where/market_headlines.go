package where

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 43 (issue 5), from reading all nine sets of company and market
// news at once (dev23.tsv to dev31.tsv) with dev22.tsv: the causes that
// recur across at least three sets.

// marketMoods are the words a market report's shouted headline writes
// between "IN" and the market's city: "DOLLAR OPENS LOWER IN QUIET
// ZURICH", "EQUITIES MAINLY HIGHER IN QUIET EARLY LONDON".
var marketMoods = map[string]bool{
	"quiet": true, "early": true, "late": true, "active": true, "thin": true,
	"nervous": true, "busy": true, "hectic": true, "slow": true, "dull": true,
	"steady": true, "volatile": true, "brisk": true, "cautious": true,
	"subdued": true, "lively": true, "calm": true, "choppy": true, "light": true,
}

// shoutedMarket recognises the place that closes a headline in capitals
// after its last "IN": "DOLLAR OPENS LOWER IN NEW YORK", "DOLLAR OPENS
// LOWER IN QUIET ZURICH". The token loop misses these because a tagger
// reads "NEW" or "QUIET" in a shouted line as a common word, which opens
// no name there. Only a name that ends the headline is taken, so that the
// phrase is where the market or the event is, not a name qualifying a
// noun after it ("IN NEW YORK TALKS").
func (r *Recognizer) shoutedMarket(doc *annals.Doc, si int, src string, buf *[]byte, spans []span) (span, bool) {
	s := &doc.Sentences[si]
	end := s.Tokens.End
	for end > s.Tokens.Start && !word(&doc.Tokens[end-1]) {
		end--
	}
	for i := s.Tokens.Start; i < end; i++ {
		if t := &doc.Tokens[i]; word(t) && t.Flags&annals.AllCaps == 0 && t.Flags&annals.Digit == 0 {
			return span{}, false // not a shouted headline
		}
	}
	for i := end - 2; i >= s.Tokens.Start; i-- {
		if doc.Tokens[i].Norm != "in" {
			continue
		}
		j := i + 1
		for j < end-1 && marketMoods[doc.Tokens[j].Norm] {
			j++
		}
		for _, sp := range spans {
			if sp.tok.End > i && sp.tok.Start < end {
				return span{}, false // found already
			}
		}
		sp, ok := r.exact(doc, si, j, src, buf)
		if !ok && end-j >= 2 && end-j <= 3 {
			// "IN NEW YORK", "IN LOS ANGELES": the lookup reads a short
			// word in capitals before another as shouted text ("LET US
			// GO"); a whole name the gazetteer lists is a name.
			*buf = fold.Append((*buf)[:0], src[doc.Tokens[j].Start:doc.Tokens[end-1].End])
			if len(r.g.index[string(*buf)]) > 0 {
				sp = span{tok: annals.Range{Start: j, End: end}, start: int(doc.Tokens[j].Start),
					end: int(doc.Tokens[end-1].End), key: string(*buf)}
				ok = true
			}
		}
		if !ok || sp.tok.End != end {
			return span{}, false
		}
		return sp, true
	}
	return span{}, false
}

// moodShout reports whether p, the word before a name in sentence s, is
// a market's mood in a shouted headline ("IN QUIET ZURICH"), which is no
// given name of a person the name would be the surname of.
func moodShout(s *annals.Sentence, p *annals.Token) bool {
	return s.Title && p.Flags&annals.AllCaps != 0 && marketMoods[p.Norm]
}

// moreOwnFigures are more of a country's own figures and works, as
// figureNouns and ownedFigures are: "the encouraging development of
// Switzerland's finances", "Haiti's largest sugar mill", "the United
// States' dependency on foreign oil".
var moreOwnFigures = map[string]bool{
	"finances": true, "mill": true, "dependency": true, "dependence": true,
}

// headsOwnFigure reports whether token n heads a figure of the possessive
// before it (ownFigure's loop): one of moreOwnFigures, a country's public debt
// ("Belgium's public debt rose"), or its demand for a good the noun
// before names ("Japan's edible oil demand"); demand alone may be a
// party's ("Iran's demand that ...").
func headsOwnFigure(doc *annals.Doc, n int) bool {
	w := doc.Tokens[n].Norm
	if moreOwnFiguresFilter.May(w) && moreOwnFigures[w] {
		return true
	}
	if n == 0 {
		return false
	}
	p := &doc.Tokens[n-1]
	switch w {
	case "debt":
		return p.Norm == "public"
	case "demand":
		return word(p) && !capital(p) && (p.Tag == annals.NN || p.Tag == annals.NNS) && !strings.HasPrefix(p.Norm, "'")
	}
	return false
}

// monthOfFigure reports whether w, between a possessive and its figure,
// is the month the figure is of: "Norway's September oil output rose".
func monthOfFigure(w *annals.Token) bool {
	return monthsFilter.May(w.Norm) && months[w.Norm] && capital(w) && w.Flags&annals.AllCaps == 0
}
