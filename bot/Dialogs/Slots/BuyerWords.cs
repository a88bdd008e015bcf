using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The JSON shape of slot-vocabulary.json's "buyers" section: who the buyers are, by side, and the cues before them.</summary>
public sealed class BuyerWordsFile
{
    /// <summary>Words of selling or aiming that name the buyers after them ("sell straight to", "卖给", "our buyers are").</summary>
    public List<string> Cues { get; set; } = [];

    /// <summary>Buyers that are businesses ("cafes", "hotel chains", "超市").</summary>
    public List<string> B2B { get; set; } = [];

    /// <summary>Buyers that are people ("parents", "pet owners", "散客").</summary>
    public List<string> B2C { get; set; } = [];

    /// <summary>
    /// How Chinese names a business by its trade, at the end of its name ("汽修店", "装修队", "烘焙工作室"): after one of the
    /// <see cref="ToWhomCues"/> such a name is a business buyer, whatever the trade.
    /// </summary>
    public List<string> TradeEndings { get; set; } = [];

    /// <summary>The cues that name who the goods go to ("卖给", "供货给", "客户是"), not what is sold ("卖家具的工厂").</summary>
    public List<string> ToWhomCues { get; set; } = [];

    /// <summary>
    /// Words right after the buyers that name them as the buyers ("japanese shoppers as our buyers", "everyday buyers in the
    /// us to order from us"): a cue that follows rather than precedes them.
    /// </summary>
    public List<string> CuesAfter { get; set; } = [];

    /// <summary>
    /// Words that make a general word for buyers ("buyers", "顾客") people buying for themselves: "everyday buyers", "home
    /// users", "普通买家", "一般的网购顾客". With one of the <see cref="GeneralBuyers"/> after them they name consumers, though
    /// no list names the pair.
    /// </summary>
    public List<string> PeopleModifiers { get; set; } = [];

    /// <summary>General words for buyers of either side ("buyers", "customers", "买家", "顾客"): a side only with a modifier.</summary>
    public List<string> GeneralBuyers { get; set; } = [];
}

/// <summary>
/// The customer said by who the buyers are rather than by "B2B" / "B2C" ("our buyers are cafes and hotel chains",
/// "卖给养宠物的个人", "散客为主"): at the customer question the buyers a reply names decide the side; elsewhere only
/// buyers named after a word of selling or aiming, so "my parents run the factory" names no customer. Buyers of both
/// sides, or named only to deny them ("shoppers, not shops"), decide nothing or only the side not denied.
/// </summary>
public sealed partial class BuyerWords
{
    /// <summary>
    /// The most characters between a cue and the buyers it names: in Chinese "卖美国和加拿大的个人用户", "卖厨房收纳用品给德国
    /// 的家庭"; English words are longer ("sell leather belts to everyday shoppers").
    /// </summary>
    private const int MaxGapAfterCue = 12;

    private const int MaxGapAfterEnglishCue = 40;

    private readonly List<(Regex Pattern, string Side)> _buyers = [];
    private readonly Regex? _cue;
    private readonly Regex? _toWhomCue;
    private readonly Regex? _trade;
    private readonly Regex _businessNoun;
    private readonly Regex? _cueAfter;

    private static readonly string[] BusinessAgentNouns =
    [
        "retailers", "wholesalers", "resellers", "dealers", "importers", "exporters", "suppliers", "manufacturers", "sellers", "vendors",
        "merchants", "traders", "builders", "developers", "installers", "caterers", "florists", "bakers", "butchers", "grocers", "jewelers",
        "jewellers", "printers", "publishers", "partners", "buyers", "customers", "clients", "users", "members", "others", "businesses",
    ];

