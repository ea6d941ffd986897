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
		var ue *generator.UsageError
		if asUsage(err, &ue) {
			return usageError(stderr, "new", "%s", ue.Msg)
		}
		return failure(stderr, "new", err)
	}
	fmt.Fprintf(stdout, "wrote %s\n", path)
	return exitOK
}

func asUsage(err error, target **generator.UsageError) bool { return errors.As(err, target) }

func newSite(dir string, stdout, stderr io.Writer) int {
	written, err := generator.NewSite(dir)
	var ue *generator.UsageError
	switch {
	case asUsage(err, &ue):
		return usageError(stderr, "new", "%s", ue.Msg)
	case err != nil:
		return failure(stderr, "new", err)
	}
	for _, f := range written {
		fmt.Fprintf(stdout, "wrote %s\n", f)
	}
	fmt.Fprintf(stdout, "next: edit %s, then kimppa new actors SLUG --source %s\n", written[0], dir)
	return exitOK
}
