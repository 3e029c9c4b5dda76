package event

import (
	"slices"

	"github.com/annals-project/annals"
)

// A Reuters headline often names the story's two parties as a pair
// ("NIGERIA, GUINEA SET UP IRON ORE FIRM", "TURKISH-GREEK AEGEAN TENSION
// ABATES", "FRANCE, YUGOSLAVIA COMMISSION TO BOOST TRADE"), and the text
// then refers to them as "the two countries" without naming both again
// near the reference: "Turkey alleged that ... the 1976 Berne agreement
// between the two countries". When the sentence and the one before it
// name no third party, the headline's pair is the two.

// twoOrHeadline returns the two parties that a phrase at token p naming
// two by reference stands for: those twoBefore finds, or else the
// headline's pair (headlinePair).
func (sc *sentCtx) twoOrHeadline(p, exclude int) []int {
	if two := sc.twoBefore(p, exclude); two != nil {
		return two
	}
	return sc.headlinePair(p, exclude)
}

// headlinePair returns the two actors that the headline names as a pair,
// joined only by a comma, "and", a hyphen or a slash ("JAPAN, U.S.",
// "TURKISH-GREEK"), when every actor named before token p in its own
// sentence and the one before is one of the two, and neither is of the
// root of the mention exclude (the subject acting on "both sides"). Nil
// when the headline names no such pair, names a third actor joined to it
// ("JAPAN, U.S. AND EC"), names a firm or a private person in it, or a
// third party stands near the reference, and when the phrase is quoted.
func (sc *sentCtx) headlinePair(p, exclude int) []int {
	doc := sc.doc
	if len(doc.Sentences) == 0 || !doc.Sentences[0].Title || sc.inQuote(p) {
		return nil
	}
	head := doc.Sentences[0].Tokens
	var pair []int
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind != annals.ActorMention || m.Implied || m.Tokens.Start < head.Start || m.Tokens.End > head.End || len(m.Code) < 3 {
			continue
		}
		if len(pair) > 0 && pairJoined(doc, &doc.Mentions[pair[len(pair)-1]], m) {
			pair = append(pair, mi)
		} else if len(pair) < 2 {
			pair = append(pair[:0], mi)
		}
	}
	if len(pair) != 2 {
		return nil
	}
	roots := []string{partyRoot(doc.Mentions[pair[0]].Code), partyRoot(doc.Mentions[pair[1]].Code)}
	if roots[0] == "" || roots[1] == "" || roots[0] == roots[1] {
		return nil // a firm or a person of no role, or one state twice
	}
	if exclude >= 0 && slices.Contains(roots, partyRoot(doc.Mentions[exclude].Code)) {
		return nil
	}
	lo := sc.start
	if sc.si > 0 && !doc.Sentences[sc.si-1].Title {
		lo = doc.Sentences[sc.si-1].Tokens.Start
	}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind != annals.ActorMention || m.Implied || m.Tokens.Start < lo || m.Tokens.End > p || len(m.Code) < 3 {
			continue
		}
		if !slices.Contains(roots, partyRoot(m.Code)) {
			return nil // a third party near the reference: "the two" may be others
		}
	}
	n := twoAt(doc.Tokens, p, sc.end)
	if n == 0 {
		n = 1
	}
	out := make([]int, 0, 2)
	for _, b := range pair {
		mi := corefTo(doc, doc.Mentions[b], annals.Range{Start: p, End: p + n})
		text, _, _ := doc.Span(doc.Mentions[b].Tokens)
		sc.corefs = append(sc.corefs, corefNote{mi, "the two = " + text + " (headline)"})
		out = append(out, mi)
	}
	return out
}

// pairJoined reports whether headline mentions a and b (b after a) are
// joined as a pair: parts of one hyphenated token ("TURKISH-GREEK"), or
// apart by a comma, "and", a hyphen or a slash alone.
func pairJoined(doc *annals.Doc, a, b *annals.Mention) bool {
	if a.Tokens == b.Tokens {
		return a.Part != b.Part
	}
	if b.Tokens.Start-a.Tokens.End != 1 {
		return false
	}
	switch t := &doc.Tokens[a.Tokens.End]; {
	case t.Tag == annals.COMMA, t.Norm == "and", t.Norm == "-", t.Norm == "/":
		return true
	}
	return false
}

// partyRoot returns the root by which two parties are told apart, as
// twoBefore counts them: the country, or the whole code of an
// international body; "" for a firm or a private person.
func partyRoot(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch root := code[:3]; {
	case root == "IGO" || root == "NGO" || root == "IMG":
		return code
	case len(code) >= 6 && (code[3:6] == "BUS" || code[3:6] == "CVL"):
		return ""
	default:
		return root
	}
}
