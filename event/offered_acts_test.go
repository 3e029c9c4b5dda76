package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOfferedActs checks that an act put on offer with the thing offered
// before its infinitive is coded as an intent, not as the act, while the
// same act done stays.
func TestOfferedActs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"offered warships to escort", "The U.S. said it will not allow Iran to close the strait and offered its warships to escort Kuwaiti tankers past the batteries.", []string{"USA KWT 0334"}},
		{"offered two ships to escort", "Britain said it would not allow attacks on shipping and has offered two minesweepers to escort Kuwaiti tankers through the strait.", []string{"GBR KWT 0334"}},
		{"escort done", "The U.S. said it will not allow Iran to close the strait and escorted Kuwaiti tankers past the batteries.", []string{"USA KWT 074"}},
	})
}
