package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annals-project/annals/dict"
)

// dictCheckFormat lints dictionaries in a foreign format for `annals dict
// check --format petrarch|tabari FILE...`: it prints every malformed line
// and the counts of what was imported and what annals cannot express. For
// petrarch, the kind of each file comes from kind or from its name (verbs:
// CAMEO*/verbs, actors, agents, discards, issues); for tabari each FILE is
// a .project file. It returns exitError{exitFailed} when any line is
// malformed; format "annals" is left to the caller.
func dictCheckFormat(env *Env, format, kind string, files []string) error {
	var im *dict.Import
	var err error
	switch format {
	case "petrarch":
		var pf dict.PetrarchFiles
		for _, f := range files {
			abs, aerr := filepath.Abs(f)
			if aerr != nil {
				return aerr
			}
			k := kind
			if k == "" {
				k = petrarchKind(f)
			}
			rel := abs[1:]
			switch k {
			case "verbs":
				pf.Verbs = append(pf.Verbs, rel)
			case "actors":
				pf.Actors = append(pf.Actors, rel)
			case "agents":
				pf.Agents = append(pf.Agents, rel)
			case "discards":
				pf.Discards = append(pf.Discards, rel)
			case "issues":
				pf.Issues = append(pf.Issues, rel)
			default:
				return usageError{fmt.Errorf("%s: cannot tell the dictionary kind; use --kind", f)}
			}
		}
		im, err = dict.ReadPetrarch(os.DirFS("/"), pf)
	case "tabari":
		im = &dict.Import{}
		var all dict.ErrorList
		for _, f := range files {
			one, _, e := dict.ReadTabari(f)
			var l dict.ErrorList
			switch {
			case errors.As(e, &l):
				all = append(all, l...)
			case e != nil:
				return e
			}
			im.Actors = append(im.Actors, one.Actors...)
			im.Agents = append(im.Agents, one.Agents...)
			im.Verbs = append(im.Verbs, one.Verbs...)
			im.Discards = append(im.Discards, one.Discards...)
			for k, n := range one.Unsupported {
				for i := 0; i < n; i++ {
					addNote(im, k)
				}
			}
		}
		err = all.Err()
	default:
		return usageError{fmt.Errorf("unknown --format %q: want annals, petrarch or tabari", format)}
	}
	var list dict.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			if format == "petrarch" {
				e.File = "/" + strings.TrimPrefix(e.File, "/")
			}
			fmt.Fprintln(env.Stderr, e)
		}
	} else if err != nil {
		return err
	}
	s := im.Dict().Stats()
	fmt.Fprintf(env.Stdout, "actors: %d entries, %d names\nagents: %d\nverbs: %d patterns, %d event codes\ndiscards: %d\nissues: %d\n",
		s.Actors, s.ActorNames, s.Agents, s.Verbs, s.VerbCodes, s.Discards, im.Issues)
	for _, k := range im.UnsupportedKeys() {
		fmt.Fprintf(env.Stdout, "unsupported: %d %s\n", im.Unsupported[k], k)
	}
	if len(list) > 0 {
		fmt.Fprintf(env.Stdout, "errors: %d\n", len(list))
		return exitError{exitFailed}
	}
	return nil
}

func addNote(im *dict.Import, k string) {
	if im.Unsupported == nil {
		im.Unsupported = map[string]int{}
	}
	im.Unsupported[k]++
}

// petrarchKind guesses a PETRARCH file's kind from its name.
func petrarchKind(path string) string {
	p := strings.ToLower(filepath.Base(path))
	switch {
	case strings.Contains(p, "verbs") || strings.HasPrefix(p, "cameo"):
		return "verbs"
	case strings.Contains(p, "issue"):
		return "issues"
	}
	for _, k := range []string{"actors", "agents", "discards"} {
		if strings.Contains(p, k) {
			return k
		}
	}
	return ""
}
