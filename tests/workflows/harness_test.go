// Package workflows runs the repository's GitHub workflows' own steps as
// GitHub runs them (internal/actionrun), against a stand-in gh and a local
// bare git remote, for the submissions a member makes.
package workflows

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/internal/actionrun"
)

const repo = "kimppa-test/portaali"

// EntryID is the update form's field naming the entry.
const EntryID = forms.EntryID

var (
	kimppaBin string // built once by TestMain
	skipWhy   string // why the tests cannot run here
)

func TestMain(m *testing.M) {
	// The test binary is also the stand-in gh: the runner puts a link to
	// it named gh first on PATH.
	if filepath.Base(os.Args[0]) == "gh" {
		os.Exit(actionrun.FakeGH(os.Args[1:], os.Stdout, os.Stderr))
	}
	for _, tool := range []string{"bash", "git", "jq", "go"} {
		if _, err := exec.LookPath(tool); err != nil && skipWhy == "" {
			skipWhy = tool + " is not installed"
		}
	}
	dir, err := os.MkdirTemp("", "kimppa-workflows-")
	if err != nil {
		panic(err)
	}
	if skipWhy == "" {
		kimppaBin = filepath.Join(dir, "kimppa")
		if out, err := exec.Command("go", "build", "-o", kimppaBin, "github.com/kimppa/kimppa/cmd/kimppa").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "build kimppa: %v\n%s", err, out)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// site is a portal's repository: a bare remote holding this repository's
// site (kimppa.yaml, content, forms, workflows) and the stand-ins.
type site struct {
	t      *testing.T
	dir    string
	remote string
	bin    string // the stand-ins: gh, go
	state  string // the stand-in gh's state file
	cache  map[string]string
	runs   int
	head   string // what checkout takes without a ref: a pull request's head
}

func newSite(t *testing.T) *site {
	t.Helper()
	if skipWhy != "" {
		t.Skip(skipWhy)
	}
	s := &site{t: t, dir: t.TempDir(), cache: map[string]string{}}
	src := filepath.Join(s.dir, "src")
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files, err := exec.Command("git", "-C", root, "ls-files", "-z", "--", "kimppa.yaml", "content", ".github", "schemas", "go.mod", "go.sum").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	for _, f := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		b, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			continue // deleted in the work tree
		}
		s.write(src, f, b)
	}
	s.git(src, "init", "-q", "-b", "main")
	s.git(src, "add", "-A")
	s.git(src, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "site")
	s.remote = filepath.Join(s.dir, "remote.git")
	s.git("", "clone", "-q", "--bare", src, s.remote)
	s.bin = filepath.Join(s.dir, "bin")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(s.bin, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(self, filepath.Join(s.bin, "gh")); err != nil {
		t.Fatal(err)
	}
	// The stand-in go builds kimppa by copying the one TestMain built.
	goScript := "#!/bin/bash\nset -e\nif [ \"$1\" = build ] && [ \"$2\" = -o ] && [ \"$4\" = ./cmd/kimppa ] && [ $# = 4 ]; then\n  mkdir -p \"$(dirname \"$3\")\"; cp \"$KIMPPA_TEST_BIN\" \"$3\"; exit 0\nfi\necho \"stand-in go: $* is not simulated\" >&2; exit 1\n"
	s.write(s.bin, "go", []byte(goScript))
	os.Chmod(filepath.Join(s.bin, "go"), 0o755)
	s.state = filepath.Join(s.dir, "gh.json")
	if err := (&actionrun.GH{Repo: repo, Remote: s.remote, Next: 100, NextID: 1000}).Write(s.state); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *site) write(dir, rel string, b []byte) {
	s.t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func (s *site) git(dir string, args ...string) string {
	s.t.Helper()
	if dir != "" {
		args = append([]string{"-C", dir}, args...)
	}
	out, err := exec.Command("git", args...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// commit changes the remote's default branch: rel gets data.
func (s *site) commit(rel string, data []byte) {
	s.t.Helper()
	wt := filepath.Join(s.dir, "edit")
	os.RemoveAll(wt)
	s.git("", "clone", "-q", s.remote, wt)
	s.write(wt, rel, data)
	s.git(wt, "add", "-A")
	s.git(wt, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "change "+rel)
	s.git(wt, "push", "-q", "origin", "HEAD:main")
}

// pullRequest pushes a branch with rel changed to data on top of the
// default branch and returns its head commit, which checkout then takes.
func (s *site) pullRequest(branch, rel string, data []byte) string {
	s.t.Helper()
	wt := filepath.Join(s.dir, "pr")
	os.RemoveAll(wt)
	s.git("", "clone", "-q", s.remote, wt)
	s.write(wt, rel, data)
	s.git(wt, "add", "-A")
	s.git(wt, "-c", "user.name=m", "-c", "user.email=m@example.org", "commit", "-q", "-m", "change "+rel)
	s.git(wt, "push", "-q", "origin", "HEAD:refs/heads/"+branch)
	s.head = strings.TrimSpace(s.git(wt, "rev-parse", "HEAD"))
	return s.head
}

// mainSHA is the default branch's latest commit: github.sha of an issues
// or pull_request_target event.
func (s *site) mainSHA() string {
	return strings.TrimSpace(s.git("", "--git-dir", s.remote, "rev-parse", "main"))
}

// show returns a file of a branch of the remote, or "" when there is none.
func (s *site) show(branch, rel string) string {
	out, err := exec.Command("git", "--git-dir", s.remote, "show", branch+":"+rel).Output()
	if err != nil {
		return ""
	}
	return string(out)
}

// gh reads the stand-in gh's state.
func (s *site) gh() *actionrun.GH {
	s.t.Helper()
	g, err := actionrun.ReadGH(s.state)
	if err != nil {
		s.t.Fatal(err)
	}
	return g
}

// setup is the repository's settings: whether a GitHub App is configured.
type setup struct {
	app         bool
	brokenBuild bool // kimppa does not compile
}

// run runs job of workflow file (under .github/workflows) for event.
func (s *site) run(file, job, eventName string, event map[string]any, cfg setup) *actionrun.JobResult {
	s.t.Helper()
	s.runs++
	path := filepath.Join("../../.github/workflows", file)
	if strings.Contains(file, "/") {
		path = file // a workflow kept as test data
	}
	w, err := actionrun.Load(path)
	if err != nil {
		s.t.Fatal(err)
	}
	// Numbers as GitHub's JSON gives them.
	var ev map[string]any
	b, _ := json.Marshal(event)
	json.Unmarshal(b, &ev)
	run := filepath.Join(s.dir, fmt.Sprintf("run%d", s.runs))
	r := &actionrun.Runner{
		Workspace: filepath.Join(run, "work"),
		Temp:      filepath.Join(run, "tmp"),
		EventName: eventName,
		Event:     ev,
		Github: map[string]any{"repository": repo, "repository_owner": strings.Split(repo, "/")[0],
			"token": actionrun.DefaultToken, "run_id": "1", "sha": s.mainSHA(), "ref": "refs/heads/main"},
		Secrets: map[string]string{"GITHUB_TOKEN": actionrun.DefaultToken},
		Vars:    map[string]string{},
		Path:    []string{s.bin},
		Env: []string{"HOME=" + filepath.Join(run, "home"), "PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8",
			"GH_STATE=" + s.state, "KIMPPA_TEST_BIN=" + kimppaBin, "TZ=UTC",
			"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1"},
		Actions: s.actions(),
	}
	if cfg.brokenBuild {
		r.Env = append(r.Env, "KIMPPA_TEST_BIN=/nonexistent/kimppa")
	}
	if cfg.app {
		r.Vars["KIMPPA_APP_ID"] = "123456"
		r.Secrets["KIMPPA_APP_PRIVATE_KEY"] = "-----BEGIN RSA PRIVATE KEY-----\nfake\n-----END RSA PRIVATE KEY-----\n"
	}
	os.MkdirAll(filepath.Join(run, "home"), 0o755)
	res, err := r.RunJob(w, job)
	if err != nil {
		s.t.Fatalf("%s %s: %v", file, job, err)
	}
	return res
}

// actions simulate the uses: steps of the workflows.
func (s *site) actions() map[string]actionrun.Action {
	return map[string]actionrun.Action{
		// checkout: a clone of the remote at the ref asked for, else at the
		// event's own (a pull request's head, or the default branch).
		"actions/checkout": func(r *actionrun.Runner, with map[string]string) (map[string]string, error) {
			os.RemoveAll(r.Workspace)
			ref := cmp.Or(with["ref"], s.head, "main")
			for _, args := range [][]string{{"clone", "-q", "--no-checkout", s.remote, r.Workspace}, {"-C", r.Workspace, "checkout", "-q", ref}} {
				if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
					return nil, fmt.Errorf("checkout: %v: %s", err, out)
				}
			}
			return nil, nil
		},
		// upload-artifact: the files are kept under the site's artifacts/.
		"actions/upload-artifact": func(r *actionrun.Runner, with map[string]string) (map[string]string, error) {
			src, dst := with["path"], filepath.Join(s.dir, "artifacts", with["name"])
			if out, err := exec.Command("cp", "-r", src, dst).CombinedOutput(); err != nil {
				if with["if-no-files-found"] == "error" {
					return nil, fmt.Errorf("upload-artifact: %s", out)
				}
			}
			return nil, nil
		},
		"actions/setup-go": func(*actionrun.Runner, map[string]string) (map[string]string, error) { return nil, nil },
		// The cache: a key restores the files saved under it by an earlier
		// run of the same site (saved when the job ends, as GitHub does).
		"actions/cache": func(r *actionrun.Runner, with map[string]string) (map[string]string, error) {
			key, path := with["key"], with["path"]
			if key == "" || path == "" {
				return nil, fmt.Errorf("cache: key and path are required")
			}
			if saved, ok := s.cache[key]; ok {
				if err := copyFile(saved, path); err != nil {
					return nil, err
				}
				return map[string]string{"cache-hit": "true"}, nil
			}
			r.Post = append(r.Post, func() {
				dst := filepath.Join(s.dir, "cache", fmt.Sprint(len(s.cache)))
				if copyFile(path, dst) == nil {
					s.cache[key] = dst
				}
			})
			return map[string]string{"cache-hit": "false"}, nil
		},
		"actions/create-github-app-token": func(r *actionrun.Runner, with map[string]string) (map[string]string, error) {
			if with["app-id"] == "" || with["private-key"] == "" {
				return nil, fmt.Errorf("[@octokit/auth-app] appId option is required")
			}
			return map[string]string{"token": actionrun.AppToken, "app-slug": "kimppa-forms"}, nil
		},
	}
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o755)
}

// issueBody renders answers as GitHub renders a submitted form: each
// field's label as a heading, then its value or "_No response_".
func issueBody(t *testing.T, form string, answers map[string]string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../.github/ISSUE_TEMPLATE", form))
	if err != nil {
		t.Fatal(err)
	}
	f, err := forms.ReadForm(b)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, e := range f.Body {
		if e.Type == "markdown" {
			continue
		}
		v, ok := answers[e.ID]
		switch {
		case e.Type == "checkboxes":
			box := " "
			if ok && v != "" {
				box = "X"
			}
			v = "- [" + box + "] " + e.Attributes.Options[0].(map[string]any)["label"].(string)
		case !ok || v == "":
			v = "_No response_"
		}
		parts = append(parts, "### "+e.Attributes.Label+"\n\n"+v)
	}
	return strings.Join(parts, "\n\n")
}

// issueEvent is the payload of an issues event.
func issueEvent(action string, number int, form, title, body, author string) map[string]any {
	return map[string]any{
		"action": action,
		"issue": map[string]any{
			"number": number, "title": title, "body": body, "state": "open",
			"user":   map[string]any{"login": author, "id": 4242, "type": "User"},
			"labels": []any{map[string]any{"name": forms.Label}, map[string]any{"name": forms.LabelPrefix + strings.TrimSuffix(form, ".yml")}},
		},
		"repository": map[string]any{"full_name": repo, "default_branch": "main", "name": strings.Split(repo, "/")[1]},
		"sender":     map[string]any{"login": author},
	}
}
