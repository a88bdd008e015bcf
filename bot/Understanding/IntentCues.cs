namespace CrossBorderBot.Understanding;

/// <summary>
/// Bilingual cue words shared by the two languages: "ship", "快递" and "寄" all add the feature
/// <c>q:logistics</c>. They let what the classifier learns from English examples carry over to Chinese ones
/// (and back), and give it a hint for synonyms its examples never used. The classifier decides how much each
/// cue weighs.
/// </summary>
internal static partial class IntentCues
{
    private static readonly (string Feature, Regex Pattern)[] Cues =
    [
        ("q:greet", CueBook.Get(Cue.IntentGreet)),
        ("q:help", CueBook.Get(Cue.IntentHelp)),
        ("q:cancel", CueBook.Get(Cue.IntentCancel)),
        ("q:readiness", CueBook.Get(Cue.IntentReadiness)),
        ("q:platform", CueBook.Get(Cue.IntentPlatform)),
        ("q:logistics", CueBook.Get(Cue.IntentLogistics)),
        ("q:issue", CueBook.Get(Cue.IntentIssue)),
        ("q:knowledge", CueBook.Get(Cue.IntentKnowledge)),
        ("q:question", CueBook.Get(Cue.IntentQuestion)),
    ];

    public static IEnumerable<string> Find(string normalizedText) =>
        Cues.Where(c => c.Pattern.IsMatch(normalizedText)).Select(c => c.Feature);

    /// <summary>
    /// The one guide whose topic words the text uses ("运费" → logistics, "marketplace" → platform), or null when it
    /// uses none or several guides' words.
    /// </summary>
    public static string? GuideTopic(string text)
    {
        var normalized = IntentFeaturizer.Normalize(text);
        var topics = GuideTopics.Where(t => t.Pattern.IsMatch(normalized)).Select(t => t.Intent).ToList();
        return topics.Count == 1 ? topics[0] : null;
    }

    /// <summary>True when the text uses the topic words of a guide other than <paramref name="intent"/>'s ("platform", "运费").</summary>
    public static bool NamesAnotherTopicThan(string intent, string text)
    {
        var normalized = IntentFeaturizer.Normalize(text);
        return GuideTopics.Any(t => t.Intent != intent && t.Pattern.IsMatch(normalized));
    }

    private static readonly (string Intent, Regex Pattern)[] GuideTopics =
    [
        (IntentNames.StartReadiness, CueBook.Get(Cue.IntentReadiness)),
        (IntentNames.ChoosePlatform, CueBook.Get(Cue.IntentPlatform)),
        (IntentNames.ChooseLogistics, CueBook.Get(Cue.IntentLogistics)),
    ];
}
