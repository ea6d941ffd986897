package workflows

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/internal/actionrun"
)

func workflows(t *testing.T) map[string]*actionrun.Workflow {
	t.Helper()
	files, _ := filepath.Glob("../../.github/workflows/*.yml")
	if len(files) == 0 {
		t.Fatal("no workflows")
	}
	out := map[string]*actionrun.Workflow{}
	for _, f := range files {
		w, err := actionrun.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = w
	}
	return out
}

var pinned = regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)

// A job that holds a write token runs third-party code only at a commit
// that cannot move; the tag it was is said in a comment.
func TestWriteJobsPinActionsToCommits(t *testing.T) {
	for file, w := range workflows(t) {
		raw, _ := os.ReadFile(file)
		for id, j := range w.Jobs {
			if !w.Writes(j) {
				continue
			}
			for _, st := range j.Steps {
				if st.Uses == "" {
					continue
				}
				if !pinned.MatchString(st.Uses) || !regexp.MustCompile(regexp.QuoteMeta(st.Uses)+` # v\d`).Match(raw) {
					t.Errorf("%s job %s: %s is not pinned to a commit with its tag in a comment", filepath.Base(file), id, st.Uses)
				}
			}
		}
	}
}

// Every expression and condition of every workflow is one the runner
// understands, and every script is valid bash: so a scenario can run any
// of them, and a typo fails here rather than on GitHub.
func TestEveryWorkflowReadsAndItsScriptsParse(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	ctx := &actionrun.Context{Status: "success", HashFiles: func([]string) string { return "h" }, Values: map[string]any{}}
	for _, c := range []string{"github", "env", "steps", "secrets", "vars", "runner", "job", "inputs", "matrix", "needs"} {
		ctx.Values[c] = map[string]any{}
	}
	for file, w := range workflows(t) {
		name := filepath.Base(file)
		for id, j := range w.Jobs {
			if j.If != "" {
				if _, err := ctx.Condition(j.If); err != nil {
					t.Errorf("%s job %s: if: %v", name, id, err)
				}
			}
			for k, v := range j.Env {
				if _, err := ctx.Interpolate(v); err != nil {
					t.Errorf("%s job %s env %s: %v", name, id, k, err)
				}
			}
			for _, st := range j.Steps {
				where := name + " step " + st.Title()
				if _, err := ctx.Condition(st.If); err != nil {
					t.Errorf("%s: if: %v", where, err)
				}
				for k, v := range st.Env {
					if _, err := ctx.Interpolate(v); err != nil {
						t.Errorf("%s env %s: %v", where, k, err)
					}
				}
				for k, v := range st.With {
					if _, err := ctx.Interpolate(v); err != nil {
						t.Errorf("%s with %s: %v", where, k, err)
					}
				}
				if st.Run == "" {
					continue
				}
				script, err := ctx.Interpolate(st.Run)
				if err != nil {
					t.Errorf("%s: %v", where, err)
					continue
				}
				cmd := exec.Command("bash", "-n")
				cmd.Stdin = strings.NewReader(script)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("%s: bash -n: %v\n%s", where, err, out)
				}
			}
		}
	}
}
