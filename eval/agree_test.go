package eval_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/eval"
)

func TestAgree(t *testing.T) {
	gold := func(text string, ev ...eval.GoldEvent) eval.Sentence {
		return eval.Sentence{Article: "a", Text: text, Events: ev}
	}
	a := []eval.Sentence{
		gold("one", eval.GoldEvent{Source: "USAGOV", Target: "IRNGOV", Code: "111"}, eval.GoldEvent{Source: "IRN", Target: "USA", Code: "120"}),
		gold("two"),
		gold("three", eval.GoldEvent{Source: "FRAGOV", Target: "DEUGOV", Code: "040"}, eval.GoldEvent{Source: "FRAGOV", Target: "DEUGOV", Code: "043"}),
	}
	b := []eval.Sentence{
		// The same roots under other full codes match; a second root does not.
		gold("one", eval.GoldEvent{Source: "USA", Target: "IRNMIL", Code: "112"}, eval.GoldEvent{Source: "IRN", Target: "USA", Code: "190"}),
		gold("two", eval.GoldEvent{Source: "CHN", Target: "JPN", Code: "010"}),
		// Two events of one key in the first match one in the second once.
		gold("three", eval.GoldEvent{Source: "FRA", Target: "DEU", Code: "04"}),
	}
	sc, err := eval.Agree(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Gold != 4 || sc.Coded != 4 || sc.Matched != 2 {
		t.Errorf("gold %d coded %d matched %d, want 4 4 2", sc.Gold, sc.Coded, sc.Matched)
	}
	if len(sc.Misses) != 2 || len(sc.Extras) != 2 {
		t.Errorf("misses %q extras %q, want two each", sc.Misses, sc.Extras)
	}
	if _, err := eval.Agree(a, b[:2]); err == nil {
		t.Error("sets of different lengths: no error")
	}
	b[1].Text = "other"
	if _, err := eval.Agree(a, b); err == nil || !strings.Contains(err.Error(), "sentence 2") {
		t.Errorf("a differing sentence: error %v, want one naming sentence 2", err)
	}
}

// TestAgreement6 compares the two independent annotations of the sixth
// held-out set: events-heldout6b.jsonl was written by a second engineer
// from the same 150 sentences and the same guidelines, without seeing the
// first annotation or the coder's output. They agree on 127 events of
// 135 and 144 (precision 0.882, recall 0.941 of the second against the
// first): a bar of 0.75 is well inside what the annotation can certify,
// and the coder's 0.50 / 0.10 is the coder's shortfall. Only totals are
// logged: the set is blind.
func TestAgreement6(t *testing.T) {
	a, err := eval.ReadGold(filepath.Join("testdata", "events-heldout6.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := eval.ReadGold(filepath.Join("testdata", "events-heldout6b.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := eval.Agree(a, b)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("second annotation against the first: %d and %d events, %d alike: precision %.3f recall %.3f F1 %.3f",
		sc.Gold, sc.Coded, sc.Matched, sc.Precision(), sc.Recall(), sc.F1())
	if sc.F1() < 0.5 {
		t.Errorf("agreement F1 %.3f: the two files no longer annotate the same events", sc.F1())
	}
}

// TestHeldout6b scores the coder against the second annotation of the
// sixth set: 0.536 / 0.104 when it was written, 0.615 / 0.111 after issue
// 2's round 25 (strikes at firms, one-way acts, creditor banks).
func TestHeldout6b(t *testing.T) {
	sc := run(t, "events-heldout6b.jsonl")
	if sc.Precision() < 0.61 || sc.Recall() < 0.11 {
		t.Errorf("precision %.3f / recall %.3f fell below the recorded 0.61 / 0.11", sc.Precision(), sc.Recall())
	}
}
