package workflows

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/internal/actionrun"
)

// joinAnswers is a correct join form.
func joinAnswers() map[string]string {
	return map[string]string{
		"name":        "Testin Kierto Oy",
		"kind":        "Yritys / Company",
		"business_id": "1618033-3",
		"summary":     "Kierrätämme testejä.",
		"tags":        "testaus, kierrätys",
		"website":     "https://testi.example/",
		"focus_areas": "Rakentaminen / Construction, Muovit / Plastics",
		"body":        "Olemme testiyritys.",
		"consent":     "x",
	}
}

// mustAnswer fails the test unless every step that ran succeeded.
func mustSucceed(t *testing.T, res *actionrun.JobResult) {
	t.Helper()
	if res.Skipped {
		t.Fatal("the job was skipped")
	}
	if res.Status != "success" {
		t.Fatalf("the job failed:\n%s", res.Failed())
	}
}

func submit(s *site, action string, n int, form string, answers map[string]string, cfg setup) *actionrun.JobResult {
	s.t.Helper()
	body := issueBody(s.t, form, answers)
	return s.run("form.yml", "entry", "issues", issueEvent(action, n, form, "Liittyminen / Joining: Testi", body, "maija-m"), cfg)
}

func commentBodies(g *actionrun.GH, n int) []string {
	var out []string
	for _, c := range g.IssueComments(n) {
		out = append(out, c.Body)
	}
	return out
}

func TestJoinFormOpensPullRequestAndAnswers(t *testing.T) {
	s := newSite(t)
	res := submit(s, "opened", 7, "actors.yml", joinAnswers(), setup{app: true})
	mustSucceed(t, res)
	file := s.show("form/issue-7", "content/actors/testin-kierto-oy.md")
	if file == "" {
		t.Fatal("no branch form/issue-7 with the new profile")
	}
	for _, want := range []string{"name: Testin Kierto Oy", "maija-m", "business_id: 1618033-3"} {
		if !strings.Contains(file, want) {
			t.Errorf("the profile lacks %q:\n%s", want, file)
		}
	}
	g := s.gh()
	if len(g.Pulls) != 1 || g.Pulls[0].Head != "form/issue-7" {
		t.Fatalf("pull requests: %+v", g.Pulls)
	}
	if g.Pulls[0].User.Login != actionrun.AppLogin {
		t.Errorf("the pull request was opened by %s, not the App: no check would start", g.Pulls[0].User.Login)
	}
	cs := commentBodies(g, 7)
	if len(cs) != 1 || !strings.Contains(cs[0], "#100") {
		t.Fatalf("want one comment naming #100, got %q", cs)
	}
	if strings.Contains(cs[0], "KIMPPA_APP") {
		t.Errorf("with the App configured the comment still asks the admin to set it up:\n%s", cs[0])
	}
}

func TestFormWithMistakesGetsAnAnswerInHerWords(t *testing.T) {
	s := newSite(t)
	a := joinAnswers()
	a["business_id"] = "1618033-4"
	a["website"] = "www.testi.fi"
	res := submit(s, "opened", 8, "actors.yml", a, setup{app: true})
	mustSucceed(t, res)
	g := s.gh()
	if len(g.Pulls) != 0 {
		t.Errorf("a form with mistakes made a pull request: %+v", g.Pulls)
	}
	cs := commentBodies(g, 8)
	if len(cs) != 1 {
		t.Fatalf("want one comment, got %d", len(cs))
	}
	// The member reads the comment as GitHub shows it: Markdown's
	// backslash escapes (which keep her address from becoming a link) gone.
	shown := regexp.MustCompile(`\\([[:punct:]])`).ReplaceAllString(cs[0], "$1")
	for _, want := range []string{"Y-tunnus", "1618033-4", "Y-tunnuksen 1618033-4 tarkistusnumero ei täsmää", "Verkkosivut", "https://www.testi.fi", "https://", "Business ID", "check digit"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the comment lacks %q:\n%s", want, cs[0])
		}
	}
}

func TestEditedFormGetsANewAnswer(t *testing.T) {
	s := newSite(t)
	a := joinAnswers()
	a["business_id"] = "1618033-4"
	mustSucceed(t, submit(s, "opened", 9, "actors.yml", a, setup{app: true}))
	// She edits the issue twice: the same mistake, then fixed. kimppa
	// comes from the cache the first run saved.
	res := submit(s, "edited", 9, "actors.yml", a, setup{app: true})
	mustSucceed(t, res)
	if st := res.Step("Build kimppa from the default branch"); st == nil || !st.Skipped {
		t.Error("the second run compiled kimppa again instead of taking it from the cache")
	}
	g := s.gh()
	if cs := g.IssueComments(9); len(cs) != 1 || cs[0].Edits != 1 {
		t.Fatalf("the same mistake again should edit the one comment: %d comments", len(cs))
	}
	mustSucceed(t, submit(s, "edited", 9, "actors.yml", joinAnswers(), setup{app: true}))
	g = s.gh()
	cs := commentBodies(g, 9)
	if len(cs) != 2 {
		t.Fatalf("a changed state needs a new comment (she is notified), got %d", len(cs))
	}
	if !strings.Contains(cs[1], "#100") || len(g.Pulls) != 1 {
		t.Errorf("the fixed form made no pull request: %q %+v", cs[1], g.Pulls)
	}
	// A further edit that changes nothing keeps the branch and the answer.
	mustSucceed(t, submit(s, "edited", 9, "actors.yml", joinAnswers(), setup{app: true}))
	if g := s.gh(); len(g.Pulls) != 1 || len(g.IssueComments(9)) != 2 {
		t.Errorf("an edit that changes nothing made %d pull requests, %d comments", len(g.Pulls), len(g.IssueComments(9)))
	}
	// A new mistake: a new answer, which says the pull request keeps the
	// earlier version.
	mustSucceed(t, submit(s, "edited", 9, "actors.yml", a, setup{app: true}))
	cs = commentBodies(s.gh(), 9)
	if len(cs) != 3 || !strings.Contains(cs[2], "Pull request #100 keeps the earlier version") {
		t.Errorf("answers: %q", cs)
	}
}

