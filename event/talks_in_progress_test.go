package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDev1011Round33 checks the rules added after reading development sets
// 10 and 11's misses and extras: the subject of a verb whose object stands
// "in talks with" a partner, and "In talks with X," opening a sentence;
// a visit begun or brought to its end; oil platforms and gunboats
// destroyed, and counter-attacks repulsed; an officer named after his
// body's bracketed acronym; applying to join a body; and what a bill or
// measure "would" do left uncoded. Each rule has a row where it must stay
// silent.
func TestDev1011Round33(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// The subject whose object noun stands in talks took part in them.
		{"made progress in talks with", "The Jordanian prime minister had made progress in talks with the U.S. secretary of state.", []string{"JORGOV USAGOV 043", "USAGOV JORGOV 043"}},
		{"made a remark yesterday in talks with", "The British trade secretary made the remark yesterday in talks with the Japanese foreign minister.", []string{"GBRGOV JPNGOV 043", "JPNGOV GBRGOV 043"}},
		{"a negated verb takes no part", "The Jordanian prime minister did not make progress in talks with the U.S. secretary of state.", nil},
		{"a speech verb takes no part", "Analysts said progress in talks with U.S. officials was slow.", nil},
		{"In talks with, opening the sentence", "In talks with the Japanese agriculture minister yesterday, the U.S. agriculture secretary raised the beef issue.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}}, // both ways since round 81: talks are reciprocal
		// A visit begun or ended.
		{"winding up a visit", "The Canadian foreign minister, winding up a two-day visit to Washington, said he was pleased.", []string{"CANGOV USAGOV 042"}},
		{"ended a visit", "The Chinese premier ended a visit to Britain today.", []string{"CHNGOV GBR 042"}},
		{"will begin a visit", "The U.S. secretary of state will begin a visit to Moscow on Monday.", []string{"USAGOV RUSGOV 036"}},
		{"ended a strike, no visit", "Canadian postal workers ended their strike today.", nil},
		// Platforms and gunboats destroyed, counter-attacks repulsed.
		{"destroyed a platform", "U.S. warships destroyed an Iranian oil platform in the Gulf on Monday.", []string{"USA IRN 190"}},
		{"the owner, not the place after", "Four U.S. destroyers destroyed an Iranian oil platform about 120 miles east of Bahrain.", []string{"USA IRN 190"}},
		{"destroyed gunboats", "U.S. helicopters destroyed three Iranian gunboats.", []string{"USA IRN 190"}},
		{"a platform with no owner", "U.S. warships destroyed the oil platform in the southern Gulf.", nil},
		{"repulsed counter-attacks", "Iranian troops repulsed heavy Iraqi counter-attacks.", []string{"IRNMIL IRQ 190"}},
		// An officer named after the bracketed acronym of his body.
		{"chairman after an acronym", "Philippine Coconut Authority (PCA) chairman Jose Romero visited Japan.", []string{"PHLGOV JPN 042"}},
		{"vice minister after an acronym", "Ministry of International Trade and Industry (MITI) Vice Minister Makoto Kuroda visited Washington.", []string{"JPNGOV USAGOV 042"}},
		{"members after an acronym", "European Community (EC) members decided to back an extension, with the exception of Britain.", nil},
		// Applying to join asks the body for membership.
		{"applied to join", "Algeria applied to join the World Trade Organization in 1987.", []string{"DZA IGOBUSWTO 020"}},
		{"joined, no application", "Algeria joined the World Trade Organization in 1987.", []string{"DZA IGOBUSWTO 050"}},
		// What a bill or measure would do is no actor's act.
		{"measures that would penalize", "Baldrige warned measures that would penalize trading partners such as Japan and Taiwan could lead to retaliation.", nil},
		{"a proposal that would warn", "He would not oppose a proposal that would warn other countries their access to the American market would be curtailed.", nil},
		{"an actor that would penalize", "Reagan said the United States would penalize Japan.", []string{"USA JPN 172"}},
	}
	checkCodings(t, p, tests)
}
