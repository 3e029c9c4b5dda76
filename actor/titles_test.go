package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTitlesAndParties checks legislators named by an abbreviated title or a
// US party tag, and a ruling party that its possessor, not the story's focus
// country, owns.
func TestTitlesAndParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"abbreviated title and party tag", "Sen. John Heinz, R-Pa, urged the Administration to act.", "Sen. John Heinz", "USALEG"},
		{"party tag in brackets", "Rep. Ed Jones (D-Tenn.) criticized the plan.", "Rep. Ed Jones", "USALEG"},
		{"party tag without a title", "John Heinz, R-Pa, urged Japan to act.", "John Heinz", "USALEG"},
		{"party tag in a Japanese story", "Japan rejected the plan. Japanese officials met. Senator Tom Carver, D-Texas, accused Japan.", "Senator Tom Carver", "USALEG"},
		{"abbreviated title, focus country", "Sen. Tom Carver criticized the Administration in Washington.", "Sen. Tom Carver", "USALEG"},
		{"a one-word name is no legislator", "Rep. Smith criticized the plan.", "Rep. Smith", ""},
		{"ruling party of its possessor", "Japan protested. Tokyo said Japan would act. Britain's ruling Conservative Party accused Japan.", "Britain's ruling Conservative Party", "GBRGOV"},
		{"opposition party of its possessor", "Japan protested. Britain's opposition Labour Party accused Japan.", "Britain's opposition Labour Party", "GBROPP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
