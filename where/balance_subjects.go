package where

import (
	"github.com/annals-project/annals"
)

// Round 46 (issue 5), read from the misses of the read Reuters sets
// dev7 to dev35: a country that opens a clause as the subject of its own
// balance, output or trade in forms the earlier rules (trade_subjects.go,
// supplier_subjects.go, heldVote's statVerbs) do not read: "South Korea ran a
// trade surplus", "Iraq has been producing 500,000 bpd", "West Germany
// recorded a net outflow", "the U.S. Was the largest supplier". A
// country acting ("Japan said", "Britain imposed tariffs") keeps no
// place. A country opening a shouted headline before a figure ("U.K.
// RESERVES SHOW RECORD RISE") was tried and left out: the read sets keep
// it in some articles and leave it out as a modifier in more ("U.S. GOLD
// PRODUCTION ROSE", "CANADA BUDGET DEFICIT RISES"), and a headline's
// country moved a town's resolution (dev21's Balao).

// balanceVerbs are the verbs whose object is a balance the subject
// runs or records: "ran a trade surplus", "ran up a deficit", "recorded
// a net outflow".
var balanceVerbs = map[string]bool{
	"ran": true, "runs": true, "run": true, "recorded": true, "posted": true,
	"registered": true,
}

// balanceNouns are the balances a country runs: its trade or payments
// surplus and deficit, and the flows of capital a month's figures show.
var balanceNouns = map[string]bool{
	"surplus": true, "surpluses": true, "deficit": true, "deficits": true,
	"outflow": true, "outflows": true, "inflow": true, "inflows": true,
}

// maxBalanceGap is the most words from a balance verb to its balance
// ("ran a 7.2 billion dlr trade surplus" has six).
const maxBalanceGap = 7

// tradingVerbs are the participles of producing and trading after
// "has been", "was" or "is": "Iraq has been producing 500,000 bpd",
// "Ecuador was pumping around 250,000 bpd".
var tradingVerbs = map[string]bool{
	"producing": true, "pumping": true, "exporting": true, "importing": true,
	"selling": true, "shipping": true, "supplying": true, "buying": true,
	"harvesting": true,
}

// tradedVerbs are the past participles of trading after "has" or "had":
// "Kenya has sold 918,707 bags". statVerbs take "has" before them as an
// auxiliary and leave the clause.
var tradedVerbs = map[string]bool{
	"sold": true, "exported": true, "imported": true, "produced": true,
	"shipped": true, "supplied": true, "pumped": true, "harvested": true,
}

// dealNouns are what a party sells or buys as a deal rather than goods it
// trades: "Iran was selling its 25.2 pct holding in the company".
var dealNouns = map[string]bool{
	"holding": true, "holdings": true, "stake": true, "stakes": true, "shares": true,
	"share": true, "interest": true, "unit": true, "subsidiary": true, "assets": true,
}

// tradesGoods reports whether the verb at token v of sentence si trades an
// amount of goods (tradeObject) and no stake in a firm (dealNouns).
func tradesGoods(doc *annals.Doc, si, v int) bool {
	if !tradeObject(doc, si, v) {
		return false
	}
	end := doc.Sentences[si].Tokens.End
	for n := v + 1; n < end && n <= v+maxTradeObject+2 && word(&doc.Tokens[n]); n++ {
		if dealNouns[doc.Tokens[n].Norm] {
			return false
		}
	}
	return true
}

// introTime are the words that open a sentence's phrase of time before
// its subject: "In recent months Iraq", "So far this coffee year, Kenya".
var introTime = map[string]bool{
	"in": true, "last": true, "this": true, "so": true, "during": true, "over": true,
	"since": true, "earlier": true,
}

// timeNouns end such a phrase.
var timeNouns = map[string]bool{
	"months": true, "weeks": true, "month": true, "week": true, "year": true,
	"years": true, "quarter": true,
}

// clauseJoins open a sentence before its subject: "But the U.S. ran
// up a 23 billion dlr deficit".
var clauseJoins = map[string]bool{"but": true, "and": true, "while": true, "yet": true}

// maxIntroTime is the most words of a phrase of time before a subject.
const maxIntroTime = 6

