// Command kimppa builds and checks a circular-economy cluster's portal.
// It only reads flags and sets exit codes; the work is in generator.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/output"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1 // invalid content, or a failure that is not a usage error
	exitUsage   = 2
	// exitInternal: new --from-issue failed for a reason on the site's
	// side (a broken form or kimppa.yaml), not a mistake of the member.
	exitInternal = 3
)

// command is one subcommand.
type command struct {
	usage string // the line after "kimppa "
	brief string
	run   func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

// commands are registered by each command's file.
var commands = map[string]command{}

func main() {
	if output.RunRemoval() {
		return // this process only removed an output a build replaced
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	stopProfile := startProfile()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stopProfile()
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kimppa: unknown command %q\n", args[0])
		usage(stderr)
		return exitUsage
	}
	return cmd.run(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Fprintln(w, "kimppa builds a circular-economy cluster's portal from Markdown files.\n\nUsage:")
	for _, n := range names {
		fmt.Fprintf(w, "  kimppa %s\n      %s\n", commands[n].usage, commands[n].brief)
	}
}

// parse parses flags that may stand before, between or after positional
// arguments ("kimppa new actors x --name Y"), and returns the positionals.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, bool) {
	fs.SetOutput(stderr)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// usageError prints a usage problem and returns exitUsage.
func usageError(stderr io.Writer, cmd string, format string, args ...any) int {
	fmt.Fprintf(stderr, "kimppa %s: %s\n", cmd, fmt.Sprintf(format, args...))
	fmt.Fprintf(stderr, "usage: kimppa %s\n", commands[cmd].usage)
	return exitUsage
}

// failure prints an error that is not the content's fault.
func failure(stderr io.Writer, cmd string, err error) int {
	fmt.Fprintf(stderr, "kimppa %s: %s\n", cmd, strings.TrimSpace(err.Error()))
	return exitInvalid
}
