package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCapitalGovernment checks that a capital right before a word of rule
// names that country's government, whatever country the story is most
// about ("the leftist Managua government" in a story about Iran's arms
// sales), and that a capital before another noun stays a place.
func TestCapitalGovernment(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	iran := "Iran bought arms. Iran sold oil.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"leftist Managua government", iran + "The rebels have been fighting the leftist Managua government for six years.", "Managua government", "NICGOV"},
		{"the Kabul regime", iran + "The guerrillas attacked the Kabul regime.", "the Kabul regime", "AFGGOV"},
		{"Ottawa authorities", iran + "France called on Ottawa authorities to reexamine their position.", "Ottawa authorities", "CANGOV"},
		// Silent.
		{"a Kabul car bombing", iran + "A Kabul car bombing killed five.", "Kabul car", ""},
		{"Managua alone", iran + "The rebels attacked Managua.", "Managua government", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
