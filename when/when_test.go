package when_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/when"
)

// pub is the seed article's publication date, a Wednesday.
var pub = time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC)

// got is one expected time: its text and value.
type got struct{ text, value string }

func find(s string, p time.Time) []got {
	var out []got
	for _, t := range when.New().Find(s, p, nil) {
		out = append(out, got{t.Text, t.Value})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []got
	}{
		// Weekdays: the most recent on or before publication.
		{"weekday before", "The Taliban met EU envoys on Tuesday.", []got{{"on Tuesday", "2021-10-12"}}},
		{"weekday earlier", "Muttaqi said this on Saturday.", []got{{"on Saturday", "2021-10-09"}}},
		{"weekday is pub", "Shares fell Wednesday.", []got{{"Wednesday", "2021-10-13"}}},
		{"last weekday", "He spoke last Wednesday.", []got{{"last Wednesday", "2021-10-06"}}},
		{"last weekday recent", "He spoke last Tuesday.", []got{{"last Tuesday", "2021-10-12"}}},
		{"next weekday", "They meet next Tuesday.", []got{{"next Tuesday", "2021-10-19"}}},
		{"next weekday same", "They meet next Wednesday.", []got{{"next Wednesday", "2021-10-20"}}},
		{"this coming", "They meet this coming Friday.", []got{{"this coming Friday", "2021-10-15"}}},
		{"future cue", "The talks will resume on Friday.", []got{{"on Friday", "2021-10-15"}}},
		{"future cue other clause", "He said on Friday that talks will resume.", []got{{"on Friday", "2021-10-08"}}},
		{"weekday part of day", "Fighting broke out on Monday night.", []got{{"on Monday night", "2021-10-11"}}},
		{"weekday with date", "It happened on Tuesday, Oct. 12, near Kabul.", []got{{"on Tuesday, Oct. 12", "2021-10-12"}}},
		// The same period a year back, after the period it repeats.
		{"same period", "Sales rose in February compared to the same period last year.", []got{{"in February", "2021-02"}, {"the same period last year", "2020-02"}}},
		{"same month ago", "Sales fell in January, compared to the same month a year ago.", []got{{"in January", "2021-01"}, {"the same month a year ago", "2020-01"}}},
		{"same quarter", "Profit doubled in the third quarter from the same quarter of the previous year.", []got{{"in the third quarter", "2021-Q3"}, {"from the same quarter of the previous year", "2020-Q3"}}},
		{"same period alone", "Profit doubled from the same period last year.", []got{{"from the same period last year", "2020"}}},
		// Fiscal quarters, and parts of a year.
		{"fiscal first quarter", "Its fiscal first quarter of 2022 was strong.", []got{{"fiscal first quarter of 2022", "2022-Q1"}}},
		{"first fiscal quarter", "In the first fiscal quarter of 2020, it lost money.", []got{{"In the first fiscal quarter of 2020", "2020-Q1"}}},
		{"mid-year", "It will ship in mid-2011.", []got{{"in mid-2011", "2011"}}},
		{"early year", "It shipped in early 2020 and late 2020.", []got{{"in early 2020", "2020"}, {"late 2020", "2020"}}},
		// Days.
		{"today", "Talks open today in Doha.", []got{{"today", "2021-10-13"}}},
		{"tonight", "He speaks tonight.", []got{{"tonight", "2021-10-13"}}},
		{"this morning", "He spoke this morning.", []got{{"this morning", "2021-10-13"}}},
		{"yesterday", "Yesterday, prices rose.", []got{{"Yesterday", "2021-10-12"}}},
		{"yesterday morning", "He left yesterday morning.", []got{{"yesterday morning", "2021-10-12"}}},
		{"tomorrow", "The vote is tomorrow.", []got{{"tomorrow", "2021-10-14"}}},
		{"day before yesterday", "It began the day before yesterday.", []got{{"the day before yesterday", "2021-10-11"}}},
		{"day after tomorrow", "It ends the day after tomorrow.", []got{{"the day after tomorrow", "2021-10-15"}}},
		{"last night", "Rockets hit the city last night.", []got{{"last night", "2021-10-12"}}},
		{"earlier today", "He said earlier today that", []got{{"earlier today", "2021-10-13"}}},
		// Weeks, months, years.
		{"last week", "Prices rose last week.", []got{{"last week", "2021-W40"}}},
		{"this week", "Prices rose this week.", []got{{"this week", "2021-W41"}}},
		{"next week", "Talks resume next week.", []got{{"next week", "2021-W42"}}},
		{"this weekend", "Talks resume this weekend.", []got{{"this weekend", "2021-W41-WE"}}},
		{"last weekend", "Protests spread last weekend.", []got{{"last weekend", "2021-W40-WE"}}},
		{"last month", "Exports fell last month.", []got{{"last month", "2021-09"}}},
		{"earlier this month", "It said earlier this month that", []got{{"earlier this month", "2021-10"}}},
		{"next month", "It votes next month.", []got{{"next month", "2021-11"}}},
		{"last year", "Sales rose 5 pct last year.", []got{{"last year", "2020"}}},
		{"earlier this year", "Earlier this year, it rained.", []got{{"Earlier this year", "2021"}}},
		{"next year", "Output will rise next year.", []got{{"next year", "2022"}}},
		{"previous year", "Up from the previous year.", []got{{"from the previous year", "2020"}}},
		{"year previous", "Sales beat the year previous.", []got{{"the year previous", "2020"}}},
		// Anchors: a year or day named earlier in the sentence.
		{"previous year anchored", "Costs fell to $118 billion last year, $19 billion less than the year previous.", []got{{"last year", "2020"}, {"the year previous", "2019"}}},
		{"previous year after year", "In 2015 sales rose from the previous year.", []got{{"In 2015", "2015"}, {"from the previous year", "2014"}}},
		{"the day", "The Dow fell 3%, ending the day at 7,114.", []got{{"the day", "2021-10-13"}}},
		{"the day anchored", "Shares fell on Monday, ending the day at 4,000.", []got{{"on Monday", "2021-10-11"}, {"the day", "2021-10-11"}}},
		{"late in the day", "The index rebounded late in the day after falling.", []got{{"late in the day", "2021-10-13"}}},
		{"same day", "A report came out on the same day.", []got{{"on the same day", "2021-10-13"}}},
		{"day of not a time", "On the day of the vote he left.", nil},
		{"day before not a time", "He left the day before.", nil},
		{"the weekend", "Talks took place during the weekend.", []got{{"during the weekend", "2021-W40-WE"}}},
		{"the weekend ahead", "Talks will take place over the weekend.", []got{{"the weekend", "2021-W41-WE"}}},
		// Ranges.
		{"until weekday", "Markets stay closed until Friday.", []got{{"until Friday", "2021-10-15"}}},
		{"day range", "The summit runs from June 10-12.", []got{{"from June 10-12", "2021-06-10"}}},
		{"day range first", "It was held on 3-5 March.", []got{{"on 3-5 March", "2021-03-03"}}},
		{"month range year", "It rained from November to February 2021.", []got{{"from November", "2020-11"}, {"February 2021", "2021-02"}}},
		// Halves and fiscal years.
		{"half year", "Sales rose in the first half of 2020.", []got{{"in the first half of 2020", "2020-H1"}}},
		{"half this year", "Profit fell in the second half of last year.", []got{{"in the second half of last year", "2020-H2"}}},
		{"half bare", "He scored in the second half.", nil},
		{"fiscal year", "Profit rose in fiscal year 2011.", []got{{"in fiscal year 2011", "2011"}}},
		{"by a month is a deadline", "It wants to cut dealers by early June.", []got{{"by early June", "2022-06"}}},
		{"by a weekday is a deadline", "Talks must end by Friday.", []got{{"by Friday", "2021-10-15"}}},
		{"end of last year", "Debt rose by the end of last year.", []got{{"by the end of last year", "2020"}}},
		{"end of the year", "It ends by the end of the year.", []got{{"by the end of the year", "2021"}}},
		{"late last year", "It began late last year.", []got{{"late last year", "2020"}}},
		{"past week is a duration", "Over the past week, prices rose.", nil},
		// Months.
		{"bare month", "After returning to power in August with the withdrawal", []got{{"in August", "2021-08"}}},
		{"month after pub", "It happened in December.", []got{{"in December", "2020-12"}}},
		{"month is pub", "It happened in October.", []got{{"in October", "2021-10"}}},
		{"month future", "Elections will be held in December.", []got{{"in December", "2021-12"}}},
		{"month future should", "The sale should be completed in December.", []got{{"in December", "2021-12"}}},
		{"month future noun", "December delivery rose 2 cents.", []got{{"December", "2021-12"}}},
		{"due to is no cue", "Flights stopped due to storms in December.", []got{{"in December", "2020-12"}}},
		{"month next year", "It opens in January next year.", []got{{"in January next year", "2022-01"}}},
		{"month of last year", "It opened in May of last year.", []got{{"in May of last year", "2020-05"}}},
		{"next month name", "It opens next August.", []got{{"next August", "2022-08"}}},
		{"last month name", "It opened last December.", []got{{"last December", "2020-12"}}},
		{"month year", "It opened in August 2021.", []got{{"in August 2021", "2021-08"}}},
		{"month comma count", "In June, 2000 people marched.", []got{{"In June", "2021-06"}}},
		{"month of year", "It opened in May of 2008.", []got{{"in May of 2008", "2008-05"}}},
		{"month day", "It opened on August 15.", []got{{"on August 15", "2021-08-15"}}},
		{"day month", "It opened on 15 August.", []got{{"on 15 August", "2021-08-15"}}},
		{"abbrev day", "It opened Aug. 15.", []got{{"Aug. 15", "2021-08-15"}}},
		{"ordinal day", "It opened on April 2nd.", []got{{"on April 2nd", "2021-04-02"}}},
		{"month day far back", "It opens on January 5.", []got{{"on January 5", "2022-01-05"}}},
		{"month day within 270", "It opened on March 1.", []got{{"on March 1", "2021-03-01"}}},
		{"month day soon after pub", "It opens on October 20.", []got{{"on October 20", "2021-10-20"}}},
		{"month day 254 days back", "It opened on February 1.", []got{{"on February 1", "2021-02-01"}}},
		{"month day year", "It opened on October 13, 2021.", []got{{"on October 13, 2021", "2021-10-13"}}},
		{"spaced comma", "June 13 , 2005", []got{{"June 13 , 2005", "2005-06-13"}}},
		{"day month year", "It opened on 13 October 2021.", []got{{"on 13 October 2021", "2021-10-13"}}},
		{"iso", "Filed 2021-10-13 in Doha.", []got{{"2021-10-13", "2021-10-13"}}},
		{"us slash", "Filed 10/13/2021 in Doha.", []got{{"10/13/2021", "2021-10-13"}}},
		{"day first slash", "Filed 13/10/2021 in Doha.", []got{{"13/10/2021", "2021-10-13"}}},
		{"short slash", "Dated 7/8/07.", []got{{"7/8/07", "2007-07-08"}}},
		{"between months", "It ran between March and May.", []got{{"March", "2021-03"}, {"May", "2021-05"}}},
		{"may day", "It opened May 5.", []got{{"May 5", "2021-05-05"}}},
		{"in may", "It opened in May.", []got{{"in May", "2021-05"}}},
		{"modal may", "May the talks succeed.", nil},
		{"modal May start", "May be it works.", nil},
		{"lower may", "Talks may resume.", nil},
		{"name May", "Theresa May said so.", nil},
		{"lower march", "They march on Kabul.", nil},
		{"abbrev alone", "Jan Smith said so.", nil},
		// Years, decades, seasons, quarters.
		{"in year", "It was founded in 2019.", []got{{"in 2019", "2019"}}},
		{"since year", "It has ruled since 2001.", []got{{"since 2001", "2001"}}},
		{"bare year", "The 2008 crisis hurt.", []got{{"2008", "2008"}}},
		{"year range", "From 2001 to 2021 it grew.", []got{{"From 2001", "2001"}, {"2021", "2021"}}},
		{"year pair", "It grew in 2001-2021.", []got{{"in 2001", "2001"}, {"2021", "2021"}}},
		{"crop year", "The 1987-88 crop is large.", []got{{"1987-88", "1987"}}},
		{"fiscal year", "Profit in fiscal 1987 rose.", []got{{"in fiscal 1987", "1987"}}},
		{"decade", "Oil boomed in the 1990s.", []got{{"in the 1990s", "199X"}}},
		{"decade apostrophe", "Oil boomed in the '90s.", []got{{"in the '90s", "199X"}}},
		{"decade short", "Oil boomed in the 20s.", []got{{"in the 20s", "202X"}}},
		{"decade early", "It began in the early 1980s.", []got{{"in the early 1980s", "198X"}}},
		{"age not decade", "He is in his 70s.", nil},
		{"decade pair", "The cars of the 70s and 80s were boxy.", []got{{"the 70s", "197X"}, {"80s", "198X"}}},
		{"two-digit year", "The index is at its lowest since '82.", []got{{"82", "1982"}}},
		{"year in a name", "The Russell 2000 Index fell.", nil},
		{"season after possessive", "The banks held their autumn meetings.", []got{{"autumn", "2021-FA"}}},
		{"price not decade", "Shares rose to the mid 30s.", nil},
		{"last summer", "It rained last summer.", []got{{"last summer", "2021-SU"}}},
		{"this spring", "It rained this spring.", []got{{"this spring", "2021-SP"}}},
		{"next winter", "It will snow next winter.", []got{{"next winter", "2021-WI"}}},
		{"last winter", "It snowed last winter.", []got{{"last winter", "2020-WI"}}},
		{"season of year", "It rained in the summer of 2020.", []got{{"in the summer of 2020", "2020-SU"}}},
		{"bare season", "It rained in the summer.", []got{{"in the summer", "2021-SU"}}},
		{"fall of city", "Since the fall of Kabul, aid stopped.", nil},
		{"fall verb", "Prices could fall sharply.", nil},
		{"quarter of year", "Profit rose in the first quarter of 2009.", []got{{"in the first quarter of 2009", "2009-Q1"}}},
		{"quarter", "Profit rose in the fourth quarter.", []got{{"in the fourth quarter", "2021-Q4"}}},
		{"quarter hyphen", "Third-quarter profit rose.", []got{{"Third-quarter", "2021-Q3"}}},
		{"quarter digits", "4TH QTR NET", []got{{"4TH QTR", "2021-Q4"}}},
		{"quarter tie", "Profit rose in the second quarter.", []got{{"in the second quarter", "2021-Q2"}}},
		{"quarter nearest", "Profit will rise in the first quarter.", []got{{"in the first quarter", "2022-Q1"}}},
		{"last quarter", "Profit rose last quarter.", []got{{"last quarter", "2021-Q3"}}},
		{"q code", "Profit rose in Q3 2020.", []got{{"in Q3 2020", "2020-Q3"}}},
		{"early year", "It began in early 2009.", []got{{"in early 2009", "2009"}}},
		{"mid year", "It ends by mid-2011.", []got{{"by mid-2011", "2011"}}},
		// Ago.
		{"weeks ago", "Boys returned to school three weeks ago.", []got{{"three weeks ago", "2021-09-22"}}},
		{"years ago", "He left two years ago.", []got{{"two years ago", "2019"}}},
		{"months ago", "He left three months ago.", []got{{"three months ago", "2021-07"}}},
		{"a week ago", "He left a week ago.", []got{{"a week ago", "2021-10-06"}}},
		{"a year ago", "Up from a year ago.", []got{{"from a year ago", "2020"}}},
		{"digits ago", "He left 5 days ago.", []got{{"5 days ago", "2021-10-08"}}},
		{"twenty ago", "He left twenty days ago.", []got{{"twenty days ago", "2021-09-23"}}},
		{"a few days ago", "He left a few days ago.", nil},
		// Not times.
		{"duration", "He stayed for three weeks.", nil},
		{"now", "He is now in Doha and currently talking.", nil},
		{"quantities", "Arrivals were 155,221 bags of 60 kilos, a total of 5.93 mln.", nil},
		{"tonnes", "Exports were 2000 tonnes.", nil},
		{"price", "It costs $2000 now.", nil},
		{"clock", "The ceasefire starts at 1800 GMT.", nil},
		{"percent", "Up 1999 % in value.", nil},
		{"war length", "after a 20-year war", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := find(tt.in, pub)
			if !equal(g, tt.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tt.in, g, tt.want)
			}
		})
	}
}

