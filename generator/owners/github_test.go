package owners_test

// Tests of the repository's .github folder that actionlint does not cover:
// the security properties of the workflows that the ownership check relies
// on, and the issue forms.

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"gopkg.in/yaml.v3"
)

const githubDir = "../../.github"

type workflow struct {
	On          map[string]any         `yaml:"on"`
	Permissions any                    `yaml:"permissions"`
	Jobs        map[string]workflowJob `yaml:"jobs"`
	Env         map[string]string      `yaml:"env"`
	Concurrency any                    `yaml:"concurrency"`
	Extra       map[string]any         `yaml:",inline"`
	raw         string
}

type workflowJob struct {
	Permissions any            `yaml:"permissions"`
	Steps       []workflowStep `yaml:"steps"`
	If          string         `yaml:"if"`
}

type workflowStep struct {
	Name string            `yaml:"name"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	With map[string]any    `yaml:"with"`
	Env  map[string]string `yaml:"env"`
}

func readWorkflow(t *testing.T, name string) workflow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(githubDir, "workflows", name))
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.Unmarshal(data, &w); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	w.raw = string(data)
	return w
}

func workflows(t *testing.T) []string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(githubDir, "workflows", "*.yml"))
	for i := range names {
		names[i] = filepath.Base(names[i])
	}
	if len(names) < 5 {
		t.Fatalf("workflows: %v", names)
	}
	return names
}

// pinned are GitHub's own actions, at their major version or (in a job
// that can write; tests/workflows checks that) at a commit.
var pinned = regexp.MustCompile(`^actions/(checkout@v4|setup-go@v5|upload-artifact@v4|configure-pages@v5|upload-pages-artifact@v3|deploy-pages@v4|(checkout|setup-go|cache|deploy-pages|create-github-app-token)@[0-9a-f]{40})$`)

// appSecret is the one secret a workflow may read: the GitHub App's key,
// in form.yml, which runs no code of the issue.
var appSecret = regexp.MustCompile(`secrets\.KIMPPA_APP_(ID|PRIVATE_KEY)\b`)

// shaPinned is an action pinned to a commit, with its tag in a comment.
var shaPinned = regexp.MustCompile(`^actions/[a-z-]+@[0-9a-f]{40}$`)

// A job that can write (to pull requests, issues, the repository) runs
// only actions pinned to a commit, so that a moved tag cannot run new
// code with its token.
func TestWritingJobsPinActionsToCommits(t *testing.T) {
	for _, name := range workflows(t) {
		w := readWorkflow(t, name)
		for job, j := range w.Jobs {
			p, _ := j.Permissions.(map[string]any)
			writes := false
			for k, v := range p {
				writes = writes || v == "write" && k != "id-token" && k != "pages" && k != "actions"
			}
			if !writes {
				continue
			}
			for _, s := range j.Steps {
				if s.Uses == "" {
					continue
				}
				if !shaPinned.MatchString(s.Uses) {
					t.Errorf("%s: job %s can write but uses %s, not pinned to a commit", name, job, s.Uses)
				} else if !regexp.MustCompile(regexp.QuoteMeta(s.Uses) + ` # v[0-9.]+\n`).MatchString(w.raw) {
					t.Errorf("%s: %s has no tag comment", name, s.Uses)
				}
			}
		}
	}
}

// Values from events (titles, branch names, logins) must reach scripts
// through env, never be pasted into them, or a pull request could inject
// shell commands.
func TestWorkflowScriptsTakeNoExpressions(t *testing.T) {
	for _, name := range workflows(t) {
		w := readWorkflow(t, name)
		for job, j := range w.Jobs {
			for _, s := range j.Steps {
				if strings.Contains(s.Run, "${{") {
					t.Errorf("%s: job %s, step %q pastes an expression into its script; pass it in env", name, job, s.Name)
				}
				if s.Uses != "" && !pinned.MatchString(s.Uses) {
					t.Errorf("%s: job %s uses %s, not one of the official actions at their major version", name, job, s.Uses)
				}
			}
		}
		raw := w.raw
		if name == "form.yml" {
			raw = appSecret.ReplaceAllString(raw, "")
		}
		if strings.Contains(raw, "secrets.") {
			t.Errorf("%s uses secrets", name)
		}
	}
}

