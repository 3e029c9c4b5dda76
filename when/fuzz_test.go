package when_test

import (
	"testing"
	"time"

	"github.com/annals-project/annals/when"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Taliban met with EU and US envoys in person on Tuesday.",
		"Boys returned three weeks ago, in August, and on 13 October 2021.",
		"From 2001-2021 and 1987-88 to the '90s, Q3 2020, 10/13/2021, 2021-10-13.",
		"the day before yesterday, this coming Friday, Tuesday, Oct. 12",
		"155,221 bags 5.93 mln 1999 % $2000 ’90s 1990’s\u00a0May",
		"in the first quarter of fiscal 1987, the end of the year, mid-",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC).Unix())
	}
	r := when.New()
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var p time.Time
		if unix != 0 {
			p = time.Unix(unix%(1<<37), 0).UTC()
		}
		prev := 0
		for _, tm := range r.Find(s, p, nil) {
			if tm.Start < prev || tm.End <= tm.Start || tm.End > len(s) {
				t.Fatalf("Find(%q): bad offsets %d..%d after %d", s, tm.Start, tm.End, prev)
			}
			if s[tm.Start:tm.End] != tm.Text {
				t.Fatalf("Find(%q): text %q != s[%d:%d]", s, tm.Text, tm.Start, tm.End)
			}
			if tm.Value == "" {
				t.Fatalf("Find(%q): %q has no value", s, tm.Text)
			}
			prev = tm.End
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2021-10-13", "2021-10-13T10:00:00Z", "Wed, 13 Oct 2021 10:00:00 GMT", "13 October 2021", "October 13, 2021", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := when.Parse(s)
		if err != nil || d.Year() < 0 || d.Year() > 9999 {
			return
		}
		// What Parse accepts survives a round trip through RFC 3339.
		again, err := when.Parse(d.Format(time.RFC3339Nano))
		if err != nil || !again.Equal(d) {
			t.Fatalf("Parse(%q) = %v; round trip gives %v, %v", s, d, again, err)
		}
	})
}
