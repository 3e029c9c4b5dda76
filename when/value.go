package when

import (
	"strconv"
	"time"
)

// vkind says how precise a value is.
type vkind uint8

const (
	vDay      vkind = iota + 1 // 2021-10-12
	vMonth                     // 2021-08
	vYear                      // 2021
	vWeek                      // 2021-W40
	vWeekend                   // 2021-W40-WE
	vSeason                    // 2021-SU; m is the season 0..3
	vDecade                    // 199X; y is the decade's first year
	vQuarter                   // 2021-Q3; m is the quarter
	vYearPair                  // two years written as one token (2001-2021); y and m hold them
	vHalf                      // 2021-H2; m is the half
)

// value is a resolved time before formatting.
type value struct {
	k       vkind
	y, m, d int
}

var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// dayValue returns the day value of t.
func dayValue(t time.Time) value {
	y, m, d := t.Date()
	return value{k: vDay, y: y, m: int(m), d: d}
}

// weekValue returns the ISO week holding t.
func weekValue(t time.Time, k vkind) value {
	y, w := t.ISOWeek()
	return value{k: k, y: y, m: w}
}

// monthValue returns month m of year y, normalising m outside 1..12.
func monthValue(y, m int) value {
	n := y*12 + m - 1
	return value{k: vMonth, y: floorDiv(n, 12), m: n - floorDiv(n, 12)*12 + 1}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// ok reports whether v can be written as a TIMEX3 value: years 0..9999.
func (v value) ok() bool {
	switch v.k {
	case vDecade:
		return v.y >= 0 && v.y <= 9990
	case vYearPair:
		return v.y >= 0 && v.y <= 9999 && v.m >= 0 && v.m <= 9999
	}
	return v.y >= 0 && v.y <= 9999
}

// appendTo writes the TIMEX3 form of v.
func (v value) appendTo(b []byte) []byte {
	switch v.k {
	case vDecade:
		b = pad(b, v.y/10, 3)
		return append(b, 'X')
	case vYearPair:
		return pad(b, v.y, 4)
	}
	b = pad(b, v.y, 4)
	switch v.k {
	case vDay:
		b = append(b, '-')
		b = pad(b, v.m, 2)
		b = append(b, '-')
		b = pad(b, v.d, 2)
	case vMonth:
		b = append(b, '-')
		b = pad(b, v.m, 2)
	case vWeek, vWeekend:
		b = append(b, '-', 'W')
		b = pad(b, v.m, 2)
		if v.k == vWeekend {
			b = append(b, '-', 'W', 'E')
		}
	case vSeason:
		b = append(b, '-')
		b = append(b, seasonCodes[v.m&3]...)
	case vQuarter:
		b = append(b, '-', 'Q')
		b = strconv.AppendInt(b, int64(v.m), 10)
	case vHalf:
		b = append(b, '-', 'H')
		b = strconv.AppendInt(b, int64(v.m), 10)
	}
	return b
}

// String returns the TIMEX3 form of v.
func (v value) String() string {
	var buf [16]byte
	return string(v.appendTo(buf[:0]))
}

// pad appends n with at least width digits.
func pad(b []byte, n, width int) []byte {
	var d [20]byte
	i := len(d)
	for n >= 10 || width > 1 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	d[i] = byte('0' + n)
	return append(b, d[i:]...)
}

// daysIn returns the number of days in month m of year y: time's own
// count for a month 1 to 12 (February by the Gregorian leap rule, as time
// reckons every year), read from a table, and time's for any other m,
// which time.Date carries into the years around.
func daysIn(y, m int) int {
	switch {
	case m == 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case m >= 1 && m <= 12:
		return int(monthDays[m])
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthDays is the length of each month but February, from index 1.
var monthDays = [13]uint8{0, 31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// validDay reports whether y-m-d is a real date.
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// seasonAt returns the season holding month m of year y and the year that
// names it: December, January and February are winter of the December's year.
func seasonAt(y, m int) (s, sy int) {
	switch {
	case m >= 3 && m <= 5:
		return 0, y
	case m >= 6 && m <= 8:
		return 1, y
	case m >= 9 && m <= 11:
		return 2, y
	case m == 12:
		return 3, y
	}
	return 3, y - 1
}
