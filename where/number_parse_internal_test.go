package where

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals/where/internal/fold"
)

// TestParseFixed checks that parseFixed returns what strconv.ParseFloat
// does, bit for bit, on the shapes the data holds and on those it hands
// to strconv.
func TestParseFixed(t *testing.T) {
	for _, s := range []string{
		"12.5240", "-70.0270", "0.0000", "-0.0000", "180.0000", "-89.9999",
		"33.646", "7", "-7", "7.", ".5", "0.1", "123456789012345", "1234567890.12345",
		"1234567890123456", "0.30000000000000004", "1e5", "-1.5e-3", "", "-", ".", "1.2.3", "12a", "+3.5", "NaN",
		"-.5", "-7.", "1..2", "..", "-.", "--1", "1-", "12345678901234.5", "123456789012345.6", "0.000000000000001", "9.", "-0",
	} {
		want, wantErr := strconv.ParseFloat(s, 64)
		got, err := parseFixed(s)
		if (err != nil) != (wantErr != nil) || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseFixed(%q) = %v, %v; strconv gives %v, %v", s, got, err, want, wantErr)
		}
	}
}

// TestParseInt checks parseInt against strconv.Atoi.
func TestParseInt(t *testing.T) {
	for _, s := range []string{"0", "29998", "3577154", "-12", "+12", "", "12a", "999999999999999999", "9999999999999999999"} {
		want, wantErr := strconv.Atoi(s)
		got, err := parseInt(s)
		if got != want || (err != nil) != (wantErr != nil) {
			t.Errorf("parseInt(%q) = %d, %v; strconv gives %d, %v", s, got, err, want, wantErr)
		}
	}
}

// TestEmbeddedCoordinates checks parseFixed on every coordinate of the
// embedded gazetteer, since its speed rests on the shape of that data.
func TestEmbeddedCoordinates(t *testing.T) {
	n := 0
	for l := range strings.Lines(citiesTSV) {
		f := strings.Split(strings.TrimSuffix(l, "\n"), "\t")
		if len(f) != 9 {
			t.Fatalf("line %q: %d columns", l, len(f))
		}
		for _, s := range f[5:7] {
			want, _ := strconv.ParseFloat(s, 64)
			if got, err := parseFixed(s); err != nil || math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("parseFixed(%q) = %v, %v; want %v", s, got, err, want)
			}
			n++
		}
	}
	if n < 90_000 {
		t.Errorf("%d coordinates read, want the whole file", n)
	}
}

