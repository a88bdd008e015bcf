namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What could not be (re-)verified in the knowledge-base entries behind a guide's result — the caveats their data
/// carry ("not re-verified since …") — collected once each, shown with the result as answers show them, and kept in
/// the plan (<see cref="Plans.GuidePlan.Caveats"/>) so a saved plan says them too.
/// </summary>
public sealed partial class GuideCaveats
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

    /// <summary>
    /// The caveats in <paramref name="language"/>, each sentence once; empty when every entry behind the result was
    /// verified. Sentence by sentence because markets of one union carry the union's caveat and add their own to it
    /// (Germany and Italy both say the EU handling fee was not re-verified; Italy adds its national charge).
    /// </summary>
    public List<string> In(BotLanguage language)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var caveats = new List<string>();
        foreach (var caveat in _caveats)
        {
            var unsaid = Sentences().Split(caveat.Get(language).Trim()).Select(s => s.Trim()).Where(s => s.Length > 0 && said.Add(s)).ToList();
            if (unsaid.Count > 0)
            {
                caveats.Add(string.Join(language.IsChinese ? string.Empty : " ", unsaid));
            }
        }

        return caveats;
    }

    /// <summary>The caveats as a headed list for the result, or null when there are none.</summary>
    public SectionBlock? Block(BotLanguage language) =>
        In(language) is { Count: > 0 } caveats ? new SectionBlock(GuideCommonText.For(language).NotReverified, caveats) : null;

    // A sentence ends at a full stop followed by a capital (not "U.S. de minimis") or at a Chinese full stop.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])|(?<=[。！？])")]
    private static partial Regex Sentences();
}
