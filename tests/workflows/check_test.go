package workflows

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func prEvent(n int, head string) map[string]any {
	return map[string]any{
		"action":       "opened",
		"number":       n,
		"pull_request": map[string]any{"number": n, "head": map[string]any{"sha": head, "ref": "pr"}, "base": map[string]any{"ref": "main"}, "user": map[string]any{"login": "maija-m"}},
		"repository":   map[string]any{"full_name": repo, "default_branch": "main"},
	}
}

// check.yml on a pull request, as GitHub runs it: a good change passes,
// is summarised and built; a broken one fails at the content check with
// what to fix in the job summary.
func TestCheckWorkflowOnPullRequests(t *testing.T) {
	s := newSite(t)
	os.MkdirAll(filepath.Join(s.dir, "artifacts"), 0o755)
	good := "---\nname: Uusi Kierto Oy\nkind: company\nmaintainers: [maija-m]\n---\nTeksti.\n"
	head := s.pullRequest("pr", "content/actors/uusi-kierto-oy.md", []byte(good))
	res := s.run("check.yml", "content", "pull_request", prEvent(5, head), setup{})
	mustSucceed(t, res)
	if !strings.Contains(res.Summary, "Uusi Kierto Oy") || !strings.Contains(res.Summary, "## Esikatselu / Preview") {
		t.Errorf("summary:\n%s", res.Summary)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "artifacts", "site-preview", "index.html")); err != nil {
		t.Errorf("no preview uploaded: %v", err)
	}
	bad := "---\nname: Rikki Oy\nkind: company\nbusiness_id: 1618033-4\n---\n"
	head = s.pullRequest("pr2", "content/actors/rikki-oy.md", []byte(bad))
	res = s.run("check.yml", "content", "pull_request", prEvent(6, head), setup{})
	st := res.Step("Check the content")
	if res.Status != "failure" || st == nil || st.Outcome != "failure" || !strings.Contains(res.Summary, "Korjattavaa / To fix") || !strings.Contains(res.Summary, "rikki-oy.md") {
		t.Errorf("a broken change should fail the content check with what to fix:\n%s\n%s", res.Summary, res.Failed())
	}
	for _, later := range []string{"Build the site for a preview", "Upload the preview"} {
		if st := res.Step(later); st == nil || !st.Skipped {
			t.Errorf("%s ran after the check failed", later)
		}
	}
	if st := res.Step("Generated files are up to date"); st == nil || st.Outcome != "success" {
		t.Errorf("the generated files' check (if: !cancelled()) did not run and pass: %+v", st)
	}
}
