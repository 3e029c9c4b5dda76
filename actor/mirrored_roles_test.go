package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMirroredRoles checks that a nationality's "colleagues" or
// "counterparts" after a possessive take the role of the party they mirror,
// and keep their own code where no earlier party has a role.
func TestMirroredRoles(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"business leaders' colleagues", "British bankers met their Japanese colleagues.", "Japanese colleagues", "JPNBUS"},
		{"a list's role", "U.S. And EC business leaders met their Japanese colleagues.", "Japanese colleagues", "JPNBUS"},
		{"lawmakers' counterparts", "Canadian lawmakers asked their U.S. counterparts to exempt Canada.", "U.S. counterparts", "USALEG"},
		{"officials' counterparts stay government", "Bank of England officials pressed their Japanese counterparts to change rules.", "Japanese counterparts", "JPNGOV"},
		{"no possessive: the nationality alone", "British bankers met Japanese colleagues.", "Japanese", "JPN"},
		{"no party with a role before", "Kenya met their Japanese colleagues.", "Japanese", "JPN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
