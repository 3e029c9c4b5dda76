package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOfficersOfBodies checks that an officer "of" a country word that
// only qualifies a private body is no officer of that country's state.
func TestOfficersOfBodies(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"president of an exporters' association", "Juan Perez, president of Kenya's exporters' association, ruled out new quotas.", "president of Kenya", ""},
		{"president of a producer", "Jean Dupont, president of French sugar producer Beghin-Say, told reporters the talks went well.", "president of French", ""},
		{"president of the country stays", "The president of Kenya ruled out new quotas.", "The president of Kenya", "KENGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
