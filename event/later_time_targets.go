package event

// laterTimeTarget reports whether target mention t is found only past an
// "after", "before" or "until" that follows the act: "the bank abruptly
// halted loans to Hanoi after the fall of the Saigon government", "Egypt
// will seek loans from various countries immediately after the agreement
// with the IMF is signed", "Manila had demanded a renegotiation after
// Argentina won a ... spread", "support legislation now before Congress".
// What follows such a word dates the act by another event or places a
// bill; the party acted on, when the sentence names one, comes before it,
// and a party named only past it belongs to that other event. A date the
// word begins is passed over ("will hold talks after March 1 with
// China"). from is the token after the verb group.
func (sc *sentCtx) laterTimeTarget(from, t int) bool {
	if t < 0 {
		return false
	}
	toks := sc.doc.Tokens
	ts := sc.doc.Mentions[t].Tokens.Start
	for j := from; j < ts && j < sc.end; j++ {
		n := toks[j].Norm
		if n != "after" && n != "before" && n != "until" {
			continue
		}
		if e := sc.timeEndingAt(j); e > j && e <= ts {
			j = e - 1 // "after Easter": a date, not another event
			continue
		}
		return true
	}
	return false
}

// timeEndingAt returns the end of the time expression that begins at
// token j or just after it ("after March 1", "before the end of June"),
// or -1 when none does.
func (sc *sentCtx) timeEndingAt(j int) int {
	for _, r := range sc.times {
		if r.Start == j || r.Start == j+1 {
			return r.End
		}
	}
	return -1
}
