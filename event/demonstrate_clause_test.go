package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDemonstrateClause checks round 63's rows: talks held as "discussions",
// "negotiations" or "consultations" by two named parties are a meeting
// both ways, as "held talks" is (an intent when planned); a decision "by"
// a party welcomed praises that party; "demonstrate that/how" proves a
// point and is no protest; a complaint taken to the United Nations or GATT
// is not aimed at the forum. The silent rows keep a lone party's
// discussions, a firm's decision, a street demonstration and a complaint
// to a state as they were.
func TestDemonstrateClause(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"held discussions", "The U.S. and Japan held detailed discussions on trade.", []string{"JPN USA 043", "USA JPN 043"}},
		{"held consultations", "Japan and the U.S. held consultations.", []string{"JPN USA 043", "USA JPN 043"}},
		{"will hold discussions", "Maki said the U.S. And Japan will hold detailed discussions on each trade item.", []string{"JPN USA 036", "USA JPN 036"}},
		{"decision by", "The government of Fiji welcomed a decision by the Australian Waterside Workers' Federation to lift its ban on shipments.", []string{"FJIGOV AUSLAB 051"}},
		{"complaint to a state", "U.S. officials have complained to Japan that American firms are being squeezed out.", []string{"USAGOV JPN 114"}},
		{"street demonstration", "Thousands of students demonstrated in Seoul against the government of South Korea.", []string{"KOREDU KORGOV 141"}},
		// Silent.
		{"lone party's discussions", "Japan held discussions.", nil},
		{"firms' discussions", "Exxon and Mobil held discussions.", nil},
		{"firm's decision", "Japan welcomed a decision by Exxon to invest.", nil},
		{"demonstrate how", "The United States demonstrated how Argentina can reduce its debt.", nil},
		{"demonstrated that", "Students demonstrated that the South Korean government was weak.", nil},
		{"complaint to the U.N.", "Pakistan complained to the United Nations today that planes from Afghanistan attacked Pakistani villages.", nil},
		{"complaint to GATT", "Japan has complained to the secretariat of the General Agreement on Tariffs and Trade (GATT) that South Korea's plan is unfair.", nil},
	}
	checkCodings1987(t, p, tests)
}
