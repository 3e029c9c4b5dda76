package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestModifierAntecedents checks the "they" rules of
// modifier_antecedents.go: an earlier subject whose country only modifies
// the noun after it ("Indian countertrade") is no antecedent; an "and" list
// of states just before the pronoun in its own sentence is, ahead of an
// earlier sentence's subject. The controls show an earlier subject that is
// the actor itself still carrying the pronoun.
func TestModifierAntecedents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", scoredCodings, []codingCase{
		{"a country modifying the subject", "Indian countertrade, which is promoted to narrow the deficit, is still small. One source said the deals were secret because they break GATT rules.", nil},
		{"a possessive subject", "Brazil's exports, which fell sharply last year, are still large. One source said the figures were kept quiet because they break GATT rules.", nil},
		{"the country as the subject", "Indian officials, who met the trade board on Monday, are still firm. One source said the deals were secret because they break GATT rules.", []string{"INDGOV IGOBUSWTO 128"}},
		{"a list just before the pronoun", "U.S. officials met on Monday. A dispute over the markets of Spain and Portugal after they joined the European Community grew.",
			[]string{"ESP IGOEUREEC 050", "PRT IGOEUREEC 050"}},
		{"one state just before the pronoun", "U.S. officials met on Monday. A dispute over the markets of Spain after they joined the European Community grew.",
			[]string{"USAGOV IGOEUREEC 050"}},
	})
}
