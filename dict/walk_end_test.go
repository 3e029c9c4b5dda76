package dict

import (
	"testing"

	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/text"
)

// TestOutEdges checks that a compiled trie's out marks exactly the nodes
// with an edge out, so that a walk stopping at an unmarked node stops
// where the edges would have stopped it, for a small dictionary and
// annals' own.
func TestOutEdges(t *testing.T) {
	small := New([]Actor{
		{Name: "Arnor", Names: []string{"ARNOR", "KINGDOM OF ARNOR"}},
		{Name: "Gondor army", Names: []string{"GONDOR ARMY", "GONDOR"}},
	}, []Agent{{Name: "minister", Names: []string{"minister", "defence minister"}, Code: "GOV"}}, nil, []Discard{{Phrase: "sports results"}})
	own, err := Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*Dict{"small": small, "annals": own} {
		for _, tr := range []*trie{d.actors, d.agents, d.discards} {
			want := make([]bool, len(tr.term))
			for k := range tr.edgeTab.edges() {
				want[int32(k>>32)] = true
			}
			if len(tr.out) != len(want) {
				t.Fatalf("%s: out has %d nodes, the trie %d", name, len(tr.out), len(want))
			}
			for n := range want {
				if tr.out[n] != want[n] {
					t.Errorf("%s: out[%d] = %v, edges say %v", name, n, tr.out[n], want[n])
				}
			}
		}
	}
	tests := []struct {
		text string
		end  int // MatchActor's end at token 0
	}{
		{"GONDOR ARMY chiefs met", 2},   // ends at a leaf
		{"GONDOR said", 1},              // a name that others go on from
		{"KINGDOM OF ARNOR troops", 3},  // three words to a leaf
		{"KINGDOM OF GONDOR troops", 0}, // no name
		{"Gondor army", 0},              // names written in capitals want capitals
		{"ARNOR", 1},                    // the sentence's last token
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, nil)
		if end, _ := small.MatchActor(toks, 0); end != tt.end {
			t.Errorf("MatchActor(%q) ends at %d, want %d", tt.text, end, tt.end)
		}
	}
}
