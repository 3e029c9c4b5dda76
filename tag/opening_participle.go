package tag

import (
	"strings"

	"github.com/annals-project/annals"
)

// companySuffix lists the words that end a company's name: a capitalised
// run closed by one ("Reading Co", "Baring Capital Investors Ltd") is a
// name whatever its first word.
var companySuffix = map[string]bool{
	"co": true, "cos": true, "corp": true, "inc": true, "ltd": true, "plc": true,
	"llc": true, "ag": true, "sa": true, "nv": true, "bhd": true,
}

// openingParticiple reports whether the capitalised first word i of a
// sentence, before another capitalised word, is a verb's -ing form opening
// a participle clause whose object is a name ("Accusing Japan of dumping,
// the United States said", "Excluding Brazil, loans fell") rather than the
// first word of a name ("Corning Glass Works", "Reading Co", "Planning
// Minister Sanchez"). The sentence-initial rule would otherwise read two
// capitals in a row as one name. The next word must be no common noun,
// which would make the two a name of a business or office ("Packaging
// Systems", "Marketing Minister"), unless WordNet writes it only capitalised
// ("Soviet", "Argentine") or it is one singular word closed by a comma or
// a preposition, as the countries WordNet also knows as common nouns are
// ("Accusing Japan of dumping", "Excluding Brazil,"); and the capitalised
// run must not end in a company's suffix. A word that is also an
// adjective may modify the name ("Leading Italian economists", "Acting SEC
// chairman"), so it is a verb only when a comma or a preposition closes the
// name ("Accusing Japan of dumping").
func (t *Tagger) openingParticiple(toks []annals.Token, cs []*cand, i int) bool {
	c := cs[i]
	if !c.set.has(annals.VBG) || c.flags&fCommon == 0 || c.lemma(annals.VBG) == toks[i].Norm ||
		i+1 >= len(toks) || toks[i+1].Flags&annals.Cap == 0 || toks[i+1].Flags&annals.Punct != 0 {
		return false
	}
	var next cand
	t.hot.analyze(toks[i+1].Norm, &next)
	if next.set == 0 {
		guess(toks[i+1].Norm, &next)
	}
	if next.flags&fCommon != 0 && next.set&(bit(annals.NN)|bit(annals.NNS)) != 0 && next.flags&fProperA == 0 &&
		!(next.set.has(annals.NN) && t.closesObject(toks, i+2)) {
		return false
	}
	j := i + 1
	for j+1 < len(toks) && toks[j+1].Flags&annals.Cap != 0 && toks[j+1].Flags&annals.Punct == 0 {
		j++
	}
	if c.set.has(annals.JJ) && !t.closesObject(toks, j+1) {
		return false // "Leading Italian economists", "Acting SEC chairman"
	}
	return !companySuffix[strings.TrimSuffix(toks[j].Norm, ".")]
}

// closesObject reports whether token k ends a one-word object: a comma or
// a preposition.
func (t *Tagger) closesObject(toks []annals.Token, k int) bool {
	if k >= len(toks) || toks[k].Flags&annals.Cap != 0 {
		return false
	}
	if toks[k].Norm == "," {
		return true
	}
	var c cand
	t.hot.analyze(toks[k].Norm, &c)
	return c.flags&fClosed != 0 && c.set&(bit(annals.IN)|bit(annals.TO)) != 0
}