// The check of pull requests runs untrusted code: read-only, no secrets.
func TestCheckWorkflowIsReadOnly(t *testing.T) {
	w := readWorkflow(t, "check.yml")
	if _, ok := w.On["pull_request"]; !ok || len(w.On) != 1 {
		t.Errorf("check.yml runs on %v, want pull_request only", keys(w.On))
	}
	if p, ok := w.Permissions.(map[string]any); !ok || len(p) != 1 || p["contents"] != "read" {
		t.Errorf("check.yml permissions = %v, want contents: read", w.Permissions)
	}
	for job, j := range w.Jobs {
		if j.Permissions != nil {
			t.Errorf("check.yml job %s widens the permissions", job)
		}
	}
	for _, want := range []string{"kimppa check --format github", "kimppa diff", "actions/upload-artifact@v4", "kimppa schema --check", "kimppa owners codeowners --check", "kimppa forms --check", "$GITHUB_STEP_SUMMARY"} {
		if !strings.Contains(w.raw, want) {
			t.Errorf("check.yml does not %s", want)
		}
	}
}

// The ownership decision runs the base branch's code only.
func TestOwnersWorkflowNeverRunsThePullRequest(t *testing.T) {
	w := readWorkflow(t, "owners.yml")
	if _, ok := w.On["pull_request_target"]; !ok || len(w.On) != 1 {
		t.Errorf("owners.yml runs on %v, want pull_request_target only", keys(w.On))
	}
	p, _ := w.Permissions.(map[string]any)
	for scope, level := range p {
		if level != "read" {
			t.Errorf("owners.yml may %s %s", level, scope)
		}
	}
	for job, j := range w.Jobs {
		if j.Permissions != nil {
			t.Errorf("owners.yml job %s widens the permissions", job)
		}
		for _, s := range j.Steps {
			if strings.HasPrefix(s.Uses, "actions/checkout") {
				if ref, _ := s.With["ref"].(string); ref != "${{ github.sha }}" {
					t.Errorf("owners.yml checks out %q, want the base branch (github.sha)", ref)
				}
				if s.With["persist-credentials"] != false {
					t.Error("owners.yml keeps the token in .git/config")
				}
			}
			if strings.HasPrefix(s.Uses, "actions/setup-go") && s.With["cache"] != false {
				t.Error("owners.yml restores a Go cache")
			}
			for _, bad := range []string{"git checkout", "git switch", "git worktree", "git merge", "go run", "make "} {
				if strings.Contains(s.Run, bad) {
					t.Errorf("owners.yml step %q runs %q", s.Name, bad)
				}
			}
		}
	}
	for _, want := range []string{"kimppa owners check", "--reviews", "--head-ref", "--summary"} {
		if !strings.Contains(w.raw, want) {
			t.Errorf("owners.yml lacks %s", want)
		}
	}
	review := readWorkflow(t, "review.yml")
	if review.Permissions == nil {
		t.Error("review.yml does not drop its permissions")
	}
	rerun := readWorkflow(t, "owners-rerun.yml")
	if _, ok := rerun.On["workflow_run"]; !ok {
		t.Error("owners-rerun.yml does not run on workflow_run")
	}
	if strings.Contains(rerun.raw, "actions/checkout") {
		t.Error("owners-rerun.yml checks out code")
	}
}

func TestPublishWorkflow(t *testing.T) {
	w := readWorkflow(t, "publish.yml")
	for _, on := range []string{"push", "schedule"} {
		if _, ok := w.On[on]; !ok {
			t.Errorf("publish.yml does not run on %s", on)
		}
	}
	if w.Concurrency == nil {
		t.Error("two publishes could race")
	}
	for _, want := range []string{"actions/configure-pages@v5", "actions/upload-pages-artifact@v3", "actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4", "--base-url", "id-token: write", "pages: write"} {
		if !strings.Contains(w.raw, want) {
			t.Errorf("publish.yml lacks %s", want)
		}
	}
}

