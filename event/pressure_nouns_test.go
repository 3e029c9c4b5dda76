package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPressureNouns checks round 57's pressure named by a noun: an appeal
// (020) from the party that puts it on, named by "from", a modifier or
// "on", to the party under it. The silent rows keep the word where no
// maker is named, the one under it is no actor or passive, or the only
// parties are its makers.
func TestPressureNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"aside after the subject", "The Japanese government, under pressure from the United States, agreed last year to open its market.", []string{"USA JPNGOV 020"}},
		{"modifier in an aside", "Japan, under U.S. pressure, agreed to open its market.", []string{"USA JPN 020"}},
		{"opening the sentence", "Under pressure from Washington, Japan agreed to open its market.", []string{"USAGOV JPN 020"}},
		{"after the verb", "The West German government had come under pressure from the United States to stimulate its economy.", []string{"USA DEUGOV 020"}},
		{"relative clause", "That was unlikely to satisfy Reagan, who is under pressure from the Democrat-controlled U.S. Congress to cut the deficit.", []string{"USALEG USAELI 020"}},
		{"pressure on", "Despite mounting U.S. pressure on Japan to open farm markets, beef is strictly controlled.", []string{"USA JPN 020"}},
		{"bow to pressure", "There are indications Seoul may bow to U.S. pressure and allow some imports soon.", []string{"KORGOV USA 080", "USA KORGOV 020"}},
		// Silent.
		{"no maker", "BankAmerica Corp is not under pressure to act quickly on its offering.", nil},
		{"market", "Treasury bond futures came under pressure today.", nil},
		{"passive", "Asked if these measures were being taken under pressure from the International Monetary Fund, Boesz said no.", nil},
		{"bare role word", "Brazil has been under pressure from official and private creditors to work out a plan.", nil},
		{"makers only", "The ministry's position is unchanged despite mounting pressure from London and Washington.", nil},
		{"pressure by, no on", "Siemens has been the subject of pressure by U.S. authorities to limit its access.", nil},
	}
	checkCodings(t, p, tests)
}
