using System.Reflection;
using Newtonsoft.Json;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// What people say for each guide question (slot-vocabulary.json, embedded): synonyms, Chinese variants, "don't know"
/// and defaults. Reads a slot's value from a whole message (<see cref="ReadAnywhere"/>) or from the reply to that
/// slot's own question (<see cref="ReadAnswer"/>, which also takes short answers, light typos and "don't know").
/// </summary>
public sealed partial class SlotVocabulary
{
    private const string Resource = "CrossBorderBot.Dialogs.Slots.slot-vocabulary.json";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NormalizedWords = new(StringComparer.Ordinal);

    // The vocabulary's "re:" patterns, each parsed once. Regex's static methods keep only 15 patterns in their cache and
    // the vocabulary has more, so going through them re-parsed every pattern on every message.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private readonly Dictionary<string, SlotWords> _slots;
    private readonly Dictionary<string, SlotValueMatcher[]> _answerMatchers;
    private readonly Dictionary<string, SlotPhraseFinder> _anywhereFinders;
    private readonly HashSet<string> _unknownWords;
    private readonly string[] _unknownPrefixes;
    private readonly HashSet<string> _answerWords;
    private readonly Dictionary<string, string[]> _topics;
    private readonly Dictionary<string, string> _answersOfOneSlot;
    private readonly SlotWordSpelling _spelling;
    private readonly SlotYesNoReader _yesNo;
    private readonly MessageReadings<string, SlotReading?> _readAnywhere = new();

    private SlotVocabulary(Dictionary<string, SlotWords> slots, List<string> unknownWords, SlotYesNoReader yesNo, PlaceGroupReader placeGroups, RegionWordReader regionWords, Dictionary<string, List<string>> channelWords, BuyerWords buyers, AgreementReader agreement, RelativeAmountReader relativeAmounts)
    {
        _slots = slots;
        RelativeAmounts = relativeAmounts;
        Buyers = buyers;
        Agreement = agreement;
        ChannelWords = channelWords;
        _yesNo = yesNo;
        PlaceGroups = placeGroups;
        RegionWords = regionWords;

        // Everything a message is compared with is normalized here once, in the vocabulary's own order.
        _answerMatchers = slots.ToDictionary(
            slot => slot.Key,
            slot => slot.Value.Values.Select(value => new SlotValueMatcher(value.Key, value.Value, NormalizedWord, Pattern)).ToArray(),
            StringComparer.Ordinal);
        _anywhereFinders = slots.ToDictionary(slot => slot.Key, slot => new SlotPhraseFinder(slot.Value, NormalizedWord, Pattern), StringComparer.Ordinal);
        _unknownWords = unknownWords.Select(NormalizedWord).ToHashSet(StringComparer.Ordinal);
        _unknownPrefixes = unknownWords.Select(NormalizedWord).Where(word => word.Length >= 3).ToArray();
        _answerWords = slots.Values.SelectMany(slot => slot.Values.Values)
            .SelectMany(words => words.Answers.Concat(words.Anywhere))
            .Where(word => !SlotValueMatcher.IsPattern(word))
            .Select(NormalizedWord)
            .ToHashSet(StringComparer.Ordinal);
        _spelling = new SlotWordSpelling(_answerWords);
        _topics = slots.ToDictionary(slot => slot.Key, slot => slot.Value.Topic.Select(NormalizedWord).OrderByDescending(word => word.Length).ToArray(), StringComparer.Ordinal);

        // A short answer only one question has ("standard", "经济"), outside yes/no questions, whose words every
        // question shares: said alone as one of a message's clauses, it answers that question. A plain yes or no ("可以",
        // "能") is no such answer even where one question lists it ("可以，五十件起做" says nothing of the team's languages).
        _answersOfOneSlot = slots.Where(slot => !IsYesNo(slot.Value))
            .SelectMany(slot => slot.Value.Values.Values.SelectMany(words => words.Answers).Where(word => !SlotValueMatcher.IsPattern(word))
                .Select(word => (Word: NormalizedWord(word), Slot: slot.Key)))
            .Distinct()
            .GroupBy(pair => pair.Word, StringComparer.Ordinal)
            .Where(group => group.Count() == 1 && !_unknownWords.Contains(group.Key) && !yesNo.IsPlainYesOrNo(group.Key))
            .ToDictionary(group => group.Key, group => group.Single().Slot, StringComparer.Ordinal);
    }