// opensClauseAfterTime reports whether token i of sentence si stands where a
// clause's subject starts, as opensClauseThe says, or after a phrase of
// time that opens the sentence ("In recent months Iraq has been
// producing") or a dateline's dash ("FRANKFURT - West Germany recorded").
func opensClauseAfterTime(doc *annals.Doc, si, i int) bool {
	if opensClauseThe(doc, si, i) {
		return true
	}
	s := &doc.Sentences[si]
	if i > s.Tokens.Start && doc.Tokens[i-1].Norm == "the" {
		i--
	}
	p := i - 1
	if p < s.Tokens.Start {
		return false
	}
	// "But the U.S. ran up a deficit": a clause a conjunction opens.
	if p == s.Tokens.Start && clauseJoinsFilter.May(doc.Tokens[p].Norm) && clauseJoins[doc.Tokens[p].Norm] {
		return true
	}
	if p == s.Tokens.Start {
		return false
	}
	if doc.Tokens[p].Norm == "-" {
		d := &doc.Tokens[p-1]
		return p-1 == s.Tokens.Start && d.Flags&annals.AllCaps != 0
	}
	if doc.Tokens[p].Norm == "," {
		p--
	}
	if p-s.Tokens.Start > maxIntroTime || !(timeNounsFilter.May(doc.Tokens[p].Norm) && timeNouns[doc.Tokens[p].Norm]) {
		return false
	}
	if !introTime[doc.Tokens[s.Tokens.Start].Norm] {
		return false
	}
	for n := s.Tokens.Start; n < p; n++ {
		if !word(&doc.Tokens[n]) {
			return false
		}
	}
	return true
}

// ownBalance reports whether the words from token k of sentence si say
// that the subject before them runs a balance, produces or trades an
// amount, or ranks in a trade: "ran up a 23 billion dlr deficit", "has
// been producing 500,000 bpd", "has sold 918,707 bags", "Was the largest
// supplier" (a copula wire copy capitalised after "the U.S.").
func (r *Recognizer) ownBalance(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	for a := 0; a < 2 && k < end && verbAdverbFilter.May(doc.Tokens[k].Norm) && verbAdverbs[doc.Tokens[k].Norm]; a++ {
		k++
	}
	if k+1 >= end {
		return false
	}
	w := doc.Tokens[k].Norm
	switch {
	case balanceVerbsFilter.May(w) && balanceVerbs[w]:
		n := k + 1
		if doc.Tokens[n].Norm == "up" {
			n++
		}
		for stop := n + maxBalanceGap; n < end && n < stop; n++ {
			t := &doc.Tokens[n]
			if balanceNouns[t.Norm] {
				return true
			}
			if !word(t) || t.Tag == annals.IN || capital(t) && t.Flags&annals.Digit == 0 {
				return false
			}
		}
		return false
	case w == "has" || w == "have" || w == "had":
		n := k + 1
		if doc.Tokens[n].Norm == "been" {
			n++
			if n < end && tradingVerbs[doc.Tokens[n].Norm] {
				return tradesGoods(doc, si, n)
			}
			return false
		}
		if tradedVerbs[doc.Tokens[n].Norm] {
			return tradesGoods(doc, si, n)
		}
		return false
	case w == "is" || w == "was" || w == "are" || w == "were":
		if tradingVerbs[doc.Tokens[k+1].Norm] {
			return tradesGoods(doc, si, k+1)
		}
		return tradeRank(doc, si, k) || r.supplies(doc, si, k)
	}
	return false
}

// balanceSubject recognises, with no cue before it, a country that
// opens a clause (opensClauseAfterTime) and runs a balance, produces or trades
// an amount, or ranks in a trade (ownBalance). The country's name is
// what the gazetteer matches, not the run of capitals, so that a verb
// wire copy capitalises ("the U.S. Was") ends it. It appends the span and
// returns the end of the name.
func (r *Recognizer) balanceSubject(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if !capital(t) || s.Title || t.Norm == "the" {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	// The verb decides, and is cheap to look for before the gazetteer:
	// after the run, or inside it after a capitalised "U.S.".
	if !r.ownBalance(doc, si, k) && (k-i < 2 || !r.ownBalance(doc, si, i+1) && !r.ownBalance(doc, si, i+2)) {
		return 0, false
	}
	if !opensClauseAfterTime(doc, si, i) {
		return 0, false
	}
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok || !r.ownBalance(doc, si, sp.tok.End) {
		return 0, false
	}
	return r.countryRun(doc, si, i, sp.tok.End, src, buf, spans)
}
