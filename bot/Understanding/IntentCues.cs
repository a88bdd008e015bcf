namespace CrossBorderBot.Understanding;

/// <summary>
/// Bilingual cue words shared by the two languages: "ship", "快递" and "寄" all add the feature
/// <c>q:logistics</c>. They let what the classifier learns from English examples carry over to Chinese ones
/// (and back), and give it a hint for synonyms its examples never used. The classifier decides how much each
/// cue weighs.
/// </summary>
internal static partial class IntentCues
{
    // The cue, not its regex, is kept: CueBook swaps a cue's first (interpreted) regex for its compiled form once that is
    // built, and the featuriser runs these on every message, so each match asks the book for the current one.
    private static readonly (string Feature, Cue Cue)[] Cues =
    [
        ("q:greet", Cue.IntentGreet),
        ("q:help", Cue.IntentHelp),
        ("q:cancel", Cue.IntentCancel),
        ("q:readiness", Cue.IntentReadiness),
        ("q:platform", Cue.IntentPlatform),
        ("q:logistics", Cue.IntentLogistics),
        ("q:issue", Cue.IntentIssue),
        ("q:knowledge", Cue.IntentKnowledge),
        ("q:question", Cue.IntentQuestion),
    ];

    public static IEnumerable<string> Find(string normalizedText) =>
        Cues.Where(c => CueBook.Get(c.Cue).IsMatch(normalizedText)).Select(c => c.Feature);

    /// <summary>
    /// The one guide whose topic words the text uses ("运费" → logistics, "marketplace" → platform), or null when it
    /// uses none or several guides' words.
    /// </summary>
    public static string? GuideTopic(string text)
    {
        var normalized = IntentFeaturizer.Normalize(text);
        var topics = GuideTopics.Where(t => CueBook.Get(t.Cue).IsMatch(normalized)).Select(t => t.Intent).ToList();
        return topics.Count == 1 ? topics[0] : null;
    }

    /// <summary>True when the text uses the topic words of a guide other than <paramref name="intent"/>'s ("platform", "运费").</summary>
    public static bool NamesAnotherTopicThan(string intent, string text)
    {
        var normalized = IntentFeaturizer.Normalize(text);
        return GuideTopics.Any(t => t.Intent != intent && CueBook.Get(t.Cue).IsMatch(normalized));
    }

    private static readonly (string Intent, Cue Cue)[] GuideTopics =
    [
        (IntentNames.StartReadiness, Cue.IntentReadiness),
        (IntentNames.ChoosePlatform, Cue.IntentPlatform),
        (IntentNames.ChooseLogistics, Cue.IntentLogistics),
    ];
}
