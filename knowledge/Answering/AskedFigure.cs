using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Whether an answer gives the figure the question asks for, not only words it shares with it: the fee of the kind the
/// question names ("Amazon's storage fee", "亚马逊仓储费", "Temu保证金"), a price ("how much does CE certification cost",
/// "PSE认证多少钱"), or a reduced rate ("Italy's reduced VAT rate"). An entry that names a storage fee without its
/// amount, a mark with no cost, or a market with only its standard rate does not answer such a question.
/// </summary>
internal static partial class AskedFigure
{
    // Words before "fee" that say nothing about which fee it is ("the monthly fee", "seller fees").
    private static readonly HashSet<string> GenericFeeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "any", "my", "our", "your", "their", "its", "what", "which", "whats", "much", "per", "total", "seller",
        "sellers", "selling", "platform", "marketplace", "marketplaces", "monthly", "annual", "yearly", "fixed", "flat", "basic",
        "base", "hidden", "extra", "additional", "all", "other", "main", "standard", "typical", "average", "current", "new",
        "small", "their", "s", "and", "or", "of", "for", "in", "on", "to", "is", "are", "do", "does", "pay", "paid",
    };

    // Chinese words before 费 that are "fee" itself, not its kind (手续费 = a fee; 服务费 = a service fee).
    // 入驻费, 开店费, 会员费, 月租费 are the platform's own fixed fee, whatever the entry calls it.
    private static readonly HashSet<string> GenericChineseFeeWords = ["手续", "服务", "使用", "收取", "多少", "平台", "卖家", "要交", "需要", "什么", "入驻", "开店", "会员", "月租", "年度", "哪些"];

    /// <summary>The kind of fee the question names ("storage", "仓储", "保证金"), or null when it names none.</summary>
    public static string? FeeKind(QuestionAnalysis q)
    {
        var text = q.TextWithoutNames();
        if (DepositWord().Match(text) is { Success: true } deposit)
        {
            return deposit.Value;
        }

        foreach (Match m in EnglishFee().Matches(text))
        {
            if (!GenericFeeWords.Contains(m.Groups["kind"].Value))
            {
                return m.Groups["kind"].Value;
            }

            // "a monthly subscription", "seller subscription fee": the subscription is the kind of fee asked.
            if (m.Groups["fee"].Value.StartsWith("subscription", StringComparison.OrdinalIgnoreCase))
            {
                return Subscription;
            }
        }

        foreach (Match m in ChineseFee().Matches(text))
        {
            // "Zalando的月费": the words after 的 name the fee; one character ("月", "年") names no kind.
            var kind = m.Groups["kind"].Value;
            kind = kind[(kind.LastIndexOf('的') + 1)..];
            // "专业卖家月费", "会员年费": 月费 and 年费 say how often a fee is paid, not which; the words before them do.
            kind = kind.TrimEnd('月', '年', '每');
            if (kind.Length < 2)
            {
                continue;
            }

            var inner = kind[^2..];
            if (GenericChineseFeeWords.Contains(inner) && kind.Length >= 4)
            {
                inner = kind[^4..^2];
            }

            if (!GenericChineseFeeWords.Contains(inner))
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>
    /// What a platform's price is asked of ("promoted listings cost", "storage cost"): the English word before "cost" or
    /// "price", or null when it says nothing about which fee ("the cost", "selling price").
    /// </summary>
    public static string? CostKind(QuestionAnalysis q)
    {
        // Only places and platforms are blanked: "cost" alone is also a word of CIF's long form.
        var text = q.Text.ToCharArray();
        foreach (var e in q.Entities.Where(e => e.Kind is EntityKind.Platform or EntityKind.Market && e.Start + e.Surface.Length <= text.Length))
        {
            Array.Fill(text, ' ', e.Start, e.Surface.Length);
        }

        foreach (Match m in EnglishCost().Matches(new string(text)))
        {
            if (!GenericFeeWords.Contains(m.Groups["kind"].Value))
            {
                return m.Groups["kind"].Value;
            }
        }

        return null;
    }

    /// <summary>The honest reply when the entry asked about gives no figure for what is asked: that, and what it does hold.</summary>
    public static string NotHeld(QuestionAnalysis q, KnowledgeAnswer held) => KnowledgeLanguage.IsChinese(q.Language)
        ? $"我还没有{held.Title}的这项数据。目前掌握的是：{held.Lead}"
        : $"I don't have that figure for {held.Title} yet. What I do hold: {held.Lead}";

    /// <summary>Whether the question asks what something costs (a price, not a rate or a threshold).</summary>
    public static bool AsksPrice(QuestionAnalysis q) => PriceAsked().IsMatch(q.TextWithoutNames());

    /// <summary>Whether the question asks for a reduced (lower) rate rather than the standard one.</summary>
    public static bool AsksReducedRate(QuestionAnalysis q) => ReducedRate().IsMatch(q.Text);

    /// <summary>
    /// Whether the answer's text gives what the question asks for: a sentence with the fee's kind and a figure, any amount
    /// of money or percentage for a price, a reduced rate for a reduced rate. True when the question asks none of these.
    /// </summary>
    public static bool GivenBy(QuestionAnalysis q, KnowledgeAnswer answer)
    {
        var sentences = answer.Details.Concat(answer.More).Prepend(answer.Lead).SelectMany(t => AnswerText.Sentences(t)).ToList();
        // A platform's price asked of one of its fees ("ebay promoted listings cost") is that fee's, as a fee kind is.
        var kindAsked = FeeKind(q) ?? (answer.Entries.FirstOrDefault()?.Type == SearchEntryType.Platform ? CostKind(q) : null);
        if (kindAsked is { } kind)
        {
            var stem = kind.Length > 4 && kind.EndsWith('s') ? kind[..^1] : kind;
            // A subscription is what a platform calls a plan ("Professional selling plan … USD 39.99 a month").
            string[] words = stem == Subscription ? [Subscription, "plan", "套餐", "订阅"] : [stem];
            if (!sentences.Any(s => words.Any(w => FigureFollows(s, w))))
            {
                return false;
            }
        }

        if (AsksPrice(q) && !sentences.Any(s => MoneyOrPercent().IsMatch(s)))
        {
            return false;
        }

        return !AsksReducedRate(q) || sentences.Any(s => ReducedRate().IsMatch(s));
    }

    // "monthly storage (e.g. SAR 2.5 per cubic foot)": a sentence that gives a figure and names the fee's kind gives its
    // amount — unless the kind is one item of a list the figure belongs to as a whole ("referral fee + FBA + storage + ads
    // take 30–45 %", "佣金、FBA 费、仓储费加广告常占售价的 30–45%").
    private static bool FigureFollows(string sentence, string kind)
    {
        if (!Digit().IsMatch(sentence))
        {
            return false;
        }

        for (var at = sentence.IndexOf(kind, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(kind, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = sentence[..at].TrimEnd();
            var after = sentence[(at + kind.Length)..].TrimStart();
            var listItem = (before.Length > 0 && ListMarks.Contains(before[^1])) || (after.Length > 0 && ListMarks.Contains(after[0]))
                || (after.Length > 1 && after[0] == '费' && ListMarks.Contains(after[1]));
            if (!listItem)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] ListMarks = ['+', '、', '加'];

    private const string Subscription = "subscription";

    // The fee word is looked ahead, not taken, so "seller subscription fee" reads "seller" and then "subscription".
    [GeneratedRegex(@"\b(?<kind>[a-z]+)[\s-]+(?=(?<fee>fee|fees|subscription|subscriptions)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFee();

    [GeneratedRegex(@"\b(?<kind>[a-z]+)[\s-]+(?:cost|costs|price|prices|pricing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCost();

    // 收费 ("to charge") and 费用 ("costs") are no kind of fee; 费率 is a rate.
    [GeneratedRegex(@"(?<kind>[\u4e00-\u9fff]{2,4})(?<!收)费(?![率用])")]
    private static partial Regex ChineseFee();

    [GeneratedRegex(@"\bdeposits?\b|保证金|押金", RegexOptions.IgnoreCase)]
    private static partial Regex DepositWord();

    // "How much does … cost", "cost of …", "price of …", "多少钱", "费用多少", "收费标准": a price, not a rate or a limit.
    [GeneratedRegex(@"\bhow much\b.{0,40}\b(?:cost|costs|price|charge|charges)\b|\b(?:cost|price|prices|pricing)\s+(?:of|for|to)\b|\bwhat\b.{0,30}\b(?:does|do|will)\b.{0,30}\bcost\b|\bhow much (?:is|are|does|do)\b.{0,30}\b(?:testing|test|certification|certificate|registration|audit|filing|license|licence|approval)\b|(?<!\b(?:my|our|their|your|undercutting|undercut|lower|lowering|cut|cutting|raise|raising|selling|sale|retail)\s+)\bprices?\b(?!\s*(?:wars?|competition|cutting|cuts?)\b)|\bcosts?\s*\??\s*$|多少钱|费用(?:是|要|大概|大约)?多少|多少费用|收费标准|价格多少|价钱", RegexOptions.IgnoreCase)]
    private static partial Regex PriceAsked();

    [GeneratedRegex(@"\b(?:reduced|super-reduced|zero)[\s-]+(?:vat|gst|iva|tva|rate|rates|tax)\b|\breduced\b|\bzero-rated\b|低税率|优惠税率|轻减|减按|零税率|降低税率", RegexOptions.IgnoreCase)]
    private static partial Regex ReducedRate();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    // A number is tried from its first digit only, and taken whole (atomic): a long run of digits costs one pass.
    [GeneratedRegex(@"(?<![\d,.])\d(?>[\d,.]*)\s*(?:%|USD|EUR|GBP|CNY|RMB|JPY|SAR|AED|SGD|AUD|CAD|MYR|THB|VND|PHP|IDR|INR|KRW|BRL|MXN|TRY|PLN|RUB|元|美元|欧元|英镑|日元|里亚尔|迪拉姆|万元)|[$€£¥₹]\s*\d|(?:USD|EUR|GBP|CNY|RMB|JPY|SAR|AED|SGD|AUD|CAD|MYR|THB|VND|PHP|IDR|INR|KRW|BRL|MXN|TRY|PLN|RUB|US\$|A\$|C\$|S\$|R\$|RM)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyOrPercent();
}
