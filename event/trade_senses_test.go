package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTradeSenses checks that verbs of force and of receiving used of
// trade are not coded as assaults, seizures or visits, while the same
// verbs used of people and ground still are.
func TestTradeSenses(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"duty slapped", "Canada slapped a 1.05 dlrs per bushel duty on U.S. corn imports in November.", []string{"CAN USA 163"}},
		{"industry injured", "The domestic industry was being injured by Brazilian orange juice imports.", nil},
		{"growers injured", "U.S. corn has injured Ontario Corn growers.", nil},
		{"producers injured", "Imports of corn from the U.S. are materially injuring Canadian corn producers.", nil},
		{"injured by practices", "U.S. semiconductor makers complained they were being injured by Japan's unfair trade practices.", nil},
		{"practices injure", "Japan's unfair trade practices have injured the U.S. semiconductor industry.", nil},
		{"soldiers wounded", "Iraqi troops wounded 20 Iranian soldiers.", []string{"IRQMIL IRNMIL 182"}},
		{"firm taken", "Greece took control of a Canadian-led oil consortium.", nil},
		{"town taken", "Iraqi troops took control of an Iranian town.", []string{"IRQMIL IRN 192"}},
		{"certification received", "The company said it has received Japanese government certification for its products.", nil},
		{"minister received", "President Reagan received Soviet Foreign Minister Eduard Shevardnadze.", []string{"USAGOV SUNGOV 043"}},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
