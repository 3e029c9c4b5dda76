package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// joint reports whether an event of code code, named by the words vtext, is
// an act two parties do together, so that the target does it to the source
// as much as the source to the target: talks and negotiations ("Reagan had
// talks with Moi": Kenya talks with the United States too), discussions
// with someone and agreements signed with someone. A meeting is not: its
// host or visitor is one side ("the Taliban met with Khalilzad"). Only for
// annals' own dictionaries; imported ones spell reciprocity out ("[A:B]").
func (c *Coder) joint(code, vtext string) bool {
	if c.dict.NoCountry != "" {
		return false
	}
	switch code {
	case "057":
		// "signed an agreement with", not "agreed with X to": one side
		// agreeing to the other's terms.
		return !strings.Contains(strings.ToLower(vtext), "agree")
	case "036", "040", "043", "046":
		// Talks promised, held or negotiated: "open trade talks", "had
		// talks with", not "spoke with" or "met".
		return talksWord(vtext)
	}
	return false
}

// talksWord reports whether a verb group's words name talks or
// negotiations rather than a meeting.
func talksWord(vtext string) bool {
	for _, w := range strings.Fields(strings.ToLower(vtext)) {
		if strings.HasPrefix(w, "talk") || strings.HasPrefix(w, "negotiat") {
			return true
		}
	}
	return false
}

// betweenParties returns the parties of talks named by the noun at token t
// and a "between" phrase ("talks between Kuroda and Smith", "the talks
// between the Letter Carriers Union and Canada Post"): each is the other's
// partner. Nil unless two or more actors are named.
func (sc *sentCtx) betweenParties(t, limit, ci int) []int {
	if t+1 >= limit || sc.doc.Tokens[t+1].Norm != "between" {
		return nil
	}
	if objs := sc.firstActorFrom(t+2, limit, ci, false); len(objs) > 1 {
		return objs
	}
	return nil
}

// nounFuture reports whether the event named by the noun at token t lies
// ahead: "laying the groundwork for talks", "moving towards talks", "the
// proposed talks", "two rounds of talks ..., scheduled for Thursday".
// Cooperation not yet done is coded as the intent (root 03).
func (sc *sentCtx) nounFuture(t, limit int) bool {
	toks := sc.doc.Tokens
	for j, n := t-1, 0; j >= sc.start && n < 4; j, n = j-1, n+1 {
		switch toks[j].Norm {
		case "towards", "toward", "planned", "proposed", "upcoming", "future", "scheduled":
			return true
		case "for":
			// "the groundwork for talks", not "met for talks".
			return j > sc.start && toks[j-1].Tag.IsNoun()
		}
		if tg := toks[j].Tag; tg != annals.DT && tg != annals.JJ && tg != annals.CD && tg != annals.POS && tg != annals.PRPS && !tg.IsNoun() {
			break
		}
	}
	for j := t + 1; j < limit && j < t+12; j++ {
		if toks[j].Tag.IsVerb() && (toks[j].Norm == "scheduled" || toks[j].Norm == "planned") {
			return true
		}
		if toks[j].Tag.IsVerb() && toks[j].Tag != annals.VBN && toks[j].Tag != annals.VBG {
			break
		}
	}
	return false
}
