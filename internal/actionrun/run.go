package actionrun

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Action simulates a `uses:` step: it gets the step's evaluated `with:`
// and returns the step's outputs; an error fails the step.
type Action func(r *Runner, with map[string]string) (outputs map[string]string, err error)

// Runner runs the jobs of workflows in one workspace.
type Runner struct {
	Workspace string         // GITHUB_WORKSPACE, the checked-out repository
	Temp      string         // RUNNER_TEMP
	EventName string         // github.event_name
	Event     map[string]any // github.event, also written to GITHUB_EVENT_PATH
	Github    map[string]any // more of the github context (repository, token, …)
	Secrets   map[string]string
	Vars      map[string]string
	// Actions simulate uses: steps, by the action's name without "@ref"
	// (actions/checkout); a step using any other action fails the run.
	Actions map[string]Action
	// Path are folders put first on every script's PATH: the stand-ins.
	Path []string
	// Env is the environment every script starts from (HOME, PATH, …).
	Env []string
	// Post are run when a job has succeeded, as actions' post steps are
	// (the cache saves then).
	Post []func()
}

// StepResult is what became of one step.
type StepResult struct {
	Step       *Step
	Skipped    bool
	Outcome    string // success or failure, before continue-on-error
	Conclusion string // after it
	ExitCode   int
	Outputs    map[string]string
	Stdout     string
	Stderr     string
}

// JobResult is what became of a job.
type JobResult struct {
	Skipped bool
	Status  string // success or failure
	Steps   []*StepResult
	Summary string // what the steps wrote to GITHUB_STEP_SUMMARY
}

// Step returns the result of the step named name (or with id name).
func (j *JobResult) Step(name string) *StepResult {
	for _, s := range j.Steps {
		if s.Step.Name == name || s.Step.ID == name {
			return s
		}
	}
	return nil
}

// Failed lists the steps that failed, with what they wrote, for a test's
// message.
func (j *JobResult) Failed() string {
	var b strings.Builder
	for _, s := range j.Steps {
		if s.Outcome == "failure" {
			fmt.Fprintf(&b, "step %q exited %d\nstdout:\n%s\nstderr:\n%s\n", s.Step.Title(), s.ExitCode, s.Stdout, s.Stderr)
		}
	}
	return b.String()
}

// RunJob runs job id of w. An error is the harness's: an expression or
// an action it does not simulate; a failing step is in the result.
func (r *Runner) RunJob(w *Workflow, id string) (*JobResult, error) {
	job := w.Jobs[id]
	if job == nil {
		return nil, fmt.Errorf("no job %q", id)
	}
	if err := os.MkdirAll(r.Temp, 0o755); err != nil {
		return nil, err
	}
	eventPath := filepath.Join(r.Temp, "_event.json")
	ev, err := json.Marshal(r.Event)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(eventPath, ev, 0o644); err != nil {
		return nil, err
	}
	github := map[string]any{"event": r.Event, "event_name": r.EventName, "workspace": r.Workspace,
		"server_url": "https://github.com", "api_url": "https://api.github.com"}
	for k, v := range r.Github {
		github[k] = v
	}
	steps := map[string]any{}
	env := map[string]any{}
	ctx := &Context{Status: "success", HashFiles: r.hashFiles, Values: map[string]any{
		"github": github, "env": env, "steps": steps, "secrets": anyMap(r.Secrets), "vars": anyMap(r.Vars),
		"runner": map[string]any{"temp": r.Temp, "os": "Linux", "arch": "X64"}, "job": map[string]any{"status": "success"},
		"inputs": map[string]any{}, "matrix": map[string]any{}, "needs": map[string]any{},
	}}
	if err := r.addEnv(ctx, env, w.Env); err != nil {
		return nil, err
	}
	res := &JobResult{Status: "success"}
	if job.If != "" {
		ok, err := ctx.Condition(job.If)
		if err != nil {
			return nil, fmt.Errorf("job %s: if: %w", id, err)
		}
		if !ok {
			res.Skipped = true
			return res, nil
		}
	}
	if err := r.addEnv(ctx, env, job.Env); err != nil {
		return nil, err
	}
	var extraPath []string
	for i, st := range job.Steps {
		sr := &StepResult{Step: st, Outputs: map[string]string{}}
		res.Steps = append(res.Steps, sr)
		ok, err := ctx.Condition(st.If)
		if err != nil {
			return nil, fmt.Errorf("step %q: if: %w", st.Title(), err)
		}
		if !ok {
			sr.Skipped = true
			sr.Outcome, sr.Conclusion = "skipped", "skipped"
			if st.ID != "" {
				steps[st.ID] = map[string]any{"outputs": map[string]any{}, "outcome": "skipped", "conclusion": "skipped"}
			}
			continue
		}
		stepEnv := map[string]any{}
		for k, v := range env {
			stepEnv[k] = v
		}
		ctx.Values["env"] = stepEnv
		if err := r.addEnv(ctx, stepEnv, st.Env); err != nil {
			return nil, fmt.Errorf("step %q: %w", st.Title(), err)
		}
		var summary string
		var added map[string]string
		if st.Uses != "" {
			err = r.uses(ctx, st, sr)
		} else {
			added, summary, extraPath, err = r.run(ctx, job, st, sr, i, stepEnv, extraPath, eventPath)
		}
		ctx.Values["env"] = env
		if err != nil {
			return nil, fmt.Errorf("step %q: %w", st.Title(), err)
		}
		for k, v := range added {
			env[k] = v
		}
		res.Summary += summary
		sr.Conclusion = sr.Outcome
		if sr.Outcome == "failure" && st.ContinueOnError {
			sr.Conclusion = "success"
		}
		if sr.Conclusion == "failure" {
			ctx.Status, res.Status = "failure", "failure"
			ctx.Values["job"] = map[string]any{"status": "failure"}
		}
		if st.ID != "" {
			steps[st.ID] = map[string]any{"outputs": anyMap(sr.Outputs), "outcome": sr.Outcome, "conclusion": sr.Conclusion}
		}
	}
	if res.Status == "success" {
		for _, f := range r.Post {
			f()
		}
	}
	r.Post = nil
	return res, nil
}