    public BuyerWords(BuyerWordsFile words)
    {
        foreach (var (side, nouns) in new[] { ("B2B", words.B2B), ("B2C", words.B2C) })
        {
            foreach (var noun in nouns.Select(SlotVocabulary.Normalize).Where(noun => noun.Length > 0))
            {
                _buyers.Add((new Regex(Bounded(noun), RegexOptions.CultureInvariant), side));
            }
        }

        // Nouns for businesses that end like nouns for people ("retailers", "wholesalers", "suppliers"): never consumers.
        var business = LongestFirst(words.B2B.Concat(BusinessAgentNouns)).Distinct(StringComparer.Ordinal).Select(Bounded);
        _businessNoun = new Regex(string.Join('|', business), RegexOptions.CultureInvariant);

        // "everyday buyers", "home users", "普通买家", "一般的网购顾客": a modifier of people, perhaps one more word ("online",
        // "网购"), then a general word for buyers names consumers; kept with the listed buyers so the longest match wins. Not
        // when the pair is the subject of what follows ("一般客户都是企业", "regular customers are mostly shops"): there "一般"
        // is "usually" and the buyers are said after it.
        var modifiers = Alternation(words.PeopleModifiers);
        var general = Alternation(words.GeneralBuyers);
        if (modifiers.Length > 0 && general.Length > 0)
        {
            _buyers.Add((new Regex($@"(?<![a-z0-9])(?:{modifiers})(?:\s*的)?\s*(?:[a-z]+\s+|\p{{IsCJKUnifiedIdeographs}}{{1,2}}?)??(?:{general})(?![a-z0-9]){SubjectAfter}", RegexOptions.CultureInvariant), "B2C"));
        }

        var after = Alternation(words.CuesAfter);
        _cueAfter = after.Length == 0 ? null : new Regex($@"^(?:\s*(?:in|from|across|of|at)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*(?:{after})(?![a-z0-9])", RegexOptions.CultureInvariant);

        var cues = string.Join('|', LongestFirst(words.Cues).Select(Bounded));
        _cue = cues.Length == 0 ? null : new Regex(cues, RegexOptions.CultureInvariant);

        var toWhom = Alternation(words.ToWhomCues);
        _toWhomCue = toWhom.Length == 0 ? null : new Regex(toWhom, RegexOptions.CultureInvariant);
        // A one-character ending ("店", "厂") needs the trade before it ("汽修店"); a longer one ("公司", "工作室") stands alone.
        // The trade is a few characters, none of them a joining word ("个人和小店" names people and shops).
        var endings = words.TradeEndings.Select(SlotVocabulary.Normalize).Where(ending => ending.Length > 0).ToList();
        var afterTrade = endings.Where(ending => ending.Length == 1).Select(Regex.Escape).ToList();
        var alone = endings.Where(ending => ending.Length > 1).OrderByDescending(ending => ending.Length).Select(Regex.Escape).ToList();
        var tradeNames = new List<string>();
        if (afterTrade.Count > 0)
        {
            tradeNames.Add($@"(?:(?![的和与及跟或])\p{{IsCJKUnifiedIdeographs}}){{1,4}}?(?:{string.Join('|', afterTrade)})");
        }

        if (alone.Count > 0)
        {
            tradeNames.Add($"(?:{string.Join('|', alone)})");
        }

        _trade = tradeNames.Count == 0 ? null : new Regex(string.Join('|', tradeNames), RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// "B2B" or "B2C" when the buyers <paramref name="text"/> names are of one side only; null otherwise.
    /// <paramref name="atItsQuestion"/>: the customer question is the one waiting, so no cue is needed.
    /// </summary>
    public string? SideOf(string? text, bool atItsQuestion)
    {
        var normalized = SlotVocabulary.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var cueEnds = _cue is null ? [] : _cue.Matches(normalized).Select(m => m.Index + m.Length).ToList();
        var sides = new HashSet<string>(StringComparer.Ordinal);
        var taken = new bool[normalized.Length];
        foreach (var (pattern, side) in _buyers.OrderByDescending(buyer => buyer.Pattern.ToString().Length))
        {
            foreach (Match match in pattern.Matches(normalized))
            {
                if (Enumerable.Range(match.Index, match.Length).Any(i => taken[i]))
                {
                    continue;
                }

                for (var i = match.Index; i < match.Index + match.Length; i++)
                {
                    taken[i] = true;
                }

                var denied = Denied().IsMatch(normalized[..match.Index]);
                var cued = cueEnds.Any(end => end <= match.Index && match.Index - end <= (char.IsAsciiLetter(normalized[end - 1]) ? MaxGapAfterEnglishCue : MaxGapAfterCue)
                        && !ClauseBreak().IsMatch(normalized[end..match.Index]))
                    || MostlyAfter().IsMatch(normalized[(match.Index + match.Length)..])
                    || (_cueAfter?.IsMatch(normalized[(match.Index + match.Length)..]) ?? false);
                if (!denied && (atItsQuestion || cued))
                {
                    sides.Add(side);
                }
            }
        }

        // "卖给墨西哥的汽修店", "供货给泰国的装修队": a business named by its trade's ending, right after a cue naming who the
        // goods go to, is a business buyer, though no list names the trade; what the seller is ("卖家具的工厂") has no such cue.
        if (_toWhomCue is not null && _trade is not null)
        {
            var toWhomEnds = _toWhomCue.Matches(normalized).Select(m => m.Index + m.Length).ToList();
            foreach (Match trade in _trade.Matches(normalized))
            {
                if (!Enumerable.Range(trade.Index, trade.Length).Any(i => taken[i]) && !Denied().IsMatch(normalized[..trade.Index])
                    && toWhomEnds.Any(end => end <= trade.Index && trade.Index - end <= MaxGapAfterCue && !ClauseBreak().IsMatch(normalized[end..trade.Index])))
                {
                    sides.Add("B2B");
                }
            }
        }

        // "mostly hikers and campers", "just regular drivers", "gym-goers": at the customer question, people named by a noun
        // no list has (one who does something: -ers, -goers, -ists) are consumers; "卖给喜欢露营的人": people who like or keep
        // something, after a word of selling. Only when no listed buyer decided, and never a business noun ("retailers").
        if (sides.Count == 0 && !Denied().IsMatch(normalized) && !_businessNoun.IsMatch(normalized)
            && ((atItsQuestion && PeopleByWhatTheyDo().IsMatch(normalized))
                || (PeopleWhoLike().Match(normalized) is { Success: true } people && (atItsQuestion || cueEnds.Any(end => end <= people.Index && people.Index - end <= MaxGapAfterCue)))))
        {
            return "B2C";
        }

        return sides.Count == 1 ? sides.Single() : null;
    }

    private const string SubjectAfter = @"(?!\s*(?:都|是|主要|大多|多为|多是|基本|are\b|were\b|is\b|mostly\b|include))";

    // The words as matched: normalised like a reply, empty ones dropped, longest first so an alternation prefers the longer.
    private static IEnumerable<string> LongestFirst(IEnumerable<string> words) =>
        words.Select(SlotVocabulary.Normalize).Where(word => word.Length > 0).OrderByDescending(word => word.Length);

    private static string Alternation(IEnumerable<string> words) => string.Join('|', LongestFirst(words).Select(Regex.Escape));

    // A Latin word matches whole; Chinese has no spaces to bound it.
    private static string Bounded(string word) =>
        (char.IsAsciiLetterOrDigit(word[0]) ? @"(?<![a-z0-9])" : string.Empty) + Regex.Escape(word) + (char.IsAsciiLetterOrDigit(word[^1]) ? @"(?![a-z0-9])" : string.Empty);

    // "not shops", "不是卖给商家": a buyer named right after a negation is no buyer.
    [GeneratedRegex(@"(?:\b(?:not|no|never|non)\s+(?:to\s+|for\s+)?(?:the\s+)?|不是(?:卖给)?|不卖给|不做)$")]
    private static partial Regex Denied();

    [GeneratedRegex(@"[,，;；.。!！?？]")]
    private static partial Regex ClauseBreak();

    // One who does something, as a plural noun: "hikers", "campers", "drivers", "gym-goers", "cyclists".
    [GeneratedRegex(@"(?<![a-z0-9])(?:[a-z]+-)?[a-z]{2,}(?:ers|goers|ists)(?![a-z0-9])")]
    private static partial Regex PeopleByWhatTheyDo();

    // People who like, keep or need something: "喜欢露营的人", "养猫的家庭", "户外爱好者", "露营发烧友".
    [GeneratedRegex(@"(?:喜欢|爱|热爱|爱好|养|需要|想要|买来|买回去|买给)[^，,。；;]{1,6}?的(?:人|朋友|人群|用户|顾客|客户|家庭|妈妈|宝妈|年轻人)|[\p{IsCJKUnifiedIdeographs}]{1,6}?(?:爱好者|发烧友)")]
    private static partial Regex PeopleWhoLike();

    // "散客为主", "宝妈居多": buyers named first, then "mostly".
    [GeneratedRegex(@"^\s*(?:为主|居多|比较多|占多数|最多)")]
    private static partial Regex MostlyAfter();
}
