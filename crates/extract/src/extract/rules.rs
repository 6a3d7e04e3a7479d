//! The registry of rule ids: every fact the extractor makes names the rule that made it, and
//! every rule is listed here with one line saying what it reads. Each rule's example sentences
//! (at least two it must match and one it must not, with the exact facts) are data in
//! `tests/rules/*.tsv`, run by `tests/rules.rs`; a rule without examples fails that suite.

/// A rule of the extractor: its id (written as `ng:rule` on every fact it makes) and what it
/// reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub doc: &'static str,
}

const fn rule(id: &'static str, doc: &'static str) -> Rule {
    Rule { id, doc }
}

/// Every rule id the extractor can write.
pub const RULES: &[Rule] = &[
    // countries
    rule("country.name", "A country by one of its names: \"Britain\", \"the United States\"."),
    rule("country.demonym", "A country by its demonym: \"Chinese officials\", \"the French\"."),
    rule("country.capital", "A capital standing for its government: \"Beijing said\"."),
    rule("country.government", "\"The government\" in an article that names no country but two or more institutions of one (\"Downing Street\", \"the Labour Party\"): that country."),
    rule("country.gazetteer", "A country matched by the gazetteer in a form not named above."),
    // people
    rule("person.title", "A name after a title or honorific: \"President Maria Lopez\", \"Mr Smith\"."),
    rule("person.given-name", "A capitalized chunk starting with a known given name: \"Tom Donilon\"."),
    rule("person.role-before", "A name after a role word or an age: \"spokesman Tom Kelly\", \"17-year-old Virginia Giuffre\"."),
    rule("person.apposition", "A name with a role in apposition: \"Tom Kelly, a spokesman\"."),
    rule("person.speaker", "A two-word name that speaks: \"Nakasone said\"."),
    rule("person.short-name", "A later mention by surname or short form: \"Lopez said\"."),
    rule("person.full-name", "A fuller name joining a person named shorter before."),
    // organizations
    rule("org.keyword", "A capitalized chunk ending in an organization word: \"Krupp Stahl AG\", \"Labour Party\"."),
    rule("org.bracketed", "A name Reuters sets in angle brackets, as it does companies': \"<Southern Air Transport> said\"."),
    rule("org.title-office", "The office of a title: \"the Los Angeles County District Attorney's office\"."),
    rule("org.known", "A well-known organization from the lexicon: \"OPEC\", \"the World Bank\"."),
    rule("org.acronym", "An acronym that names an organization: \"GATT\"."),
    rule("org.acronym-alias", "An acronym in parentheses after an organization: \"European Community (EC)\"."),
    rule("org.short-name", "A later mention by a short form: \"Labour\" for \"Labour Party\"."),
    rule("org.retyped", "A name read as a person's that the text treats as a company: \"Fannie Mae, which ...\", \"mortgage giant Freddie Mac\"."),
    rule("org.copula", "A name not yet known said to be a company where a sentence opens: \"Beck-Crespel is a specialist steel firm in Armentieres\"."),
    rule("org.legislature", "A country's legislature named by its common noun, acting in an event: \"About 20 members of the Taiwan parliament criticised the government\"."),
    rule("org.actor", "An unknown capitalized chunk that acts in an event: \"Pennzoil sued Texaco\"."),
    // roles
    rule("role.before-name", "A title before a name: \"Foreign Minister Qian Qichen\"."),
    rule("role.owner-after-name", "A title before a name takes the organization or country right after the name: \"Analyst Joseph Rooney of Morgan Stanley said\"."),
    rule("role.apposition", "A title in apposition: \"Tom Kelly, spokesman for the government\"."),
    rule("role.post-nominal", "Letters after a name that are a position: \"Brian Monteith MSP\", \"Ken Macdonald QC\"."),
    rule("role.capacity", "A role stated by a predicate: \"in her capacity as a lawyer\", \"X, who is chairman of Y\"."),
    rule("role.description", "A sentence opening with \"The\" and a title continues the person the sentence before opened with: \"Tony Blair has launched an attack ... . The prime minister told ...\"."),
    rule("role.patron-country", "A title serving a person takes that person's country: \"adviser to Barack Obama\"."),
    rule("role.list-owner", "A title in a list shares the organization of the titled name before it: \"BBC chairman X, director-general Y\"."),
    rule("role.local-organization", "A business title with no owner in the text takes the one organization its sentence and the three before it name: \"Beck-Crespel is a specialist steel firm ... Director Hugues Charbonnier says\"."),
    rule("role.default-organization", "A business title with no owner in the text takes the organization the article is about (named at least three times, twice as often as any other)."),
    rule("role.title-organization", "A title made from the name of an organization in its sentence: \"an EC Commission spokesman said farm commissioner X\" (Commission -> commissioner)."),
    rule("role.copula", "A title the text says a person holds: \"X is the CEO of DH\", \"X, who was the acting director of Y,\", \"X has been named chairman\"; a post given or left, \"Acme named X as president\", \"X resigned as chairman\"."),
    rule("role.national-title", "A title with no owner in the text that only one country gives an office, when the article names that country: \"Treasury Secretary James Baker\" (United States), \"the Home Secretary\" (United Kingdom)."),
    rule("role.shadow-party", "A shadow title with no owner in the text is the party's the holder has another title in (\"Tory MP X ... shadow chancellor X\"); never the state's."),
    rule("role.default-country", "A title with no owner in the text takes the country the article is about."),
    // accusations
    rule("accusation.active", "An accusation verb with subject, object and complement: \"X accused Y of Z\", \"X blamed Y for Z\", \"X charged Y with Z\"."),
    rule("accusation.object", "A criticism, blame or suit verb with only an object: \"X criticised Y\", \"X sued Y\"."),
    rule("accusation.passive", "A passive accusation verb with its agent: \"Y was accused by X of Z\", \"Y has been criticised by X\"."),
    rule("accusation.reduced-relative", "A reduced relative: \"Y, accused by X of Z, ...\"."),
    rule("accusation.participial", "A participial clause takes the main clause's subject: \"X spoke on Monday, accusing Y of Z\"."),
    rule("accusation.reciprocal", "A reciprocal accusation gives one in each direction: \"X and Y accused each other of Z\"."),
    rule("accusation.joined", "\"X was joined by Y in criticising Z\": both accuse Z."),
    rule("accusation.blame-on", "\"X blamed Z on Y\": Y is blamed."),
    rule("accusation.alleged-that", "\"X alleged (that) Y did Z\"."),
    rule("accusation.said-wrongdoing", "A reported clause with a wrongdoing verb or a censure: \"X said Y violated ...\", \"X said Y was irresponsible\"."),
    rule("accusation.said-passive-wrongdoing", "\"X said documents had been backdated\": a passive fraud verb with the one other party named."),
    rule("accusation.evidence", "\"X said there was evidence Y approved ...\"."),
    rule("accusation.said-responsible", "A reported clause of responsibility: \"X said Y was behind Z\", \"Y was to blame, X said\"."),
    rule("accusation.held-responsible", "\"X held Y responsible for Z\"."),
    rule("accusation.nominal", "An accusation noun with its author and a that-clause: \"accusations by X that Y ...\"."),
    rule("accusation.charge-source", "A charge named again and who it came from: \"X criticised the government ... The criticism came from 18 Kuomintang legislators\" (the latest accusation's charge, against the same one)."),
    rule("accusation.against", "An accusation noun against someone: \"X filed a suit against Y\", \"X's charges against Y\", \"criticism of Y by X\"."),
    rule("accusation.faced-criticism", "\"Y faced criticism from X\"."),
    rule(
        "accusation.suit-claims",
        "\"The suit alleges (that) Y ...\", \"the lawsuit also names Y\": the plaintiff of the suit filed earlier accuses.",
    ),
    rule("accusation.under-fire", "\"Y came under fire from X (over Z)\", \"Y has come under attack from X\"."),
    rule("accusation.critical-of", "\"X was highly critical of Y('s decision)\", \"X is scathing about Y\"."),
    rule("accusation.branded", "\"X called Y a liar\", \"X branded Y 'tasteless'\", \"X described Y as incompetent\", \"X branded Y's plans 'fantasy economics'\"."),
    rule("accusation.fault-reason", "\"X set tariffs over Y's alleged failure to honour the pact\", \"X protested over violations of its airspace by Y\": a fault of Y's as the reason for what X does."),
    rule("accusation.critic-of", "\"X, a staunch critic of Y\", \"X was an outspoken critic of Y's proposals\", \"X, one of the chief critics of Y\": one named a critic of someone criticises them."),
    rule("accusation.sanctioned", "\"X imposed sanctions on Y because of its alleged role in Z\", \"X imposed tariffs on Y's goods in retaliation for Y's violation of the pact\": a penalty laid on someone for a wrong."),
    rule("accusation.punished", "\"X fined Y for failing to ...\", \"Y was suspended by X for allegedly ...\": a penalty whose reason is a wrong."),
    rule("accusation.complained", "\"X complained (to Z) that Y ...\", \"X complained about Y's plans\"."),
    rule("accusation.according-to", "\"According to X, Y embezzled ...\", \"Y violated the treaty, according to X\": the source states a wrong."),
    rule("accusation.quoted-wrongdoing", "A sentence of a quotation with no report of its own, \"Y lied to us\", whose speaker is named where the quotation opens or closes: the speaker accuses."),
    rule("accusation.suit-defendants", "\"The suit also names as defendants A and B\", \"Others named as defendants were A and B\", \"The companies named in the suit are A and B\": the last suit's plaintiff accuses each."),
    rule("accusation.court", "\"X took Y to court (over Z)\"."),
    rule("accusation.desist-call", "\"X urged Y to stop Z\", \"X called on Y to abandon Z\": a call to give up what Y does."),
    rule("accusation.subject-of", "\"Y is the target of an SEC probe\", \"Y was the subject of an investigation by X\", \"Y was also the subject of a complaint filing\"."),
    rule("accusation.ouster-call", "\"X called for Y's resignation\", \"X called for Y to resign\", \"X demanded an apology from Y\"."),
    rule("accusation.repeated", "\"X made the same charge\": X repeats the accusation before."),
    rule("accusation.rejected-charge", "\"Y rejected X's charges\": X accused Y."),
    // denials
    rule("denial.misread", "\"X said his remark had been misinterpreted\", \"the party said the comment had been taken out of context\": one's own words said to be misread."),
    rule("denial.quoted-not-wrong", "\"We have not broken any rules,\" X said: the first person of a quotation denies wrongdoing for its speaker."),
    rule("denial.said-wrong-to-say", "\"X said Y was wrong to say ...\": X rejects what Y said (besides censuring Y)."),
    rule("denial.verb", "A denial verb: \"X denied the report\", \"X refuted ...\"."),
    rule("denial.rejects-charge", "A rejection of a charge: \"X rejected the charges\", \"X dismissed the claims as baseless\"."),
    rule("denial.noun", "A denial noun with its author: \"denials of X\", \"X's denial\"."),
    rule("denial.passive", "A passive denial with its agent: \"the charge was denied by X\"."),
    rule("denial.not-guilty", "\"X pleaded not guilty\"."),
    rule("denial.innocence", "\"X said it had done nothing wrong\", \"X insisted he was innocent\"."),
    rule("denial.said-not-wrong", "\"X said it had not violated the accord\", \", saying they did not break the rules\": a reported clause of the speaker's that negates a wrongdoing verb."),
    rule("denial.said-untrue", "'\"That is simply not true,\" X said', \"X said this was untrue\": what was said before, called untrue by a pronoun, denied by the speaker."),
    rule("denial.rebuttal", "\"Mr Brown insists his only motivation was ...\", \"'...,' he insisted\", \"X countered that ...\": one accused earlier in the article answers (or insists \"despite claims to the contrary\", or argues \"in turn\")."),
    rule("denial.defends", "\"X defended its decision\", \"the Home Office defended the proposals\", \"he defended himself\": an answer to criticism of X's own conduct."),
    rule("denial.called", "\"X called the allegations ridiculous\", \"X branded the claims a smear\": a charge given a dismissive name."),
    rule("denial.said-unfounded", "\"X said the allegations were untrue\", \"X said the claims had no merit\": the speaker denies."),
];

/// The rule with this id.
pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
