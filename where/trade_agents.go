package where

import annals "github.com/annals-project/annals"

// Round 56 (issue 5), read from the misses of the read Reuters sets
// whose known name follows a preposition: the annotators keep a
// country's trade, output and economic figures as its place ("goods
// flowing into, out of or via a place are kept"), and that holds when
// the country is the agent after "by" ("grain imports by the Soviet
// Union", "casein, shipped to the U.S. primarily by New Zealand") or
// what a figure or a load is "for" ("including estimates for
// Yugoslavia", "tonnes of wheat for China"). Elsewhere "by" and "for"
// name a party ("supported by the U.K.", "a financing package for
// Mexico"), so only a word of trade, of a figure or of a load before
// them makes the name a place, and only where the name heads no noun of
// its own.

// tradeAgentWords are the nouns and participles of trade whose "by"
// names where the goods come from or go to. Verbs whose agent is as
// often a firm or a person ("produced", "supplied", "sold") are left
// out: "information supplied by David", "films produced by Sandy
// Howard".
var tradeAgentWords = map[string]bool{
	"imports": true, "exports": true, "purchases": true, "shipments": true,
	"sales": true, "output": true, "production": true,
	"imported": true, "exported": true, "shipped": true,
}

// maxTradeAgentGap is the most words between a word of trade and the
// "by" of its agent: "shipped to the U.S. primarily by".
const maxTradeAgentGap = 5

// tradeBy reports whether the "by" at token i of sentence si names the
// land that trades: a word of tradeAgentWords stands a few words before
// it within the clause, and the name after it (perhaps after "the")
// heads no noun of its own ("sales by U.S. exporters" names the
// exporters).
func tradeBy(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	found := false
	for k := i - 1; k >= s.Tokens.Start && k >= i-maxTradeAgentGap; k-- {
		w := &doc.Tokens[k]
		if tradeAgentWordsFilter.May(w.Norm) && tradeAgentWords[w.Norm] && !capital(w) {
			found = true
			break
		}
		// Punctuation or another verb between ends the clause of trade:
		// "exports rose, helped by Japan".
		if !word(w) || w.Tag >= annals.VB && w.Tag <= annals.MD {
			return false
		}
	}
	if !found {
		return false
	}
	return nameAlone(doc, si, i+1)
}

// nameAlone reports whether a capitalised name opens at token j of
// sentence si, perhaps after "the", and heads no noun of its own: no
// common noun follows it ("exporters" in "sales by U.S. exporters",
// "dollar" in "the outlook for the U.S. dollar", "tenders" in "for U.K.
// weekly tenders"), but a word of time may ("for China April dates").
func nameAlone(doc *annals.Doc, si, j int) bool {
	s := &doc.Sentences[si]
	if j < s.Tokens.End && doc.Tokens[j].Norm == "the" {
		j++
	}
	if j >= s.Tokens.End || !capital(&doc.Tokens[j]) {
		return false
	}
	e := run(doc, si, j)
	if e >= s.Tokens.End {
		return true
	}
	n := &doc.Tokens[e]
	if !word(n) || departWhen[n.Norm] {
		return true
	}
	// "for U.K. weekly tenders": an adjective opens the noun phrase.
	if (n.Tag == annals.JJ || n.Tag == annals.RB) && e+1 < s.Tokens.End {
		n = &doc.Tokens[e+1]
	}
	return n.Tag != annals.NN && n.Tag != annals.NNS
}

// figureForNouns are the nouns of an economy's figures and forecasts
// whose "for" names the land measured: "including estimates for
// Yugoslavia", "rising unemployment for New Zealand", "the outlook for
// Brazil".
var figureForNouns = map[string]bool{
	"estimate": true, "estimates": true, "forecast": true, "forecasts": true,
	"figure": true, "figures": true, "projection": true, "projections": true,
	"outlook": true, "prospects": true, "growth": true, "unemployment": true,
	"inflation": true,
}

// licenceFor are the nouns of figureFor that measure a land only after
// the trade they license: "import licences for France" are its imports,
// "two new licences for NCB and SAMBA" are firms'.
var licenceFor = map[string]bool{"licences": true, "licenses": true}

// figureFor reports whether the "for" at token i of sentence si follows
// a lower-case noun of figureForNouns and a name that heads no noun of
// its own, so that the name is the land the figure measures. "The
// outlook for the U.S. dollar" measures the dollar.
func figureFor(doc *annals.Doc, si, i int) bool {
	if i-1 < doc.Sentences[si].Tokens.Start {
		return false
	}
	p := &doc.Tokens[i-1]
	if capital(p) {
		return false
	}
	if licenceForFilter.May(p.Norm) && licenceFor[p.Norm] {
		if i-2 < doc.Sentences[si].Tokens.Start {
			return false
		}
		if b := doc.Tokens[i-2].Norm; b != "import" && b != "export" {
			return false
		}
	} else if !figureForNounsFilter.May(p.Norm) || !figureForNouns[p.Norm] {
		return false
	}
	return nameAlone(doc, si, i+1)
}

// cargoWords are the nouns of a load shipped, beside goodsUnits'
// measures, whose "for" names where it goes: "A cargo of U.S. corn for
// the Soviet Union".
var cargoWords = map[string]bool{
	"cargo": true, "cargoes": true, "shipment": true, "shipments": true,
}

// maxCargoGap is the most words between a load and the "for" of its
// destination: "one 28,000 tonnes of wheat each for".
const maxCargoGap = 5

// goodsFor reports whether the "for" at token i of sentence si names the
// destination of goods measured a few words before it within the clause
// ("load 60,000 tonnes of barley for Saudi Arabia", "a cargo of U.S.
// corn for the Soviet Union"), the name heading no noun of its own ("for
// U.K. weekly home market tenders" names the tenders).
func goodsFor(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	for k := i - 1; k >= s.Tokens.Start && k >= i-maxCargoGap; k-- {
		w := &doc.Tokens[k]
		if (goodsUnitsFilter.May(w.Norm) && goodsUnits[w.Norm] && k > s.Tokens.Start && cell(&doc.Tokens[k-1]) || cargoWordsFilter.May(w.Norm) && cargoWords[w.Norm]) && !capital(w) {
			return nameAlone(doc, si, i+1)
		}
		if !word(w) && !abbrevStop(doc, k) || w.Tag >= annals.VB && w.Tag <= annals.MD {
			return false
		}
	}
	return false
}

// abbrevStop reports whether token k is the stop of an abbreviation
// written against it ("U.S."), which ends no clause.
func abbrevStop(doc *annals.Doc, k int) bool {
	return k > 0 && doc.Tokens[k].Norm == "." && doc.Tokens[k].Start == doc.Tokens[k-1].End && capital(&doc.Tokens[k-1])
}
