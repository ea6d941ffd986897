package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/scaffold"
)

func init() {
	commands["new"] = command{
		usage: "new TYPE SLUG [--name TEXT] [--source DIR] | new site DIR | new --from-issue BODY.md --form FORM.yml [--author HANDLE] [--source DIR] [--format text|markdown] [--result FILE.json]",
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
	result := fs.String("result", "", "with --from-issue: write what was made (file, type, new, admins, who may approve) here as JSON")
	pos, ok := parse(fs, args, stderr)
	if !ok {
		return exitUsage
	}
	if *issue != "" || *form != "" {
		if len(pos) > 0 {
			return usageError(stderr, "new", "--from-issue takes no type or slug: the form says what it makes")
		}
		return newFromIssue(ctx, issueRun{*source, *issue, *form, *author, *format, *result}, stdout, stderr)
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

// issueRun are the flags of new --from-issue.
type issueRun struct{ source, issue, form, author, format, result string }

// newFromIssue exits 0 with the file's path, exitInvalid when the form
// needs fixing (stderr says what, for the member), and exitInternal when
// the failure is the site's or the workflow's, not hers: the workflow
// tells her an admin has been told, and tells the admins.
func newFromIssue(ctx context.Context, r issueRun, stdout, stderr io.Writer) int {
	switch {
	case r.issue == "" || r.form == "":
		return usageError(stderr, "new", "--from-issue and --form go together")
	case r.author == "":
		return usageError(stderr, "new", "--author is needed with --from-issue: who sent the form")
	case r.format != "text" && r.format != "markdown":
		return usageError(stderr, "new", "unknown format %q (text or markdown)", r.format)
	}
	body, err := readLimited(r.issue, forms.MaxIssue)
	if err != nil {
		fmt.Fprintf(stderr, "kimppa new: %s\n", err)
		return exitInternal
	}
	formData, err := os.ReadFile(r.form)
	if err != nil {
		fmt.Fprintf(stderr, "kimppa new: %s\n", err)
		return exitInternal
	}
	sub, err := scaffold.Submit(ctx, scaffold.IssueOptions{Source: r.source, Issue: body, Form: formData, Author: r.author})
	if r.result != "" {
		if werr := writeResult(r.result, sub); werr != nil && err == nil {
			err = werr
		}
	}
	var rej *forms.Rejected
	var ue *scaffold.UsageError
	switch {
	case errors.As(err, &ue):
		return usageError(stderr, "new", "%s", ue.Msg)
	case errors.As(err, &rej):
		if r.format == "markdown" {
			fmt.Fprint(stderr, rej.Markdown())
		} else {
			fmt.Fprint(stderr, rej.Text("fi"), rej.Text("en"))
		}
		return exitInvalid
	case err != nil:
		fmt.Fprintf(stderr, "kimppa new: %s\n", strings.TrimSpace(err.Error()))
		return exitInternal
	}
	fmt.Fprintln(stdout, filepath.ToSlash(sub.Path))
	return exitOK
}

func writeResult(name string, sub *scaffold.Submitted) error {
	b, err := json.MarshalIndent(sub, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(b, '\n'), 0o644)
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
