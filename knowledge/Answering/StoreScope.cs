using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Whether a platform's answer is said of the store the question asks about. A platform's rule often names the stores it
/// holds for ("the US store prohibits e-cigarettes …; the UK store allows only nicotine-free ones", "In the US, a local-seller
/// account needs a US entity"): asked of another store ("亚马逊日本站能卖电子烟吗", "tiktok shop malaysia local company"),
/// those sentences are not that store's rule, and a line that says the store's fact is not recorded ("the return windows of
/// Amazon's other stores are not recorded here") answers nothing. Fees are <see cref="FigureScope"/>'s.
/// </summary>
internal sealed partial class StoreScope(KnowledgeBase kb, MarketFigureItems markets)
{
    /// <summary>The store asked about when the answer's lead is said of other stores only, or not recorded; null when it fits.</summary>
    public string? Missing(QuestionAnalysis q, KnowledgeAnswer answer)
    {
        if (answer.Entries.FirstOrDefault() is not { Type: SearchEntryType.Platform } || q.Kind == QuestionKind.Fees || AskedFigure.FeeKind(q) is not null
            || MarketFigureItems.AskedMarketOf(q) is not { } asked)
        {
            return null;
        }

        var store = kb.FindMarket(asked)?.Name.Get(q.Language) ?? asked;
        var lead = AnswerText.Sentences(answer.Lead).ToList();
        if (lead.Any(s => NotRecorded().IsMatch(s)))
        {
            return store;
        }

        // Stores the lead's sentences speak of ("the US store", "In the US, a local-seller account"); none means the lead is said of
        // the platform everywhere ("strongest in the US, UK and Germany" describes it, it sets no store's rule).
        var named = kb.Markets.Where(m => lead.Any(s => StoreWord().IsMatch(s) && markets.Names(m.Id, s))).Select(m => m.Id).ToList();
        // "Amazon.com", "Walmart.com": a platform's .com storefront is its US store.
        if (lead.Any(s => DotCom().IsMatch(s)))
        {
            named.Add("us");
        }

        return named.Count > 0 && !named.Any(m => m.Equals(asked, StringComparison.OrdinalIgnoreCase) || (m == "eu" && kb.FindCountry(asked)?.Eu == true))
            ? store : null;
    }

    /// <summary>Whether the honest reply quotes what the entry holds (and so cites it): not when that is "not recorded".</summary>
    public static bool QuotesHeld(KnowledgeAnswer held) => !NotRecorded().IsMatch(held.Lead);

    /// <summary>The honest reply: that store's rule is not held, and what is (unless what is held is that it is not recorded).</summary>
    public static string NotHeld(QuestionAnalysis q, KnowledgeAnswer held, string store)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var notHeld = zh ? $"我还没有{held.Title}在{store}的这项规定。" : $"I don't have {held.Title}'s rule for {store} yet.";
        return NotRecorded().IsMatch(held.Lead) ? notHeld : notHeld + (zh ? $"目前掌握的是：{held.Lead}" : $" What I do hold: {held.Lead}");
    }

    [GeneratedRegex(@"\bstores?\b|\bsites?\b|\baccounts?\b|\bsellers? in\b|站|店|账户|账号", RegexOptions.IgnoreCase)]
    private static partial Regex StoreWord();

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]+\.com(?![A-Za-z.])", RegexOptions.IgnoreCase)]
    private static partial Regex DotCom();

    // "… are not recorded here", "此处未收录": the line says the base does not hold the fact.
    [GeneratedRegex(@"\bnot recorded here\b|\bnot (?:held|recorded) (?:here|in this base)\b|此处未收录|未收录", RegexOptions.IgnoreCase)]
    private static partial Regex NotRecorded();
}
