using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The "what next?" question at the end of a guide: a button or its words, or — when <paramref name="acceptsText"/> —
/// any other typed request, which the guide interprets ("compare Amazon and Temu").
/// </summary>
public sealed class GuideFollowUpPrompt(string id, bool acceptsText) : ButtonOrTypedPrompt<GuideFollowUpAnswer>(id)
{
    // Free words only when typed: a click on a button that is not one of these choices is no request.
    protected override GuideFollowUpAnswer? Read(string? text, PromptOptions options, Activity activity) =>
        Chosen(text, options, activity) is { } chosen ? new GuideFollowUpAnswer(chosen, null)
        : acceptsText && PromptInput.Verb(activity) is null && !string.IsNullOrWhiteSpace(text) ? new GuideFollowUpAnswer(null, text)
        : null;
}