    public static SlotVocabulary Default { get; } = Load();

    public string? DefaultOf(string slot) => _slots.GetValueOrDefault(slot)?.Default;

    /// <summary>Who the buyers are, read for the platform guide's customer question ("cafes and hotel chains", "卖给养宠物的个人").</summary>
    public BuyerWords Buyers { get; }

    /// <summary>A reply that confirms what was offered ("yup, that's the problem") or says something was done ("sent them the invoice").</summary>
    public AgreementReader Agreement { get; }

    /// <summary>Reads groups of places written as one word ("欧美", "日韩") for the market and destination questions.</summary>
    public PlaceGroupReader PlaceGroups { get; }

    /// <summary>Reads groups of countries named in words the knowledge base does not model as one market ("the Gulf", "北欧").</summary>
    public RegionWordReader RegionWords { get; }

    /// <summary>Sellers' own names for logistics channels ("邮政小包", "e-packet", "DHL"), by the channel's knowledge-base id.</summary>
    public IReadOnlyDictionary<string, List<string>> ChannelWords { get; }

    /// <summary>An amount changed by a factor ("what if it weighed half as much?", "预算翻倍呢").</summary>
    public RelativeAmountReader RelativeAmounts { get; }

    /// <summary>The one home market of a marketplace that sells in one (Walmart Marketplace → "us"), by platform id.</summary>
    public IReadOnlyDictionary<string, string> PlatformHomeMarkets { get; private init; } = new Dictionary<string, string>();

    /// <summary>Named days said as a delivery deadline ("before black friday", "圣诞节前"), read with the turn's date.</summary>
    public DeadlineWords Deadlines { get; private init; } = new();

    /// <summary>Named families of words a guide reads as one ("resultWords", "firstStepWords"), see <see cref="WordFamilies"/>.</summary>
    public WordFamilies Families { get; private init; } = [];

    /// <summary>True when the whole message is one of the slots' answer words ("不需要", "nope"): a reply, not a command.</summary>
    public bool IsAnswerWord(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && _answerWords.Contains(normalized);
    }

    /// <summary>
    /// The values <paramref name="slot"/>'s clear phrases name in the message, in the order said: "both, mostly
    /// wholesale and some retail" names the business side first.
    /// </summary>
    public IReadOnlyList<string> ValuesInOrder(string slot, string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 || !_anywhereFinders.TryGetValue(slot, out var finder)
            ? []
            : finder.Find(normalized).OrderBy(m => m.Start).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The value the message names clearly for <paramref name="slot"/> wherever it says it; null when none.</summary>
    /// <remarks>Read once per message and slot (<see cref="MessageReadings{TKey, TValue}"/>): the router and the guide both ask.</remarks>
    public SlotReading? ReadAnywhere(string slot, string? text) =>
        text is null ? ReadAnywhereAfresh(slot, text) : _readAnywhere.Get(text, slot, readFor: null, slot => ReadAnywhereAfresh(slot, text));

    private SlotReading? ReadAnywhereAfresh(string slot, string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || !_slots.TryGetValue(slot, out var words))
        {
            return null;
        }

        var found = _anywhereFinders[slot].Find(normalized);

        // "没有品牌" also contains "有品牌": a match inside a longer one does not count; nor do words the user doubts
        // ("not sure if we need tracking, 2 kg": the doubt's clause states nothing).
        var doubted = SlotDoubt.EndOfDoubt(normalized);
        // Nor do words inside a plan for a slot about today ("thinking of selling on amazon"), or words about the past for
        // a slot about the plan ("we did b2b before").
        // Nor does a "不" inside a yes-or-no question pair ("要不要跟踪" holds "不要跟踪" and asks).
        var kept = found.Where(m => m.Start >= doubted
            && !SlotYesNoReader.IsInsideAskingPair(normalized, m.Start)
            && !(words.AboutToday && SlotPlan.IsPlannedAt(normalized, m.Start))
            && !(words.AboutThePlan && SlotPast.IsPastAt(normalized, m.Start))
            && !found.Any(o => o != m && o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start)).ToList();
        if (kept.Count == 0)
        {
            // "退货不用管", "tracking yes definitely": the slot's topic first, then its answer, at any question; in a
            // message that lists its facts, the clause that answers it.
            // "no expereince": a slip in a longer word is mended and the message read again.
            // "退货这块我们就不搞了", "物流要能跟踪": a yes or no about the topic anywhere in its clause.
            return WithoutTopic(slot, normalized) is { } answer ? ReadAnswer(slot, answer) ?? ReadTopicClause(slot, words, normalized, doubted)
                : ReadListedClause(slot, normalized) ?? ReadTopicClause(slot, words, normalized, doubted)
                    ?? (_spelling.Mend(normalized) is { } mended ? ReadAnywhere(slot, mended) : null);
        }

        // "we don't have our own brand" names the yes answer's words, negated; "not urgent" the fast answer's.
        var first = kept.OrderBy(m => m.Start).First();
        if (first.Value == "yes" && IsYesNo(words) && (_yesNo.NegatesAt(normalized, first.Start) || IsDeniedAfter(normalized, first.Start, first.End)))
        {
            return new SlotReading("no", first.Start);
        }

        // "we never check every unit": a value's words negated mean the value named for that, else the question's negative one.
        return OppositeOf(words, first.Value) is { } opposite && _yesNo.NegatesAt(normalized, first.Start)
            ? new SlotReading(opposite, first.Start)
            : new SlotReading(first.Value, first.Start);
    }

