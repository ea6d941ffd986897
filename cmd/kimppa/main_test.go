package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/output"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the files that scripts cmp with")

// exitFile names the file the kimppa command of a script writes its exit
// code to, for the status command.
const exitFile = "KIMPPA_EXIT_FILE"

func TestMain(m *testing.M) {
	// A build in a script hands the output it replaced to this binary,
	// started again (output.RunRemoval), as kimppa's main does.
	if output.RunRemoval() {
		return
	}
	testscript.Main(m, map[string]func(){
		"kimppa": func() {
			code := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
			if f := os.Getenv(exitFile); f != "" {
				os.WriteFile(f, []byte(strconv.Itoa(code)), 0o644)
			}
			os.Exit(code)
		},
	})
}

// TestScripts runs the command-line scripts in testdata/script. Besides
// the standard commands they have:
//
//	status N    the last kimppa command exited with code N
//
// go test ./cmd/kimppa -update rewrites the files that cmp compares with.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv(exitFile, filepath.Join(env.WorkDir, ".exit"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: status N")
				}
				got, err := os.ReadFile(ts.Getenv(exitFile))
				if err != nil {
					ts.Fatalf("no kimppa command has run: %v", err)
				}
				if strings.TrimSpace(string(got)) != args[0] {
					ts.Fatalf("kimppa exited with %s, want %s", got, args[0])
				}
			},
		},
	})
}
