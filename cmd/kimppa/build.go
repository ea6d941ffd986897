package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
)

func init() {
	commands["build"] = command{
		usage: "build [--source DIR] [--out DIR] [--base-url URL] [--drafts] [--strict] [-q]",
		brief: "check the content, then write the site",
		run:   runBuild,
	}
	commands["check"] = command{
		usage: "check [--source DIR] [--format text|github|json] [--strict] [-q]",
		brief: "check the content only",
		run:   runCheck,
	}
}

// sourceDate is the day that SOURCE_DATE_EPOCH names, in UTC, for a
// build or check that must give the same result on any day (see
// reproducible-builds.org): which calls are open, which end dates have
// passed. Unset, it is "": today.
func sourceDate() (string, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return "", nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 {
		return "", fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970-01-01", v)
	}
	return time.Unix(secs, 0).UTC().Format(time.DateOnly), nil
}

// siteFlags are the flags shared by build and check.
func siteFlags(fs *flag.FlagSet, o *generator.Options) (quiet *bool) {
	fs.StringVar(&o.Source, "source", ".", "the site directory")
	fs.BoolVar(&o.Strict, "strict", false, "warnings fail the run too")
	return fs.Bool("q", false, "print no progress")
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o generator.Options
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	quiet := siteFlags(fs, &o)
	fs.StringVar(&o.Out, "out", "", "the output folder (default DIR/public)")
	fs.StringVar(&o.BaseURL, "base-url", "", "the site's address, overriding base_url")
	fs.BoolVar(&o.Drafts, "drafts", false, "publish drafts too")
	pos, ok := parse(fs, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		return usageError(stderr, "build", "unexpected argument %q", pos[0])
	}
	var err error
	if o.Today, err = sourceDate(); err != nil {
		return usageError(stderr, "build", "%s", err)
	}
	if o.BaseURL != "" {
		if err := config.OverrideBaseURL(o.BaseURL); err != nil {
			return usageError(stderr, "build", "--base-url: %s", strings.TrimPrefix(err.Error(), "base URL "))
		}
	}
	if !*quiet {
		o.Progress = stderr
	}
	o.RemoveLater = true
	diags, err := generator.Build(ctx, o)
	report(stderr, diags, "text")
	var refused *generator.TargetError
	switch {
	case errors.As(err, &refused):
		fmt.Fprintf(stderr, "kimppa build: %s\n", refused)
		return exitUsage
	case errors.Is(err, generator.ErrInvalid):
		summary(stderr, diags, "nothing was written; the previous output is unchanged")
		return exitInvalid
	case err != nil:
		return failure(stderr, "build", err)
	}
	return exitOK
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o generator.Options
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	quiet := siteFlags(fs, &o)
	format := fs.String("format", "text", "output format: text, github or json")
	pos, ok := parse(fs, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		return usageError(stderr, "check", "unexpected argument %q", pos[0])
	}
	var err error
	if o.Today, err = sourceDate(); err != nil {
		return usageError(stderr, "check", "%s", err)
	}
	if !slices.Contains(diag.Formats, *format) {
		return usageError(stderr, "check", "unknown format %q", *format)
	}
	if !*quiet && *format == "text" {
		o.Progress = stderr
	}
	diags, files, err := generator.CheckFiles(ctx, o)
	if err != nil {
		return failure(stderr, "check", err)
	}
	out := stderr
	if *format != "text" {
		out = stdout
	}
	report(out, diags, *format)
	if diags.Failed(o.Strict) {
		if *format == "text" {
			summary(stderr, diags, "")
		}
		return exitInvalid
	}
	if *format == "text" && !*quiet {
		// The result, on stdout: progress and problems went to stderr.
		if diags.Warnings() == 0 {
			fmt.Fprintf(stdout, "no problems found: %d files checked\n", files)
		} else {
			fmt.Fprintf(stdout, "no errors, %d warning(s): %d files checked\n", diags.Warnings(), files)
		}
	}
	return exitOK
}

func report(w io.Writer, diags diag.List, format string) {
	if len(diags) > 0 || format == "json" {
		diags.Write(w, format)
	}
}

func summary(w io.Writer, diags diag.List, tail string) {
	fmt.Fprintf(w, "%d error(s), %d warning(s)", diags.Errors(), diags.Warnings())
	if tail != "" {
		fmt.Fprintf(w, "; %s", tail)
	}
	fmt.Fprintln(w)
}