    /// <summary>
    /// The value a guide's message gives <paramref name="slot"/>: read as the reply when its question is the one waiting
    /// (<see cref="ReadAnswer"/>), else only a clear phrase anywhere (<see cref="ReadAnywhere"/>). A default taken for
    /// "don't know" adds the slot to <paramref name="defaults"/>, so the guide says it assumed it.
    /// </summary>
    public string? ReadValue(string slot, string? text, string? waitingSlot, ISet<string> defaults)
    {
        var reading = waitingSlot == slot ? ReadAnswer(slot, text) : ReadAnywhere(slot, text);
        if (reading?.IsDefault == true)
        {
            defaults.Add(slot);
        }

        return reading?.Value;
    }

    /// <summary>A yes/no slot's value (<see cref="ReadValue"/>) as true or false; null when the message gives none.</summary>
    public bool? ReadYesNo(string slot, string? text, string? waitingSlot, ISet<string> defaults) =>
        YesOrNo(ReadValue(slot, text, waitingSlot, defaults));

    /// <summary>A yes/no slot's value ("yes", "no") as true or false; null for any other.</summary>
    public static bool? YesOrNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    /// <summary>
    /// The reply to <paramref name="slot"/>'s own question: a clear phrase anywhere, else the first clause as a short
    /// answer ("ya", "some, 2 yrs on aliexpress"), allowing one typo in longer words; "don't know" gives the default.
    /// </summary>
    public SlotReading? ReadAnswer(string slot, string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || !_slots.TryGetValue(slot, out var words))
        {
            return null;
        }

        // "CE yes, the rest no idea": a yes for part and a no or don't-know for the rest is the slot's partial answer.
        if (words.Mixed is { } mixed && _yesNo.IsMixed(normalized, IsUnknown, clause => HoldsAnAnswer(slot, words, clause)))
        {
            return new SlotReading(mixed, 0);
        }

        // "a few are our own design, the rest are standard ones": clauses giving two of the question's answers place the
        // reply in the middle of its scale.
        if (words.Scale.TryGetValue(SlotYesNoReader.SomePlace, out var middle) && ClausesDisagree(slot, words, normalized))
        {
            return new SlotReading(middle, 0);
        }

        // "商标在办理中", "registration is pending": under way is not yet, the question's negative answer.
        if (words.Negative is { } notYet && _yesNo.IsInProgress(normalized))
        {
            return new SlotReading(notYet, 0);
        }

