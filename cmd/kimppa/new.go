package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/kimppa/kimppa/generator"
)

func init() {
	commands["new"] = command{
		usage: "new TYPE SLUG [--name TEXT] [--source DIR] | new site DIR",
		brief: "write a valid skeleton file for a new entity, or a new site",
		run:   runNew,
	}
}

func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	source := fs.String("source", ".", "the site directory")
	name := fs.String("name", "", "the name or title of the new entity")
	pos, ok := parse(fs, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) != 2 {
		return usageError(stderr, "new", "want a type and a slug, or: site and a folder")
	}
	if pos[0] == "site" {
		return newSite(pos[1], stdout, stderr)
	}
	path, err := generator.New(ctx, *source, pos[0], pos[1], *name)
	if err != nil {
		return newFailed(err, stderr)
	}
	fmt.Fprintf(stdout, "wrote %s\n", path)
	return exitOK
}

// newFailed reports why new wrote nothing: a usage mistake, a file it will
// not write over (one line, exit 2), or another failure.
func newFailed(err error, stderr io.Writer) int {
	var ue *generator.UsageError
	var refused *generator.TargetError
	switch {
	case errors.As(err, &ue):
		return usageError(stderr, "new", "%s", ue.Msg)
	case errors.As(err, &refused):
		fmt.Fprintf(stderr, "kimppa new: %s\n", refused)
		return exitUsage
	}
	return failure(stderr, "new", err)
}

func newSite(dir string, stdout, stderr io.Writer) int {
	written, err := generator.NewSite(dir)
	if err != nil {
		return newFailed(err, stderr)
	}
	for _, f := range written {
		fmt.Fprintf(stdout, "wrote %s\n", f)
	}
	fmt.Fprintf(stdout, "next: edit %s, then kimppa new actors SLUG --source %s\n", written[0], dir)
	return exitOK
}
