// Command annals turns news into event data. Run `annals help` for the list
// of commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Command is one subcommand: its usage, help text and the function that runs it.
type Command struct {
	Name  string
	Usage string // one line: "code [flags] [FILE|DIR|-]..."
	Short string
	Long  string
	Run   func(ctx context.Context, env *Env, args []string) error
}

// Env is what a command may touch: standard streams, so tests can run
// commands in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// exitError carries a specific exit status.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Exit statuses, documented in the README.
const (
	exitOK      = 0
	exitFailed  = 1 // some articles or records failed; the rest were processed
	exitUsage   = 2 // bad flags or arguments
	exitSignal  = 130
	exitRuntime = 3 // could not start: dictionaries, files, database
)

func commands() []*Command {
	return []*Command{codeCmd, ingestCmd, queryCmd, exportCmd, serveCmd, dictCmd, validateCmd}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(Main(ctx, os.Args[1:], &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}

// Main runs the command line args and returns the exit status.
func Main(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			for _, c := range commands() {
				if c.Name == args[1] {
					fmt.Fprintf(env.Stdout, "usage: annals %s\n\n%s\n", c.Usage, c.Long)
					return exitOK
				}
			}
		}
		usage(env.Stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.Name != args[0] {
			continue
		}
		err := c.Run(ctx, env, args[1:])
		var ee exitError
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.As(err, &ee):
			return ee.code
		case ctx.Err() != nil:
			fmt.Fprintln(env.Stderr, "annals: interrupted")
			return exitSignal
		}
		fmt.Fprintf(env.Stderr, "annals %s: %v\n", c.Name, err)
		var ue usageError
		if errors.As(err, &ue) {
			return exitUsage
		}
		return exitRuntime
	}
	fmt.Fprintf(env.Stderr, "annals: unknown command %q\n", args[0])
	usage(env.Stderr)
	return exitUsage
}

type usageError struct{ error }

func usage(w io.Writer) {
	fmt.Fprintln(w, "annals turns news into event data: CAMEO events, quotes, people, places and dates.")
	fmt.Fprintln(w, "\nusage: annals COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name, c.Short)
	}
	fmt.Fprintln(w, "\nRun 'annals help COMMAND' or 'annals COMMAND -h' for details.")
}

// newFlags returns a FlagSet whose -h prints the command's help.
func newFlags(c *Command, env *Env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: annals %s\n\n%s\n\nflags:\n", c.Usage, c.Long)
		fs.PrintDefaults()
	}
	return fs
}
