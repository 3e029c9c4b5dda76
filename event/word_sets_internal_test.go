package event

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
		{"paperWords", paperWords, &paperSet},
		{"thingNouns", thingNouns, &thingSet},
		{"sayVerbs", sayVerbs, &sayVerbSet},
		{"conditionSpeech", conditionSpeech, &conditionSet},
		{"tradeVerbs", tradeVerbs, &tradeVerbSet},
		{"meetingNouns", meetingNouns, &meetingSet},
		{"prospectWords", prospectWords, &prospectSet},
		{"copulas", copulas, &copulaSet},
		{"dashes", dashes, &dashSet},
		{"settledTogether", settledTogether, &settledTogetherSet},
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
