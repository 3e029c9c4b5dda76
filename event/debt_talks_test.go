package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDev1213Round34 checks the rules added after reading development sets
// 12 and 13's misses and extras: commercial banks that lead debt talks,
// named alone, and talks whose partner follows the verb that holds them
// ("Talks ... have been held with", "talks were continuing with", reported
// by "confirmed that" or a closing speech tag). Each rule has a row where
// it must stay silent.
func TestDev1213Round34(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Banks that lead debt talks, named alone; a meeting stays one-way
		// (TestNewsConventions).
		{"met a bank", "The Brazilian finance minister met Citibank executives last night.", []string{"BRAGOV USABUS 043", "USABUS BRAGOV 043"}},
		{"a British bank", "The Argentine economy minister met Lloyds Bank executives in London.", []string{"ARGGOV GBRBUS 044"}},
		// Talks whose partner follows the verb.
		{"talks were continuing with, confirmed", "The Venezuelan finance minister confirmed that talks were continuing with Morgan Guaranty.", []string{"USABUS VENGOV 043", "VENGOV USABUS 043"}},
		{"talks have been held with, tagged", "Talks on similar projects have been held with the Japanese government, the Taiwanese trade minister said.", []string{"JPNGOV TWNGOV 043", "TWNGOV JPNGOV 043"}},
		{"talks expected with, he added", "Talks were also expected to take place with the Algerian government, the Italian trade minister added.", []string{"DZAGOV ITAGOV 036", "ITAGOV DZAGOV 036"}},
		{"talks not held with", "Talks have not been held with the Algerian government, the Italian trade minister said.", nil},
	}
	checkCodings(t, p, tests)
}
