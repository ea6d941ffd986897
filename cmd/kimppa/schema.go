package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/jsonschema"
)

func init() {
	commands["schema"] = command{
		usage: "schema [--source DIR] [--out DIR] [--check]",
		brief: "write JSON Schemas of the front matter, for editors",
		run:   runSchema,
	}
}

func runSchema(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("schema", flag.ContinueOnError)
	source := flags.String("source", ".", "the site directory")
	out := flags.String("out", "", "the folder of the schemas (default DIR/"+jsonschema.Dir+")")
	check := flags.Bool("check", false, "write nothing; fail when the files in --out are not up to date")
	pos, ok := parse(flags, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		return usageError(stderr, "schema", "unexpected argument %q", pos[0])
	}
	if *out == "" {
		*out = filepath.Join(*source, jsonschema.Dir)
	}
	p, code := loadProject(ctx, "schema", *source, stderr)
	if p == nil {
		return code
	}
	defer p.Close()
	if st, err := os.Stat(*out); err == nil && !st.IsDir() {
		fmt.Fprintf(stderr, "kimppa schema: will not write into %s: it is not a folder; give --out a folder\n", filepath.ToSlash(*out))
		return exitUsage
	}
	files := jsonschema.Generate(p.Config)
	read := func(name string) ([]byte, bool) {
		b, err := os.ReadFile(filepath.Join(*out, name))
		return b, err == nil
	}
	// Only the files kimppa wrote count as present: a stale one is removed,
	// and someone else's is never touched.
	var present []string
	all, err := filepath.Glob(filepath.Join(*out, "*.json"))
	if err != nil {
		return failure(stderr, "schema", err)
	}
	for _, p := range all {
		if b, ok := read(filepath.Base(p)); ok && jsonschema.Generated(filepath.Base(p), b) {
			present = append(present, p)
		}
	}
	stale := jsonschema.Check(files, read, present)
	if !*check {
		for _, name := range stale {
			if b, ok := read(name); ok && !jsonschema.Generated(name, b) {
				fmt.Fprintf(stderr, "kimppa schema: will not replace %s: kimppa did not write it; move it away, or give --out another folder\n", filepath.ToSlash(filepath.Join(*out, name)))
				return exitUsage
			}
		}
	}
	if *check {
		if len(stale) == 0 {
			return exitOK
		}
		for _, name := range stale {
			fmt.Fprintf(stderr, "kimppa schema: %s is not up to date\n", filepath.ToSlash(filepath.Join(*out, name)))
		}
		fmt.Fprintf(stderr, "    hint: run kimppa schema and commit the changed files; the schemas follow the field table and the taxonomies of kimppa.yaml\n")
		return exitInvalid
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return failure(stderr, "schema", err)
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
			return failure(stderr, "schema", err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", filepath.ToSlash(path))
	}
	for name := range todo { // schema files of types or languages that are gone
		path := filepath.Join(*out, name)
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return failure(stderr, "schema", err)
		}
		fmt.Fprintf(stdout, "removed %s\n", filepath.ToSlash(path))
	}
	return exitOK
}

// loadProject loads the site in dir for a command that needs at least its
// configuration; on failure it reports and returns the exit code.
func loadProject(ctx context.Context, cmd, dir string, stderr io.Writer) (*generator.Project, int) {
	p, err := generator.Load(ctx, generator.Options{Source: dir})
	if err != nil {
		return nil, failure(stderr, cmd, err)
	}
	if p.Config == nil {
		p.Close()
		report(stderr, p.Diags, "text")
		fmt.Fprintf(stderr, "kimppa %s: fix kimppa.yaml first\n", cmd)
		return nil, exitInvalid
	}
	return p, exitOK
}
