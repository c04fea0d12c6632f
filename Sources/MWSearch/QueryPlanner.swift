/// Turns a query into words and each word into the index terms it matches.
/// `plan()` in templates/assets/js/search.js follows exactly the same steps,
/// so both engines pick the same terms and hence give the same ranking.
struct QueryPlanner {
    enum Kind: Int, Sendable { case exact = 0, prefix = 1, typo = 2 }

    struct Word: Sendable, Equatable {
        var folded: String
        var stem: String
        /// The last token of the query: prefix from 2 letters, and stem completion.
        var isLast: Bool
        /// A lone stop word ("de" while typing "deelname"): prefix matches only.
        var prefixOnly: Bool
    }

    struct Match: Sendable, Equatable {
        var term: String
        var kind: Kind
        var df: Int
    }

    /// One lexicon part: sorted terms with their document frequencies.
    struct LexiconPart: Sendable {
        var terms: [String]
        var df: [Int]
    }

    let parameters: SearchIndexFormat.QueryParameters

    /// fold → tokenize; stop words are dropped unless the query is a single
    /// stop word; duplicates are dropped; at most `maxWords`.
    func words(_ query: String) -> [Word] {
        let tokens = TextAnalyzer.tokenize(TextAnalyzer.fold(query))
        var words: [Word] = []
        var seen = Set<String>()
        for (i, token) in tokens.enumerated() {
            let isLast = i == tokens.count - 1
            let stop = TextAnalyzer.isStopWord(token)
            if stop, tokens.count > 1 { continue }
            guard seen.insert(token).inserted else { continue }
            words.append(Word(folded: token, stem: stop ? token : DutchStemmer.stem(token), isLast: isLast, prefixOnly: stop))
            if words.count == parameters.maxWords { break }
        }
        return words
    }

    /// The terms of `part` that `word` matches, best first, capped per kind and
    /// by the number of postings shards they need (`shardOf`).
    func matches(for word: Word, in part: LexiconPart, shardOf: (String) -> Int) -> [Match] {
        let folded = Array(word.folded.utf16)
        let stem = Array(word.stem.utf16)
        let minPrefix = word.isLast ? parameters.minLastPrefixLength : parameters.minPrefixLength
        let prefixAllowed = folded.count >= minPrefix
        var candidates: [Match] = []
        var typoCandidates: [Int] = []
        var hasExact = false
        for (k, term) in part.terms.enumerated() {
            let t = Array(term.utf16)
            if !word.prefixOnly, t == stem {
                candidates.append(Match(term: term, kind: .exact, df: part.df[k]))
                hasExact = true
            } else if prefixAllowed, (!word.prefixOnly && t.starts(with: stem)) || t.starts(with: folded) {
                candidates.append(Match(term: term, kind: .prefix, df: part.df[k]))
            } else if prefixAllowed, word.isLast, !word.prefixOnly, t.count >= 4, t.count >= folded.count - 3,
                      folded.starts(with: t) {
                // The word is still being typed past its stem: "uitkeri" → "uitker".
                candidates.append(Match(term: term, kind: .prefix, df: part.df[k]))
            } else if t.count >= 4 {
                typoCandidates.append(k)
            }
        }
        if !hasExact, !word.prefixOnly, folded.count >= parameters.minTypoLength {
            for k in typoCandidates {
                let t = Array(part.terms[k].utf16)
                if SearchIndexFormat.isOneEdit(t, stem) || SearchIndexFormat.isOneEdit(t, folded) {
                    candidates.append(Match(term: part.terms[k], kind: .typo, df: part.df[k]))
                }
            }
        }
        candidates.sort { a, b in
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            if a.df != b.df { return a.df > b.df }
            return SearchIndexFormat.less(a.term, b.term)
        }
        var selected: [Match] = []
        var shards = Set<Int>()
        var prefixCount = 0
        var typoCount = 0
        for c in candidates {
            if c.kind == .prefix, prefixCount >= parameters.maxPrefixTerms { continue }
            if c.kind == .typo, typoCount >= parameters.maxTypoTerms { continue }
            let shard = shardOf(c.term)
            if !shards.contains(shard) {
                if shards.count >= parameters.maxShardsPerWord { continue }
                shards.insert(shard)
            }
            if c.kind == .prefix { prefixCount += 1 }
            if c.kind == .typo { typoCount += 1 }
            selected.append(c)
        }
        return selected
    }
}