// issueForm is GitHub's issue form syntax; unknown keys are mistakes.
type issueForm struct {
	Name        string   `yaml:"name"`
	Description string   `yaml:"description"`
	Title       string   `yaml:"title"`
	Labels      []string `yaml:"labels"`
	Assignees   []string `yaml:"assignees"`
	Projects    []string `yaml:"projects"`
	Body        []struct {
		Type       string `yaml:"type"`
		ID         string `yaml:"id"`
		Attributes struct {
			Label       string `yaml:"label"`
			Description string `yaml:"description"`
			Placeholder string `yaml:"placeholder"`
			Value       string `yaml:"value"`
			Options     []any  `yaml:"options"`
			Multiple    bool   `yaml:"multiple"`
			Render      string `yaml:"render"`
		} `yaml:"attributes"`
		Validations struct {
			Required bool `yaml:"required"`
		} `yaml:"validations"`
	} `yaml:"body"`
}

func readForm(t *testing.T, name string) issueForm {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(githubDir, "ISSUE_TEMPLATE", name))
	if err != nil {
		t.Fatal(err)
	}
	var f issueForm
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

func TestIssueForms(t *testing.T) {
	types := []string{"markdown", "input", "textarea", "dropdown", "checkboxes"}
	for _, name := range []string{"actors.yml", "services.yml", "update.yml", "virhe.yml"} {
		f := readForm(t, name)
		if f.Name == "" || f.Description == "" || len(f.Body) == 0 || len(f.Labels) == 0 {
			t.Errorf("%s: name, description, labels and body are required", name)
		}
		ids := map[string]bool{}
		for _, b := range f.Body {
			if !slices.Contains(types, b.Type) {
				t.Errorf("%s: unknown element type %q", name, b.Type)
			}
			if b.Type != "markdown" && (b.ID == "" || b.Attributes.Label == "") {
				t.Errorf("%s: a %s without id or label", name, b.Type)
			}
			if b.ID != "" && ids[b.ID] {
				t.Errorf("%s: id %q twice", name, b.ID)
			}
			ids[b.ID] = true
		}
	}
}

