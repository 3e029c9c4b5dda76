package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTradeCompounds checks that "trade" leading a noun ("a trade surplus
// with", "trade friction with") is no exchange of goods, while the verb
// "trade with" still is.
func TestTradeCompounds(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a surplus", "Japan's 58.6 billion dlrs trade surplus with the United States has come under fire.", nil},
		{"friction", "Kim said the surplus would lead to trade friction with the United States.", nil},
		{"the verb", "Argentina traded with the Soviet Union last year.", []string{"ARG SUN 061"}},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
