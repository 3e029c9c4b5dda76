package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/annals-project/annals/validate"
)

var validateCmd = &Command{
	Name:  "validate",
	Usage: "validate [--failures] SUITE",
	Short: "run a PETRARCH or TABARI validation suite and report pass/fail",
	Long: `Validate codes every record of a validation suite with the suite's own
dictionaries (imported from PETRARCH or TABARI format) and prints, per
record, pass or FAIL with the expected and produced codings, then a summary
per category and per kind of failure, and finally the line
"records: P passed, F failed, S skipped". The exit status is 1 when any
record fails.

SUITE is a PETRARCH records file (.xml; its <Environment> names the
dictionaries), a TABARI project file (.project) or its Validate.text.
Each record is coded as a one-sentence article with the record's date.

Examples:
  annals validate ../shared/suites/petrarch-unittest/PETR.UnitTest.records.xml
  annals validate --failures ../shared/suites/tabari-validate/Validate.project`,
}

func init() { validateCmd.Run = runValidate }

// ValidateOptions are the flags of annals validate.
type ValidateOptions struct {
	Suite    string
	Failures bool // print only failed records
}

func runValidate(ctx context.Context, env *Env, args []string) error {
	var o ValidateOptions
	fs := newFlags(validateCmd, env)
	fs.BoolVar(&o.Failures, "failures", false, "print only the records that fail")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("want one SUITE, have %d arguments", fs.NArg())}
	}
	o.Suite = fs.Arg(0)
	return validateRun(ctx, env, o)
}

func validateRun(ctx context.Context, env *Env, o ValidateOptions) error {
	s, err := validate.Load(o.Suite)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	for _, e := range s.DictErrors {
		fmt.Fprintf(env.Stderr, "annals validate: dictionary line skipped: %v\n", e)
	}
	p, err := s.NewPipeline()
	if err != nil {
		return err
	}
	sum, err := s.Run(ctx, p, func(r validate.Outcome) {
		if o.Failures && r.Status != validate.Failed {
			return
		}
		rec := r.Record
		fmt.Fprintf(out, "%-4s %-14s %-10s", r.Status, rec.ID, rec.Category)
		switch {
		case r.Status == validate.Skipped:
			fmt.Fprintf(out, " (%s)\n", r.Reason)
			return
		case rec.Discard:
			fmt.Fprint(out, " want: discarded")
		case rec.NoEvents:
			fmt.Fprint(out, " want: no events")
		default:
			fmt.Fprintf(out, " want: %s", joinCodings(rec.Expect))
		}
		fmt.Fprintf(out, "  got: %s", joinCodings(r.Got))
		if r.Status == validate.Failed {
			fmt.Fprintf(out, "  [%s]", r.Reason)
		}
		fmt.Fprintln(out)
		if r.Status == validate.Failed {
			fmt.Fprintf(out, "     text: %s\n", rec.Text)
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\n%s suite %s\n\ncategory     passed failed skipped\n", s.Name, s.Path)
	for _, c := range sum.CategoryNames() {
		n := sum.Categories[c]
		fmt.Fprintf(out, "%-12s %6d %6d %7d\n", c, n.Passed, n.Failed, n.Skipped)
	}
	if len(sum.Reasons) > 0 {
		fmt.Fprintln(out, "\nfailures by kind:")
		for _, k := range sortedKeys(sum.Reasons) {
			fmt.Fprintf(out, "  %4d %s\n", sum.Reasons[k], k)
		}
	}
	if len(s.Import.Unsupported) > 0 {
		fmt.Fprintln(out, "\ndictionary features annals does not support:")
		for _, k := range s.Import.UnsupportedKeys() {
			fmt.Fprintf(out, "  %4d %s\n", s.Import.Unsupported[k], k)
		}
	}
	fmt.Fprintf(out, "\npass rate %.1f%%\nrecords: %d passed, %d failed, %d skipped\n", 100*sum.Rate(), sum.Passed, sum.Failed, sum.Skipped)
	if sum.Failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

func joinCodings(cs []validate.Coding) string {
	if len(cs) == 0 {
		return "(none)"
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = "{" + c.String() + "}"
	}
	return strings.Join(parts, " ")
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
