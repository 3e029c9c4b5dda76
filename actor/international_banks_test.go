package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestInternationalBank checks that a bare "the bank" after the one
// international bank an article names is that body, and that any other
// bank named before it leaves the firm word to the story's country.
func TestInternationalBank(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, want string
	}{
		{"the lender of states", "China joined the Asian Development Bank last year. China expects to obtain loans from the bank in 1987.", "IGOASADEVADB"},
		{"the bank's board", "Kenya asked the World Bank for a loan. Officials met the bank's board in Nairobi.", "IGODEVWBK"},
		// Left to the other rules: another bank named before.
		{"a named bank before", "Kenya asked the World Bank and Barclays Bank for loans. Officials met the bank's board in Nairobi.", "KENBUS"},
		{"a central bank before", "Kenya asked the World Bank for a loan, and the central bank raised rates. Officials met the bank's board in Nairobi.", "KENBUS"},
		{"two international banks", "Kenya asked the World Bank and the African Development Bank for loans. Officials met the bank's board in Nairobi.", "KENBUS"},
		{"no international bank", "Kenya's economy grew last year. Officials met the bank's board in Nairobi.", "KENBUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, "the bank"); got != tc.want {
				t.Errorf("%q: \"the bank\" coded %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
