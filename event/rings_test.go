package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRingsOfThreeOrMore checks the ring convention's edges: a list of
// parties that a dashed aside ("-- G-6 --") parts from its verb is still
// the subject, and three or more different parties that agreed to act
// made an accord, 057 as a ring, where two parties' "agreed to" stays the
// promise 030. Each rule has rows where it must stay silent.
func TestRingsOfThreeOrMore(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		// A dashed aside after the list: the list is the subject.
		{"a group's name in dashes after the list", "Kenya, Uganda and Tanzania -- the EAC -- signed a trade pact.", []string{"KEN UGA 057", "TZA KEN 057", "UGA TZA 057"}},
		{"two parties before an aside", "Kenya and Uganda -- the two neighbours -- signed a trade pact.", []string{"KEN UGA 057", "UGA KEN 057"}},
		{"a bracket after the list, as before", "Kenya, Uganda and Tanzania (the EAC) signed a trade pact.", []string{"KEN UGA 057", "TZA KEN 057", "UGA TZA 057"}},
		// Silent: an aside that holds a verb is a clause, not a name.
		{"an aside with a verb", "Kenya, Uganda and Tanzania -- officials said -- signed a trade pact.", nil},
		// Three or more parties that agreed to act: an accord.
		{"three parties agreed to stabilise", "Kenya, Uganda and Tanzania agreed to stabilise their currencies.", []string{"KEN UGA 057", "TZA KEN 057", "UGA TZA 057"}},
		{"an aside, a venue and a month, then agreed to", "The United States, West Germany, Japan, France, Great Britain and Canada -- G-6 -- agreed in Paris in late February to stabilise major currencies.",
			[]string{"CAN USA 057", "DEU JPN 057", "FRA GBR 057", "GBR CAN 057", "JPN FRA 057", "USA DEU 057"}},
		// Silent: two parties, a future agreement, an agreement to
		// cooperate, and three people of two governments stay promises.
		{"two parties agreed to stabilise", "Kenya and Uganda agreed to stabilise their currencies.", []string{"KEN UGA 030", "UGA KEN 030"}},
		{"three parties will agree", "Kenya, Uganda and Tanzania will agree to stabilise their currencies.", []string{"KEN UGA 030", "TZA KEN 030", "UGA TZA 030"}},
		{"agreed to cooperate, misspelt", "Kenya, Uganda and Tanzania agreed to coooperate to stabilise their currencies.", []string{"KEN UGA 030", "TZA KEN 030", "UGA TZA 030"}},
		{"agreed to act together", "Kenya, Uganda and Tanzania agreed to act together to stabilise their currencies.", []string{"KEN UGA 030", "TZA KEN 030", "UGA TZA 030"}},
		{"three officials of two governments", "Kenyan Finance Minister Henry Rotich, Kenyan Trade Minister Amina Mohamed and Ugandan Finance Minister Matia Kasaija agreed to stabilise their currencies.",
			[]string{"KENGOV UGAGOV 030", "UGAGOV KENGOV 030"}},
	})
}
