package event_test

import (
	"context"
	"reflect"
	"regexp"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/pipeline"
)

// TestNominalRuleGate checks that codeNouns, asking its nominal rules
// only where nominalRuleMay lets it, codes Reuters articles exactly as it
// does asking them at every noun: those of the first 4,000 that name a
// strike, talks, a sanction or two parties "between", where the rules
// code, and as many others.
func TestNominalRuleGate(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	events, named, others := 0, 0, 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 4000) {
		if nominalWords.MatchString(a.Text) {
			named++
		} else if others++; others > named {
			continue
		}
		gated, err := p.Code(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		restore := event.UngateNominalRules()
		ungated, err := p.Code(ctx, a)
		restore()
		if err != nil {
			t.Fatal(err)
		}
		events += len(ungated.Events)
		if !reflect.DeepEqual(gated.Events, ungated.Events) {
			t.Errorf("%s: the gate changes the events:\n gated   %+v\n ungated %+v", a.ID, gated.Events, ungated.Events)
		}
	}
	if events == 0 || named < 100 {
		t.Error("no event coded: the test compares nothing")
	}
}

// nominalWords finds the words at which the nominal rules code.
var nominalWords = regexp.MustCompile(`(?i)\b(strike|walkout|stoppage|talks|negotiations|meeting|consultations|sanctions|tariffs|embargo|duty|between)\b`)
