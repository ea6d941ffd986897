package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kimppa/kimppa/generator/forms"
)

func init() {
	commands["forms"] = command{
		usage: "forms [--source DIR] [--out DIR] [--check]",
		brief: "write the GitHub issue forms (join, add a service or challenge, update) from the field table",
		run:   runForms,
	}
}

func runForms(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("forms", flag.ContinueOnError)
	source := flags.String("source", ".", "the site directory")
	out := flags.String("out", "", "the folder of the forms (default DIR/"+forms.Dir+")")
	check := flags.Bool("check", false, "write nothing; fail when the forms in --out are not up to date")
	pos, ok := parse(flags, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		return usageError(stderr, "forms", "unexpected argument %q", pos[0])
	}
	if *out == "" {
		*out = filepath.Join(*source, filepath.FromSlash(forms.Dir))
	}
	p, code := loadProject(ctx, "forms", *source, stderr)
	if p == nil {
		return code
	}
	defer p.Close()
	files := forms.Generate(p.Config)
	// A form GitHub would reject is never written: members would not see
	// it at all. What breaks the rules comes from kimppa.yaml (a taxonomy
	// or a term's label), so that is where to fix it.
	invalid := false
	for _, f := range files {
		for _, msg := range f.Problems() {
			fmt.Fprintf(stderr, "kimppa forms: %s: %s\n", f.Name, msg)
			invalid = true
		}
	}
	if invalid {
		fmt.Fprintf(stderr, "    hint: GitHub would refuse these forms; rename the taxonomy or term in %s (ids: letters, digits, - and _; labels unique; no option \"None\"), then run kimppa forms again\n", "kimppa.yaml")
		return exitInvalid
	}
	present, err := filepath.Glob(filepath.Join(*out, "*.yml"))
	if err != nil {
		return failure(stderr, "forms", err)
	}
	for i := range present {
		present[i] = filepath.Base(present[i])
	}
	read := func(name string) ([]byte, bool) {
		b, err := os.ReadFile(filepath.Join(*out, name))
		return b, err == nil
	}
	stale := forms.Check(files, read, present)
	if *check {
		if len(stale) == 0 {
			return exitOK
		}
		for _, name := range stale {
			fmt.Fprintf(stderr, "kimppa forms: %s is not up to date\n", filepath.ToSlash(filepath.Join(*out, name)))
		}
		fmt.Fprintf(stderr, "    hint: run kimppa forms and commit the changed files; the forms follow the field table and the taxonomies of kimppa.yaml\n")
		return exitInvalid
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return failure(stderr, "forms", err)
	}
	todo := map[string]bool{}
	for _, name := range stale {
		todo[name] = true
	}
	for _, f := range files {
		if !todo[f.Name] {
			continue
		}
		delete(todo, f.Name)
		path := filepath.Join(*out, f.Name)
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return failure(stderr, "forms", err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", filepath.ToSlash(path))
	}
	for name := range todo { // generated forms of types that are gone
		path := filepath.Join(*out, name)
		if err := os.Remove(path); err != nil {
			return failure(stderr, "forms", err)
		}
		fmt.Fprintf(stdout, "removed %s\n", filepath.ToSlash(path))
	}
	return exitOK
}
