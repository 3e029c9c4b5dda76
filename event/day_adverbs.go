package event

import "strings"

// roleBeforeDay reports whether mention mi is a bare role word followed by
// a noun of time ("began talks with the government today"): the day dates
// the act, and the role word is a party, not the modifier of a thing that
// namesThing takes it for. Only role words found from the article's
// country count; a named party before a day word ("met Funaro today")
// keeps the checks it always had.
func (sc *sentCtx) roleBeforeDay(mi int) bool {
	if mi < 0 {
		return false
	}
	m := &sc.doc.Mentions[mi]
	if m.Via != "context" || !strings.HasPrefix(m.Entry, "agents") || m.Tokens.End >= sc.end {
		return false
	}
	return dayWord(sc.doc.Tokens[m.Tokens.End].Norm)
}
