package match

import (
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// antonyms pairs words (as stems) whose meanings exclude each other, so
// that "attributing attacks is easy" contradicts "notoriously difficult".
// The lists are general English opposites, grouped: every word of a group's
// left side is opposed to every word of its right side.
var antonymGroups = []struct{ a, b string }{
	{"easy easily simple simply straightforward", "difficult hard tough complicated complex"},
	{"warm warmed warming improve improved better friendly close cordial", "cool cooled cooling icy cold worsen worsened worse hostile tense frozen"},
	{"increase increased rise rose grow grew", "decrease decreased fall fell drop dropped decline declined shrink reduce reduced"},
	{"support supported back backed endorse endorsed favor", "oppose opposed reject rejected condemn condemned"},
	{"welcome welcomed embrace embraced praise praised applaud", "incredulity criticize criticized criticism condemn skeptical skepticism doubt doubted"},
	{"agree agreed accept accepted", "disagree disagreed refuse refused reject rejected decline declined"},
	{"confirm confirmed admit admitted acknowledge", "deny denied dispute disputed"},
	{"success successful succeed succeeded win won", "fail failed failure lose lost"},
	{"start started begin began open opened launch launched restart resume resumed establish established create", "stop stopped end ended suspend suspended close closed halt halted shut shutter abandon abandoned"},
	{"allow allowed permit permitted legal", "ban banned forbid forbidden prohibit prohibited illegal"},
	{"possible likely", "impossible unlikely"},
	{"true accurate correct", "false inaccurate incorrect wrong"},
	{"positive optimistic", "negative pessimistic"},
	{"trust trusted trustworthy", "distrust distrusted mistrust"},
	{"strengthen strengthened", "weaken weakened"},
	{"cooperate cooperation partnership ally", "confront confrontation rivalry enemy"},
	{"participate participated participating join joined", "abstain abstained boycott boycotted"},
	{"arrest arrested detain detained", "release released free freed"},
	{"east eastern", "west western"},
	{"large larger largest big bigger biggest major prominent greater significant", "small smaller smallest little minor lesser marginal"},
	{"north northern", "south southern"},
	{"continue continued continues resume", "end ended stop stopped halt halted cease ceased"},
	{"include included", "exclude excluded"},
	{"present attend attended", "absent"},
}

// antonym maps a stem to the stems opposed to it.
var antonym = map[string]map[string]bool{}

func init() {
	for _, g := range antonymGroups {
		as, bs := stems(g.a), stems(g.b)
		for _, a := range as {
			for _, b := range bs {
				if a == b {
					continue
				}
				link(a, b)
				link(b, a)
			}
		}
	}
}

func link(a, b string) {
	if antonym[a] == nil {
		antonym[a] = map[string]bool{}
	}
	antonym[a][b] = true
}

func stems(words string) []string {
	var out []string
	for _, t := range text.Analyze(words) {
		if t.Term != "" {
			out = append(out, t.Term)
		}
	}
	return out
}

// places is a gazetteer of cities and regions (countries come from the
// alias table), used to tell a swapped place ("met in Moscow" against "met
// in Washington") from a missing one.
var places = map[string]bool{}

func init() {
	for _, p := range strings.Split(`geneva,moscow,washington,amsterdam,hamburg,antalya,crimea,london,paris,berlin,beijing,
		tokyo,kyiv,kiev,brussels,vienna,rome,madrid,lisbon,warsaw,prague,budapest,helsinki,stockholm,oslo,copenhagen,
		dublin,zurich,bern,minsk,tbilisi,ankara,istanbul,tehran,baghdad,damascus,jerusalem,cairo,delhi,new delhi,mumbai,
		seoul,pyongyang,shanghai,hong kong,taipei,singapore,sydney,canberra,ottawa,toronto,new york,los angeles,chicago,
		san francisco,boston,miami,mexico city,brasilia,buenos aires,johannesburg,nairobi,lagos,dubai,riyadh,doha,
		europe,asia,africa,america,antarctica,siberia,switzerland,turkey,ukraine,russia,china,germany,france,
		japan,iran,israel,india,uk,usa,eu,north korea,south korea,syria,iraq,afghanistan,pakistan,canada,mexico,brazil,
		australia,italy,spain,poland,netherlands,belgium,sweden,norway,finland,denmark,estonia,latvia,lithuania,belarus,
		georgia,armenia,azerbaijan,kazakhstan,egypt,saudi arabia,qatar,venezuela,cuba,argentina,nigeria,kenya,
		south africa,new zealand,indonesia,vietnam,thailand,philippines,malaysia,taiwan`, ",") {
		p = strings.TrimSpace(p)
		for _, t := range text.Analyze(p) {
			places[t.Term] = true
		}
	}
}

// isPlace reports whether a term names a place.
func isPlace(term string) bool { return places[term] || text.IsCountry(term) }
