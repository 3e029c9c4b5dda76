package event

import (
	annals "github.com/annals-project/annals"
)

// aheadPeriods are the units a "later this" or "next" dates: "when they
// meet later this week", "when he visits Washington later in the month".
var aheadPeriods = map[string]bool{"week": true, "month": true, "year": true, "weekend": true}

// laterPeriodAhead reports whether a meeting or trip verb in the plain
// present is dated ahead by the words that follow it: "Nakasone and
// Reagan are likely to reaffirm the agreements when they meet later this
// week", "would take it with him when he visits Washington later in the
// month", "when he meets Baker next week", "visits Bonn tomorrow". Such a
// meeting is still to come, the intent 036, not one held; a calendar date
// ahead is tripOnLaterDay's. The words run up to the first verb, relative
// word or comma, as for a date. The verb is finite: an infinitive takes
// its host's mode.
func (sc *sentCtx) laterPeriodAhead(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if vg.Tense != annals.Present || vg.Modal != "" || vg.Tokens.Len() != 1 || vg.Negated {
		return false
	}
	if vs := vg.Tokens.Start; vs > sc.start && toks[vs-1].Tag == annals.TO {
		return false // "would act to meet ... next week": the infinitive takes its host's mode
	}
	if h := lemma(&toks[vg.Head]); h != "meet" && !tripVerbs[h] {
		return false
	}
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+12; j++ {
		tk := &toks[j]
		if tk.Tag.IsVerb() || tk.Tag == annals.MD || tk.Tag == annals.WDT || tk.Tag == annals.WP || tk.Tag == annals.COMMA {
			return false
		}
		switch tk.Norm {
		case "tomorrow":
			return true
		case "later":
			if sc.periodAt(j+1, true) {
				return true
			}
		case "next":
			if sc.periodAt(j+1, false) {
				return true
			}
		}
	}
	return false
}

// periodAt reports whether a period unit stands at token j, after "this"
// or "in the" when this is set: "week" of "next week", "this week" of
// "later this week", "the month" of "later in the month".
func (sc *sentCtx) periodAt(j int, this bool) bool {
	toks := sc.doc.Tokens
	if this {
		switch {
		case j+1 < sc.end && (toks[j].Norm == "this" || toks[j].Norm == "next"):
			j++
		case j+2 < sc.end && toks[j].Norm == "in" && toks[j+1].Norm == "the":
			j += 2
		default:
			return false
		}
	}
	return j < sc.end && aheadPeriods[toks[j].Norm]
}
