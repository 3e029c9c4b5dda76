package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFoughtStateRebels checks a cause found in a hand-judged random
// sample of unread Reuters news: rebels named by role alone in a story
// about Washington took the United States as their country while they
// fight another state's government. Rebels fighting foreign troops, and
// rebels named with their country, keep theirs.
func TestFoughtStateRebels(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"contra rebels in a Washington story",
			"U.S. officials in Washington said the U.S. budget was in trouble. The U.S. deficit rose.\n\nThe money was diverted to contra rebels fighting the leftist Nicaraguan government.",
			[]string{"NICREB NICGOV 190"}},
		{"rebels fighting foreign troops",
			"Afghanistan said on Monday that Afghan forces held the pass.\n\nRebels attacked Soviet troops near Kabul.",
			[]string{"AFGREB SUNMIL 190"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
