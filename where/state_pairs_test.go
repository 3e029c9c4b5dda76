package where_test

import (
	"sort"
	"strings"
	"testing"
)

// TestStatePairs checks that a name that is both a state and its great
// city, written beside another state of its country as a pair or as the
// first item of a list, is the state; and that it stays the city beside
// cities, abroad, after its own container, in a city's area or port, as
// where a firm's premises lie, and when written whole.
func TestStatePairs(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // folded surfaces and places, "|"-separated, sorted
	}{
		{"pair, state first", "It may be found in violation of capital requirements by officials in Maine and New York, the company said.", "maine=Maine/USA|new york=New York/USA"},
		{"pair, capital's name first", "Times Mirror completed the sale of 26,000 acres of timberlands located in Washington and Oregon.", "oregon=Oregon/USA|washington=Washington/USA"},
		{"pair after a comma", "The disease was confirmed in two dealer facilities in Maryland, and New York, the department said.", "maryland=Maryland/USA|new york=New York/USA"},
		{"first item of a list", "The new unit will operate in New York, Pennsylvania, Ohio, West Virginia, Louisiana and Texas.", "louisiana=Louisiana/USA|new york=New York/USA|ohio=Ohio/USA|pennsylvania=Pennsylvania/USA|texas=Texas/USA|west virginia=West Virginia/USA"},
		{"first item narrowed", "The group will develop stores in western New York, California, North Carolina and Texas.", "california=California/USA|new york=New York/USA|north carolina=North Carolina/USA|texas=Texas/USA"},
		{"prefecture beside an island", "The focus will be on gubernatorial elections in Hokkaido and Fukuoka in southern Japan.", "fukuoka=Fukuoka Prefecture/JPN|hokkaido=Hokkaido/JPN|japan=Japan/JPN"},
		{"negative: a firm's premises", "The family promised to surrender titles to property in New York and Hawaii.", "hawaii=Hawaii/USA|new york=New York City/USA"},
		{"negative: two cities", "Talks were held in New York and Washington last week.", "new york=New York City/USA|washington=Washington, D.C./USA"},
		{"negative: a city abroad", "The bank has offices in New York and London.", "london=London/GBR|new york=New York City/USA"},
		{"negative: the region is a container", "Gold traded at Chicago, Illinois and New York.", "chicago=Chicago/USA|illinois=Illinois/USA|new york=New York City/USA"},
		{"negative: the city's area", "The chain has drug stores in the New York and New Jersey area.", "new jersey=New Jersey/USA|new york=New York City/USA"},
		{"negative: the city's port", "They agreed to cut cargo assessments at the Port of New York and New Jersey.", "new jersey=New Jersey/USA|new york=New York City/USA"},
		{"negative: the city written whole", "It owns 12 restaurants in New York City and New Jersey.", "new jersey=New Jersey/USA|new york city=New York City/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		d := annotateTagged(t, tg, "", tt.text)
		var got []string
		for k, p := range placesBySurface(d) {
			got = append(got, k+"="+p.name+"/"+p.cc)
		}
		sort.Strings(got)
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: %q:\n got  %s\n want %s", tt.rule, tt.text, g, tt.want)
		}
	}
}
