package event

import (
	"slices"
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// bodyMeetingNouns name the gatherings a body holds for its members and
// guests: "the IMF's Interim Committee meeting", "the GATT session".
var bodyMeetingNouns = map[string]bool{
	"meeting": true, "meetings": true, "session": true, "sessions": true,
	"conference": true, "summit": true, "talks": true, "assembly": true,
}

// attendsMeeting reports whether the pattern v codes attending a
// gathering: "040 attend meeting|talk|session", "044 attend summit|
// conference|forum|meeting in|at +".
func attendsMeeting(v *dict.Verb) bool {
	return strings.HasPrefix(v.Code, "04") && len(v.Items) > 1 && slices.Contains(v.Items[0].Alts, "attend")
}

// meetingBody returns the international body whose meeting the attend
// verb ending at token from names, with its coordinated partners: in
// "attends next week's International Monetary Fund meeting in
// Washington", "attend the International Monetary Fund's Interim
// Committee meeting" and "attend the semi-annual meeting of the IMF and
// the World Bank" the one attending meets the body (CAMEO codes attending
// an IMF meeting as meeting the IMF), while the place after "in" is only
// where it meets and an actor after the noun's phrase is another act's.
// The body stands inside the noun's own phrase, before the noun with only
// determiners, modifiers and possessives around it, or right after "of".
// Only an intergovernmental body counts: "a routine Bundesbank meeting" or
// a firm's annual meeting is a gathering of one state's own, or of no
// state. Nil when no such body is named.
func (sc *sentCtx) meetingBody(from, limit int) []int {
	toks := sc.doc.Tokens
	noun := -1
	for j := from; j < limit && j < from+10; j++ {
		if bodyMeetingNouns[toks[j].Norm] && (toks[j].Tag.IsNoun() || toks[j].Tag == annals.VBG) {
			// "the International Monetary Fund's Interim Committee
			// meeting": after a name the tagger may read the noun as a
			// participle.
			noun = j
			break
		}
		switch tg := toks[j].Tag; {
		case tg == annals.DT, tg == annals.JJ, tg == annals.CD, tg == annals.POS, tg == annals.PRPS, tg.IsNoun():
		case toks[j].Norm == "-" || toks[j].Norm == "(" || toks[j].Norm == ")":
		default:
			return nil // a verb, a preposition or a comma ends the phrase first
		}
	}
	if noun < 0 {
		return nil
	}
	var owners []int
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start >= from && m.Tokens.End <= noun {
			owners = append(owners, mi)
		}
	}
	if len(owners) == 0 && noun+1 < limit && toks[noun].Norm != "talks" && toks[noun+1].Norm == "of" {
		k := noun + 2
		if k < limit && toks[k].Tag == annals.DT {
			k++
		}
		for i, mi := range sc.ments {
			if sc.doc.Mentions[mi].Tokens.Start == k {
				owners = sc.coordinated(i)
				break
			}
		}
	}
	if len(owners) == 0 {
		return nil
	}
	for _, mi := range owners {
		if mi < 0 || !strings.HasPrefix(sc.doc.Mentions[mi].Code, "IGO") {
			return nil
		}
	}
	return owners
}

// bodyModifier returns the last token of the name of an international
// body that starts at token j and modifies a noun after it, its
// possessive included, or j when there is none: in "attends next week's
// International Monetary Fund meeting" and "attend the International
// Monetary Fund's Interim Committee meeting" the name is one modifier of
// "meeting", however many words it takes, so it counts as one word of the
// gap between pattern words.
func (sc *sentCtx) bodyModifier(j, limit int) int {
	if tg := sc.doc.Tokens[j].Tag; tg != annals.NNP && tg != annals.DT {
		return j // a body's name opens with its own word or "the"
	}
	mi := sc.mentionStartingAt(j)
	if mi < 0 || !strings.HasPrefix(sc.doc.Mentions[mi].Code, "IGO") {
		return j
	}
	toks := sc.doc.Tokens
	e := sc.doc.Mentions[mi].Tokens.End
	if e < limit && toks[e].Tag == annals.POS {
		e++
	}
	if e >= limit || !toks[e].Tag.IsNoun() && toks[e].Tag != annals.JJ {
		return j
	}
	return e - 1
}
