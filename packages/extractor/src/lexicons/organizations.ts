// Organizations and groups: general lexicons, not names from any one article.
import { wordLexicon } from "./lookup";

/**
 * Organizations known by one name that never looks like a person ("NATO", "the Kremlin"). `national`: a name
 * many countries' bodies carry, which takes the country's demonym after a possessive ("Russia’s Security Council").
 */
export const KNOWN_ORGANIZATIONS: Record<string, { name: string; country?: string; group?: boolean; national?: boolean }> = wordLexicon({
  "the west": { name: "the West", group: true },
  nato: { name: "NATO" }, "north atlantic treaty organization": { name: "NATO" },
  eu: { name: "European Union" }, "european union": { name: "European Union" }, "european commission": { name: "European Commission" },
  un: { name: "United Nations" }, "u.n.": { name: "United Nations" }, "united nations": { name: "United Nations" },
  "un security council": { name: "UN Security Council" }, "security council": { name: "Security Council", national: true },
  iaea: { name: "IAEA" }, who: { name: "World Health Organization" }, imf: { name: "IMF" }, osce: { name: "OSCE" }, icc: { name: "International Criminal Court" },
  "red cross": { name: "Red Cross" }, icrc: { name: "ICRC" }, "amnesty international": { name: "Amnesty International" }, "human rights watch": { name: "Human Rights Watch" },
  kremlin: { name: "Kremlin", country: "RU" }, "white house": { name: "White House", country: "US" }, pentagon: { name: "Pentagon", country: "US" },
  "state department": { name: "State Department", country: "US" }, "downing street": { name: "Downing Street", country: "GB" },
  "elysee": { name: "Elysee", country: "FR" }, "élysée": { name: "Elysee", country: "FR" }, congress: { name: "Congress", country: "US" },
  duma: { name: "State Duma", country: "RU" }, "state duma": { name: "State Duma", country: "RU" }, "federation council": { name: "Federation Council", country: "RU" },
  "verkhovna rada": { name: "Verkhovna Rada", country: "UA" }, rada: { name: "Verkhovna Rada", country: "UA" }, knesset: { name: "Knesset", country: "IL" },
  hamas: { name: "Hamas" }, hezbollah: { name: "Hezbollah" }, taliban: { name: "Taliban" }, houthis: { name: "Houthis" }, wagner: { name: "Wagner Group" },
  cia: { name: "CIA", country: "US" }, fbi: { name: "FBI", country: "US" }, fsb: { name: "FSB", country: "RU" }, sbu: { name: "SBU", country: "UA" }, gur: { name: "GUR", country: "UA" },
  "mi6": { name: "MI6", country: "GB" }, mossad: { name: "Mossad", country: "IL" },
  // International and intergovernmental bodies, UN agencies, EU institutions.
  "european parliament": { name: "European Parliament" }, "european council": { name: "European Council" }, "council of the european union": { name: "Council of the European Union" },
  "european central bank": { name: "European Central Bank" }, ecb: { name: "European Central Bank" }, "european court of justice": { name: "European Court of Justice" },
  "european court of human rights": { name: "European Court of Human Rights" }, frontex: { name: "Frontex" }, europol: { name: "Europol" }, interpol: { name: "Interpol" },
  "world health organization": { name: "World Health Organization" }, "world bank": { name: "World Bank" }, "international monetary fund": { name: "IMF" },
  "international atomic energy agency": { name: "IAEA" }, "international criminal court": { name: "International Criminal Court" },
  "international court of justice": { name: "International Court of Justice" }, icj: { name: "International Court of Justice" },
  "international committee of the red cross": { name: "ICRC" }, "red crescent": { name: "Red Crescent" },
  unicef: { name: "UNICEF" }, unhcr: { name: "UNHCR" }, unrwa: { name: "UNRWA" }, wfp: { name: "World Food Programme" }, "world food programme": { name: "World Food Programme" },
  ocha: { name: "OCHA" }, unesco: { name: "UNESCO" }, "un general assembly": { name: "UN General Assembly" }, "general assembly": { name: "UN General Assembly" },
  "un human rights council": { name: "UN Human Rights Council" }, "human rights council": { name: "UN Human Rights Council" },
  "african union": { name: "African Union" }, "arab league": { name: "Arab League" }, asean: { name: "ASEAN" }, opec: { name: "OPEC" }, "opec+": { name: "OPEC+" },
  wto: { name: "World Trade Organization" }, "world trade organization": { name: "World Trade Organization" }, oecd: { name: "OECD" }, ecowas: { name: "ECOWAS" },
  "gulf cooperation council": { name: "Gulf Cooperation Council" }, igad: { name: "IGAD" }, g7: { name: "G7" }, g20: { name: "G20" }, brics: { name: "BRICS" },
  "doctors without borders": { name: "Doctors Without Borders" }, msf: { name: "Doctors Without Borders" }, "medecins sans frontieres": { name: "Doctors Without Borders" },
  "save the children": { name: "Save the Children" }, oxfam: { name: "Oxfam" },
  // National bodies known by one name.
  "justice department": { name: "Justice Department", country: "US" }, "department of justice": { name: "Justice Department", country: "US" },
  "defense department": { name: "Pentagon", country: "US" }, "treasury department": { name: "Treasury Department", country: "US" },
  "homeland security": { name: "Department of Homeland Security", country: "US" }, "supreme court": { name: "Supreme Court", national: true },
  "federal reserve": { name: "Federal Reserve", country: "US" }, "federal trade commission": { name: "Federal Trade Commission", country: "US" }, ftc: { name: "Federal Trade Commission", country: "US" },
  "securities and exchange commission": { name: "Securities and Exchange Commission", country: "US" }, "home office": { name: "Home Office", country: "GB" },
  "foreign office": { name: "Foreign Office", country: "GB" }, "bank of england": { name: "Bank of England", country: "GB" },
  // News organizations (speakers and channels)
  bbc: { name: "BBC" }, cnn: { name: "CNN" }, afp: { name: "AFP" }, ap: { name: "AP" }, "associated press": { name: "Associated Press" }, reuters: { name: "Reuters" },
  interfax: { name: "Interfax" }, tass: { name: "TASS" }, "ria novosti": { name: "RIA Novosti" }, ria: { name: "RIA Novosti" }, ukrinform: { name: "Ukrinform" },
  xinhua: { name: "Xinhua" }, "al jazeera": { name: "Al Jazeera" }, bloomberg: { name: "Bloomberg" }, yonhap: { name: "Yonhap" }, kcna: { name: "KCNA" },
  "the new york times": { name: "The New York Times" }, "new york times": { name: "The New York Times" }, "the washington post": { name: "The Washington Post" },
  "washington post": { name: "The Washington Post" }, "wall street journal": { name: "The Wall Street Journal" }, "the wall street journal": { name: "The Wall Street Journal" },
  "financial times": { name: "Financial Times" }, "the guardian": { name: "The Guardian" }, politico: { name: "Politico" }, axios: { name: "Axios" },
});

