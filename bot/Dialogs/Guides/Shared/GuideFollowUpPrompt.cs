using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The "what next?" question at the end of a guide: a button or its words, the plan asked for in own words ("pls send
/// that over as a plan", "把这个方案发给我": the vocabulary's <c>follow-up</c> words), or — when <paramref name="acceptsText"/>
/// — any other typed request, which the guide interprets ("compare Amazon and Temu").
/// </summary>
public sealed class GuideFollowUpPrompt(string id, bool acceptsText) : ButtonOrTypedPrompt<GuideFollowUpAnswer>(id)
{
    private const string FollowUpSlot = "follow-up";

    // Free words only when typed: a click on a button that is not one of these choices is no request.
    protected override GuideFollowUpAnswer? Read(string? text, PromptOptions options, Activity activity) =>
        Chosen(text, options, activity) is { } chosen ? new GuideFollowUpAnswer(chosen, null)
        : PromptInput.Verb(activity) is null && PlanAskedFor(text, options) is { } plan ? new GuideFollowUpAnswer(plan, null)
        : acceptsText && PromptInput.Verb(activity) is null && !string.IsNullOrWhiteSpace(text) ? new GuideFollowUpAnswer(null, text)
        : null;

    // The plan's choice, when it is offered and the typed words ask for the plan.
    private static string? PlanAskedFor(string? text, PromptOptions options) =>
        SlotVocabulary.Default.ReadAnywhere(FollowUpSlot, text) is { Value: GuideFollowUpsDialog.SendPlanValue }
        && options.Choices.Any(choice => choice.Value == GuideFollowUpsDialog.SendPlanValue)
            ? GuideFollowUpsDialog.SendPlanValue
            : null;
}