// TestReadCitiesErrors checks that a malformed city line is reported
// with its line number.
func TestReadCitiesErrors(t *testing.T) {
	good := "1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\n"
	for _, c := range []struct{ name, text, want string }{
		{"few columns", good + "2\tB\tB\tAAA\t10\t1.0\t2.0\t0\n", "gazetteer.tsv:2: 8 columns"},
		{"many columns", "1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\t\n", "gazetteer.tsv:1: 10 columns"},
		{"bad id", "x\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\n", "gazetteer.tsv:1: id"},
		{"bad population", "1\tA\tA\tAAA\tten\t1.0\t2.0\t0\t00\n", "gazetteer.tsv:1: population"},
		{"bad coordinates", "1\tA\tA\tAAA\t10\t1.0\tx\t0\t00\n", "gazetteer.tsv:1: bad coordinates"},
		{"split country", good + "2\tB\tB\tBBB\t10\t1.0\t2.0\t0\t00\n# note\n\n3\tC\tC\tAAA\t10\t1.0\t2.0\t0\t00\n", "gazetteer.tsv:5: cities of AAA are not together"},
	} {
		g := &Gazetteer{cities: map[string][2]int32{}}
		err := g.readCities(&builder{}, c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

// TestReadCitiesSpans checks the per-country spans readCities records,
// blank and comment lines skipped and a last line without its newline
// read.
func TestReadCitiesSpans(t *testing.T) {
	text := "# header\n1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\n\n2\tB\tB\tAAA\t10\t1.0\t2.0\t0\t00\n3\tC\tC\tBBB\t10\t1.0\t2.0\t1\t"
	g := &Gazetteer{cities: map[string][2]int32{}}
	if err := g.readCities(&builder{}, text); err != nil {
		t.Fatal(err)
	}
	if len(g.places) != 3 || g.cities["AAA"] != [2]int32{0, 2} || g.cities["BBB"] != [2]int32{2, 3} || len(g.cities) != 2 {
		t.Errorf("places %d, spans %v; want 3, AAA [0 2], BBB [2 3]", len(g.places), g.cities)
	}
	if c := g.places[2]; !c.Capital || c.admin != "" || c.Country != "BBB" {
		t.Errorf("last line read as %+v", c)
	}
}

// TestReadCitiesFields checks readCities' one-pass split against
// strings.Split over every line of the embedded gazetteer: each city's
// id, names, country, population, capital flag and admin code are its
// line's columns.
func TestReadCitiesFields(t *testing.T) {
	g := &Gazetteer{cities: map[string][2]int32{}}
	if err := g.readCities(&builder{}, citiesTSV); err != nil {
		t.Fatal(err)
	}
	p := 0
	for _, l := range strings.Split(citiesTSV, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if p >= len(g.places) {
			t.Fatalf("line %q has no place", l)
		}
		c := g.places[p]
		p++
		id, _ := strconv.Atoi(f[0])
		pop, _ := strconv.Atoi(f[4])
		if m, ok := municipalPopulation[id]; ok {
			pop = m
		}
		if len(f) != 9 || c.ID != id || c.Name != f[1] || c.Country != f[3] || c.Population != pop ||
			c.Capital != (f[7] == "1") || c.admin != f[8] {
			t.Errorf("line %q read as %+v", l, c)
		}
	}
	if p != len(g.places) || p < 40_000 {
		t.Errorf("%d lines, %d places", p, len(g.places))
	}
}

// TestSplitLine checks splitLine against strings.Cut and strings.Split on
// every line of the embedded gazetteer and on lines with each byte value
// beside a tab at every offset of a word, too few and too many fields,
// and no final newline.
func TestSplitLine(t *testing.T) {
	check := func(s string) {
		t.Helper()
		line, wantRest, _ := strings.Cut(s, "\n")
		want := strings.Split(line, "\t")
		var f [9]string
		nf, rest := splitLine(s, &f)
		if nf != len(want) || rest != wantRest {
			t.Fatalf("splitLine(%q) = %d fields, rest %q; want %d, %q", s, nf, rest, len(want), wantRest)
		}
		for i := 0; i < nf && i < len(f); i++ {
			if f[i] != want[i] {
				t.Fatalf("splitLine(%q) field %d = %q, want %q", s, i, f[i], want[i])
			}
		}
	}
	n := 0
	for s := citiesTSV; s != ""; n++ {
		check(s)
		_, s, _ = strings.Cut(s, "\n")
	}
	if n < 40_000 {
		t.Errorf("%d lines checked, want the whole file", n)
	}
	for c := 0; c < 256; c++ {
		for pad := 0; pad < 17; pad++ {
			p := strings.Repeat("a", pad)
			b := string([]byte{byte(c)})
			for _, s := range []string{
				p + b + "\tx\t" + b + b + "\ty\n1\t2",
				p + "\t" + b + "\t\t" + b,
				p + b + "\n" + b + "\t",
				p + "\x00\t\x01\x08\x0b\t\x89\x8a\n",
			} {
				check(s)
			}
		}
	}
	for _, s := range []string{"", "\n", "\t", "a", "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\n", "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"} {
		check(s)
	}
}

// TestTabs checks the word test byte by byte: each byte value in each
// position, beside tabs, newlines and zero bytes.
func TestTabs(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{0, '\t', '\n', 0x7f, 0x80, 0x89, 0xff, 'a'} {
				var w [8]byte
				for i := range w {
					w[i] = fill
				}
				w[pos] = byte(c)
				var x, want uint64
				for i, v := range w {
					x |= uint64(v) << (8 * i)
					if v == '\t' {
						want |= 0x80 << (8 * i)
					}
				}
				if got := tabs(x); got != want {
					t.Fatalf("tabs(%x) = %x, want %x", x, got, want)
				}
			}
		}
	}
}

// TestScanCity checks readCities' one-pass reading against the general
// path, splitLine and parseCity, on every line of the embedded gazetteer
// and on lines of other shapes: where scanCity takes a line it must read
// the same fields, numbers and rest; it must leave to the general path
// every line that path would refuse.
func TestScanCity(t *testing.T) {
	check := func(s string) bool {
		t.Helper()
		got, gotRest, ok := scanCity(s)
		var f [9]string
		nf, wantRest := splitLine(s, &f)
		want, err := parseCity(&f)
		if nf != len(f) || err != nil {
			if ok {
				t.Errorf("scanCity(%q) took a line the general path refuses (%d columns, %v)", s, nf, err)
			}
			return false
		}
		if !ok {
			return false
		}
		if got != want || gotRest != wantRest || math.Float64bits(got.lat) != math.Float64bits(want.lat) ||
			math.Float64bits(got.lon) != math.Float64bits(want.lon) {
			t.Errorf("scanCity(%q) = %+v, rest %q; want %+v, %q", s, got, gotRest, want, wantRest)
		}
		return true
	}
	n := 0
	for s := citiesTSV; s != ""; _, s, _ = strings.Cut(s, "\n") {
		if s[0] == '#' || s[0] == '\n' {
			continue
		}
		if !check(s) {
			t.Errorf("scanCity does not take the data's line %q", s[:strings.IndexByte(s, '\n')])
		}
		n++
	}
	if n < 40_000 {
		t.Errorf("%d lines checked, want the whole file", n)
	}
	taken := 0
	for _, s := range []string{
		"1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\n", "1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00", "1\tA\tA\tAAA\t10\t1.0\t2.0\t1\t",
		"1\tAb\tAb\tAAA\t10\t1.0\t2.0\t0\t00\nnext", "1\tAb\tAbc\tAAA\t10\t1.0\t2.0\t0\t00\n", "1\tAbc\tAb\tAAA\t10\t1.0\t2.0\t0\t00\n",
		"1\t\t\tAAA\t10\t1.0\t2.0\t0\t00\n", "1\t\tx\tAAA\t10\t1.0\t2.0\t0\t00\n", "1\tx\t\tAAA\t10\t1.0\t2.0\t0\t00\n",
		"1\tA\tA\tAAAA\t10\t-1.5\t-.5\t10\tE N G\n", "1\tA\tA\t\t0\t7.\t-7\t\t\n", "123456789012345678\tA\tA\tA\t1\t1\t1\t1\t1",
		"1234567890123456789\tA\tA\tA\t1\t1\t1\t1\t1", "1\tA\tA\tA\t1234567890123456789\t1\t1\t1\t1",
		"1\tA\tA\tA\t1\t123456789012345\t1\t1\t1", "1\tA\tA\tA\t1\t1234567890123456\t1\t1\t1", "1\tA\tA\tA\t1\t1e5\t1\t1\t1",
		"+1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00", "-1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00", "1\tA\tA\tAAA\t+10\t1.0\t2.0\t0\t00",
		"\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00", "1\tA\tA\tAAA\t\t1.0\t2.0\t0\t00", "1\tA\tA\tAAA\t10\t\t2.0\t0\t00",
		"1\tA\tA\tAAA\t10\t1.0\t.\t0\t00", "1\tA\tA\tAAA\t10\t1.0\t-\t0\t00", "1\tA\tA\tAAA\t10\t1.0\t1..2\t0\t00",
		"1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\t", "1\tA\tA\tAAA\t10\t1.0\t2.0\t0", "1\tA\tA\tAAA\t10\t1.0\t2.0\n\t0\t00",
		"1\tA\nA\tAAA\t10\t1.0\t2.0\t0\t00", "1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\t\n", "1\tA\tA", "1", "",
		"1\tA\tA\tAAA\t10\t1.0\t2.0\t0\t00\r\n", "1 \tA\tA\tAAA\t10\t1.0\t2.0\t0\t00", "1\tA\tA\tAAA\t10\t1.0 \t2.0\t0\t00",
		"1\tA\tA\tAAA\t10\t12.5240\t-70.0270\t0\t00", "1\tA\tA\tAAA\t10\t12.52a0\t-70.0270\t0\t00",
		"1\tA\tA\tAAA\t10\t12.52400\t-70.027\t0\t00", "1\tA\tA\tAAA\t10\t.5240\t-.0270\t0\t00",
		"1\tA\tA\tAAA\t10\t123456789012.5240\t1.0000\t0\t00", "1\tA\tA\tAAA\t10\t12345678901.5240\t1.0000\t0\t00",
		"1\tA\tA\tAAA\t10\t1.524/\t1.:000\t0\t00", "1\tA\tA\tAAA\t10\t1.5240",
	} {
		if check(s) {
			taken++
		}
	}
	if taken < 10 {
		t.Errorf("scanCity took %d of the odd lines, want at least the well-formed ones", taken)
	}
}

// TestAddOther checks that addOther leaves out only a name folding to
// the key of the last entry, of the same place.
func TestAddOther(t *testing.T) {
	for _, c := range []struct {
		name, other string
		first, idx  int32
		want        int
	}{
		{"Zürich", "Zurich", 1, 1, 1},
		{"Zürich", "ZURICH", 1, 1, 1},
		{"Zürich", "Zurich", 1, 2, 2}, // another place
		{"Bern", "Berne", 1, 1, 2},
		{"Bern", "…", 1, 1, 1}, // folds to nothing
		{"…", "Bern", 1, 1, 1},
		{"…", "…", 1, 1, 0},
	} {
		var b builder
		b.add(c.name, c.first)
		b.addOther(c.other, c.idx)
		if len(b.entries) != c.want {
			t.Errorf("%q then %q: %d entries, want %d", c.name, c.other, len(b.entries), c.want)
		}
		if e := b.entries; len(e) > 0 && int(e[len(e)-1].end) != len(b.folded) {
			t.Errorf("%q then %q: folded bytes left after the last entry", c.name, c.other)
		}
	}
}

// TestASCIINamesIndexed checks, over every city line of the gazetteer,
// that the index lists the city under its ASCII name folded, whether
// addOther kept that name's entry or left it out, and that no list of
// the index names a place twice.
func TestASCIINamesIndexed(t *testing.T) {
	g := loaded(t)
	p := 0
	for _, l := range strings.Split(citiesTSV, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if k := string(fold.Append(nil, f[2])); k != "" && !slices.Contains(g.index[k], int32(p)) {
			t.Errorf("%q (%q) not indexed under %q", f[1], f[2], k)
		}
		p++
	}
	for k, list := range g.index {
		s := slices.Clone(list)
		slices.Sort(s)
		if len(slices.Compact(s)) != len(list) {
			t.Errorf("%q lists %v", k, list)
		}
	}
}

// TestFourDigits checks fourDigits on every four-digit string and on
// each byte value at each position among digits.
func TestFourDigits(t *testing.T) {
	for n := 0; n < 10_000; n++ {
		s := strconv.Itoa(n + 10_000)[1:]
		if got, ok := fourDigits(s); !ok || got != uint64(n) {
			t.Fatalf("fourDigits(%q) = %d, %v", s, got, ok)
		}
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 4; pos++ {
			for _, fill := range []byte{'0', '9', '5'} {
				b := []byte{fill, fill, fill, fill}
				b[pos] = byte(c)
				want, err := strconv.ParseUint(string(b), 10, 64)
				got, ok := fourDigits(string(b))
				if ok != (err == nil) || ok && got != want {
					t.Fatalf("fourDigits(%q) = %d, %v; want %d, %v", b, got, ok, want, err)
				}
			}
		}
	}
}

// TestScanUint checks scanUint's word-at-a-time path against the digit
// loop it stands in front of: every id and population of the embedded
// gazetteer, numbers of each length at each offset from a line's end,
// and each byte value at each position of a field of digits.
func TestScanUint(t *testing.T) {
	byDigit := func(l string, i int) (int, int, bool) {
		n, start := 0, i
		for ; i < len(l) && l[i]-'0' <= 9; i++ {
			n = n*10 + int(l[i]-'0')
		}
		if i == start || i-start > 18 || i >= len(l) || l[i] != '\t' {
			return 0, i, false
		}
		return n, i + 1, true
	}
	check := func(l string, i int) {
		t.Helper()
		n, j, ok := scanUint(l, i)
		wn, wj, wok := byDigit(l, i)
		if ok != wok || ok && (n != wn || j != wj) {
			t.Fatalf("scanUint(%q, %d) = %d, %d, %v; want %d, %d, %v", l, i, n, j, ok, wn, wj, wok)
		}
	}
	lines := 0
	for l := range strings.Lines(citiesTSV) {
		check(l, 0)
		f := strings.SplitN(l, "\t", 6)
		if len(f) == 6 {
			check(l, len(f[0])+len(f[1])+len(f[2])+len(f[3])+4)
		}
		lines++
	}
	if lines < 40_000 {
		t.Errorf("%d lines checked, want the whole file", lines)
	}
	for _, num := range []string{"0", "7", "12", "305", "4096", "29998", "123456", "3577154", "99999999", "12345678", "999999999999999999", "1234567890123456789", "0000007"} {
		for _, tail := range []string{"\t", "\tA\tB\tC\tD\tE", "", "x\tyyyyyyyy", " \t12345678", "\n12\t"} {
			for _, head := range []string{"", "\t", "ab\t"} {
				l := head + num + tail
				check(l, len(head))
			}
		}
	}
	for c := 0; c < 256; c++ {
		for n := 1; n < 12; n++ {
			for pos := 0; pos <= n; pos++ {
				b := []byte(strings.Repeat("9", n) + "\t1234567")
				b[pos] = byte(c)
				check(string(b), 0)
				b[pos] = '0'
				check(string(b), 0)
			}
		}
	}
}

// TestDigitsValue checks digitsValue on numbers of one to seven digits,
// leading zeros among them.
func TestDigitsValue(t *testing.T) {
	for _, v := range []uint64{0, 1, 9, 10, 99, 100, 305, 4096, 9999, 10000, 29998, 99999, 123456, 999999, 1000000, 3577154, 9999999} {
		for n := len(strconv.FormatUint(v, 10)); n < 8; n++ {
			s := strconv.FormatUint(v+uint64(math.Pow10(n)), 10)[1:] + "\t\t\t\t\t\t\t\t"
			x := uint64(0)
			for i := 7; i >= 0; i-- {
				x = x<<8 | uint64(s[i])
			}
			if got := digitsValue(x, n); got != v {
				t.Errorf("digitsValue(%q, %d) = %d, want %d", s[:8], n, got, v)
			}
			if got := digitRun(x); got != n {
				t.Errorf("digitRun(%q) = %d, want %d", s[:8], got, n)
			}
		}
	}
}

// TestScanFixed checks scanFixed's reading of the data's shape against
// its digit-by-digit loops, written out here as they read every field:
// every coordinate of the embedded gazetteer, fields of each shape near
// a line's end, and each byte value at each position of a coordinate.
func TestScanFixed(t *testing.T) {
	byDigit := func(l string, i int) (float64, int, bool) {
		neg := i < len(l) && l[i] == '-'
		if neg {
			i++
		}
		var m uint64
		start := i
		for ; i < len(l) && l[i]-'0' <= 9; i++ {
			m = m*10 + uint64(l[i]-'0')
		}
		digits, frac := i-start, 0
		if i < len(l) && l[i] == '.' {
			for i++; i < len(l) && l[i]-'0' <= 9; i++ {
				m = m*10 + uint64(l[i]-'0')
				frac++
			}
			digits += frac
		}
		if i >= len(l) || l[i] != '\t' || digits == 0 || digits > 15 {
			return 0, i, false
		}
		v := float64(m) / pow10[frac]
		if neg {
			v = -v
		}
		return v, i + 1, true
	}
	check := func(l string, i int) {
		t.Helper()
		v, j, ok := scanFixed(l, i)
		wv, wj, wok := byDigit(l, i)
		if ok != wok || ok && (math.Float64bits(v) != math.Float64bits(wv) || j != wj) {
			t.Fatalf("scanFixed(%q, %d) = %v, %d, %v; want %v, %d, %v", l, i, v, j, ok, wv, wj, wok)
		}
	}
	n := 0
	for l := range strings.Lines(citiesTSV) {
		f := strings.Split(l, "\t")
		if len(f) != 9 {
			continue
		}
		at := len(f[0]) + len(f[1]) + len(f[2]) + len(f[3]) + len(f[4]) + 5
		check(l, at)
		check(l, at+len(f[5])+1)
		n++
	}
	if n < 40_000 {
		t.Errorf("%d lines checked, want the whole file", n)
	}
	for _, num := range []string{"1.2345", "-1.2345", "12.5240", "-70.0270", "180.0000", "-179.9999", "1234.5678", "0.0000", "-0.0000",
		"1.234", "1.23456", ".5240", "-.5240", "7", "-7", "7.", "12345678.1234", "1.2.3", "--1.0000", "1e5.0000"} {
		for _, tail := range []string{"\t", "\t0\t", "\t0\tAB", "\t1\t12345", "", "x\t0\t00", " \t0\t00", "\n1\t0\t00"} {
			for _, head := range []string{"", "\t", "AAA\t10\t"} {
				check(head+num+tail, len(head))
			}
		}
	}
	for c := 0; c < 256; c++ {
		for _, base := range []string{"-70.0270\t0\t00", "1.5240\t0\t", "123.4567\t1\tAB"} {
			for pos := 0; pos < len(base); pos++ {
				b := []byte(base)
				b[pos] = byte(c)
				check(string(b), 0)
			}
		}
	}
}