func TestUpdateFormKeepsTheRestAndAsksHerToApprove(t *testing.T) {
	s := newSite(t)
	a := map[string]string{
		"entry":       "https://example.org/en/actors/espoon-kaupunki/",
		"focus_areas": "Tekstiilit / Textiles",
		"tags":        "kiertotalous, purku",
		"consent":     "x",
	}
	res := s.run("form.yml", "entry", "issues", issueEvent("opened", 11, "update.yml", "Päivitys / Update: Espoo", issueBody(t, "update.yml", a), "espoo-kestava"), setup{app: true})
	mustSucceed(t, res)
	file := s.show("form/issue-11", "content/actors/espoon-kaupunki.md")
	if file == "" {
		t.Fatal("no branch with the changed file")
	}
	for _, want := range []string{"focus_areas: [construction, plastics, textiles]", "maintainers: [espoo-kestava]", "tags: [kaupunki, ehjänä purkaminen"} {
		if !strings.Contains(file, want) {
			t.Errorf("the updated file lost or lacks %q:\n%s", want, file)
		}
	}
	// The address was the English page's: the tags it translates go to
	// the English file, added to the Finnish ones it falls back to.
	if en := s.show("form/issue-11", "content/actors/espoon-kaupunki.en.md"); !strings.Contains(en, "tags: [kaupunki, ehjänä purkaminen, uudelleenkäyttö, green deal, maamassat, kiertotalous, purku]") {
		t.Errorf("the English file: %q", en)
	}
	cs := commentBodies(s.gh(), 11)
	if len(cs) != 1 || !strings.Contains(cs[0], "/pull/100/files") {
		t.Fatalf("the answer should ask her to approve with a link to the pull request's files: %q", cs)
	}
}

func TestFormBodyAtGitHubsLimitIsAnswered(t *testing.T) {
	s := newSite(t)
	a := joinAnswers()
	body := issueBody(t, "actors.yml", a)
	// GitHub allows 65,536 characters; emoji are four bytes each.
	pad := 65536 - len([]rune(body)) - 2
	a["body"] = a["body"] + "\n\n" + strings.Repeat("🚛", pad)
	full := issueBody(t, "actors.yml", a)
	if n := len([]rune(full)); n != 65536 {
		t.Fatalf("the body has %d characters", n)
	}
	res := s.run("form.yml", "entry", "issues", issueEvent("opened", 12, "actors.yml", "Liittyminen", full, "maija-m"), setup{app: true})
	mustSucceed(t, res)
	if cs := commentBodies(s.gh(), 12); len(cs) != 1 {
		t.Fatalf("a body at GitHub's limit got %d answers", len(cs))
	}
}

func TestFormWithoutAppSaysWhatTheAdminMustDo(t *testing.T) {
	s := newSite(t)
	mustSucceed(t, submit(s, "opened", 13, "actors.yml", joinAnswers(), setup{}))
	g := s.gh()
	if len(g.Pulls) != 1 || g.Pulls[0].User.Login != actionrun.ActionsLogin {
		t.Fatalf("pull requests: %+v", g.Pulls)
	}
	cs := commentBodies(g, 13)
	if len(cs) != 1 || !strings.Contains(cs[0], "KIMPPA_APP_ID") || !strings.Contains(cs[0], "@kimppa-admin") {
		t.Fatalf("without an App the answer must tell the admin what to do: %q", cs)
	}
}

