/// The sentence patterns of generated articles: body prose, the closing lines that name an entity not named yet,
/// bullet points, headlines, standfirsts and photo captions. Slots are described in `CorpusTemplate.Slot`.
enum CorpusSentences {
    static let prose = CorpusTemplate.compile([
        "{P} told reporters in {L} {D} that {O} had {VED} {T}.",
        "{O} {VED} the {DOC} {D}, according to {P2}, {ROLE}.",
        "“{Q},” {P} said.",
        "“{Q},” said {P}, {ROLE}.",
        "{P} said: “{Q}.”",
        "In a statement, {O} said it had {VED} {T} and would publish a full {DOC} by {MON}.",
        "According to {O}, {N} {PEOPLE} in {L} have been affected since {MON} {Y}.",
        "The cost of {T} has risen by {PC} since {Y}, to {M}, figures from {O} show.",
        "{Ps} office did not respond to a request for comment.",
        "{O} said {D} that it would {VB} the {DOC} after {N} complaints from {PEOPLE}.",
        "Critics, including {P}, say {T} was rushed through without a proper {DOC}.",
        "{P} and {P2} met in {L} {D} to discuss {T}, officials said.",
        "The {DOC}, seen by {OUTLET}, shows that {O} knew about the problems as early as {MON} {Y}.",
        "{L} has spent {M} on {T} since {Y}.",
        "{Os} spokesperson said the {DOC} would be made public “in due course”.",
        "{P} has denied any wrongdoing.",
        "Officials in {L} said {N} {PEOPLE} had signed a petition calling on {O} to {VB} {T}.",
        "The dispute has strained relations between {L} and {L2}.",
        "{O} {VED} the plan {D}, saying it would cost {PEOPLE} about {M}.",
        "{P}, who {VED} the {DOC} in {Y}, said the situation had changed since then.",
        "Asked whether {O} would {VB} {T}, {P} said: “{Q}.”",
        "The decision follows months of pressure from {O} and {O2}.",
        "Under the {DOC}, {O} would take over responsibility for {T} from {MON}.",
        "{O2} has called for an independent inquiry into {T}.",
        "Neither {O} nor {O2} would say how much the {DOC} was worth.",
        "{P} first raised concerns about {T} in {MON} {Y}, when {O} {VED} a similar {DOC}.",
        "A vote on {T} is expected in {MON}.",
        "“{Q}. {Q},” {P} told {OUTLET}.",
        "{Ps} comments came hours after {O} {VED} the {DOC}.",
        "Around {N} {PEOPLE} gathered outside the offices of {O} in {L} {D}.",
        "The {DOC} recommends that {O} {VB} {T} within {N} days.",
        "{L} and {L2} are expected to sign the {DOC} later this year.",
        "{O} said in a filing that it had set aside {M} to cover the costs.",
        "Speaking in {L}, {P} said {T} would go ahead as planned.",
        "{P} declined to say whether {O} had been warned.",
        "Most of the {PEOPLE} interviewed by {OUTLET} said they had not been told about {T}.",
        "The figures, published by {O} {D}, show that the number of {PEOPLE} using the service fell by {PC}.",
        "{O} has until {MON} to respond.",
        "{P} said the {DOC} had been shared with {O} and {O2} but not with {PEOPLE} in {L}.",
        "It was not the first time {O} had been asked to {VB} {T}: a {Y} {DOC} made the same case.",
    ])

    /// First sentences: what happened, and who did it.
    static let openings = CorpusTemplate.compile([
        "{P} told reporters in {L} {D} that {O} had {VED} {T}.",
        "{O} {VED} {T} {D}, a move {P} said would cost {PEOPLE} in {L} about {M}.",
        "{O} said {D} that it would {VB} {T} after {N} complaints from {PEOPLE} in {L}.",
        "{P} has defended {T}, saying the plan would protect {PEOPLE} in {L}.",
        "{O} is under growing pressure over {T} after an internal {DOC} seen by {OUTLET} showed costs had risen by {PC}.",
        "Officials in {L} said {D} that {O} had {VED} {T}, months after {P} first raised concerns.",
        "{P} has asked {O} to {VB} {T}, the latest turn in a dispute that has dragged on since {Y}.",
    ])

    /// Sentences that bring in one entity the article has not named yet, which fills the first slot of its kind.
    static let closingPerson = CorpusTemplate.compile([
        "{P}, {ROLE}, did not respond to a request for comment.",
        "{P}, {ROLE}, said the {DOC} raised serious questions.",
        "“{Q},” said {P}, {ROLE}.",
    ])
    static let closingOrganization = CorpusTemplate.compile([
        "{O} declined to comment.",
        "{O} did not respond to a request for comment.",
        "{O} said it was studying the {DOC}.",
    ])
    static let closingPlace = CorpusTemplate.compile([
        "Similar concerns have been raised in {L}.",
        "Officials in {L} are watching the case closely.",
    ])

    static let bullets = CorpusTemplate.compile([
        "{O} has {VED} {T}.",
        "The cost has risen by {PC} since {Y}.",
        "{N} {PEOPLE} in {L} have been affected.",
        "A vote is expected in {MON}.",
        "{P} has denied any wrongdoing.",
        "{O2} wants an independent inquiry.",
    ])

    static let headlines = CorpusTemplate.compile([
        "{P} defends {T} amid growing criticism",
        "{O} to review {T} after {N} complaints",
        "{L} residents protest against {T}",
        "{P} says {T} will go ahead despite objections",
        "Inside the fight over {T}",
        "What we know about {T}",
        "{O} accused of misleading regulators over {T}",
        "{T} faces new delay as {O} steps in",
        "{P} resigns over {T}",
        "Court halts {T} in {L}",
        "Questions mount over {T} in {L}",
        "Explainer: why {T} matters for {L}",
        "Talks on {T} collapse in {L}",
        "{O} and {O2} clash over {T}",
        "{P}: ‘{Q}’",
        "{L} braces for {T}",
        "{O} {VED} {T}, {P} says",
    ])

    static let standfirsts = CorpusTemplate.compile([
        "{O} says it will appeal as officials in {L} warn of further delays",
        "The {DOC} raises new questions about {T} and who knew what",
        "{P} faces calls to explain the role of {O} in {T}",
        "Figures seen by {OUTLET} suggest the cost of {T} could reach {M}",
    ])

    static let captions = CorpusTemplate.compile([
        "{P} speaks to reporters in {L}",
        "{P} arrives for talks in {L}",
        "Protesters outside the offices of {O} in {L}",
        "The harbour at {L}",
        "A view of {L}",
        "Offices of {O} in {L}",
        "{P} at a news conference",
        "{P} and {P2} in {L}",
    ])
}
