package actionrun

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// GH is the state of the stand-in `gh`: the issue's comments and labels
// and the pull requests, kept in a JSON file between calls (GH_STATE).
type GH struct {
	Repo     string           // owner/name
	Remote   string           // the bare repository pushed to
	Next     int              // the next issue or pull request number
	NextID   int              // the next comment id
	Comments []*Comment       `json:",omitempty"`
	Pulls    []*Pull          `json:",omitempty"`
	Labels   map[int][]string `json:",omitempty"`
	Reviews  map[int][]Review `json:",omitempty"` // by pull request
	// NoActionsPRs: the repository does not allow GitHub Actions to
	// create pull requests (a setting), so the default token cannot.
	NoActionsPRs bool   `json:",omitempty"`
	Calls        []Call `json:",omitempty"`
}

// Review is a pull request's review as the REST API lists it.
type Review struct {
	User     User   `json:"user"`
	State    string `json:"state"`
	CommitID string `json:"commit_id"`
}

// User is a GitHub account.
type User struct {
	Login string `json:"login"`
	Type  string `json:"type"`
}

// Comment is a comment on an issue or pull request.
type Comment struct {
	ID    int    `json:"id"`
	Issue int    `json:"issue_number"`
	User  User   `json:"user"`
	Body  string `json:"body"`
	Edits int    `json:"edits"`
}

// Pull is a pull request.
type Pull struct {
	Number int    `json:"number"`
	Head   string `json:"head"`
	Base   string `json:"base"`
	Title  string `json:"title"`
	Body   string `json:"body"`
	State  string `json:"state"`
	User   User   `json:"user"`
}

// Call is one call of gh: its arguments and whose token it used.
type Call struct {
	Args []string
	As   string
}

// AppToken and DefaultToken are the tokens the tests hand out; gh acts as
// the App's bot or as github-actions[bot] by them.
const (
	AppToken     = "ghs_app-installation-token"
	DefaultToken = "ghs_default-github-token"
	AppLogin     = "kimppa-forms[bot]"
	ActionsLogin = "github-actions[bot]"
)

// ReadGH reads the stand-in's state.
func ReadGH(file string) (*GH, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var g GH
	return &g, json.Unmarshal(b, &g)
}

// Write saves the stand-in's state.
func (g *GH) Write(file string) error {
	b, err := json.MarshalIndent(g, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

// IssueComments are the comments on issue n, oldest first.
func (g *GH) IssueComments(n int) []*Comment {
	var out []*Comment
	for _, c := range g.Comments {
		if c.Issue == n {
			out = append(out, c)
		}
	}
	return out
}

// FakeGH runs the stand-in gh with args; the state file is $GH_STATE.
func FakeGH(args []string, stdout, stderr io.Writer) int {
	file := os.Getenv("GH_STATE")
	g, err := ReadGH(file)
	if err != nil {
		fmt.Fprintln(stderr, "fake gh:", err)
		return 1
	}
	token := os.Getenv("GH_TOKEN")
	var as User
	switch token {
	case AppToken:
		as = User{AppLogin, "Bot"}
	case DefaultToken:
		as = User{ActionsLogin, "Bot"}
	case "":
		fmt.Fprintln(stderr, "gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable.")
		return 4
	default:
		fmt.Fprintln(stderr, "HTTP 401: Bad credentials")
		return 1
	}
	g.Calls = append(g.Calls, Call{Args: args, As: as.Login})
	code := g.run(args, as, stdout, stderr)
	if err := g.Write(file); err != nil {
		fmt.Fprintln(stderr, "fake gh:", err)
		return 1
	}
	return code
}

// flags reads gh's flags: those in valued take a value.
func flags(args []string, valued ...string) (map[string][]string, []string) {
	f := map[string][]string{}
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			pos = append(pos, a)
			continue
		}
		name, val, hasVal := strings.Cut(a, "=")
		takes := false
		for _, v := range valued {
			takes = takes || v == name
		}
		switch {
		case takes && !hasVal && i+1 < len(args):
			i++
			val = args[i]
		case !takes:
			val = "true"
		}
		f[name] = append(f[name], val)
	}
	return f, pos
}

func first(f map[string][]string, names ...string) string {
	for _, n := range names {
		if v := f[n]; len(v) > 0 {
			return v[len(v)-1]
		}
	}
	return ""
}

