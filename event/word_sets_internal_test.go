package event

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
		corpus.Pair("paperWords", paperWords, &paperSet),
		corpus.Pair("thingNouns", thingNouns, &thingSet),
		corpus.Pair("sayVerbs", sayVerbs, &sayVerbSet),
		corpus.Pair("conditionSpeech", conditionSpeech, &conditionSet),
		corpus.Pair("tradeVerbs", tradeVerbs, &tradeVerbSet),
		corpus.Pair("meetingNouns", meetingNouns, &meetingSet),
		corpus.Pair("prospectWords", prospectWords, &prospectSet),
		corpus.Pair("copulas", copulas, &copulaSet),
		corpus.Pair("dashes", dashes, &dashSet),
		corpus.Pair("settledTogether", settledTogether, &settledTogetherSet),
	})
}
