package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStayVisit checks a state's envoy being in another country for a
// purpose, coded as a visit to it (042, or the intent 036 when ahead).
// The kept rows leave a presence with no purpose, a firm's stay, a stay in
// one's own country and a denied stay as they were.
func TestStayVisit(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"in to discuss", "Iranian Oil Minister Gholamreza Aqazadeh is in the United Arab Emirates (UAE) to discuss oil prices.", []string{"IRNGOV ARE 042"}},
		{"on a tour", "Brazilian Finance Minister Dilson Funaro was in Britain on the first leg of a tour of European capitals.", []string{"BRAGOV GBR 042"}},
		{"will be in for talks", "Brazilian Finance Minister Dilson Funaro will be in Tokyo next week for talks.", []string{"BRAGOV JPNGOV 036"}},
		// Kept.
		{"no purpose", "U.S. troops are in Lebanon.", nil},
		{"firm", "Toyota is in Japan to sell cars.", nil},
		{"own country", "Brazilian Finance Minister Dilson Funaro is in Brazil to rest.", nil},
		{"negated", "Brazilian Finance Minister Dilson Funaro was not in Britain to meet bankers.", nil},
		{"in talks", "Brazilian Finance Minister Dilson Funaro is in talks to reschedule the debt.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
