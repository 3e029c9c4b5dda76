package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPoliceClashes checks that a crowd's clash with the police is coded
// from both sides, the crowd's violent protest (145) and the police's
// force against it (175), and that a crowd's one-sided act, a clash
// between armed forces, and a negated clash add no police act.
func TestPoliceClashes(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"battled police", "Thousands of Spanish farmers battled police in this northeastern city during a march to demand a better deal from the EC.", []string{"ESPAGR ESPCOP 145", "ESPCOP ESPAGR 175"}},
		{"clashed with police", "Spanish shipyard workers clashed with police in Cadiz.", []string{"ESPCOP ESPLAB 175", "ESPLAB ESPCOP 145"}},
		{"scuffled with police", "Canadian strikers scuffled with police called in to escort replacement workers across picket lines.", []string{"CANCOP CANLAB 175", "CANLAB CANCOP 145"}},
		// The crowd's act alone.
		{"threw stones", "Spanish farmers threw stones at police in Zaragoza.", []string{"ESPAGR ESPCOP 145"}},
		{"not police", "Spanish farmers battled troops in Zaragoza.", []string{"ESPAGR ESPMIL 145"}},
		{"negated", "Spanish farmers did not clash with police in Zaragoza.", []string{"ESPAGR ESPCOP 145"}}, // the negated protest alone
	}
	checkCodings1987(t, p, tests)
}
