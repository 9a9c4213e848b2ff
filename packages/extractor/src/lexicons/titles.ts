// Titles and functions that name a person by role ("the mayor", "Russian deputy foreign minister").
// Lowercase; multiword heads are matched on their last word, modifiers are free to precede it.

/** Role nouns that denote one person. */
export const PERSON_TITLES = new Set([
  "president", "president-elect", "vice-president", "premier", "prime", "minister", "chancellor", "mayor", "governor", "leader",
  "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "commander", "chief", "head",
  "general", "admiral", "colonel", "lieutenant", "captain", "major", "sergeant", "marshal", "king", "queen", "prince", "princess",
  "emperor", "pope", "cardinal", "archbishop", "bishop", "senator", "congressman", "congresswoman", "representative", "lawmaker", "mp",
  "deputy", "adviser", "advisor", "aide", "official", "diplomat", "director", "chairman", "chairwoman", "chair", "ceo", "founder",
  "strategist", "analyst", "warlord", "judge", "prosecutor", "attorney", "lawyer", "negotiator", "source", "speaker", "coordinator",
  "ombudsman", "chief-of-staff", "dictator", "monarch", "sheikh", "emir", "ayatollah", "rapporteur", "commissioner", "governor-general",
  "founder", "owner", "executive", "manager", "officer", "inspector", "spy", "journalist", "reporter", "correspondent", "editor",
  "secretary-general", "director-general", "president-elect", "co-founder", "cofounder", "ceo", "cfo", "coo", "chairperson", "co-chair",
  "vice-chancellor", "high-commissioner", "justice", "magistrate", "solicitor", "barrister", "defendant", "economist", "researcher",
]);

/** Honorifics written before a name. */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "rev", "president", "mayor", "governor", "minister", "premier", "chancellor", "king", "queen", "prince", "pope", "general", "admiral", "colonel", "secretary", "ambassador", "senator", "judge", "sheikh"]);

/** Words that may sit between a determiner and a title: "the former deputy foreign minister". */
export const TITLE_MODIFIERS = new Set([
  "former", "ex", "deputy", "acting", "interim", "senior", "top", "chief", "vice", "first", "new", "outgoing", "incoming", "foreign",
  "defence", "defense", "interior", "finance", "economy", "justice", "health", "military", "regional", "local", "state", "federal",
  "national", "prime", "general", "presidential", "long-time", "longtime", "veteran", "elected", "executive", "press", "security", "intelligence",
  "army", "navy", "air", "force", "forces", "ground", "police", "government", "city", "party", "opposition", "rebel", "separatist",
  "mercenary", "deputy-", "assistant", "associate", "special", "supreme", "spokesman", "spokeswoman", "council", "foreign-policy", "policy", "top-ranking",
  "ministry", "district", "circuit", "appeals", "humanitarian", "trade", "economic", "climate", "cabinet", "white", "house",
]);
