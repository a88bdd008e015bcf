using CrossBorderBot.Knowledge.Advisors;
using static CrossBorderBot.Dialogs.Guides.LogisticsResultBuilder;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers what a seller asks about a logistics result beyond "why is X first?" — how a channel's price was computed,
/// how far the prices can be trusted, which channel is cheapest or fastest, the channel at a place, what the fit means —
/// from the advisor's own advice for the same answers (the figures the result table shows) and the channel's price
/// list in the knowledge base (its rate, notes, sources and review date). Nothing is estimated here that the advisor did
/// not estimate.
/// </summary>
public sealed class LogisticsResultAnswers(KnowledgeBase knowledgeBase, GuideLocationResolver locations)
{
    private static readonly LogisticsRules Rules = LogisticsRules.Default;

    /// <summary>The answer to <paramref name="kind"/> about <paramref name="target"/> (the option the question points at); null for a kind not answered here.</summary>
    public string? Answer(ResultQuestion kind, LogisticsAnswers answers, LogisticsAdvice advice, ChannelRecommendation target, BotLanguage language) => kind switch
    {
        ResultQuestion.HowPriced => HowPriced(answers, target, language),
        ResultQuestion.HowAccurate => HowAccurate(target, language),
        ResultQuestion.Cheapest => Extreme(advice, advice.Recommendations.OrderBy(r => r.CostUsd.Min).ThenBy(r => r.CostUsd.Max).First(), cheapest: true, language),
        ResultQuestion.Fastest => Extreme(advice, advice.Recommendations.OrderBy(r => r.Days.Min).ThenBy(r => r.Days.Max).First(), cheapest: false, language),
        ResultQuestion.AtPlace => AtPlace(advice, target, language),
        ResultQuestion.ScoreMeaning => ScoreMeaning(answers, advice, language),
        ResultQuestion.ImportTax => ImportTax(answers, advice, language),
        _ => null,
    };

