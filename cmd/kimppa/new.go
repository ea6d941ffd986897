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
		usage: "new TYPE SLUG [--name TEXT] [--source DIR]",
		brief: "write a valid skeleton file for a new entity",
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
		return usageError(stderr, "new", "want a type and a slug")
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
