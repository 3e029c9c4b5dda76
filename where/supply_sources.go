package where

import annals "github.com/annals-project/annals"

// Round 97 (issue 5), read from the Reuters read sets: a land that
// "relies on" or "depends on" a country "for" its supplies takes the
// goods from that country, the origin the annotators keep as a place,
// as they keep "imports of tea from Kenya" ("the mainly desert country,
// which would be forced to rely on South Africa for most of its food
// supplies"). "on" alone is a weak cue, and a country after it is more
// often a party ("sanctions on Russia"); the verb of reliance and the
// goods after "for" together make it a source. What is relied on for
// protection, aid or loans is a party, not a place goods come from, and
// stays out: only goods after "for" make the cue.

// relyWords are the words of reliance that "on" follows: the verbs of
// relianceVerbs and their adjectives and nouns.
var relyWords = func() map[string]bool {
	m := map[string]bool{
		"reliant": true, "reliance": true,
		"dependent": true, "dependence": true, "dependency": true,
	}
	for w := range relianceVerbs {
		m[w] = true
	}
	return m
}()

// relyAdverbs may stand between the word of reliance and "on": "rely
// heavily on".
var relyAdverbs = map[string]bool{
	"heavily": true, "largely": true, "mainly": true, "mostly": true, "entirely": true,
	"solely": true, "chiefly": true, "partly": true, "totally": true, "wholly": true,
	"increasingly": true, "greatly": true, "still": true, "also": true,
}

// suppliedGoods are the goods one land takes from another.
var suppliedGoods = map[string]bool{
	"supplies": true, "supply": true, "imports": true, "food": true, "foodstuffs": true,
	"oil": true, "crude": true, "gas": true, "fuel": true, "fuels": true, "energy": true,
	"power": true, "electricity": true, "grain": true, "grains": true, "wheat": true,
	"maize": true, "corn": true, "rice": true, "sugar": true, "coal": true,
	"water": true, "raw": true, "materials": true, "goods": true, "products": true,
	"arms": true, "weapons": true, "equipment": true, "machinery": true,
}

// maxGoodsAfterFor is the most words between "for" and the goods:
// "for most of its food supplies".
const maxGoodsAfterFor = 5

// relyFor reports whether the "on" at token i of sentence si follows a
// word of reliance and the name after it is followed by "for" and goods.
func relyFor(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	k := i - 1
	if k > s.Tokens.Start && relyAdverbs[doc.Tokens[k].Norm] {
		k--
	}
	if k < s.Tokens.Start || !relyWords[doc.Tokens[k].Norm] {
		return false
	}
	// The name: an article, then its capitalised run.
	j := i + 1
	if j < s.Tokens.End && doc.Tokens[j].Norm == "the" {
		j++
	}
	if j >= s.Tokens.End || !capital(&doc.Tokens[j]) {
		return false
	}
	e := run(doc, si, j)
	if e >= s.Tokens.End || doc.Tokens[e].Norm != "for" {
		return false
	}
	for n := e + 1; n < s.Tokens.End && n <= e+maxGoodsAfterFor; n++ {
		t := &doc.Tokens[n]
		if !word(t) {
			return false
		}
		if suppliedGoods[t.Norm] {
			return true
		}
	}
	return false
}
