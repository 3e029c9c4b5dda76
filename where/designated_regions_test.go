package where_test

import (
	"sort"
	"strings"
	"testing"
)

// TestDesignatedRegions checks that a capitalised "State" or "Territory"
// after a region outside the United States is part of the region's
// mention ("Hermosillo, Sonora State"), and that it names nothing after a
// US state, where it is a university's ("Ohio State"), in capitals, before
// a further capitalised word (an institution) or written in lower case.
func TestDesignatedRegions(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // folded surfaces and places, "|"-separated, sorted
	}{
		{"state of a country's federation", "Speaking in Hermosillo, Sonora State, the minister said banks belong to all.", "hermosillo=Hermosillo/MEX|sonora state=Sonora/MEX"},
		{"state of a country's federation", "Novo Astro operates Brazil's richest gold mine located in Amapa State, it said.", "amapa state=Amapá/BRA|brazil=Brazil/BRA"},
		{"territory", "The company will keep a gold mine in Yukon Territory and interests in Saskatchewan.", "saskatchewan=Saskatchewan/CAN|yukon territory=Yukon/CAN"},
		{"lower-case word not part of the name", "The plant is in Saltillo, Coahuila state, the company said.", "coahuila=Coahuila/MEX|saltillo=Saltillo/MEX"},
		{"US university", "Fans of Ohio State cheered in Columbus on Saturday.", "columbus=Columbus/USA"},
		{"institution after the word", "The Sonora State Government said it would sell the bank.", ""},
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
