namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// How a normalized reply splits into the clauses a slot's words are compared with: each clause also without its
/// politeness, hedges and words of acceptance, and the list of facts a message gives one per clause.
/// </summary>
internal static partial class SlotClauses
{
    // Each clause also without its politeness, hedges, frankness ("honestly no clue about that stuff") and words of
    // acceptance ("standard please", "要吧", "no thanks", "kinda unique", "quite unique", "mostly online shoppers", "主要是…",
    // "standard is fine", "fast as possible pls", "标准的也行")
    // and the verb a choice is taken with in Chinese ("走快的吧", "用经济的", "还是选标准"): the answer is what is left.
    public static IEnumerable<string> Of(string normalized) =>
        new[] { normalized }.Concat(ClauseSeparators().Split(normalized).Select(part => part.Trim()).Where(part => part.Length > 0))
            .SelectMany(clause => new[] { clause, WithoutFiller(clause) })
            .Where(clause => clause.Length > 0)
            .Distinct();

    // Filler uncovers filler ("普通的也行" → "普通的" → "普通"), so it is taken off until nothing changes.
    public static string WithoutFiller(string clause)
    {
        var current = clause;
        for (var pass = 0; pass < 3; pass++)
        {
            var next = WhiteSpace.Collapse(Filler().Replace(current, " ")).Trim();
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// The clause around <paramref name="start"/>: from the boundary before it to the one after it (punctuation, "but",
    /// "now", "现在"…). The one clause finder of every reading that asks what the rest of a clause says about a slot's
    /// words: a plan before them, the past around them, a negation or a need beside a topic.
    /// </summary>
    public static (int From, int To) Around(string normalized, int start)
    {
        var boundaries = ClauseBoundary().Matches(normalized);
        var from = boundaries.LastOrDefault(b => b.Index + b.Length <= start) is { } before ? before.Index + before.Length : 0;
        var to = boundaries.FirstOrDefault(b => b.Index >= start) is { } after ? after.Index : normalized.Length;
        return (from, Math.Max(from, to));
    }

    /// <summary>The clauses of <paramref name="normalized"/> with where each starts, split where <see cref="Around"/> splits.</summary>
    public static IEnumerable<(string Clause, int Start)> WithStarts(string normalized)
    {
        var from = 0;
        foreach (Match boundary in ClauseBoundary().Matches(normalized))
        {
            yield return (normalized[from..boundary.Index], from);
            from = boundary.Index + boundary.Length;
        }

        yield return (normalized[from..], from);
    }

    /// <summary>
    /// A reply's core: without a pointing word ("这个", "这块", "这方面"), the subject and the adverbs before it ("我们这边",
    /// "他们也", "暂时还") and a closing particle ("呢", "啊"), which say nothing about the answer: "尺寸他们也说不准呢" is
    /// "说不准", "这方面我们做不了" is "做不了".
    /// </summary>
    public static string Core(string clause) =>
        WhiteSpace.Collapse(CoreLeadIn().Replace(ClosingParticle().Replace(clause.Trim(), string.Empty), string.Empty)).Trim();

    /// <summary>The clause without the article or possessive it opens with ("the box …", "our brand …").</summary>
    public static string WithoutArticle(string clause) => Article().Replace(clause, string.Empty);

    /// <summary>The clauses of a message that lists its facts ("2 kg, standard; tracking yes", "没尺寸，标准时效、要追踪"), without filler.</summary>
    public static IEnumerable<string> Listed(string normalized) => ListSeparators().Split(normalized).Select(clause => WithoutFiller(clause.Trim()));

    [GeneratedRegex(@"\b(?:please|pls|plz|thanks|thank you|thx|ty|i think|i guess|i'd say|probably|just|well|um+|uh+|hmm+|ok so|then|kinda|kind of|sort of|sorta|quite|very|really|pretty|totally|super|fairly|mostly|mainly|primarily|honestly|frankly|tbh|to be honest|absolutely|literally|as possible|as can be|(?:on|for|about)\s+(?:it|them|these|this|those|that|all\s+that)(?:\s+(?:stuff|part|bit|side|one))?|(?:is|are|would be|will be|'s|sounds)\s+(?:fine|ok|okay|good|great|enough|perfect|alright|best)|works(?: for (?:me|us))?|will do|rn|atm|for now|right now|at the moment|as of now)\b|吧|啊|呀|哦|嘛|(?:也)?(?:给我|帮我)?(?:加上|开上|开通|加一下|开一下)|功能|就行了?|就好|即可|就可以了?|好了|也行|也可以|也好|就够了?|没问题|^(?:主要是|主要|大部分是|基本上是|基本是)|^(?:就|还是)?(?:走|用|选)(?:个)?(?=[\u4e00-\u9fff])|的(?=\s*$)")]
    private static partial Regex Filler();

    [GeneratedRegex(@"[,，;；。!！?？]|\b(?:but|now|these\s+days)\b|但是|但|现在|目前|如今")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^(?:(?:这个|这块|这一块|这方面|这一项|这点|那个|那块|这边|那边|的话)[，,\s]*|(?:我们这边|我们|咱们|我|他们|他|她|厂里|工厂|公司|厂家)[，,\s]*|(?:也|还|都|暂时|目前|现在|其实|倒|就|先|可能|大概|真的)[，,\s]*)+")]
    private static partial Regex CoreLeadIn();

    [GeneratedRegex(@"^(?:the|our|my|a|an|this|that)\s+")]
    private static partial Regex Article();

    [GeneratedRegex(@"[呢啊呀吧哦嘛啦喔]+$")]
    private static partial Regex ClosingParticle();

    // A dash with spaces around it or a colon sets off a topic from what is said of it: "ioss - no idea", "epr: not sure".
    [GeneratedRegex(@"\s*(?:[,，;；、:：]|\s[-–—]+\s|\band\b|\bbut\b)\s*")]
    private static partial Regex ClauseSeparators();

    // The separators of a list of facts ("2 kg, standard; tracking yes", "没尺寸，标准时效、要追踪").
    [GeneratedRegex(@"\s*[,，;；、]\s*")]
    private static partial Regex ListSeparators();
}
