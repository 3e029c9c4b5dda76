package eval

import (
	"fmt"
	"sort"
)

// Agree compares two annotators' events on the same sentences at the level
// the coder is scored (actor roots, event root), a taken as the reference:
// Gold counts a's events, Coded b's, Matched the events both coded (per
// sentence, as many times as the one that coded it fewer times). Precision
// and Recall then read as b's against a's; F1 is the same either way. The
// figure is the ceiling a gold set can certify: a coder cannot be shown to
// agree with one annotator more reliably than a second annotator does.
//
// The two sets must list the same sentences in the same order; Agree says
// which line differs when they do not.
func Agree(a, b []Sentence) (Score, error) {
	var sc Score
	if len(a) != len(b) {
		return sc, fmt.Errorf("eval: the annotations have %d and %d sentences", len(a), len(b))
	}
	for i := range a {
		if a[i].Text != b[i].Text || a[i].Article != b[i].Article {
			return sc, fmt.Errorf("eval: sentence %d differs between the annotations (%s and %s)", i+1, a[i].Article, b[i].Article)
		}
		want := map[key]int{}
		for _, e := range a[i].Events {
			want[keyOf(e.Source, e.Target, e.Code)]++
			sc.Gold++
		}
		for _, e := range b[i].Events {
			k := keyOf(e.Source, e.Target, e.Code)
			sc.Coded++
			if want[k] > 0 {
				want[k]--
				sc.Matched++
			} else {
				sc.Extras = append(sc.Extras, fmt.Sprintf("%d: %s→%s %s only in the second in %q", i+1, k.src, k.tgt, k.root, short(a[i].Text)))
			}
		}
		for k, n := range want {
			for ; n > 0; n-- {
				sc.Misses = append(sc.Misses, fmt.Sprintf("%d: %s→%s %s only in the first in %q", i+1, k.src, k.tgt, k.root, short(a[i].Text)))
			}
		}
	}
	sort.Strings(sc.Misses)
	return sc, nil
}
