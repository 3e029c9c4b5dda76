package where

import annals "github.com/annals-project/annals"

// Round 83 (issue 5), read from the misses of the read Reuters sets:
// wire copy capitalises the word after "U.K." or "U.S." as if the
// abbreviation's full stop ended a sentence, and writes "Unit wage costs
// in U.K. Manufacturing industry", "Capital expenditure in the U.K.
// Manufacturing, construction ... sectors", "the record rise in U.K.
// Reserves". Written in lower case each is already read as the
// country's sector or reserves "in" which something happens, as the
// annotators read it (dev9.tsv's, dev25.tsv's and dev29.tsv's headers);
// the capital made the country look like the head of a longer name
// ("the U.S. Senate"), which a sector or reserves never begin. The noun
// is then read as the lower-case word it is, and the rules after it
// decide as they do for that word. A market so capitalised is left as
// it was: the read sets disagree on "drawings in the U.S. Market"
// (dev26.tsv keeps the country, dev28.tsv leaves the same sentence's
// country out as a modifier).

// wireNouns are the nouns for a country's sectors and reserves that wire
// copy capitalises after its abbreviation.
var wireNouns = map[string]bool{
	"manufacturing": true, "industry": true, "industries": true,
	"sector": true, "sectors": true, "reserves": true,
}

// wireNoun reports whether the capitalised word at token e, after the
// name at tokens j to e of sentence si, is a noun of wireNouns that wire
// copy capitalised: the name ends in an abbreviation's full stop and
// follows "in", with "the" or not, so that the noun is a place's sector
// rather than a longer name's next word.
func wireNoun(doc *annals.Doc, si, j, e int, src string) bool {
	s := &doc.Sentences[si]
	last, n := &doc.Tokens[e-1], &doc.Tokens[e]
	if n.Flags&annals.AllCaps != 0 || !wireNouns[n.Norm] || last.End <= last.Start ||
		int(last.End) > len(src) || src[last.End-1] != '.' {
		return false
	}
	b := j - 1
	if b > s.Tokens.Start && doc.Tokens[b].Norm == "the" {
		b--
	}
	return b >= s.Tokens.Start && doc.Tokens[b].Norm == "in"
}
