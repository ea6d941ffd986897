package owners

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Review is one pull-request review as the GitHub REST API lists it
// (GET /repos/{owner}/{repo}/pulls/{number}/reviews), oldest first.
type Review struct {
	User struct {
		Login string `json:"login"`
	} `json:"user"`
	State    string `json:"state"` // APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING
	CommitID string `json:"commit_id"`
}

// ReadReviews reads a JSON array of reviews, or several arrays one after
// another as `gh api --paginate` prints the pages.
func ReadReviews(r io.Reader) ([]Review, error) {
	dec := json.NewDecoder(r)
	var all []Review
	for {
		var page []Review
		err := dec.Decode(&page)
		if errors.Is(err, io.EOF) {
			return all, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read reviews: %w", err)
		}
		all = append(all, page...)
	}
}

// Approvers lists who approve the pull request now: a reviewer whose
// latest review that sets a state (APPROVED, CHANGES_REQUESTED or
// DISMISSED; a comment changes nothing) is an approval. When head is not
// empty, the approval must have been given on that commit: a push after an
// approval needs a new one, as with GitHub's "dismiss stale approvals".
func Approvers(reviews []Review, head string) []string {
	type state struct{ state, commit string }
	latest := map[string]state{}
	var order []string
	for _, rv := range reviews {
		login := Handle(rv.User.Login)
		if login == "" {
			continue
		}
		switch strings.ToUpper(rv.State) {
		case "APPROVED", "CHANGES_REQUESTED", "DISMISSED":
			if _, seen := latest[login]; !seen {
				order = append(order, login)
			}
			latest[login] = state{strings.ToUpper(rv.State), rv.CommitID}
		}
	}
	var out []string
	for _, login := range order {
		s := latest[login]
		if s.state == "APPROVED" && (head == "" || strings.EqualFold(s.commit, head)) {
			out = append(out, login)
		}
	}
	return out
}
