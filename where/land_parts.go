package where

import "github.com/annals-project/annals"

// Round 53 (issue 5), read from the known-name misses of the read sets
// dev7 to dev38: a part of a land, named by a lower-case noun and "of",
// puts the land after it on the map as geoHeads' nouns do
// ("French-speaking cantons of Switzerland", "the southern tip of
// Florida", "the northern half of the Ukraine", "southern portions of
// Alabama and Georgia"). The nouns of a share or an end ("half",
// "portions", "tip") also measure what a party owns ("half of Japan's
// exports"), so they need an area's article or compass word before them
// and no possessive after the name.
//
// Electoral divisions ("constituencies of Fukuoka") are left out: they
// name a prefecture like its city, which the gazetteer would give. A
// federation's republic ("the Central Asian republic of Kazakhstan") is
// federal_republics.go's.

// landPartNouns are the lower-case nouns of a land's parts that "of" and
// the land follow. The value marks the nouns of a share or an end, which
// partOf checks further.
var landPartNouns = map[string]bool{
	"canton": false, "cantons": false,
	"tip": true, "half": true, "portion": true, "portions": true,
}

// partOf reports whether the "of" at token i of sentence si follows a
// lower-case noun of landPartNouns, so that the name after it is the land
// the part lies in. A noun of a share must stand after "the" or a
// compass word ("the southern half of Vermont", "southern portions of
// Alabama") and the name must not be a possessor ("half of Japan's
// exports").
func partOf(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i-1 <= s.Tokens.Start || i+1 >= s.Tokens.End {
		return false
	}
	h := &doc.Tokens[i-1]
	if !landPartFilter.May(h.Norm) {
		return false
	}
	share, ok := landPartNouns[h.Norm]
	if !ok || h.Flags&(annals.Cap|annals.AllCaps) != 0 {
		return false
	}
	if !share {
		return true
	}
	if b := doc.Tokens[i-2].Norm; b != "the" && !compassPart[b] {
		return false
	}
	j := i + 1
	if doc.Tokens[j].Norm == "the" {
		j++
	}
	if j >= s.Tokens.End || !capital(&doc.Tokens[j]) {
		return false
	}
	k := run(doc, si, j)
	return k >= s.Tokens.End || doc.Tokens[k].Norm != "'s"
}
