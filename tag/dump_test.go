package tag_test

import (
	"os"
	"strings"
	"testing"
)

func TestDump(t *testing.T) {
	s := os.Getenv("TAG_DUMP")
	if s == "" {
		t.Skip("set TAG_DUMP to a sentence")
	}
	for _, line := range strings.Split(s, "|") {
		doc := MustAnnotate(t, line)
		t.Log(tagged(doc))
		var lem []string
		for _, tk := range doc.Tokens {
			lem = append(lem, tk.Lemma)
		}
		t.Log(strings.Join(lem, " "))
		t.Log(verbs(doc))
		t.Log(clauses(doc))
	}
}
