package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBareTickers checks the parties that round 58 taught annals to find: a
// firm listed in New York under a bare ticker is U.S. business, while a
// foreign firm's receipt or a foreign qualifier stays silent; firms named
// with their company suffix; Opec and Asean as Reuters writes them.
func TestBareTickers(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a bare ticker after Co", "The cause of the crash was faulty repair work by the Harlan Aircraft Co <HAC>, the Japanese ministry said.", "Harlan Aircraft Co <HAC>", "USABUS"},
		{"a bare ticker after Corp", "Dunmore Electric Corp <DX> has agreed to pay Brazil 50 mln dlrs.", "Dunmore Electric Corp <DX>", "USABUS"},
		{"a dictionary firm before its ticker", "The cause of the crash was faulty repair work by the Boeing Co <BA>, the Japanese ministry said.", "the Boeing Co", "USABUS"},
		{"a foreign qualifier", "Commerce Secretary Malcolm Baldrige fought the sale by French-controlled Schlumberger Ltd <SLB> to Japan.", "Schlumberger Ltd <SLB>", ""},
		{"a foreign receipt", "NEC Electronics Inc, a unit of NEC Corp <NIPNY>, said a judge denied its motion.", "NEC Corp <NIPNY>", ""},
		{"a possessive before the ticker", "Nippon Mining signed an agreement with Dupont Co's <DD> Conoco Inc.", "Dupont Co's <DD>", ""},
		{"a five-letter bare ticker", "Alpha Beta Corp <ABCDE> said it would sign.", "Alpha Beta Corp <ABCDE>", ""},
		// Firms named with their company suffix.
		{"a firm signing with a government", "Walt Disney Co said it has signed a definitive agreement with the French government.", "Walt Disney Co", "USABUS"},
		{"a bracketed firm", "The French government said it would sign a contract with <Walt Disney Co> on Tuesday.", "Walt Disney Co", "USABUS"},
		{"a Japanese firm", "The Pentagon stopped approving contracts to Toshiba Corp over the sale.", "Toshiba Corp", "JPNBUS"},
		{"a plane is no firm", "A Boeing 737 carrying 120 passengers landed safely in Manila.", "Boeing", ""},
		// International bodies in Reuters house style.
		{"Opec", "Opec agreed in December to cut output by 7.25 pct.", "Opec", "IGOBUSOPC"},
		{"Asean", "A communique said Asean hoped for greater Japanese investment.", "Asean", "IGOSEAASN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
