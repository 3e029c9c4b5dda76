package tag_test

import (
	"context"
	"fmt"
	"github.com/annals-project/annals/internal/race"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

// tokenBy returns the index of the first token whose text is word.
func tokenBy(tb testing.TB, doc *annals.Doc, word string) int {
	tb.Helper()
	for si, s := range doc.Sentences {
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			if doc.TokenText(si, i) == word {
				return i
			}
		}
	}
	tb.Fatalf("no token %q in %q", word, doc.Text)
	return -1
}

func TestLemmas(t *testing.T) {
	tests := []lemmaCase{
		{"The Taliban held talks in Doha.", "held", "hold"},
		{"The Taliban held talks in Doha.", "talks", "talk"},
		{"The Taliban held talks in Doha.", "Taliban", "taliban"},
		{"The Taliban met with EU and US envoys on Tuesday.", "met", "meet"},
		{"The Taliban met with EU and US envoys on Tuesday.", "envoys", "envoy"},
		{"Amnesty criticized the decision.", "criticized", "criticize"},
		{"The meeting was cancelled.", "was", "be"},
		{"The minister didn't attend.", "n't", "not"},
		{"It's a pity, he said.", "'s", "be"},
		{"Borrell's aide spoke.", "'s", "'s"},
		{"The children were evacuated.", "children", "child"},
		{"Rebels are attacking the city.", "attacking", "attack"},
		{"The army carried out strikes.", "carried", "carry"},
		{"The talks were making progress.", "making", "make"},
		{"Officials have stopped the convoy.", "stopped", "stop"},
		{"He has left Kabul.", "left", "leave"},
		{"The rebels seized two towns.", "towns", "town"},
		{"She studies the reports.", "studies", "study"},
		{"Police said gunmen had taken hostages.", "taken", "take"},
		{"Police said gunmen had taken hostages.", "gunmen", "gunman"},
	}
	checkLemmas(t, tests)
}

