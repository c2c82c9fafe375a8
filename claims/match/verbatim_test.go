package match

import (
	"strings"
	"testing"
)

// TestASourceSentenceNeverContradictsItself: a reader who pastes an
// article's sentence word for word gets no red badge from that sentence's
// own claim. Real pages (SpaceNews, a held-out page of the extraction
// benchmark) had 8 of 815 claims contradicted by themselves: a speaker
// read from an appositive on one side only ("Gwynne Shotwell, president
// of SpaceX, said …": SpaceX), "said" followed by a name taken for an
// inverted attribution ("Shotwell said Starship missions …": Starship).
func TestASourceSentenceNeverContradictsItself(t *testing.T) {
	sentences := []string{
		"Gwynne Shotwell, president and chief operating officer of SpaceX, said that Starship will be able to land on the Moon by 2022.",
		"Shotwell said Starship lunar lander missions could begin in 2022.",
		"Clarke said NASA is developing a new task order for the lander program.",
		"Michael Sims, chief executive of Ceres Robotics, said his company's award was a sign that small companies can compete.",
		"Marco Villa, the company's chief operating officer, said Tyvak would leverage that experience in its lander work.",
	}
	ix := articleIndexOf(t, strings.Join(sentences, "\n\n"))
	for _, s := range sentences {
		if r := ix.CheckText(s); r.Verdict == Contradicted {
			t.Errorf("%q: contradicted by its own source: %s", s, r.Reason)
		}
	}
}

// TestAuxiliaryIsNoDoer: "was" before a past participle is no one who did
// it ("the source says it was unveiled, not that was did it" kept 18
// verbatim sentences of real pages from their badge).
func TestAuxiliaryIsNoDoer(t *testing.T) {
	ix := articleIndexOf(t, "The Mach E was unveiled Sunday night ahead of the Los Angeles show.")
	for _, s := range []string{"The Mach E was unveiled Sunday night ahead of the Los Angeles show.", "The Mach E was unveiled on Sunday night ahead of the Los Angeles show."} {
		if r := ix.CheckText(s); strings.Contains(r.Reason, "not that was did it") {
			t.Errorf("%q: %s", s, r.Reason)
		}
	}
}
