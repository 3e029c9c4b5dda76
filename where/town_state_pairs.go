package where

import (
	"slices"
	"strings"
	"unicode"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 39 (issue 5), read from dev24.tsv and dev25.tsv, the company and
// market news that names none of the forty listed countries. Wire copy
// places a firm or a person by a town and its state written before a
// noun: "a Cambridge, Mass.,-based software company", "the Ashland, Ky.,
// based oil company", "Cincinnati, Ohio, financier Carl Lindner", "the
// Cupertino, Calif., company", "its Trail and Kimberley, British
// Columbia lead-zinc operations". The pair then qualifies the noun, as
// "Houston-based" and "a Toronto lawyer" do, and says where nothing
// happens; both of its names are left out. So is a state before its
// courts or laws ("a Texas state court jury", "under Maryland state
// law").

// pairHeads are the nouns that a "Town, State" pair qualifies when it
// stands right before them, after a comma or not, with at most three
// lower-case words between: the firms, people and works it places. The
// firm nouns among them also end round 40's firm descriptions
// (firmDescribed).
var pairHeads = map[string]bool{
	"company": true, "companies": true, "firm": true, "concern": true, "maker": true,
	"manufacturer": true, "producer": true, "developer": true, "distributor": true,
	"retailer": true, "insurer": true, "utility": true, "bank": true, "thrift": true,
	"subsidiary": true, "unit": true, "chain": true, "operator": true, "partnership": true,
	"investor": true, "investors": true, "financier": true, "businessman": true,
	"lawyer": true, "attorney": true, "refinery": true, "plant": true, "plants": true,
	"mill": true, "smelter": true, "mine": true, "mines": true, "operations": true,
	"facility": true, "facilities": true,
	"publisher": true, "supplier": true, "bancorp": true, "corporation": true,
	"conglomerate": true, "refiner": true, "lender": true,
}

// pairStops are the lower-case words that end the words before a pair's
// head: a clause or a list goes on there ("Houston, Texas, and the
// company", "in Dallas, Texas, where the company ...").
var pairStops = map[string]bool{
	"and": true, "or": true, "but": true, "on": true, "in": true, "at": true, "to": true,
	"for": true, "from": true, "with": true, "by": true, "of": true, "as": true,
	"where": true, "which": true, "who": true, "that": true, "when": true, "while": true,
	"the": true, "a": true, "an": true, "its": true, "their": true, "this": true,
	"last": true, "next": true, "yesterday": true, "today": true, "said": true, "says": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "will": true,
}

// stateHeads are the nouns after "state" that make a state's name before
// it the owner of an institution: "a Texas state court", "Texas State
// Court of Appeals", "New York state regulators", "Maryland state law".
var stateHeads = map[string]bool{
	"court": true, "courts": true, "appeals": true, "judge": true, "law": true, "laws": true,
	"lawmakers": true, "regulators": true, "legislature": true, "legislators": true,
}

// pairQualifier reports whether span sp is a name of a "Town, State" pair
// that qualifies the noun after it ("a Santa Ana, Calif.-based firm",
// "the Chatsworth, Calif., computer disk drive concern"), or a name
// before "state" and a court or a law ("in Texas state court"). The
// span may be either name of the pair, whose state the gazetteer must
// know ("a tin project in New Brunswick, Bousquet mine number two"); a
// country is never the town, so that "in the U.S., Hamburg-based
// Vereinsbank" keeps the country. A pair after a locative preposition
// heads a list rather than qualifies a noun ("operations in Burlington,
// Mass., microwave power devices operations in Hauppauge, N.Y.") unless
// "based" follows it.
func (r *Recognizer) pairQualifier(doc *annals.Doc, sp span, buf *[]byte) bool {
	si := doc.SentenceOf(sp.tok.Start)
	s := &doc.Sentences[si]
	e := sp.tok.End
	if e+1 < s.Tokens.End && doc.Tokens[e].Norm == "state" && stateHeads[doc.Tokens[e+1].Norm] ||
		e < s.Tokens.End && doc.Tokens[e].Norm == "courts" {
		return true
	}
	comma := -1
	switch b := sp.tok.Start; {
	case e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," && capital(&doc.Tokens[e+1]):
		if list := r.g.index[sp.key]; len(list) > 0 && r.g.places[list[0]].Kind == KindCountry {
			return false
		}
		comma = e
	case b-2 >= s.Tokens.Start && doc.Tokens[b-1].Norm == "," && capital(&doc.Tokens[b-2]):
		comma = b - 1
	default:
		return false
	}
	town := comma
	for town > s.Tokens.Start && comma-town < 4 && capital(&doc.Tokens[town-1]) {
		town--
	}
	// The state's words run up to five tokens, capitalised words and
	// their stops: "Mass.", "N.Y.", "British Columbia".
	k := comma + 1
	for n := 0; n < 5 && k < s.Tokens.End && (capital(&doc.Tokens[k]) || doc.Tokens[k].Norm == "."); n++ {
		k++
	}
	src := doc.SourceOf(si)
	st, en := int(doc.Tokens[comma+1].Start), int(doc.Tokens[k-1].End)
	*buf = fold.Append((*buf)[:0], src[st:en])
	if len(r.g.index[string(*buf)]) == 0 {
		*buf = fold.Append((*buf)[:0], strings.TrimSuffix(src[st:en], "."))
		if len(r.g.index[string(*buf)]) == 0 {
			return false
		}
	}
	locative := town > s.Tokens.Start && pairPreps[doc.Tokens[town-1].Norm]
	return qualifiesAfter(doc, s, k, locative)
}

// pairPreps are the prepositions after which a "Town, State" pair is a
// location, not a qualifier, unless "based" follows it.
var pairPreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "outside": true,
}

