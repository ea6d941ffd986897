package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"io/fs"

	prcomment "github.com/kimppa/kimppa/generator/report"
)

func init() {
	commands["report"] = command{
		usage: "report [--diff-fi FILE] [--diff-en FILE] [--check FILE] [--owners FILE] [--run URL] [--base COMMIT] [--head COMMIT]",
		brief: "write a pull request's one comment: the change in words, the problems, who must approve",
		run:   runReport,
	}
}

// maxReportInput is the most read of each input file; the comment keeps
// far less.
const maxReportInput = 1 << 20

func runReport(_ context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("report", flag.ContinueOnError)
	diffFi := flags.String("diff-fi", "", "kimppa diff --lang fi output")
	diffEn := flags.String("diff-en", "", "kimppa diff --lang en output")
	check := flags.String("check", "", "kimppa check --format json output")
	owners := flags.String("owners", "", "kimppa owners check --format markdown output")
	run := flags.String("run", "", "the address of the check's run")
	base := flags.String("base", "", "the commit of the kimppa that computed the parts")
	head := flags.String("head", "", "the commit of the pull request's files it read")
	pos, ok := parse(flags, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		return usageError(stderr, "report", "unexpected argument %q", pos[0])
	}
	var in prcomment.Input
	for _, part := range []struct {
		name string
		dst  *[]byte
	}{{*diffFi, &in.DiffFi}, {*diffEn, &in.DiffEn}, {*check, &in.Check}, {*owners, &in.Owners}} {
		if part.name == "" {
			continue
		}
		b, err := readLimited(part.name, maxReportInput)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue // a missing part is said in the comment
		case err != nil:
			return failure(stderr, "report", err)
		}
		*part.dst = b
	}
	in.Run, in.Base, in.Head = *run, *base, *head
	if _, err := stdout.Write(prcomment.Comment(in)); err != nil {
		return failure(stderr, "report", err)
	}
	return exitOK
}
