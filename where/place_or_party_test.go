package where_test

import (
	"context"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/where"
)

// annotateTagged runs the tagger before the recogniser, as the pipeline
// does: the rules that read parts of speech need it.
func annotateTagged(tb testing.TB, tg *tag.Tagger, title, body string) *annals.Doc {
	tb.Helper()
	d := doc(tb, title, body)
	if err := tg.Annotate(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	if err := where.NewRecognizer(gaz(tb)).Annotate(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestPlaceOrParty checks issue 5's sixteenth-round rules, each with rows it
// must keep out, on tagged text as the pipeline runs it.
func TestPlaceOrParty(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// An area that had its first case is where it happened; one
		// that confirmed it, or has a case to argue, is a party.
		{"first case", "", "The milestone came the same day Malawi confirmed its first coronavirus infections and Zambia had its first coronavirus-related death.", "Zambia/ZMB"},
		{"first case", "", "Kenya has a strong case against the firm.", ""},
		// A list of areas said to be the countries where something is.
		{"land class", "", "Uruguay, Guyana and Cuba are the other Latin American countries where abortion is legal.", "Uruguay/URY|Guyana/GUY|Cuba/CUB"},
		{"land class", "", "Nevada is one of at least four states where the party cancelled its caucuses.", "Nevada/USA"},
		{"land class", "", "France is one of the countries that signed the deal.", ""},
		{"land class", "", "Spain and Italy were the countries hardest hit.", ""},
		// A stop on a route, after a modal copula.
		{"stop", "", "Singapore will remain the first stop on the tour.", "Singapore/SGP"},
		// The noun phrase after a copula ends at a verb; a land said to
		// act first, or ranked among others far on, is a party.
		{"copula phrase", "", "The surplus with the U.S. is bound to diminish as the country buys elsewhere.", ""},
		{"copula phrase", "", "Bolivia would be the first country in the region to make a formal offer.", ""},
		{"copula phrase", "", "Bahrain is the first Gulf Arab country to introduce a five-day week.", ""},
		{"copula phrase", "", "Okamoto noted Japan is the world's largest creditor nation.", ""},
		// An area in apposition to a stop or an epicentre.
		{"apposed stop", "", "Italy, the proposed end point, and Egypt were open to it.", "Italy/ITA"},
		{"apposed stop", "", "Lombardy, the epicentre of the outbreak, closed its schools.", "Lombardy/ITA"},
		{"apposed stop", "", "Qatar, the host, said no.", ""},
		{"apposed stop", "", "Italy, the point guard, scored.", ""},
		// The examples of a class of places after a colon.
		{"colon examples", "", "The citizens have travelled to these places: like China, South Korea and people have come from the East.", "China/CHN|South Korea/KOR"},
		{"colon examples", "", "They listed the rivals: like Chile and Peru.", ""},
		// A word an editor supplied in brackets.
		{"bracket", "", "I was selected for a fellowship in [the] UK, where I studied.", "United Kingdom/GBR"},
		// The name given to a region, a town or a city.
		{"named", "", "The government announced the new region, to be called Bangsamoro, would govern itself.", "Bangsamoro/PHL"},
		{"named", "", "He grew up in a city now known as Mumbai.", "Mumbai/IND"},
		{"named", "", "A firm called Texas Instruments rose.", ""},
		// In a shouted headline an ordinary word is no town; a proper
		// noun, a country and a region keep theirs.
		{"headline", "TONY LAMA <TLAM> TO BUY <COULSON OF TEXAS INC>", "Tony Lama said it agreed to buy the firm.", ""},
		{"headline", "GEORGIA PACIFIC <GP> SEES GAIN FROM SALE", "Georgia Pacific expects a gain.", ""},
		{"headline", "YUGOSLAV 1990 STEEL OUTPUT TO HIT 6.3 MLN TONNES", "Output will rise.", ""},
		{"headline", "GRAIN SHIPS LOADING AT PORTLAND", "Ships were loading.", "Portland/USA"},
		{"headline", "FIRST COMMERCIAL PAPER ISSUED IN TURKEY", "Paper was issued.", "Turkey/TUR"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}

// checkPlaces annotates title and text as the pipeline does and fails when
// the places found, "|"-separated, are not want.
func checkPlaces(t *testing.T, tg *tag.Tagger, rule, title, text, want string) {
	t.Helper()
	d := annotateTagged(t, tg, title, text)
	if got := strings.Join(places(t, d), "|"); got != want {
		t.Errorf("%s: %q %q:\n got  %s\n want %s", rule, title, text, got, want)
	}
}

// newTagger returns the tagger the rule tests share.
func newTagger(t *testing.T) *tag.Tagger {
	t.Helper()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}