func anyMap(m map[string]string) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// addEnv evaluates an env: block into env, in key order (GitHub gives no
// order; none of ours depends on one).
func (r *Runner) addEnv(ctx *Context, env map[string]any, block map[string]string) error {
	keys := make([]string, 0, len(block))
	for k := range block {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, err := ctx.Interpolate(block[k])
		if err != nil {
			return fmt.Errorf("env %s: %w", k, err)
		}
		env[k] = v
	}
	return nil
}

func (r *Runner) uses(ctx *Context, st *Step, sr *StepResult) error {
	name, _, _ := strings.Cut(st.Uses, "@")
	act := r.Actions[name]
	if act == nil {
		return fmt.Errorf("action %s is not simulated", name)
	}
	with := map[string]string{}
	for k, v := range st.With {
		s, err := ctx.Interpolate(v)
		if err != nil {
			return fmt.Errorf("with %s: %w", k, err)
		}
		with[k] = s
	}
	out, err := act(r, with)
	sr.Outcome = "success"
	if err != nil {
		sr.Outcome, sr.ExitCode, sr.Stderr = "failure", 1, err.Error()
	}
	for k, v := range out {
		sr.Outputs[k] = v
	}
	return nil
}

// shellCommand is how GitHub runs a script file on Linux.
func shellCommand(shell, file string) []string {
	switch shell {
	case "":
		return []string{"bash", "-e", file}
	case "bash":
		return []string{"bash", "--noprofile", "--norc", "-eo", "pipefail", file}
	case "sh":
		return []string{"sh", "-e", file}
	}
	var out []string
	for _, f := range strings.Fields(shell) {
		out = append(out, strings.ReplaceAll(f, "{0}", file))
	}
	return out
}

