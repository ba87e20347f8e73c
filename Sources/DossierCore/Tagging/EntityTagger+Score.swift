extension EntityTagger {
    /// Exact-span scores of this tagger's labels against labelled documents.
    public func score(_ documents: [LabeledDocument]) -> SpanScore {
        var score = SpanScore()
        for document in documents {
            for (gold, predicted) in zip(document.labels, model.tag(document: document.sentences)) {
                score.add(gold: gold, predicted: predicted)
            }
        }
        return score
    }
}
