package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAccords checks round 59's agreements named by a noun: an accord
// owned by one party and made "with" another is coded both ways (057), as
// the verb "signed an agreement with" is, and an accord signed or reached
// with a list of partners is one made by each of them; a date right after
// the partner ("with Taipei last year") does not make the accord one-way.
// One-way and silent rows keep "agreed with X to" (one side accepting the
// other's terms), agreements of or with firms only, and one named with no
// second party.
func TestAccords(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"possessive agreement with", "Britain's agreement with France was signed last year.", []string{"FRA GBR 057", "GBR FRA 057"}},
		{"possessive pact with", "Japan's pact with the United States was signed last year.", []string{"JPN USA 057", "USA JPN 057"}},
		{"signed with a list", "The official said the pact was unfair because the United States had signed more favourable agreements with Hong Kong and South Korea.", []string{"HKG USA 057", "KOR USA 057", "USA HKG 057", "USA KOR 057"}},
		{"reached with a list", "The U.S. Government reached accords with seven nations - Australia, Brazil and Mexico - to reduce their shipments.", []string{"AUS USAGOV 057", "BRA USAGOV 057", "MEX USAGOV 057", "USAGOV AUS 057", "USAGOV BRA 057", "USAGOV MEX 057"}},
		{"partner then a date", "Washington signed a three-year accord with Taipei last year.", []string{"TWNGOV USAGOV 057", "USAGOV TWNGOV 057"}},
		// One way or silent.
		{"agreed with to", "Japan agreed with the United States to open its market.", []string{"JPN USA 057"}},
		{"backing a list", "The United States backed Britain and France.", []string{"USA FRA 051", "USA GBR 051"}},
		{"firms only", "IBM's agreement with Apple Computer Inc was signed last year.", nil},
		{"partner's firms", "Washington signed an accord with Taipei textile firms.", nil},
		{"no second party", "Japan's agreement was signed last year.", nil},
	}
	checkCodings1987(t, p, tests)
}
