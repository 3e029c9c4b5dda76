package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestWashingtonDepartments checks that a United States executive
// department named with no country ("the Commerce Department", "the
// Department of Agriculture", and "the department" after one) is
// Washington's in a story about another country, and that the rule stays
// silent where another state may own the department: a capitalised or
// possessive word before its name, a story that names the United States
// nowhere, a department named last that is not Washington's.
func TestWashingtonDepartments(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	japan := "Japan rejected the charge.\n\nJapanese officials in Tokyo said Japan had kept the accord with the United States.\n\n"
	egypt := "Egypt will buy U.S. wheat.\n\nEgyptian officials in Cairo said Egypt would pay in dollars.\n\n"
	brazil := "Brazil will buy coffee.\n\nBrazilian officials in Brasilia said Brazil would pay growers.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
		notUSA                    bool // want is unset: the code must not be Washington's
	}{
		{name: "the Commerce Department", text: japan + "The Commerce Department accused Japan of dumping semiconductors.", mention: "The Commerce Department", want: "USAGOV"},
		{name: "mid-sentence", text: japan + "Sources said the Treasury Department urged Japan to cut rates.", mention: "the Treasury Department", want: "USAGOV"},
		{name: "Department of", text: egypt + "Egypt signed the accord with the Department of Agriculture.", mention: "the Department of Agriculture", want: "USAGOV"},
		{name: "a defence department keeps its role", text: japan + "The Defense Department warned Japan about the sale.", mention: "The Defense Department", want: "USAMIL"},
		{name: "the department after Washington's", text: egypt + "The U.S. Agriculture Department accepted a bid from Egypt.\n\nThe department said the wheat is for shipment in May.", mention: "The department", want: "USAGOV"},
		// Silent.
		{name: "no US in the story", text: brazil + "The Treasury Department is due to release funds to the growers.", mention: "The Treasury Department", notUSA: true},
		{name: "a capitalised name before it", text: japan + "The Manitoba Agriculture Department said Japan had cut purchases.", mention: "Agriculture Department", notUSA: true},
		{name: "a possessive before it", text: japan + "The province's Agriculture Department said Japan had cut purchases.", mention: "Agriculture Department", notUSA: true},
		{name: "the department after another state's", text: japan + "The Japanese Agriculture Department rejected the U.S. demand.\n\nThe department said imports would stay closed.", mention: "The department", notUSA: true},
		{name: "a ministry is no department", text: japan + "The Finance Ministry criticized the United States.", mention: "The Finance Ministry", want: "JPNGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionCode(t, p, "", tc.text, tc.mention)
			if got == "" {
				t.Fatalf("%q: no actor mention %q", tc.text, tc.mention)
			}
			if tc.notUSA && len(got) >= 3 && got[:3] == "USA" || !tc.notUSA && got != tc.want {
				t.Errorf("%q: %q coded %q, want %q (not Washington's: %v)", tc.text, tc.mention, got, tc.want, tc.notUSA)
			}
		})
	}
}