// qualifiesAfter reports whether the words from token k on make the pair
// before them a modifier: a full stop, a comma or a hyphen and "based"
// ("Calif.-based", "N.Y., based", "Ontario based"), or a head of
// pairHeads' after at most three lower-case words ("Ohio, financier",
// "Quebec copper mine", "Calif., computer disk drive concern").
func qualifiesAfter(doc *annals.Doc, s *annals.Sentence, k int, locative bool) bool {
	if k < s.Tokens.End && doc.Tokens[k].Norm == "." && doc.Tokens[k].Start == doc.Tokens[k-1].End {
		k++
	}
	if k < s.Tokens.End && doc.Tokens[k].Norm == "," {
		k++
	}
	hyphen := k < s.Tokens.End && doc.Tokens[k].Norm == "-"
	if hyphen {
		k++
	}
	if k < s.Tokens.End && doc.Tokens[k].Norm == "based" {
		return true
	}
	if hyphen || locative {
		return false
	}
	for n := 0; n < 4 && k < s.Tokens.End; k++ {
		t := &doc.Tokens[k]
		if t.Norm == "-" && k > s.Tokens.Start && doc.Tokens[k-1].End == t.Start {
			continue // "lead-zinc"
		}
		if !word(t) || capital(t) || pairStops[t.Norm] {
			return false
		}
		if pairHeads[t.Norm] {
			return true
		}
		n++
	}
	return false
}

// firmListed reports whether span sp is a name inside a firm's name
// written as a list of partners, "A, B and C Co": "Bear, Stearns and Co
// Inc", "Donaldson, Lufkin and Jenrette Securities Corp". A capitalised
// word and a comma before the name, or a comma and one after it, then
// "and" or "&" and capitalised words up to a firm's ending. The partner
// beside the name is no place ("of Milan, Italy and ARCO Seed Co" is a
// place and a firm).
func (r *Recognizer) firmListed(doc *annals.Doc, sp span, buf *[]byte) bool {
	s := &doc.Sentences[doc.SentenceOf(sp.tok.Start)]
	b, e := sp.tok.Start, sp.tok.End
	and := func(k int) bool {
		return k < s.Tokens.End && (doc.Tokens[k].Norm == "and" || doc.Tokens[k].Norm == "&")
	}
	known := func(k int) bool {
		*buf = fold.Append((*buf)[:0], doc.SourceOf(doc.SentenceOf(k))[doc.Tokens[k].Start:doc.Tokens[k].End])
		return len(r.g.index[string(*buf)]) > 0
	}
	k := -1
	switch {
	case b-2 >= s.Tokens.Start && doc.Tokens[b-1].Norm == "," && capital(&doc.Tokens[b-2]) && and(e) && !known(b-2):
		k = e + 1
	case e+2 < s.Tokens.End && doc.Tokens[e].Norm == "," && capital(&doc.Tokens[e+1]) && and(e+2) && !known(e+1):
		k = e + 3
	default:
		return false
	}
	for n := 0; n < 4 && k < s.Tokens.End && capital(&doc.Tokens[k]); n, k = n+1, k+1 {
		if firmEnds[doc.Tokens[k].Norm] {
			return true
		}
	}
	return false
}

