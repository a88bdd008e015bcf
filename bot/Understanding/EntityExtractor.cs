using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Understanding;

/// <summary>Finds every <see cref="EntityType"/> in a message.</summary>
internal sealed partial class EntityExtractor
{
    // Two-letter codes that are also everyday words when typed in capitals ("IT department", "NO", "tax ID"), or the
    // abbreviations sellers type in either language ("我们有QA团队", "BD team", "HR", "PK", "NG", "EC site").
    private static readonly HashSet<string> AmbiguousCodes = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BY", "CO", "DO", "ID", "IN", "IS", "IT", "MA", "MY", "NO", "PA", "PE", "TO", "ME", "AM", "SO", "OR",
        "QA", "BD", "HR", "PK", "NG", "EC",
    };

    // Names of platforms and phrases that contain a country name without meaning that country as a market.
    private static readonly string[] MaskedPhrases =
    [
        "中国制造网", "made-in-china.com", "made-in-china", "made in china", "made in prc", "中国制造",
    ];

    private readonly PhraseMatcher _geography;
    private readonly PhraseMatcher _categories;
    private readonly PhraseMatcher _platforms;
    private readonly PhraseMatcher _sensitiveGoods;
    private readonly FuzzyNameMatcher _platformTypos;
    private readonly FuzzyNameMatcher _categoryTypos;
    private readonly PlaceSlipMatcher _placeSlips;
    private readonly AnswerMatcher _answers;
    private readonly HashSet<string> _countryCodes;
    private readonly IReadOnlyList<VocabularyTerm> _countries;
    private readonly QuantityRecognizer _quantities;

    public EntityExtractor(Vocabulary vocabulary, QuantityRecognizer quantities)
    {
        _geography = new PhraseMatcher(
            vocabulary.Countries.Select(c => (EntityType.Country, c))
                .Concat(vocabulary.Regions.Select(r => (EntityType.Region, r))));
        _categories = new PhraseMatcher(vocabulary.Categories.Select(c => (EntityType.Category, c)));
        _platforms = new PhraseMatcher(vocabulary.Platforms.Select(p => (EntityType.Platform, p)));
        _sensitiveGoods = new PhraseMatcher(vocabulary.SensitiveGoods.Select(g => (EntityType.SensitiveGoods, g)));
        _platformTypos = new FuzzyNameMatcher(EntityType.Platform, vocabulary.Platforms);
        _categoryTypos = new FuzzyNameMatcher(EntityType.Category, vocabulary.Categories, FuzzyNameMatcher.LongWordLength);
        _placeSlips = new PlaceSlipMatcher(vocabulary.Countries);
        _answers = new AnswerMatcher(vocabulary.Answers);
        _countryCodes = vocabulary.Countries.Select(c => c.Id.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        _countries = vocabulary.Countries;
        _quantities = quantities;
    }

    /// <summary>All entities in order of appearance.</summary>
    /// <param name="text">The message as typed.</param>
    /// <param name="culture">Recognizers.Text culture for numbers and units ("en-us" or "zh-cn").</param>
    public IReadOnlyList<EntityMention> Extract(string text, string culture)
    {
        text = MessageText.Clean(text);
        var claimed = new bool[text.Length];
        var mentions = new List<EntityMention>();

        // Platform names first: "Made-in-China.com" is a platform, not a market.
        mentions.AddRange(_platforms.Match(text, claimed));

        foreach (var phrase in MaskedPhrases)
        {
            var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                PhraseMatcher.Claim(claimed, at, at + phrase.Length);
            }
        }

        // Dimensions before weights and money, so "35x25x25cm" is one box and not three numbers.
        mentions.AddRange(DimensionsRecognizer.Find(text, claimed));

        // Quantities next: "3 pounds" must not become a currency, and "5kg" must not be read as a word.
        foreach (var w in _quantities.RecognizeWeights(text, culture))
        {
            AddQuantity(mentions, claimed, text, w.Text, EntityType.Weight, w.Kilograms.ToString(CultureInfo.InvariantCulture), m => m);
        }

        foreach (var money in _quantities.RecognizeMoney(text, culture))
        {
            AddQuantity(
                mentions,
                claimed,
                text,
                money.Text,
                EntityType.Money,
                string.Create(CultureInfo.InvariantCulture, $"{money.Amount} {money.Currency}"),
                m => m with { Amount = money.Amount, Currency = money.Currency });
        }

        // A marketplace's country site ("amazon.de") names its market before the place names are read.
        mentions.AddRange(MarketplaceDomainCountries.Find(text, claimed, _countryCodes));
        mentions.AddRange(_placeSlips.MatchChinese(text, claimed));
        mentions.AddRange(_geography.Match(text, claimed));

        // "Shopee马来站", "亚马逊美站": a marketplace's country site by the country's first characters, where a marketplace is named.
        if (mentions.Any(m => m.Kind == EntityType.Platform))
        {
            mentions.AddRange(MarketplaceDomainCountries.FindChineseSites(text, claimed, _countries));
        }

        mentions.AddRange(CountryCodes(text, claimed));
        mentions.AddRange(UsBeforeAMarketNoun(text, claimed));
        mentions.AddRange(_placeSlips.MatchWords(text, claimed));
        mentions.AddRange(_categories.Match(text, claimed));
        mentions.AddRange(_platformTypos.Match(text, claimed));
        mentions.AddRange(_categoryTypos.Match(text, claimed));

        // A battery or a liquid is worth knowing even where its words are also a category ("lithium batteries").
        mentions.AddRange(_sensitiveGoods.Match(text, new bool[text.Length]));
        if (_answers.Match(text) is { } answer)
        {
            mentions.Add(answer);
        }

        mentions.AddRange(IssueTypeRules.Find(text));

        // Issue types keep IssueTypeRules' order (most specific first); everything else is in order of appearance. A
        // category named in different words stays twice ("手机壳和数据线" are two products of one category).
        var issueOrder = mentions.Where(m => m.Kind == EntityType.IssueType).Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        return mentions
            .OrderBy(m => issueOrder.TryGetValue(m, out var rank) ? -1000 + rank : m.Start)
            .ThenByDescending(m => m.Length)
            .DistinctBy(m => (m.Kind, m.Kind == EntityType.Category ? m.Value + "\n" + m.Text.ToLowerInvariant() : m.Value))
            .ToList();
    }

    private static void AddQuantity(
        List<EntityMention> mentions,
        bool[] claimed,
        string text,
        string typed,
        EntityType kind,
        string value,
        Func<EntityMention, EntityMention> enrich)
    {
        var at = FindUnclaimed(text, typed, claimed);
        if (at < 0)
        {
            return;
        }

        PhraseMatcher.Claim(claimed, at, at + typed.Length);
        mentions.Add(enrich(new EntityMention(kind, at, typed.Length, value, typed)));
    }

    private static int FindUnclaimed(string text, string typed, bool[] claimed)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(typed, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (!PhraseMatcher.IsClaimed(claimed, at, at + typed.Length))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    // ISO codes typed as upper-case words ("ship to DE"); ignored when the whole message shouts in capitals.
    private IEnumerable<EntityMention> CountryCodes(string text, bool[] claimed)
    {
        var letters = text.Where(char.IsAsciiLetter).ToList();
        if (letters.Count >= 8 && letters.Count(char.IsAsciiLetterUpper) > letters.Count * 0.6)
        {
            yield break;
        }

        foreach (Match m in UpperCaseCodeRegex().Matches(text))
        {
            var code = m.Value;
            if (!_countryCodes.Contains(code) || AmbiguousCodes.Contains(code)
                || !PhraseMatcher.IsWholeWord(text, m.Index, m.Index + 2) || PhraseMatcher.IsClaimed(claimed, m.Index, m.Index + 2))
            {
                continue;
            }

            PhraseMatcher.Claim(claimed, m.Index, m.Index + 2);
            yield return new EntityMention(EntityType.Country, m.Index, 2, code.ToLowerInvariant(), code);
        }
    }

    // "a us buyer", "our us customers", "the us market": "us" typed in lower case is the United States only where it
    // qualifies buyers or a market, or after "to", "in", "for the" ("ship it to the us, 25 usd", "walmart in the us
    // deactivated our account"): the pronoun never follows "the"; anywhere else it is the pronoun ("help us", "send us").
    private static IEnumerable<EntityMention> UsBeforeAMarketNoun(string text, bool[] claimed)
    {
        foreach (Match m in UsMarketNounRegex().Matches(text))
        {
            var us = m.Groups["us"];
            if (!PhraseMatcher.IsClaimed(claimed, us.Index, us.Index + us.Length))
            {
                PhraseMatcher.Claim(claimed, us.Index, us.Index + us.Length);
                yield return new EntityMention(EntityType.Country, us.Index, us.Length, "us", us.Value);
            }
        }
    }

    [GeneratedRegex("[A-Z]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex UpperCaseCodeRegex();

    [GeneratedRegex(@"(?<=\b(?:to|into|in|for|across|throughout|from|within|inside|outside)\s+the\s+)(?<us>us)\b(?![-'’])|(?<=\b(?:a|an|the|our|my|their|your|some|many|most|of|from|in)\s+)(?<us>us)\s+(?=(?:buyers?|customers?|clients?|consumers?|shoppers?|market|marketplace|site|store|warehouse|retailers?|importers?|distributors?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex UsMarketNounRegex();
}