func (g *GH) run(args []string, as User, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "fake gh: no command")
		return 1
	}
	var out any
	var jq string
	var err error
	switch {
	case args[0] == "api":
		f, pos := flags(args[1:], "--method", "-X", "--input", "-f", "-F", "--field", "--raw-field", "--jq", "-q", "-H", "--header")
		jq = first(f, "--jq", "-q")
		if len(pos) != 1 {
			err = fmt.Errorf("api wants one path, got %q", pos)
			break
		}
		out, err = g.api(strings.ToUpper(first(f, "--method", "-X")), pos[0], f, as)
	case len(args) > 1 && args[0] == "pr":
		f, pos := flags(args[2:], "--head", "--state", "--json", "--jq", "-q", "--base", "--title", "--body", "--body-file", "-B", "-H", "-t", "-b", "-F", "--add-label", "--repo", "-R")
		jq = first(f, "--jq", "-q")
		out, err = g.pr(args[1], f, pos, as, stdout)
	case len(args) > 1 && args[0] == "issue":
		f, pos := flags(args[2:], "--body", "--body-file", "-b", "-F", "--add-label", "--repo", "-R")
		out, err = g.issue(args[1], f, pos, as)
	default:
		err = fmt.Errorf("fake gh: %q is not simulated", args)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if out == nil {
		return 0
	}
	b, _ := json.Marshal(out)
	if jq == "" {
		stdout.Write(b)
		return 0
	}
	cmd := exec.Command("jq", "-r", jq)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(b), stdout, stderr
	if cmd.Run() != nil {
		return 1
	}
	return 0
}

// fieldValue reads a -f/-F/--input body field.
func fieldValue(f map[string][]string, key string) (string, bool, error) {
	if in := first(f, "--input"); in != "" {
		b, err := os.ReadFile(in)
		if err != nil {
			return "", false, err
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return "", false, fmt.Errorf("--input: %w", err)
		}
		v, ok := m[key].(string)
		return v, ok, nil
	}
	for _, n := range []string{"-f", "-F", "--field", "--raw-field"} {
		for _, kv := range f[n] {
			if k, v, _ := strings.Cut(kv, "="); k == key {
				if n == "-F" || n == "--field" {
					if rest, ok := strings.CutPrefix(v, "@"); ok {
						b, err := os.ReadFile(rest)
						return string(b), true, err
					}
				}
				return v, true, nil
			}
		}
	}
	return "", false, nil
}

