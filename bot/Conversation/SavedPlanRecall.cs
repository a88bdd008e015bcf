using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The saved plan asked for ("show my last plan", "我上次的方案呢"), sent once (a card where cards show, text elsewhere),
/// and a what-if right after it at the menu ("and if the box weighs 4 kg?", "如果要加急呢？", "what about poland instead?"):
/// the plan shown is the result the user means, so its guide runs again from the plan's answers with the change, as a
/// what-if at a result would. The message must change an input that guide reads (a weight, a place, a speed, a budget)
/// and be shaped as a what-if or a plain statement of the change; a why, a question about rules or another request for a
/// plan is not one.
/// </summary>
internal static partial class SavedPlanRecall
{
    /// <summary>
    /// Sends the newest plan (or says there is none), then asks the waiting question again or shows the menu. Halfway
    /// through a guide, "send me the plan" means that guide's plan, which its result brings: the bot says so instead of
    /// showing a plan saved by another guide, unless the message points at the saved one ("my last plan", "上次的方案").
    /// </summary>
    public static async Task SendLastAsync(PlanStore plans, DialogContext dc, BotText texts, ConversationProfile profile, bool midGuide, string text, CancellationToken cancellationToken)
    {
        var atMenu = dc.ActiveDialog is null || ConversationPlaces.IsAtMainMenu(dc);
        if (midGuide && !PointsAtASavedPlan().IsMatch(text))
        {
            await dc.Context.SendActivityAsync(texts.PlanComesWithTheResult, cancellationToken: cancellationToken);
            await ConversationSteps.AskAgainAsync(dc, cancellationToken);
            return;
        }

        if (await plans.GetLastAsync(dc.Context, guideId: null, cancellationToken) is { } plan)
        {
            // A plan keeps the language it was made in; say so rather than switch language without a word.
            if (BotLanguage.Of(plan.Language).IsChinese != profile.KnownLanguage().IsChinese)
            {
                await dc.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, texts.PlanMadeInTheOtherLanguage, plan.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), cancellationToken: cancellationToken);
            }

            await PlanPresenter.SendAsync(dc.Context, plan, cancellationToken);
            if (atMenu && plan.Answers is not null)
            {
                profile.RecalledPlan = plan.GuideId;
            }
        }
        else
        {
            await dc.Context.SendActivityAsync(texts.NoPlanYet, cancellationToken: cancellationToken);
        }

        if (!atMenu)
        {
            await ConversationSteps.AskAgainAsync(dc, cancellationToken);
        }
        else if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }
    }

    /// <summary>True when the message changes an input of <paramref name="guide"/> as a what-if does.</summary>
    public static bool IsWhatIf(string text, RecognizedMessage message, ISlotGuide guide) =>
        guide.Reads(message) && !MessageCues.AsksForPlan(text) && !MessageCues.IsWhy(text) && !MessageCues.AsksAboutRules(text)
        && (MessageCues.IsWhatIf(text) || MessageCues.IsHypothetical(text) || OutcomeCues.AsksAboutAnEffect(text) || !MessageCues.IsQuestion(text));

    /// <summary>
    /// Runs the recalled plan's guide again from its answers when the message is a what-if on it; false (nothing sent)
    /// otherwise.
    /// </summary>
    public static async Task<bool> TryWhatIfAsync(PlanStore plans, DialogContext dc, ConversationPlace place, string? recalledGuideId, Dialog? guide, RecognizedMessage message, CancellationToken cancellationToken)
    {
        if (recalledGuideId is null || place.Kind != ConversationPlaceKind.Menu || guide is not ISlotGuide slots || !IsWhatIf(message.Text, message, slots)
            || MessageArbiter.GuideIntent(recalledGuideId) is not { } intent
            || await plans.GetLastAsync(dc.Context, recalledGuideId, cancellationToken) is not { Answers: { } saved })
        {
            return false;
        }

        await ConversationSteps.StartGuideAsync(dc, place, intent, message, cancellationToken, saved: saved);
        return true;
    }

    // A plan saved before, not the running guide's: "my last plan", "the plan from before", "上次的方案", "再发一下方案".
    [GeneratedRegex(@"\b(?:last|previous|saved|old|earlier|latest|before|again|yesterday)\b|上次|上回|之前|以前|保存|刚才|昨天|前几天|再", RegexOptions.IgnoreCase)]
    private static partial Regex PointsAtASavedPlan();
}
