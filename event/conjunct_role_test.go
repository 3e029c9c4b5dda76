package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestConjunctRole checks a party named by its office over a body in a
// list of parties ("X and the head of the central bank of Mexico, Miguel
// Mancera Aguayo, met"): the body stands for its head, so the meeting is
// coded both ways, with or without the name after a comma. The kept rows
// leave a part of a body ("the rest of"), a comma apposition without a
// conjunction and an office over no actor as they were.
func TestConjunctRole(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"head of bank", "Peruvian President Alan Garcia and the head of Bank of Mexico met yesterday.", []string{"MEXGOV PERGOV 043", "PERGOV MEXGOV 043"}},
		{"head of the bank, named", "Peruvian central bank president Leonel Figueroa and the head of the central bank of Mexico, Miguel Mancera Aguayo, met in Mexico City yesterday to coordinate actions.", []string{"MEXGOV PERGOV 044", "PERGOV MEXGOV 044"}},
		{"head of bank as subject", "The head of Bank of Mexico met Peruvian President Alan Garcia yesterday.", []string{"MEXGOV PERGOV 043", "PERGOV MEXGOV 043"}},
		// Kept.
		{"rest of", "Peruvian President Alan Garcia and the rest of the Bank of Mexico met yesterday.", nil},
		{"apposition only", "The head of state, Peruvian President Alan Garcia, said on Tuesday the economy was growing.", nil},
		{"office over nothing", "Peruvian President Alan Garcia and the head of the delegation met yesterday.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
