package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPronounAntecedents checks the pronoun rules of slot_pronoun.go,
// reported_subject.go and habitual_when.go: an object pronoun opening the
// target slot is the target, not the actor named after it; the actor that
// opens a reported clause is what a later "it" stands for; a bare present
// after "when" with no date or future tells a custom.
func TestPronounAntecedents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-03-02", scoredCodings, []codingCase{
		// slotPronoun: the pronoun is the object; the body named after it is not.
		{"them before an actor's behalf", "Saudi Arabian Oil Minister Hisham Nazer said the cartel was united. Norway and Egypt agreed to help OPEC after he visited them on OPEC's behalf.",
			[]string{"EGY IGOBUSOPC 033", "NOR IGOBUSOPC 033", "SAUGOV EGY 042", "SAUGOV NOR 042"}},
		// reportedSubject: "it" is the body the reported clause opens with.
		{"it after a reported subject", "He said the ADB had responded to members like the U.S., which urged it to improve analysis.", []string{"USA IGOASADEVADB 020"}},
		// Negatives: two candidates opening the clause, and a candidate
		// inside a quotation for a pronoun outside one.
		{"two candidates", "He said the ADB and the IMF had responded to members like the U.S., which urged it to improve analysis.", nil},
		{"a quoted candidate", `He said "the ADB has responded to members." The U.S. urged it to improve analysis.`, nil},
		// whenHabitual: a custom; a plan with a date and an act of the day are coded.
		{"a custom after when", "He said the U.S. Administration was ignoring the progress made when it talks with Congress.", nil},
		{"a plan with a date", "Nakasone will make proposals when he visits Washington next month.", []string{"JPNGOV USAGOV 036"}},
		{"whenever", "Officials said the problems grow whenever the U.S. meets Taiwan.", nil},
		{"a meeting of the day", "Officials said the problems grew when the U.S. met Taiwan.", []string{"TWN USA 043", "USA TWN 043"}},
	})
}
