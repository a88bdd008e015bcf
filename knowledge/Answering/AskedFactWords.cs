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
    // "叫什么", "英文名", "what is it called": every entry holds its names in both languages.
    private static readonly HashSet<string> NameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "叫", "叫做", "名字", "名称", "名", "全称", "简称", "称为", "称作", "英文名", "中文名", "call", "name", "abbrevi", "acronym",
    };

    // "吉隆坡顾客", "a buyer in osaka": who buys says whose rule applies, not what is asked about it.
    private static readonly HashSet<string> BuyerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "买家", "顾客", "客户", "客人", "买方", "buyer", "shopper", "client",
    };

    // "定在哪天起征", "2024年8月以前", "since when": a date, answered by an entry that holds one.
    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "年", "月", "日", "号", "以前", "之前", "以后", "之后", "何时", "哪年", "定", "起征", "开征", "截止", "日期", "when", "sinc", "ago",
    };

    // "上限", "货值多少令吉以内", "up to what value", "收几成": an amount or a share, answered by an entry that holds one.
    private static readonly HashSet<string> AmountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "上限", "下限", "以下", "以上", "以内", "货值", "金额", "价值", "免税额", "欧", "镑", "成", "百分之", "百分比", "valu", "worth", "amount", "cap", "ceil",
        "below", "under",
    };

    /// <summary>The share (0–1) of the question's asked words the named entry holds, a word asking for a kind of fact held by the fact.</summary>
    public double Coverage(QuestionAnalysis q, AnswerEntry entry)
    {
        var placeNames = OtherPlaceNames(q);
        var asked = ranker.ContentTerms(q).Where(w => !placeNames.Contains(w)).ToList();
        if (asked.Count == 0)
        {
            return 1;
        }

        var byFact = asked.Where(w => AnsweredByFact(w, entry)).ToList();
        var rest = asked.Except(byFact).ToList();
        var held = rest.Count == 0 ? 0 : ranker.HeldShare(entry, rest, q.Language) * rest.Count;
        // The kind of fact supports what the entry holds of the rest; it does not stand for it ("shopee ads minimum daily
        // budget": Shopee holds amounts, not an ads budget).
        return rest.Count > 0 && held == 0 ? 0 : (byFact.Count + held) / asked.Count;
    }

    private static bool AnsweredByFact(string word, AnswerEntry entry) =>
        NameWords.Contains(word) || BuyerWords.Contains(word)
        || (DateWords.Contains(word) && EntryMentions.HasDate(entry))
        || (AmountWords.Contains(word) && HoldsAmount(entry));

    private static bool HoldsAmount(AnswerEntry entry) =>
        AskedFigure.MoneyOrPercent().IsMatch(entry.FullText(KnowledgeLanguage.English) + "\n" + entry.FullText(KnowledgeLanguage.Chinese));

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
