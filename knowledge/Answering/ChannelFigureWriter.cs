using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A logistics channel's typed figures, in words: its price to the destination asked (per kg, per container, per cubic
/// metre, first weight and each step), the smallest shipment it charges or suits, its volumetric divisor, and its size,
/// weight and volume limits. The figures are in the channel's data, not in its prose, so a question about one of them is
/// answered here or not at all ("EMS体积重除以多少", "lcl per cbm to north america", "专线单件最重多少").
/// </summary>
internal sealed partial class ChannelFigureWriter(KnowledgeBase kb)
{
    /// <summary>The figure the question asks of the channel, or null when it asks none of them or the channel holds none.</summary>
    public string? Fact(QuestionAnalysis q, LogisticsChannel channel)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var name = channel.Name.Get(q.Language);
        var matches = FigureAsked().Matches(q.Text);
        bool Asked(string figure) => matches.Any(m => m.Groups[figure].Success);

        // A price names what it is for ("per cbm", "40尺柜") as a limit does ("最多多少方"): the price comes first, then the
        // least charged ("最低计费重 … 公斤"), then the divisor ("体积重除以多少"), and a limit last.
        // "air cargo fuel surcharge per kg": an extra charge named is not the freight level the channel holds.
        if (Asked("price") && !Asked("extra") && Price(q, channel, name, zh) is { } price)
        {
            return price;
        }

        if (Asked("minimum") && Minimum(channel, name, zh) is { } minimum)
        {
            return minimum;
        }

        if (Asked("divisor") && channel.Pricing.VolumetricDivisor is { } divisor)
        {
            var d = Number(divisor);
            return zh
                ? $"{name}的体积重 = 长 × 宽 × 高（厘米）÷ {d}，计费重取实重与体积重中较大者。"
                : $"{name}: volumetric weight = length × width × height (cm) / {d}; the greater of actual and volumetric weight is charged.";
        }

