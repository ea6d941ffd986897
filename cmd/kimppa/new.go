package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/scaffold"
)

func init() {
	commands["new"] = command{
		usage: "new TYPE SLUG [--name TEXT] [--source DIR] | new site DIR | new --from-issue BODY.md --form FORM.yml [--author HANDLE] [--source DIR] [--format text|markdown]",
		brief: "write a valid skeleton file for a new entity, a new site, or the entry of a submitted issue form",
		run:   runNew,
	}
}

func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	source := fs.String("source", ".", "the site directory")
	name := fs.String("name", "", "the name or title of the new entity")
	issue := fs.String("from-issue", "", "an issue body as GitHub renders a submitted form")
	form := fs.String("form", "", "the issue form the issue was made with")
	author := fs.String("author", "", "the GitHub handle of whoever sent the form")
	format := fs.String("format", "text", "how a rejected form is explained: text or markdown")
	pos, ok := parse(fs, args, stderr)
	if !ok {
		return exitUsage
	}
	if *issue != "" || *form != "" {
		if len(pos) > 0 {
			return usageError(stderr, "new", "--from-issue takes no type or slug: the form says what it makes")
		}
		return newFromIssue(ctx, *source, *issue, *form, *author, *format, stdout, stderr)
	}
	if len(pos) != 2 {
		return usageError(stderr, "new", "want a type and a slug, or: site and a folder")
	}
	if pos[0] == "site" {
		return newSite(pos[1], stdout, stderr)
	}
	path, err := scaffold.New(ctx, *source, pos[0], pos[1], *name)
	if err != nil {
		return newFailed(err, stderr)
	}
	fmt.Fprintf(stdout, "wrote %s\n", path)
	return exitOK
}

// newFailed reports why new wrote nothing: a usage mistake, a file it will
// not write over (one line, exit 2), or another failure.
func newFailed(err error, stderr io.Writer) int {
	var ue *scaffold.UsageError
	var refused *output.TargetError
	switch {
	case errors.As(err, &ue):
		return usageError(stderr, "new", "%s", ue.Msg)
	case errors.As(err, &refused):
		fmt.Fprintf(stderr, "kimppa new: %s\n", refused)
		return exitUsage
	}
	return failure(stderr, "new", err)
}

func newFromIssue(ctx context.Context, source, issue, form, author, format string, stdout, stderr io.Writer) int {
	switch {
	case issue == "" || form == "":
		return usageError(stderr, "new", "--from-issue and --form go together")
	case author == "":
		return usageError(stderr, "new", "--author is needed with --from-issue: who sent the form")
	case format != "text" && format != "markdown":
		return usageError(stderr, "new", "unknown format %q (text or markdown)", format)
	}
	body, err := readLimited(issue, forms.MaxIssue)
	if err != nil {
		return failure(stderr, "new", err)
	}
	formData, err := os.ReadFile(form)
	if err != nil {
		return failure(stderr, "new", err)
	}
	path, err := scaffold.FromIssue(ctx, scaffold.IssueOptions{Source: source, Issue: body, Form: formData, Author: author})
	var rej *forms.Rejected
	var ue *scaffold.UsageError
	switch {
	case errors.As(err, &rej):
		if format == "markdown" {
			fmt.Fprint(stderr, rej.Markdown())
		} else {
			fmt.Fprint(stderr, rej.Text("fi"), rej.Text("en"))
		}
		return exitInvalid
	case asUsage(err, &ue):
		return usageError(stderr, "new", "%s", ue.Msg)
	case err != nil:
		return failure(stderr, "new", err)
	}
	fmt.Fprintln(stdout, filepath.ToSlash(path))
	return exitOK
}

// readLimited reads a file of at most max bytes; a larger one is cut at
// max+1 bytes, so the reader can tell it is too large.
func readLimited(name string, max int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, max+1))
}

func asUsage(err error, target **scaffold.UsageError) bool { return errors.As(err, target) }

func newSite(dir string, stdout, stderr io.Writer) int {
	written, err := scaffold.NewSite(dir)
	if err != nil {
		return newFailed(err, stderr)
	}
	for _, f := range written {
		fmt.Fprintf(stdout, "wrote %s\n", f)
	}
	fmt.Fprintf(stdout, "next: edit %s, then kimppa new actors SLUG --source %s\n", written[0], dir)
	return exitOK
}
