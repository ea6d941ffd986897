package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/diff"
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
	lang := flags.String("lang", "fi", "language of the report: fi or en")
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
	var projects [2]*generator.Project
	for i, arg := range pos {
		dir, cleanup, err := siteVersion(ctx, arg, *source)
		if err != nil {
			return failure(stderr, "diff", err)
		}
		defer cleanup()
		p, err := generator.Load(ctx, generator.Options{Source: dir})
		if err != nil {
			return failure(stderr, "diff", fmt.Errorf("%s: %w", arg, err))
		}
		defer p.Close()
		if p.Model == nil {
			report(stderr, p.Diags, "text")
			return failure(stderr, "diff", fmt.Errorf("%s: kimppa.yaml is not valid", arg))
		}
		projects[i] = p
	}
	r := diff.Compare(projects[0].Model, projects[1].Model, projects[1].Diags)
	r.Base, r.Head = cmp.Or(*baseLabel, pos[0]), cmp.Or(*headLabel, pos[1])
	if err := r.Write(stdout, *format, *lang); err != nil {
		return failure(stderr, "diff", err)
	}
	return exitOK
}

// siteVersion finds a version of the site: arg itself when it is a folder,
// else the folder source (relative to the current folder) in git revision
// arg of the current repository, written to a temporary folder.
func siteVersion(ctx context.Context, arg, source string) (dir string, cleanup func(), err error) {
	if st, err := os.Stat(arg); err == nil && st.IsDir() {
		return arg, func() {}, nil
	}
	g := diff.Git{}
	rel, err := inRepository(ctx, g, source)
	if err != nil {
		return "", nil, fmt.Errorf("%q is not a folder, and %w", arg, err)
	}
	tree, cleanup, err := g.Tree(ctx, arg)
	if err != nil {
		return "", nil, err
	}
	return filepath.Join(tree, filepath.FromSlash(rel)), cleanup, nil
}

// inRepository returns where folder dir is inside the git work tree that
// holds the current folder, relative to its root ("." for the root).
func inRepository(ctx context.Context, g diff.Git, dir string) (string, error) {
	root, err := g.Root(ctx)
	if err != nil {
		return "", fmt.Errorf("there is no git repository here: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	if a, err := filepath.EvalSymlinks(abs); err == nil {
		abs = a
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside the git repository %s", dir, root)
	}
	return filepath.ToSlash(rel), nil
}