// The join form (generated by kimppa forms) offers the terms of
// kimppa.yaml's taxonomies, labelled "Finnish / English" as the site
// labels them.
func TestJoinFormOffersTheTaxonomyTerms(t *testing.T) {
	data, err := os.ReadFile("../../kimppa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, diags := config.Parse(data)
	if cfg == nil || diags.Errors() > 0 {
		t.Fatal(diags)
	}
	f := readForm(t, "actors.yml")
	for _, tax := range cfg.Taxonomies {
		var want []string
		for _, term := range tax.Terms {
			want = append(want, term.Label.In("fi", "fi")+" / "+term.Label.In("en", "fi"))
		}
		var got []string
		for _, b := range f.Body {
			if b.ID != tax.Key {
				continue
			}
			for _, o := range b.Attributes.Options {
				if s, ok := o.(string); ok {
					got = append(got, s)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("actors.yml offers %s %q, kimppa.yaml has %q", tax.Key, got, want)
		}
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// The form workflow runs on issues, which anyone can open: it builds the
// default branch's kimppa only, can write only in its one job, and names
// its branch after the issue's number only.
func TestFormWorkflowRunsOnlyTheDefaultBranch(t *testing.T) {
	w := readWorkflow(t, "form.yml")
	on, _ := w.On["issues"].(map[string]any)
	if len(w.On) != 1 || on == nil || !slices.Equal(anyStrings(on["types"]), []string{"opened", "edited"}) {
		t.Errorf("form.yml runs on %v, want issues opened and edited", w.On)
	}
	if p, ok := w.Permissions.(map[string]any); !ok || len(p) != 0 {
		t.Errorf("form.yml top-level permissions = %v, want none", w.Permissions)
	}
	if len(w.Jobs) != 1 {
		t.Fatalf("form.yml has %d jobs", len(w.Jobs))
	}
	for name, j := range w.Jobs {
		p, _ := j.Permissions.(map[string]any)
		if len(p) != 3 || p["contents"] != "write" || p["pull-requests"] != "write" || p["issues"] != "write" {
			t.Errorf("job %s permissions = %v", name, j.Permissions)
		}
		if !strings.Contains(j.If, "'lomake'") {
			t.Errorf("job %s runs without the form label: if %q", name, j.If)
		}
		for _, s := range j.Steps {
			if strings.HasPrefix(s.Uses, "actions/checkout@") && s.With["ref"] != "${{ github.event.repository.default_branch }}" {
				t.Errorf("job %s checks out %v, want the default branch", name, s.With["ref"])
			}
			if strings.HasPrefix(s.Uses, "actions/checkout@") && s.With["persist-credentials"] != false {
				t.Errorf("job %s keeps the token in .git/config", name)
			}
		}
	}
	// The body goes by file from the event: 65,536 characters of emoji do
	// not fit in an environment variable.
	for _, want := range []string{"kimppa new --from-issue", `branch="form/issue-$NUMBER"`, "Closes #$NUMBER", `jq -j '.issue.body // ""' "$GITHUB_EVENT_PATH"`} {
		if !strings.Contains(w.raw, want) {
			t.Errorf("form.yml lacks %s", want)
		}
	}
	if strings.Contains(w.raw, "github.event.issue.body }}") {
		t.Error("form.yml passes the issue's body through an expression")
	}
}

// The report workflow has write access to pull requests, so it must
// never run a pull request's code nor take its number from the artifact.
func TestReportWorkflowTrustsNothingOfThePullRequest(t *testing.T) {
	w := readWorkflow(t, "report.yml")
	if _, ok := w.On["workflow_run"]; !ok || len(w.On) != 1 {
		t.Errorf("report.yml runs on %v, want workflow_run", keys(w.On))
	}
	if p, ok := w.Permissions.(map[string]any); !ok || len(p) != 0 {
		t.Errorf("report.yml top-level permissions = %v, want none", w.Permissions)
	}
	for name, j := range w.Jobs {
		p, _ := j.Permissions.(map[string]any)
		if len(p) != 3 || p["actions"] != "read" || p["contents"] != "read" || p["pull-requests"] != "write" {
			t.Errorf("job %s permissions = %v", name, j.Permissions)
		}
		for _, s := range j.Steps {
			if strings.HasPrefix(s.Uses, "actions/checkout@") && s.With["ref"] != "${{ steps.pr.outputs.base_sha }}" {
				t.Errorf("job %s checks out %v, want the base", name, s.With["ref"])
			}
			if strings.Contains(s.Run, "unzip -o") || strings.Contains(s.Run, "unzip -d") || strings.Contains(s.Run, "gh run download") {
				t.Errorf("step %q unpacks the artifact with its own paths", s.Name)
			}
		}
	}
	// every part of the comment is computed here, from the pull
	// request's files as data; nothing of the pull request's run is read
	for _, want := range []string{"pull_requests[0].number", "select(.head.sha == $sha)", "<!-- kimppa-report -->", "kimppa report",
		"git archive", "* -export-ignore -export-subst", `find "$head" -type l -delete`, `kimppa check -q --source "$RUNNER_TEMP/head"`, "kimppa diff", "kimppa owners check", "--base \"$BASE_SHA\""} {
		if !strings.Contains(w.raw, want) {
			t.Errorf("report.yml lacks %s", want)
		}
	}
	for _, bad := range []string{"/artifacts", "kimppa-report\"", "unzip", "gh run download"} {
		if strings.Contains(w.raw, bad) {
			t.Errorf("report.yml reads the pull request's run (%s)", bad)
		}
	}
}

func anyStrings(v any) []string {
	var out []string
	xs, _ := v.([]any)
	for _, x := range xs {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}
