package event

import (
	annals "github.com/annals-project/annals"
)

// Round 51: causes read from development sets 18 and 19 that recur in the
// older read sets and across Reuters.

// subjectAfter reports whether the comma at token i closes an opening
// phrase whose next words are the source itself: "after an hour-long
// meeting with President Corazon Aquino, Shultz delivered ...", "after a
// meeting with Baker, Miyazawa said". The name after that comma is the
// one who met, not a second party met ("met Stoltenberg, Poehl and ...",
// "a meeting with his Alberta counterpart, Neil Webber", where the name
// in apposition is not the source).
func (sc *sentCtx) subjectAfter(i int, src *annals.ActorRef) bool {
	toks := sc.doc.Tokens
	if src == nil || src.Via != "" || i+1 >= sc.end || toks[i].Tag != annals.COMMA {
		return false
	}
	// The source starts right after the comma, past at most a determiner
	// or a title's first words ("the Canadian minister", "U.S. Secretary
	// of State George Shultz").
	for j := i + 1; j < sc.end && j <= i+2; j++ {
		if int(toks[j].Start) == src.Start {
			return true
		}
		if toks[j].Tag != annals.DT {
			return false
		}
	}
	return false
}