// valleyName reports whether span sp names a valley ("the Rio Grande
// Valley", "the San Joaquin Valley in California"), a broad area that
// the town or river of its name is not; "Carmel Valley, California",
// with its state after it, is a town.
func valleyName(doc *annals.Doc, sp span) bool {
	s := &doc.Sentences[doc.SentenceOf(sp.tok.Start)]
	v := sp.tok.End - 1
	if doc.Tokens[v].Norm != "valley" {
		v++
	}
	if v >= s.Tokens.End || v == sp.tok.Start || doc.Tokens[v].Norm != "valley" || !capital(&doc.Tokens[v]) {
		return false
	}
	return v+2 >= s.Tokens.End || doc.Tokens[v+1].Norm != "," || !capital(&doc.Tokens[v+2])
}

// settleTownPairs settles the resolved spans: a town that a "Town, Region" pair
// places ("Kimberley, British Columbia") means that town at the
// article's other mentions of its name ("the Sullivan mine at
// Kimberley"), one sense per article; then the spans that qualify a
// noun, name a firm or a valley are left out, and a city written with
// its capital "The" ("in The Hague") is written without it, as the
// annotators write it. It runs after resolution, so that a pair left
// out has still said which town is meant and which country the article
// is about.
func (r *Recognizer) settleTownPairs(doc *annals.Doc, spans []span, res []int32, buf *[]byte) {
	for x, sp := range spans {
		p := res[x]
		if p < 0 || sp.row > 0 || r.g.places[p].Kind != KindCity || len(r.g.index[sp.key]) < 2 {
			continue
		}
		if sp.in == "" {
			// The pair may be one that the recogniser left out as a
			// qualifier: "at its Trail smelter and Kimberley, B.C.
			// lead-zinc mine". The text is read once for each name.
			if slices.ContainsFunc(spans[:x], func(o span) bool { return o.key == sp.key }) {
				continue
			}
			if p = r.pairedSense(doc, sp, buf); p < 0 {
				continue
			}
			res[x] = p
		}
		for y, q := range res {
			if y != x && q >= 0 && q != p && spans[y].key == sp.key && spans[y].in == "" && spans[y].row == 0 &&
				r.g.places[q].Kind == KindCity {
				res[y] = p
			}
		}
	}
	for x := range spans {
		sp := &spans[x]
		if res[x] < 0 && sp.row == 0 {
			continue
		}
		if r.pairQualifier(doc, *sp, buf) || r.firmListed(doc, *sp, buf) || valleyName(doc, *sp) {
			res[x] = -1
			sp.row = 0
			continue
		}
		if t := &doc.Tokens[sp.tok.Start]; t.Norm == "the" && capital(t) && sp.tok.Len() > 1 &&
			res[x] >= 0 && r.g.places[res[x]].Kind == KindCity {
			sp.tok.Start++
			sp.start = int(doc.Tokens[sp.tok.Start].Start)
		}
	}
}

// pairedSense finds, anywhere in the article, span sp's name written
// before a comma and a region or country that holds a town of the name
// ("Kimberley, B.C."), and returns that town, or -1.
func (r *Recognizer) pairedSense(doc *annals.Doc, sp span, buf *[]byte) int32 {
	w := sp.tok.Len()
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		src := doc.SourceOf(si)
		for c := s.Tokens.Start + w; c+1 < s.Tokens.End; c++ {
			if doc.Tokens[c].Norm != "," || !capital(&doc.Tokens[c+1]) || !capital(&doc.Tokens[c-w]) {
				continue
			}
			*buf = fold.Append((*buf)[:0], src[doc.Tokens[c-w].Start:doc.Tokens[c-1].End])
			if string(*buf) != sp.key {
				continue
			}
			// The region's words, the longest first: "British
			// Columbia", "B.C.".
			for n := 3; n >= 1; n-- {
				e := c + 1 + n
				if e > s.Tokens.End || !allCapital(doc, c+1, e) {
					continue
				}
				*buf = fold.Append((*buf)[:0], src[doc.Tokens[c+1].Start:doc.Tokens[e-1].End])
				if r.g.container(string(*buf)) < 0 {
					continue
				}
				if p, _ := r.g.within(sp.key, string(*buf)); p >= 0 && r.g.places[p].Kind == KindCity {
					return p
				}
				break
			}
		}
	}
	return -1
}

// allCapital reports whether tokens i to e-1 are all capitalised words.
func allCapital(doc *annals.Doc, i, e int) bool {
	for ; i < e; i++ {
		if !capital(&doc.Tokens[i]) {
			return false
		}
	}
	return true
}

