package where

import annals "github.com/annals-project/annals"

// Round 83 (issue 5), read from the misses of the read Reuters sets: a
// headline in capitals writes its verb like the name before it ("ANZ
// BANK IN N.Z. RAISES INDICATOR LENDING RATE", "G-7 OFFICIALS TO MEET IN
// SARDINIA THIS WEEK"), so that the name looked like the head of a
// longer one. shoutBreaks lists the commonest such words ("SAYS",
// "IS"); after a locative "IN" or "AT", any word the tagger reads as a
// verb in the third person or the past, and a word opening a time
// ("THIS WEEK", "NEXT MONTH"), ends the name as well: neither begins a
// longer name, while a noun does ("IN ECUADOR GENERAL STRIKE", "IN
// NORTH DAKOTA OIL FIND"), and the name stays a modifier there.

// shoutedTimes are the words that open a time after a place in a
// headline.
var shoutedTimes = map[string]bool{
	"this": true, "next": true, "last": true, "today": true, "tomorrow": true, "yesterday": true,
}

// shoutedVerb reports whether the word at token e, after the name at
// tokens j to e of sentence si, is a verb or a time word of a headline
// in capitals that ends the name: the name and the word are in
// capitals, "IN" or "AT" in capitals comes right before the name, and
// the word is tagged VBZ or VBD (with a word after it, so that a noun
// the tagger misread at the headline's end is left alone) or opens a
// time.
func shoutedVerb(doc *annals.Doc, si, j, e int) bool {
	s := &doc.Sentences[si]
	n, last := &doc.Tokens[e], &doc.Tokens[e-1]
	if n.Flags&annals.AllCaps == 0 || last.Flags&annals.AllCaps == 0 || j <= s.Tokens.Start {
		return false
	}
	if p := &doc.Tokens[j-1]; p.Flags&annals.AllCaps == 0 || p.Norm != "in" && p.Norm != "at" {
		return false
	}
	if shoutedTimes[n.Norm] {
		return true
	}
	return (n.Tag == annals.VBZ || n.Tag == annals.VBD) && e+1 < s.Tokens.End && word(&doc.Tokens[e+1])
}
