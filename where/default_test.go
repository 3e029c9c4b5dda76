package where_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals/where"
)

// TestDefaultRecognizer checks issue 5's twenty-eighth-round default: a country, a
// first-level region or a city of half a million people is a place with
// no cue, unless a rule reads it otherwise. Each kept row has rows the
// exclusions must keep out.
func TestDefaultRecognizer(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Kept: after a colon or semicolon, in a route, in a list with
		// figures, narrowed by a compass word after a stop.
		{"default", "", "And I went to South America for a tournament: Panama.", "Panama/PAN"},
		{"default", "", "The major destinations were: China (419,196 tonnes), Egypt (301,909) and Iraq (142,055).", "China/CHN|Egypt/EGY|Iraq/IRQ"},
		{"default", "", "The two carriers serve five points in common; Los Angeles, San Diego and Houston, the agency said.", "Los Angeles/USA|San Diego/USA|Houston/USA"},
		{"default", "", "Analysts watch the seat of Fukuoka, southern Japan.", "Japan/JPN"},
		{"default", "", "The ship will sail Boston/Montreal, the line said.", "Montréal/CAN"},
		// Out: a sentence's or headline's first words, a list's subject,
		// a possessor, a modifier, a gloss in brackets.
		{"subject", "", "Brazil, which would have had its quota reduced, blocked the proposal.", ""},
		{"subject", "ZAMBIA, IMF TALKS HIT PROBLEMS", "Talks stalled.", ""},
		{"subject", "", "He added, \"even Japan, against whom this proposal is directed, has opened its markets.\"", ""},
		{"subject", "", "The five institutes, of which three -- Kiel, Hamburg and Essen -- forecast a rise, met.", ""},
		{"gloss", "", "The dollar is higher than 75 cts (U.S.) this year.", ""},
		{"modifier", "", "Prices fell, Tokyo traders said.", ""},
		// Out: the members of a class of parties, after a dash.
		{"members", "", "The accord covers the six nations - Britain, Canada, France and Japan.", ""},
		{"members", "", "It would include the permanent members of the Security Council -- China, the Soviet Union and France.", ""},
		// Out: an object, a party, an affiliation.
		{"party", "", "Officials blamed both Israel and the United States for the attack.", ""},
		{"party", "", "He said there would be no turmoil between the neighboring Austria and Hungary.", ""},
		{"affiliation", "", "The bill was proposed by House Speaker Jim Wright, D- Texas, last week.", ""},
		{"affiliation", "", "It said Ian Rugeroni, president of metal sales - U.S.A.", ""},
		{"affiliation", "", "Chrysler gets the Bramalea, Ontario, plant, Glantz said.", ""},
		{"name", "", "Credit Foncier de France was allocated 5.5 pct.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}

// TestDefaultSwitch checks that the default is the recogniser's own
// switch: the cue-only recogniser leaves a bare listed country out.
func TestDefaultSwitch(t *testing.T) {
	const text = "The major destinations were: China (419,196 tonnes) and Egypt (301,909)."
	tg := newTagger(t)
	for _, tt := range []struct {
		on   bool
		want int
	}{{true, 2}, {false, 0}} {
		d := doc(t, "", text)
		if err := tg.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		g := gaz(t)
		r := where.WithDefaults(g, tt.on, tt.on, 0)
		if err := r.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if len(d.Places) != tt.want {
			t.Errorf("defaults %v: %d places, want %d: %+v", tt.on, len(d.Places), tt.want, d.Places)
		}
	}
}

// BenchmarkAnnotateCuesOnly is BenchmarkAnnotate without the default
// places, to measure what the default costs.
func BenchmarkAnnotateCuesOnly(b *testing.B) {
	benchSeed(b, func(g *where.Gazetteer) *where.Recognizer { return where.WithDefaults(g, false, false, 0) })
}
