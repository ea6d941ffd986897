// Package serve is `kimppa serve`: it builds a site into memory, serves it
// on a local address, watches the site's files and rebuilds what a change
// touches, reloads the open pages after each rebuild, and shows content
// errors over the page while it keeps serving the last valid site.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/packed"
	"github.com/kimppa/kimppa/generator/session"
)

// DefaultAddr is where serve listens unless told otherwise: this machine
// only.
const DefaultAddr = "127.0.0.1:1313"

// Options are the settings of a serve run.
type Options struct {
	Source string // the site directory
	Drafts bool   // publish drafts
	// Log gets the address, progress and the diagnostics of every
	// rebuild; nil for none.
	Log   io.Writer
	Quiet bool // only the address and diagnostics, no progress
	// Debounce is how long the files must be quiet after a change
	// before a rebuild; 0 means DefaultDebounce.
	Debounce time.Duration
	// Rebuilt, when set, is called after each rebuild with its outcome,
	// once the new files are served (tests and benchmarks wait on it).
	Rebuilt func(*session.Update)
}

// DefaultDebounce is how long the files must be quiet after a change
// before a rebuild: long enough for an editor's save (write, rename,
// swap files: a few milliseconds), short beside the rebuild itself.
const DefaultDebounce = 25 * time.Millisecond

// Listen opens addr. When the address is taken the error says so in
// words and suggests the next port.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil {
		return ln, nil
	}
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("%s is already in use; try --addr %s", addr, nextPort(addr))
	}
	return nil, fmt.Errorf("cannot listen on %s: %w", addr, err)
}

func nextPort(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n >= 65535 {
		return "127.0.0.1:0"
	}
	return net.JoinHostPort(host, strconv.Itoa(n+1))
}

// BaseURL is the address pages are served at on ln: http://host:port/.
func BaseURL(ln net.Listener) string {
	a, ok := ln.Addr().(*net.TCPAddr)
	if !ok {
		return "http://" + ln.Addr().String() + "/"
	}
	host := a.IP.String()
	if a.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(a.Port)) + "/"
}

// Run builds the site, serves it on ln and rebuilds it on every change
// until ctx is done; then it shuts down cleanly and returns nil. Content
// errors never end it: they are shown in the pages and in Log.
func Run(ctx context.Context, ln net.Listener, opts Options) error {
	base := BaseURL(ln)
	sess, err := session.Open(generator.Options{Source: opts.Source, BaseURL: base, Drafts: opts.Drafts})
	if err != nil {
		ln.Close()
		return err
	}
	defer sess.Close()
	w, err := newWatcher(opts.Source)
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()

	s := newServer()
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(s.hub.close)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	r := &runner{sess: sess, server: s, opts: opts}
	tightenGC()
	u, err := sess.Build(ctx)
	if ctx.Err() == nil {
		r.publish(u, err)
		release()
		logf(opts.Log, "Serving %s (Ctrl-C to stop)", base)
	}

	debounce := opts.Debounce
	if debounce <= 0 {
		debounce = DefaultDebounce
	}
	err = w.run(ctx, debounce, func(paths []string) bool {
		u, err := sess.Update(ctx, paths)
		if ctx.Err() != nil {
			return false
		}
		r.publish(u, err)
		if err == nil && u.Full {
			release()
		}
		return err == nil && u.Pending
	}, func(step context.Context) bool {
		u, err := sess.Finish(step)
		if ctx.Err() != nil {
			return false
		}
		if err != nil && step.Err() != nil {
			return true // files changed meanwhile: the step is done again after the next rebuild
		}
		r.publish(u, err)
		return err == nil && u.Pending
	}, release)

	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := srv.Shutdown(shut); serr != nil {
		srv.Close()
	}
	if serveErr := <-served; serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) && err == nil {
		err = serveErr
	}
	return err
}

// release gives the memory that rebuilds used and no longer need back to
// the system: a whole build needs several times the memory of the site
// it leaves, and the site is then only served. It takes a moment, so
// after other rebuilds it waits until the files have been quiet a while.
func release() { debug.FreeOSMemory() }

// tightenGC lets the heap grow by half its live size between collections
// instead of doubling, unless GOGC says otherwise: serve keeps the whole
// site in memory, mostly bytes the collector need not scan, so a smaller
// margin costs little time and lowers the peak (1.5 GB to 1.26 GB on
// the 10,000-entity benchmark).
func tightenGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
}

// runner publishes the outcome of each rebuild: to the server, the open
// pages and the terminal.
type runner struct {
	sess   *session.Session
	server *server
	opts   Options
	builds atomic.Int64
}

func (r *runner) publish(u *session.Update, err error) {
	log := r.opts.Log
	prev := r.server.current()
	if err != nil {
		// Not the content's fault (a file that cannot be read, a broken
		// template): shown like a content error, and the last valid
		// site stays.
		d := diag.Diagnostic{Severity: diag.Error, Message: err.Error(), Hint: "fix the problem and save again"}
		r.server.set(&state{files: prev.files, build: prev.build, diags: diag.List{d}, lang: r.sess.Lang()}, nil)
		logf(log, "kimppa serve: %s", err)
		if r.opts.Rebuilt != nil {
			r.opts.Rebuilt(&session.Update{Files: prev.files, Diags: diag.List{d}})
		}
		return
	}
	next := &state{files: u.Files, build: prev.build, lang: r.sess.Lang()}
	if len(u.Paths) > 0 || prev.files == nil && u.Files != nil {
		next.build = fmt.Sprintf("%d-%d", startID, r.builds.Add(1))
	}
	if !u.Valid {
		next.diags = u.Diags
	}
	r.server.set(next, u.Paths)
	shown := !u.Valid || !u.Pending // diagnostics once per change
	if log != nil && len(u.Diags) > 0 && shown {
		u.Diags.Write(log, "text")
	}
	switch {
	case !u.Valid:
		logf(log, "%d error(s), %d warning(s); serving the last valid site", u.Diags.Errors(), u.Diags.Warnings())
	case !r.opts.Quiet && (len(u.Paths) > 0 || u.Rendered > 0):
		logf(log, "%s", summary(u))
	}
	if r.opts.Rebuilt != nil {
		r.opts.Rebuilt(u)
	}
}

func summary(u *session.Update) string {
	what := "rebuilt"
	if u.Full {
		what = "built"
	}
	s := fmt.Sprintf("kimppa: %s %d page(s) in %s, %d file(s) changed", what, u.Rendered, u.Took.Round(time.Millisecond), len(u.Paths))
	switch {
	case u.SearchPending:
		s += "; the search index follows"
	case u.Pending:
		s += "; lists, search index and the rest follow"
	}
	return s
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
	}
}

// startID tells this run's builds from another run's, so that a page
// reconnecting to a restarted server reloads.
var startID = time.Now().UnixNano()

// state is what the server serves: files, and the diagnostics to show
// while the content is invalid.
type state struct {
	files packed.Files // nil until a build succeeds
	diags diag.List    // set while the current files are invalid
	build string       // names the files, for reloading pages that missed a change
	lang  string       // the site's default language: the error overlay speaks it
}
