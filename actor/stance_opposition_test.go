package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStanceOpposition checks that "opposition" measured by a word of
// degree or said to come from someone is a stance, no party, while the
// opposition named as a body stays the story's opposition party.
func TestStanceOpposition(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a degree before", "Nakasone proposed a sales tax. But stiff opposition has forced him to shelve it.", "opposition", "(none)"},
		{"strong, in a body", "Japan's cabinet will push the plan despite strong opposition in parliament.", "opposition", "(none)"},
		{"from its holders", "Nakasone proposed a sales tax, but opposition from farmers forced him to shelve it.", "opposition", "(none)"},
		{"the party", "Nakasone proposed a sales tax. The Japanese opposition criticized Nakasone.", "The Japanese opposition", "JPNOPP"},
		{"the main party", "Nakasone proposed a sales tax. The main opposition criticized Nakasone.", "opposition", "JPNOPP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
