package event

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// likelyAdjectives say a meeting or trip is expected rather than held:
// "watching for a probable meeting between Baker and Miyazawa later
// today". CAMEO codes an expected meeting as the intent 036.
var likelyAdjectives = map[string]bool{"probable": true, "likely": true, "expected": true, "possible": true}

// laterDated reports whether the meeting or trip named by the noun at
// token t is still to come by what dates it in its own phrase: a calendar
// day after the article's ("the talks between senior U.S. and European
// Community officials in London on October 27", in a story of October
// 20), "later today", or an adjective of likelihood before it. The
// phrase runs from the noun through its parties and venue up to the
// first verb, relative word or comma; a day named past that belongs to
// another act.
func (sc *sentCtx) laterDated(t, limit int) bool {
	toks := sc.doc.Tokens
	if !hostNouns[toks[t].Norm] {
		return false
	}
	for j, n := t-1, 0; j > sc.start && n < 3; j, n = j-1, n+1 {
		if likelyAdjectives[toks[j].Norm] {
			return true
		}
		if tg := toks[j].Tag; tg != annals.JJ && tg != annals.RB && tg != annals.NN {
			break
		}
	}
	return sc.dayAhead(t+1, limit)
}

// tripOnLaterDay reports whether a trip verb in the plain present names a
// calendar day after the article's in the words that follow it: "when he
// visits Washington on April 29" is a visit still to come.
func (sc *sentCtx) tripOnLaterDay(vg *annals.VerbGroup) bool {
	if vg.Tense != annals.Present || vg.Modal != "" || vg.Tokens.Len() != 1 || !tripVerbs[lemma(&sc.doc.Tokens[vg.Head])] {
		return false
	}
	return sc.dayAhead(vg.Tokens.End, sc.end)
}

// dayAhead reports whether the words from token from, up to the first
// verb, relative word or comma, hold "later today" or a time expression
// that names a day after the article's date.
func (sc *sentCtx) dayAhead(from, limit int) bool {
	toks := sc.doc.Tokens
	pub := sc.doc.Date
	if !sc.doc.Pub.IsZero() {
		pub = sc.doc.Pub.Format("2006-01-02")
	}
	for j := from; j < limit && j < from+16; j++ {
		tk := &toks[j]
		if tk.Norm == "later" && j+1 < limit && (toks[j+1].Norm == "today" || toks[j+1].Norm == "tonight") {
			return true
		}
		if tk.Tag.IsVerb() || tk.Tag == annals.MD || tk.Tag == annals.WDT || tk.Tag == annals.WP || tk.Tag == annals.COMMA {
			return false
		}
		if v, ok := sc.timeAt(j); ok {
			// Only a date written out counts: a weekday's resolved
			// value may fall either side of the story's date.
			return v != "" && len(pub) == 10 && calendarDay(v) && v[:10] > pub
		}
	}
	return false
}

// timeAt returns the value of the sentence's time expression that starts
// at token j, or "" for one that names no date with a number ("on
// Monday"); ok is false where none starts there.
func (sc *sentCtx) timeAt(j int) (value string, ok bool) {
	start := int(sc.doc.Tokens[j].Start)
	for i := range sc.doc.Times {
		if tm := &sc.doc.Times[i]; tm.Sentence == sc.si && tm.Start == start {
			if !strings.ContainsAny(tm.Text, "0123456789") {
				return "", true
			}
			return tm.Value, true
		}
	}
	return "", false
}

// calendarDay reports whether a time value names one day: "1987-10-27".
func calendarDay(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}
