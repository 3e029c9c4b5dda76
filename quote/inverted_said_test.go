package quote_test

import "testing"

// TestInvertedSaid holds the rows of issue 4's forty-third round: a sentence
// opened by an inverted "Said X, “…”", whose speaker follows the verb, and
// a wire typo's doubled verb ("…,” said said X") read as one.
func TestInvertedSaid(t *testing.T) {
	tests := []findRow{
		{"inverted Said with a role before the name",
			"Sales rose in March.\n\nSaid Future Computing analyst Joe Cross, \"That's some indication of the kind of money IBM is leaving on the table.\"",
			[]want{{"That's some indication of the kind of money IBM is leaving on the table.", "direct", "Said", "Joe Cross", "Joe Cross"}}},
		{"inverted Said with the role after the name",
			"Bonds were firm.\n\nSaid David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, \"When rates stop falling, there is going to be a flood of buyers.\"",
			[]want{{"When rates stop falling, there is going to be a flood of buyers.", "direct", "Said", "David Gluskin", "David Gluskin"}}},
		{"doubled said after the quote",
			"Oil rose.\n\n\"This will change the way oil is transacted,\" said said Thomas McKiernan, McKiernan and Co chairman.",
			[]want{{"This will change the way oil is transacted", "direct", "said said", "Thomas McKiernan", "Thomas McKiernan"}}},
		{"regression: a person named Said is no cue",
			"Officials met in Cairo.\n\nSaid Ahmed told reporters the talks were \"going very well indeed.\"",
			[]want{{"going very well indeed.", "partial", "told", "Said Ahmed", "Said Ahmed"}}},
	}
	checkRows(t, tests)
}