// marketCues are the prepositions after which "the U.S. market" is the
// country's market, a place where goods are sold and firms trade.
var marketCues = map[string]bool{"in": true, "into": true, "on": true, "to": true}

// marketIn reports whether span sp, after the cue at token i, is a
// country written before its market: "launched in the United States
// market", "dumped at below costs on the U.S. market", "a presence in
// the U.K. market", with one lower-case word at most between ("in the
// U.S. credit market"). The annotators keep the country's market, as
// they keep its economy; an adjective ("the Japanese market") is no
// span and never comes here.
func (r *Recognizer) marketIn(doc *annals.Doc, si, i int, sp span) bool {
	s := &doc.Sentences[si]
	if !(marketCuesFilter.May(doc.Tokens[i].Norm) && marketCues[doc.Tokens[i].Norm]) {
		return false
	}
	if list := r.g.index[sp.key]; len(list) == 0 || r.g.places[list[0]].Kind != KindCountry {
		return false
	}
	e := sp.tok.End
	if e+1 < s.Tokens.End && issueMarkets[doc.Tokens[e].Norm] && !capital(&doc.Tokens[e]) {
		e++
	}
	return e < s.Tokens.End && marketNouns[doc.Tokens[e].Norm]
}

// issueMarkets are the markets where paper is issued, which may stand
// between the country and "market".
var issueMarkets = map[string]bool{"capital": true, "debt": true, "money": true, "credit": true, "bond": true}

// marketNouns are the words for a country's market.
var marketNouns = map[string]bool{"market": true, "markets": true}

// headedDateline recognises the dateline of a text that repeats its
// headline first: "U.S. OIL <USOL> TO SELL SHARES NEW YORK, March 31 -
// U.S. Oil Co said", or the headline as a sentence of its own and the
// dateline opening the next ("VOLCKER REAFFIRMS ... WASHINGTON, March
// 26 -"). A dateline is a mention of its city, as at the head of any
// text. In sentence si, the text's first, the words before the comma
// are all in capitals; the last one to three of them are a known name,
// no country, and the comma is followed by a month, a day and a dash.
// When sentence si is all in capitals, a headline of its own, the
// dateline may open the next.
func (r *Recognizer) headedDateline(doc *annals.Doc, si int, src string, buf *[]byte) (span, bool) {
	if capsSentence(doc, si) && si+1 < len(doc.Sentences) && !doc.Sentences[si+1].Title {
		return r.dateline(doc, si+1, doc.SourceOf(si+1), buf)
	}
	s := &doc.Sentences[si]
	c := s.Tokens.Start
	for ; c < s.Tokens.End && doc.Tokens[c].Norm != ","; c++ {
		if t := &doc.Tokens[c]; lowerWord(t) {
			return span{}, false
		}
	}
	if c+3 >= s.Tokens.End || c-s.Tokens.Start < 3 || !months[doc.Tokens[c+1].Norm] ||
		doc.Tokens[c+2].Flags&annals.Digit == 0 || doc.Tokens[c+3].Norm != "-" {
		return span{}, false
	}
	for n := 3; n >= 1; n-- {
		b := c - n
		if b <= s.Tokens.Start || !allCapital(doc, b, c) {
			continue
		}
		start, stop := int(doc.Tokens[b].Start), int(doc.Tokens[c-1].End)
		*buf = fold.Append((*buf)[:0], src[start:stop])
		list := r.g.index[string(*buf)]
		if len(list) == 0 || r.g.places[list[0]].Kind == KindCountry {
			continue
		}
		return span{tok: annals.Range{Start: b, End: c}, start: start, end: stop,
			key: string(*buf), dateline: true}, true
	}
	return span{}, false
}

// capsSentence reports whether sentence si has three words or more, all
// in capitals (brackets and figures aside): a headline repeated as the text's first sentence.
func capsSentence(doc *annals.Doc, si int) bool {
	s := &doc.Sentences[si]
	n := 0
	for k := s.Tokens.Start; k < s.Tokens.End; k++ {
		if t := &doc.Tokens[k]; lowerWord(t) {
			return false
		} else if t.Flags&annals.AllCaps != 0 {
			n++
		}
	}
	return n >= 3
}

// lowerWord reports whether token t is a word with a lower-case letter,
// which no headline in capitals holds; brackets ("<USOL>"), figures and
// stops are none.
func lowerWord(t *annals.Token) bool {
	return word(t) && t.Flags&annals.AllCaps == 0 && t.Flags&annals.Digit == 0 && strings.ContainsFunc(t.Norm, unicode.IsLetter)
}
