package actor

import (
	"fmt"
	"testing"

	"github.com/annals-project/annals"
)

// topCountriesByMap is topCountries as it counted with a map, the
// reference the short list must agree with.
func topCountriesByMap(doc *annals.Doc) (first, second string, n int) {
	counts := map[string]int{}
	var order []string
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		c, w := mentionCountry(doc, m)
		if c == "" || ownNamedFirm(doc.Tokens, m) || affairName(doc, m) {
			continue
		}
		if leadSentence(doc, m.Tokens.Start) {
			w *= 3
			if inTitle(doc, m.Tokens.Start) {
				w *= 3
			}
		}
		if counts[c] == 0 {
			order = append(order, c)
		}
		counts[c] += w
	}
	for _, c := range order {
		if counts[c] > counts[first] {
			first = c
		}
	}
	for _, c := range order {
		if c != first && counts[c] > counts[second] {
			second = c
		}
	}
	return first, second, counts[first]
}

// TestTopCountriesAgree checks topCountries against the map count on
// articles of a headline, a lead and a body, with ties, places, codes
// naming no country and more countries than the list holds in place.
func TestTopCountriesAgree(t *testing.T) {
	actor := func(tok int, code string) annals.Mention {
		return annals.Mention{Kind: annals.ActorMention, Code: code, Tokens: annals.Range{Start: tok, End: tok + 1}}
	}
	place := func(tok int, code string) annals.Mention {
		return annals.Mention{Kind: annals.PlaceMention, Code: code, Tokens: annals.Range{Start: tok, End: tok + 1}}
	}
	many := []annals.Mention{}
	for k := 0; k < 40; k++ {
		many = append(many, actor(2+k%8, fmt.Sprintf("C%02d", k)))
	}
	many = append(many, actor(9, "C37"), actor(9, "C05"))
	tests := []struct {
		name     string
		mentions []annals.Mention
	}{
		{"none", nil},
		{"no country", []annals.Mention{actor(3, "IGO"), actor(4, "GOV")}},
		{"one", []annals.Mention{actor(5, "USAGOV")}},
		{"tie keeps the first named", []annals.Mention{actor(6, "FRA"), actor(7, "DEU"), actor(8, "DEU"), actor(9, "FRA")}},
		{"headline outweighs", []annals.Mention{actor(0, "JPN"), actor(5, "USA"), actor(6, "USA"), actor(7, "USA")}},
		{"lead counts thrice", []annals.Mention{actor(2, "GBR"), actor(6, "CAN"), actor(7, "CAN")}},
		{"places twice", []annals.Mention{place(6, "BRA"), actor(7, "ARG"), actor(8, "ARG"), actor(9, "ARG")}},
		{"second after a tie", []annals.Mention{actor(6, "ITA"), actor(7, "ESP"), actor(8, "PRT"), actor(9, "ESP"), actor(9, "PRT")}},
		{"more than the list holds", many},
	}
	for _, tt := range tests {
		doc := &annals.Doc{
			Tokens:    make([]annals.Token, 10),
			Sentences: []annals.Sentence{{Title: true, Tokens: annals.Range{Start: 0, End: 2}}, {Tokens: annals.Range{Start: 2, End: 5}}, {Tokens: annals.Range{Start: 5, End: 10}}},
			Mentions:  tt.mentions,
		}
		f, s, n := topCountries(doc)
		wf, ws, wn := topCountriesByMap(doc)
		if f != wf || s != ws || n != wn {
			t.Errorf("%s: topCountries = %q, %q, %d; the map count gives %q, %q, %d", tt.name, f, s, n, wf, ws, wn)
		}
	}
}
