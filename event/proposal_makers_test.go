package event_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestProposalAnswered checks round 62's proposal named by a noun: an
// appeal (020) from its maker to the party that answers it (rejects,
// accepts, welcomes). The silent rows keep the actors after the noun, which
// say what the proposal is about, from being taken for its addressee, a
// proposal nobody answers, and one firm's bid to another.
func TestProposalAnswered(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"rejected", "He told reporters Japan had rejected the U.S. Proposal to open negotiations on rice at the new round of trade talks.", []string{"JPN USA 127", "USA JPN 020"}},
		{"rejected, short", "Japan rejected the U.S. proposal.", []string{"JPN USA 127", "USA JPN 020"}},
		{"welcomed", "Japan welcomed the U.S. proposal.", []string{"JPN USA 051", "USA JPN 020"}},
		// Silent.
		{"topic after the noun", "Shultz was likely to go to Moscow following Gorbachev's weekend proposal for withdrawing Soviet and American missiles from Europe.", nil},
		{"maker and topic", "The White House said that a proposal by House Speaker Jim Wright for a tax on stock transfers would be a tax increase.", nil},
		{"no maker", "Japan rejected the proposal.", nil},
		{"firm to firm", "Chrysler Corp rejected a proposal by Ford Motor Co to merge.", nil},
		{"maker inside the proposal", "The Philippine Senate approved a proposal to repay loans owed by a private company to speed up the signing of a rescheduling agreement.", nil},
	}
	checkCodings1987(t, p, tests)
}

// TestCreditsToHelp checks round 62's credits and loans "to help" a
// party: agreed to be provided, an intent to give aid (0331); approved by a
// lender, aid given (071). A hedged sum ("around 900 mln dlrs") no longer
// breaks the pattern. Silent where the party helped is no actor, or the
// lender and borrower are firms; a negated verb is flagged and not counted.
func TestCreditsToHelp(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"agreed, hedged sum", "Japan agreed to provide around 900 mln dlrs in untied credits to help Indonesia pay for its share.", []string{"JPN IDN 0331"}},
		{"agreed, exim bank", "Japan's state Export-Import Bank agreed to provide 900 mln dlrs in credits to help Indonesia.", []string{"JPNGOV IDN 0331"}},
		{"approved", "The World Bank said it approved a 100 mln dlr loan to help Brazil finance the rehabilitation of its power sector.", []string{"IGODEVWBK BRA 071"}},
		// Silent.
		{"no actor helped", "The World Bank approved a loan to help farmers.", nil},
		{"firms", "Citibank agreed to provide a 25 mln dlr loan to help Texaco.", nil},
		{"refused", "Japan refused to provide 900 mln dlrs in credits to help Indonesia.", nil},
	}
	checkCodings1987(t, p, tests)

	// Negated: coded, flagged, and so not counted by the scorer.
	for _, text := range []string{
		"Japan did not agree to provide 900 mln dlrs in credits to help Indonesia.",
		"The World Bank has not approved a loan to help Brazil.",
	} {
		r, err := p.Code(context.Background(), annals.Article{ID: "neg", Date: "1987-04-13", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Events) == 0 {
			t.Errorf("%q: no event, want one flagged negated", text)
		}
		for _, e := range r.Events {
			if !e.Negated {
				t.Errorf("%q: %s %s not flagged negated", text, e.Source.Code, e.Code)
			}
		}
	}
}

// TestRequestOfNamed checks that "at the request of" finds a maker whose
// name takes its article into the mention ("the European Commission"), as
// it found one written without ("France"); troops of no named country stay
// silent.
func TestRequestOfNamed(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"article in the name", "Canada postponed the deadline at the request of the European Commission.", []string{"IGOEUREEC CAN 020"}},
		{"bare name", "Canada postponed the deadline at the request of France.", []string{"FRA CAN 020"}},
		// Silent.
		{"no party acting", "The troops went in at the request of the European Commission.", nil},
		{"passive", "The department said the action was taken at the request of the Bangladesh government.", nil},
	}
	checkCodings1987(t, p, tests)
}
