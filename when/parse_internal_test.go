package when

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestParseISODay checks Parse's reading of 2006-01-02 against time.Parse
// with that layout for every day of 1899 to 2101, the days just past each
// month's end, and malformed forms, which Parse must leave to its layouts.
func TestParseISODay(t *testing.T) {
	var dates []string
	for y := 1899; y <= 2101; y++ {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				dates = append(dates, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	dates = append(dates, "0000-01-01", "9999-12-31", "1987-2-26", "1987-02-6 ", "19870226", "1987/02/26",
		"+987-02-26", "1987-0a-26", "1987--2-26", "1987-02-26T00:00:00Z", " 1987-02-26 ", "")
	for _, s := range dates {
		want, wantErr := time.Parse("2006-01-02", strings.TrimSpace(s))
		got, ok := parseISODay(strings.TrimSpace(s))
		if ok != (wantErr == nil) || ok && got != want {
			t.Fatalf("parseISODay(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, wantErr)
		}
		if ok {
			if p, err := Parse(s); err != nil || p != want {
				t.Fatalf("Parse(%q) = %v, %v, want %v", s, p, err, want)
			}
		}
	}
}

// TestDaysIn checks daysIn against time.Date's count for every month of
// the years -401 to 2401, leap centuries among them, and months outside
// 1 to 12.
func TestDaysIn(t *testing.T) {
	for y := -401; y <= 2401; y++ {
		for m := -1; m <= 14; m++ {
			if got, want := daysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}
