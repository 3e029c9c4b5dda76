package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPaperNames checks that an actor naming only a debt paper ("U.K.
// Government bonds", "Reagan bonds") is no party to the act, while firms
// named by a paper word and the paper's issuer named on its own still are.
func TestPaperNames(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"government bonds", "Lloyds Bank Plc said it is withdrawing from market making in U.K. Government bonds.", nil},
		{"a namesake's bonds", "Bank of Japan Governor Satoshi Sumita supported the issuance of Reagan bonds.", nil},
		{"the issuer", "Bank of Japan Governor Satoshi Sumita supported President Reagan.", []string{"JPNGOV USAGOV 051"}},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
