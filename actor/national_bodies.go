package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// Trade bodies, unions, marketing boards and listed firms are often named
// after their country: "the American Soybean Association", "the Australian
// Waterside Workers' Federation", "the Canadian Wheat Board", "British
// Petroleum Co Plc <BP>". Read as the bare country, such a body is a state:
// a growers' lobby's complaint becomes its country's, and a listed firm's
// dealings with another firm an act of its government. tradeBodyAfter
// finds the bodies whose name holds a trade word; these rules find the
// rest. A marketing board is coded as its state (the conventions code the
// Canadian Wheat Board CANGOV), a name with a company suffix only when the
// suffix or a ticker says shareholders own it: "Korea Electric Power Corp"
// or "Kuwait Petroleum Corp" may be the state's and stays as it was.

// An institute is left out: a commodity's institute is as often the state's
// ("the Brazilian Coffee Institute") as its traders' ("the American Meat
// Institute").

// commodityWords, in the name of a body that ends in a trade head, say its
// members grow, process or trade that good: "American Soybean Association",
// "U.S. Feedgrains Council".
var commodityWords = map[string]bool{
	"wheat": true, "grain": true, "grains": true, "feedgrains": true, "corn": true, "maize": true,
	"soybean": true, "soybeans": true, "soya": true, "rice": true, "barley": true, "oilseeds": true,
	"meat": true, "beef": true, "pork": true, "cattle": true, "cattlemen": true, "livestock": true,
	"poultry": true, "dairy": true, "milk": true, "wool": true, "cotton": true, "coffee": true,
	"cocoa": true, "tea": true, "rubber": true, "tin": true, "copper": true, "coal": true,
	"lumber": true, "forest": true, "fisheries": true, "fishing": true, "wine": true,
	"coconut": true, "palm": true, "sugarbeet": true, "cane": true,
}

// labourWords, in such a name, say its members are workers: "the Australian
// Waterside Workers' Federation".
var labourWords = map[string]bool{
	"workers": true, "workers'": true, "employees": true, "miners": true, "seamen": true,
	"dockers": true, "teachers": true, "unions": true, "labour": true, "labor": true,
}

// marketingWords, in a name ending in "Board", say the board sells a crop
// or a good for its producers: "Canadian Wheat Board", "Ghana Cocoa Board".
var marketingWords = map[string]bool{"marketing": true, "produce": true, "export": true}

// privateSuffixes end the name of a company that shareholders own: a
// public limited company's or an incorporated firm's. "Co" and "Corp" are
// left out: states name their firms so ("Korea Electric Power Corp").
var privateSuffixes = map[string]bool{
	"inc": true, "plc": true, "ltd": true, "limited": true, "ag": true, "gmbh": true, "nv": true, "llc": true,
}

// nationalBodyAfter returns the end and the role of a body named after the
// country at tokens [j, aend): capitalised nouns, none another actor, then
// a head that ends the name, or ok false. A name with a labour word ending
// in a trade head or "Union" is the country's labour (LAB); with a
// commodity word ending in a trade head, or going on from the head with
// "of" into a name with a trade or commodity word ("National Association of
// Wheat Growers", "Chamber of Commerce"), its business (BUS); a "Board"
// with a commodity or marketing word is the state's board (GOV). A name
// opened by the country and closed by a private suffix, perhaps with a
// ticker after it, is a listed firm (BUS), or the state's (GOV) when a
// state word stands before the country ("state-owned British Steel Plc").
func (r *Recognizer) nationalBodyAfter(toks []annals.Token, spanStart, j, aend, end int) (int, string, bool) {
	if aend >= end || toks[aend].Flags&annals.Cap == 0 || toks[aend].Tag == annals.POS {
		return 0, "", false
	}
	commodity, labour, marketing := false, false, false
	for k := aend; k < end && k-aend < 7; k++ {
		t := &toks[k]
		if t.Tag == annals.POS && k > aend {
			continue // "Waterside Workers' Federation"
		}
		if t.Flags&annals.Cap == 0 || !t.Tag.IsNoun() {
			return 0, "", false
		}
		if e, b := r.dict.MatchActor(toks, k); b != nil && e > k {
			return 0, "", false // another actor inside: "U.S. Federal Reserve Board"
		}
		w := strings.TrimSuffix(t.Norm, ".")
		if tradeHeadSet.Has(w) && w != "institute" {
			if e, ok := tradeNameOf(toks, k+1, end); ok {
				return e, "BUS", true // "the West German Federation of Industry"
			}
		}
		if k > aend {
			next := k+1 < end && toks[k+1].Flags&annals.Cap != 0 && toks[k+1].Tag == annals.NNP
			switch {
			case privateSuffixes[w]:
				e := k + 1
				for e < end && privateSuffixes[strings.TrimSuffix(toks[e].Norm, ".")] {
					e++
				}
				if e < end && tickerAt(toks, e, end) {
					e += 3
				}
				return listedFirm(toks, spanStart, j, e)
			case tradeHeadSet.Has(w) && w != "institute" || w == "union":
				if labour && !next {
					return k + 1, "LAB", true
				}
				if w == "union" {
					return 0, "", false
				}
				if commodity && !next {
					return k + 1, "BUS", true
				}
				return 0, "", false
			case w == "board":
				if (commodity || marketing) && !next && !(k+1 < end && toks[k+1].Norm == "of") {
					return k + 1, "GOV", true
				}
				return 0, "", false
			}
		}
		commodity = commodity || commoditySet.Has(w)
		labour = labour || labourSet.Has(w)
		marketing = marketing || marketingSet.Has(w)
	}
	return 0, "", false
}

// tradeNameOf returns the end of the name after a trade head's "of" at
// token i that says its members trade: "of Wheat Growers", "of Commerce";
// ok false otherwise. A name going on with "and" ("of Commerce and
// Industry") ends before it, as before: whole, it gives its officers the
// body's code through their titles, and with it the pronouns entity
// resolves to them, which may pass over a nearer speaker no dictionary
// codes.
func tradeNameOf(toks []annals.Token, i, end int) (int, bool) {
	if i+1 >= end || toks[i].Norm != "of" {
		return 0, false
	}
	k, trade := i+1, false
	for ; k < end && k-i <= 5; k++ {
		t := &toks[k]
		if t.Flags&annals.Cap == 0 || !t.Tag.IsNoun() {
			break
		}
		trade = trade || tradeWordSet.Has(t.Norm) || industrySet.Has(t.Norm) || commoditySet.Has(t.Norm)
	}
	return k, trade && k > i+1
}

// listedFirm returns the listed firm's end and role: the state's (GOV)
// when a state word stands right before the name, else business (BUS).
func listedFirm(toks []annals.Token, spanStart, j, e int) (int, string, bool) {
	if j > 0 && stateWordSet.Has(toks[j-1].Norm) || spanStart < j && stateOwned(toks, spanStart, j) {
		return e, "GOV", true
	}
	return e, "BUS", true
}