func (r *Runner) run(ctx *Context, job *Job, st *Step, sr *StepResult, i int, env map[string]any, extraPath []string, eventPath string) (map[string]string, string, []string, error) {
	script, err := ctx.Interpolate(st.Run)
	if err != nil {
		return nil, "", nil, err
	}
	dir := filepath.Join(r.Temp, fmt.Sprintf("_step%d", i))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, "", nil, err
	}
	file := filepath.Join(dir, "script.sh")
	files := map[string]string{}
	for _, n := range []string{"GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY"} {
		files[n] = filepath.Join(dir, strings.ToLower(n))
		if err := os.WriteFile(files[n], nil, 0o644); err != nil {
			return nil, "", nil, err
		}
	}
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		return nil, "", nil, err
	}
	shell := st.Shell
	if shell == "" {
		shell = job.Defaults.Run.Shell
	}
	argv := shellCommand(shell, file)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = r.Workspace
	if wd := st.WorkingDirectory; wd != "" {
		cmd.Dir = filepath.Join(r.Workspace, wd)
	}
	cmd.Env = r.environ(env, files, extraPath, eventPath)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	sr.Stdout, sr.Stderr = stdout.String(), stderr.String()
	sr.Outcome = "success"
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		sr.Outcome, sr.ExitCode = "failure", exit.ExitCode()
	} else if err != nil {
		// The runner could not start the shell (an environment too large,
		// say): on GitHub the step fails.
		sr.Outcome, sr.ExitCode, sr.Stderr = "failure", 127, err.Error()
	}
	outs, err := readKeyValues(files["GITHUB_OUTPUT"])
	if err != nil {
		return nil, "", nil, fmt.Errorf("GITHUB_OUTPUT: %w", err)
	}
	sr.Outputs = outs
	added, err := readKeyValues(files["GITHUB_ENV"])
	if err != nil {
		return nil, "", nil, fmt.Errorf("GITHUB_ENV: %w", err)
	}
	paths, _ := os.ReadFile(files["GITHUB_PATH"])
	for _, l := range strings.Split(strings.TrimSpace(string(paths)), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			extraPath = append([]string{l}, extraPath...)
		}
	}
	summary, _ := os.ReadFile(files["GITHUB_STEP_SUMMARY"])
	return added, string(summary), extraPath, nil
}

func (r *Runner) environ(env map[string]any, files map[string]string, extraPath []string, eventPath string) []string {
	vars := map[string]string{}
	for _, kv := range r.Env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	repo, _ := r.Github["repository"].(string)
	owner, _, _ := strings.Cut(repo, "/")
	for k, v := range map[string]string{
		"CI": "true", "GITHUB_ACTIONS": "true", "RUNNER_OS": "Linux", "RUNNER_TEMP": r.Temp,
		"GITHUB_WORKSPACE": r.Workspace, "GITHUB_EVENT_PATH": eventPath, "GITHUB_EVENT_NAME": r.EventName,
		"GITHUB_REPOSITORY": repo, "GITHUB_REPOSITORY_OWNER": owner, "GITHUB_SERVER_URL": "https://github.com",
		"GITHUB_API_URL": "https://api.github.com", "GITHUB_RUN_ID": "1", "GITHUB_RUN_ATTEMPT": "1",
	} {
		vars[k] = v
	}
	for k, v := range files {
		vars[k] = v
	}
	for k, v := range env {
		vars[k] = String(v)
	}
	path := append(append(append([]string{}, extraPath...), r.Path...), vars["PATH"])
	vars["PATH"] = strings.Join(path, string(os.PathListSeparator))
	out := make([]string, 0, len(vars))
	for k, v := range vars {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// readKeyValues reads a GITHUB_OUTPUT or GITHUB_ENV file: name=value
// lines and name<<DELIMITER blocks.
func readKeyValues(file string) (map[string]string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		if k, delim, ok := strings.Cut(line, "<<"); ok && !strings.Contains(k, "=") {
			var val []string
			closed := false
			for sc.Scan() {
				if sc.Text() == delim {
					closed = true
					break
				}
				val = append(val, sc.Text())
			}
			if !closed {
				return nil, fmt.Errorf("%s: no closing %s", k, delim)
			}
			out[k] = strings.Join(val, "\n")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %q is not name=value", line)
		}
		out[k] = v
	}
	return out, sc.Err()
}

// hashFiles is GitHub's hashFiles(): one hash of the files the patterns
// match in the workspace ("**" any folders), or "" when none does.
func (r *Runner) hashFiles(patterns []string) string {
	var res []*regexp.Regexp
	for _, p := range patterns {
		q := regexp.QuoteMeta(p)
		q = strings.ReplaceAll(q, `\*\*/`, `(?:.*/)?`)
		q = strings.ReplaceAll(q, `\*\*`, `.*`)
		q = strings.ReplaceAll(q, `\*`, `[^/]*`)
		res = append(res, regexp.MustCompile("^"+q+"$"))
	}
	var files []string
	filepath.WalkDir(r.Workspace, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(r.Workspace, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		for _, re := range res {
			if re.MatchString(rel) {
				files = append(files, p)
				break
			}
		}
		return nil
	})
	if len(files) == 0 {
		return ""
	}
	sort.Strings(files)
	all := sha256.New()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		h := sha256.Sum256(b)
		all.Write(h[:])
	}
	return hex.EncodeToString(all.Sum(nil))
}
