namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A readiness question answered by what people say about it instead of by its options, read on the question's own
/// scale when its words in the slot vocabulary find nothing, and only at the question waiting: small batches by the
/// smallest run or order ("custom scents from 50 pieces", "最少二十个就能开工"; a large minimum is no), quality checks by
/// someone looking at the goods ("老师傅自己看", "my partner eyeballs the orders": spot checks), the language by the
/// language someone speaks ("one guy speaks good english": English only; "有个同事会说日语": a local language; "英语都不太
/// 行": none), data by the figures looked at and how often ("we check etsy stats most days", "tmall dashboard only").
/// </summary>
internal static partial class ReadinessOwnScale
{
    // Words after a measure word that count people or time, not goods: "四个人", "两个业务员", "一个外贸员", "三个月", "两个星期".
    private const string NotGoodsAfterMeasure = @"(?:人|员|名|位|同事|业务|外贸|客服|运营|美工|工人|师傅|员工|伙计|小姑娘|小伙|合伙|老板|月|星期|礼拜|小时|钟头|工作日|年)";

    /// <summary>The largest smallest run that still counts as a small batch.</summary>
    private const decimal LargestSmallRun = 500m;

    public const string SmallBatchesId = "supply-small-batches";
    public const string QualityId = "product-quality-control";
    public const string LanguageId = "team-foreign-language";
    public const string DataId = "digital-data-marketing";

    /// <summary>The answer <paramref name="text"/> gives question <paramref name="questionId"/> on its scale; null when none.</summary>
    public static string? Read(string questionId, string text, Func<string, decimal?> number) => questionId switch
    {
        SmallBatchesId => SmallBatches(text, number),
        QualityId => Negated().IsMatch(text) ? null : Checked().IsMatch(Documents().Replace(text, " ")) ? "spot-checks" : null,
        LanguageId => Language(text),
        DataId => Data(text),
        _ => null,
    };

    /// <summary>The answer read before the question's own words, where a number decides it: the smallest run in pieces.</summary>
    public static string? Decisive(string questionId, string text, Func<string, decimal?> number) =>
        questionId == SmallBatchesId ? SmallBatches(text, number) : null;

    private static string? SmallBatches(string text, Func<string, decimal?> number)
    {
        if (Pieces().Match(text) is not { Success: true } run)
        {
            return null;
        }

        // "几件起订" (a few pieces) is small; a number is small up to the largest small run.
        var count = run.Groups["few"].Success ? 1m : number(run.Groups["n"].Value);
        return count is null ? null : count <= LargestSmallRun ? "yes" : "no";
    }

    private static string? Language(string text)
    {
        var others = OtherLanguage().IsMatch(text);
        var english = English().IsMatch(text);
        if (!others && !english)
        {
            return null;
        }

        // "英语都不太行", "nobody's english is good": the language named only to say it is not spoken well.
        if (Weak().IsMatch(text))
        {
            return others && !OtherLanguageWeak().IsMatch(text) ? "fluent" : "no";
        }

        return others ? "fluent" : "english-only";
    }

    private static string? Data(string text)
    {
        if (Negated().IsMatch(text))
        {
            return null;
        }

        // "定期", "every week, more or less": at the data question, how often alone says the data is looked at that often.
        if (!Figures().IsMatch(text))
        {
            return Often().IsMatch(text) ? "regularly" : null;
        }

        return Often().IsMatch(text) ? "regularly" : "sometimes";
    }

