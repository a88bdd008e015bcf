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

        // "卖到欧洲的玩具", "kids toys … in europe": a region names its markets, the EU's members as the EU.
        var region = markets.Count == 0 && category is not null ? RegionNamed(q.Text) : null;
        if (region is not null)
        {
            markets = MarketsOf(region.Id);
        }

        if (markets.Count == 0 || markets.Count > MostMarketsListed)
        {
            var marks = MarksHeld(category, markets);
            // No mark held for the product ("化妆刷需要什么认证？": none of the marks is for cosmetics) leaves this reply nothing to
            // list ("The marks I hold: ."): the usual answer follows, which says what the base has on the product or that it does not know.
            if (marks.Count == 0)
            {
                return null;
            }

            return KnowledgeAnswer.Explained(q, 0, WhichMarket(q, category, marks), [.. marks.SelectMany(c => composer.SourcesOf(c.Sources, c.Reviewed).Take(1)).DistinctBy(s => s.Title)]);
        }

        var held = markets.Select(id => (Market: kb.FindMarket(id), Items: Applying(id, category!.Id).ToList())).ToList();
        // Only the rules of every market (shipping lithium batteries) say nothing of this market's own marks: the usual answer follows.
        if (held.Any(h => h.Market is null || !h.Items.Any(c => !IsEveryMarkets(c))))
        {
            return null;
        }

        var items = held.SelectMany(h => h.Items).DistinctBy(c => c.Id).OrderBy(IsEveryMarkets).ToList();
        var place = region?.Name.Get(q.Language) ?? held[0].Market!.Name.Get(q.Language);
        // One market: its items; a region: each market's own items after its name, then those of every market once.
        var names = held.Count == 1
            ? string.Join(zh ? "；" : "; ", items.Select(c => c.Name.Get(q.Language)))
            : string.Join(zh ? "；" : "; ", held.Select(h => h.Market!.Name.Get(q.Language) + (zh ? "：" : ": ") + string.Join(zh ? "、" : ", ", h.Items.Where(c => !IsEveryMarkets(c)).Select(c => c.Name.Get(q.Language))))
                .Concat(items.Where(IsEveryMarkets).Select(c => c.Name.Get(q.Language)).ToList() is { Count: > 0 } every ? [(zh ? "各市场通用：" : "every market: ") + string.Join(zh ? "、" : ", ", every)] : []));
        var lead = zh
            ? $"{category!.Name.ZhCn}卖到{place}，我掌握的要求有：{names}。具体适用哪几项取决于产品本身（是否带无线功能、电池等）。"
            : $"For {category!.Name.En.ToLowerInvariant()} sold in {PlaceName.InSentence(region?.Name ?? held[0].Market!.Name, q.Language)}, the requirements I hold are: {names}. Which of them apply depends on the product itself (radio, battery and so on).";
        var details = items.Select(c => c.Name.Get(q.Language) + (zh ? "：" : ": ") + AnswerText.Lead(c.Summary.Get(q.Language), 260, 1).Lead).ToList();
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = q.Language,
            Analysis = q,
            Title = zh ? $"{category.Name.ZhCn}：{place}的要求" : $"{category.Name.En}: requirements in {place}",
            Lead = lead,
            Details = details,
            Sources = [.. items.SelectMany(c => composer.SourcesOf(c.Sources, c.Reviewed)).DistinctBy(s => s.Title)],
            Entries = [.. items.Select(c => new AnswerEntryRef(SearchEntryType.Compliance, c.Id))],
            TopScore = 1,
        };
    }

    // A region's markets in one answer: Europe is the EU and the UK; more than this is asked back, with the marks held there.
    private const int MostMarketsListed = 3;

    private static bool IsEveryMarkets(ComplianceItem item) => item.Markets.Contains(EveryMarket, StringComparer.OrdinalIgnoreCase);

    // A region the question names by its name or an alias ("europe", "欧洲", "southeast asia"), when no market is named.
    private Region? RegionNamed(string text) => kb.Regions
        .Where(r => !r.Id.Equals(EveryMarket, StringComparison.OrdinalIgnoreCase) && kb.FindMarket(r.Id) is null)
        .SelectMany(r => new[] { r.Name.En, r.Name.ZhCn }.Concat(r.Aliases?.En ?? []).Concat(r.Aliases?.ZhCn ?? []).Select(n => (Region: r, Name: n)))
        .Where(n => n.Name.Length > 0 && (n.Name.Any(KnowledgeLanguage.IsCjk)
            ? text.Contains(n.Name, StringComparison.Ordinal)
            : Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(n.Name)}(?![\w-])", RegexOptions.IgnoreCase)))
        .OrderByDescending(n => n.Name.Length)
        .Select(n => n.Region)
        .FirstOrDefault();

    // The markets of a region, an EU member counted as the EU (whose items apply to it).
    private List<string> MarketsOf(string regionId)
    {
        var union = kb.FindMarket("eu");
        return [.. kb.Markets.Where(m => m.Region.Equals(regionId, StringComparison.OrdinalIgnoreCase))
            .Select(m => union is not null && kb.FindCountry(m.Id)?.Eu == true ? union.Id : m.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // The marks held for the product's category (all marks without one), in the markets given when there are any.
    // A region holding none of them gets every mark held for the category.
    private List<ComplianceItem> MarksHeld(Category? category, IReadOnlyCollection<string> markets)
    {
        var marks = kb.Compliance.Where(c => c.Kind == ComplianceKind.Mark && (category is null || c.Categories.Contains(category.Id))).ToList();
        var there = marks.Where(c => markets.Any(m => AppliesIn(c, m))).ToList();
        return there.Count > 0 ? there : marks;
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
    private string WhichMarket(QuestionAnalysis q, Category? category, IEnumerable<ComplianceItem> held)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var marks = held.Select(c => c.Name.Get(q.Language) is var name && c.Markets.Select(m => kb.FindMarket(m)?.Name.Get(q.Language)).OfType<string>().FirstOrDefault() is { } market
                && !name.Contains(market, StringComparison.Ordinal) && !name.Contains(zh ? "（" + market : "(" + market, StringComparison.Ordinal)
                ? name + (zh ? "（" : " (") + market + (zh ? "）" : ")")
                : name)
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