func TestFailureOnOurSideTellsMemberAndAdmins(t *testing.T) {
	s := newSite(t)
	// A generated form that no longer reads: the site's fault, not hers.
	s.commit(".github/ISSUE_TEMPLATE/actors.yml", []byte("# Generated by `kimppa forms` from the field table; do not edit.\nname: [\n"))
	res := submit(s, "opened", 14, "actors.yml", joinAnswers(), setup{app: true})
	if res.Status != "failure" {
		t.Fatal("a failure on our side should make the run red for the admins")
	}
	for _, st := range res.Steps {
		if st.Outcome == "failure" && st.Step.Name != "Fail the run for the admins" {
			t.Errorf("step %q died:\n%s", st.Step.Title(), st.Stderr)
		}
	}
	g := s.gh()
	cs := commentBodies(g, 14)
	if len(cs) != 1 || !strings.Contains(cs[0], "@kimppa-admin") || !strings.Contains(cs[0], "Ylläpidolle on kerrottu") {
		t.Fatalf("the member must hear that the admins were told, and they must be: %q", cs)
	}
	if !contains(g.Labels[14], "lomake-virhe") {
		t.Errorf("labels: %v", g.Labels[14])
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// The harness fails where GitHub fails: form.yml as it was before issue 19
// stopped at kimppa's exit status 1 under bash -e, before it read $?, and
// the member got no answer.
func TestHarnessCatchesTheStepThatDiedEarly(t *testing.T) {
	s := newSite(t)
	a := joinAnswers()
	a["business_id"] = "1618033-4"
	body := issueBody(t, "actors.yml", a)
	res := s.run("testdata/form-before-19.yml", "entry", "issues", issueEvent("opened", 8, "actors.yml", "Liittyminen", body, "maija-m"), setup{})
	st := res.Step("Make the entry")
	if res.Status != "failure" || st == nil || st.ExitCode != 1 || len(s.gh().IssueComments(8)) != 0 {
		t.Fatalf("the old workflow should die in 'Make the entry' without an answer: %s", res.Failed())
	}
}

// The answer's promise holds: owners.yml, run as GitHub runs it on the
// pull request the update form made, waits for the member's approval, and
// passes once she has approved that commit.
func TestOwnershipOfAFormsPullRequestWaitsForHerApproval(t *testing.T) {
	s := newSite(t)
	a := map[string]string{EntryID: "actors/espoon-kaupunki", "municipality": "Espoo (Tapiola)", "consent": "x"}
	body := issueBody(t, "update.yml", a)
	mustSucceed(t, s.run("form.yml", "entry", "issues", issueEvent("opened", 15, "update.yml", "Päivitys", body, "espoo-kestava"), setup{app: true}))
	head := strings.Fields(s.git("", "--git-dir", s.remote, "rev-parse", "form/issue-15"))[0]
	s.head = "main" // owners.yml checks out the base branch only
	ev := prEvent(100, head)
	ev["pull_request"].(map[string]any)["user"] = map[string]any{"login": actionrun.AppLogin}
	res := s.run("owners.yml", "owners", "pull_request_target", ev, setup{})
	if res.Status != "failure" || !strings.Contains(res.Summary, "espoo-kestava") {
		t.Fatalf("without her approval the ownership check must fail and name her:\n%s\n%s", res.Summary, res.Failed())
	}
	g := s.gh()
	g.Reviews = map[int][]actionrun.Review{100: {{User: actionrun.User{Login: "espoo-kestava", Type: "User"}, State: "APPROVED", CommitID: head}}}
	if err := g.Write(s.state); err != nil {
		t.Fatal(err)
	}
	mustSucceed(t, s.run("owners.yml", "owners", "pull_request_target", ev, setup{}))
}

// A repository without the App that does not let Actions open pull
// requests: the entry is made but the pull request cannot be. She is still
// answered (our side), and the admins are told what to change.
func TestPullRequestThatCannotBeOpenedIsStillAnswered(t *testing.T) {
	s := newSite(t)
	g := s.gh()
	g.NoActionsPRs = true
	if err := g.Write(s.state); err != nil {
		t.Fatal(err)
	}
	res := submit(s, "opened", 16, "actors.yml", joinAnswers(), setup{})
	if res.Status != "failure" {
		t.Fatal("the run should be red for the admins")
	}
	for _, st := range res.Steps {
		if st.Outcome == "failure" && st.Step.Name != "Open or update the pull request" && st.Step.Name != "Fail the run for the admins" {
			t.Errorf("step %q died:\n%s", st.Step.Title(), st.Stderr)
		}
	}
	cs := commentBodies(s.gh(), 16)
	if len(cs) != 1 || !strings.Contains(cs[0], "kimppa-form: error") || !strings.Contains(cs[0], "Allow GitHub Actions to create and approve pull requests") || !strings.Contains(cs[0], "@kimppa-admin") {
		t.Fatalf("answers: %q", cs)
	}
}

// kimppa does not build on the default branch: nobody could read the form,
// but she still hears that the fault is ours, and the admins are told.
func TestBrokenBuildStillAnswers(t *testing.T) {
	s := newSite(t)
	res := submit(s, "opened", 17, "actors.yml", joinAnswers(), setup{app: true, brokenBuild: true})
	if st := res.Step("Build kimppa from the default branch"); res.Status != "failure" || st == nil || st.Outcome != "failure" {
		t.Fatalf("the build should have failed: %s", res.Failed())
	}
	cs := commentBodies(s.gh(), 17)
	if len(cs) != 1 || !strings.Contains(cs[0], "kimppa-form: error") || !strings.Contains(cs[0], "(@kimppa-admin)") {
		t.Fatalf("answers: %q", cs)
	}
}
