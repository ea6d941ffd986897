package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/genfile"
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
	var files []genfile.File
	for _, f := range jsonschema.Generate(p.Config) {
		files = append(files, genfile.File{Name: f.Name, Data: f.Data})
	}
	set := genfile.Set{Files: files, Kind: jsonschema.Kind, Ours: jsonschema.Generated,
		Hint: "move it away, or give --out another folder"}
	return generated("schema", *source, *out, false, set, *check,
		"run kimppa schema and commit the changed files; the schemas follow the field table and the taxonomies of kimppa.yaml", stdout, stderr)
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
