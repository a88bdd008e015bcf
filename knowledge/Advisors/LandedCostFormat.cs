using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// How landed-cost lines and their bilingual explanations are written: invariant-culture numbers and dates, so the
/// caller's culture is left alone.
/// </summary>
internal static class LandedCostFormat
{
    public static LandedCostLine Line(LandedCostLineKind kind, decimal amount, string currency, ImportRule rule, ImportRulePeriod period, LocalizedText explanation) => new()
    {
        Kind = kind,
        Amount = Money(amount, currency),
        RuleId = rule.Id,
        Rule = rule.Name,
        Effective = period.From,
        Explanation = WithNote(explanation, period),
        SourceIds = rule.Sources,
    };

    public static LocalizedText WithNote(LocalizedText explanation, ImportRulePeriod period) =>
        period.Note is { } n ? LocalizedText.Of($"{explanation.En} {n.En}", $"{explanation.ZhCn}{n.ZhCn}") : explanation;

    public static string Threshold(ImportRulePeriod period) =>
        period.ExemptUpTo is { } t ? Say($"{t.Amount:0.##} {t.Currency}") : "-";

    public static string Range(decimal min, decimal max) => min == max ? Fmt(min) : Fmt(min) + "–" + Fmt(max);

    public static string Fmt(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static LocalizedText T(FormattableString en, FormattableString zh) => LocalizedText.Of(Say(en), Say(zh));

    public static Money Money(decimal amount, string currency) => new() { Amount = amount, Currency = currency };
}
