package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/generator/genfile"
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
	gen := forms.Generate(p.Config)
	// A form GitHub would reject is never written: members would not see
	// it at all. What breaks the rules comes from kimppa.yaml (a taxonomy
	// or a term's label), so that is where to fix it.
	invalid := false
	for _, f := range gen {
		for _, msg := range f.Problems() {
			fmt.Fprintf(stderr, "kimppa forms: %s: %s\n", f.Name, msg)
			invalid = true
		}
	}
	if invalid {
		fmt.Fprintf(stderr, "    hint: GitHub would refuse these forms; rename the taxonomy or term in %s (ids: letters, digits, - and _; labels unique; no option \"None\"), then run kimppa forms again\n", "kimppa.yaml")
		return exitInvalid
	}
	var files []genfile.File
	for _, f := range gen {
		files = append(files, genfile.File{Name: f.Name, Data: f.Data})
	}
	set := genfile.Set{Files: files, Kind: func(name string) bool { return strings.HasSuffix(name, ".yml") }, Ours: forms.Generated,
		Hint: "move it away, or give --out another folder"}
	return generated("forms", *source, *out, false, set, *check,
		"run kimppa forms and commit the changed files; the forms follow the field table and the taxonomies of kimppa.yaml", stdout, stderr)
}
