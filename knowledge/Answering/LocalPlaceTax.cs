using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// "California sales tax rate", "安大略省HST税率", "HST in Toronto": a tax asked of a state, province or city of a market
/// whose tax differs inside the country (its <see cref="Country.LocalPlaces"/>). The knowledge base holds the market's
/// national rule only, so the honest reply says so and gives that rule, rather than the national rate as if it were the
/// place's. A place named as a destination ("express to Texas") is still the market.
/// </summary>
internal sealed partial class LocalPlaceTax(KnowledgeBase kb)
{
    // Per market, each local place as typed in any case → as the data writes it ("california" → "California").
    private readonly Dictionary<string, Dictionary<string, string>> _places = kb.Countries
        .Where(c => c.LocalPlaces is not null)
        .ToDictionary(
            c => c.Code,
            c => c.LocalPlaces!.En.Concat(c.LocalPlaces.ZhCn).Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(p => p, p => p, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The reply to a tax asked of a local place; null when the question asks something else.</summary>
    public string? Guidance(QuestionAnalysis q)
    {
        // "vancouver gst", "多伦多的联邦消费税": a federal tax is the same in every province, so the national rule answers it;
        // so is what a parcel pays at import ("import tax on a parcel to Florida", "纽约的关税免税额").
        // "texas marketplace facilitator threshold", "quebec qst registration threshold": a threshold of the place's own tax
        // (who collects it, when a seller registers) is the place's, not the national import allowance.
        var localThreshold = q.Kind == QuestionKind.Threshold && !ImportCharge().IsMatch(q.Text) && (LocalTaxName().IsMatch(q.Text) || LocalRuleWord().IsMatch(q.Text));
        if (q.AsksComparison || (q.Kind == QuestionKind.Threshold && !localThreshold) || !(localThreshold || q.Kind == QuestionKind.Rate || QuestionAnalyzer.NamesATaxIn(q.Text))
            || FederalTax().IsMatch(q.Text) || (ImportCharge().IsMatch(q.Text) && !LocalTaxName().IsMatch(q.Text)))
        {
            return null;
        }

        var place = q.Markets.FirstOrDefault(m => _places.TryGetValue(m.Id, out var names) && names.ContainsKey(m.Surface));
        if (place is null || kb.FindMarket(place.Id) is not { } market)
        {
            return null;
        }

        var name = _places[place.Id][place.Surface];
        if (localThreshold)
        {
            return KnowledgeLanguage.IsChinese(q.Language)
                ? $"我还没有{name}当地的税务门槛：{market.Name.ZhCn}国内各地规则不同，我只掌握全国层面的规则——{market.Vat.Name.ZhCn}。具体门槛请以当地税务机关公布的为准。"
                : $"I don't hold the tax thresholds of {name} yet: in {PlaceName.InSentence(market.Name.En)} the rules differ inside the country, and I hold only the national rule — {market.Vat.Name.En}. The local tax authority publishes the exact thresholds.";
        }

        return KnowledgeLanguage.IsChinese(q.Language)
            ? $"我还没有{name}当地的税率：{market.Name.ZhCn}国内各地税率不同，我只掌握全国层面的规则——{market.Vat.Name.ZhCn}。具体税率请以当地税务机关公布的为准。"
            : $"I don't hold the tax rate of {name} yet: in {PlaceName.InSentence(market.Name.En)} the rate differs inside the country, and I hold only the national rule — {market.Vat.Name.En}. The local tax authority publishes the exact rate.";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])(?:gst|federal)(?![A-Za-z])|联邦", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FederalTax();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])(?:import|imports|imported|customs|duty|duties)(?![A-Za-z])|进口|关税|海关", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ImportCharge();

    // What a state's or province's own tax sets a threshold for: marketplaces collecting it, sellers registering for it.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:marketplace facilitators?|facilitators?|registration|register|registering|nexus)\b|平台代收|注册", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LocalRuleWord();

    // The taxes a state or province sets: asked beside "imported", they are still the place's.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])(?:sales tax|hst|pst|qst)(?![A-Za-z])|销售税|州税|省税", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LocalTaxName();
}
