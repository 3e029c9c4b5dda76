package where

import annals "github.com/annals-project/annals"

// Round 93 (issue 5), read from the Reuters read sets' misses of
// countries held as parties: a country that the text calls a market, an
// outlet, a destination or a centre of some trade is the land goods,
// money or business go to, and the annotators keep it as a place every
// time the read sets name one so ("considered Japan one of the prime
// markets", "Kenya has relied on Britain, Pakistan, Egypt and, to a
// lesser extent the United States, as major markets for its tea",
// "citing China as an untapped source for the international lodging
// industry", "China, the Gulf states, South America and Japan would be
// areas for growth", "Hong Kong is a volatile market", "make Malaysia a
// major telecommunications centre"). What names the country so is the
// noun it is equated with, in one of three frames:
//
//   - after "as": "X as major markets", "X as a source of imports";
//   - as the complement of a copula whose subject the country (or a
//     list of countries) is: "X is a volatile market", "X would be
//     areas for growth";
//   - as the object complement of a verb of regarding or making:
//     "considered X one of the prime markets", "make X a centre".
//
// A country "in the market" is a buyer bidding (a party): the frames
// take no preposition between the verb and the noun, so it stays out,
// as do a compound whose head comes later ("a market economy", "market
// share") and a market a possessive owns ("Saudi Arabia is Britain's
// largest export market": Britain's sales, read by sellerMarket).

// marketCallNouns are the nouns that name a land as where trade goes.
var marketCallNouns = map[string]bool{
	"market": true, "markets": true, "outlet": true, "outlets": true,
	"destination": true, "destinations": true,
	"centre": true, "center": true, "centres": true, "centers": true, "hub": true,
}

// sourceNouns name a land as where goods come from; only "as" sets
// them on a country ("Japan as a source of imported goods"): after a
// copula "source" is as often a party's ("Iran is the source of the
// threat").
var sourceNouns = map[string]bool{"source": true, "sources": true, "supplier": true}

// growthAreaNouns name a land as where a business will grow, when
// "for growth" or "for expansion" follows: "areas for growth".
var growthAreaNouns = map[string]bool{"area": true, "areas": true}

// calledNouns holds every noun calledNoun may take as the head that
// calls a land a market: a sentence without one (markCalledNoun unset)
// names no country so, and calledMarket, which would otherwise match
// the gazetteer at every capitalised word, is not asked there.
var calledNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{marketCallNouns, sourceNouns, growthAreaNouns} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// calledNounSet holds calledNouns for classify.
var calledNounSet = setOf(calledNouns)

// marketCopulas are the verbs and auxiliaries that join a subject to
// its complement: "is", "would be", "is becoming", "has become".
var marketCopulas = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"remains": true, "remain": true, "remained": true, "became": true,
	"become": true, "becomes": true, "becoming": true,
}

// copulaAux are the words that may come before or between the copula's
// parts: "would be", "will still be", "is now", "has become".
var copulaAux = map[string]bool{
	"would": true, "will": true, "could": true, "may": true, "might": true,
	"should": true, "has": true, "have": true, "had": true,
	"still": true, "now": true, "also": true, "already": true, "increasingly": true,
	"not": true,
}

// regardVerbs are the verbs whose object is followed by what it is
// taken for or made into: "considered Japan one of the prime markets".
var regardVerbs = map[string]bool{
	"consider": true, "considers": true, "considered": true, "considering": true,
	"regard": true, "regards": true, "regarded": true, "regarding": true,
	"make": true, "makes": true, "made": true, "making": true,
	"call": true, "calls": true, "called": true,
}

// listHedges are the lower-case words a list of countries may carry
// between its items: "Egypt and, to a lesser extent the United States".
var listHedges = map[string]bool{
	"to": true, "a": true, "lesser": true, "greater": true, "extent": true,
	"also": true, "especially": true, "particularly": true, "notably": true,
	"possibly": true, "perhaps": true,
}

// maxCalledList is the most tokens of a list after the country before
// the word that calls it a market.
const maxCalledList = 16

// maxCalledWords is the most words between the article and the noun:
// "one of the most international capital markets".
const maxCalledWords = 5

// calledMarket recognises the country opening at token i of sentence
// si that the text calls a market, a destination or a centre of trade
// (see the frames above). It appends the span and returns the end of
// the name.
func (r *Recognizer) calledMarket(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if i >= s.Tokens.End {
		return 0, false
	}
	t := &doc.Tokens[i]
	// The name opens its run: "South America" holds no "America".
	if s.Title || !capital(t) || t.Norm == "the" || i > s.Tokens.Start && capital(&doc.Tokens[i-1]) && doc.Tokens[i-1].Flags&annals.SentStart == 0 {
		return 0, false
	}
	// The name's own end, not the run's: a run may hold a list
	// ("Britain and Egypt").
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok || sp.tok.End >= s.Tokens.End {
		return 0, false
	}
	if b := r.g.container(sp.key); b < 0 || r.g.places[b].Kind != KindCountry {
		return 0, false
	}
	k := sp.tok.End
	// The object complement: "considered Japan one of the prime
	// markets", "make Malaysia a major telecommunications centre".
	b := i
	if b > s.Tokens.Start && doc.Tokens[b-1].Norm == "the" {
		b--
	}
	if b > s.Tokens.Start && regardVerbs[doc.Tokens[b-1].Norm] && calledNoun(doc, si, k, false) {
		return r.calledCountry(sp, spans)
	}
	e := calledListEnd(doc, si, k)
	// "..., to a lesser extent the United States, as major markets".
	if e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," && doc.Tokens[e+1].Norm == "as" {
		e++
	}
	if e >= s.Tokens.End {
		return 0, false
	}
	switch w := doc.Tokens[e].Norm; {
	case w == "as":
		if calledNoun(doc, si, e+1, true) {
			return r.calledCountry(sp, spans)
		}
	case marketCopulas[w] || copulaAux[w]:
		if listOpensClause(doc, si, i) && copulaMarket(doc, si, e) {
			return r.calledCountry(sp, spans)
		}
	}
	return 0, false
}

