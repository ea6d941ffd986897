package match

import (
	"testing"

	"github.com/kimppa/kimppa/generator/model"
)

// The memo gives what detection gives, and detects again when the text
// changes: a save that rewrites a profile in English is read as English.
func TestMemoDetectsAgainWhenTheTextChanges(t *testing.T) {
	m := NewMemo()
	ref := model.Ref{Type: "actors", Slug: "alfa"}
	fi := "Kierrätämme rakennusjätteen ja etsimme yhteistyökumppaneita purkutyömailta pääkaupunkiseudulla."
	en := "We recycle construction waste and are looking for partners on demolition sites in the capital region."
	if got := m.langOf(ref, fi, "en"); got != "fi" {
		t.Fatalf("Finnish text read as %q", got)
	}
	if got := m.langOf(ref, en, "fi"); got != "en" {
		t.Errorf("the same profile rewritten in English is read as %q", got)
	}
	if got := m.langOf(ref, en, "fi"); got != "en" {
		t.Errorf("asked again: %q", got)
	}
	var none *Memo
	if got := none.langOf(ref, fi, "en"); got != "fi" {
		t.Errorf("without a memo: %q", got)
	}
}
