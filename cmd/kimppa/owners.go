package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/genfile"
	"github.com/kimppa/kimppa/generator/owners"
	"github.com/kimppa/kimppa/generator/review"
)

func init() {
	commands["owners"] = command{
		usage: "owners check --author HANDLE [--approved-by HANDLE]... [--source DIR] FILE...",
		brief: "decide who may approve a change (owners help: all flags)",
		run:   runOwners,
	}
}

const ownersCheckUsage = `usage: kimppa owners check --author HANDLE [options] [--changed FILE]... [FILE...]

Decides, from the base version of the site (never from the change itself),
whether the author or an approver may change each changed file: a profile
by its maintainers, a service by its providers' maintainers, a project by
its coordinator's and partners' maintainers, a contract by its parties'
maintainers, anything by an admin of kimppa.yaml. A new profile needs an
admin. An entry that the change links to another organisation (as provider,
party, coordinator, partner, funding share, owner: any reference to an
actor it did not have on the base branch) also needs one of that
organisation's maintainers or an admin; without --head or --head-ref those
links cannot be seen, so such an entry needs an admin. Exits 1 when some
file or link still needs an approval.

options:
  --author HANDLE        who made the change (GitHub handle, "@" optional)
  --approved-by HANDLE   who approved it; repeat, or separate with commas
  --reviews FILE         the pull request's reviews as the GitHub API lists
                         them (gh api --paginate .../pulls/N/reviews); an
                         approval counts when it is the reviewer's latest
                         and, with --head-ref, given on that commit
  --source DIR           the site folder as it is on the base branch
                         (default .); with --base-ref or --head-ref, the
                         site's folder in the git repository. --base DIR is
                         the same, its older name
  --base-ref REV         instead: the site in git revision REV
  --head-ref REV         the change's git revision: changed and new entries
                         are read from it (as data), and without --changed
                         the changed files are those from the merge base of
                         BASE and REV to REV
  --head DIR             instead of --head-ref: a folder with the change
  --changed FILE         a changed file, relative to the site; repeat
  --changed-from FILE    read changed files from FILE, one per line (- for stdin)
  --format FORMAT        text, github, markdown or json (default text)
  --lang LANG            en, fi or sv (default en); markdown has fi and en
  --summary FILE         also append the Markdown summary to FILE
                         (e.g. $GITHUB_STEP_SUMMARY)
`

func runOwners(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "kimppa owners: want a subcommand: check or codeowners")
		fmt.Fprint(stderr, ownersCheckUsage)
		fmt.Fprintln(stderr, "\n"+codeownersUsage)
		return exitUsage
	}
	switch args[0] {
	case "check":
		return runOwnersCheck(ctx, args[1:], stdout, stderr)
	case "codeowners":
		return runCodeowners(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, ownersCheckUsage)
		fmt.Fprintln(stdout, "\n"+codeownersUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "kimppa owners: unknown subcommand %q (want check or codeowners)\n", args[0])
	return exitUsage
}

const codeownersUsage = `usage: kimppa owners codeowners [--source DIR] [--out FILE] [--check]

Writes .github/CODEOWNERS: the admins of kimppa.yaml own every file except
content/, whose approvals the ownership check decides. --check writes
nothing and exits 1 when the file is not up to date.`

// listFlag is a flag that may be repeated; each value may also hold
// several items separated by commas or spaces.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = append(*l, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' })...)
	return nil
}

// pathsFlag is a repeatable flag of file names, kept whole.
type pathsFlag []string

func (l *pathsFlag) String() string { return strings.Join(*l, "\n") }

func (l *pathsFlag) Set(s string) error { *l = append(*l, s); return nil }

func runOwnersCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("owners check", flag.ContinueOnError)
	flags.Usage = func() { fmt.Fprint(stderr, ownersCheckUsage) }
	author := flags.String("author", "", "")
	var approvers listFlag
	flags.Var(&approvers, "approved-by", "")
	reviews := flags.String("reviews", "", "")
	source := flags.String("source", "", "")
	base := flags.String("base", "", "") // the older name of --source
	baseRef := flags.String("base-ref", "", "")
	headRef := flags.String("head-ref", "", "")
	headDir := flags.String("head", "", "")
	var changed pathsFlag
	flags.Var(&changed, "changed", "")
	changedFrom := flags.String("changed-from", "", "")
	format := flags.String("format", "text", "")
	lang := flags.String("lang", "en", "")
	summary := flags.String("summary", "", "")
	pos, ok := parse(flags, args, stderr)
	if !ok {
		return exitUsage
	}
	changed = append(changed, pos...)
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "kimppa owners check: %s\n", fmt.Sprintf(format, a...))
		fmt.Fprint(stderr, ownersCheckUsage)
		return exitUsage
	}
	switch {
	case owners.Handle(*author) == "":
		return bad("--author is required")
	case !slices.Contains(owners.Formats, *format):
		return bad("unknown format %q", *format)
	case !slices.Contains(owners.Langs, *lang):
		return bad("unknown language %q", *lang)
	case *headRef != "" && *headDir != "":
		return bad("give --head-ref or --head, not both")
	case *source != "" && *base != "" && *source != *base:
		return bad("give --source or --base (its older name), not both")
	}
	if *changedFrom != "" {
		files, err := readLines(*changedFrom)
		if err != nil {
			return failure(stderr, "owners check", err)
		}
		changed = append(changed, files...)
	}
	r, err := review.CheckOwners(ctx, review.OwnersRequest{
		Author: *author, Approvers: approvers, Reviews: *reviews,
		Base: cmp.Or(*source, *base, "."), BaseRef: *baseRef, HeadRef: *headRef, HeadDir: *headDir, Changed: changed,
	})
	var invalid *review.InvalidConfigError
	switch {
	case errors.Is(err, review.ErrNoChanges):
		return bad("%s", err)
	case errors.As(err, &invalid):
		report(stderr, invalid.Diags, "text")
		return failure(stderr, "owners check", err)
	case err != nil:
		return failure(stderr, "owners check", err)
	}
	if err := r.Write(stdout, *format, *lang); err != nil {
		return failure(stderr, "owners check", err)
	}
	if *summary != "" {
		var b bytes.Buffer
		r.Write(&b, "markdown", *lang)
		f, err := os.OpenFile(*summary, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		if err != nil {
			return failure(stderr, "owners check", err)
		}
		_, werr := f.Write(b.Bytes())
		if err := errors.Join(werr, f.Close()); err != nil {
			return failure(stderr, "owners check", err)
		}
	}
	if !r.OK() {
		return exitInvalid
	}
	return exitOK
}

// readLines reads non-empty lines from file, or from standard input for "-".
func readLines(file string) ([]string, error) {
	var r io.Reader = os.Stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out = append(out, line)
		}
	}
	return out, sc.Err()
}

func runCodeowners(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("owners codeowners", flag.ContinueOnError)
	source := flags.String("source", ".", "the site directory")
	out := flags.String("out", "", "the file to write (default DIR/"+owners.CodeownersFile+")")
	check := flags.Bool("check", false, "write nothing; fail when the file is not up to date")
	pos, ok := parse(flags, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "kimppa owners codeowners: unexpected argument %q\n%s\n", pos[0], codeownersUsage)
		return exitUsage
	}
	if *out == "" {
		*out = filepath.Join(*source, filepath.FromSlash(owners.CodeownersFile))
	}
	p, code := loadProject(ctx, "owners codeowners", *source, stderr)
	if p == nil {
		return code
	}
	defer p.Close()
	if st, err := os.Stat(*out); err == nil && !st.Mode().IsRegular() {
		fmt.Fprintf(stderr, "kimppa owners codeowners: will not write %s: it is not a file; give --out a file name\n", filepath.ToSlash(*out))
		return exitUsage
	}
	set := genfile.Set{Files: []genfile.File{{Data: owners.Codeowners(p.Config)}},
		Ours: func(_ string, data []byte) bool { return owners.Generated(data) },
		Hint: "merge its rules by hand, or remove it and run again"}
	return generated("owners codeowners", *source, *out, true, set, *check,
		"run kimppa owners codeowners and commit the file; it follows the admins of kimppa.yaml", stdout, stderr)
}
