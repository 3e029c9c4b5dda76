package event_test

import (
	"context"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"

	"github.com/annals-project/annals/pipeline"
)

// TestMetEachOther checks that a meeting in person of two sides is coded
// both ways, as every reciprocal verb with two parties is, and that it
// stays one way for a passive welcome, for one of several parties met,
// and for an armed group met by an envoy.
func TestMetEachOther(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"met with", "Japanese Finance Minister Kiichi Miyazawa met with U.S. Treasury Secretary James Baker early in the afternoon.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}},
		{"met", "Italian Finance Minister Giovanni Goria met Treasury Secretary James Baker on Sunday.", []string{"ITAGOV USAGOV 043", "USAGOV ITAGOV 043"}},
		{"will meet", "U.S. bankers will meet with Japanese Finance Ministry officials on Monday.", []string{"JPNGOV USABUS 036", "USABUS JPNGOV 036"}},
		// One way.
		{"passive", "The Iraqi commander was met by an Iranian general at the airport.", []string{"IRN IRQMIL 043"}},
		{"among others", "Brazilian Finance Minister Dilson Funaro met his Swiss counterpart Otto Stich, Swiss Economics Minister Jean-Pascal Delamuraz and central bank officials.", []string{"BRAGOV CHEBUS 043", "BRAGOV CHEGOV 043"}},
		{"then with", "Brazilian Finance Minister Dilson Funaro met with the International Monetary Fund, then with President Reagan.", []string{"BRAGOV IGOBUSIMF 043"}},
		{"armed group", "The Contra rebels met with U.S. envoy Philip Habib.", []string{"NICREB USAGOV 043"}},
		{"with members of", "U.S. Agriculture Secretary Richard Lyng met this morning with members of the House Foreign Affairs Committee.", []string{"USAGOV USALEG 043", "USALEG USAGOV 043"}},
		{"meeting on Monday with", "West German Finance Minister Gerhard Stoltenberg said the meeting on Monday with U.S. Treasury Secretary James Baker underscored their cooperation.", []string{"DEUGOV USAGOV 043", "USAGOV DEUGOV 043"}},
		{"meet for a venue", "Finance ministers of Japan will meet for the International Monetary Fund Interim Committee in April.", []string{"JPNGOV IGOBUSIMF 036"}},
		{"never met", "Zhao said he had never met Soviet leader Mikhail Gorbachev.", nil},
		{"met a demand", "The government met the demands of the unions.", nil},
		{"met a thing", "Japan has met U.S. trade demands.", nil},
		{"people of a thing", "Japan met U.S. trade officials.", []string{"JPN USAGOV 043", "USAGOV JPN 043"}},
	}
	checkCodings1987(t, p, tests)
}

// checkCodings1987 is checkCodings with the articles dated in 1987, the
// year of the Reuters sets these rows come from, so that officials take
// their offices of that year.
func checkCodings1987(t *testing.T, p *pipeline.Pipeline, tests []codingCase) {
	t.Helper()
	for _, tt := range tests {
		r, err := p.Code(context.Background(), annals.Article{ID: tt.name, Date: "1987-04-13", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := codings(r); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q codes %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestPressToAct checks that pressing a party to act is an appeal (020),
// as the read sets code "will press the U.S. Agriculture Department to
// implement" and "is pressing state companies to borrow", while pressing
// for a thing stays a demand (100) and pressing a thing is no event.
func TestPressToAct(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"press to", "The United States has been pressing West Germany to stimulate its economy.", []string{"USA DEU 020"}},
		{"pressed to", "The United States pressed the European Community to make a counter-offer.", []string{"USA IGOEUREEC 020"}},
		// Not an appeal.
		{"press for", "The United States pressed Japan for concessions on rice.", []string{"USA JPN 100"}},
		{"press a thing", "The United States pressed its case at the talks.", nil},
		{"press conference", "Japan held a press conference to explain its position.", nil},
	}
	checkCodings1987(t, p, tests)
}
