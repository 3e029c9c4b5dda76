package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDeniedCharges checks that denying or rejecting a charge whose maker
// is named (a modifier or possessor of the charge noun, a role word before
// it, or "by" or "from" after it) rejects that maker (120), as the
// annotation conventions code "rejecting a named party's charges", and
// that a complaint laid against a party named by a noun accuses it (112).
// The silent rows keep a denial that names no accuser, the subject's own
// claims, reports (not charges), and a refutation declined.
func TestDeniedCharges(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"modifier", "Japan rejected U.S. charges that it dumped chips.", []string{"JPN USA 120"}},
		{"modifier after the", "Japan denied the U.S. charges.", []string{"JPN USA 120"}},
		{"adjective of a country", "Japan dismissed American allegations of dumping.", []string{"JPN USA 120"}},
		{"possessive", "Japan disputed Washington's claims.", []string{"JPN USAGOV 120"}},
		{"by phrase", "Japan rejected charges by the United States that it dumped chips.", []string{"JPN USA 120"}},
		{"list of deniers", "Zambia and Botswana denied South Africa's charges.", []string{"BWA ZAF 120", "ZMB ZAF 120"}},
		{"complaint named by a noun", "The panel ruled on a U.S. trade complaint against Japan.", []string{"USA JPN 112"}},
		// Silent, or what the dictionary codes without an accuser.
		{"no accuser", "Japan rejected the accusation.", nil},
		{"own claims", "Japan rejected its own claims.", nil},
		{"reports are no charges", "Japan denied reports by the United States.", []string{"JPN USA 016"}},
		{"refutation declined", "Japan declined to refute U.S. charges.", nil},
		{"denial not made", "Japan did not deny U.S. charges.", nil},
		{"complaint with no party", "The panel ruled on a trade complaint.", nil},
	}
	checkCodings(t, p, tests)
}
