package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestGenericFirms checks that firms counted by a vague quantifier ("many
// companies", "some firms") are no actor, while firms named by country or
// counted ("Italian companies", "the two companies") keep the country the
// story gives them.
func TestGenericFirms(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	italy := "Italy exports machinery. Italy wants more trade.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"Italian companies", italy + "Italian companies are holding talks with the Soviets.", "Italian companies", "ITABUS"},
		{"the two companies", italy + "The two companies are holding talks with the Soviets.", "companies", "ITABUS"},
		// Silent.
		{"many companies", italy + "The spokeswoman said many companies are holding talks with the Soviets.", "companies", ""},
		{"some firms", italy + "Some firms have asked the Soviets for payment.", "firms", ""},
		{"most businesses", italy + "Most businesses welcomed the Soviet decision.", "businesses", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
