package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSharedRoles checks that a private role word after a list of
// nationalities is each country's ("Indian and Australian businessmen":
// India's firms too; "Algerian and Spanish producers": both countries'
// firms; "U.S. and EU business leaders", the bloc last), while a state role
// word, a role word that names a field ("bank regulators"), a verb
// ("accused"), "interests" and a lone country keep the state as named.
func TestSharedRoles(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"two nationalities, businessmen", "Indian and Australian businessmen signed a memorandum of understanding.", "Indian", "INDBUS"},
		{"the last keeps its own", "Indian and Australian businessmen signed a memorandum of understanding.", "Australian businessmen", "AUSBUS"},
		{"three nationalities, traders", "The French, West German and Belgian traders offered sugar to intervention.", "West German", "DEUBUS"},
		{"the first of three", "The French, West German and Belgian traders offered sugar to intervention.", "The French", "FRABUS"},
		{"firms after a list", "The mayor said British, French and Japanese firms had already contacted the city.", "French", "FRABUS"},
		{"firms reach the last", "The mayor said British, French and Japanese firms had already contacted the city.", "Japanese firms", "JPNBUS"},
		{"producers after a list", "Algerian and Spanish producers have agreed to apply a minimum price.", "Algerian", "DZABUS"},
		{"producers reach the last", "Algerian and Spanish producers have agreed to apply a minimum price.", "Spanish producers", "ESPBUS"},
		{"interests after a list stay", "He said the drilling protects Turkish and Greek interests.", "Turkish", "TUR"},
		{"a bloc closes the list", "U.S. And EU business leaders met in Geneva.", "U.S.", "USABUS"},
		{"the bloc's own are the region's", "U.S. And EU business leaders met in Geneva.", "EU business leaders", "EURBUS"},
		{"a bloc before a state role word stays", "U.S. and EU officials met in Geneva.", "U.S.", "USA"},
		{"producers after a lone country stay", "Saudi producers raised their output.", "Saudi", "SAU"},
		{"interests after a lone country stay", "The navy protects U.S. interests in the Gulf.", "U.S.", "USA"},
		{"a state role word stays", "Japanese and U.S. officials met in Tokyo.", "Japanese", "JPN"},
		{"a field before another noun stays", "U.S. and U.K. bank regulators are asking banks to set aside more reserves.", "U.S.", "USA"},
		{"a lone country stays", "India and the businessmen signed a memorandum.", "India", "IND"},
		{"a verb read as a role word is none", "Israel and Egypt accused one another of violating the truce.", "Israel", "ISR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