// calledListEnd returns the token after the list of names whose first item
// ends at token k of sentence si: the token itself when no list
// follows. The items are capitalised runs, perhaps after "the", joined
// by commas, "and" and "or", with the hedges of listHedges and the
// plural nouns of a named group ("the Gulf states") among them.
func calledListEnd(doc *annals.Doc, si, k int) int {
	end := doc.Sentences[si].Tokens.End
	e := k
	for n := k; n < end && n <= k+maxCalledList; n++ {
		w := &doc.Tokens[n]
		switch {
		case w.Norm == "," || w.Norm == "and" || w.Norm == "or" || w.Norm == "the":
		case listHedges[w.Norm]:
		case capital(w):
			e = n + 1
		case (w.Tag == annals.NNS || w.Tag == annals.NN) && n > k && capital(&doc.Tokens[n-1]):
			e = n + 1
		default:
			return e
		}
	}
	return e
}

// listOpensClause reports whether the list that holds the name at
// token i of sentence si opens its clause: walking back over the list's
// items and joints, the first item opens it (opensClauseThe). "Demand
// from China is a market factor" names demand, not China, as the
// subject.
func listOpensClause(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	first := i
	for n := i - 1; n >= start && n >= i-maxCalledList; n-- {
		w := &doc.Tokens[n]
		switch {
		case capital(w):
			first = n
		case w.Norm == "," || w.Norm == "and" || w.Norm == "or" || w.Norm == "the" || listHedges[w.Norm]:
		case (w.Tag == annals.NNS || w.Tag == annals.NN) && n > start && capital(&doc.Tokens[n-1]):
		default:
			return opensClauseThe(doc, si, first)
		}
	}
	return opensClauseThe(doc, si, first)
}

// copulaMarket reports whether the words from token e of sentence si
// are a copula, with its auxiliaries, and a complement that calls the
// subject a market (calledNoun): "is a volatile market", "would be
// areas for growth", "is becoming one of the three major financial
// markets".
func copulaMarket(doc *annals.Doc, si, e int) bool {
	end := doc.Sentences[si].Tokens.End
	copula := false
	for ; e < end; e++ {
		w := doc.Tokens[e].Norm
		if marketCopulas[w] {
			copula = true
			continue
		}
		if !copulaAux[w] {
			break
		}
	}
	return copula && calledNoun(doc, si, e, false)
}

// calledNoun reports whether the words from token j of sentence si are
// a noun phrase whose head calls a land a market, a destination or a
// centre: an article, a number or "one of the", at most maxCalledWords
// lower-case modifiers, and the noun, which heads no compound of its
// own ("market share", "market economy"). Without an article only a
// plural qualifies ("as major markets"). source lets the nouns of
// sourceNouns qualify too.
func calledNoun(doc *annals.Doc, si, j int, source bool) bool {
	end := doc.Sentences[si].Tokens.End
	if j >= end {
		return false
	}
	det := false
	switch doc.Tokens[j].Norm {
	case "a", "an", "the":
		det = true
		j++
	case "one":
		if j+2 < end && doc.Tokens[j+1].Norm == "of" {
			switch doc.Tokens[j+2].Norm {
			case "the", "its", "their":
				det = true
				j += 3
			}
		}
	}
	for n := j; n < end && n <= j+maxCalledWords; n++ {
		w := &doc.Tokens[n]
		if !word(w) || capital(w) {
			return false
		}
		head := marketCallNouns[w.Norm] || source && sourceNouns[w.Norm]
		if growthAreaNouns[w.Norm] && n+2 < end && doc.Tokens[n+1].Norm == "for" {
			if g := doc.Tokens[n+2].Norm; g == "growth" || g == "expansion" {
				return true
			}
		}
		if head {
			if !det && !plural(w.Norm) {
				return false
			}
			if n+1 < end {
				if a := &doc.Tokens[n+1]; word(a) && !capital(a) && (a.Tag == annals.NN || a.Tag == annals.NNS) {
					return false
				}
			}
			return true
		}
		// A verb, a preposition or a possessive ends the noun phrase
		// before its head: "is in the market", "is Britain's market",
		// "was opening its markets". A participle modifies the noun
		// only after the article: "an untapped source".
		if w.Tag.IsVerb() && !(det && (w.Tag == annals.VBN || w.Tag == annals.VBG)) || w.Tag == annals.IN || w.Tag == annals.MD || w.Tag == annals.PRPS || w.Norm == "'s" {
			return false
		}
	}
	return false
}

// plural reports whether a noun of marketCallNouns or sourceNouns is
// plural.
func plural(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }

// calledCountry appends the country's span, marked as the country and
// not a capital of its name, and returns the token after it.
func (r *Recognizer) calledCountry(sp span, spans *[]span) (int, bool) {
	sp.listed = true
	*spans = append(*spans, sp)
	return sp.next(), true
}
