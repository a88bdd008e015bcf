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
        // "highest commission", "usual fee": how large, not which fee.
        "highest", "lowest", "max", "maximum", "min", "minimum", "top", "usual", "normal", "typical", "biggest", "smallest",
    };

    // Chinese words before 费 that are "fee" itself, not its kind (手续费 = a fee; 服务费 = a service fee).
    // 入驻费, 开店费, 会员费, 月租费 are the platform's own fixed fee, whatever the entry calls it.
    private static readonly HashSet<string> GenericChineseFeeWords = ["手续", "服务", "使用", "收取", "多少", "平台", "卖家", "要交", "需要", "什么", "入驻", "开店", "会员", "月租", "年度", "哪些",
        // "有没有月费", "收不收年费": whether a fee is charged at all is the question's form, not the fee's kind.
        "没有", "有无", "收不", "还收"];

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
        foreach (Match m in EnglishCost().Matches(q.TextWithoutNames()))
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
    // A problem told with a price in it ("says our 'was' price was fake, what do we do now") asks what to do, not a price.
    public static bool AsksPrice(QuestionAnalysis q) => q.Kind != QuestionKind.Problem && PriceAsked().IsMatch(q.TextWithoutNames());

    /// <summary>Whether the question asks the turnover at which a seller must register ("uk vat registration threshold").</summary>
    public static bool AsksRegistrationThreshold(QuestionAnalysis q) => RegistrationThresholdAsked().IsMatch(q.Text);

    /// <summary>Whether the question asks for a reduced (lower) rate rather than the standard one.</summary>
    public static bool AsksReducedRate(QuestionAnalysis q) =>
        ReducedRate().IsMatch(q.Text) || (ReducedRateGoods().IsMatch(q.Text) && (q.Kind == QuestionKind.Rate || QuestionAnalyzer.NamesATaxIn(q.Text)));

    /// <summary>
    /// Whether the answer's text gives what the question asks for: a sentence with the fee's kind and a figure, any amount
    /// of money or percentage for a price, a reduced rate for a reduced rate. True when the question asks none of these.
    /// </summary>
    public static bool GivenBy(QuestionAnalysis q, KnowledgeAnswer answer)
    {
        // "what does fob mean in a factory's price list": what a word means is asked, not the price around it.
        if (q.Kind == QuestionKind.Expansion || QuestionAnalyzer.AsksMeaning(q.Text))
        {
            return true;
        }

        // "shorten and secure lead times step": the words of one of the bot's own items' names ("lead times") name it; they ask
        // no figure. (A platform's or a mark's name is no such phrase: "ce marking how long" still asks a time.)
        if (answer.Entries.FirstOrDefault()?.Type is SearchEntryType.RoadmapStep or SearchEntryType.ReadinessDimension or SearchEntryType.PaperChallenge or SearchEntryType.PaperCountermeasure
            && q.Text.Contains(answer.Title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var sentences = answer.Details.Concat(answer.More).Prepend(answer.Lead).SelectMany(t => AnswerText.Sentences(t)).ToList();
        // A price asked of one thing ("ebay promoted listings cost", "saber certificate cost") is that thing's, as a fee kind is.
        var kindAsked = FeeKind(q) ?? (answer.Entries.FirstOrDefault()?.Type == SearchEntryType.Platform || q.Kind == QuestionKind.Fees || AsksPrice(q) ? CostKind(q) : null);
        if (kindAsked is { } kind)
        {
            var stem = kind.Length > 4 && kind.EndsWith('s') ? kind[..^1] : kind;
            // A subscription is what a platform calls a plan ("Professional selling plan … USD 39.99 a month"); a one-off or
            // one-time fee is the fee paid once to open ("rakuten one-off fee to open a shop" → "Initial shop fee").
            string[] words = stem == Subscription ? [Subscription, "plan", "套餐", "订阅"] : OnceWords.Contains(stem) ? [.. OnceWords, "首次", "开店费", "入驻费"] : [stem];
            // "does temu take a retail commission": "No … retail commission in the fully managed model" answers it, as a figure would.
            // The "no" must be said of that fee: "no monthly fee; WFS offers fulfilment" says nothing of a fulfilment fee.
            // "noon fbn fee increase took effect when": of a fee asked when, a sentence naming it with its date answers.
            if (!sentences.Any(s => words.Any(w => FigureFollows(s, w) || NoneOrNegotiated().Matches(s).Any(m => m.Value.Contains(w, StringComparison.OrdinalIgnoreCase))
                || (q.Kind == QuestionKind.Date && s.Contains(w, StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(s, @"\b(?:19|20)\d\d\b")))))
            {
                return false;
            }
        }

        // "大龙网入驻要交多少钱": a price that is negotiated, quoted per package or not charged is the answer there is.
        if (AsksPrice(q) && !sentences.Any(s => MoneyOrPercent().IsMatch(s) || (kindAsked is null && NoneOrNegotiated().IsMatch(s))))
        {
            return false;
        }

        // "pse certificate validity period", "KC证书有效期": how long something stays valid needs a sentence that says so.
        if (ValidityAsked().IsMatch(q.Text) && !sentences.Any(s => ValidityAsked().IsMatch(s) && Digit().IsMatch(s)))
        {
            return false;
        }

        // "how many companies are on the list": a count of a thing needs a sentence with that thing and a number. A platform's
        // countries are counted from the places its entry lists (see EntryPlaces), which the acceptance has checked.
        if (CountAsked().Match(q.TextWithoutNames()) is { Success: true } count
            && !(answer.Entries.FirstOrDefault()?.Type == SearchEntryType.Platform && count.Groups["noun"].Value.ToLowerInvariant() is "countries" or "markets"))
        {
            var noun = count.Groups["noun"].Value;
            var stem = noun[..Math.Min(noun.Length, 5)];
            if (!sentences.Any(s => s.Contains(stem, StringComparison.OrdinalIgnoreCase) && (Digit().IsMatch(s) || NumberWord().IsMatch(s))))
            {
                return false;
            }
        }

        // "gpsr fine amount", "Temu罚款标准": a fine asked needs a sentence that names a fine and gives its amount.
        if (FineAsked().IsMatch(q.TextWithoutNames()) && !sentences.Any(s => FineAsked().IsMatch(s) && MoneyOrPercent().IsMatch(s)))
        {
            return false;
        }

        // "bis registration how many weeks", "PSE认证要多久", "walmart approval time": how long a procedure takes needs a sentence
        // that gives that procedure's time, not any length of time the entry writes (how long a file is kept, a channel's days).
        if (!ProcedureTime.GivenBy(q, sentences))
        {
            return false;
        }

        // "fba monthly storage per cubic foot", "海外仓每立方米仓租": a price per unit of volume or weight needs a sentence that
        // gives an amount per that unit.
        // "how many kg per cbm": a weight counted per volume is a ratio, which a sentence gives with a number and that weight unit.
        if (UnitPerUnitAsked().Match(q.Text) is { Success: true } ratio)
        {
            if (!sentences.Any(s => Regex.IsMatch(s, $@"\d\s*{Regex.Escape(ratio.Groups["unit"].Value)}", RegexOptions.IgnoreCase)))
            {
                return false;
            }
        }
        else if (PerUnitAsked().Match(q.Text) is { Success: true } unit
            && !sentences.Any(s => MoneyOrPercent().IsMatch(s) && PerUnitAsked().Matches(s).Any(m => SameUnit(m.Groups["unit"].Value, unit.Groups["unit"].Value))))
        {
            return false;
        }

        // "uae vat registration threshold for foreign sellers": the turnover at which a seller must register is not an import
        // allowance; it needs a sentence that speaks of registering and gives an amount.
        if (RegistrationThresholdAsked().IsMatch(q.Text) && !sentences.Any(s => Registering().IsMatch(s) && MoneyOrPercent().IsMatch(s)))
        {
            return false;
        }

        return !AsksReducedRate(q) || sentences.Any(s => ReducedRate().IsMatch(s));
    }

    // "monthly storage (e.g. SAR 2.5 per cubic foot)": an amount of money or a percentage in the same list item as the fee's
    // kind gives its amount — not one of another item ("logistics, returns and non-collected-order fees are extra" beside a
    // commission's 5–25 %; "referral fee + FBA + storage + ads take 30–45 %"), nor a year ("in force since 2019").
    // "Platform usage fee (annual option): CNY 999 per year": a fee line's label names it, its value gives the amount.
    private static bool FigureFollows(string sentence, string kind)
    {
        if (FeeLine().Match(sentence) is { Success: true } line && line.Groups["label"].Value.Contains(kind, StringComparison.OrdinalIgnoreCase))
        {
            return MoneyOrPercent().IsMatch(line.Groups["value"].Value);
        }

        // "Final value fee is a percentage of the sale (item plus shipping), about 13–15 % …", "成交费按订单总额计，约 13–15%":
        // a sentence that opens with the fee is about that fee, so its figure is the fee's even past a comma.
        var opening = sentence.TrimStart();
        var openingAt = opening.IndexOf(kind, StringComparison.OrdinalIgnoreCase);
        if (openingAt >= 0 && openingAt <= OpeningReach && MoneyOrPercent().IsMatch(opening[(openingAt + kind.Length)..]))
        {
            return true;
        }

        for (var at = sentence.IndexOf(kind, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(kind, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (MoneyOrPercent().IsMatch(ListItem(sentence, at, kind.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // How far into a sentence its subject may start ("Final value fee", "The final value fee", "成交费").
    private const int OpeningReach = 10;

    // The list item around a word: from the separator before it to the one after it, a bracket kept whole.
    private static string ListItem(string sentence, int at, int length)
    {
        var start = at;
        for (var depth = 0; start > 0; start--)
        {
            var c = sentence[start - 1];
            depth += c is ')' or '）' ? 1 : c is '(' or '（' ? -1 : 0;
            if (depth <= 0 && SeparatesItems(sentence, start - 1))
            {
                break;
            }
        }

        var end = at + length;
        for (var depth = 0; end < sentence.Length; end++)
        {
            var c = sentence[end];
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
            if (depth <= 0 && SeparatesItems(sentence, end))
            {
                break;
            }
        }

        return sentence[start..end];
    }

    // A comma inside a number ("29,800") joins digits; "加" joins items only after a fee ("仓储费加广告").
    private static bool SeparatesItems(string text, int index) => text[index] switch
    {
        ',' => !(index > 0 && index + 1 < text.Length && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1])),
        '加' => index > 0 && text[index - 1] == '费',
        ';' or '，' or '；' or '、' or '+' => true,
        _ => ItemWord().Match(text, index) is { Success: true } m && m.Index == index,
    };

    private const string Subscription = "subscription";

    private static readonly string[] OnceWords = ["off", "time", "once", "initial", "opening", "setup", "set-up", "start-up", "startup"];

    // The fee word is looked ahead, not taken, so "seller subscription fee" reads "seller" and then "subscription".
    [GeneratedRegex(@"\b(?<kind>[a-z]+)[\s-]+(?=(?<fee>fee|fees|subscription|subscriptions|commission|commissions)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFee();

    [GeneratedRegex(@"\b(?<kind>[a-z]+)[\s-]+(?:cost|costs|price|prices|pricing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCost();

    // 收费 ("to charge") and 费用 ("costs") are no kind of fee; 费率 is a rate; 消费者 a consumer, 运费 freight, 免费 free.
    [GeneratedRegex(@"(?<kind>[\u4e00-\u9fff]{2,4})(?<![收消运经花免浪])费(?![率用税])")]
    private static partial Regex ChineseFee();

    // "Is DDU still a valid Incoterm?" asks whether, not how long: only validity, expiry or "how long … valid".
    [GeneratedRegex(@"\bvalidity\b|\bvalid (?:for|until)\b|\bhow long\b.{0,40}\bvalid\b|\bexpir(?:e|es|y|ation)\b|有效期|有效多久|有效几年|过期", RegexOptions.IgnoreCase)]
    private static partial Regex ValidityAsked();

    // Lengths of time are asked as "how long" (a duration question), and "how many percent / pounds / cbm" asks an amount in a
    // unit: neither is a count of things.
    [GeneratedRegex(@"\bhow many (?!(?:days?|weeks?|months?|years?|hours?|times|percent|percentage|points?|pounds?|euros?|dollars?|yuan|yen|pesos?|ringgits?|baht|riyals?|rupees?|dirhams?|reais|rubles?|roubles?|dong|won|usd|eur|gbp|sgd|aud|cad|rmb|cny|cbm|kg|kilos?|grams?|cm|meters?|metres?|litres?|liters?|units?|pieces?|items?)\b)(?<noun>[a-z]{3,}s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountAsked();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b|[一二三四五六七八九十百千万两]", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"^(?<label>[^:：]{3,80})[:：]\s*(?<value>.+)$")]
    private static partial Regex FeeLine();

    [GeneratedRegex(@" (?:and|plus) |以及")]
    private static partial Regex ItemWord();

    // A deposit, or a rent ("bonded warehouse rent", "保税仓租金"), is a kind of fee however the sentence is built.
    [GeneratedRegex(@"\bdeposits?\b|保证金|押金|\brent(?:al)?s?\b|租金|仓租", RegexOptions.IgnoreCase)]
    private static partial Regex DepositWord();

    // "fine amount", "penalty for late delivery", "罚款", "罚多少钱"; not "is it fine to …".
    [GeneratedRegex(@"\bfines\b|\bfined\b|\bfine (?:amount|for|of|is|if|up to|per)\b|\bpenalt(?:y|ies)\b|罚款|罚金|罚多少|处罚|被罚", RegexOptions.IgnoreCase)]
    private static partial Regex FineAsked();

    // A price per unit of volume or weight: "per cubic foot", "per cbm", "per kg", "每立方米", "每公斤".
    [GeneratedRegex(@"\bper\s+(?<unit>cubic\s+(?:foot|feet|met(?:er|re)s?)|cbm|m3|kg|kilo(?:gram)?s?|pallets?)\b|每(?<unit>立方(?:米|英尺)?|方|公斤|千克|托盘?)", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitAsked();

    // "kg per cbm", "每立方多少公斤": a weight unit counted per unit of volume.
    [GeneratedRegex(@"\b(?<unit>kg|kilos?|kilograms?|tonnes?)\s+(?:per|a|each)\s+(?:cbm|m3|cubic)|每(?:立方米?|方)(?:多少|几)(?<unit>公斤|千克)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPerUnitAsked();

    // "No seller fees", "no retail commission", "cooperation terms are negotiated", "quoted per package", "不向卖家收费", "需协商".
    // "No listing, monthly or annual fee", "无月租": a fee said not to be charged answers what it costs. ("(free)" is not read so:
    // said of one step, "register in LUCID (free)", it answered what the auditor's check costs.)
    [GeneratedRegex(@"\bno (?:[\w-]+,? ){0,4}(?:fees?|commissions?|charges?)(?: (?:or|and) (?:[\w-]+ ){0,2}(?:fees?|commissions?|charges?))*\b|\bnegotiat\w*|\bby quotation\b|\bquoted per \w+\b|\bno public fee\b|不向[^，。；]{0,6}收费|不收(?:取)?[^，。；]{0,6}(?:费|佣金)|(?<![\p{IsCJKUnifiedIdeographs}])无[^，。；]{0,6}(?:费|佣金|月租)|协商|议定|洽谈|按报价|未找到公开收费", RegexOptions.IgnoreCase)]
    private static partial Regex NoneOrNegotiated();

    // "cubic foot" and "cubic feet", "kg" and "kilo", "立方米" and "方" are the same unit.
    private static bool SameUnit(string a, string b)
    {
        static string Key(string unit) => unit.ToLowerInvariant() switch
        {
            var u when u.StartsWith("cubic f", StringComparison.Ordinal) || u == "立方英尺" => "ft3",
            var u when u.StartsWith("cubic m", StringComparison.Ordinal) || u is "cbm" or "m3" or "立方" or "立方米" or "方" => "m3",
            var u when u.StartsWith("k", StringComparison.Ordinal) || u is "公斤" or "千克" => "kg",
            var u => u.TrimEnd('s'),
        };

        return Key(a) == Key(b);
    }

    // A threshold for registering ("vat registration threshold", "register … what turnover", "注册门槛"), not an import allowance.
    [GeneratedRegex(@"\bregistration (?:threshold|limit)\b|\bregister\w*\b.{0,40}\b(?:threshold|turnover)\b|\b(?:threshold|turnover)\b.{0,40}\bregist\w*|注册(?:门槛|起点|标准|阈值)|(?:营业额|销售额).{0,10}注册|注册.{0,10}(?:营业额|销售额)", RegexOptions.IgnoreCase)]
    private static partial Regex RegistrationThresholdAsked();

    [GeneratedRegex(@"\bregist\w*|注册|登记", RegexOptions.IgnoreCase)]
    private static partial Regex Registering();

    // "How much does … cost", "cost of …", "price of …", "what does a rep charge", "多少钱", "费用多少", "收费标准", "一年收多少",
    // "代办服务费": a price, not a rate or a limit. The one pattern for a price asked (AnswerAcceptance asks it here too).
    // "what fees do they charge" asks which fees, and "收多少公斤" a weight: neither is a price asked.
    [GeneratedRegex(@"\bhow much\b.{0,40}\b(?:cost|costs|price|charge|charges)\b|\b(?:cost|price|prices|pricing)\s+(?:of|for|to)\b|\bwhat\b.{0,30}\b(?:does|do|will)\b.{0,30}\bcost\b|\bwhat (?:does|do|will)\b.{0,30}\bcharge\b|\bhow much (?:is|are|does|do)\b.{0,30}\b(?:testing|test|certification|certificate|registration|audit|filing|license|licence|approval)\b|(?<!\b(?:my|our|their|your|undercutting|undercut|lower|lowering|cut|cutting|raise|raising|selling|sale|retail)\s+)\bprices?\b(?!\s*(?:wars?|competition|cutting|cuts?)\b)|\bcosts?\s*\??\s*$|多少钱|费用(?:是|要|大概|大约)?多少|多少费用|收费标准|收费多少|价格多少|价钱|收多少(?:钱|费|[？?]|$)|花多少|服务费", RegexOptions.IgnoreCase)]
    private static partial Regex PriceAsked();

    // Goods that many countries tax at a reduced rate: their VAT asked is that rate, which the standard rate does not give.
    [GeneratedRegex(@"\b(?:books?|e-?books?|food|foods|groceries|foodstuffs?|newspapers?|magazines?|medicines?|medical supplies|(?:children'?s|kids'?|baby|babies'?|infant) (?:clothes|clothing|wear|shoes|footwear|apparel|products?)|sanitary)\b|图书|书籍|书本|食品|食物|报纸|杂志|药品|童装|童鞋|儿童服装|儿童鞋|儿童用品|婴儿用品|母婴", RegexOptions.IgnoreCase)]
    private static partial Regex ReducedRateGoods();

    [GeneratedRegex(@"\b(?:reduced|super-reduced|zero)[\s-]+(?:vat|gst|iva|tva|rate|rates|tax)\b|\breduced\b|\bzero-rated\b|(?:低|优惠|减免|降低|零)(?:增值|消费)?税率|轻减|减按", RegexOptions.IgnoreCase)]
    private static partial Regex ReducedRate();

    // A number is tried from its first digit only, and taken whole (atomic): a long run of digits costs one pass.
    // The currencies the base's texts give amounts in, Norway's, New Zealand's and Switzerland's schemes included (NOK 50,000,
    // NZ$1,000, CHF 100,000, 3,000挪威克朗).
    // "6 万日元", "2400 离岸人民币" and amounts in words ("tens of thousands of CNY", "数万美元") are amounts too.
    [GeneratedRegex(@"(?<![\d,.])\d(?>[\d,.]*)\s*(?:[万千亿]\s*)?(?:%|USD|EUR|GBP|CNY|RMB|JPY|SAR|AED|SGD|AUD|CAD|MYR|THB|VND|PHP|IDR|INR|KRW|BRL|MXN|TRY|PLN|RUB|NOK|NZD|CHF|元|美元|欧元|英镑|日元|里亚尔|迪拉姆|万元|离岸人民币|人民币|挪威克朗|克朗|新西兰元|纽元|瑞士法郎|法郎)|\b(?:tens|hundreds) of thousands of (?:USD|CNY|EUR|RMB|US dollars|dollars|yuan|euros)\b|[数几十]+万(?:元|美元|欧元|日元|人民币)|[$€£¥₹]\s*\d|(?:USD|EUR|GBP|CNY|CNH|RMB|JPY|SAR|AED|SGD|AUD|CAD|MYR|THB|VND|PHP|IDR|INR|KRW|BRL|MXN|TRY|PLN|RUB|NOK|NZD|CHF|US\$|A\$|C\$|S\$|R\$|NZ\$|RM)\s*\d", RegexOptions.IgnoreCase)]
    internal static partial Regex MoneyOrPercent();
}
