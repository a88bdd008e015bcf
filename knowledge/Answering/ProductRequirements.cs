using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// "卖蓝牙耳机到欧盟要什么认证", "which certificates does a wifi camera need in the US", "what certifications do we need?":
/// which marks and registrations apply depends on the product and the market. With both named, the reply lists what the
/// knowledge base holds for that market and the product's category — marks first, then the product's own rules, then those
/// for every product — each with its first sentence and sources; with the market missing, it says so and lists the marks
/// it holds; never one rule picked by word overlap.
/// </summary>
internal sealed partial class ProductRequirements(KnowledgeBase kb, ProductCategoryWords categories, AnswerComposer composer)
{
    // What a seller must do for the product; tax schemes, tariffs and platforms' duties are not certifications.
    private static readonly ComplianceKind[] ProductKinds = [ComplianceKind.Mark, ComplianceKind.Registration, ComplianceKind.Epr, ComplianceKind.ResponsiblePerson, ComplianceKind.ProductRequirement];

    private const string EveryMarket = "global";

    public KnowledgeAnswer? Answer(QuestionAnalysis q)
    {
        // "what certification is KC" names its rule: the rule answers.
        if (!WhichCertification().IsMatch(q.Text) || q.AsksComparison || q.Subjects.Any())
        {
            return null;
        }

        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var markets = q.Markets.Select(m => m.Id.ToLowerInvariant()).Distinct().ToList();
        var category = categories.Of(q.TextWithoutNames());
        if (markets.Count > 1 || (markets.Count == 1 && category is null))
        {
            return null;
        }

        if (markets.Count == 0)
        {
            return KnowledgeAnswer.Explained(q, 0, WhichMarket(q, category));
        }

        var market = kb.FindMarket(markets[0]);
        var items = Applying(markets[0], category!.Id).ToList();
        // Only the rules of every market (shipping lithium batteries) say nothing of this market's own marks: the usual answer follows.
        if (market is null || !items.Any(c => !c.Markets.Contains(EveryMarket, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        var names = items.Select(c => c.Name.Get(q.Language)).ToList();
        var lead = zh
            ? $"{category.Name.ZhCn}卖到{market.Name.ZhCn}，我掌握的要求有：{string.Join("；", names)}。具体适用哪几项取决于产品本身（是否带无线功能、电池等）。"
            : $"For {category.Name.En.ToLowerInvariant()} sold in {market.Name.En}, the requirements I hold are: {string.Join("; ", names)}. Which of them apply depends on the product itself (radio, battery and so on).";
        var details = items.Select(c => c.Name.Get(q.Language) + (zh ? "：" : ": ") + AnswerText.Lead(c.Summary.Get(q.Language), 260, 1).Lead).ToList();
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = q.Language,
            Analysis = q,
            Title = zh ? $"{category.Name.ZhCn}：{market.Name.ZhCn}的要求" : $"{category.Name.En}: requirements in {market.Name.En}",
            Lead = lead,
            Details = details,
            Sources = [.. items.SelectMany(c => composer.SourcesOf(c.Sources, c.Reviewed)).DistinctBy(s => s.Title)],
            Entries = [.. items.Select(c => new AnswerEntryRef(SearchEntryType.Compliance, c.Id))],
            TopScore = 1,
        };
    }

    // The market's own items and the EU's for a member, then those of every market; marks first, then the product's own,
    // then what applies to every product. A registration with no category is about the business (EORI, customs entry),
    // not the product, unless it speaks of products.
    private IEnumerable<ComplianceItem> Applying(string marketId, string categoryId) =>
        kb.Compliance
            .Where(c => ProductKinds.Contains(c.Kind) && AppliesIn(c, marketId)
                && (c.Categories.Contains(categoryId) || (c.Categories.Count == 0 && (c.Kind != ComplianceKind.Registration || ProductWord().IsMatch(c.Summary.En)))))
            .OrderBy(c => c.Kind == ComplianceKind.Mark ? 0 : 1)
            .ThenBy(c => c.Categories.Count == 0 ? 1 : 0);

    private bool AppliesIn(ComplianceItem item, string marketId) =>
        item.Markets.Any(m => m.Equals(marketId, StringComparison.OrdinalIgnoreCase) || m.Equals(EveryMarket, StringComparison.OrdinalIgnoreCase)
            || (m.Equals("eu", StringComparison.OrdinalIgnoreCase) && kb.FindCountry(marketId)?.Eu == true));

    // "what certifications do we need?": the marks depend on the market (and the product); the reply asks, listing the marks held.
    private string WhichMarket(QuestionAnalysis q, Category? category)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var marks = kb.Compliance.Where(c => c.Kind == ComplianceKind.Mark && (category is null || c.Categories.Contains(category.Id)))
            .Select(c => c.Name.Get(q.Language) + (zh ? "（" : " (") + string.Join(zh ? "、" : ", ", c.Markets.Select(m => kb.FindMarket(m)?.Name.Get(q.Language)).OfType<string>().Take(1)) + (zh ? "）" : ")"))
            .ToList();
        return zh
            ? (category is null ? "需要哪些认证取决于产品和目的市场。请告诉我卖什么、卖到哪个国家或地区。" : $"{category.Name.ZhCn}需要哪些认证取决于目的市场，请告诉我卖到哪里。")
              + "我掌握的认证标志有：" + string.Join("；", marks) + "。"
            : (category is null ? "Which certifications you need depends on the product and the market: tell me what you sell and where. " : $"For {category.Name.En.ToLowerInvariant()} it depends on the market: tell me where you sell. ")
              + "The marks I hold: " + string.Join("; ", marks) + ".";
    }

    // "which certifications", "what certificates do we need", "要什么认证", "需要哪些认证"; "is ANATEL certification needed" asks about one.
    [GeneratedRegex(@"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:certifications?|certificates?|certs|marks?|markings?|approvals?)\b|(?:什么|哪些|哪种|哪几种|哪个)(?:认证|证书|资质|标志)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichCertification();

    [GeneratedRegex(@"\bproducts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProductWord();
}
