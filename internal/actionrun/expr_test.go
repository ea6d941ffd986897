package actionrun

import (
	"os"
	"path/filepath"
	"testing"
)

func TestExpressions(t *testing.T) {
	c := &Context{Status: "success", Values: map[string]any{
		"github": map[string]any{"event": map[string]any{"issue": map[string]any{
			"number": 7.0, "state": "open",
			"labels": []any{map[string]any{"name": "lomake"}, map[string]any{"name": "lomake-actors"}},
		}}},
		"steps":   map[string]any{"entry": map[string]any{"outputs": map[string]any{"result": "fix"}}},
		"secrets": map[string]any{},
		"vars":    map[string]any{"KIMPPA_APP_ID": "1"},
	}}
	for expr, want := range map[string]string{
		"github.event.issue.number":                                                 "7",
		"contains(github.event.issue.labels.*.name, 'lomake')":                      "true",
		"contains(github.event.issue.labels.*.name, 'LOMAKE-actors')":               "true",
		"contains(github.event.issue.labels.*.name, 'lomake-x')":                    "false",
		"github.event.issue.state == 'OPEN'":                                        "true",
		"steps.entry.outputs.result == 'ok' || steps.entry.outputs.result == 'fix'": "true",
		"steps.missing.outputs.result":                                              "",
		"secrets.KEY || 'fallback'":                                                 "fallback",
		"vars.KIMPPA_APP_ID != ''":                                                  "true",
		"!cancelled()":                                                              "true",
		"format('{0}-{1}', 'a', 7)":                                                 "a-7",
		"toJSON(github.event.issue.labels.*.name)":                                  "[\n  \"lomake\",\n  \"lomake-actors\"\n]",
		"'it''s'": "it's",
	} {
		v, err := c.Eval(expr)
		if err != nil {
			t.Errorf("%s: %v", expr, err)
			continue
		}
		if got := String(v); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
	for cond, want := range map[string]bool{
		"": true,
		"${{ steps.entry.outputs.result == 'fix' }}": true,
		"failure()":                            false,
		"always()":                             true,
		"github.event.issue.state == 'closed'": false,
	} {
		if got, err := c.Condition(cond); err != nil || got != want {
			t.Errorf("if: %q = %v (%v), want %v", cond, got, err, want)
		}
	}
	c.Status = "failure"
	if ok, _ := c.Condition("steps.entry.outputs.result == 'fix'"); ok {
		t.Error("a plain condition ran after a failure")
	}
	if _, err := c.Eval("unknown.context"); err == nil {
		t.Error("an unknown context was accepted")
	}
}

func TestRunStepsAsGitHubDoes(t *testing.T) {
	dir := t.TempDir()
	w := &Workflow{Jobs: map[string]*Job{"j": {Steps: []*Step{
		{ID: "a", Run: "echo 'x=1' >> \"$GITHUB_OUTPUT\"\n{ echo 'y<<EOF'; echo two; echo lines; echo EOF; } >> \"$GITHUB_OUTPUT\"\necho 'E=from-env' >> \"$GITHUB_ENV\""},
		{ID: "b", Run: "false\necho not reached > \"$RUNNER_TEMP/b\"", ContinueOnError: true},
		{ID: "c", Shell: "bash", Run: "false | true\necho \"$E ${{ steps.a.outputs.x }}\" > \"$RUNNER_TEMP/c\""},
		{ID: "d", Run: "exit 3"},
		{ID: "e", Run: "echo skipped"},
		{ID: "f", If: "failure()", Run: "echo ran > \"$RUNNER_TEMP/f\""},
	}}}}
	r := &Runner{Workspace: dir, Temp: filepath.Join(dir, "tmp"), Event: map[string]any{}, Env: []string{"PATH=" + os.Getenv("PATH")}}
	res, err := r.RunJob(w, "j")
	if err != nil {
		t.Fatal(err)
	}
	if res.Steps[0].Outputs["y"] != "two\nlines" || res.Steps[0].Outputs["x"] != "1" {
		t.Errorf("outputs: %v", res.Steps[0].Outputs)
	}
	if _, err := os.Stat(filepath.Join(r.Temp, "b")); err == nil || res.Steps[1].Conclusion != "success" {
		t.Error("bash -e did not stop at false, or continue-on-error was not honoured")
	}
	if b, _ := os.ReadFile(filepath.Join(r.Temp, "c")); string(b) != "" {
		t.Errorf("pipefail did not stop the bash shell: %q", b)
	}
	if res.Steps[2].Outcome != "failure" || res.Steps[2].ExitCode != 1 || !res.Steps[3].Skipped || !res.Steps[4].Skipped || res.Status != "failure" {
		t.Errorf("after a failed step the others must be skipped: %+v %+v %+v", res.Steps[2], res.Steps[3], res.Steps[4])
	}
	if b, _ := os.ReadFile(filepath.Join(r.Temp, "f")); string(b) != "ran\n" {
		t.Error("if: failure() did not run after a failure")
	}
}
