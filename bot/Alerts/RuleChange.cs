namespace CrossBorderBot.Alerts;

/// <summary>
/// One alert's subject: what changes for one market on one day. Changes told by several entries for the same market
/// and day (a compliance entry and the market's import rule describing the same law) are one change, one message.
/// </summary>
public sealed record RuleChange(string Id, RuleChangeKind Kind, string Market, DateOnly EffectiveOn, IReadOnlyList<RuleChangeItem> Items)
{
    public static string DatedId(string market, DateOnly day) => $"{market}:{day:yyyy-MM-dd}";
}
