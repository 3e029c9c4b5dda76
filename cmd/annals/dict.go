package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/pipeline"
)

var dictCmd = &Command{
	Name:  "dict",
	Usage: "dict check [--format annals|petrarch|tabari] [--kind actors|agents|verbs|discards] [FILE...]",
	Short: "lint dictionaries and print their counts",
	Long: `Dict check reads dictionaries in annals' format (docs/dictionaries.md),
prints every malformed line as file:line:col: message, and counts entries.
Without files it checks the embedded dictionaries. The kind of each file is
taken from --kind or from its path (a name containing "actors", "agents",
"verbs" or "discards").

Examples:
  annals dict check
  annals dict check data/verbs/04-consult.txt
  annals dict check --kind actors my-actors.txt
  annals dict check --format petrarch ../shared/dictionaries/phoenix/*.txt
  annals dict check --format tabari ../shared/suites/tabari-validate/Validate.project`,
}

func init() { dictCmd.Run = runDict }

func runDict(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "check" {
		return usageError{errors.New("want: annals dict check [FILE...]")}
	}
	fs := newFlags(dictCmd, env)
	kind := fs.String("kind", "", "dictionary kind of every FILE: actors, agents, verbs or discards")
	format := fs.String("format", "annals", "dictionary format: annals, petrarch or tabari")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *format != "annals" {
		return dictCheckFormat(env, *format, *kind, fs.Args())
	}
	cb := cameo.New()
	var d *dict.Dict
	var err error
	if fs.NArg() == 0 {
		d, err = pipeline.LoadDict(data.FS, cb)
	} else {
		var src dict.Sources
		for _, f := range fs.Args() {
			k := *kind
			if k == "" {
				k = kindOf(f)
			}
			abs, aerr := filepath.Abs(f)
			if aerr != nil {
				return aerr
			}
			switch k {
			case "actors":
				src.Actors = append(src.Actors, abs[1:])
			case "agents":
				src.Agents = append(src.Agents, abs[1:])
			case "verbs":
				src.Verbs = append(src.Verbs, abs[1:])
			case "discards":
				src.Discards = append(src.Discards, abs[1:])
			default:
				return usageError{fmt.Errorf("%s: cannot tell the dictionary kind; use --kind", f)}
			}
		}
		d, err = dict.LoadSources(os.DirFS("/"), src, func(c string) bool { _, ok := cb.Lookup(c); return ok })
	}
	var list dict.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			e.File = "/" + strings.TrimPrefix(e.File, "/")
			if fs.NArg() == 0 {
				e.File = "data/" + strings.TrimPrefix(e.File, "/")
			}
			fmt.Fprintln(env.Stderr, e)
		}
	} else if err != nil {
		return err
	}
	s := d.Stats()
	fmt.Fprintf(env.Stdout, "actors: %d entries, %d names\nagents: %d\nverbs: %d patterns, %d event codes\ndiscards: %d\n",
		s.Actors, s.ActorNames, s.Agents, s.Verbs, s.VerbCodes, s.Discards)
	if len(list) > 0 {
		fmt.Fprintf(env.Stdout, "errors: %d\n", len(list))
		return exitError{exitFailed}
	}
	return nil
}

func kindOf(path string) string {
	p := strings.ToLower(path)
	for _, k := range []string{"actors", "agents", "verbs", "discards"} {
		if strings.Contains(p, k) {
			return k
		}
	}
	return ""
}