        return Asked("limit") ? Limits(channel, name, zh) : null;
    }

    /// <summary>Whether the question asks one of a channel's figures (a price, a minimum, the divisor, a limit), not an extra charge.</summary>
    public static bool AsksFigure(string question) =>
        FigureAsked().Matches(question) is var matches && matches.Count > 0 && !matches.Any(m => m.Groups["extra"].Success);

    /// <summary>
    /// Which of the destinations a channel lists (by market, region or "default") the question asks about: the market
    /// named, its region, Europe for an EU member, or a region named in words ("to the Middle East", "到南美"); null when none.
    /// </summary>
    public string? Destination(QuestionAnalysis q, IReadOnlyList<string> listed)
    {
        string? Listed(string? id) => id is null ? null : listed.FirstOrDefault(t => t.Equals(id, StringComparison.OrdinalIgnoreCase));
        var market = q.Markets.Select(m => kb.FindMarket(m.Id)).FirstOrDefault(m => m is not null);
        var byMarket = market is null ? null
            : Listed(market.Id) ?? Listed(market.Region) ?? (market.Id == "eu" || kb.FindCountry(market.Id)?.Eu == true ? Listed("europe") : null);
        return byMarket ?? listed.Where(t => t != "default")
            .Select(t => (To: t, Name: RegionNamed(q.Text, t)))
            .Where(x => x.Name is not null)
            .OrderByDescending(x => x.Name!.Length)
            .Select(x => x.To)
            .FirstOrDefault();
    }

    /// <summary>The destination's name for a sentence: the market asked about, else the region.</summary>
    public string PlaceOf(QuestionAnalysis q, string to)
    {
        var market = q.Markets.Select(m => kb.FindMarket(m.Id)).FirstOrDefault(m => m is not null);
        return (market?.Name ?? kb.FindRegion(to)?.Name) is { } place ? PlaceName.InSentence(place, q.Language) : to;
    }

    private string? Price(QuestionAnalysis q, LogisticsChannel channel, string name, bool zh)
    {
        var pricing = channel.Pricing;
        if (NamesAProvider(q, channel) || pricing.Rates.Count == 0 || Destination(q, [.. pricing.Rates.Select(r => r.To)]) is not { } to
            || pricing.Rates.FirstOrDefault(r => r.To.Equals(to, StringComparison.OrdinalIgnoreCase)) is not { } rate)
        {
            return null;
        }

        string M(decimal amount) => AnswerText.Money(new Money { Amount = amount, Currency = pricing.Currency });
        var freight = rate.PerCbm is not null || rate.PerContainer20 is not null || rate.PerContainer40 is not null;
        var parts = new List<string>();
        if (rate.PerContainer20 is { } c20)
        {
            parts.Add(zh ? $"20尺柜约 {M(c20)}" : $"a 20-foot container about {M(c20)}");
        }

        if (rate.PerContainer40 is { } c40)
        {
            parts.Add(zh ? $"40尺高柜约 {M(c40)}" : $"a 40-foot high-cube about {M(c40)}");
        }

        if (rate.PerCbm is { } cbm)
        {
            parts.Add(zh ? $"每立方米约 {M(cbm)}" : $"about {M(cbm)} per cubic metre");
        }

        if (rate.FirstKg is { } firstKg && rate.FirstPrice is { } firstPrice)
        {
            parts.Add(zh ? $"首重 {Number(firstKg)} 公斤约 {M(firstPrice)}" : $"about {M(firstPrice)} for the first {Number(firstKg)} kg");
            if (rate.StepKg is { } stepKg && rate.StepPrice is { } stepPrice)
            {
                parts.Add(zh ? $"续重每 {Number(stepKg)} 公斤约 {M(stepPrice)}" : $"about {M(stepPrice)} for each further {Number(stepKg)} kg");
            }
        }

        if (rate.PerKg is { } perKg)
        {
            parts.Add(zh ? $"每公斤约 {M(perKg)}" : $"about {M(perKg)} per kg");
        }

        if (rate.PerParcel is { } perParcel && perParcel > 0)
        {
            parts.Add(freight || channel.Limits.MinWeightKg is not null
                ? (zh ? $"另加每票约 {M(perParcel)}" : $"plus about {M(perParcel)} per shipment")
                : (zh ? $"另加每件约 {M(perParcel)}" : $"plus about {M(perParcel)} per parcel"));
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var where = PlaceOf(q, to);
        var rough = pricing.Approximate ? (zh ? "（大致价位，随服务商和季节变化）" : " (rough levels; they vary by provider and season)") : string.Empty;
        return zh ? $"{name}到{where}：{string.Join("，", parts)}{rough}。" : $"{name} to {where}: {string.Join(", ", parts)}{rough}.";
    }

    // The least a channel charges for (a minimum chargeable weight or volume) or suits (freight below which a parcel service is cheaper).
    private static string? Minimum(LogisticsChannel channel, string name, bool zh)
    {
        var parts = new List<string>();
        var p = channel.Pricing;
        var l = channel.Limits;
        if (p.MinChargeableKg > 0)
        {
            parts.Add(zh ? $"最低计费重 {Number(p.MinChargeableKg)} 公斤" : $"a minimum chargeable weight of {Number(p.MinChargeableKg)} kg");
        }

        if (p.MinChargeableCbm > 0)
        {
            parts.Add(zh ? $"最低按 {Number(p.MinChargeableCbm)} 立方米计费" : $"at least {Number(p.MinChargeableCbm)} cubic metre charged");
        }

        if (l.MinWeightKg is { } kg && kg != p.MinChargeableKg)
        {
            parts.Add(zh ? $"适合 {Number(kg)} 公斤以上的货" : $"sensible from about {Number(kg)} kg");
        }

        if (l.MinVolumeCbm is { } cbm)
        {
            parts.Add(zh ? $"约 {Number(cbm)} 立方米以上才划算" : $"worth it from about {Number(cbm)} cubic metres");
        }

        return parts.Count == 0 ? null : zh ? $"{name}：{string.Join("，", parts)}。" : $"{name}: {string.Join(", ", parts)}.";
    }

    private static string? Limits(LogisticsChannel channel, string name, bool zh)
    {
        var l = channel.Limits;
        var parts = new List<string>();
        if (l.MaxWeightKg is { } kg)
        {
            parts.Add(zh ? $"最重 {Number(kg)} 公斤" : $"up to {Number(kg)} kg");
        }

        if (l.MaxLengthCm is { } length)
        {
            parts.Add(zh ? $"最长边 {Number(length)} 厘米" : $"longest side {Number(length)} cm");
        }

        if (l.MaxSumOfSidesCm is { } sum)
        {
            parts.Add(zh ? $"长宽高之和 {Number(sum)} 厘米" : $"length + width + height {Number(sum)} cm");
        }

        if (l.MaxVolumeCbm is { } volume)
        {
            parts.Add(zh ? $"一票最多约 {Number(volume)} 立方米" : $"up to about {Number(volume)} cubic metres a booking");
        }

        return parts.Count == 0 ? null
            : zh ? $"{name}的限制：{string.Join("，", parts)}。" : $"{name} limits: {string.Join(", ", parts)}.";
    }

    // "4PX美国专线报价每公斤多少", "dedicated line quote from Yanwen": a provider the channel's text names (a word with a capital
    // or a digit that no name of the question covers) is what the price is asked of; the channel's rough levels are not its quote.
    private static bool NamesAProvider(QuestionAnalysis q, LogisticsChannel channel)
    {
        var text = channel.Summary.En + "\n" + channel.Summary.ZhCn;
        for (var start = 0; start < q.Text.Length;)
        {
            var end = start;
            while (end < q.Text.Length && char.IsAsciiLetterOrDigit(q.Text[end]))
            {
                end++;
            }

            var word = q.Text[start..end];
            // A sentence's first word is capitalised whatever it is; one with a second capital or a digit ("4PX") is a name even there.
            var nameLike = word.Skip(start == 0 ? 1 : 0).Any(c => char.IsUpper(c) || char.IsDigit(c));
            if (word.Length >= 2 && word.Any(char.IsAsciiLetter) && nameLike
                && !q.Entities.Any(e => start < e.Start + e.Surface.Length && e.Start < end)
                && Regex.IsMatch(text, $@"(?<![A-Za-z0-9]){Regex.Escape(word)}(?![A-Za-z0-9])"))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    private string? RegionNamed(string text, string regionId) => kb.FindRegion(regionId) is { } region
        ? new[] { region.Name.En, region.Name.ZhCn }.Concat(region.Aliases?.En ?? []).Concat(region.Aliases?.ZhCn ?? [])
            .Where(n => n.Length >= 2 && (KnowledgeLanguage.ContainsCjk(n) ? text.Contains(n, StringComparison.Ordinal) : Regex.IsMatch(text, $@"\b{Regex.Escape(n)}\b", RegexOptions.IgnoreCase)))
            .OrderByDescending(n => n.Length).FirstOrDefault()
        : null;

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    // What figure of a channel is asked: a price (or an extra charge, which the channel's levels are not), the least it
    // charges, its volumetric divisor, or a size, weight or volume limit.
    [GeneratedRegex(@"(?<extra>surcharge|\bfuel\b|\bstorage\b|\bdemurrage\b|\bdetention\b|\binsurance\b|\bduty\b|\bduties\b|\btax|附加费|燃油|仓储|仓租|滞港|滞箱|保险|关税|税)|(?<price>\bprice|\bcost|\bquot(?:e|es|ation)\b|\brates?\b|how much|ballpark|\busd\b|\brmb\b|\bcny\b|\bper (?:kg|kilo|cbm|cubic)|多少钱|价格|运价|报价|运费|美金|美元|人民币|每公斤|一公斤|每方|每立方|首重)|(?<minimum>\bminimum\b|\bmin\.? (?:chargeable|billable|weight|volume)|smallest .{0,30}\b(?:billed|charged|booked)|最低|起算|起运|起收|最少)|(?<divisor>\bdivid|\bdivisor|除以|除数|系数)|(?<limit>how heavy|weight limit|max(?:imum)? (?:weight|length|size|volume)|size limit|how big|how long can|longest|heaviest|\bmax\b|\bkg\b|\bcm\b|\bcbm\b|重量|多重|最重|限重|公斤|尺寸|多大|最长|厘米|三边|长宽高|多少方|几方|立方)", RegexOptions.IgnoreCase)]
    private static partial Regex FigureAsked();
}
