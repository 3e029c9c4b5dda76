package event

import (
	annals "github.com/annals-project/annals"
)

// reportingLemmas are the verbs whose subject, after a comma that closes
// the reported words, names the source of the news ("..., the agency
// reported", "..., Senate leader Robert Dole of Kansas said").
var reportingLemmas = map[string]bool{
	"say": true, "report": true, "tell": true, "announce": true, "add": true,
	"state": true, "declare": true, "confirm": true, "disclose": true,
	"note": true, "comment": true, "explain": true, "write": true, "quote": true,
}

// reportingSubject reports whether mention m, found by a target search
// that began at token from, opens the reporting clause that follows a
// comma: "to expand trade with other nations, the official North Korean
// Central News Agency, monitored in Tokyo, reported", "in an effort to
// end a six-day strike, a spokesman for the miners said". A target slot
// that runs past the comma has left the reported words, and the one who
// reports them, or speaks after them, is not the party acted on. The
// comma must lie after from and before the mention's phrase, which may
// open with a determiner and modifiers; the phrase may run on through
// "of"/"for"/"in" phrases, a possessive, a bracketed abbreviation, a
// second conjunct ("House and Senate Budget Committee sources") or an
// aside between commas, up to the reporting verb.
func (sc *sentCtx) reportingSubject(m, from int) bool {
	r, ok := sc.innerMention(m)
	if !ok {
		return false
	}
	toks := sc.doc.Tokens
	c := sc.skipOpeners(r.Start-1, 4)
	if c < from || toks[c].Tag != annals.COMMA {
		return false
	}
	return sc.reportingVerbAfter(r.End)
}

// phraseOpener reports whether t may stand in a noun phrase before its
// name: "the official", "a", "Senate Republican".
func phraseOpener(t *annals.Token) bool {
	switch t.Tag {
	case annals.DT, annals.JJ, annals.NNP, annals.NNPS, annals.NN, annals.CD:
		return true
	}
	return false
}

// reportingVerbAfter reports whether the noun phrase that reaches token k
// runs on to a reporting verb, as reportingSubject describes.
func (sc *sentCtx) reportingVerbAfter(k int) bool {
	toks := sc.doc.Tokens
	limit := min(sc.end, k+16)
	for k < limit {
		t := &toks[k]
		switch {
		case t.Tag.IsVerb():
			return t.Tag != annals.VBG && reportingLemmas[lemma(t)]
		case t.Tag.IsNoun(), t.Tag == annals.JJ, t.Tag == annals.DT, t.Tag == annals.POS, t.Tag == annals.CD:
			k++
		case t.Tag == annals.IN && (t.Norm == "of" || t.Norm == "for" || t.Norm == "in" || t.Norm == "at"):
			k++
		case t.Tag == annals.CC && t.Norm == "and":
			k++
		case t.Norm == "(":
			for k < limit && toks[k].Norm != ")" {
				k++
			}
			k++
		case t.Tag == annals.COMMA:
			// An aside with no finite verb of its own: ", monitored in
			// Tokyo,", whose participle the tagger may read as a past.
			j := k + 1
			for j < limit && toks[j].Tag != annals.COMMA {
				if tj := toks[j].Tag; j > k+1 && (tj == annals.VBD || tj == annals.VBZ || tj == annals.VBP || tj == annals.MD) {
					return false
				}
				j++
			}
			if j >= limit || j == k+1 {
				return false
			}
			k = j + 1
		default:
			return false
		}
	}
	return false
}

// innerMention returns the tokens of mention m when it is a mention of the
// document (not a default or forwarded actor) with words of the sentence
// on both sides.
func (sc *sentCtx) innerMention(m int) (annals.Range, bool) {
	if m < 0 || m >= len(sc.doc.Mentions) {
		return annals.Range{}, false
	}
	r := sc.doc.Mentions[m].Tokens
	return r, r.Len() > 0 && r.Start > sc.start && r.End < sc.end
}

// skipOpeners steps back from token k over at most n words that open a
// phrase (see phraseOpener), stopping at the sentence's first token.
func (sc *sentCtx) skipOpeners(k, n int) int {
	for ; k > sc.start && n > 0 && phraseOpener(&sc.doc.Tokens[k]); n, k = n-1, k-1 {
	}
	return k
}
