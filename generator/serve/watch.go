package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watched are the parts of a site that a change rebuilds: kimppa.yaml at
// the top, and everything below these folders.
var watched = []string{"content", "layouts", "assets"}

const configFile = "kimppa.yaml"

// watcher follows the site's files with fsnotify, which watches single
// folders: it adds every folder below the watched ones, and folders
// created later as they appear.
type watcher struct {
	root string
	fs   *fsnotify.Watcher
}

func newWatcher(root string) (*watcher, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	w := &watcher{root: abs, fs: fw}
	if err := fw.Add(abs); err != nil {
		fw.Close()
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	for _, dir := range watched {
		if err := w.addTree(filepath.Join(abs, dir)); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

func (w *watcher) Close() error { return w.fs.Close() }

// addTree watches dir and every folder below it.
func (w *watcher) addTree(dir string) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // gone again, or never there
			}
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && ignored(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.fs.Add(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	return nil
}

// relevant turns an event's path into a site path ("content/actors/x.md"),
// or reports that the event does not matter.
func (w *watcher) relevant(name string) (string, bool) {
	rel, err := filepath.Rel(w.root, name)
	if err != nil || !filepath.IsLocal(rel) {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	parts := strings.Split(rel, "/")
	if rel != configFile && !slices.Contains(watched, parts[0]) {
		return "", false
	}
	for _, p := range parts {
		if ignored(p) {
			return "", false
		}
	}
	return rel, true
}

// ignored reports the files that editors, tools and operating systems
// leave behind: swap, backup, lock and probe files.
func ignored(name string) bool {
	switch {
	case strings.HasPrefix(name, "."), // .DS_Store, .#lock (Emacs), .x.swp (Vim), .git
		strings.HasSuffix(name, "~"),                                 // backups
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"), // Emacs auto-save
		strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"), strings.HasSuffix(name, ".swo"),
		strings.HasSuffix(name, ".tmp"), strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"),
		name == "4913", // Vim's probe for a writable folder
		name == "Thumbs.db", name == "desktop.ini":
		return true
	}
	return false
}

// tidyAfter is how long the files must stay quiet after a rebuild before
// run calls tidy.
const tidyAfter = 2 * time.Second

// run calls rebuild with the site paths that changed, once the files
// have been quiet for debounce, until ctx is done. Changes made while a
// rebuild runs are gathered for the next one. When rebuild reports more
// work, finish does it a step at a time (reporting whether more is
// left), in the background: a change of the files cancels the step's
// context, and the next rebuild, which waits for the step to return,
// takes that work along. So the page a member saved is served without
// waiting for the matches of the save before. Once all is done and the
// files stay quiet for tidyAfter, tidy runs.
func (w *watcher) run(ctx context.Context, debounce time.Duration, rebuild func(paths []string) (more bool), finish func(context.Context) (more bool), tidy func()) error {
	pending := map[string]bool{}
	timer := time.NewTimer(debounce)
	timer.Stop()
	quiet := time.NewTimer(tidyAfter)
	quiet.Stop()
	more := false
	var step *finishing // the finish step running, if any
	defer func() { step.stop() }()
	for {
		var done <-chan bool
		if step != nil {
			done = step.done
		} else if more && len(pending) == 0 {
			step = startFinish(ctx, finish)
			done = step.done
		}
		select {
		case <-ctx.Done():
			return nil
		case err, ok := <-w.fs.Errors:
			if !ok {
				return nil
			}
			// The kernel's queue overflowed: what changed is unknown,
			// so everything may have.
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				pending[configFile] = true
				timer.Reset(debounce)
				step.cancel()
			}
		case ev, ok := <-w.fs.Events:
			if !ok {
				return nil
			}
			rel, ok := w.relevant(ev.Name)
			if !ok {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					if err := w.addTree(ev.Name); err != nil {
						return err
					}
				}
			}
			pending[rel] = true
			timer.Reset(debounce)
			quiet.Stop()
			step.cancel()
		case m := <-done:
			more, step = m, nil
			quiet.Reset(tidyAfter)
		case <-timer.C:
			step.stop() // cancelled: its work goes along with this rebuild
			step = nil
			paths := slices.Sorted(maps.Keys(pending))
			clear(pending)
			more = rebuild(paths)
			quiet.Reset(tidyAfter)
		case <-quiet.C:
			if more || len(pending) > 0 || step != nil {
				continue
			}
			tidy()
		}
	}
}

// finishing is a finish step running in the background.
type finishing struct {
	abort context.CancelFunc
	done  chan bool // the step's outcome: whether more work is left
}

func startFinish(ctx context.Context, finish func(context.Context) bool) *finishing {
	ctx, cancel := context.WithCancel(ctx)
	f := &finishing{abort: cancel, done: make(chan bool, 1)}
	go func() { f.done <- finish(ctx) }()
	return f
}

// cancel tells the step to stop; a nil step is none.
func (f *finishing) cancel() {
	if f != nil {
		f.abort()
	}
}

// stop cancels the step and waits until it has returned.
func (f *finishing) stop() {
	if f != nil {
		f.abort()
		<-f.done
	}
}
