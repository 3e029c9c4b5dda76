package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestProceedingParties checks proceeding_parties.go: "the parties" of a
// dispute or a proceeding are no political parties, while parties named
// by their kind, or "the party" a story named, stay political parties.
func TestProceedingParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"the parties to a dispute", "The United States is consulting with the parties to reduce tensions.", "the parties", "(none)"},
		{"bare parties of a proceeding", "The Department of Transportation asked parties to submit statements.", "parties", "(none)"},
		{"interested parties", "The commission asked all interested parties to comment.", "parties", "(none)"},
		{"opposition parties", "Japanese opposition parties boycotted parliament in Tokyo.", "Japanese opposition parties", "JPNOPP"},
		{"the party of the story", "The Liberal Democratic Party lost in Japan. The party agreed to compromise.", "The party", "JPNOPP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
