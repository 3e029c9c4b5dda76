package actor

import (
	"testing"

	"github.com/annals-project/annals/internal/corpus"
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
	corpus.SetsAgree(t, words, []corpus.MapSet{
		corpus.Pair("currency", currency, &currencySet),
		corpus.Pair("currencyNouns", currencyNouns, &currencyNounSet),
		corpus.Pair("mediaWords", mediaWords, &mediaSet),
		corpus.Pair("stateWords", stateWords, &stateWordSet),
		corpus.Pair("firmHeads", firmHeads, &firmHeadSet),
		corpus.Pair("firmSuffixes", firmSuffixes, &firmSuffixSet),
		corpus.Pair("debtWords", debtWords, &debtWordSet),
		corpus.Pair("lenderWords", lenderWords, &lenderSet),
		corpus.Pair("mirrorWords", mirrorWords, &mirrorSet),
		corpus.Pair("stateRoles", stateRoles, &stateRoleSet),
		corpus.Pair("abroadWords", abroadWords, &abroadSet),
		corpus.Pair("formerSeats", formerSeats, &formerSeatSet),
		corpus.Pair("creditorWords", creditorWords, &creditorSet),
		corpus.Pair("tradeHeads", tradeHeads, &tradeHeadSet),
		corpus.Pair("tradeWords", tradeWords, &tradeWordSet),
		corpus.Pair("industryWords", industryWords, &industrySet),
		corpus.Pair("marketingWords", marketingWords, &marketingSet),
		corpus.Pair("labourWords", labourWords, &labourSet),
		corpus.Pair("commodityWords", commodityWords, &commoditySet),
		corpus.Pair("bodyHeads", bodyHeads, &bodyHeadSet),
		corpus.Pair("orgNouns", orgNouns, &orgNounSet),
		corpus.Pair("privateBodies", privateBodies, &privateBodySet),
		corpus.Pair("congressHomes", congressHomes, &congressHomeSet),
		corpus.Pair("congressNorms", congressNorms, &congressNormSet),
		corpus.Pair("shortNameTails", shortNameTails, &shortNameTailSet),
		corpus.Pair("listNouns", listNounKeys(), &listNounSet),
	})
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
