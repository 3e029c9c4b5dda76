package entity

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestEntityKey checks that entity finds an entity again by the same kind
// and key, as it did by the key string kind+":"+key, and keeps apart a
// dictionary entry and a name found in context written alike (the
// strings "e:X" and "n:X" differed too).
func TestEntityKey(t *testing.T) {
	s := &state{}
	steps := []struct {
		kind byte
		key  string
		want int
	}{
		{keyEntry, "USAGOV", 0},
		{keyName, "Nabila Massrali", 1},
		{keyEntry, "USAGOV", 0},
		{keyName, "USAGOV", 2},
		{keyEntry, "Nabila Massrali", 3},
		{keyName, "Nabila Massrali", 1},
		{keyEntry, "", 4},
		{keyName, "", 5},
		{keyName, "USAGOV", 2},
	}
	for i, st := range steps {
		if got := s.entity(st.kind, st.key, annals.Entity{Name: st.key}, entInfo{}); got != st.want {
			t.Errorf("step %d: entity(%q, %q) = %d, want %d", i, st.kind, st.key, got, st.want)
		}
	}
	if len(s.ents) != 6 || len(s.info) != 6 {
		t.Errorf("%d entities, %d infos; want 6 of each", len(s.ents), len(s.info))
	}
}
