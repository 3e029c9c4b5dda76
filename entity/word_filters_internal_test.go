package entity

import (
	"testing"

	"github.com/annals-project/annals/internal/corpus"
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
	corpus.SetsAgree(t, words, []corpus.MapSet{
		corpus.Pair("titleHeads", titleHeads, &titleHeadSet),
		corpus.Pair("notNames", notNames, &notNameSet),
		corpus.Pair("thingHeads", thingHeads, &thingHeadSet),
		corpus.Pair("orgWords", orgWords, &orgWordSet),
		corpus.Pair("calendar", calendar, &calendarSet),
		corpus.Pair("partyLabels", partyLabels, &partyLabelSet),
		corpus.Pair("officeFields", officeFields, &officeFieldSet),
	})
}
