using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// How much of what is asked an entry the question names holds, counting the words that ask for a kind of fact — what
/// something is called, when, how much or up to what value, who is buying — as held when the entry holds a fact of that
/// kind, and another name of a place the question already names as no asked word at all. "伊兹密尔买家 土耳其邮包统一税 欧盟原产的货
/// 收几成" is answered by Turkey's entry because it holds the flat tax and its shares, not because it writes "买家" or "成".
/// Split from <see cref="AnswerAcceptance"/>, which refuses an entry that holds too little of what is asked.
/// </summary>
internal sealed class AskedFactWords(KnowledgeBase kb, AnswerRanker ranker)
{
    private static readonly IReadOnlyList<FactKind> Kinds = FactKind.Read();

    private readonly ProductCategoryWords _goods = new(kb);

    /// <summary>The share (0–1) of the question's asked words the named entry holds, a word asking for a kind of fact held by the fact.</summary>
    public double Coverage(QuestionAnalysis q, AnswerEntry entry)
    {
        var placeNames = OtherPlaceNames(q);
        var asked = ranker.ContentTerms(q).Where(w => !placeNames.Contains(w)).ToList();
        if (asked.Count == 0)
        {
            return 1;
        }

        var text = new EntryText(entry);
        // "最多能申报多少美金", "收几个点": a phrase that asks for a kind of fact is cut by the analyzer into pieces ("美", "金")
        // that no word list can name one by one; its pieces count as that kind's words wherever the question writes the phrase.
        // Goods named beside it ("服装类 退税率多少个点") say whose amount is asked: an entry holding some amount does not show it
        // holds that one, so the phrase then counts for nothing.
        // The goods are looked up only when such a phrase is written: most questions write none, and this runs per candidate.
        var written = Kinds.Select(k => (Kind: k, Phrases: k.Phrases.Where(a => q.Text.Contains(a, StringComparison.OrdinalIgnoreCase)).ToList()))
            .Where(k => k.Phrases.Count > 0 && k.Kind.HeldBy(text)).SelectMany(k => k.Phrases).ToList();
        var phrased = written.Count == 0 || _goods.Of(q.TextWithoutNames()) is not null
            ? new HashSet<string>()
            : written.SelectMany(a => ranker.Terms(a, q.Language)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byFact = asked.Where(w => phrased.Contains(w) || AnsweredByFact(w, text)).ToList();
        var rest = asked.Except(byFact).ToList();
        var held = rest.Count == 0 ? 0 : ranker.HeldShare(entry, rest, q.Language) * rest.Count;
        // The kind of fact supports what the entry holds of the rest; it does not stand for it ("shopee ads minimum daily
        // budget": Shopee holds amounts, not an ads budget).
        return rest.Count > 0 && held == 0 ? 0 : (byFact.Count + held) / asked.Count;
    }

    /// <summary>
    /// Whether the question asks how often ("多久续一次", "how often") and the entry writes a period ("quarterly", "每两年"):
    /// a period answers it as a length of time would.
    /// </summary>
    public static bool AnswersHowOften(QuestionAnalysis q, AnswerEntry entry)
    {
        var text = new EntryText(entry);
        return Kinds.Where(k => k.Asks.Count > 0 && k.Asks.Any(a => q.Text.Contains(a, StringComparison.OrdinalIgnoreCase))).Any(k => k.HeldBy(text));
    }

    private static bool AnsweredByFact(string word, EntryText entry) => Kinds.Any(kind => kind.Words.Contains(word) && kind.HeldBy(entry));

    /// <summary>
    /// An entry with its full text in both languages joined once, when a kind first needs it: a question's every asked
    /// word is checked against the same entry, and the join is the costly part.
    /// </summary>
    private sealed class EntryText(AnswerEntry entry)
    {
        private string? _text;

        public AnswerEntry Entry => entry;

        public string Text => _text ??= entry.FullText(KnowledgeLanguage.English) + "\n" + entry.FullText(KnowledgeLanguage.Chinese);
    }

    /// <summary>
    /// A kind of fact a question asks for (a name, who buys, a date, an amount, a charge), its words and when an entry holds
    /// it, read from asked-fact-words.yaml: words are data, so a seller's other word for a fee is a line there, not code.
    /// </summary>
    private sealed record FactKind(HashSet<string> Words, string HeldWhen, IReadOnlyList<string> HeldByWords, IReadOnlyList<string> Asks, IReadOnlyList<string> Phrases)
    {
        private const string Resource = "CrossBorderBot.Knowledge.Answering.asked-fact-words.yaml";

        public bool HeldBy(EntryText entry)
        {
            if (HeldWhen == "always")
            {
                return true;
            }

            return (HeldWhen == "date" ? EntryMentions.HasDate(entry.Entry) : HeldWhen == "amount" && AskedFigure.MoneyOrPercent().IsMatch(entry.Text))
                || HeldByWords.Any(w => entry.Text.Contains(w, StringComparison.OrdinalIgnoreCase));
        }

        public static IReadOnlyList<FactKind> Read()
        {
            using var stream = typeof(FactKind).Assembly.GetManifestResourceStream(Resource)
                ?? throw new InvalidOperationException($"The asked-fact words ({Resource}) are not embedded in the assembly.");
            using var reader = new StreamReader(stream);
            var file = new YamlDotNet.Serialization.DeserializerBuilder().WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance).Build().Deserialize<FactWordsFile>(reader);
            return [.. file.Kinds.Values.Select(k => new FactKind(new HashSet<string>(k.Words, StringComparer.OrdinalIgnoreCase), k.HeldWhen, k.HeldBy, k.Asks, k.Phrases))];
        }
    }

    private sealed class FactWordsFile
    {
        public Dictionary<string, FactWordsKind> Kinds { get; set; } = [];
    }

    private sealed class FactWordsKind
    {
        public string HeldWhen { get; set; } = "always";

        public List<string> Words { get; set; } = [];

        public List<string> HeldBy { get; set; } = [];

        public List<string> Asks { get; set; } = [];

        public List<string> Phrases { get; set; } = [];
    }

    // "伊兹密尔买家 土耳其邮包…": a place named twice (a city and its country) is one name; the second is no asked word.
    // Set side by side ("迪拜和沙迦清关有区别吗"), two places of one country are what is asked.
    private HashSet<string> OtherPlaceNames(QuestionAnalysis q)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (q.AsksComparison)
        {
            return names;
        }

        foreach (var place in q.Entities.Where(e => e.Kind is EntityKind.Market or EntityKind.Country).Select(e => e.Id).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (kb.FindCountry(place) is not { } country)
            {
                continue;
            }

            var written = new[] { country.Name.En, country.Name.ZhCn }.Concat(country.Aliases?.En ?? []).Concat(country.Aliases?.ZhCn ?? []);
            foreach (var name in written)
            {
                names.UnionWith(ranker.Terms(name, q.Language));
            }
        }

        return names;
    }
}
