package tag_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestRound73Coordinated: a plural after "and" and a plural noun, once the
// clause has its verb, is the second noun of the pair ("intervening in the
// market through both banks and brokers"), while a verb shared by two
// subjects or a second verb after the clause's own stays a verb.
func TestRound73Coordinated(t *testing.T) {
	tests := []struct {
		sentence, word string
		want           annals.Tag
	}{
		{"Dealers said the Bank of Japan is intervening in the market through both banks and brokers this afternoon.", "brokers", annals.NNS},
		{"The central bank sold dollars through banks and brokers.", "brokers", annals.NNS},
		{"The Fed bought bonds from banks and brokers in New York.", "brokers", annals.NNS},
		{"Norway brokers a deal between the two sides.", "brokers", annals.VBZ},
		{"The minister meets bankers and brokers the deal.", "brokers", annals.VBZ},
		{"Egypt hosts the talks and brokers a truce.", "brokers", annals.VBZ},
		{"Egypt both hosts talks and brokers a truce.", "brokers", annals.VBZ},
		{"The fund lends to either governments or banks.", "banks", annals.NNS},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.word, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			i := tokenBy(t, doc, tt.word)
			if got := doc.Tokens[i].Tag; got != tt.want {
				t.Errorf("tag of %q = %s, want %s (%s)", tt.word, got, tt.want, tagged(doc))
			}
		})
	}
}