/** Capitals that news uses for the international body seated there: "Brussels wants …" is the EU, not Belgium. */
export const SEATS_OF_INTERNATIONAL_BODIES: Record<string, string> = wordLexicon({ brussels: "European Union" });

/** Platforms (and time zones) that look like names but are never actors: "on Telegram", "at 5.30am GMT". */
export const PLATFORM_NAMES = new Set(["telegram", "x", "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "vkontakte", "truth social", "gmt", "utc", "bst", "est", "cet"]);

/** Last words of organization names: "Security Council", "Institute for the Study of War". */
export const ORG_HEADS = new Set([
  "ministry", "council", "agency", "service", "services", "institute", "party", "office", "committee", "commission", "times", "post", "news",
  "administration", "duma", "parliament", "assembly", "court", "bank", "fund", "union", "organization", "organisation", "foundation",
  "corporation", "company", "group", "forces", "army", "navy", "guard", "police", "university", "department", "agency", "bureau",
  "front", "movement", "brigade", "battalion", "regiment", "division", "corps", "command", "staff", "network", "press", "herald",
  "journal", "tribune", "telegraph", "guardian", "independent", "mail", "observer", "association", "federation", "alliance", "coalition",
  "authority", "board", "cabinet", "government", "senate", "congress", "house", "centre", "center", "inc", "ltd", "llc", "plc", "group",
  // Company names: "Microsoft Corp", "Northlight Games", "Toyota Motor".
  "corp", "corporation", "co", "holdings", "games", "studios", "technologies", "systems", "motors", "motor", "airlines", "airways",
  "pharmaceuticals", "energy", "capital", "partners", "ventures", "labs", "industries", "entertainment", "media", "telecom", "ag", "sa", "nv", "gmbh",
]);

/** Last words of place names, which are not actors: "Belaya base", "Seym River". */
export const PLACE_HEADS = new Set([
  "region", "district", "oblast", "province", "city", "town", "village", "river", "sea", "ocean", "lake", "mountain", "mountains",
  "valley", "island", "islands", "peninsula", "bay", "gulf", "strait", "street", "square", "avenue", "road", "bridge", "airport",
  "airbase", "base", "port", "station", "cafe", "café", "hospital", "school", "market", "mall", "plant", "complex", "coast", "krai",
  "republic", "county", "territory", "border", "line", "war", "day", "week", "month", "year", "hall", "stadium", "palace", "tower",
]);

/**
 * Plural or collective nouns that name a group of speakers ("officials said", "Ukrainian media reported").
 * Mapped to the canonical head used in the actor's name.
 */
export const GROUP_HEADS: Record<string, string> = wordLexicon({
  officials: "officials", authorities: "officials", investigators: "investigators", police: "police", prosecutors: "prosecutors",
  media: "media", "news agencies": "news agencies", "news agency": "news agency", "state media": "state media", "state television": "state television",
  delegation: "delegation", troops: "troops", commentators: "commentators", analysts: "analysts", experts: "experts",
  "rights groups": "rights groups", "human rights groups": "human rights groups", diplomats: "diplomats", lawmakers: "lawmakers",
  "regional governors": "regional governors", governors: "governors", residents: "residents", witnesses: "witnesses", sources: "sources",
  rescuers: "rescuers", "emergency services": "emergency services", "security forces": "security forces", "security services": "security services",
  leaders: "leaders", "health officials": "health officials", "military officials": "military officials",
  "intelligence officials": "intelligence officials", "regional authorities": "officials", "local authorities": "local authorities",
  "energy authorities": "energy authorities", "military": "Armed Forces",
});

/**
 * Institutional heads qualified by a country ("Russia's defence ministry", "the Ukrainian army"): the canonical
 * title-cased head used in "<Demonym> <Head>".
 */
export const INSTITUTION_HEADS: Record<string, string> = wordLexicon({
  "defence ministry": "Defence Ministry", "defense ministry": "Defence Ministry", "ministry of defence": "Defence Ministry", "ministry of defense": "Defence Ministry",
  "foreign ministry": "Foreign Ministry", "ministry of foreign affairs": "Foreign Ministry", "interior ministry": "Interior Ministry",
  "justice ministry": "Justice Ministry", "health ministry": "Health Ministry", "finance ministry": "Finance Ministry", "energy ministry": "Energy Ministry",
  "emergencies ministry": "Emergencies Ministry", "emergency ministry": "Emergencies Ministry", "economy ministry": "Economy Ministry",
  "air force": "Air Force", "air defence": "Air Defence", "air defense": "Air Defence", "air defence units": "Air Defence", "air defense units": "Air Defence",
  "air defence systems": "Air Defence", "air defense systems": "Air Defence", "air defence forces": "Air Defence", "air defense forces": "Air Defence",
  "air defences": "Air Defence", "air defenses": "Air Defence",
  army: "Armed Forces", "armed forces": "Armed Forces", forces: "Armed Forces", military: "Armed Forces", navy: "Navy", "ground forces": "Ground Forces",
  "general staff": "General Staff", "security service": "Security Service", "security council": "Security Council", government: "Government",
  "national guard": "National Guard", "border guard": "Border Guard", "border service": "Border Service", "coast guard": "Coast Guard",
  parliament: "Parliament", "upper house": "Upper House", "lower house": "Lower House", "central bank": "Central Bank", embassy: "Embassy",
  "foreign intelligence": "Foreign Intelligence", "military intelligence": "Military Intelligence", "intelligence service": "Intelligence Service",
  "prosecutor general's office": "Prosecutor General's Office", "investigative committee": "Investigative Committee",
});
