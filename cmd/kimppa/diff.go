package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"io"
	"slices"

	"github.com/kimppa/kimppa/generator/diff"
	"github.com/kimppa/kimppa/generator/review"
)

func init() {
	commands["diff"] = command{
		usage: "diff BASE HEAD [--format markdown|json] [--lang fi|en] [--source DIR]",
		brief: "what changed between two site folders or git revisions",
		run:   runDiff,
	}
}

func runDiff(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("diff", flag.ContinueOnError)
	source := flags.String("source", ".", "the site's folder inside a git revision")
	format := flags.String("format", "markdown", "output format: markdown or json")
	lang := flags.String("lang", "fi", "language of the report: fi, en or sv")
	baseLabel := flags.String("base-label", "", "how to name BASE in the report (default BASE itself)")
	headLabel := flags.String("head-label", "", "how to name HEAD in the report (default HEAD itself)")
	pos, ok := parse(flags, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) != 2 {
		return usageError(stderr, "diff", "want two versions: BASE and HEAD, each a site folder or a git revision")
	}
	if !slices.Contains(diff.Formats, *format) {
		return usageError(stderr, "diff", "unknown format %q", *format)
	}
	if !slices.Contains(diff.Langs, *lang) {
		return usageError(stderr, "diff", "unknown language %q", *lang)
	}
	r, err := review.Diff(ctx, pos[0], pos[1], *source)
	var invalid *review.InvalidConfigError
	switch {
	case errors.As(err, &invalid):
		report(stderr, invalid.Diags, "text")
		return failure(stderr, "diff", err)
	case err != nil:
		return failure(stderr, "diff", err)
	}
	r.Base, r.Head = cmp.Or(*baseLabel, pos[0]), cmp.Or(*headLabel, pos[1])
	if err := r.Write(stdout, *format, *lang); err != nil {
		return failure(stderr, "diff", err)
	}
	return exitOK
}
