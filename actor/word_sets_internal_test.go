package actor

import (
	"testing"

	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/internal/wordtab"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestWordSets checks that each set answers as the map it is made from,
// over the map's keys and every form and lemma of 500 Reuters articles,
// so that swapping one for the other never changes an answer.
func TestWordSets(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	words := corpus.Words(t, "reuters21578.jsonl", 500, text.New(), tg)
	sets := []struct {
		name string
		m    map[string]bool
		set  *wordtab.Set
	}{
		{"currency", currency, &currencySet},
		{"currencyNouns", currencyNouns, &currencyNounSet},
		{"mediaWords", mediaWords, &mediaSet},
		{"stateWords", stateWords, &stateWordSet},
		{"firmHeads", firmHeads, &firmHeadSet},
		{"firmSuffixes", firmSuffixes, &firmSuffixSet},
		{"debtWords", debtWords, &debtWordSet},
		{"lenderWords", lenderWords, &lenderSet},
		{"mirrorWords", mirrorWords, &mirrorSet},
		{"stateRoles", stateRoles, &stateRoleSet},
		{"abroadWords", abroadWords, &abroadSet},
		{"formerSeats", formerSeats, &formerSeatSet},
		{"creditorWords", creditorWords, &creditorSet},
		{"tradeHeads", tradeHeads, &tradeHeadSet},
		{"tradeWords", tradeWords, &tradeWordSet},
		{"industryWords", industryWords, &industrySet},
		{"marketingWords", marketingWords, &marketingSet},
		{"labourWords", labourWords, &labourSet},
		{"commodityWords", commodityWords, &commoditySet},
		{"bodyHeads", bodyHeads, &bodyHeadSet},
		{"orgNouns", orgNouns, &orgNounSet},
		{"privateBodies", privateBodies, &privateBodySet},
		{"congressHomes", congressHomes, &congressHomeSet},
		{"congressNorms", congressNorms, &congressNormSet},
		{"shortNameTails", shortNameTails, &shortNameTailSet},
		{"listNouns", listNounKeys(), &listNounSet},
	}
	for _, s := range sets {
		if len(s.m) == 0 {
			t.Errorf("%s: no words", s.name)
		}
		if d := s.set.Disagreements(s.m, words); len(d) > 0 {
			t.Errorf("%s: the set and the map disagree on %q", s.name, d)
		}
	}
}

// listNounKeys returns the keys of listNouns as a set, the answer
// listNounSet must give.
func listNounKeys() map[string]bool {
	keys := map[string]bool{}
	for w := range listNouns {
		keys[w] = true
	}
	return keys
}