func (g *GH) api(method, path string, f map[string][]string, as User) (any, error) {
	path = strings.TrimPrefix(path, "/")
	path, _, _ = strings.Cut(path, "?")
	rest, ok := strings.CutPrefix(path, "repos/"+g.Repo+"/")
	if !ok {
		return nil, fmt.Errorf("HTTP 404: Not Found (%s)", path)
	}
	parts := strings.Split(rest, "/")
	if method == "" {
		method = "GET"
		if len(f["-f"])+len(f["-F"])+len(f["--input"]) > 0 {
			method = "POST"
		}
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	switch {
	case method == "GET" && len(parts) == 3 && parts[0] == "issues" && parts[2] == "comments":
		out := []*Comment{}
		return append(out, g.IssueComments(num(parts[1]))...), nil
	case method == "POST" && len(parts) == 3 && parts[0] == "issues" && parts[2] == "comments":
		body, ok, err := fieldValue(f, "body")
		if err != nil || !ok {
			return nil, fmt.Errorf("HTTP 422: body is missing (%v)", err)
		}
		return g.comment(num(parts[1]), body, as)
	case method == "PATCH" && len(parts) == 3 && parts[0] == "issues" && parts[1] == "comments":
		body, ok, err := fieldValue(f, "body")
		if err != nil || !ok {
			return nil, fmt.Errorf("HTTP 422: body is missing (%v)", err)
		}
		for _, c := range g.Comments {
			if c.ID == num(parts[2]) {
				if c.User.Login != as.Login {
					return nil, fmt.Errorf("HTTP 403: cannot edit the comment of %s", c.User.Login)
				}
				c.Body, c.Edits = body, c.Edits+1
				return c, nil
			}
		}
		return nil, fmt.Errorf("HTTP 404: no comment %s", parts[2])
	case method == "POST" && len(parts) == 3 && parts[0] == "issues" && parts[2] == "labels":
		var labels []string
		for _, n := range []string{"-f", "-F", "--raw-field", "--field"} {
			for _, kv := range f[n] {
				if k, v, _ := strings.Cut(kv, "="); k == "labels[]" {
					labels = append(labels, v)
				}
			}
		}
		if len(labels) == 0 {
			return nil, fmt.Errorf("HTTP 422: no labels")
		}
		if g.Labels == nil {
			g.Labels = map[int][]string{}
		}
		g.Labels[num(parts[1])] = append(g.Labels[num(parts[1])], labels...)
		return g.Labels[num(parts[1])], nil
	case method == "GET" && len(parts) == 3 && parts[0] == "pulls" && parts[2] == "reviews":
		out := []Review{}
		return append(out, g.Reviews[num(parts[1])]...), nil
	case method == "GET" && len(parts) == 2 && parts[0] == "pulls":
		for _, p := range g.Pulls {
			if p.Number == num(parts[1]) {
				return p, nil
			}
		}
		return nil, fmt.Errorf("HTTP 404: no pull request %s", parts[1])
	}
	return nil, fmt.Errorf("fake gh: api %s %s is not simulated", method, path)
}

func (g *GH) comment(issue int, body string, as User) (*Comment, error) {
	if len([]rune(body)) > 65536 {
		return nil, fmt.Errorf("HTTP 422: body is too long (maximum is 65536 characters)")
	}
	g.NextID++
	c := &Comment{ID: g.NextID, Issue: issue, User: as, Body: body}
	g.Comments = append(g.Comments, c)
	return c, nil
}

func readBody(f map[string][]string) (string, error) {
	if file := first(f, "--body-file", "-F"); file != "" {
		b, err := os.ReadFile(file)
		return string(b), err
	}
	return first(f, "--body", "-b"), nil
}

func (g *GH) pr(sub string, f map[string][]string, pos []string, as User, stdout io.Writer) (any, error) {
	find := func(sel string) *Pull {
		for _, p := range g.Pulls {
			if strconv.Itoa(p.Number) == sel || p.Head == sel && p.State == "open" {
				return p
			}
		}
		return nil
	}
	switch sub {
	case "list":
		out := []map[string]any{}
		for _, p := range g.Pulls {
			if h := first(f, "--head", "-H"); h != "" && p.Head != h {
				continue
			}
			if s := first(f, "--state"); s != "" && s != "all" && p.State != s {
				continue
			}
			out = append(out, map[string]any{"number": p.Number, "headRefName": p.Head, "state": strings.ToUpper(p.State), "url": g.url(p)})
		}
		return out, nil
	case "create":
		if g.NoActionsPRs && as.Login == ActionsLogin {
			return nil, fmt.Errorf("pull request create failed: GraphQL: GitHub Actions is not permitted to create or approve pull requests (createPullRequest)")
		}
		head, base := first(f, "--head", "-H"), first(f, "--base", "-B")
		if err := exec.Command("git", "--git-dir", g.Remote, "rev-parse", "--verify", "--quiet", "refs/heads/"+head).Run(); err != nil {
			return nil, fmt.Errorf("pull request create failed: GraphQL: Head sha can't be blank, No commits between %s and %s", base, head)
		}
		if p := find(head); p != nil {
			return nil, fmt.Errorf("a pull request for branch %q already exists:\n%s", head, g.url(p))
		}
		body, err := readBody(f)
		if err != nil {
			return nil, err
		}
		p := &Pull{Number: g.Next, Head: head, Base: base, Title: first(f, "--title", "-t"), Body: body, State: "open", User: as}
		g.Next++
		g.Pulls = append(g.Pulls, p)
		fmt.Fprintln(stdout, g.url(p))
		return nil, nil
	case "view":
		if len(pos) != 1 || find(pos[0]) == nil {
			return nil, fmt.Errorf("no pull requests found for %q", pos)
		}
		p := find(pos[0])
		return map[string]any{"number": p.Number, "url": g.url(p), "state": strings.ToUpper(p.State)}, nil
	case "edit":
		if len(pos) != 1 || find(pos[0]) == nil {
			return nil, fmt.Errorf("no pull request %q", pos)
		}
		body, err := readBody(f)
		if err != nil {
			return nil, err
		}
		find(pos[0]).Body = body
		fmt.Fprintln(stdout, g.url(find(pos[0])))
		return nil, nil
	}
	return nil, fmt.Errorf("fake gh: pr %s is not simulated", sub)
}

func (g *GH) url(p *Pull) string {
	return fmt.Sprintf("https://github.com/%s/pull/%d", g.Repo, p.Number)
}

func (g *GH) issue(sub string, f map[string][]string, pos []string, as User) (any, error) {
	if len(pos) != 1 {
		return nil, fmt.Errorf("issue %s wants one number", sub)
	}
	n, err := strconv.Atoi(pos[0])
	if err != nil {
		return nil, err
	}
	switch sub {
	case "comment":
		body, err := readBody(f)
		if err != nil {
			return nil, err
		}
		_, err = g.comment(n, body, as)
		return nil, err
	case "edit":
		if l := f["--add-label"]; len(l) > 0 {
			if g.Labels == nil {
				g.Labels = map[int][]string{}
			}
			g.Labels[n] = append(g.Labels[n], l...)
		}
		return nil, nil
	}
	return nil, fmt.Errorf("fake gh: issue %s is not simulated", sub)
}
