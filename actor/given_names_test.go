package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestGivenNames checks round 73's rule: a listed person's surname
// written after a different given name ("Mario Branco Peres") is not the
// listed person, nor is that surname alone later in the article unless
// the listed person is also named in full; an initial, a title, an
// honorific, a short form of the given name or a month before the
// surname leaves the match, and "opposition to" is a stance, no party.
// (roleCode annotates without the article's date, so people take their
// undated codes.)
func TestGivenNames(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"another given name", "Mario Branco Peres welcomed the decision.", "Peres", "(none)"},
		{"the surname later", "Mario Branco Peres welcomed the decision.\n\nPeres said exports would rise.", "Peres", "(none)"},
		{"the full name", "Shimon Peres welcomed the decision.", "Shimon Peres", "ISROPP"},
		{"the surname alone", "Peres welcomed the decision.", "Peres", "ISROPP"},
		{"an honorific", "Mr Peres welcomed the decision.", "Peres", "ISROPP"},
		{"a month", "In March Peres welcomed the decision.", "Peres", "ISROPP"},
		{"a middle initial", "Daniel G. Amstutz welcomed the decision.", "Amstutz", "USAELI"},
		{"a short given name", "Dan Amstutz welcomed the decision.", "Amstutz", "USAELI"},
		{"another given name, another surname", "Walter Amstutz welcomed the decision.", "Amstutz", "(none)"},
		{"a stance", "U.S. officials expressed opposition to the merger.", "opposition", "(none)"},
		{"the party", "The Japanese opposition criticized Nakasone.", "The Japanese opposition", "JPNOPP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
