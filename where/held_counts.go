package where

import "github.com/annals-project/annals"

// Round 88 (issue 5), read from the Reuters read sets' misses of
// countries: a country that opens a clause and has or operates a count
// of things ("Japan has 23 major local life insurers", "Peru has about
// 140 non-financial state firms", "South Korea operates six atomic
// stations") is measured as a land, as "China has 521 sugar mills" and
// "India's 50 mln Tamils" (countedHolding) are: a statistic of a place,
// so a place. Without a possessive the count is no affiliation, so a
// rank may stand in it ("23 major ... insurers"); what countedPluralOf
// leaves out stays out: sums of money and shares ("Colombia had 11
// billion dlrs"), times ("Spain has five years to complete") and the
// country's parties and agents. A plural that an infinitive follows is a
// course the country may take, not a holding ("Brazil had two ways to
// take").

// countHoldVerbs are the verbs of having that the count follows.
var countHoldVerbs = map[string]bool{
	"has": true, "had": true, "operates": true, "operated": true,
}

// heldCount recognises, with no cue before it, a country that opens a
// clause, with its article or without, as the subject of one of
// countHoldVerbs, perhaps after an adverb, whose object is a count of a
// plural (countedPluralOf). It appends the span and returns the end of
// the name.
func (r *Recognizer) heldCount(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	k, ok := r.clauseSubjectEnd(doc, si, i)
	if !ok || !holdsCount(doc, si, k) {
		return 0, false
	}
	return r.countryRun(doc, si, i, k, src, buf, spans)
}

// holdsCount reports whether the words from token k of sentence si are
// one of countHoldVerbs and the count of a plural it holds.
func holdsCount(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	for a := 0; a < 2 && k < end && verbAdverbs[doc.Tokens[k].Norm]; a++ {
		k++
	}
	if k+1 >= end || !countHoldVerbs[doc.Tokens[k].Norm] || !countedPluralOf(doc, si, k+1, true) {
		return false
	}
	// "had two ways to take": the plural an infinitive follows.
	for n := k + 2; n < end && n <= k+2+maxCountedWords+2; n++ {
		if doc.Tokens[n].Norm == "to" && n+1 < end && doc.Tokens[n+1].Tag == annals.VB {
			return false
		}
		if !word(&doc.Tokens[n]) {
			break
		}
	}
	return true
}
