package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestLongOffices checks that a state office named by several capitalised
// words, some joined by "and", after a country's possessive is that
// country's, where the office used to take the story's country; a firm's
// officer and an office with no possessive before it keep what they had.
func TestLongOffices(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	kenya := "Kenya rejected the quota plan.\n\nKenyan officials in Nairobi said Kenya would export more.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a ministry joined by and", kenya + "Tanzania's Agriculture and Livestock Development Minister Paul Bomani said prices would fall.", "Tanzania's Agriculture and Livestock Development Minister Paul Bomani", "TZAGOV"},
		{"two capitalised words before the head", kenya + "Turkey's European Affairs Minister Ali Bozer will arrive on Saturday.", "Turkey's European Affairs Minister Ali Bozer", "TURGOV"},
		{"an abbreviation in the office", kenya + "China's U.N. Representative Li Luye took part in the talks.", "China's U.N. Representative Li Luye", "CHNGOV"},
		// Unchanged: no possessive, so the story's country.
		{"no possessive", kenya + "Agriculture and Livestock Development Minister Paul Bomani said prices would fall.", "Development Minister Paul Bomani", "KENGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
