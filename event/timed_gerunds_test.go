package event_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"

	"github.com/annals-project/annals/pipeline"
)

// TestTimedGerunds checks timed_gerunds.go: a bare gerund after "after" or
// "before" shares its host verb's time, so a meeting before a departure
// ahead is announced (036), while one beside a past or present host, or a
// perfect participle, stays done.
func TestTimedGerunds(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-02-26", scoredCodings, []codingCase{
		{"after meeting, host ahead", "Sources said Brazilian Finance Minister Dilson Funaro would leave tomorrow for Zurich after meeting West German Finance Minister Gerhard Stoltenberg this evening.",
			[]string{"BRAGOV DEUGOV 036", "DEUGOV BRAGOV 036"}},
		{"before meeting, host ahead", "Brazilian Finance Minister Dilson Funaro will stop in Paris before meeting West German Finance Minister Gerhard Stoltenberg.",
			[]string{"BRAGOV DEUGOV 036", "DEUGOV BRAGOV 036"}},
		// Done.
		{"after meeting, host past", "Brazilian Finance Minister Dilson Funaro left for Zurich after meeting West German Finance Minister Gerhard Stoltenberg.",
			[]string{"BRAGOV DEUGOV 043", "DEUGOV BRAGOV 043"}},
		{"fronted, host past", "After meeting West German Finance Minister Gerhard Stoltenberg, Brazilian Finance Minister Dilson Funaro told reporters he was satisfied.",
			[]string{"BRAGOV DEUGOV 043"}},
	})
}

// TestTimedGerundsChain codes two timed gerunds in a row, each the other's
// nearest verb group. Neither can lend the other a time: before the guard
// in timedGerundHost each took the other as host and modeOf recursed until
// the stack overflowed. The meeting is still coded.
func TestTimedGerundsChain(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Code(context.Background(), annals.Article{ID: "chain", Date: "1987-02-26",
		Text: "After meeting Reagan, before visiting Japan, the Chinese premier will return home."})
	if err != nil {
		t.Fatal(err)
	}
	met := false
	for _, e := range r.Events {
		met = met || e.Source != nil && e.Source.Code == "CHNGOV" && e.Target != nil && e.Target.Code == "USAGOV" && e.Root == "04"
	}
	if !met {
		t.Errorf("the premier's meeting with Reagan is not coded: %v", codings(r))
	}
}