func TestTags(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"names and past tense", "The Taliban met with EU and US envoys on Tuesday.",
			"The/DT Taliban/NNP met/VBD with/IN EU/NNP and/CC US/NNP envoys/NNS on/IN Tuesday/NNP ./."},
		{"reported past perfect", "Guterres said the Taliban had broken their pledges.",
			"Guterres/NNP said/VBD the/DT Taliban/NNP had/VBD broken/VBN their/PRP$ pledges/NNS ./."},
		{"passive", "Police were attacked by militants in Kabul.",
			"Police/NNS were/VBD attacked/VBN by/IN militants/NNS in/IN Kabul/NNP ./."},
		{"noun after determiner", "The minister did not attend the talks.",
			"The/DT minister/NN did/VBD not/RB attend/VB the/DT talks/NNS ./."},
		{"bare participle", "Iran would retaliate if attacked.",
			"Iran/NNP would/MD retaliate/VB if/IN attacked/VBN ./."},
		{"relative clause", "Qatar, which has long maintained a Taliban office, enabled the discussions.",
			"Qatar/NNP ,/, which/WDT has/VBZ long/RB maintained/VBN a/DT Taliban/NNP office/NN ,/, enabled/VBD the/DT discussions/NNS ./."},
		{"verb after name subject", "The EU plans to increase aid to Afghanistan, Borrell said.",
			"The/DT EU/NNP plans/VBZ to/TO increase/VB aid/NN to/TO Afghanistan/NNP ,/, Borrell/NNP said/VBD ./."},
		{"coordinated verbs", "Rebels fired rockets at the base and killed two soldiers.",
			"Rebels/NNS fired/VBD rockets/NNS at/IN the/DT base/NN and/CC killed/VBD two/CD soldiers/NNS ./."},
		{"noun or verb by context", "The attack followed calls for talks, and officials will meet to support them.",
			"The/DT attack/NN followed/VBD calls/NNS for/IN talks/NNS ,/, and/CC officials/NNS will/MD meet/VB to/TO support/VB them/PRP ./."},
		{"that as complementiser and relative", "He said that the pledges that they made were broken.",
			"He/PRP said/VBD that/IN the/DT pledges/NNS that/WDT they/PRP made/VBD were/VBD broken/VBN ./."},
		{"possessive and modal contraction", "Borrell's aide won't comment.",
			"Borrell/NNP 's/POS aide/NN wo/MD n't/RB comment/VB ./."},
		{"existential there", "There were no casualties.",
			"There/EX were/VBD no/DT casualties/NNS ./."},
		{"hyphenated adjective", "The U.S.-led coalition struck.",
			"The/DT U.S.-led/JJ coalition/NN struck/VBD ./."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			if got := tagged(doc); got != tt.want {
				t.Errorf("tags\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestVerbGroups(t *testing.T) {
	tests := []struct {
		sentence, head string
		group          string
		tense          annals.Tense
		negated        bool
		modal          string
		passive        bool
	}{
		{"The Taliban met with EU and US envoys on Tuesday.", "met", "met", annals.Past, false, "", false},
		{"Guterres said the Taliban had broken their pledges.", "broken", "had broken", annals.Past, false, "", false},
		{"Police were attacked by militants in Kabul.", "attacked", "were attacked", annals.Past, false, "", true},
		{"The minister did not attend the talks.", "attend", "did not attend", annals.Past, true, "", false},
		{"Iran would retaliate if attacked.", "retaliate", "would retaliate", annals.Present, false, "would", false},
		{"Iran would retaliate if attacked.", "attacked", "attacked", annals.Present, false, "", true},
		{"Qatar, which has long maintained a Taliban office, enabled the discussions.", "maintained", "has long maintained", annals.Present, false, "", false},
		{"The EU plans to increase aid to Afghanistan, Borrell said.", "increase", "plans to increase", annals.Present, false, "plan to", false},
		{"The suspect has been arrested.", "arrested", "has been arrested", annals.Present, false, "", true},
		{"The envoys were told to leave.", "told", "were told", annals.Past, false, "", true},
		{"Iran will never negotiate.", "negotiate", "will never negotiate", annals.Future, true, "will", false},
		{"The rebels are going to attack the city.", "attack", "are going to attack", annals.Future, false, "be going to", false},
		{"The group no longer supports the deal.", "supports", "no longer supports", annals.Present, true, "", false},
		{"Moscow is seeking to expand its influence.", "expand", "is seeking to expand", annals.Present, false, "seek to", false},
		{"The president is to visit Kabul.", "visit", "is to visit", annals.Present, false, "be to", false},
		{"Rebels threatened to attack the capital.", "attack", "threatened to attack", annals.Past, false, "threaten to", false},
		{"They couldn't agree.", "agree", "could n't agree", annals.Present, true, "could", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.head, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			h := tokenBy(t, doc, tt.head)
			var vg *annals.VerbGroup
			for i := range doc.Verbs {
				if doc.Verbs[i].Head == h {
					vg = &doc.Verbs[i]
				}
			}
			if vg == nil {
				t.Fatalf("no verb group headed by %q: %s; %s", tt.head, verbs(doc), tagged(doc))
			}
			var gotGroup []string
			for i := vg.Tokens.Start; i < vg.Tokens.End; i++ {
				gotGroup = append(gotGroup, doc.TokenText(0, i))
			}
			got := fmt.Sprintf("%q tense=%d neg=%v modal=%q passive=%v", strings.Join(gotGroup, " "), vg.Tense, vg.Negated, vg.Modal, vg.Passive)
			want := fmt.Sprintf("%q tense=%d neg=%v modal=%q passive=%v", tt.group, tt.tense, tt.negated, tt.modal, tt.passive)
			if got != want {
				t.Errorf("verb group\n got %s\nwant %s\n(%s)", got, want, tagged(doc))
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"single clause", "The Taliban met with EU and US envoys on Tuesday.",
			"Main[The Taliban met with EU and US envoys on Tuesday.]"},
		{"reported without that", "Guterres said the Taliban had broken their pledges.",
			"Main[Guterres said the Taliban had broken their pledges.] Rep[the Taliban had broken their pledges]^0"},
		{"reported with that and hearer", "The minister told reporters on Tuesday that talks would resume.",
			"Main[The minister told reporters on Tuesday that talks would resume.] Rep[that talks would resume]^0"},
		{"subordinate", "Iran would retaliate if attacked.",
			"Main[Iran would retaliate if attacked.] Sub[if attacked]^0"},
		{"non-restrictive relative", "Qatar, which has long maintained a Taliban office, enabled the discussions.",
			"Main[Qatar, which has long maintained a Taliban office, enabled the discussions.] Rel[which has long maintained a Taliban office]^0@qatar"},
		{"restrictive relative", "The men who attacked the base were arrested.",
			"Main[The men who attacked the base were arrested.] Rel[who attacked the base]^0@men"},
		{"inverted reporting", "The EU plans to increase aid to Afghanistan, Borrell said.",
			"Main[The EU plans to increase aid to Afghanistan, Borrell said.] Rep[The EU plans to increase aid to Afghanistan]^0"},
		{"inverted reporting with adverbials", "Militants attacked a checkpoint, the ministry said in a statement on Tuesday.",
			"Main[Militants attacked a checkpoint, the ministry said in a statement on Tuesday.] Rep[Militants attacked a checkpoint]^0"},
		{"coordinated verb phrase", "Rebels fired rockets at the base and killed two soldiers.",
			"Main[Rebels fired rockets at the base and killed two soldiers.] Coord[and killed two soldiers]^0"},
		{"coordinated clauses", "The army advanced, but the rebels held the bridge.",
			"Main[The army advanced, but the rebels held the bridge.] Coord[but the rebels held the bridge]^0"},
		{"noun coordination is not a clause", "The Taliban and the EU met in Doha.",
			"Main[The Taliban and the EU met in Doha.]"},
		{"sentence-initial subordinate", "After the talks ended, the envoys left Doha.",
			"Main[After the talks ended, the envoys left Doha.] Sub[After the talks ended]^0"},
		{"nested: subordinate inside reported", "Officials said Iran would retaliate if attacked.",
			"Main[Officials said Iran would retaliate if attacked.] Rep[Iran would retaliate if attacked]^0 Sub[if attacked]^1"},
		{"preposition is not a subordinator", "The envoys left after the meeting.",
			"Main[The envoys left after the meeting.]"},
		{"speech between commas", "The rebels, officials said, attacked the base.",
			"Main[The rebels, officials said, attacked the base.] Rep[The rebels, officials said, attacked the base]^0 Paren[officials said]^1"},
		{"finite verb before the commas: inverted, not mid-sentence", "The rebels fled, officials said, and attacked the base.",
			"Main[The rebels fled, officials said, and attacked the base.] Rep[The rebels fled]^0 Coord[and attacked the base]^0"},
		{"no finite verb before the comma is no inverted report", "In Kabul on Tuesday, officials said the talks would resume.",
			"Main[In Kabul on Tuesday, officials said the talks would resume.] Rep[the talks would resume]^0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			if got := clauses(doc); got != tt.want {
				t.Errorf("clauses\n got %s\nwant %s\n(%s)", got, tt.want, tagged(doc))
			}
			checkDoc(t, doc)
		})
	}
}

// TestVerbClause checks that each verb group points at its innermost clause.
func TestVerbClause(t *testing.T) {
	doc := MustAnnotate(t, "The EU plans to increase aid to Afghanistan, Borrell said.")
	want := map[string]annals.ClauseKind{"increase": annals.Reported, "said": annals.MainClause}
	for _, v := range doc.Verbs {
		w := doc.TokenText(0, v.Head)
		if k, ok := want[w]; ok && doc.Clauses[v.Clause].Kind != k {
			t.Errorf("verb %q in clause kind %d, want %d", w, doc.Clauses[v.Clause].Kind, k)
		}
	}
}

// checkDoc verifies the structural promises of Annotate: every word has a
// tag and lemma, chunks and verb groups lie inside one sentence, clauses
// nest inside their parent and sentence, and every token has exactly one
// innermost clause.
func checkDoc(tb testing.TB, doc *annals.Doc) {
	tb.Helper()
	within := func(r annals.Range, what string, k int) int {
		if r.Start < 0 || r.End > len(doc.Tokens) || r.Start >= r.End {
			tb.Fatalf("%s %d: bad range %v", what, k, r)
		}
		s := doc.SentenceOf(r.Start)
		if s < 0 || r.End > doc.Sentences[s].Tokens.End {
			tb.Fatalf("%s %d: range %v crosses a sentence", what, k, r)
		}
		return s
	}
	for i, tk := range doc.Tokens {
		if tk.Tag == annals.TagUnknown || tk.Lemma == "" && tk.Norm != "" {
			tb.Fatalf("token %d %q: tag %v lemma %q", i, tk.Norm, tk.Tag, tk.Lemma)
		}
	}
	for k, c := range doc.Chunks {
		within(c.Tokens, "chunk", k)
		if c.Head < c.Tokens.Start || c.Head >= c.Tokens.End {
			tb.Fatalf("chunk %d: head %d outside %v", k, c.Head, c.Tokens)
		}
		if k > 0 && c.Tokens.Start < doc.Chunks[k-1].Tokens.End {
			tb.Fatalf("chunk %d overlaps the one before", k)
		}
	}
	for k, v := range doc.Verbs {
		s := within(v.Tokens, "verb group", k)
		if v.Head < v.Tokens.Start || v.Head >= v.Tokens.End {
			tb.Fatalf("verb group %d: head outside", k)
		}
		if v.Clause < 0 || v.Clause >= len(doc.Clauses) {
			tb.Fatalf("verb group %d: clause %d", k, v.Clause)
		}
		c := doc.Clauses[v.Clause].Tokens
		if v.Head < c.Start || v.Head >= c.End || doc.SentenceOf(c.Start) != s {
			tb.Fatalf("verb group %d: clause %v does not hold head %d", k, c, v.Head)
		}
	}
	for k, c := range doc.Clauses {
		within(c.Tokens, "clause", k)
		if c.Parent >= k {
			tb.Fatalf("clause %d: parent %d after it", k, c.Parent)
		}
		if c.Parent >= 0 {
			p := doc.Clauses[c.Parent].Tokens
			if c.Tokens.Start < p.Start || c.Tokens.End > p.End {
				tb.Fatalf("clause %d %v outside parent %v", k, c.Tokens, p)
			}
		}
	}
	// Siblings must not overlap, so each token's innermost clause is unique.
	for a := range doc.Clauses {
		for b := a + 1; b < len(doc.Clauses); b++ {
			ra, rb := doc.Clauses[a].Tokens, doc.Clauses[b].Tokens
			overlap := ra.Start < rb.End && rb.Start < ra.End
			nested := ra.Start <= rb.Start && rb.End <= ra.End
			if overlap && !nested {
				tb.Fatalf("clauses %d %v and %d %v overlap without nesting", a, ra, b, rb)
			}
		}
	}
	for si, s := range doc.Sentences {
		if s.Tokens.Len() == 0 {
			continue
		}
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			found := false
			for _, c := range doc.Clauses {
				if i >= c.Tokens.Start && i < c.Tokens.End {
					found = true
					break
				}
			}
			if !found {
				tb.Fatalf("sentence %d token %d in no clause", si, i)
			}
		}
	}
}

