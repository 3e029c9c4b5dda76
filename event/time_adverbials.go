package event

import "github.com/annals-project/annals"

// relativeTimeAdverbs are the adverbs that put an act before or after the
// time a story is told: "earlier this week", "later today".
var relativeTimeAdverbs = map[string]bool{"earlier": true, "later": true}

// timeAdverbial returns, for the noun phrase [start, end) that the walk
// back from a verb found between a subject and its verb, the token where
// the walk for the subject goes on when the phrase is an adverbial of time
// ("Japan earlier this week met", "Reagan, earlier today, vetoed",
// "the EC later this month will urge"); -1 otherwise. English news puts
// such a phrase between the subject and the verb as an adverb: it dates
// the act and is never its doer. Only a phrase opened by "earlier" or
// "later" counts, or one set off by commas: a bare "this week" right after
// a name is already read as part of its noun phrase, and a phrase of time
// at the head of a clause ("Last week the EC warned") stays as it was.
func (sc *sentCtx) timeAdverbial(start, end, lo int) int {
	toks := sc.doc.Tokens
	if !sc.timePhraseAt(start, end) {
		return -1
	}
	q := start - 1
	opened := false
	if q >= lo && toks[q].Tag == annals.RB && relativeTimeAdverbs[toks[q].Norm] {
		q--
		opened = true
	}
	if q >= lo && toks[q].Tag == annals.COMMA {
		// "Japan, earlier this week, met": the commas set the phrase off.
		if !opened && (end >= sc.end || toks[end].Tag != annals.COMMA) {
			return -1
		}
		opened = true
		q--
	}
	if !opened || q < lo || !(sc.npToken(q) || toks[q].Norm == ")") {
		return -1
	}
	return q
}

// timePhraseAt reports whether the tokens [start, end) lie within one of
// the time expressions the when stage found in the sentence ("this
// week", "today", "late last year").
func (sc *sentCtx) timePhraseAt(start, end int) bool {
	if end-start < 1 {
		return false
	}
	for _, r := range sc.times {
		if r.Start <= start && end <= r.End {
			return true
		}
	}
	return false
}