func equal(a, b []got) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestFindNoPub checks that without a publication date only absolute
// expressions are found.
func TestFindNoPub(t *testing.T) {
	tests := []struct {
		in   string
		want []got
	}{
		{"They met on Tuesday, three weeks ago, in August.", nil},
		{"It opened on October 13, 2021 in Doha.", []got{{"on October 13, 2021", "2021-10-13"}}},
		{"It opened in August 2021.", []got{{"in August 2021", "2021-08"}}},
		{"It was founded in 2019.", []got{{"in 2019", "2019"}}},
		{"Oil boomed in the 1990s.", []got{{"in the 1990s", "199X"}}},
		{"It rained in the summer of 2020.", []got{{"in the summer of 2020", "2020-SU"}}},
	}
	for _, tt := range tests {
		if g := find(tt.in, time.Time{}); !equal(g, tt.want) {
			t.Errorf("Find(%q, zero)\n got %v\nwant %v", tt.in, g, tt.want)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	s := "Boys were allowed to return three weeks ago, but on Tuesday girls were not."
	ts := when.New().Find(s, pub, nil)
	if len(ts) != 2 {
		t.Fatalf("got %d times, want 2: %v", len(ts), ts)
	}
	for _, tm := range ts {
		if s[tm.Start:tm.End] != tm.Text {
			t.Errorf("offsets %d..%d give %q, text is %q", tm.Start, tm.End, s[tm.Start:tm.End], tm.Text)
		}
	}
	if ts[0].Start != strings.Index(s, "three") || ts[1].Start != strings.Index(s, "on Tuesday") {
		t.Errorf("starts %d, %d", ts[0].Start, ts[1].Start)
	}
}

// TestSeedArticle runs the stage over the seed article, one paragraph per
// sentence, and checks every time it finds.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "mission", "seed-article.txt"))
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	title, text, _ := strings.Cut(string(b), "\n\n")
	doc := &annals.Doc{Article: annals.Article{Title: title, Text: text}, Pub: pub}
	doc.Sentences = append(doc.Sentences, annals.Sentence{Start: 0, End: len(title), Title: true, Para: -1})
	off := 0
	for i, para := range strings.Split(text, "\n\n") {
		doc.Sentences = append(doc.Sentences, annals.Sentence{Start: off, End: off + len(para), Para: i})
		off += len(para) + 2
	}
	if err := when.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	want := []got{
		{"on Tuesday", "2021-10-12"},
		{"in August", "2021-08"},
		{"on Saturday", "2021-10-09"},
		{"on Tuesday", "2021-10-12"},
		{"three weeks ago", "2021-09-22"},
	}
	var g []got
	for _, tm := range doc.Times {
		g = append(g, got{tm.Text, tm.Value})
		if src := doc.SourceOf(tm.Sentence); src[tm.Start:tm.End] != tm.Text {
			t.Errorf("%q: article offsets %d..%d give %q", tm.Text, tm.Start, tm.End, src[tm.Start:tm.End])
		}
	}
	if !equal(g, want) {
		t.Errorf("seed article\n got %v\nwant %v", g, want)
	}
	if doc.Times[0].Sentence != 1 {
		t.Errorf("first time in sentence %d, want 1", doc.Times[0].Sentence)
	}
}

func TestAnnotateErrors(t *testing.T) {
	doc := &annals.Doc{Article: annals.Article{Text: "on Tuesday"}, Pub: pub,
		Sentences: []annals.Sentence{{Start: 0, End: 40}}}
	err := when.New().Annotate(context.Background(), doc)
	if annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("bad offsets: got %v, want code %s", err, annals.EINVALID)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc.Sentences[0].End = 10
	if err := when.New().Annotate(ctx, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}

func TestParse(t *testing.T) {
	want := time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		err  bool
	}{
		{"2021-10-13", want, false},
		{" 2021-10-13\n", want, false},
		{"2021-10-13T10:00:00Z", want.Add(10 * time.Hour), false},
		{"2021-10-13T10:00:00+02:00", want.Add(8 * time.Hour), false},
		{"Wed, 13 Oct 2021 10:00:00 GMT", want.Add(10 * time.Hour), false},
		{"Wed, 13 Oct 2021 10:00:00 +0000", want.Add(10 * time.Hour), false},
		{"13 October 2021", want, false},
		{"October 13, 2021", want, false},
		{"Oct 13, 2021", want, false},
		{"", time.Time{}, true},
		{"yesterday", time.Time{}, true},
		{"2021-13-45", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := when.Parse(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("Parse(%q) error %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err != nil {
			if annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("Parse(%q) code %q", tt.in, annals.ErrorCode(err))
			}
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("Parse(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestAnnotateTense runs the tagger before Annotate, as the pipeline does,
// so that the tense of the clause picks the direction of bare dates.
func TestAnnotateTense(t *testing.T) {
	tg := newTagged(t)
	p := time.Date(2021, 1, 10, 0, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		in, text, value string
	}{
		// A future verb sends a bare weekday or month forward, with no cue word in reach.
		{"The minister will travel to Paris, Berlin, Rome, Madrid and Vienna on Friday.", "on Friday", "2021-01-15"},
		{"The company may sign the contract with the union in March.", "in March", "2021-03"},
		// A past verb keeps them back, even for a date more than 270 days ago.
		{"The minister travelled to Paris on Friday.", "on Friday", "2021-01-08"},
		{"He was arrested on March 3 at his home.", "on March 3", "2020-03-03"},
		{"The vote will be held on March 3.", "on March 3", "2021-03-03"},
		// "until" looks forward unless a past verb says the span is over.
		{"Markets were closed until Friday.", "until Friday", "2021-01-08"},
		{"Markets remain closed until Friday.", "until Friday", "2021-01-15"},
		// A plain present verb gives no verdict: the 270-day rule stands.
		{"The holiday is on March 3.", "on March 3", "2021-03-03"},
		// The verb of the expression's own clause decides.
		{"He said on Friday that the talks will resume.", "on Friday", "2021-01-08"},
	}
	for _, tt := range tests {
		var out []string
		ok := false
		for _, tm := range tg.find(t, tt.in, p) {
			out = append(out, tm.Text+"="+tm.Value)
			ok = ok || tm.Text == tt.text && tm.Value == tt.value
		}
		if !ok {
			t.Errorf("%q: got %v, want %s=%s", tt.in, out, tt.text, tt.value)
		}
	}
}

// TestAnnotateDayAnchor checks that "the day" in a later sentence is the
// day named near publication earlier in the article.
func TestAnnotateDayAnchor(t *testing.T) {
	tg := newTagged(t)
	p := time.Date(2009, 2, 24, 0, 0, 0, 0, time.UTC) // a Tuesday
	d := &annals.Doc{Article: annals.Article{ID: "a", Text: "US stocks fell sharply on Monday. The Dow lost 251 points to end the day at 7,114. He was born on March 3, 1950."}, Pub: p}
	for _, st := range tg.stages {
		if err := st.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := tg.r.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tm := range d.Times {
		out = append(out, tm.Text+"="+tm.Value)
	}
	want := "on Monday=2009-02-23 the day=2009-02-23 on March 3, 1950=1950-03-03"
	if strings.Join(out, " ") != want {
		t.Errorf("got %v, want %s", out, want)
	}
}