        // "not sure if we need tracking" names the yes answer's words, but only to doubt them: the user does not know.
        if (SlotDoubt.IsDoubt(normalized))
        {
            return words.Default is { } doubted ? new SlotReading(doubted, 0, IsDefault: true) : null;
        }

        var matchers = _answerMatchers[slot];
        var clauses = SlotClauses.Of(normalized).ToList();
        foreach (var clause in clauses)
        {
            foreach (var matcher in matchers)
            {
                if (matcher.MatchStart(clause) is var at and >= 0)
                {
                    // "有，国内注册的", "yes, just in china": a bare yes is made exact by another of the question's answers said
                    // in the rest of the message, which the yes only opens.
                    if (ExactAfterYes(slot, words, clauses, clause, text, matcher.Value) is { } exact)
                    {
                        return exact;
                    }

                    // "we never check every unit": a value's words under a negation mean its opposite, as anywhere.
                    return new SlotReading(at > 0 && OppositeOf(words, matcher.Value) is { } opposite && _yesNo.NegatesAt(clause, at) ? opposite : matcher.Value, 0);
                }
            }
        }

        if (ReadAnywhere(slot, text) is { } anywhere)
        {
            return anywhere;
        }

        // "every product we sell carries CE", "跟别家有一点点不同": a word of all or some places the reply on the question's scale.
        if (_yesNo.ScaleOf(normalized) is { } place && words.Scale.TryGetValue(place, out var scaled))
        {
            return new SlotReading(scaled, 0);
        }

        foreach (var clause in clauses)
        {
            foreach (var matcher in matchers)
            {
                if (matcher.IsTypoOf(clause))
                {
                    return new SlotReading(matcher.Value, 0);
                }
            }
        }

        // "退货不用管" at the urgency question: a no, yes or don't-know about another question's topic says nothing here.
        if (WithoutTopic(slot, normalized) is null && _topics.Any(other => other.Key != slot && WithoutTopic(other.Key, normalized) is not null))
        {
            return null;
        }

        if (IsUnknown(text))
        {
            return words.Default is { } fallback ? new SlotReading(fallback, 0, IsDefault: true) : null;
        }

        // "haven't registered a brand yet", "还没注册品牌", "none of those": a negation answers no without the slot's words.
        // Outside yes/no questions a negation is this question's only when it names no other question's answer: "no rush
        // at all" at the size question is about the speed.
        var negation = _yesNo.IsNegation(normalized) && (IsYesNo(words) || !NamesAnotherSlot(slot, normalized));
        if (words.Negative is { } negative && negation)
        {
            return new SlotReading(negative, 0);
        }

        // "we haven't priced it yet", "国家还没选好": at a question that can go without its answer, not having the answer
        // is not knowing it: the default, said as assumed.
        if (words.Negative is null && !IsYesNo(words) && words.Default is { } notGiven && negation)
        {
            return new SlotReading(notGiven, 0, IsDefault: true);
        }

        // At a yes/no question a reply that opens with a no, or says the thing is not wanted, says no.
        if (IsYesNo(words) && _yesNo.IsNegation(normalized))
        {
            return new SlotReading("no", 0);
        }

        // "yep we got one registered last year", "有个小品牌": at a yes/no question, a reply that opens with a yes says yes,
        // and so does a wish for the thing asked ("tracking would be nice", "能追踪最好").
        if (IsYesNo(words) && (_yesNo.IsAffirmation(normalized) || _yesNo.IsWish(normalized)))
        {
            return new SlotReading("yes", 0);
        }

        // "tracking pls", "追踪吧": at a yes/no question, its topic asked for with nothing against it is a wish for it.
        if (IsYesNo(words) && _topics[slot].Contains(SlotClauses.WithoutFiller(normalized)))
        {
            return new SlotReading("yes", 0);
        }

        // "returns are fine for us", "30 day returns", "returns only if damaged", "tracking pls, need it": at a yes/no question,
        // its topic named in a clause that says nothing against it and asks nothing is a yes, whatever word of acceptance,
        // window, condition or wish goes with it (a list of such words never ends).
        if (IsYesNo(words) && NamesTopicPlainly(slot, normalized))
        {
            return new SlotReading("yes", 0);
        }

