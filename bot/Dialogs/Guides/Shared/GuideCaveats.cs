namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What could not be (re-)verified in the knowledge-base entries behind a guide's result — the caveats their data
/// carry ("not re-verified since …") — collected once each, shown with the result as answers show them, and kept in
/// the plan (<see cref="Plans.GuidePlan.Caveats"/>) so a saved plan says them too.
/// </summary>
public sealed class GuideCaveats
{
    private readonly List<LocalizedText> _caveats = [];

    public GuideCaveats Add(LocalizedText? caveat)
    {
        if (caveat is not null && !_caveats.Contains(caveat))
        {
            _caveats.Add(caveat);
        }

        return this;
    }

    /// <summary>The caveats in <paramref name="language"/>, each once; empty when every entry behind the result was verified.</summary>
    public List<string> In(BotLanguage language) =>
        [.. _caveats.Select(caveat => caveat.Get(language).Trim()).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The caveats as a headed list for the result, or null when there are none.</summary>
    public SectionBlock? Block(BotLanguage language) =>
        In(language) is { Count: > 0 } caveats ? new SectionBlock(GuideCommonText.For(language).NotReverified, caveats) : null;
}
