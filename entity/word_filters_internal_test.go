package entity

import (
	"testing"

	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/internal/wordtab"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestWordFilters checks that each set answers as the map it is made from,
// over the map's keys and every form and lemma of 500 Reuters articles,
// so that swapping one for the other never changes an answer.
func TestWordFilters(t *testing.T) {
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
		{"titleHeads", titleHeads, &titleHeadSet},
		{"notNames", notNames, &notNameSet},
		{"thingHeads", thingHeads, &thingHeadSet},
		{"orgWords", orgWords, &orgWordSet},
		{"calendar", calendar, &calendarSet},
		{"partyLabels", partyLabels, &partyLabelSet},
		{"officeFields", officeFields, &officeFieldSet},
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
