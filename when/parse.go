package when

import (
	"strings"
	"time"

	"github.com/annals-project/annals"
)

// dateLayouts are the publication-date forms Parse accepts, most common first.
var dateLayouts = [...]string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04Z07:00",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
	"2 January 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, 2 Jan 2006",
	"2006/01/02",
	"20060102",
}

// Parse reads a publication date in one of the common forms: 2021-10-13,
// RFC 3339, RFC 1123 ("Wed, 13 Oct 2021 10:00:00 GMT"), "13 October 2021",
// "October 13, 2021" and a few close variants. Dates without a zone are
// UTC. The error has code EINVALID when no form fits.
func Parse(date string) (time.Time, error) {
	s := strings.TrimSpace(date)
	if t, ok := parseISODay(s); ok {
		return t, nil
	}
	if s != "" {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t, nil
			}
		}
	}
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return time.Time{}, annals.Errorf(annals.EINVALID, "when: unrecognised date %q", s)
}

// parseISODay reads s as time.Parse reads it with the first layout,
// 2006-01-02: four digits of year, two of month and two of day, a valid
// day of that month, at midnight UTC. Most feeds date their articles so,
// and time.Parse takes a thousand instructions to read it; a false result
// leaves s to the layouts, the first among them, so a date it refuses is
// still read, or refused, by time.Parse alone.
func parseISODay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			continue
		}
		c := s[i]
		if c < '0' || c > '9' {
			return time.Time{}, false
		}
		n = n*10 + int(c-'0')
	}
	y, m, d := n/10000, n/100%100, n%100
	if !validDay(y, m, d) {
		return time.Time{}, false
	}
	return date(y, m, d), true
}