    // A count of pieces, with or without a word of "at least" before or "起订" after: "from 50 pieces", "as few as 30 units",
    // "min 200 pcs", "起订一百件", "最少二十个", "几件起订". The general measure word "个" also counts people and spans of
    // time ("外贸部一共四个人", "三个业务员", "两个月"): followed by such a word it is no run of goods.
    [GeneratedRegex(@"(?<few>几)(?:个|件|只|套|台|双|片|瓶|支|条|盒)(?!" + NotGoodsAfterMeasure + @")|(?<![\d.零〇一二两三四五六七八九十百千万])(?<n>\d+|[零〇一二两三四五六七八九十百千万]+)\s*(?:(?:个|件|只|套|台|双|片|瓶|支|条|盒)(?!" + NotGoodsAfterMeasure + @")|pcs\b|pieces?\b|units?\b|items?\b|sets?\b|pairs?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Pieces();

    // Someone looking at or testing the goods: "老师傅自己看", "仓库会看一眼", "随机抽几件看", "my partner eyeballs the orders".
    [GeneratedRegex(@"\b(?:check(?:s|ed|ing)?|inspect(?:s|ed|ing|ion)?|look(?:s|ed)?\s+(?:at|over|through)|eyeball(?:s|ed|ing)?|test(?:s|ed|ing)?|go(?:es)?\s+(?:through|over)|qc(?:'?d|s)?)\b|看|检|查|验|抽|测|把关", RegexOptions.IgnoreCase)]
    private static partial Regex Checked();

    // Papers whose names hold a word of testing ("有CE和LFGB检测报告", "we have SGS test reports"): certificates, which answer
    // the certificates question, not how the goods are checked.
    [GeneratedRegex(@"(?:检测|测试|质检|检验|验货|化验)?(?:报告|证书|证明)|认证|\b(?:test(?:ing)?|inspection|lab)\s+(?:reports?|results?|certificates?)\b|\bcertificat\w*|\bcertified\b", RegexOptions.IgnoreCase)]
    private static partial Regex Documents();

    // A negation of doing it: "we don't check", "nobody looks", "不检查", "从来不看", "没人看".
    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|nobody|no\s+one|not)\b|不(?:检|查|看|验|测)|没(?:人|有)?(?:检|查|看|验|测)", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\benglish\b|英语|英文", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:german|french|spanish|japanese|korean|italian|portuguese|arabic|russian|dutch|polish|thai|vietnamese|malay|indonesian|turkish)\b|德语|德文|法语|法文|西班牙语|日语|日文|韩语|韩文|意大利语|葡萄牙语|阿拉伯语|俄语|荷兰语|波兰语|泰语|越南语|马来语|印尼语|土耳其语|小语种", RegexOptions.IgnoreCase)]
    private static partial Regex OtherLanguage();

    // The language spoken badly or by nobody: "英语都不太行", "not great english", "nobody speaks it".
    [GeneratedRegex(@"\b(?:bad|poor|weak|barely|hardly|nobody|no\s+one|none\s+of\s+us|not\s+(?:good|great|fluent|much|really))\b|不太行|不行|(?<!说)不好(?!说)|不会|很差|没人会|不怎么", RegexOptions.IgnoreCase)]
    private static partial Regex Weak();

    // The weakness said of a language other than English ("日语不太行").
    [GeneratedRegex(@"(?:德语|法语|西班牙语|日语|韩语|意大利语|小语种)[^，,。；;]{0,4}(?:不太行|不行|不好|不会|很差)|\b(?:german|french|spanish|japanese|korean|italian)\b[^,.;]{0,12}\b(?:bad|poor|weak|not\s+(?:good|great|fluent))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherLanguageWeak();

    // Figures a seller looks at: "stats", "analytics", "dashboard", "后台", "报表", "生意参谋".
    [GeneratedRegex(@"\b(?:dashboards?|analytics|stats|statistics|reports?|numbers|metrics|data|insights|helium\s*10|jungle\s*scout|seller\s+central)\b|后台|报表|数据|生意参谋|数据罗盘", RegexOptions.IgnoreCase)]
    private static partial Regex Figures();

    // How often: "most days", "every week", "daily", "每天", "每周", "经常".
    [GeneratedRegex(@"\b(?:daily|every\s+(?:day|week|morning|monday)|most\s+days|weekly|each\s+week|all\s+the\s+time|constantly|regularly|always)\b|每天|天天|每周|每个?星期|每个?礼拜|经常|一直|定期", RegexOptions.IgnoreCase)]
    private static partial Regex Often();
}