// TestReutersInvariants runs the structural checks over real news.
func TestReutersInvariants(t *testing.T) {
	docs := corpusDocs(t, "reuters21578.jsonl", 300)
	tg := MustTagger(t)
	for _, d := range docs {
		if err := tg.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkDoc(t, d)
	}
}

// TestAnnotateAllocs checks that tagging a segmented document allocates
// nothing once its layers have capacity.
func TestAnnotateAllocs(t *testing.T) {
	if race.Enabled {
		t.Skip("allocation counts differ under the race detector")
	}
	doc := MustAnnotate(t, "The Taliban met with EU and US envoys on Tuesday. Guterres said the Taliban had broken their pledges, which angered donors.")
	tg := MustTagger(t)
	allocs := testing.AllocsPerRun(50, func() {
		resetLayers(doc)
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("Annotate allocated %.1f times per run, want 0", allocs)
	}
}

func TestAnnotateErrors(t *testing.T) {
	tg := MustTagger(t)
	doc := &annals.Doc{Tokens: []annals.Token{{Norm: "x"}}, Sentences: []annals.Sentence{{Tokens: annals.Range{Start: 0, End: 3}}}}
	err := tg.Annotate(context.Background(), doc)
	if annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("out-of-range sentence: got %v, want an EINVALID error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := tg.Annotate(ctx, MustAnnotate(t, "Hello.")); err == nil {
		t.Error("cancelled context: got nil error")
	}
}

// lemmaCase is a word of a sentence and the lemma it should get.
type lemmaCase struct{ sentence, word, lemma string }

// checkLemmas tags each sentence and checks its word's lemma.
func checkLemmas(t *testing.T, tests []lemmaCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.word, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			i := tokenBy(t, doc, tt.word)
			if got := doc.Tokens[i].Lemma; got != tt.lemma {
				t.Errorf("lemma of %q = %q, want %q (%s)", tt.word, got, tt.lemma, tagged(doc))
			}
		})
	}
}
