package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOwnedForces checks that "its forces" after a state is that state's
// military ("Iraq said today its forces had crushed an Iranian attack"),
// and that "forces" owned by no state, or by a party that is no state,
// stays no actor.
func TestOwnedForces(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"said today its forces", "Iraq said today its forces had crushed an Iranian attack.", "forces", "IRQMIL"},
		{"said its forces", "Iran said its forces had captured a fortification.", "forces", "IRNMIL"},
		{"capital said its forces", "Baghdad said its forces had repulsed the attack.", "forces", "IRQMIL"},
		{"government said its forces", "The Iraqi government said its forces had repulsed the attack.", "forces", "IRQMIL"},
		// Silent.
		{"market forces", "Iraq said market forces would set the price.", "forces", ""},
		{"company's forces", "The company said its forces were stretched.", "forces", ""},
		{"rebels' forces", "The rebels said its forces had won.", "forces", ""},
		{"their forces", "Iraq and Iran said their forces had clashed.", "forces", ""},
		{"no owner", "Its forces were stretched.", "forces", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
