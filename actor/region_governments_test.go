package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestEuropeanGovernments checks that the states of Europe named together
// ("European governments", "most European countries") are the regional
// actor EURGOV, as "Latin American governments" are LAMGOV, while the
// European Community and a lone adjective keep their own codes.
func TestEuropeanGovernments(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"European governments", "Washington said European governments subsidise the aircraft maker.", "European governments", "EURGOV"},
		{"European countries", "Most European countries have backed softer terms for Peru.", "European countries", "EURGOV"},
		{"Latin American governments", "Latin American governments backed the plan.", "Latin American governments", "LAMGOV"},
		{"the Community stays an IGO", "The European Community backed the plan.", "The European Community", "IGOEUREEC"},
		{"a European bank is no government", "A European bank backed the plan.", "European", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
