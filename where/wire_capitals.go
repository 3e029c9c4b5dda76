package where

import (
	"bytes"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 45 (issue 5), read from the misses of all the read Reuters sets
// dev7.tsv to dev33.tsv: wire copy capitalises the word after an
// abbreviation it took for a sentence's end ("traders in the U.K.
// Received 37,800 tonnes", "offices in the U.S. May ask", "made in the
// U.K. Only", "perhaps the U.S. Where some people ..."). wireCaps lists
// the commonest such words; any other the tagger reads as a verb,
// adverb, conjunction or clause word is one too, for it begins no
// longer name the way a capitalised noun ("the U.S. Senate") does.

// wireCapTags are the tags of the words wireTagged accepts (no VBP,
// see there).
var wireCapTags = [...]bool{
	annals.VBD: true, annals.VBZ: true, annals.MD: true,
	annals.RB: true, annals.WDT: true, annals.WRB: true, annals.CC: true, annals.TO: true,
}

// wireTagged reports whether the capitalised token at e, after a name
// that ends in an abbreviation's full stop, is a word wire copy
// capitalised rather than a name's next word: the tagger reads it as a
// verb with a word after it ("the U.K. Received 37,800 tonnes"), an
// adverb in -ly ("the U.K. Only"), a clause word or a conjunction, and
// the gazetteer knows no place by it ("the U.S. Gulf" stays one name).
// A verb ending its sentence is a noun the tagger misread ("improvements
// in the U.S. Deficits."), and other adverbs open phrases of their own
// ("compensation from the U.S. Over the raid"). A present tense but for
// the third person is left out: the tagger reads many capitalised nouns
// so ("the U.S. Trade balance", "the U.S. Raid").
func (r *Recognizer) wireTagged(doc *annals.Doc, si, e int, src string) bool {
	n := &doc.Tokens[e]
	if int(n.Tag) >= len(wireCapTags) || !wireCapTags[n.Tag] || n.Flags&annals.AllCaps != 0 {
		return false
	}
	var tmp [48]byte
	w := fold.Append(tmp[:0], src[n.Start:n.End])
	switch n.Tag {
	case annals.VBD, annals.VBZ, annals.MD:
		if e+1 >= doc.Sentences[si].Tokens.End || !word(&doc.Tokens[e+1]) {
			return false
		}
	case annals.RB:
		if !bytes.HasSuffix(w, []byte("ly")) {
			return false
		}
	}
	return len(r.g.index[string(w)]) == 0
}
