package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTradeCurbs checks that curbs and closures that fall on goods are
// coded as trade sanctions (163), while the same verbs used of people,
// bodies and ground keep their codes.
func TestTradeCurbs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"curbs on exports", "President Reagan imposed curbs on Japanese exports.", []string{"USAGOV JPN 163"}},
		{"restrictions on imports", "Canada imposed restrictions on imports of U.S. corn.", []string{"CAN USA 163"}},
		{"cover for exports suspended", "The British government suspended its cover for exports to Nigeria.", []string{"GBRGOV NGA 163"}},
		{"restrictions on diplomats", "North Korea imposed restrictions on U.S. diplomats.", []string{"PRK USAGOV 172"}},
		{"official suspended", "The Kenyan government suspended a British diplomat.", []string{"KENGOV GBRGOV 172"}},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
