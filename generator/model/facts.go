package model

// The domain facts that several stages decide: whether a challenge is
// open, a funding call's state on a date and whether it is open. Each is
// written once, here; pages, matching, search, validation and the
// calendar ask these functions, and assets/js/site.js repeats CallStateOn
// for the visitor's own date. Dates are YYYY-MM-DD, so they compare as
// strings.

// OpenChallenge reports whether e is an open challenge: its status is
// open. Its deadline may have passed; validate warns about that
// (DeadlinePassed), but it stays open until its owner says otherwise.
func (e *Entity) OpenChallenge() bool {
	return e.Type == "challenges" && e.Str("", "status") == "open"
}

// DeadlinePassed reports whether e is an open challenge whose deadline
// is before date.
func (e *Entity) DeadlinePassed(date string) bool {
	d := e.Str("", "deadline")
	return e.OpenChallenge() && d != "" && d < date
}

// Call is one call of a funding source's calls, from the default-language
// file (only the title is translated).
type Call struct {
	Index  int // in the source's calls
	Title  string
	Opens  string // "" when not given
	Closes string // "" when the call is continuous
	URL    string // as written; not checked here
}

// Calls lists e's calls in their written order.
func (e *Entity) Calls() []Call {
	var out []Call
	for i, o := range e.Objects("", "calls") {
		c := Call{Index: i}
		c.Title, _ = o["title"].(string)
		c.Opens, _ = o["opens"].(string)
		c.Closes, _ = o["closes"].(string)
		c.URL, _ = o["url"].(string)
		out = append(out, c)
	}
	return out
}

// CallState is a call's state on a date.
type CallState int

const (
	CallUpcoming CallState = iota // it opens after the date
	CallOpen                      // it takes applications on the date
	CallClosed                    // it closed before the date
)

// String is the state's name, as site.js names it.
func (s CallState) String() string {
	return [...]string{"upcoming", "open", "closed"}[s]
}

// CallStateOn is the state on date of a call that opens and closes on
// the given dates. It has closed only after its closing day; it is
// upcoming before its opening day; otherwise it is open. A call with no
// closing date is continuous: open from its opening day (or always) on.
// assets/js/site.js (calls, daysLeft) applies the same rule on the
// visitor's date: keep the two identical.
func CallStateOn(opens, closes, date string) CallState {
	switch {
	case closes != "" && closes < date:
		return CallClosed
	case opens != "" && date < opens:
		return CallUpcoming
	}
	return CallOpen
}

// State is c's state on date.
func (c Call) State(date string) CallState { return CallStateOn(c.Opens, c.Closes, date) }

// Open reports whether c is an open call on date: one not yet closed,
// whether it takes applications already or opens later. Undated calls
// are open (continuous). The calls page lists open calls, upcoming ones
// among them, and matching offers them (DESIGN.md: "funding calls not yet
// closed").
func (c Call) Open(date string) bool { return c.State(date) != CallClosed }

// OpenCalls are e's open calls on date, in their written order.
func (e *Entity) OpenCalls(date string) []Call {
	var out []Call
	for _, c := range e.Calls() {
		if c.Open(date) {
			out = append(out, c)
		}
	}
	return out
}

// HasOpenCall reports whether funding source e has an open call on date.
func (e *Entity) HasOpenCall(date string) bool {
	for _, c := range e.Calls() {
		if c.Open(date) {
			return true
		}
	}
	return false
}