        // "tracking yes definitely", "品牌有，在国内注册的": the question's topic said first, then the answer.
        if (WithoutTopic(slot, normalized) is { } answer)
        {
            return ReadAnswer(slot, answer);
        }

        // "selling to other businesess": read again with a slip in a longer word mended.
        return _spelling.Mend(normalized) is { } mended ? ReadAnswer(slot, mended) : null;
    }

    /// <summary>
    /// At a question of more than yes or no, the answer another clause gives when the clause that answered is a bare yes
    /// ("有", "yes"): "有，国内注册的" at the trademark question is registered at home, not the yes answer's target markets.
    /// Null when the yes stands alone, or the rest says no or the same.
    /// </summary>
    private SlotReading? ExactAfterYes(string slot, SlotWords words, IReadOnlyList<string> clauses, string yesClause, string? text, string yesValue)
    {
        if (clauses.Count < 2 || IsYesNo(words) || yesValue == words.Negative || !_yesNo.IsAffirmation(yesClause))
        {
            return null;
        }

        foreach (var clause in clauses.Where(c => c != yesClause && !_yesNo.IsAffirmation(c)))
        {
            foreach (var matcher in _answerMatchers[slot])
            {
                if (matcher.Value != yesValue && matcher.Value != words.Negative && matcher.MatchStart(clause) >= 0 && !_yesNo.IsNegation(clause))
                {
                    return new SlotReading(matcher.Value, 0);
                }
            }
        }

        return ReadAnywhere(slot, text) is { } anywhere && anywhere.Value != yesValue && anywhere.Value != words.Negative ? anywhere : null;
    }

    /// <summary>The normalized reply without the words naming the slot's topic at its start; null when it does not start with them.</summary>
    private string? WithoutTopic(string slot, string text)
    {
        // "the box isn't packed yet": an article or possessive may stand before the topic.
        var normalized = SlotClauses.WithoutArticle(text);
        foreach (var topic in _topics.GetValueOrDefault(slot) ?? [])
        {
            if (normalized.StartsWith(topic, StringComparison.Ordinal) && normalized.Length > topic.Length
                && (!char.IsAsciiLetter(topic[^1]) || SlotPhraseFinder.IsWordBoundary(normalized, topic.Length)))
            {
                var rest = normalized[topic.Length..].TrimStart(' ', ',', '，', ':', '：', '-', '?', '？');
                return rest.Length > 0 ? rest : null;
            }
        }

        return null;
    }

    private static bool IsYesNo(SlotWords words) => words.Values.ContainsKey("yes") && words.Values.ContainsKey("no");

    /// <summary>Lower case, full-width folded, straight apostrophes, single spaces, no closing punctuation.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        return WhiteSpace.Collapse(folded).Trim().TrimEnd('.', '!', '?', '。', '！', '？', '~', '～').Trim();
    }

    // The vocabulary's own words are normalized once, not on every message (this ran for every word of every slot per
    // turn). The set is the embedded vocabulary, so the cache stays small.
    private static string NormalizedWord(string word) => NormalizedWords.GetOrAdd(word, Normalize);

    private static Regex Pattern(string word) => Patterns.GetOrAdd(word, w => new Regex(w[3..], RegexOptions.CultureInvariant));

    private static SlotVocabulary Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var file = JsonConvert.DeserializeObject<SlotVocabularyFile>(reader.ReadToEnd())
            ?? throw new InvalidOperationException($"{Resource} is empty.");
        var yesNo = new SlotYesNoReader(file.YesNo);
        return new SlotVocabulary(file.Slots, file.UnknownWords, yesNo, new PlaceGroupReader(file.PlaceAbbreviations), new RegionWordReader(file.RegionWords), file.ChannelWords,
            new BuyerWords(file.Buyers), new AgreementReader(file.YesNo, yesNo), new RelativeAmountReader(file.RelativeAmounts))
        {
            PlatformHomeMarkets = file.PlatformHomeMarkets,
            Deadlines = file.Deadlines,
            Families = file.Families,
        };
    }
}
