package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestGenericParties checks that a party or government named by a generic
// party name alone takes the country named nearest to it in its sentence
// or the one before, or the country of a possessive before it, rather than
// the story's most frequent country; and that the story's country stays
// where the text names it near the party too, or names none.
func TestGenericParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tokyo := "The dollar fell against the yen in Tokyo as the Bank of Japan bought dollars.\n\nJapanese dealers said Japan's exporters sold dollars.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"sterling in the sentence", tokyo + "Sterling firmed as polls showed the ruling Conservative party would retain power.", "party", "GBRGOV"},
		{"a country in the sentence", tokyo + "A U.K. opinion poll gave the Conservative Party its highest rating.", "Party", "GBROPP"},
		{"a country's possessive", tokyo + "A boycott proposed by Norway's minority Labour government was approved.", "government", "NORGOV"},
		{"the story's country named near too", "Spanish farmers blocked a border crossing with France in a protest against the Socialist government's farm policies.", "government", "ESPGOV"},
		{"no country near", "Finland's Prime Minister Kalevi Sorsa met President Mauno Koivisto in Helsinki.\n\nThe talks lasted two hours.\n\nThe Conservative Party gained nine seats.", "Party", "FINOPP"},
		{"the story's country in the sentence before", "Canada's Prime Minister met Canadian farmers.\n\nCanada held a general election. The Liberal Party lost its majority in the House of Commons.", "Party", "CANOPP"},
		{"a country in the mention", tokyo + "Britain's ruling Conservative Party gained seats.", "Britain's ruling Conservative Party", "GBRGOV"},
		{"a name not generic", tokyo + "Sterling firmed as the Social Democratic Party met.", "Party", "JPNOPP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
