package where

import (
	"context"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestChainGuards checks each guard annotate and nameRules ask before a
// rule of their chain against the rule itself, over every token of the first Reuters
// articles: where the guard turns a token away the rule finds nothing
// there, and each guard turns some tokens away. compoundSpans, which
// holds its guard, must agree with compound on every token.
func TestChainGuards(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r := NewRecognizer(g)
	type at struct {
		d   *annals.Doc
		si  int
		i   int
		src string
	}
	var buf []byte
	var spans, towns []span
	subjectVerb := func(a at) bool {
		return classify(a.d, a.si, make([]tokenClass, len(a.d.Tokens)))&markSubjectVerb != 0
	}
	guards := []struct {
		name  string
		guard func(a at) bool
		rule  func(a at) bool
	}{
		{"mayCue/placeCue", func(a at) bool {
			tok := &a.d.Tokens[a.i]
			return mayCue(tok.Norm, tok.Tag, tok.Flags)
		}, func(a at) bool { return r.placeCue(a.d, a.si, a.i) != noCue }},
		{"beforeCapital/compassNarrows", func(a at) bool { return beforeCapital(a.d, a.si, a.i) },
			func(a at) bool { return compassNarrows(a.d, a.si, a.i) }},
		{"legOpens/joinedLeg", func(a at) bool { return legOpens(a.d, a.si, a.i) }, func(a at) bool {
			_, _, _, ok := r.joinedLeg(a.d, a.si, a.i, a.src, &buf)
			return ok
		}},
		{"the/theArea", func(a at) bool { return a.d.Tokens[a.i].Norm == "the" }, func(a at) bool {
			_, ok := r.theArea(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!midName/areaNoun", func(a at) bool { return !midName(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.areaNoun(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!midName/comparedFigure", func(a at) bool { return !midName(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.comparedFigure(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!midName/modifierCountry", func(a at) bool { return !midName(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			return r.modifierCountry(a.d, a.si, a.i, a.src, &buf) != ""
		}},
		{"nameOpens/heldVote", func(a at) bool { return nameOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.heldVote(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"nameOpens/cityQuote", func(a at) bool { return nameOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.cityQuote(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"nameOpens/countedHolding", func(a at) bool { return nameOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.countedHolding(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"nameOpens/whereRelative", func(a at) bool { return nameOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.whereRelative(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"listedAfter/gappedFigure", func(a at) bool { return listedAfter(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.gappedFigure(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"listedAfter/comparedItem", func(a at) bool { return listedAfter(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.comparedItem(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"listedAfter/rankedFigure", func(a at) bool { return listedAfter(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.rankedFigure(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"capitals/stateHeading", func(a at) bool { return a.d.Tokens[a.i].Flags&annals.AllCaps != 0 }, func(a at) bool {
			_, ok := r.stateHeading(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"capitals/headedTable", func(a at) bool { return a.d.Tokens[a.i].Flags&annals.AllCaps != 0 }, func(a at) bool {
			_, ok := r.headedTable(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!capitals/bareTown", func(a at) bool { return a.d.Tokens[a.i].Flags&annals.AllCaps == 0 }, func(a at) bool {
			var sp span
			ok := r.bareTown(a.d, a.si, a.i, a.src, &buf, &sp)
			return ok
		}},
		{"!midName/bareTown", func(a at) bool { return !midName(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			var sp span
			return r.bareTown(a.d, a.si, a.i, a.src, &buf, &sp)
		}},
		{"!capitals/ownPartSpan", func(a at) bool { return a.d.Tokens[a.i].Flags&annals.AllCaps == 0 }, func(a at) bool {
			_, ok := r.ownPartSpan(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!the/tradeSubject", func(a at) bool { return a.d.Tokens[a.i].Norm != "the" }, func(a at) bool {
			_, ok := r.tradeSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!the/supplierSubject", func(a at) bool { return a.d.Tokens[a.i].Norm != "the" }, func(a at) bool {
			_, ok := r.supplierSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"subjectOpens/tradeSubject", func(a at) bool { return subjectOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.tradeSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"subjectOpens/economySubject", func(a at) bool { return subjectOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.economySubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"subjectOpens/supplierSubject", func(a at) bool { return subjectOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.supplierSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!the/afflictedSubject", func(a at) bool { return a.d.Tokens[a.i].Norm != "the" }, func(a at) bool {
			_, ok := r.afflictedSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"subjectOpens/afflictedSubject", func(a at) bool { return subjectOpens(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.afflictedSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"opensClauseAfterTime/balanceSubject", func(a at) bool { return opensClauseAfterTime(a.d, a.si, a.i) }, func(a at) bool {
			_, ok := r.balanceSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!the/balanceSubject", func(a at) bool { return a.d.Tokens[a.i].Norm != "the" }, func(a at) bool {
			_, ok := r.balanceSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"!capitalBefore/pair", func(a at) bool { return a.i == a.d.Sentences[a.si].Tokens.Start || !capital(&a.d.Tokens[a.i-1]) }, func(a at) bool {
			_, ok := r.pair(a.d, a.si, a.i, a.src, &buf, &spans, &spans)
			return ok
		}},
		{"notFirst/byDefault", func(a at) bool { return a.i > a.d.Sentences[a.si].Tokens.Start }, func(a at) bool {
			var sp span
			ok := r.byDefault(a.d, a.si, a.i, a.src, &buf, &sp)
			return ok
		}},
		{"defaultOpenerMay/byDefault", func(a at) bool {
			return a.i > a.d.Sentences[a.si].Tokens.Start && defaultOpenerMay(a.d, a.i)
		}, func(a at) bool {
			var sp span
			return r.byDefault(a.d, a.si, a.i, a.src, &buf, &sp)
		}},
		{"body/firmSeat", func(a at) bool {
			tok := &a.d.Tokens[a.i]
			return !a.d.Sentences[a.si].Title && (tok.Flags&annals.AllCaps == 0 || tok.Flags&annals.Abbrev != 0)
		}, func(a at) bool {
			_, ok := r.firmSeat(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"firmCommaAt/firmSeat", func(a at) bool { return firmCommaAt(a.d, &a.d.Sentences[a.si], a.i) }, func(a at) bool {
			_, ok := r.firmSeat(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"hyphenAt/compoundSpans", func(a at) bool { return hyphenAt(a.d, &a.d.Sentences[a.si], a.i, a.src) }, func(a at) bool {
			var compounds []span
			var firms []string
			_, ok := r.compoundSpans(a.d, a.si, a.i, a.src, &buf, &compounds, &firms)
			return ok
		}},
		{"body/economySubject", func(a at) bool { return !a.d.Sentences[a.si].Title }, func(a at) bool {
			_, ok := r.economySubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"rowSepAt/priceRow", func(a at) bool { return rowSepAt(a.d, a.i) }, func(a at) bool {
			_, ok := r.priceRow(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"oddCaseOpens/oddCaseCity", func(a at) bool {
			return oddCaseOpens(a.d, &a.d.Sentences[a.si], a.i, lowerCasedText(a.d))
		}, func(a at) bool {
			_, ok := r.oddCaseCity(a.d, a.si, a.i, a.src, &buf)
			return ok
		}},
		// A guard of the sentence, asked at each of its tokens alike.
		{"capitalsHead/listDateline", func(a at) bool { return capitalsHead(a.d, &a.d.Sentences[a.si]) }, func(a at) bool {
			if _, ok := r.listDateline(a.d, a.si, a.src, &buf); ok {
				return true
			}
			_, _, _, ok := r.listDatelinePair(a.d, a.si, a.src, &buf)
			return ok
		}},
		// The guards of the token after a capitalised run, asked as
		// nameRules asks them.
		{"pairSepAt/pair", func(a at) bool { return pairSepAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i)) }, func(a at) bool {
			_, ok := r.pair(a.d, a.si, a.i, a.src, &buf, &spans, &spans)
			return ok
		}},
		{"heldVerbMayAt/heldVote", func(a at) bool {
			return heldVerbMayAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i))
		}, func(a at) bool {
			_, ok := r.heldVote(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"possessiveAt/cityQuote", func(a at) bool {
			return possessiveAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i))
		}, func(a at) bool {
			_, ok := r.cityQuote(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"markPossessive/ownPartSpan", func(a at) bool {
			return classify(a.d, a.si, make([]tokenClass, len(a.d.Tokens)))&markPossessive != 0
		}, func(a at) bool {
			_, ok := r.ownPartSpan(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"markSubjectVerb/tradeSubject", subjectVerb, func(a at) bool {
			_, ok := r.tradeSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"markSubjectVerb/supplierSubject", subjectVerb, func(a at) bool {
			_, ok := r.supplierSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"interposedAt/interposedSubject", func(a at) bool {
			return interposedAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i))
		}, func(a at) bool {
			_, ok := r.interposedSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"markSubjectVerb/afflictedSubject", subjectVerb, func(a at) bool {
			_, ok := r.afflictedSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"markSubjectVerb/balanceSubject", subjectVerb, func(a at) bool {
			_, ok := r.balanceSubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"economyVerbMayAt/economySubject", func(a at) bool {
			return economyVerbMayAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i))
		}, func(a at) bool {
			_, ok := r.economySubject(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"rowCellAt/tableRow", func(a at) bool { return rowCellAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i)) }, func(a at) bool {
			_, ok := r.tableRow(a.d, a.si, a.i, a.src, &buf, &spans, &towns)
			return ok
		}},
		{"legToAt/legFrom", func(a at) bool { return legToAt(a.d, &a.d.Sentences[a.si], r.runEnd(a.d, a.si, a.i)) }, func(a at) bool {
			_, ok := r.legFrom(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"lowerCasedText/lowerWire", func(a at) bool { return lowerCasedText(a.d) }, func(a at) bool {
			_, ok := r.lowerWire(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
	}
	turned := make([]int, len(guards))
	tokens := 0
	for _, d := range taggedReuters(t, 300) {
		for si := range d.Sentences {
			s := &d.Sentences[si]
			a := at{d: d, si: si, src: d.SourceOf(si)}
			for a.i = s.Tokens.Start; a.i < s.Tokens.End; a.i++ {
				tokens++
				for n, gd := range guards {
					if gd.guard(a) {
						continue
					}
					turned[n]++
					if gd.rule(a) {
						t.Errorf("%s: the guard turns away %q (sentence %d of %q), where the rule finds a place",
							gd.name, d.Tokens[a.i].Norm, si, d.Article.ID)
					}
				}
				var compounds []span
				var firms []string
				e, ok := r.compoundSpans(d, si, a.i, a.src, &buf, &compounds, &firms)
				_, y, _, want := r.compound(d, si, a.i, a.src, &buf)
				if ok != want || ok && e != y.tok.End {
					t.Errorf("compoundSpans at %q (%q): %d %v, compound %d %v", d.Tokens[a.i].Norm, d.Article.ID, e, ok, y.tok.End, want)
				}
			}
		}
	}
	if tokens == 0 {
		t.Fatal("no tokens read")
	}
	for n, gd := range guards {
		if turned[n] == 0 {
			t.Errorf("%s: the guard turned away none of %d tokens", gd.name, tokens)
		}
	}
}

// taggedReuters returns the first n Reuters articles segmented and
// tagged, the input the guard and class tests compare their rules on;
// an article the stages reject is left out.
func taggedReuters(t *testing.T, n int) []*annals.Doc {
	t.Helper()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	seg, ctx := text.New(), context.Background()
	var docs []*annals.Doc
	for _, art := range corpus.Articles(t, "reuters21578.jsonl", n) {
		d := &annals.Doc{}
		d.Reset(art)
		if seg.Annotate(ctx, d) != nil || tg.Annotate(ctx, d) != nil {
			continue
		}
		docs = append(docs, d)
	}
	return docs
}