    // The duty, VAT and fees the result's landed-cost estimate gives for this parcel, with the rule behind each and who
    // pays them; null without an estimate (the knowledge base then answers the rule in general).
    private string? ImportTax(LogisticsAnswers answers, LogisticsAdvice advice, BotLanguage language)
    {
        if (advice.LandedCost is not { } landed)
        {
            return null;
        }

        var chinese = language.IsChinese;
        var text = LogisticsGuideText.For(language);
        var currency = landed.Market.Currency;
        var lines = new List<string>
        {
            chinese
                ? $"按这个结果，寄往{Destination(answers, language)}的这票货（货值 {Amount(landed.GoodsValue.Amount, currency)}）到港时的税费估算："
                : $"For this parcel to {Destination(answers, language)} (goods value {Amount(landed.GoodsValue.Amount, currency)}), the result's landed-cost estimate gives:",
        };
        lines.AddRange(landed.Lines.Select(line => $"- {LineKind(line.Kind, text)}: {LineAmount(line)} — {line.Explanation.Get(language)}"));
        if (landed.Lines.Count == 0)
        {
            lines.Add(chinese ? "- 没有关税或增值税：这票货在免征范围内。" : "- No duty or VAT: this parcel is under the thresholds.");
        }

        lines.Add($"{text.TaxesAndFees}{(chinese ? "：" : ": ")}{AmountRange(landed.TaxesAndFees.Amount, landed.TaxesAndFeesMax, currency)}");
        if (landed.WhoPays?.Get(language) is { Length: > 0 } whoPays)
        {
            lines.Add(whoPays);
        }

        // The rules' own sources and their review date, as the result's cost reply cites them.
        var sources = landed.SourceIds.Select(knowledgeBase.FindSource).OfType<Source>().Take(3).Select(source => $"{source.Title} ({source.Publisher})").ToList();
        var reviewed = landed.Market.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lines.Add(chinese
            ? $"来源：{(sources.Count > 0 ? string.Join("；", sources) : "知识库中该市场的进口规则")}（复核于 {reviewed}）。这是估算，实际以海关为准。"
            : $"Sources: {(sources.Count > 0 ? string.Join("; ", sources) : "the knowledge base's import rules for this market")} (reviewed {reviewed}). An estimate: customs decide the actual amount.");
        return string.Join("\n", lines);
    }

    /// <summary>"Commercial express (fit 82/100, 3–6 days, about $152.8–186.7 / ¥1085–1326)": the figures the result table shows.</summary>
    public static string Describe(ChannelRecommendation r, BotLanguage language) =>
        language.IsChinese
            ? $"{r.Channel.Name.Get(language)}（匹配度 {Score(r)}/100，{Range(r.Days, "0")} 天，约 ¥{Range(r.CostCny, "0")}（${Range(r.CostUsd, "0.#")}））"
            : $"{r.Channel.Name.Get(language)} (fit {Score(r)}/100, {Range(r.Days, "0")} days, about ${Range(r.CostUsd, "0.#")} / ¥{Range(r.CostCny, "0")})";

    private string HowPriced(LogisticsAnswers answers, ChannelRecommendation target, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var pricing = target.Channel.Pricing;
        var lines = new List<string>
        {
            chinese
                ? $"{target.Channel.Name.Get(language)}寄往{Destination(answers, language)}的运费是这样算的："
                : $"How the price of {target.Channel.Name.Get(language)} to {Destination(answers, language)} is worked out:",
        };

        if (target.ChargedAs is { } chargedAs)
        {
            // Freight is charged by revenue tonnes or containers, not by the parcel's kilograms.
            lines.Add(chinese ? $"- 计费方式：{chargedAs}（货运按体积/重量吨或整箱计费）。" : $"- Charged as: {chargedAs} (freight is charged per revenue tonne or container).");
        }
        else
        {
            lines.Add(ChargeableLine(answers, target, language));
        }

        if (target.Rate is { } rate && RateText(rate, pricing.Currency, language) is { } rateText)
        {
            lines.Add(chinese ? $"- 费率（{Destination(answers, language)}）：{rateText}。" : $"- Rate to {Destination(answers, language)}: {rateText}.");
        }

        lines.Add(chinese
            ? $"- 结果：约 ¥{Range(target.CostCny, "0")}（${Range(target.CostUsd, "0.#")}）" + (target.Approximate ? "；价目是参考价，所以显示为上下 10% 的区间。" : "。")
            : $"- Result: about ${Range(target.CostUsd, "0.#")} (¥{Range(target.CostCny, "0")})" + (target.Approximate ? "; the rate card is approximate, so the range spreads 10 % either side." : "."));
        if (pricing.Notes?.Get(language) is { Length: > 0 } notes)
        {
            lines.Add(chinese ? $"- 价目说明：{notes}" : $"- What the rate covers: {notes}");
        }

        lines.Add(chinese
            ? "运费不含进口关税、增值税和承运商手续费（到岸成本估算里有这些）。"
            : "Import duty, VAT/GST and the carrier's handling fee are not in this price (the landed-cost estimate covers them).");
        return string.Join("\n", lines);
    }

    // "Chargeable weight: 10 kg — the larger of the actual 2 kg and the volumetric 10 kg (50 × 40 × 30 cm ÷ 6000)".
    private static string ChargeableLine(LogisticsAnswers answers, ChannelRecommendation target, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var actual = Kilograms(answers.ShipmentWeightKg() ?? 0m);
        var chargeable = Kilograms(target.ChargeableWeightKg);
        var divisor = target.Channel.Pricing.VolumetricDivisor;
        var minimum = target.Channel.Pricing.MinChargeableKg;
        var byMinimum = minimum > 0 && target.ChargeableWeightKg == minimum && (answers.ShipmentWeightKg() ?? 0m) < minimum;
        if (target.VolumetricWeightKg is { } volumetric && answers.Size is { Skipped: false } size && divisor is { } d)
        {
            var cartons = answers.Cartons is > 1 and var count ? string.Create(CultureInfo.InvariantCulture, $" × {count}") : string.Empty;
            var box = string.Create(CultureInfo.InvariantCulture, $"{size.LengthCm:0.#} × {size.WidthCm:0.#} × {size.HeightCm:0.#} cm{cartons} ÷ {d:0}");
            var line = chinese
                ? $"- 计费重：{chargeable}——取实重 {actual} 与体积重 {Kilograms(volumetric)}（{box}）中较大的一个"
                : $"- Chargeable weight: {chargeable} — the larger of the actual weight {actual} and the volumetric weight {Kilograms(volumetric)} ({box})";
            return line + (byMinimum ? (chinese ? $"，且不低于该渠道的最低计费重 {Kilograms(minimum)}。" : $", and at least the channel's minimum of {Kilograms(minimum)}.") : (chinese ? "。" : "."));
        }

        var basis = chinese
            ? $"- 计费重：{chargeable}（实重 {actual}" + (divisor is { } dz ? string.Create(CultureInfo.InvariantCulture, $"；没有尺寸，体积重按 长×宽×高 ÷ {dz:0} 无法计算") : string.Empty) + "）"
            : $"- Chargeable weight: {chargeable} (actual weight {actual}" + (divisor is { } de ? string.Create(CultureInfo.InvariantCulture, $"; without the box size the volumetric weight, L × W × H ÷ {de:0}, could not be counted") : string.Empty) + ")";
        return basis + (byMinimum ? (chinese ? $"，按该渠道的最低计费重 {Kilograms(minimum)} 计。" : $", charged at the channel's minimum of {Kilograms(minimum)}.") : (chinese ? "。" : "."));
    }

    // "12 USD per parcel + 9.5 USD per kg", "首重 0.5 kg 25 USD，续重每 0.5 kg 8 USD".
    private static string? RateText(ChannelRate rate, string currency, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var parts = new List<string>();
        if (rate.PerParcel is { } perParcel and > 0)
        {
            parts.Add(chinese ? Say($"每票 {perParcel:0.##} {currency}") : Say($"{perParcel:0.##} {currency} per parcel"));
        }

        if (rate.PerKg is { } perKg)
        {
            parts.Add(chinese ? Say($"每千克 {perKg:0.##} {currency}") : Say($"{perKg:0.##} {currency} per kg"));
        }
        else if (rate.FirstPrice is { } first)
        {
            var stepKg = rate.StepKg is > 0 ? rate.StepKg.Value : 0.5m;
            parts.Add(chinese
                ? Say($"首重 {rate.FirstKg ?? 0m:0.###} kg {first:0.##} {currency}，续重每 {stepKg:0.###} kg {rate.StepPrice ?? 0m:0.##} {currency}")
                : Say($"{first:0.##} {currency} for the first {rate.FirstKg ?? 0m:0.###} kg, then {rate.StepPrice ?? 0m:0.##} {currency} per further {stepKg:0.###} kg"));
        }
        else if (rate.PerCbm is { } perCbm)
        {
            parts.Add(chinese ? Say($"每立方米（计费吨）{perCbm:0.##} {currency}") : Say($"{perCbm:0.##} {currency} per m³ (revenue tonne)"));
        }
        else if (rate.PerContainer20 is { } c20 && rate.PerContainer40 is { } c40)
        {
            parts.Add(chinese ? Say($"20 尺柜 {c20:0} {currency}，40 尺高柜 {c40:0} {currency}") : Say($"{c20:0} {currency} per 20' container, {c40:0} {currency} per 40' high-cube"));
        }

        return parts.Count == 0 ? null : string.Join(" + ", parts);
    }

    private string HowAccurate(ChannelRecommendation target, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var channel = target.Channel;
        var reviewed = channel.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sources = channel.Sources.Select(knowledgeBase.FindSource).OfType<Source>().Take(3)
            .Select(source => $"{source.Title} ({source.Publisher})").ToList();
        var rates = knowledgeBase.ExchangeRates.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            chinese
                ? "这些运费都是估算，不是报价：每个渠道的价格按知识库里该渠道的参考价目（按目的地的每票和每千克费率）和您包裹的计费重算出" + (target.Approximate ? "，参考价只是大致水平，所以显示为上下 10% 的区间" : string.Empty) + "。燃油附加费、旺季附加费和承运商的价目会变，发货前请向承运商或货代要实时报价。"
                : "These prices are estimates, not quotes: each channel's price comes from the reference rate card in my knowledge base (a rate per parcel and per kg by destination) applied to your parcel's chargeable weight" + (target.Approximate ? "; the card is approximate, so each price is shown as a range 10 % either side" : string.Empty) + ". Fuel and peak surcharges and the carriers' tariffs change — ask the carrier or forwarder for a current quote before you ship.",
            chinese
                ? $"{channel.Name.Get(language)}的价目最近一次复核是 {reviewed}" + (sources.Count > 0 ? $"，依据：{string.Join("；", sources)}" : string.Empty) + "。"
                : $"{channel.Name.Get(language)}: its rate card was last reviewed on {reviewed}" + (sources.Count > 0 ? $", based on {string.Join("; ", sources)}" : string.Empty) + ".",
        };
        if (channel.Pricing.Notes?.Get(language) is { Length: > 0 } notes)
        {
            lines.Add(chinese ? $"价目说明：{notes}" : $"What the rate covers: {notes}");
        }

        lines.Add(chinese ? $"人民币和美元之间按知识库汇率换算（复核于 {rates}）。" : $"Currencies are converted at the knowledge base's exchange rates (reviewed {rates}).");
        return string.Join("\n\n", lines);
    }

    // The cheapest or fastest channel shown, where it ranks, and — when it is not first — why the first one is.
    private static string Extreme(LogisticsAdvice advice, ChannelRecommendation pick, bool cheapest, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var ranked = advice.Recommendations;
        var place = RankingExplanation.Place(ranked, pick);
        var what = cheapest ? (chinese ? "最便宜" : "cheapest") : (chinese ? "最快" : "fastest");
        var first = chinese
            ? $"这些渠道里{what}的是{Describe(pick, language)}，排第 {place}。"
            : $"The {what} of these is {Describe(pick, language)}, ranked {RankingExplanation.Ordinal(place)}.";
        if (place == 1)
        {
            return first + (chinese ? $" 它同时也是最匹配的：{GuideReasons.Sentence(pick.Reasons, language)}" : $" It is also the best fit: {GuideReasons.Sentence(pick.Reasons, language)}");
        }

        var top = ranked[0];
        return first + "\n\n" + (chinese
            ? $"排第一的是{Describe(top, language)}：{GuideReasons.Sentence(top.Reasons, language)} 匹配度不只看{(cheapest ? "价格" : "时效")}，还综合了{(cheapest ? "时效" : "价格")}、跟踪和退货，按您的需求加权。"
            : $"First is {Describe(top, language)}: {GuideReasons.Sentence(top.Reasons, language)} The fit weighs {(cheapest ? "speed" : "price")}, tracking and returns by your needs as well as {(cheapest ? "price" : "speed")}.");
    }

    private static string AtPlace(LogisticsAdvice advice, ChannelRecommendation target, BotLanguage language)
    {
        var place = RankingExplanation.Place(advice.Recommendations, target);
        return language.IsChinese
            ? $"排第 {place} 的是{Describe(target, language)}：{GuideReasons.Sentence(target.Reasons, language)}"
            : $"Number {place} is {Describe(target, language)}: {GuideReasons.Sentence(target.Reasons, language)}";
    }

    // The weights the advisor ranked by for these answers, as shares of 100.
    private string ScoreMeaning(LogisticsAnswers answers, LogisticsAdvice advice, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var urgency = answers.Urgency ?? ShippingUrgency.Standard;
        var (cost, speed) = urgency switch { ShippingUrgency.Economy => Rules.Economy, ShippingUrgency.Fast => Rules.Fast, _ => Rules.Standard };
        var valueUsd = knowledgeBase.ExchangeRates.Convert(answers.ValueAmount ?? 0m, answers.ValueCurrency ?? "USD", "USD") ?? 0m;
        var highValue = valueUsd > Rules.HighValueUsd;
        var tracking = highValue ? Rules.TrackingWhenHighValue : answers.NeedsTracking == true ? Rules.TrackingWhenNeeded : Rules.TrackingOtherwise;
        var returns = answers.NeedsReturns == true ? Rules.ReturnsWhenNeeded : 0m;
        var total = cost + speed + tracking + returns;
        string Share(decimal weight) => Math.Round(weight / total * 100m).ToString("0", CultureInfo.InvariantCulture) + " %";
        var urgencyName = LogisticsGuideText.For(language).Label(urgency);
        var weights = chinese
            ? $"价格 {Share(cost)}、时效 {Share(speed)}、跟踪 {Share(tracking)}" + (returns > 0 ? $"、退货 {Share(returns)}" : string.Empty)
            : $"cost {Share(cost)}, speed {Share(speed)}, tracking {Share(tracking)}" + (returns > 0 ? $", returns {Share(returns)}" : string.Empty);
        var scores = string.Join(chinese ? "；" : "; ", advice.Recommendations.Select(r => $"{r.Channel.Name.Get(language)} {Score(r)}"));
        return chinese
            ? $"匹配度（0–100）衡量一个渠道对这个包裹和您的需求有多合适：按“{urgencyName}”和您的跟踪、退货需求，权重是{weights}。每个渠道的价格和时效都跟这里最便宜、最快的渠道相比（一样便宜或一样快得满分），全程跟踪得满分、部分跟踪得一半" + (highValue ? "；货值较高，没有全程跟踪的渠道会被扣分" : string.Empty) + $"。\n\n本次结果：{scores}。"
            : $"The fit (0–100) measures how well a channel suits this parcel and your needs: for \"{urgencyName}\" and your tracking and returns answers, it weighs {weights}. Each channel's price and days are compared with the cheapest and the fastest here (as cheap or as fast scores full marks); full tracking scores full marks, partial tracking half" + (highValue ? "; at this value a channel without full tracking loses points" : string.Empty) + $".\n\nIn this result: {scores}.";
    }

    private string Destination(LogisticsAnswers answers, BotLanguage language) => locations.Name(answers.Destination ?? "global", language);

    private static string Score(ChannelRecommendation r) => r.Score.ToString("0", CultureInfo.InvariantCulture);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
