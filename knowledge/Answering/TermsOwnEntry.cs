using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A glossary term against the rule, channel or playbook of the same name. The term says what a word means; the entry
/// carrying its name holds the obligations, dates, figures and steps ("LUCID" the term, "German Packaging Act: LUCID
/// registration" the rule; "overseas warehouse" the term, "Air freight to overseas warehouse" the channel). Asked something
/// beyond what the word means ("VerpackG declaration of completeness deadline", "air freight to overseas warehouse min
/// chargeable weight per shipment") and refused by the definition, or let through by it without a word of what is asked
/// ("lucid: by when is the yearly declaration due" finds the register's 2019 start), the term's own entry that talks about
/// clearly more of what is asked answers. A term that answers with what is asked keeps its place: "type 13 entry is for
/// which shipments" and "why use an overseas warehouse instead of shipping from china" are the definition's to answer,
/// though a rule or a channel of the same name shares more of their words.
/// </summary>
internal static class TermsOwnEntry
{
    // The own entry must hold two of the asked words more than the term: one word more is often a word any text about the
    // topic uses ("customs" beside "section 321", "china" beside the export rebate), not what is asked.
    private const int MoreWordsHeld = 2;

    /// <summary>The term's own entry that holds more of what is asked than the named term ranked first, or null.</summary>
    public static AnswerCandidate? CoveringMore(QuestionAnalysis q, AnswerCandidate best, bool termAnswers, IReadOnlyList<AnswerCandidate> ranked, AnswerRanker ranker)
    {
        // "what is IOSS", "LUCID 是什么意思": what the word means is the term's to say; a comparison sets the term beside another.
        if (!best.Named || best.Entry.Type != SearchEntryType.GlossaryTerm || q.AsksComparison
            || q.Kind is QuestionKind.Definition or QuestionKind.Expansion)
        {
            return null;
        }

        // Coverage is the share of asked words an entry holds, scaled to at most 0.6 (see AnswerRanker).
        var asked = ranker.ContentTerms(q).Count;
        double Held(AnswerCandidate c) => c.Coverage / 0.6 * asked;
        if (termAnswers && Held(best) >= 0.5)
        {
            return null;
        }

        var terms = q.Subjects.Where(s => s.Kind == EntityKind.GlossaryTerm).ToList();
        return ranked
            .Where(c => c != best && c.Entry.Type is SearchEntryType.Compliance or SearchEntryType.LogisticsChannel or SearchEntryType.Playbook
                && Held(c) - Held(best) >= MoreWordsHeld - 0.01
                && (terms.Any(t => EntryMentions.TitleCarries(c.Entry, t)) || (c.Entry.Type == SearchEntryType.Compliance && ranker.NamesItOrItsTerm(q, c.Entry))))
            // Ranked, not by coverage: "overseas warehouse by air freight" is the air channel's, though the sea channel holds
            // as many of the other words.
            .FirstOrDefault();
    }
}
