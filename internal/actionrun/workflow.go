package actionrun

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

// Workflow is the part of a workflow file that the runner reads.
type Workflow struct {
	Name string            `yaml:"name"`
	On   yaml.Node         `yaml:"on"`
	Env  map[string]string `yaml:"env"`
	Jobs map[string]*Job   `yaml:"jobs"`
	// Permissions of the whole workflow: "read-all", {}, or scope → level.
	Permissions yaml.Node `yaml:"permissions"`
}

// Job is one job.
type Job struct {
	Name        string            `yaml:"name"`
	If          string            `yaml:"if"`
	Env         map[string]string `yaml:"env"`
	Needs       yaml.Node         `yaml:"needs"`
	Permissions yaml.Node         `yaml:"permissions"`
	Defaults    struct {
		Run struct {
			Shell            string `yaml:"shell"`
			WorkingDirectory string `yaml:"working-directory"`
		} `yaml:"run"`
	} `yaml:"defaults"`
	Steps []*Step `yaml:"steps"`
}

// Step is one step: a `run:` script or a `uses:` action.
type Step struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	Env              map[string]string `yaml:"env"`
	Run              string            `yaml:"run"`
	Shell            string            `yaml:"shell"`
	WorkingDirectory string            `yaml:"working-directory"`
	ContinueOnError  bool              `yaml:"continue-on-error"`
}

// Title is how a step is named in reports.
func (s *Step) Title() string {
	switch {
	case s.Name != "":
		return s.Name
	case s.ID != "":
		return s.ID
	case s.Uses != "":
		return s.Uses
	}
	return "run"
}

// Load reads a workflow file.
func Load(path string) (*Workflow, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var w Workflow
	if err := yaml.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(w.Jobs) == 0 {
		return nil, fmt.Errorf("%s: no jobs", path)
	}
	return &w, nil
}

// Writes reports whether a job's token can write anything: its own
// permissions, or else the workflow's.
func (w *Workflow) Writes(j *Job) bool {
	p := j.Permissions
	if p.Kind == 0 {
		p = w.Permissions
	}
	switch p.Kind {
	case 0:
		return true // the repository's default may be write-all
	case yaml.ScalarNode:
		return p.Value == "write-all"
	case yaml.MappingNode:
		for i := 1; i < len(p.Content); i += 2 {
			if p.Content[i].Value == "write" {
				return true
			}
		}
	}
	return false
}
