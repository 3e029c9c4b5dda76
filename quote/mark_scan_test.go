package quote

import "testing"

// TestLeadScan checks leadScan against a byte-by-byte reading: from every
// position, asked in order, it must return the first byte of markLead at
// or after it, with one byte of every value at two positions among plain
// letters, and over texts with marks close together and far apart.
func TestLeadScan(t *testing.T) {
	ref := func(s string, i int) int {
		for ; i < len(s); i++ {
			if markLead[s[i]] {
				return i
			}
		}
		return len(s)
	}
	check := func(s string, step int) {
		t.Helper()
		c := newLeadScan(s)
		for i := 0; i <= len(s); i += step {
			if got, want := c.from(i), ref(s, i); got != want {
				t.Fatalf("from(%d) over %q = %d, want %d", i, s, got, want)
			}
		}
	}
	for b := 0; b < 256; b++ {
		for _, pos := range [][2]int{{3, 3}, {0, 39}, {17, 18}, {39, 5}} {
			buf := []byte("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
			buf[pos[0]], buf[pos[1]] = byte(b), byte(b)
			for _, step := range []int{1, 2, 7} {
				check(string(buf), step)
			}
		}
	}
	for _, s := range []string{
		"",
		`He said "we won't go" and left.`,
		"“Yes,” she said. ‘No’ — «non» don't",
		"caf\u00e9 \u00abc\u00bb 'a' \"b\" \u2019s",
		"no marks at all in this sentence of plain words, none",
	} {
		check(s, 1)
		check(s, 3)
	}
}
