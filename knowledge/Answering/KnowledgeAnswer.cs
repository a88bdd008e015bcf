using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The answer to a free question: a lead of one or two sentences that states the fact, then details (whole
/// sentences and list items, never cut), then the rest under <see cref="More"/>, and only the sources the text came
/// from. When nothing in the knowledge base answers, <see cref="Answered"/> is false and the text is empty.
/// </summary>
public sealed record KnowledgeAnswer
{
    public required bool Answered { get; init; }

    /// <summary>"en" or "zh-CN".</summary>
    public required string Language { get; init; }

    public required QuestionAnalysis Analysis { get; init; }

    /// <summary>The entry's name (or both names for a comparison).</summary>
    public string Title { get; init; } = string.Empty;

    public string Lead { get; init; } = string.Empty;

    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>Further details, shown on request ("more").</summary>
    public IReadOnlyList<string> More { get; init; } = [];

    public IReadOnlyList<AnswerSource> Sources { get; init; } = [];

    /// <summary>The sources of the text under <see cref="More"/> only (a comparison's "more" may come from one side).</summary>
    public IReadOnlyList<AnswerSource> MoreSources { get; init; } = [];

    /// <summary>What could not be (re-)verified about the entries the answer came from; shown with the answer.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>The entries the answer came from, the main one first.</summary>
    public IReadOnlyList<AnswerEntryRef> Entries { get; init; } = [];

    /// <summary>How strongly the best entry matched (0 when nothing did); kept in the knowledge-gap log.</summary>
    public double TopScore { get; init; }

    /// <summary>The lead states a typed fact (a rate, a threshold on a date, days to a destination, fees, an expansion).</summary>
    public bool TypedFact { get; init; }

    /// <summary>
    /// The markets to choose from when the question asks a market's import charge or allowance without naming a market
    /// ("do I pay duty over there?"): not answered, but asked back, never one market's rule picked by score.
    /// </summary>
    public IReadOnlyList<string> MarketChoices { get; init; } = [];

    /// <summary>
    /// Not answered, but the knowledge base can say why and what it does hold ("my record of Korea's rule starts on
    /// 2020-01-01", "HS chapters per category, not a product's code"): shown instead of a plain "I don't know".
    /// </summary>
    public string Guidance { get; init; } = string.Empty;

    /// <summary>
    /// The sources of what <see cref="Guidance"/> quotes from the base ("What I do hold: …", the marks it lists), so an
    /// explained reply cites its text as an answer does; empty when it quotes nothing.
    /// </summary>
    public IReadOnlyList<AnswerSource> GuidanceSources { get; init; } = [];

    /// <summary>The lead and the details as one text (what the user sees before asking for more).</summary>
    public string Text => string.Join('\n', Details.Prepend(Lead));

    public static KnowledgeAnswer NotAnswered(QuestionAnalysis analysis, double topScore) =>
        new() { Answered = false, Language = analysis.Language, Analysis = analysis, TopScore = topScore };

    public static KnowledgeAnswer Explained(QuestionAnalysis analysis, double topScore, string guidance, IReadOnlyList<AnswerSource>? quoted = null) =>
        new() { Answered = false, Language = analysis.Language, Analysis = analysis, TopScore = topScore, Guidance = guidance, GuidanceSources = quoted ?? [] };

    public static KnowledgeAnswer NeedsMarket(QuestionAnalysis analysis, IReadOnlyList<string> markets) =>
        new() { Answered = false, Language = analysis.Language, Analysis = analysis, MarketChoices = markets };
}

/// <summary>Which entry an answer used.</summary>
public sealed record AnswerEntryRef(SearchEntryType Type, string Id);
