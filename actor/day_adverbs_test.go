package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRoleBeforeDay checks that a role word followed by a noun of time is
// still a party when it is a subject or follows "with" ("began talks with
// the government today"), and that after another preposition ("in an
// Amsterdam court tomorrow", "a round on a protester yesterday") or before
// a real noun ("government bonds") it stays no mention, as before.
func TestRoleBeforeDay(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bolivia := "Bolivia faces labour unrest.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"after with, today", bolivia + "Union leaders began talks with the government today.", "the government", "BOLGOV"},
		{"after with, yesterday", bolivia + "The miners met with the government yesterday.", "the government", "BOLGOV"},
		{"subject before tonight", bolivia + "The union tonight rejected the offer.", "The union", "BOLLAB"},
		// Silent.
		{"in a court tomorrow", bolivia + "The union is to challenge the redundancies in a La Paz court tomorrow.", "court", ""},
		{"on a protester yesterday", bolivia + "Police fired and landed a round on a protester yesterday.", "a protester", ""},
		{"a real noun", bolivia + "The union bought government bonds today.", "government", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
