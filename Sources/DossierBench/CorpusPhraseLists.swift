/// The invented vocabulary of generated prose: what stories are about, what people and organisations do, what they
/// are quoted as saying, and the times, sums and counts that fill a news sentence.
enum CorpusPhraseLists {
    /// What an article is about, written without `the`.
    static let topics = [
        "port expansion", "fuel subsidy", "data-sharing agreement", "rail tender", "water rationing plan",
        "surveillance contract", "pension reform", "bridge tender", "mining licence", "election audit",
        "hospital funding plan", "fishing quota deal", "audit reform", "grain export deal", "airport sale",
        "wage freeze", "flood defence scheme", "spectrum auction", "border checkpoint plan", "grid upgrade",
        "housing bill", "tax amnesty", "vaccine procurement", "emissions target", "customs overhaul", "carbon levy",
        "bank merger", "drought relief plan", "satellite programme", "teachers' pay deal", "tenancy law",
        "pipeline project", "ferry contract", "school closure plan", "arms export licence", "water privatisation",
        "wind farm tender", "transit fare rise", "budget shortfall", "refinery permit", "census contract", "data retention law",
        "fishing ban", "toll road concession", "metro extension", "lobbying register", "copper royalty",
        "waiting-list target", "coastal erosion plan", "procurement rules", "free trade deal",
    ]

    /// Verbs of official action, as base form and past form.
    static let actions: [(base: String, past: String)] = [
        ("approve", "approved"), ("delay", "delayed"), ("block", "blocked"), ("criticise", "criticised"),
        ("suspend", "suspended"), ("defend", "defended"), ("back", "backed"), ("challenge", "challenged"),
        ("review", "reviewed"), ("question", "questioned"), ("expand", "expanded"), ("fund", "funded"),
        ("audit", "audited"), ("cancel", "cancelled"), ("investigate", "investigated"), ("pause", "paused"),
        ("reject", "rejected"), ("endorse", "endorsed"), ("scrap", "scrapped"), ("revise", "revised"),
    ]

    /// Things officials publish, sign and dispute.
    static let documents = [
        "report", "contract", "proposal", "draft law", "audit", "agreement", "memo", "letter", "budget", "ruling",
        "assessment", "complaint", "licence", "plan", "statement", "review", "tender", "petition", "filing", "survey",
    ]

    /// Groups of people that numbers count.
    static let people = [
        "residents", "workers", "families", "officials", "passengers", "households", "students", "nurses",
        "small businesses", "farmers", "drivers", "patients", "protesters", "employees", "voters", "contractors",
    ]

    /// What quoted people say, without quotation marks or final punctuation.
    static let quotes = [
        "We will not accept a decision that leaves {L} worse off",
        "The figures speak for themselves",
        "There has been no wrongdoing, and we will show that in court",
        "Every month of delay costs the public money",
        "We were never consulted on {T}",
        "This is a matter for the courts now",
        "Our priority is the safety of the people of {L}",
        "We expect a full answer from {O} by {MON}",
        "Nobody should have to wait {N} days for a decision",
        "We have nothing to hide",
        "It is too early to say what went wrong",
        "The process was transparent from the start",
        "I have asked my officials to look at every option",
        "This is the biggest challenge the region has faced in a decade",
        "People are angry, and they have every right to be",
        "We are talking about {M} of public money",
        "The {DOC} was clear, and it was ignored",
        "We will keep working with {O} until this is resolved",
        "Nobody in {L} voted for this",
        "It is not a question of if, but when",
        "We raised these concerns more than a year ago",
        "The deal protects jobs and it protects {PEOPLE}",
        "I do not think anyone expected it to come to this",
        "This is a good day for {L}",
        "We need clear rules, and we need them now",
        "Any suggestion that we acted improperly is false",
        "The numbers do not add up",
        "We have always said that {T} would take time",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// When something happened, relative to the article.
    static let recentTimes = [
        "last week", "last month", "earlier this year", "earlier this month", "in recent weeks", "late last year",
        "this week", "over the weekend", "last year",
    ]
}
