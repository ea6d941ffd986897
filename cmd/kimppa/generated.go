package main

import (
	"errors"
	"fmt"
	"io"
	"path"

	"github.com/kimppa/kimppa/generator/genfile"
	"github.com/kimppa/kimppa/generator/output"
)

// generated is the one way the commands that generate files (forms,
// schema, owners codeowners) write them or, with check, tell whether
// they are up to date: s's files at out, a folder, or with one file
// the file itself; genfile refuses links and files kimppa did not write.
// hint says how to bring stale files up to date.
func generated(cmd, site, out string, oneFile bool, s genfile.Set, check bool, hint string, stdout, stderr io.Writer) int {
	r, rel, err := genfile.OpenOut(site, out, !check)
	if err != nil {
		return refusedOr(stderr, cmd, err)
	}
	defer r.Close()
	s.Dir = rel
	if oneFile {
		s.Dir, s.Files[0].Name = path.Dir(rel), path.Base(rel)
	}
	if !check {
		err := r.Sync(s, func(verb, name string) { fmt.Fprintf(stdout, "%s %s\n", verb, name) })
		return refusedOr(stderr, cmd, err)
	}
	stale, err := r.Stale(s)
	if err != nil {
		return refusedOr(stderr, cmd, err)
	}
	if len(stale) == 0 {
		return exitOK
	}
	for _, name := range stale {
		fmt.Fprintf(stderr, "kimppa %s: %s is not up to date\n", cmd, r.Name(path.Join(s.Dir, name)))
	}
	fmt.Fprintf(stderr, "    hint: %s\n", hint)
	return exitInvalid
}

// refusedOr reports err: a file kimppa will not write is a usage error.
func refusedOr(stderr io.Writer, cmd string, err error) int {
	var refused *output.TargetError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &refused):
		fmt.Fprintf(stderr, "kimppa %s: %s\n", cmd, refused)
		return exitUsage
	}
	return failure(stderr, cmd, err)
}
