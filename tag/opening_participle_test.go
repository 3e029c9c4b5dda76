package tag_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestOpeningParticiple checks the first word of sentences that open with
// a capitalised -ing word before another capital: a participle clause's
// verb when a name is its object, a name's first word (or a modifier) when
// the two capitals make a business, an office or an adjective phrase.
func TestOpeningParticiple(t *testing.T) {
	tests := []struct {
		sentence string
		want     annals.Tag
	}{
		{"Accusing Japan of dumping, the United States said it would raise tariffs.", annals.VBG},
		{"Excluding Brazil, loans at quarter's end were 583 mln dlrs.", annals.VBG},
		{"Criticising Israel over the raid, Egypt recalled its envoy.", annals.VBG},
		{"Addressing Argentine businessmen here, he said the two sides will meet again.", annals.VBG},
		{"Replacing Inco and Owens-Illinois Inc will be Coca-Cola Co and Boeing Co.", annals.VBG},
		{"Saying Rocky Linux is for the community, Kurtzer said he takes the responsibility.", annals.VBG},
		// Names and modifiers keep their capital.
		{"Reading Co said it agreed to sell properties.", annals.NNP},
		{"Corning Glass Works said it bought a stake.", annals.NNP},
		{"Packaging Systems Corp said it agreed to acquire a label maker.", annals.NNP},
		{"Trading Corp of Pakistan Ltd said it invited tenders.", annals.NNP},
		{"Banking Center said it signed a letter of intent.", annals.NNP},
		{"Planning Minister Gonzalo Sanchez de Lozada told Reuters Bolivia hoped for investment.", annals.NNP},
		{"Acting Prime Minister Jules Wijdenbosch will open the meeting.", annals.NNP},
		{"Leading Italian economists said they regretted the decision.", annals.NNP},
		{"Beijing said it would retaliate.", annals.NNP},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			if got := doc.Tokens[0].Tag; got != tt.want {
				t.Errorf("first word tagged %s, want %s: %s", got, tt.want, tagged(doc))
			}
		})
	}
}
