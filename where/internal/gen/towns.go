package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/annals-project/annals/where/internal/fold"
)

// town is one cities500 place of the second tier, or, with main set, a
// place of the main gazetteer that the tier only names anew.
type town struct {
	id, pop    int
	name, iso3 string
	admin      string
	lat, lon   float64
	main       bool
	alternates []string
}

// runTowns writes the second tier from the GeoNames cities500 dump: every
// place the main gazetteer (gaz) lacks, and the Latin-script alternate
// names of every place, main tier too. The output has two sorted parts
// split by a line "#": the tier's own places ("geonameid, name, ISO3,
// lat, lon, admin1"), then the names, one a line, "key\tref,ref,...",
// sorted by key, where a ref is the byte offset of a place's line in the
// first part or "m" and the GeoNames id of a main-tier place, most
// populous first, own names before alternate ones. Offsets let the reader
// find a place without indexing the lines. A name is dropped when it is no
// capitalised Latin-script name, holds a digit, is written in capitals (a
// code), or folds to 2 letters or fewer. An alternate name is dropped too
// when it is a word the tag lexicon knows other than as a proper noun (a
// common word, or a proper adjective such as "Canadian"); a tier place's
// own name is kept, with refs that begin with "~", since a town is often
// named by a word ("Delta, Pa.", "Purchase, N.Y."): such a name is a place
// only beside its region (see commonWordTown in where). The refs of a
// name the lexicon knows as a proper noun ("Christmas", "Ramadan",
// "Nixon") begin with "*": such a name is a place only beside its region
// or country.
func runTowns(in, gaz, lexicon, countries, out string) error {
	iso, err := readISO(countries)
	if err != nil {
		return err
	}
	mainIDs, err := readMainIDs(gaz)
	if err != nil {
		return err
	}
	common, proper, err := readLexicon(lexicon)
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var towns []town
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			return fmt.Errorf("gen: %s:%d: %d columns, want 15 or more", in, line, len(c))
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return fmt.Errorf("gen: %s:%d: id: %w", in, line, err)
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("gen: %s:%d: bad coordinates", in, line)
		}
		pop, _ := strconv.Atoi(c[14])
		i3, ok := iso[c[8]]
		if !ok {
			continue // a territory the country table leaves out
		}
		t := town{id: id, pop: pop, name: c[1], iso3: i3, admin: c[10], lat: lat, lon: lon, main: mainIDs[id]}
		if c[3] != "" {
			t.alternates = strings.Split(c[3], ",")
		}
		towns = append(towns, t)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gen: %s: %w", in, err)
	}
	slices.SortFunc(towns, func(a, b town) int { return byPlace(a.iso3, a.name, a.id, b.iso3, b.name, b.id) })

	// A ref found under a place's own name outranks one found under
	// another's alternate name: "Milan, Ohio" is the village called
	// Milan, not the town that GeoNames also calls so.
	type ref struct {
		s         string
		alternate bool
		pop       int
	}
	names := make(map[string][]ref)
	rows, off, nrefs := 0, 0, 0 // places, bytes and references written
	var keys []string
	size, err := writeFile(out, func(w *bufio.Writer) {
		for _, t := range towns {
			r := "m" + strconv.Itoa(t.id)
			own := map[string]bool{}
			if !t.main {
				r = strconv.Itoa(off)
				rows++
				n, _ := fmt.Fprintf(w, "%d\t%s\t%s\t%.3f\t%.3f\t%s\n", t.id, t.name, t.iso3, t.lat, t.lon, t.admin)
				off += n
				for _, n := range []string{t.name, fold.ASCII(t.name)} {
					if k, ok := shapeKey(n); ok && !own[k] {
						own[k] = true
						names[k] = append(names[k], ref{r, false, t.pop})
					}
				}
			} else {
				own[fold.Key(t.name)] = true
				own[fold.Key(fold.ASCII(t.name))] = true
			}
			for _, n := range t.alternates {
				if !latinName(n) {
					continue
				}
				if k, ok := nameKey(n, common); ok && !own[k] {
					own[k] = true
					names[k] = append(names[k], ref{r, true, t.pop})
				}
			}
		}
		fmt.Fprintln(w, "#")
		keys = make([]string, 0, len(names))
		for k := range names {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			list := names[k]
			slices.SortStableFunc(list, func(a, b ref) int {
				if a.alternate != b.alternate {
					if a.alternate {
						return 1
					}
					return -1
				}
				return b.pop - a.pop
			})
			w.WriteString(k)
			w.WriteByte('\t')
			if proper[k] {
				w.WriteByte('*')
			} else if common[k] {
				w.WriteByte('~')
			}
			for i, r := range list {
				if i > 0 {
					w.WriteByte(',')
				}
				w.WriteString(r.s)
			}
			w.WriteByte('\n')
			nrefs += len(list)
		}
	})
	if err != nil {
		return err
	}
	log.Printf("gen: wrote %d places, %d names (%d references), %d bytes, to %s", rows, len(keys), nrefs, size, out)
	return nil
}

// nameKey folds an alternate name and says whether the tier keeps it: a
// name shapeKey keeps that is not a word the lexicon knows as a common
// one.
func nameKey(n string, common map[string]bool) (string, bool) {
	k, ok := shapeKey(n)
	if !ok || common[k] {
		return "", false
	}
	return k, true
}

// shapeKey folds a name and says whether it has a place name's shape: at
// least 3 letters, capitalised but not written in capitals, and free of
// digits.
func shapeKey(n string) (string, bool) {
	first := true
	lower := false
	for _, r := range n {
		if unicode.IsDigit(r) {
			return "", false
		}
		if unicode.IsLetter(r) {
			if first && !unicode.IsUpper(r) {
				return "", false
			}
			first = false
			lower = lower || unicode.IsLower(r)
		}
	}
	if first || !lower {
		return "", false
	}
	k := fold.Key(n)
	letters := 0
	for i := 0; i < len(k); i++ {
		if k[i] >= 'a' && k[i] <= 'z' {
			letters++
		}
	}
	if letters <= 2 {
		return "", false
	}
	return k, true
}

// latinName reports whether every letter of n is of the Latin script.
func latinName(n string) bool {
	for _, r := range n {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// readMainIDs reads the GeoNames ids of the main gazetteer.
func readMainIDs(path string) (map[int]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	ids := make(map[int]bool)
	for _, l := range strings.Split(string(b), "\n") {
		id, _, _ := strings.Cut(l, "\t")
		if n, err := strconv.Atoi(id); err == nil {
			ids[n] = true
		}
	}
	return ids, nil
}

// readLexicon reads the words the tag lexicon knows with a reading other
// than a proper noun ("hope n51 v120", "canadian N A", but not "gaza N"),
// and those it knows as proper nouns alone ("gaza", "christmas").
func readLexicon(path string) (common, proper map[string]bool, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("gen: %w", err)
	}
	m := make(map[string]bool)
	proper = make(map[string]bool)
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		word, readings, _ := strings.Cut(l, " ")
		k := fold.Key(word)
		for _, r := range strings.Fields(readings) {
			if r[0] >= 'a' && r[0] <= 'z' || r[0] == 'A' {
				m[k] = true
				break
			}
		}
		if !m[k] {
			proper[k] = true
		}
	}
	return m, proper, nil
}
