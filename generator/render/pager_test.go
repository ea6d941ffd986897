package render

import (
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/urls"
)

// TestPagerShowsTheEndsAndTheNeighbours: the pager of a long listing
// shows the first and last page and two on each side of the current one;
// "…" stands for two or more pages, never for one.
func TestPagerShowsTheEndsAndTheNeighbours(t *testing.T) {
	cfg := &config.Config{Languages: []string{"fi", "en"}}
	r := &Renderer{cfg: cfg, site: &model.Site{Config: cfg}, urls: urls.New(cfg), def: "fi"}
	for _, c := range []struct {
		cur, n int
		want   string
	}{
		{1, 2, "[1] 2"},
		{2, 2, "1 [2]"},
		{1, 13, "[1] 2 3 … 13"},
		{4, 13, "1 2 3 [4] 5 6 … 13"},
		{5, 13, "1 2 3 4 [5] 6 7 … 13"},
		{7, 13, "1 … 5 6 [7] 8 9 … 13"},
		{10, 13, "1 … 8 9 [10] 11 12 13"},
		{13, 13, "1 … 11 12 [13]"},
		{3, 7, "1 2 [3] 4 5 6 7"},
	} {
		p := r.newPager("fi", c.cur, c.n, func(i int) string { return "/x/" + strings.Repeat("i", i) + "/" })
		var got []string
		for _, l := range p.Pages {
			switch {
			case l.Text == "":
				got = append(got, "…")
			case l.Current == "page":
				got = append(got, "["+l.Text+"]")
			default:
				got = append(got, l.Text)
			}
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("page %d of %d: %s, want %s", c.cur, c.n, s, c.want)
		}
		if (p.Prev.Href != "") != (c.cur > 1) || (p.Next.Href != "") != (c.cur < c.n) {
			t.Errorf("page %d of %d: prev %q next %q", c.cur, c.n, p.Prev.Href, p.Next.Href)
		}
	}
}
